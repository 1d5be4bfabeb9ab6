/**
 * In-process request statistics for the dashboard: totals since start per
 * model alias, provider and caller (requests, errors, tokens, cost), latency
 * and time-to-first-token percentiles over the last minute, and a per-second
 * series of the last two minutes. Fed by `record` for every finished request
 * (hooks.onComplete); bounded memory (rings, one entry per alias / provider /
 * caller seen).
 */
import type { RequestRecord } from '../pipeline.ts';

/** Seconds of per-second series kept. */
export const SERIES_SECONDS = 120;
/** Latency samples kept per alias (and overall) for the percentiles. */
const SAMPLES = 2048;
/** Window of the percentiles (ms). */
const PERCENTILE_WINDOW_MS = 60_000;

/** Totals of one alias, provider or caller. */
export interface Totals {
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  unpriced: number;
}

const newTotals = (): Totals => ({ requests: 0, errors: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0, unpriced: 0 });

/** A ring of (time, latency, ttft) samples. */
class Samples {
  readonly #t = new Float64Array(SAMPLES);
  readonly #lat = new Float64Array(SAMPLES);
  readonly #ttft = new Float64Array(SAMPLES);
  #n = 0;

  add(t: number, latencyMs: number, ttftMs: number | null): void {
    const i = this.#n++ % SAMPLES;
    this.#t[i] = t;
    this.#lat[i] = latencyMs;
    this.#ttft[i] = ttftMs ?? NaN;
  }

  /** p50 / p95 / p99 of latency and TTFT over samples newer than `since` (ms); null when none. */
  percentiles(since: number): { latency: Pct | null; ttft: Pct | null } {
    const lat: number[] = [];
    const ttft: number[] = [];
    const n = Math.min(this.#n, SAMPLES);
    for (let i = 0; i < n; i++) {
      if ((this.#t[i] as number) < since) continue;
      lat.push(this.#lat[i] as number);
      const f = this.#ttft[i] as number;
      if (!Number.isNaN(f)) ttft.push(f);
    }
    return { latency: pct(lat), ttft: pct(ttft) };
  }
}

export interface Pct { p50: number; p95: number; p99: number; n: number }

function pct(xs: number[]): Pct | null {
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const q = (p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), n: xs.length };
}

interface Second { t: number; requests: number; errors: number; latency: number[]; ttft: number[] }

/** Whether a finished request counts as an error (HTTP error, or a failure after a 200 stream began). */
export function isError(rec: RequestRecord): boolean {
  return rec.status >= 400 || rec.status === 0 || (rec.errorType !== null && rec.errorType !== 'caller_aborted');
}

export class DashboardStats {
  readonly startedAt = Date.now();
  readonly total = newTotals();
  readonly aliases = new Map<string, Totals>();
  readonly providers = new Map<string, Totals>();
  readonly callers = new Map<string, Totals>();
  readonly #samples = new Map<string, Samples>();
  readonly #all = new Samples();
  readonly #seconds: Second[] = [];
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * Counts a finished request. `knownAlias` says whether its model is a configured
   * alias; other model strings (direct provider routing) are counted under "other"
   * so that callers cannot grow the tables without bound.
   */
  record(rec: RequestRecord, knownAlias: (name: string) => boolean = () => true): void {
    const now = this.#now();
    const err = isError(rec);
    const alias = rec.alias === null ? '(none)' : knownAlias(rec.alias) ? rec.alias : 'other';
    const provider = rec.provider ?? 'none';
    for (const t of [this.total, get(this.aliases, alias), get(this.providers, provider), get(this.callers, rec.caller)]) {
      t.requests++;
      if (err) t.errors++;
      if (rec.usage.reported) {
        t.input_tokens += rec.usage.input + rec.usage.cacheRead + rec.usage.cacheCreation;
        t.output_tokens += rec.usage.output;
      }
      if (rec.cost?.priced) t.cost_usd += rec.cost.usd;
      else if (rec.provider) t.unpriced++;
    }
    if (rec.provider) {
      let s = this.#samples.get(alias);
      if (!s) this.#samples.set(alias, (s = new Samples()));
      const ttft = rec.stream ? rec.ttftMs : null;
      s.add(now, rec.latencyMs, ttft);
      this.#all.add(now, rec.latencyMs, ttft);
    }
    const sec = this.#second(now);
    sec.requests++;
    if (err) sec.errors++;
    if (rec.provider && sec.latency.length < SAMPLES) {
      sec.latency.push(rec.latencyMs);
      if (rec.stream && rec.ttftMs !== null) sec.ttft.push(rec.ttftMs);
    }
  }

  /** Latency / TTFT percentiles of the last minute, overall and for one alias. */
  percentiles(alias?: string): { latency: Pct | null; ttft: Pct | null } {
    const s = alias === undefined ? this.#all : this.#samples.get(alias);
    return s ? s.percentiles(this.#now() - PERCENTILE_WINDOW_MS) : { latency: null, ttft: null };
  }

  /** The last SERIES_SECONDS seconds, one point per second (missing seconds are zeros). */
  series(): { t: number[]; requests: number[]; errors: number[]; p50_ms: (number | null)[]; ttft_p50_ms: (number | null)[] } {
    const end = Math.floor(this.#now() / 1000);
    const by = new Map(this.#seconds.map((s) => [s.t, s]));
    const out = { t: [] as number[], requests: [] as number[], errors: [] as number[], p50_ms: [] as (number | null)[], ttft_p50_ms: [] as (number | null)[] };
    for (let t = end - SERIES_SECONDS + 1; t <= end; t++) {
      const s = by.get(t);
      out.t.push(t);
      out.requests.push(s?.requests ?? 0);
      out.errors.push(s?.errors ?? 0);
      out.p50_ms.push(s ? pct(s.latency)?.p50 ?? null : null);
      out.ttft_p50_ms.push(s ? pct(s.ttft)?.p50 ?? null : null);
    }
    return out;
  }

  #second(now: number): Second {
    const t = Math.floor(now / 1000);
    let last = this.#seconds[this.#seconds.length - 1];
    if (!last || last.t !== t) {
      last = { t, requests: 0, errors: 0, latency: [], ttft: [] };
      this.#seconds.push(last);
      while (this.#seconds.length && (this.#seconds[0] as Second).t <= t - SERIES_SECONDS) this.#seconds.shift();
    }
    return last;
  }
}

function get(m: Map<string, Totals>, k: string): Totals {
  let t = m.get(k);
  if (!t) m.set(k, (t = newTotals()));
  return t;
}
