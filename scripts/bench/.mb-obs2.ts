import { usageRecord } from '../../runtime/observability/accounting.ts';
import { normalize } from '../../runtime/config/index.ts';
import SonicBoom from 'sonic-boom';
const cfg = normalize({ providers: { anthropic: { type: 'anthropic', api_key: 'x' } }, logging: { usage_sink: '/tmp/sybench/mb/usage.jsonl' } } as never);
const rec = { id: 'sy_abc123', caller: 'bench', callerMetadata: {}, alias: 'claude-bench', provider: 'anthropic', target: 'anthropic/claude-sonnet-4-5', routeType: 'llm/v1/chat', ingressFormat: 'openai', upstreamFormat: 'anthropic', mode: 'transcode', stream: false, status: 200, errorType: null, usage: { reported: true, input: 30, output: 8, cacheCreation: 0, cacheRead: 0, reasoning: 0 }, latencyMs: 1.234, ttftMs: 1.1, attempts: 1, failovers: 0, retries: 0, droppedParams: [] } as never;
const req = { body: Buffer.from('{}') } as never;
const sb = new SonicBoom({ dest: '/tmp/sybench/mb/u2.jsonl', sync: false });
const sb2 = new SonicBoom({ dest: '/tmp/sybench/mb/u3.jsonl', sync: false, minLength: 4096 });
const N = 200000;
for (const [name, fn] of [
  ['usageRecord', () => usageRecord(rec, req, cfg, false)],
  ['record+stringify', () => JSON.stringify(usageRecord(rec, req, cfg, false))],
  ['+iso', () => '{"type":"usage","time":"' + new Date().toISOString() + '",' + JSON.stringify(usageRecord(rec, req, cfg, false)).slice(1) + '\n'],
  ['+sonic', () => sb.write('{"type":"usage","time":"' + new Date().toISOString() + '",' + JSON.stringify(usageRecord(rec, req, cfg, false)).slice(1) + '\n')],
  ['+sonic min4k', () => sb2.write('{"type":"usage","time":"' + new Date().toISOString() + '",' + JSON.stringify(usageRecord(rec, req, cfg, false)).slice(1) + '\n')],
] as const) {
  for (let i = 0; i < 20000; i++) fn();
  const t = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) { fn(); if (i % 50 === 0) await new Promise((r) => setImmediate(r)); }
  const c = process.cpuUsage(t);
  console.log(name.padEnd(20), ((performance.now() - t0) * 1000 / N).toFixed(2), 'µs wall', ((c.user + c.system) / N).toFixed(2), 'µs cpu');
  await new Promise((r) => setTimeout(r, 200));
}
