/**
 * Circuit breakers, one per upstream (provider name + base URL).
 *
 * States (the classic three):
 * - `closed`: requests flow; outcomes are counted.
 * - `open`: the upstream is skipped until `cooldownMs` has passed since it opened.
 * - `half_open`: after the cool-down exactly one probe request is let through;
 *   its success closes the circuit, its failure opens it again for another cool-down.
 *
 * The circuit opens after `failureThreshold` consecutive failures, or when the
 * failure ratio over the last `windowMs` reaches `failureRate` with at least
 * `minRequests` outcomes in the window. The window is kept as 10 buckets, so
 * recording an outcome is O(1) and the memory per upstream is constant.
 *
 * What counts as a failure is decided by the executor (runtime/upstream/executor.ts):
 * connection errors, timeouts, 5xx/529/408 answers and streams that break before
 * or after content. Caller-side outcomes (4xx, caller abort) are neutral or success.
 */
import type { BreakerPolicy } from '../config/index.ts';

export type CircuitState = 'closed' | 'open' | 'half_open';

/** Outcome of one admitted request. */
export type BreakerOutcome = 'success' | 'failure' | 'neutral';

/** Permission to send one request; report its outcome exactly once (later calls are ignored). */
export interface BreakerTicket {
  readonly probe: boolean;
  done(outcome: BreakerOutcome): void;
}

/** Public view of one breaker (for /health and metrics). */
export interface BreakerSnapshot {
  provider: string;
  base_url: string;
  state: CircuitState;
  consecutive_failures: number;
  window_requests: number;
  window_failures: number;
  /** Milliseconds until a probe is allowed (open state), else 0. */
  retry_in_ms: number;
  opened_total: number;
}

const BUCKETS = 10;

export class CircuitBreaker {
  state: CircuitState = 'closed';
  consecutiveFailures = 0;
  openedTotal = 0;
  private openedAt = 0;
  private probeInFlight = false;
  private readonly bucketStart = new Array<number>(BUCKETS).fill(0);
  private readonly bucketReq = new Array<number>(BUCKETS).fill(0);
  private readonly bucketFail = new Array<number>(BUCKETS).fill(0);

