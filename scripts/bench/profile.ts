/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- --cpu-prof DIR`):
 * the functions with the most self time and the most total (inclusive) time.
 *
 *   npx tsx scripts/bench/profile.ts FILE.cpuprofile [--top N] [--filter TEXT] [--skip-ms MS]
 *
 * --skip-ms drops the first MS milliseconds of samples (start-up: module loading, compilation).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '30' }, filter: { type: 'string' }, 'skip-ms': { type: 'string', default: '0' } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error('usage: tsx scripts/bench/profile.ts FILE.cpuprofile [--top N] [--filter TEXT]');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample node from timeDeltas.
const selfUs = new Map<number, number>();
const skipUs = Number(values['skip-ms']) * 1000;
let at = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i] as number;
  at += prof.timeDeltas[i] ?? 0;
  if (at < skipUs) continue;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? prof.timeDeltas[i] ?? 0));
}
const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/.*\/(node_modules\/)/, '$1').replace(/.*\/(runtime|generated|scripts)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const [id, us] of selfUs) {
  const n = byId.get(id) as Node;
  all += us;
  const l = label(n);
  self.set(l, (self.get(l) ?? 0) + us);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const cl = label(byId.get(cur) as Node);
    if (seen.has(cl)) continue;
    seen.add(cl);
    total.set(cl, (total.get(cl) ?? 0) + us);
  }
}
const idle = self.get('(idle)') ?? 0;
self.delete('(idle)');
total.delete('(idle)');
total.delete('(root)');
const top = Number(values.top);
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  const rows = [...m].filter(([k]) => !values.filter || k.includes(values.filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, v] of rows) console.log(`${((v / (all - idle)) * 100).toFixed(1).padStart(6)}%  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${file}: ${(all / 1e6).toFixed(2)} s sampled, ${(idle / 1e6).toFixed(2)} s idle; percentages of busy time`);
show('self time', self);
show('total time', total);
