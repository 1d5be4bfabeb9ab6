import SonicBoom from 'sonic-boom';
import { openSync, writeSync } from 'node:fs';
const line = '{"type":"usage","time":"2026-11-22T18:55:27.123Z","request_id":"sy_abc123","caller":"bench","caller_metadata":{},"model_alias":"claude-bench","target":"anthropic/claude-sonnet-4-5","provider":"anthropic","route_type":"llm/v1/chat","ingress_format":"openai","upstream_format":"anthropic","mode":"transcode","stream":false,"status":200,"error_type":null,"usage_reported":true,"input_tokens":30,"output_tokens":8,"cache_creation_tokens":0,"cache_read_tokens":0,"reasoning_tokens":null,"latency_ms":1.2,"ttft_ms":1.1,"attempts":1,"retries":0,"failovers":0}\n';
const N = 200000;
const fd = openSync('/tmp/sybench/mb/u5.jsonl', 'w');
let buf: string[] = []; let n = 0;
for (const [name, fn] of [
  ['sonic 0', ((s) => () => s.write(line))(new SonicBoom({ dest: '/tmp/sybench/mb/u2.jsonl', sync: false }))],
  ['sonic 16k', ((s) => () => s.write(line))(new SonicBoom({ dest: '/tmp/sybench/mb/u3.jsonl', sync: false, minLength: 16000 }))],
  ['sonic devnull', ((s) => () => s.write(line))(new SonicBoom({ dest: '/dev/null', sync: false }))],
  ['array+writeSync 64k', () => { buf.push(line); n += line.length; if (n > 65536) { writeSync(fd, buf.join('')); buf = []; n = 0; } }],
] as const) {
  for (let i = 0; i < 20000; i++) fn();
  const t = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) { fn(); if (i % 50 === 0) await new Promise((r) => setImmediate(r)); }
  const c = process.cpuUsage(t);
  console.log(name.padEnd(20), ((performance.now() - t0) * 1000 / N).toFixed(2), 'µs wall', ((c.user + c.system) / N).toFixed(2), 'µs cpu');
  await new Promise((r) => setTimeout(r, 300));
}