  constructor(
    readonly provider: string,
    readonly baseUrl: string,
    public policy: BreakerPolicy,
    private readonly onChange: (b: CircuitBreaker, from: CircuitState) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the open circuit admits a probe (0 when not open). */
  retryInMs(): number {
    if (this.state !== 'open') return 0;
    return Math.max(0, this.openedAt + this.policy.cooldownMs - this.now());
  }

  /** Whether a request would be admitted now (does not take the probe slot). */
  available(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') return this.retryInMs() === 0;
    return !this.probeInFlight;
  }

  /**
   * Asks to send one request. Returns a ticket, or null when the circuit is
   * open (or half-open with its probe already in flight).
   */
  acquire(): BreakerTicket | null {
    if (this.state === 'open' && this.retryInMs() === 0) this.transition('half_open');
    if (this.state === 'open') return null;
    if (this.state === 'half_open') {
      if (this.probeInFlight) return null;
      this.probeInFlight = true;
      return this.ticket(true);
    }
    return this.ticket(false);
  }

  private ticket(probe: boolean): BreakerTicket {
    let settled = false;
    return {
      probe,
      done: (outcome) => {
        if (settled) return;
        settled = true;
        this.record(outcome, probe);
      },
    };
  }

  /**
   * Counts a failure of a request whose ticket already reported success
   * (a stream that broke after its content started).
   */
  recordLateFailure(): void {
    this.record('failure', false);
  }

  private record(outcome: BreakerOutcome, probe: boolean): void {
    if (probe) this.probeInFlight = false;
    if (outcome === 'neutral') return;
    const failed = outcome === 'failure';
    this.count(failed);
    if (!failed) {
      this.consecutiveFailures = 0;
      if (probe && this.state === 'half_open') this.transition('closed');
      return;
    }
    this.consecutiveFailures++;
    if (this.state === 'half_open') {
      if (probe) this.open();
      return;
    }
    if (this.state === 'open') return;
    if (this.consecutiveFailures >= this.policy.failureThreshold) return this.open();
    const { req, fail } = this.windowCounts();
    if (req >= this.policy.minRequests && fail / req >= this.policy.failureRate) this.open();
  }

  private open(): void {
    this.openedAt = this.now();
    this.openedTotal++;
    this.transition('open');
  }

  private transition(to: CircuitState): void {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    if (to === 'closed') {
      this.consecutiveFailures = 0;
      this.bucketReq.fill(0);
      this.bucketFail.fill(0);
    }
    this.onChange(this, from);
  }

  private bucketWidth(): number {
    return Math.max(1, Math.ceil(this.policy.windowMs / BUCKETS));
  }

  private count(failed: boolean): void {
    const w = this.bucketWidth();
    const slot = Math.floor(this.now() / w);
    const i = slot % BUCKETS;
    if (this.bucketStart[i] !== slot) {
      this.bucketStart[i] = slot;
      this.bucketReq[i] = 0;
      this.bucketFail[i] = 0;
    }
    this.bucketReq[i] = (this.bucketReq[i] as number) + 1;
    if (failed) this.bucketFail[i] = (this.bucketFail[i] as number) + 1;
  }

  /** Outcomes recorded in the current window. */
  windowCounts(): { req: number; fail: number } {
    const w = this.bucketWidth();
    const slot = Math.floor(this.now() / w);
    let req = 0;
    let fail = 0;
    for (let i = 0; i < BUCKETS; i++) {
      if (slot - (this.bucketStart[i] as number) < BUCKETS) {
        req += this.bucketReq[i] as number;
        fail += this.bucketFail[i] as number;
      }
    }
    return { req, fail };
  }

  snapshot(): BreakerSnapshot {
    const { req, fail } = this.windowCounts();
    return {
      provider: this.provider,
      base_url: this.baseUrl,
      state: this.state === 'open' && this.retryInMs() === 0 ? 'half_open' : this.state,
      consecutive_failures: this.consecutiveFailures,
      window_requests: req,
      window_failures: fail,
      retry_in_ms: this.retryInMs(),
      opened_total: this.openedTotal,
    };
  }
}

/** Listener for circuit state changes (metrics, logs). */
export type BreakerListener = (snapshot: BreakerSnapshot, from: CircuitState) => void;

/**
 * All breakers of a gateway, keyed by upstream (provider name + base URL).
 * Survives config reloads: an upstream that keeps its name and URL keeps its
 * state; the policy is replaced in place.
 */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly listeners = new Set<BreakerListener>();

  constructor(
    private policy: BreakerPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Applies a new policy to every breaker (reload). */
  setPolicy(policy: BreakerPolicy): void {
    this.policy = policy;
    for (const b of this.breakers.values()) b.policy = policy;
  }

  /** The breaker of one upstream (created closed on first use). */
  get(provider: string, baseUrl: string): CircuitBreaker {
    const id = `${provider} ${baseUrl}`;
    let b = this.breakers.get(id);
    if (!b) {
      b = new CircuitBreaker(provider, baseUrl, this.policy, (br, from) => {
        const s = br.snapshot();
        for (const l of this.listeners) {
          try { l(s, from); } catch { /* a listener never breaks routing */ }
        }
      }, this.now);
      this.breakers.set(id, b);
    }
    return b;
  }

  /** Subscribes to state changes; returns an unsubscribe function. */
  onChange(listener: BreakerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every known breaker's state. */
  snapshot(): BreakerSnapshot[] {
    return [...this.breakers.values()].map((b) => b.snapshot());
  }

  /** Drops breakers of upstreams that are no longer configured (reload). */
  retain(ids: Set<string>): void {
    for (const id of this.breakers.keys()) if (!ids.has(id)) this.breakers.delete(id);
  }
}

/** Numeric encoding of a circuit state for metrics gauges (0 closed, 1 half-open, 2 open). */
export function circuitStateValue(s: CircuitState): number {
  return s === 'closed' ? 0 : s === 'half_open' ? 1 : 2;
}
