/**
 * Rate-limit stores: one interface, two implementations (in-process memory,
 * and Redis shared by several gateway processes — ./redis.ts). Both run the
 * same algorithm, so they share one test suite (test/limits.test.ts).
 *
 * Algorithm, per limited subject (a caller key or a model alias):
 * - `rpm` and `tpm` are token buckets holding at most one minute of budget
 *   (capacity = the limit) and refilling continuously at limit/60 per second.
 *   They start full. A request is admitted when every bucket of every subject
 *   holds at least one unit; admission then takes 1 request and the token
 *   *estimate* from the buckets. Settlement later adds (reported − estimate)
 *   to the token bucket, which may go negative (debt is paid by refill). So a
 *   burst can overshoot `tpm` by at most the misestimate of one request.
 * - `concurrent_streams` is a set of leases (request id → expiry); a streaming
 *   request needs a free slot and releases it on completion. Leases expire
 *   after `leaseMs` so a crashed process cannot hold slots forever.
 *
 * Checks and updates for all subjects of a request are one atomic step: either
 * every bucket is charged or none is.
 */

/** The limits of one subject (caller key or model alias). Absent = unlimited. */
export interface LimitSpec {
  scope: 'caller' | 'model';
  /** Caller name or model alias. */
  name: string;
  rpm?: number;
  tpm?: number;
  concurrentStreams?: number;
}

/** One admission request. */
export interface AdmitRequest {
  /** Gateway request id (the concurrency lease member). */
  id: string;
  specs: LimitSpec[];
  /** Token estimate reserved from `tpm` buckets. */
  tokens: number;
  /** Streaming requests take a `concurrent_streams` slot. */
  stream: boolean;
  /** Lease time of a stream slot (milliseconds). */
  leaseMs: number;
}

export type LimitKind = 'rpm' | 'tpm' | 'concurrent_streams';

export type AdmitResult =
  | { ok: true }
  | { ok: false; scope: LimitSpec['scope']; name: string; limit: LimitKind; value: number; retryAfterMs: number };

/** A rate-limit store. Methods reject when the store is unreachable. */
export interface LimitStore {
  readonly kind: 'memory' | 'redis';
  /** Checks every bucket of every spec; charges all of them only when all pass. */
  admit(r: AdmitRequest): Promise<AdmitResult>;
  /**
   * Settles an admitted request: adds `tokenDelta` (reported − estimate;
   * negative refunds) to its `tpm` buckets and releases its stream slots.
   */
  settle(r: AdmitRequest, tokenDelta: number): Promise<void>;
  /** 'ok' or 'unreachable' (last known). */
  status(): 'ok' | 'unreachable';
  close(): Promise<void>;
}

/** Milliseconds per bucket period (one minute). */
export const PERIOD_MS = 60_000;

interface Bucket { level: number; at: number }

/** Refilled level of a bucket with capacity `cap` at `now`. */
export function refill(b: Bucket | undefined, cap: number, now: number): number {
  if (!b) return cap;
  return Math.min(cap, b.level + ((now - b.at) * cap) / PERIOD_MS);
}

/** Milliseconds until a bucket at `level` (capacity `cap`) holds one unit. */
export function waitMs(level: number, cap: number): number {
  return Math.max(1, Math.ceil(((1 - level) * PERIOD_MS) / cap));
}

/** In-process store (the default): exact within one process, not shared. */
export class MemoryStore implements LimitStore {
  readonly kind = 'memory' as const;
  readonly #buckets = new Map<string, Bucket>();
  readonly #leases = new Map<string, Map<string, number>>();
  readonly #now: () => number;

  /** @param now clock in milliseconds (tests pass a fake one) */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async admit(r: AdmitRequest): Promise<AdmitResult> {
    const now = this.#now();
    let worst: AdmitResult | null = null;
    const reject = (s: LimitSpec, limit: LimitKind, value: number, ms: number) => {
      if (!worst || (!worst.ok && ms > worst.retryAfterMs)) worst = { ok: false, scope: s.scope, name: s.name, limit, value, retryAfterMs: ms };
    };
    for (const s of r.specs) {
      const k = subjectKey(s);
      if (s.rpm) {
        const l = refill(this.#buckets.get(`${k}:rpm`), s.rpm, now);
        if (l < 1) reject(s, 'rpm', s.rpm, waitMs(l, s.rpm));
      }
      if (s.tpm) {
        const l = refill(this.#buckets.get(`${k}:tpm`), s.tpm, now);
        if (l < 1) reject(s, 'tpm', s.tpm, waitMs(l, s.tpm));
      }
      if (s.concurrentStreams && r.stream) {
        const set = this.#leaseSet(k, now);
        if (set.size >= s.concurrentStreams) reject(s, 'concurrent_streams', s.concurrentStreams, 1000);
      }
    }
    if (worst) return worst;
    for (const s of r.specs) {
      const k = subjectKey(s);
      if (s.rpm) this.#buckets.set(`${k}:rpm`, { level: refill(this.#buckets.get(`${k}:rpm`), s.rpm, now) - 1, at: now });
      if (s.tpm) this.#buckets.set(`${k}:tpm`, { level: refill(this.#buckets.get(`${k}:tpm`), s.tpm, now) - r.tokens, at: now });
      if (s.concurrentStreams && r.stream) this.#leaseSet(k, now).set(r.id, now + r.leaseMs);
    }
    return { ok: true };
  }

  async settle(r: AdmitRequest, tokenDelta: number): Promise<void> {
    const now = this.#now();
    for (const s of r.specs) {
      const k = subjectKey(s);
      if (s.tpm && tokenDelta !== 0) {
        this.#buckets.set(`${k}:tpm`, { level: Math.min(s.tpm, refill(this.#buckets.get(`${k}:tpm`), s.tpm, now) - tokenDelta), at: now });
      }
      if (s.concurrentStreams && r.stream) this.#leases.get(k)?.delete(r.id);
    }
  }

  status(): 'ok' {
    return 'ok';
  }

  async close(): Promise<void> {
    this.#buckets.clear();
    this.#leases.clear();
  }

  #leaseSet(k: string, now: number): Map<string, number> {
    let set = this.#leases.get(k);
    if (!set) this.#leases.set(k, (set = new Map()));
    for (const [id, exp] of set) if (exp <= now) set.delete(id);
    return set;
  }
}

/** Stable key of a subject (names are URI-encoded so ':' cannot collide). */
export function subjectKey(s: LimitSpec): string {
  return `${s.scope}:${encodeURIComponent(s.name)}`;
}
