// Temporary in-process micro-benchmark (not committed): old pairwise transcoder (baseline tree) vs composed IR transcoder.
import { selectTranscoder as newSel } from './runtime/transcode/index.ts';
import { selectTranscoder as oldSel } from '/tmp/ir-base/runtime/transcode/index.ts';
import { anthropicMessage, anthropicStreamEvents } from './runtime/simulator/anthropic.ts';

const ctx = { alias: 'claude-bench', upstreamModel: 'claude-sonnet-4-5', unsupportedParams: 'reject' as const, defaultMaxTokens: 4096 };
const reqBody = { model: 'claude-bench', max_tokens: 256, messages: [{ role: 'user', content: 'Write a haiku about gateways and benchmarks, please.' }] };
const inp = { model: 'claude-sonnet-4-5', id: 'msg_1', inputTokens: 20, words: 8, maxTokens: 256, tool: undefined, thinking: false };
const respText = JSON.stringify(anthropicMessage(inp));
const sseBuf = Buffer.concat(anthropicStreamEvents({ ...inp, words: 50 }));
const T = { old: oldSel('openai' as never, 'anthropic' as never), new: newSel('openai-chat' as never, 'anthropic-messages' as never) };

function json(t: typeof T.old, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const m = t.mapRequest(JSON.parse(JSON.stringify(reqBody)), ctx);
    JSON.stringify(m.body);
    JSON.stringify(t.mapResponse(JSON.parse(respText), ctx, m).body);
  }
  return Number(process.hrtime.bigint() - t0) / n;
}
function sse(t: typeof T.old, n: number): number {
  const m = t.mapRequest({ ...reqBody, stream: true }, ctx);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const s = t.createStream(ctx, m);
    s.push(sseBuf);
    s.end();
  }
  return Number(process.hrtime.bigint() - t0) / n;
}
const res: Record<string, number[]> = { 'json old': [], 'json new': [], 'sse old': [], 'sse new': [] };
for (let r = 0; r < 12; r++) {
  for (const k of ['old', 'new'] as const) {
    res[`json ${k}`]!.push(json(T[k], 3000));
    res[`sse ${k}`]!.push(sse(T[k], 1000));
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [k, v] of Object.entries(res)) console.log(`${k}: median ${(med(v) / 1000).toFixed(2)} µs/op (min ${(Math.min(...v) / 1000).toFixed(2)})`);
console.log(`sse events per op: ${anthropicStreamEvents({ ...inp, words: 50 }).length}`);
