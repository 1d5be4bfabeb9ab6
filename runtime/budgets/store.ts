/**
 * Spend-budget stores: one interface, two implementations — in-process memory
 * and Redis (the rate-limit store's connection, runtime/limits/redis.ts
 * `script`), so every replica on one Redis shares one budget.
 *
 * A budget window is a counter of USD spent or reserved, keyed by subject
 * (caller or model alias), budget kind and calendar window (UTC day
 * `2026-12-06` or month `2026-12`), expiring after the window ends.
 * `reserve` checks every window of a request and adds the reservation to all
 * of them in one atomic step (either all or none); `settle` adds the
 * difference between the real cost and the reservation.
 */
import type { RedisStore } from '../limits/redis.ts';

/** One budget window a request is charged against. */
export interface BudgetWindow {
  scope: 'caller' | 'model';
  /** Caller name or model alias. */
  name: string;
  budget: 'usd_per_day' | 'usd_per_month';
  /** The budget in USD. */
  limit: number;
  /** Window id: `YYYY-MM-DD` or `YYYY-MM` (UTC). */
  window: string;
  /** When the window ends (ms since the epoch). */
  resetsAt: number;
}

export type ReserveResult = { ok: true } | { ok: false; index: number; spent: number };

export interface BudgetStore {
  /** Admits when every window has room for `usd` more (spent + usd ≤ limit) and charges them all; else charges none. */
  reserve(windows: BudgetWindow[], usd: number): Promise<ReserveResult>;
  /** Adds `deltaUsd` (real cost − reservation; negative refunds) to the windows. */
  settle(windows: BudgetWindow[], deltaUsd: number): Promise<void>;
  /** USD spent or reserved per window (0 for a window never charged). */
  spent(windows: BudgetWindow[]): Promise<number[]>;
}

/** Tolerance of the limit comparison (float sums of micro-dollar amounts). */
const EPSILON = 1e-9;

/** Store key of a window. Names are URI-encoded so ':' cannot collide. */
export function windowKey(w: BudgetWindow): string {
  return `sy:{sy}:bg:${w.scope}:${encodeURIComponent(w.name)}:${w.budget}:${w.window}`;
}

/** In-process store: exact within one process, not shared. */
export class MemoryBudgetStore implements BudgetStore {
  readonly #spent = new Map<string, { usd: number; expires: number }>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async reserve(windows: BudgetWindow[], usd: number): Promise<ReserveResult> {
    this.#sweep();
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i] as BudgetWindow;
      const spent = this.#spent.get(windowKey(w))?.usd ?? 0;
      if (spent + usd > w.limit + EPSILON) return { ok: false, index: i, spent };
    }
    for (const w of windows) this.#add(w, usd);
    return { ok: true };
  }

  async settle(windows: BudgetWindow[], deltaUsd: number): Promise<void> {
    for (const w of windows) if (this.#spent.has(windowKey(w))) this.#add(w, deltaUsd);
  }

  async spent(windows: BudgetWindow[]): Promise<number[]> {
    this.#sweep();
    return windows.map((w) => this.#spent.get(windowKey(w))?.usd ?? 0);
  }

  #add(w: BudgetWindow, usd: number): void {
    const k = windowKey(w);
    const e = this.#spent.get(k);
    if (e) e.usd += usd;
    else this.#spent.set(k, { usd, expires: w.resetsAt });
  }

  #sweep(): void {
    const now = this.#now();
    for (const [k, e] of this.#spent) if (e.expires <= now) this.#spent.delete(k);
  }
}

/**
 * KEYS: one per window. ARGV: n, usd, then per window limit, expire-at (ms).
 * Returns {1} or {0, index (1-based), spent}.
 */
const RESERVE_LUA = `
local n = tonumber(ARGV[1])
local usd = tonumber(ARGV[2])
for i = 1, n do
  local spent = tonumber(redis.call('GET', KEYS[i]) or '0')
  if spent + usd > tonumber(ARGV[1 + 2 * i]) + ${EPSILON} then return {0, i, tostring(spent)} end
end
for i = 1, n do
  redis.call('INCRBYFLOAT', KEYS[i], usd)
  redis.call('PEXPIREAT', KEYS[i], tonumber(ARGV[2 + 2 * i]))
end
return {1}
`;

/** KEYS: one per window. ARGV: delta. Windows that expired meanwhile are left alone. */
const SETTLE_LUA = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBYFLOAT', KEYS[i], ARGV[1]) end
end
return 1
`;

/** Keep a window's counter this long after the window ends (late settlements, clock skew between replicas). */
const KEEP_AFTER_MS = 3_600_000;

/** Shared store on the rate-limit Redis. */
export class RedisBudgetStore implements BudgetStore {
  readonly #redis: RedisStore;

  constructor(redis: RedisStore) {
    this.#redis = redis;
  }

  async reserve(windows: BudgetWindow[], usd: number): Promise<ReserveResult> {
    const args: (string | number)[] = [windows.length, usd];
    for (const w of windows) args.push(w.limit, w.resetsAt + KEEP_AFTER_MS);
    const res = (await this.#redis.script('syBudgetReserve', RESERVE_LUA, windows.map(windowKey), args)) as unknown[];
    if (Number(res[0]) === 1) return { ok: true };
    return { ok: false, index: Number(res[1]) - 1, spent: Number(res[2]) };
  }

  async settle(windows: BudgetWindow[], deltaUsd: number): Promise<void> {
    await this.#redis.script('syBudgetSettle', SETTLE_LUA, windows.map(windowKey), [deltaUsd]);
  }

  async spent(windows: BudgetWindow[]): Promise<number[]> {
    if (windows.length === 0) return [];
    const res = (await this.#redis.script('syBudgetSpent', 'return redis.call(\'MGET\', unpack(KEYS))', windows.map(windowKey), [])) as (string | null)[];
    return res.map((v) => (v === null ? 0 : Number(v)));
  }
}
