/**
 * In-process micro-benchmark of the gateway's own JavaScript per request:
 * the pipeline (runtime/pipeline.ts → executor → transcoder/relay → usage
 * records and metrics) driven with a fake uWS response and a fake undici
 * dispatcher that answers with recorded simulator responses. No sockets, no
 * syscalls, no other process: the numbers move only with the code, so small
 * changes can be compared even on a busy machine (run A, B, A, B).
 *
 *   node --import ./bin/register.mjs scripts/bench/pipeline.ts [--scenario NAME] [--n 20000] [--rounds 3] [--usage file|none]
 *        [--concurrency C] [--alloc FILE]
 *
 * (bin/register.mjs loads the TypeScript sources through tsx plus the load hook
 * that drops tsx's `__name` wrappers, close to what the compiled runtime in dist/
 * runs; NAME is a scenario of scripts/bench/scenarios.ts.)
 *
 * Reports CPU µs per request (process.cpuUsage over the measured loop) and,
 * for streams, per upstream SSE event. `--concurrency C` keeps C requests in
 * flight (interleaved, as under load) instead of one after another. `--alloc
 * FILE` first runs N requests under V8's sampling heap profiler (objects
 * collected by GC included) and prints the bytes allocated per request; FILE is
 * the profile (open in Chrome DevTools → Memory). The full picture, with uWS, undici and
 * the kernel, comes from `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Dispatcher } from 'undici';
import { normalize } from '../../runtime/config/index.ts';
import { handle, type GatewayState, type Incoming } from '../../runtime/pipeline.ts';
import { ResponseSink } from '../../runtime/server/sink.ts';
import { matchRoute } from '../../generated/routes.ts';
import { createObservability } from '../../runtime/observability/index.ts';
import { createReliability } from '../../runtime/upstream/reliability.ts';
import { startSimulator } from '../../runtime/simulator/index.ts';
import type { HttpResponse } from '../../runtime/server/uws.ts';
import { SCENARIOS } from './scenarios.ts';

const { values: o } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'json-translated' }, n: { type: 'string', default: '20000' }, usage: { type: 'string', default: 'file' }, rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1' }, alloc: { type: 'string' },
  },
});
const scenario = SCENARIOS.find((s) => s.name === o.scenario);
if (!scenario) throw new Error(`unknown scenario ${o.scenario}`);
const N = Number(o.n);

/** A node of V8's sampling heap profile. */
interface SampledNode {
  selfSize: number;
  children: SampledNode[];
}

// Record the simulator's answer to the direct request once.
const sim = await startSimulator({ port: 0, recordLimit: 0 });
const recorded = await fetch(sim.url + scenario.direct.path, { method: 'POST', headers: scenario.direct.headers, body: scenario.direct.body });
const upstreamBody = Buffer.from(await recorded.arrayBuffer());
const upstreamHeaders: Record<string, string> = {};
recorded.headers.forEach((v, k) => (upstreamHeaders[k] = v));
await sim.close();
const upstreamEvents = upstreamBody.toString('latin1').split('\n\n').length - 1;

/** A dispatcher that answers every request with the recorded response, one chunk, on a microtask. */
const controller = { aborted: false, paused: false, reason: null, abort() {}, pause() {}, resume() {} } as unknown as Dispatcher.DispatchController;
const rawHeaders = Object.entries(upstreamHeaders).flatMap(([k, v]) => [Buffer.from(k), Buffer.from(v)]);
/** undici's Dispatcher (so `request()` works too, for older code) answering from memory. */
class FakeDispatcher extends Dispatcher {
  override dispatch(_opts: Dispatcher.DispatchOptions, h: Dispatcher.DispatchHandler): boolean {
    if (!h.onRequestStart) {
      // Legacy handler API (what `agent.request()` uses internally): lets this harness measure older code too.
      h.onConnect?.(() => {});
      queueMicrotask(() => {
        h.onHeaders?.(200, rawHeaders, () => {}, 'OK');
        h.onData?.(upstreamBody);
        h.onComplete?.([]);
      });
      return true;
    }
    h.onRequestStart(controller, {});
    queueMicrotask(() => {
      h.onResponseStart?.(controller, 200, upstreamHeaders, 'OK');
      h.onResponseData?.(controller, upstreamBody);
      h.onResponseEnd?.(controller, {});
    });
    return true;
  }
  override async close(): Promise<void> {}
  override async destroy(): Promise<void> {}
}
const fakeDispatcher = new FakeDispatcher() as unknown as GatewayState['agent'];

