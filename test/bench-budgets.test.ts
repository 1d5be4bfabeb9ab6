/**
 * The bench's budget table (scripts/bench/budgets.ts): every scenario of the
 * bench declares a budget class, each class carries the numbers, a
 * scenario that declares a class gets its rows (met / missed by the limit),
 * and one without a class is listed, not silently dropped. No processes.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, IDLE_RSS_BUDGET_MB, scenarioBudgetRows, type BudgetInput } from '../scripts/bench/budgets.ts';
import { SCENARIOS } from '../scripts/bench/scenarios.ts';
import { evaluateTargets, type IdleResult } from '../scripts/bench/report.ts';

function scenario(over: Partial<BudgetInput> & { cpuPerReqMs?: number | null; cpuPerEventUs?: number | null }): BudgetInput {
  return {
    name: 'x', throughputRatio: 1, addedP50Ms: 0, addedP99Ms: 0, addedTtftP50Ms: 0,
    gateway: { median: { cpuPerReqMs: over.cpuPerReqMs ?? null, cpuPerEventUs: over.cpuPerEventUs ?? null, rps: 1000 } },
    direct: { median: { rps: 1000 } },
    ...over,
  };
}

describe('bench budgets', () => {
  it('every bench scenario declares a budget class, and the classes carry the issue-16 limits', () => {
    for (const s of SCENARIOS) expect(s.budget, s.name).toBeDefined();
    const limits = Object.fromEntries(Object.entries(BUDGETS).map(([k, checks]) => [k, checks.map((c) => `${c.atLeast ? '>=' : '<='}${c.limit}`)]));
    expect(limits).toEqual({
      json: ['<=0.08', '>=0.95'],
      'sse-transcoded': ['<=4'],
      'sse-transcoded-paced': ['<=15'],
      'sse-passthrough': ['<=2'],
      'sse-passthrough-paced': ['<=10'],
      'latency-json': ['<=0.1', '<=0.2'],
      'latency-ttft': ['<=0.3'],
    });
    expect(IDLE_RSS_BUDGET_MB).toBe(200);
    // The Anthropic ingress → OpenAI-compatible upstream path is in the bench (JSON and SSE).
    expect(SCENARIOS.filter((s) => s.gateway.body.includes('gpt-bench')).map((s) => s.budget)).toEqual(['json', 'sse-transcoded']);
  });

  it('judges each check of a declared class and lists a scenario without one', () => {
    const rows = scenarioBudgetRows([
      scenario({ name: 'a', budget: 'json', cpuPerReqMs: 0.07, throughputRatio: 0.9 }),
      scenario({ name: 'b', budget: 'latency-json', addedP50Ms: 0.1, addedP99Ms: 0.25 }),
      scenario({ name: 'c', budget: 'sse-passthrough-paced', cpuPerEventUs: null }),
      scenario({ name: 'new-path' }),
    ]);
    expect(rows.map((r) => [r.scenario, r.metric, r.target, r.reached, r.met])).toEqual([
      ['a', 'gateway CPU per request', '≤ 0.08 ms', '0.070 ms', true],
      ['a', 'throughput vs direct', '≥ 0.95× direct', '0.90× (1,000 vs 1,000 req/s)', false],
      ['b', 'added latency p50', '≤ 0.1 ms', '0.100 ms', true],
      ['b', 'added latency p99', '≤ 0.2 ms', '0.250 ms', false],
      ['c', 'gateway CPU per SSE event', '≤ 10 µs', '—', null],
      ['new-path', 'no budget class declared', '—', '—', null],
    ]);
  });

  it('puts the featureless relay beside the gateway on the same check, judging only the gateway', () => {
    const relay = scenario({ name: 'a', budget: 'json', cpuPerReqMs: 0.05, throughputRatio: 0.97 });
    const rows = scenarioBudgetRows([{ ...scenario({ name: 'a', budget: 'json', cpuPerReqMs: 0.16, throughputRatio: 0.3 }), relay }, scenario({ name: 'b', budget: 'json', cpuPerReqMs: 0.07 })]);
    expect(rows.map((r) => [r.scenario, r.reached.split(' (')[0], r.met, r.relayReached])).toEqual([
      ['a', '0.160 ms', false, '0.050 ms'],
      ['a', '0.30×', false, '0.97×'],
      ['b', '0.070 ms', true, null],
      ['b', '1.00×', true, null],
    ]);
  });

  it('holds 10,000 idle streams to 200 MB and does not judge a smaller count', () => {
    const idle = (requested: number, rssMb: number): IdleResult => ({
      requested, streams: requested, limitedBy: null, projectedRssMb: rssMb, ready: requested, failed: 0, firstError: null, openS: 1,
      baselineRssMb: 70, rssMb, peakRssMb: rssMb, perStreamKb: 10, afterCloseRssMb: 80, nofile: 65536,
    });
    expect(evaluateTargets({ scenarios: [], idle: idle(10_000, 199), scaling: null })[0]).toMatchObject({ scenario: 'idle', target: '≤ 200 MB', met: true });
    expect(evaluateTargets({ scenarios: [], idle: idle(10_000, 250), scaling: null })[0]?.met).toBe(false);
    expect(evaluateTargets({ scenarios: [], idle: idle(500, 90), scaling: null })[0]?.met).toBeNull();
  });
});
