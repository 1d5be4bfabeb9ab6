/**
 * The featureless relay the budgets are set against: uWebSockets.js in
 * front, undici behind, nothing else — no authentication, routing, validation,
 * translation, usage, metrics, limits or timeouts. It forwards the request
 * (method, path, body, `content-type`, the simulator's `x-sim-*` controls (events, pace, fault) and
 * an `x-api-key`/`authorization` header) to one upstream origin and streams the
 * answer back (status, `content-type`, body chunks as they arrive, with
 * backpressure through `onWritable`).
 *
 * `npm run bench` runs it in the gateway's slot (CPU 0) as the `relay-*`
 * scenarios, so the floor of this machine and harness (two loopback hops,
 * uWS, undici, Node's socket path, the kernel) is measured in the same run as
 * the gateway: what the gateway adds on top of it is its features.
 *
 *   node --import tsx scripts/bench/baseline-relay.ts --port P --upstream http://127.0.0.1:S
 */
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { uws } from '../../runtime/server/uws.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, upstream: { type: 'string' } } });
const upstream = new Agent({ keepAliveTimeout: 60_000, connections: null, pipelining: 1 });
const origin = String(values.upstream);
const FORWARD = ['content-type', 'x-api-key', 'authorization', 'anthropic-version', 'x-sim-events', 'x-sim-pace-ms', 'x-sim-fault'];

uws.App().any('/*', (res, req) => {
  const method = req.getMethod().toUpperCase() as 'POST' | 'GET';
  const path = req.getUrl() + (req.getQuery() ? `?${req.getQuery()}` : '');
  const headers: Record<string, string> = {};
  for (const h of FORWARD) { const v = req.getHeader(h); if (v) headers[h] = v; }
  const parts: Buffer[] = [];
  let aborted = false;
  res.onAborted(() => { aborted = true; });
  res.onData((ab, last) => {
    parts.push(Buffer.from(new Uint8Array(ab))); // a copy (uWS neuters the ArrayBuffer), small ones from Node's pool
    if (!last) return;
    upstream.dispatch({ origin, path, method, headers, body: method === 'GET' ? null : Buffer.concat(parts) }, {
      onRequestStart() {},
      onResponseStart(ctl, status, h) {
        if (aborted) return ctl.abort(new Error('caller left'));
        res.cork(() => { res.writeStatus(String(status)).writeHeader('content-type', String(h['content-type'] ?? 'application/json')); });
      },
      onResponseData(ctl, chunk) {
        if (aborted) return;
        let ok = true;
        res.cork(() => { ok = res.write(chunk); });
        if (!ok) { ctl.pause(); res.onWritable(() => { ctl.resume(); return true; }); }
      },
      onResponseEnd() { if (!aborted) res.cork(() => res.end()); },
      onResponseError(_ctl, err) { if (!aborted) res.cork(() => res.writeStatus('502').end(String(err.message))); },
    });
  });
}).listen('127.0.0.1', Number(values.port), (s) => {
  if (!s) { console.error(`baseline relay: cannot listen on ${values.port}`); process.exit(1); }
  console.log(`baseline relay listening on 127.0.0.1:${values.port} → ${origin}`);
});
process.on('SIGTERM', () => process.exit(0)); // a normal exit (writes --cpu-prof profiles)
