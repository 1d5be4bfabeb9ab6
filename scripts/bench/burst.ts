/**
 * Burst upstream for `npm run bench`: an Anthropic Messages endpoint that
 * answers every request with one write — status line, headers and the whole
 * body (an SSE stream with its chunked-encoding terminator, or a JSON message)
 * leave in a single corked uWS send — so the gateway receives a stream as one
 * burst, the way a fast mock in an independent side-by-side harness does. The
 * paced and unpaced simulator scenarios cover the other shapes.
 *
 * The bytes are the simulator's own: at start-up it asks the simulator (`--sim
 * URL`) for one streamed response with `--events` text deltas and one JSON
 * response with `--json-events`, and replays them (headers included, minus
 * framing headers) for every request after: `"stream": true` in the request
 * body picks the stream. It does no other work per request, so its CPU cost
 * (on the driver's core) stays far below the simulator's.
 *
 *   node --import tsx scripts/bench/burst.ts --port N --sim http://127.0.0.1:PORT [--events 50] [--json-events 8]
 *
 * Prints `burst upstream listening on http://127.0.0.1:N` when ready.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { uws } from '../../runtime/server/uws.ts';

interface Canned {
  headers: [string, string][];
  body: Buffer;
  chunked: boolean;
}

/** Headers the replay does not copy: framing and Date (uWS writes its own), and the simulator's marker. */
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'uwebsockets', 'x-switchyard-simulator']);
const PROMPT = 'Summarize the plot of Hamlet in three sentences.';

async function capture(sim: string, stream: boolean, events: number): Promise<Canned> {
  const r = await fetch(`${sim}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-bench-provider', 'anthropic-version': '2023-06-01', 'x-sim-events': String(events) },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true } : {}) }),
  });
  const body = Buffer.from(await r.arrayBuffer());
  if (r.status !== 200) throw new Error(`simulator answered ${r.status} to the ${stream ? 'stream' : 'JSON'} capture: ${body.toString('utf8').slice(0, 300)}`);
  const headers: [string, string][] = [];
  r.headers.forEach((v, k) => {
    if (!FRAMING.has(k)) headers.push([k, v]);
  });
  return { headers, body, chunked: stream };
}

/** Starts the burst upstream; resolves with its port and a close function. */
export async function startBurstUpstream(o: { port: number; sim: string; events: number; jsonEvents: number }): Promise<{ port: number; close(): void }> {
  const stream = await capture(o.sim, true, o.events);
  const json = await capture(o.sim, false, o.jsonEvents);
  const STREAM_FLAG = /"stream"\s*:\s*true/;
  const app = uws.App();
  app.any('/*', (res) => {
    let aborted = false;
    const parts: Buffer[] = [];
    res.onAborted(() => {
      aborted = true;
    });
    res.onData((ab, last) => {
      parts.push(Buffer.from(ab.slice(0)));
      if (!last || aborted) return;
      const c = STREAM_FLAG.test(Buffer.concat(parts).toString('latin1')) ? stream : json;
      res.cork(() => {
        res.writeStatus('200 OK');
        for (const [k, v] of c.headers) res.writeHeader(k, v);
        if (c.chunked) {
          res.write(c.body);
          res.end();
        } else {
          res.end(c.body);
        }
      });
    });
  });
  const socket = await new Promise<unknown>((resolve, reject) => {
    app.listen('127.0.0.1', o.port, (s) => (s ? resolve(s) : reject(new Error(`burst upstream: cannot listen on 127.0.0.1:${o.port}`))));
  });
  return {
    port: uws.us_socket_local_port(socket as never),
    close: () => uws.us_listen_socket_close(socket as never),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, sim: { type: 'string' }, events: { type: 'string', default: '50' }, 'json-events': { type: 'string', default: '8' } } });
  if (!values.sim) throw new Error('--sim URL (the simulator to capture the responses from) is required');
  const b = await startBurstUpstream({ port: Number(values.port), sim: values.sim, events: Number(values.events), jsonEvents: Number(values['json-events']) });
  process.stdout.write(`burst upstream listening on http://127.0.0.1:${b.port}\n`);
  const stop = (): void => {
    b.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
