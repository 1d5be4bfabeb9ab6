import { createMetrics } from '../../runtime/observability/metrics.ts';
import { createUsageLog } from '../../runtime/observability/accounting.ts';
import { normalize } from '../../runtime/config/index.ts';
import { createHash } from 'node:crypto';
const cfg = normalize({ providers: { anthropic: { type: 'anthropic', api_key: 'x' } }, logging: { usage_sink: '/tmp/sybench/mb/usage.jsonl' } } as never);
const m = createMetrics();
const u = createUsageLog(cfg);
const rec = { id: 'sy_abc123', caller: 'bench', callerMetadata: {}, alias: 'claude-bench', provider: 'anthropic', target: 'anthropic/claude-sonnet-4-5', routeType: 'llm/v1/chat', ingressFormat: 'openai', upstreamFormat: 'anthropic', mode: 'transcode', stream: false, status: 200, errorType: null, usage: { reported: true, input: 30, output: 8, cacheCreation: 0, cacheRead: 0, reasoning: 0 }, latencyMs: 1.234, ttftMs: 1.1, attempts: 1, failovers: 0, retries: 0, droppedParams: [] } as never;
const req = { body: Buffer.from('{}') } as never;
const N = 200000;
for (const [name, fn] of [['metrics.observe', () => m.observe(rec)], ['usage.write', () => u.write(rec, req)], ['sha256', () => createHash('sha256').update('sk-bench-caller-0123456789').digest()], ['AbortController', () => { const a = new AbortController(); const f = () => {}; a.signal.addEventListener('abort', f, { once: true }); a.signal.removeEventListener('abort', f); }], ['setTimeout+clear', () => clearTimeout(setTimeout(() => {}, 1000))]] as const) {
  for (let i = 0; i < 20000; i++) fn();
  const t = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) fn();
  const c = process.cpuUsage(t);
  console.log(name.padEnd(20), ((performance.now() - t0) * 1000 / N).toFixed(2), 'µs wall', ((c.user + c.system) / N).toFixed(2), 'µs cpu');
  await new Promise((r) => setTimeout(r, 200));
}
u.close();
