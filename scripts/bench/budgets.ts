/**
 * The performance budgets of issue 16, per budget class, and their evaluation
 * against a bench report.
 *
 * A scenario (scripts/bench/scenarios.ts) declares the class it is held to
 * (`budget`); every scenario that declares one gets its rows in the one budget
 * table of the report, so a scenario added for a new request path is judged
 * by the same numbers without touching this file. A scenario without a class
 * is listed as such (it is measured but not judged).
 *
 * All numbers are medians over the measured runs of the side-by-side method
 * (gateway pinned to one core, simulator and driver on the other, direct and
 * gateway runs alternating in one bench run); "added" is gateway minus direct.
 */

/** What a scenario is held to. */
export type BudgetClass =
  /** Translated JSON under load: gateway CPU per request and throughput vs direct. */
  | 'json'
  /** Transcoded (translated) SSE, unpaced: gateway CPU per event. */
  | 'sse-transcoded'
  /** Transcoded SSE, events paced 20 ms apart: gateway CPU per event (one wakeup, read and write each). */
  | 'sse-transcoded-paced'
  /** Native SSE passthrough, unpaced. */
  | 'sse-passthrough'
  /** Native SSE passthrough, paced 20 ms. */
  | 'sse-passthrough-paced'
  /** JSON at concurrency 1: added latency p50 and p99. */
  | 'latency-json'
  /** A stream at concurrency 1: added time to first token p50. */
  | 'latency-ttft';

/** The median metrics a budget reads (a subset of report.ts RunMetrics / ScenarioResult). */
export interface BudgetInput {
  name: string;
  budget?: BudgetClass | undefined;
  throughputRatio: number;
  addedP50Ms: number;
  addedP99Ms: number;
  addedTtftP50Ms: number;
  gateway: { median: { cpuPerReqMs: number | null; cpuPerEventUs: number | null; rps: number } };
  direct: { median: { rps: number } };
  /** The featureless relay (scripts/bench/baseline-relay.ts) measured in the same run, seen as a gateway: the floor of the harness. */
  relay?: BudgetInput | null | undefined;
}

/** One row of the budget table. */
export interface BudgetRow {
  /** Scenario name, or "idle" / "scaling". */
  scenario: string;
  /** Budget class, or null (scenario measured, no class declared). */
  budget: BudgetClass | 'idle-memory' | 'scaling' | null;
  /** What is measured, e.g. "gateway CPU per request". */
  metric: string;
  /** The budget, e.g. "≤ 0.08 ms". */
  target: string;
  /** What the run reached. */
  reached: string;
  /** true met, false missed, null not judged. */
  met: boolean | null;
  /** What the featureless relay reached on the same check in the same run (null: not measured). */
  relayReached?: string | null;
}

interface Check {
  metric: string;
  /** Limit and direction. */
  limit: number;
  atLeast?: boolean;
  unit: string;
  digits: number;
  value: (s: BudgetInput) => number | null;
  /** The budget as printed, when not just the limit. */
  targetText?: string;
  detail?: (s: BudgetInput) => string;
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');

/** The budgets, per class (issue 16 "Deliver" 2). */
export const BUDGETS: Record<BudgetClass, Check[]> = {
  json: [
    { metric: 'gateway CPU per request', limit: 0.08, unit: 'ms', digits: 3, value: (s) => s.gateway.median.cpuPerReqMs },
    {
      metric: 'throughput vs direct', limit: 0.95, atLeast: true, targetText: '≥ 0.95× direct', unit: '×', digits: 2, value: (s) => s.throughputRatio,
      detail: (s) => ` (${int(s.gateway.median.rps)} vs ${int(s.direct.median.rps)} req/s)`,
    },
  ],
  'sse-transcoded': [{ metric: 'gateway CPU per SSE event', limit: 4, unit: 'µs', digits: 2, value: (s) => s.gateway.median.cpuPerEventUs }],
  'sse-transcoded-paced': [{ metric: 'gateway CPU per SSE event', limit: 15, unit: 'µs', digits: 2, value: (s) => s.gateway.median.cpuPerEventUs }],
  'sse-passthrough': [{ metric: 'gateway CPU per SSE event', limit: 2, unit: 'µs', digits: 2, value: (s) => s.gateway.median.cpuPerEventUs }],
  'sse-passthrough-paced': [{ metric: 'gateway CPU per SSE event', limit: 10, unit: 'µs', digits: 2, value: (s) => s.gateway.median.cpuPerEventUs }],
  'latency-json': [
    { metric: 'added latency p50', limit: 0.1, unit: 'ms', digits: 3, value: (s) => s.addedP50Ms },
    { metric: 'added latency p99', limit: 0.2, unit: 'ms', digits: 3, value: (s) => s.addedP99Ms },
  ],
  'latency-ttft': [{ metric: 'added time to first token p50', limit: 0.3, unit: 'ms', digits: 3, value: (s) => s.addedTtftP50Ms }],
};

/** Idle-stream memory budget: RSS with 10,000 concurrent idle streams open (MB). */
export const IDLE_RSS_BUDGET_MB = 200;

const fmt = (v: number, c: Check) => (c.unit === '×' ? `${v.toFixed(c.digits)}×` : `${v.toFixed(c.digits)} ${c.unit}`);

/** The rows of every scenario: one per check of its class, or one "no budget class" row. */
export function scenarioBudgetRows(scenarios: BudgetInput[]): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const s of scenarios) {
    if (!s.budget) {
      rows.push({ scenario: s.name, budget: null, metric: 'no budget class declared', target: '—', reached: '—', met: null });
      continue;
    }
    for (const c of BUDGETS[s.budget]) {
      const v = c.value(s);
      const ok = v === null || Number.isNaN(v) ? null : c.atLeast ? v >= c.limit : v <= c.limit;
      const rv = s.relay ? c.value(s.relay) : null;
      rows.push({
        scenario: s.name,
        budget: s.budget,
        metric: c.metric,
        target: c.targetText ?? `${c.atLeast ? '≥' : '≤'} ${c.limit} ${c.unit}`,
        reached: v === null || Number.isNaN(v) ? '—' : `${fmt(v, c)}${c.detail ? c.detail(s) : ''}`,
        met: ok,
        relayReached: s.relay && rv !== null && !Number.isNaN(rv) ? fmt(rv, c) : null,
      });
    }
  }
  return rows;
}
