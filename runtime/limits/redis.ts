/**
 * Redis rate-limit store (`limits.store: redis://…`): the algorithm of
 * ./store.ts as two Lua scripts, so that admission (check all buckets, then
 * charge all) and settlement are atomic across every gateway process sharing
 * the Redis. The clock is Redis's own (`TIME`), so process clocks may drift.
 *
 * Keys (all in one hash slot `{sy}` so the scripts also run on Redis Cluster):
 *   sy:{sy}:rl:<scope>:<name>:rpm|tpm   hash {l: level, t: ms}; expires when it would be full again
 *   sy:{sy}:rl:<scope>:<name>:streams   sorted set request id → lease expiry (ms)
 *
 * The client never queues commands while disconnected (`enableOfflineQueue:
 * false`) and gives up on a command after `commandTimeoutMs`, so an outage
 * surfaces at once as a rejected promise and the limiter applies
 * `limits.on_store_error`. It reconnects in the background.
 */
import type { Redis } from 'ioredis';
import { redisClient } from './redis-client.ts';
import { subjectKey, type AdmitRequest, type AdmitResult, type LimitKind, type LimitStore } from './store.ts';

const PREFIX = 'sy:{sy}:rl:';

/**
 * KEYS: 3 per spec (rpm, tpm, streams). ARGV: n, tokens, stream (0/1), id,
 * leaseMs, then per spec rpm, tpm, concurrentStreams (0 = unlimited).
 * Returns {1} or {0, specIndex (1-based), kind, limitValue, retryAfterMs}.
 */
const ADMIT_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[1])
local tokens = tonumber(ARGV[2])
local stream = ARGV[3] == '1'
local id = ARGV[4]
local lease = tonumber(ARGV[5])
local levels = {}
local worst = nil
local function refill(key, cap)
  local h = redis.call('HMGET', key, 'l', 't')
  local l = tonumber(h[1])
  if not l then return cap end
  local at = tonumber(h[2]) or now
  return math.min(cap, l + (now - at) * cap / 60000)
end
local function reject(i, kind, cap, ms)
  if (not worst) or ms > worst[5] then worst = {0, i, kind, cap, ms} end
end
for i = 1, n do
  local b = (i - 1) * 3
  local rpm = tonumber(ARGV[6 + b])
  local tpm = tonumber(ARGV[7 + b])
  local conc = tonumber(ARGV[8 + b])
  if rpm > 0 then
    local l = refill(KEYS[b + 1], rpm)
    levels[b + 1] = l
    if l < 1 then reject(i, 'rpm', rpm, math.max(1, math.ceil((1 - l) * 60000 / rpm))) end
  end
  if tpm > 0 then
    local l = refill(KEYS[b + 2], tpm)
    levels[b + 2] = l
    if l < 1 then reject(i, 'tpm', tpm, math.max(1, math.ceil((1 - l) * 60000 / tpm))) end
  end
  if conc > 0 and stream then
    redis.call('ZREMRANGEBYSCORE', KEYS[b + 3], '-inf', now)
    if redis.call('ZCARD', KEYS[b + 3]) >= conc then reject(i, 'concurrent_streams', conc, 1000) end
  end
end
if worst then return worst end
for i = 1, n do
  local b = (i - 1) * 3
  local rpm = tonumber(ARGV[6 + b])
  local tpm = tonumber(ARGV[7 + b])
  local conc = tonumber(ARGV[8 + b])
  if rpm > 0 then
    local l = levels[b + 1] - 1
    redis.call('HSET', KEYS[b + 1], 'l', tostring(l), 't', now)
    redis.call('PEXPIRE', KEYS[b + 1], math.ceil((rpm - l) * 60000 / rpm) + 1000)
  end
  if tpm > 0 then
    local l = levels[b + 2] - tokens
    redis.call('HSET', KEYS[b + 2], 'l', tostring(l), 't', now)
    redis.call('PEXPIRE', KEYS[b + 2], math.ceil((tpm - l) * 60000 / tpm) + 1000)
  end
  if conc > 0 and stream then
    redis.call('ZADD', KEYS[b + 3], now + lease, id)
    redis.call('PEXPIRE', KEYS[b + 3], lease + 1000)
  end
end
return {1}
`;

/**
 * KEYS: 2 per spec (tpm, streams). ARGV: n, tokenDelta, stream (0/1), id, then per spec tpm, concurrentStreams.
 */
const SETTLE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[1])
local delta = tonumber(ARGV[2])
local stream = ARGV[3] == '1'
local id = ARGV[4]
for i = 1, n do
  local b = (i - 1) * 2
  local tpm = tonumber(ARGV[5 + b])
  local conc = tonumber(ARGV[6 + b])
  if tpm > 0 and delta ~= 0 then
    local h = redis.call('HMGET', KEYS[b + 1], 'l', 't')
    local l = tonumber(h[1])
    if l then l = math.min(tpm, l + (now - (tonumber(h[2]) or now)) * tpm / 60000) else l = tpm end
    l = math.min(tpm, l - delta)
    redis.call('HSET', KEYS[b + 1], 'l', tostring(l), 't', now)
    redis.call('PEXPIRE', KEYS[b + 1], math.ceil((tpm - l) * 60000 / tpm) + 1000)
  end
  if conc > 0 and stream then redis.call('ZREM', KEYS[b + 2], id) end
end
return 1
`;