/** A uWS HttpResponse stand-in that accepts everything. */
let bytesOut = 0;
function fakeRes(): HttpResponse {
  const r = {
    onAborted: () => r,
    onWritable: () => r,
    cork: (f: () => void) => (f(), r),
    writeStatus: () => r,
    writeHeader: () => r,
    write: (c: Uint8Array | string) => ((bytesOut += typeof c === 'string' ? c.length : c.byteLength), true),
    end: (c?: Uint8Array | string) => ((bytesOut += c === undefined ? 0 : typeof c === 'string' ? c.length : c.byteLength), r),
    close: () => r,
  };
  return r as unknown as HttpResponse;
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-pipeline-'));
const cfg = normalize({
  server: { host: '127.0.0.1', port: 0 },
  providers: {
    anthropic: { type: 'anthropic', base_url: 'http://127.0.0.1:1', api_key: 'sk-ant-bench-provider', simulated: true },
    openai: { type: 'openai', base_url: 'http://127.0.0.1:1/v1', api_key: 'sk-openai-bench-provider', simulated: true },
  },
  models: { 'claude-bench': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] } },
  callers: [{ name: 'bench', key: 'sk-bench-caller-0123456789', models: ['*'] }],
  logging: { usage_sink: o.usage === 'none' ? 'none' : join(dir, 'usage.jsonl'), level: 'warn' },
});
const obs = await createObservability(cfg, () => cfg);
const state: GatewayState = { cfg, agent: fakeDispatcher, hooks: obs.gatewayOptions({}).hooks ?? {}, reliability: createReliability(cfg) };

const reqBody = Buffer.from(scenario.gateway.body);
const headers: Record<string, string> = { host: '127.0.0.1', 'content-length': String(reqBody.length) };
for (const [k, v] of Object.entries(scenario.gateway.headers)) headers[k.toLowerCase()] = v;
const match = matchRoute('POST', scenario.gateway.path, 'main');
if (!match) throw new Error('no route');
let seq = 0;

async function one(): Promise<void> {
  const sink = new ResponseSink(fakeRes());
  const inc: Incoming = {
    method: 'POST', path: scenario!.gateway.path, query: '', headers: { ...headers }, body: reqBody, listener: 'main',
    route: match!.route, params: match!.params, startedAt: performance.now(), id: `sy_bench${++seq}`,
  };
  await handle(state, inc, sink);
  if (sink.status !== 200) throw new Error(`status ${sink.status}`);
}

for (let i = 0; i < 2000; i++) await one(); // warm-up (JIT)
if (o.alloc) {
  // V8's sampling heap profiler, counting objects the GC already collected too: bytes allocated per request.
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params: object = {}): Promise<T> =>
    new Promise((res, rej) => session.post(method, params, (e: Error | null, r: unknown) => (e ? rej(e) : res(r as T))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < N; i++) await one();
  const { profile } = await post<{ profile: { head: SampledNode } }>('HeapProfiler.stopSampling');
  writeFileSync(o.alloc, JSON.stringify(profile));
  const total = (n: SampledNode): number => n.selfSize + n.children.reduce((a, c) => a + total(c), 0);
  console.log(`${scenario.name}: ≈ ${(total(profile.head) / N / 1024).toFixed(1)} KB allocated per request (sampled; profile in ${o.alloc})`);
}
for (let r = 0; r < Number(o.rounds); r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const C = Math.max(1, Number(o.concurrency));
  if (C === 1) for (let i = 0; i < N; i++) await one();
  else for (let i = 0; i < N; i += C) await Promise.all(Array.from({ length: C }, one));
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / N;
  const wall = ((performance.now() - t0) * 1000) / N;
  console.log(`${scenario.name}: ${us.toFixed(1)} µs CPU/request (${wall.toFixed(1)} µs wall)${scenario.stream ? `, ${(us / upstreamEvents).toFixed(2)} µs per upstream event (${upstreamEvents} events)` : ''}`);
}
try {
  await obs.close();
} catch {
  /* older code could throw while its log file was still opening */
}
rmSync(dir, { recursive: true, force: true });
void bytesOut;
process.exit(0);
