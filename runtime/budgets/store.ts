/**
 * Spend-budget stores: one interface, two implementations — in-process memory
 * and Redis (the rate-limit store's connection, runtime/limits/redis.ts
 * `script`), so every replica on one Redis shares one budget.
 *
 * A budget window is a counter of USD spent or reserved, keyed by subject
 * (caller or model alias), budget kind and calendar window (UTC day
 * `2026-12-06` or month `2026-12`), expiring after the window ends.
 * `reserve` checks every window of a request and adds the reservation to all
 * of them in one atomic step (either all or none), recording it as the
 * request's hold (`sy:{sy}:bg:hold:<id>`); `settle` adds the difference
 * between the real cost and that hold and forgets the hold. Settling by the
 * hold makes a reservation whose answer was lost exact: a command that timed
 * out on the client (`limits.store_timeout_ms`) still runs on Redis, so the
 * gateway cannot know whether it was charged — the settlement finds out
 * (hold present: real − hold; absent: the whole real cost).
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
  /**
   * Admits when every window has room for `usd` more (spent + usd ≤ limit):
   * charges them all and records `usd` as the hold of request `id` (a hold of
   * 0 is not recorded); else charges none.
   */
  reserve(windows: BudgetWindow[], usd: number, id: string): Promise<ReserveResult>;
  /**
   * Settles request `id` at its real cost `realUsd`: adds (real − its hold) to
   * the windows and forgets the hold; a window whose counter expired meanwhile
   * is left alone. Without a hold (the reservation never reached the store, or
   * the store refused it while the gateway admitted the request fail-open)
   * the whole real cost is charged. `realUsd` 0 releases a reservation.
   */
  settle(windows: BudgetWindow[], id: string, realUsd: number): Promise<void>;
  /** USD spent or reserved per window (0 for a window never charged). */
  spent(windows: BudgetWindow[]): Promise<number[]>;
}

/** Tolerance of the limit comparison (float sums of micro-dollar amounts). */
const EPSILON = 1e-9;

/** Store key of a window. Names are URI-encoded so ':' cannot collide. */
export function windowKey(w: BudgetWindow): string {
  return `sy:{sy}:bg:${w.scope}:${encodeURIComponent(w.name)}:${w.budget}:${w.window}`;
}

/** Store key of a request's hold (its reservation until settled). */
export function holdKey(id: string): string {
  return `sy:{sy}:bg:hold:${encodeURIComponent(id)}`;
}

/** In-process store: exact within one process, not shared. */
export class MemoryBudgetStore implements BudgetStore {
  readonly #spent = new Map<string, { usd: number; expires: number }>();
  /** Request id → its reservation (the `hold` of the Redis store). */
  readonly #holds = new Map<string, { usd: number; expires: number }>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async reserve(windows: BudgetWindow[], usd: number, id: string): Promise<ReserveResult> {
    this.#sweep();
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i] as BudgetWindow;
      const spent = this.#spent.get(windowKey(w))?.usd ?? 0;
      if (spent + usd > w.limit + EPSILON) return { ok: false, index: i, spent };
    }
    for (const w of windows) this.#add(w, usd);
    if (usd !== 0) this.#holds.set(id, { usd, expires: Math.max(...windows.map((w) => w.resetsAt)) });
    return { ok: true };
  }

  async settle(windows: BudgetWindow[], id: string, realUsd: number): Promise<void> {
    const held = this.#holds.get(id);
    this.#holds.delete(id);
    const delta = realUsd - (held?.usd ?? 0);
    if (delta === 0) return;
    for (const w of windows) if (!held || this.#spent.has(windowKey(w))) this.#add(w, delta);
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
    for (const [k, e] of this.#holds) if (e.expires <= now) this.#holds.delete(k);
  }
}

/**
 * KEYS: one per window, then the request's hold. ARGV: n, usd, then per
 * window limit, expire-at (ms), then the hold's expire-at.
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
if usd ~= 0 then
  redis.call('SET', KEYS[n + 1], ARGV[2])
  redis.call('PEXPIREAT', KEYS[n + 1], tonumber(ARGV[3 + 2 * n]))
end
return {1}
`;

/**
 * KEYS: one per window, then the request's hold. ARGV: n, real cost, then per
 * window expire-at (ms). With a hold, windows that expired meanwhile are left
 * alone; without one (nothing was reserved), the real cost is charged.
 */
const SETTLE_LUA = `
local n = tonumber(ARGV[1])
local held = redis.call('GET', KEYS[n + 1])
if held then redis.call('DEL', KEYS[n + 1]) end
local delta = tonumber(ARGV[2]) - tonumber(held or '0')
if delta == 0 then return 1 end
for i = 1, n do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('INCRBYFLOAT', KEYS[i], delta)
  elseif not held then
    redis.call('INCRBYFLOAT', KEYS[i], delta)
    redis.call('PEXPIREAT', KEYS[i], tonumber(ARGV[2 + i]))
  end
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

  async reserve(windows: BudgetWindow[], usd: number, id: string): Promise<ReserveResult> {
    const args: (string | number)[] = [windows.length, usd];
    for (const w of windows) args.push(w.limit, w.resetsAt + KEEP_AFTER_MS);
    args.push(Math.max(...windows.map((w) => w.resetsAt)) + KEEP_AFTER_MS);
    const res = (await this.#redis.script('syBudgetReserve', RESERVE_LUA, [...windows.map(windowKey), holdKey(id)], args)) as unknown[];
    if (Number(res[0]) === 1) return { ok: true };
    return { ok: false, index: Number(res[1]) - 1, spent: Number(res[2]) };
  }

  async settle(windows: BudgetWindow[], id: string, realUsd: number): Promise<void> {
    const args: (string | number)[] = [windows.length, realUsd, ...windows.map((w) => w.resetsAt + KEEP_AFTER_MS)];
    await this.#redis.script('syBudgetSettle', SETTLE_LUA, [...windows.map(windowKey), holdKey(id)], args);
  }

  async spent(windows: BudgetWindow[]): Promise<number[]> {
    if (windows.length === 0) return [];
    const res = (await this.#redis.script('syBudgetSpent', 'return redis.call(\'MGET\', unpack(KEYS))', windows.map(windowKey), [])) as (string | null)[];
    return res.map((v) => (v === null ? 0 : Number(v)));
  }
}