type ScriptClient = Redis & {
  syAdmit(...args: (string | number)[]): Promise<unknown[]>;
  sySettle(...args: (string | number)[]): Promise<number>;
};

export interface RedisStoreOptions {
  /** Give up on a command after this long (milliseconds). Default 500. */
  commandTimeoutMs?: number;
  /** Called when reachability changes. */
  onStatus?(status: 'ok' | 'unreachable', reason: string | null): void;
}

/** Shared store on Redis. `url` is a redis:// or rediss:// URL. */
export class RedisStore implements LimitStore {
  readonly kind = 'redis' as const;
  readonly #redis: ScriptClient;
  /** 'connecting' until the first connection succeeds or fails (so the first failure is reported). */
  #status: 'ok' | 'unreachable' | 'connecting' = 'connecting';
  readonly #onStatus: RedisStoreOptions['onStatus'];
  #closed = false;

  constructor(url: string, opts: RedisStoreOptions = {}) {
    this.#onStatus = opts.onStatus;
    this.#redis = new (redisClient())(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs ?? 500,
      connectTimeout: 2000,
      // Keep reconnecting in the background (capped backoff); requests meanwhile follow on_store_error.
      retryStrategy: (times) => Math.min(100 * times, 2000),
      lazyConnect: false,
    }) as ScriptClient;
    this.#redis.defineCommand('syAdmit', { lua: ADMIT_LUA });
    this.#redis.defineCommand('sySettle', { lua: SETTLE_LUA });
    this.#redis.on('ready', () => this.#set('ok', null));
    // An 'error' listener is required (ioredis prints unhandled errors otherwise); the message names no secret.
    this.#redis.on('error', (e: Error) => this.#set('unreachable', e.message));
    this.#redis.on('close', () => this.#set('unreachable', 'connection closed'));
  }

  /**
   * Resolves when connected, on the first connection error, or after `ms`
   * (then the status stays 'unreachable' and the client keeps reconnecting).
   */
  ready(ms = 2000): Promise<void> {
    if (this.#redis.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#redis.off('ready', done);
        this.#redis.off('error', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#redis.once('ready', done);
      this.#redis.once('error', done);
    });
  }

  async admit(r: AdmitRequest): Promise<AdmitResult> {
    const keys: string[] = [];
    const args: (string | number)[] = [r.specs.length, r.tokens, r.stream ? 1 : 0, r.id, r.leaseMs];
    for (const s of r.specs) {
      const k = PREFIX + subjectKey(s);
      keys.push(`${k}:rpm`, `${k}:tpm`, `${k}:streams`);
      args.push(s.rpm ?? 0, s.tpm ?? 0, s.concurrentStreams ?? 0);
    }
    const res = await this.#run(() => this.#redis.syAdmit(keys.length, ...keys, ...args));
    if (Number(res[0]) === 1) return { ok: true };
    const spec = r.specs[Number(res[1]) - 1];
    if (!spec) throw new Error('rate-limit script returned an unknown subject');
    return { ok: false, scope: spec.scope, name: spec.name, limit: String(res[2]) as LimitKind, value: Number(res[3]), retryAfterMs: Number(res[4]) };
  }

  async settle(r: AdmitRequest, tokenDelta: number): Promise<void> {
    const keys: string[] = [];
    const args: (string | number)[] = [r.specs.length, tokenDelta, r.stream ? 1 : 0, r.id];
    for (const s of r.specs) {
      const k = PREFIX + subjectKey(s);
      keys.push(`${k}:tpm`, `${k}:streams`);
      args.push(s.tpm ?? 0, s.concurrentStreams ?? 0);
    }
    await this.#run(() => this.#redis.sySettle(keys.length, ...keys, ...args));
  }

  /**
   * Runs another module's Lua script on this store's connection (spend budgets,
   * runtime/budgets/), with the same timeouts and reachability tracking.
   * Keys must use the `sy:{sy}:` hash slot.
   */
  async script(name: string, lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    const client = this.#redis as unknown as Record<string, (...a: (string | number)[]) => Promise<unknown>>;
    if (typeof client[name] !== 'function') this.#redis.defineCommand(name, { lua });
    return this.#run(() => (client[name] as (...a: (string | number)[]) => Promise<unknown>)(keys.length, ...keys, ...args));
  }

  status(): 'ok' | 'unreachable' {
    return this.#status === 'ok' ? 'ok' : 'unreachable';
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#redis.disconnect();
  }

  async #run<T>(f: () => Promise<T>): Promise<T> {
    try {
      const v = await f();
      this.#set('ok', null);
      return v;
    } catch (e) {
      this.#set('unreachable', (e as Error).message);
      throw e;
    }
  }

  #set(status: 'ok' | 'unreachable', reason: string | null): void {
    if (this.#closed || status === this.#status) return;
    this.#status = status;
    this.#onStatus?.(status, reason);
  }
}
