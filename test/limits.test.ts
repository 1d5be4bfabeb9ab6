/**
 * Issue 5: the rate-limit algorithm, one suite run against both stores
 * (in-process memory, and Redis through the Lua scripts), plus the limiter's
 * policy on store outages (fail-open / fail-closed, reported in health).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { MemoryStore, RedisStore, createLimiter, chargedTokens, describeStore, specsFor, type LimitStore, type AdmitRequest, type LimitSpec } from '../runtime/limits/index.ts';
import { GatewayError } from '../runtime/errors.ts';
import { normalize, type RuntimeConfig } from '../runtime/config/index.ts';
import { emptyUsage } from '../runtime/usage.ts';
import type { Caller } from '../runtime/auth/index.ts';
import type { Plan } from '../runtime/routing/index.ts';
import type { Incoming, RequestRecord } from '../runtime/pipeline.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis, type TestRedis } from './helpers/redis.ts';

let seq = 0;
const req = (specs: LimitSpec[], tokens = 10, stream = false): AdmitRequest => ({ id: `r${++seq}`, specs, tokens, stream, leaseMs: 60_000 });
const caller = (name: string, l: Omit<LimitSpec, 'scope' | 'name'>): LimitSpec => ({ scope: 'caller', name, ...l });
const model = (name: string, l: Omit<LimitSpec, 'scope' | 'name'>): LimitSpec => ({ scope: 'model', name, ...l });

/** The shared suite. `fresh()` gives a store with empty state; names are made unique per test anyway. */
function storeSuite(fresh: () => LimitStore) {
  let n = 0;
  const uniq = (s: string) => `${s}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

  it('rpm: admits up to the limit, then rejects with the wait until one request refills', async () => {
    const s = fresh();
    const spec = caller(uniq('alice'), { rpm: 3 });
    for (let i = 0; i < 3; i++) expect((await s.admit(req([spec]))).ok).toBe(true);
    const r = await s.admit(req([spec]));
    expect(r).toMatchObject({ ok: false, scope: 'caller', name: spec.name, limit: 'rpm', value: 3 });
    // 3 per minute refill one request every 20 s.
    if (!r.ok) expect(r.retryAfterMs).toBeGreaterThan(19_000), expect(r.retryAfterMs).toBeLessThanOrEqual(20_000);
  });

  it('tpm: reserves the estimate; a burst overshoots by at most one request; settlement refunds', async () => {
    const s = fresh();
    const spec = caller(uniq('bob'), { tpm: 1000 });
    const a = req([spec], 600);
    const b = req([spec], 600);
    expect((await s.admit(a)).ok).toBe(true); // 400 left
    expect((await s.admit(b)).ok).toBe(true); // -200: the one request that may overshoot
    const c = await s.admit(req([spec], 600));
    expect(c).toMatchObject({ ok: false, limit: 'tpm', value: 1000 });
    if (!c.ok) expect(c.retryAfterMs).toBeGreaterThan(11_000); // 201 tokens at 1000/min ≈ 12 s
    // b actually used 100 tokens: refund 500 → 300 left.
    await s.settle(b, 100 - 600);
    expect((await s.admit(req([spec], 50))).ok).toBe(true);
  });

  it('tpm: settlement charges reported usage above the estimate', async () => {
    const s = fresh();
    const spec = caller(uniq('carol'), { tpm: 1000 });
    const a = req([spec], 10);
    expect((await s.admit(a)).ok).toBe(true);
    await s.settle(a, 2000 - 10); // the upstream reported 2000 tokens
    const r = await s.admit(req([spec], 10));
    expect(r).toMatchObject({ ok: false, limit: 'tpm' });
    if (!r.ok) expect(r.retryAfterMs).toBeGreaterThan(55_000); // ~1000 tokens of debt
  });

  it('concurrent_streams: counts streaming requests only, frees the slot on settle', async () => {
    const s = fresh();
    const spec = model(uniq('m'), { concurrentStreams: 2 });
    const a = req([spec], 1, true);
    expect((await s.admit(a)).ok).toBe(true);
    expect((await s.admit(req([spec], 1, true))).ok).toBe(true);
    expect(await s.admit(req([spec], 1, true))).toMatchObject({ ok: false, scope: 'model', limit: 'concurrent_streams', value: 2 });
    expect((await s.admit(req([spec], 1, false))).ok).toBe(true); // non-streaming requests take no slot
    await s.settle(a, 0);
    expect((await s.admit(req([spec], 1, true))).ok).toBe(true);
  });

  it('all subjects of a request are charged atomically: a rejection charges nothing', async () => {
    const s = fresh();
    const c = caller(uniq('dave'), { rpm: 2 });
    const full = model(uniq('m'), { rpm: 1 });
    expect((await s.admit(req([full]))).ok).toBe(true); // model bucket now empty
    for (let i = 0; i < 5; i++) expect(await s.admit(req([c, full]))).toMatchObject({ ok: false, scope: 'model' });
    // The caller's bucket was never charged by the rejected requests.
    expect((await s.admit(req([c]))).ok).toBe(true);
    expect((await s.admit(req([c]))).ok).toBe(true);
    expect((await s.admit(req([c]))).ok).toBe(false);
  });

  it('subjects are independent (names with ":" do not collide)', async () => {
    const s = fresh();
    const base = uniq('x');
    const a = caller(`${base}:a`, { rpm: 1 });
    const b = caller(base, { rpm: 1 });
    expect((await s.admit(req([a]))).ok).toBe(true);
    expect((await s.admit(req([b]))).ok).toBe(true);
    expect((await s.admit(req([a]))).ok).toBe(false);
  });

  it('concurrent admissions never exceed the limit', async () => {
    const s = fresh();
    const spec = caller(uniq('eve'), { rpm: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, () => s.admit(req([spec]))));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
}

describe('MemoryStore', () => {
  storeSuite(() => new MemoryStore());

  it('refills continuously (fake clock)', async () => {
    let now = 1_000_000;
    const s = new MemoryStore(() => now);
    const spec = caller('clock', { rpm: 60 });
    for (let i = 0; i < 60; i++) expect((await s.admit(req([spec]))).ok).toBe(true);
    expect((await s.admit(req([spec]))).ok).toBe(false);
    now += 1000; // one request per second
    expect((await s.admit(req([spec]))).ok).toBe(true);
    expect((await s.admit(req([spec]))).ok).toBe(false);
  });

  it('stream leases expire (a crashed holder cannot keep a slot forever)', async () => {
    let now = 0;
    const s = new MemoryStore(() => now);
    const spec = caller('lease', { concurrentStreams: 1 });
    expect((await s.admit({ ...req([spec], 1, true), leaseMs: 5000 })).ok).toBe(true);
    expect((await s.admit(req([spec], 1, true))).ok).toBe(false);
    now += 5001;
    expect((await s.admit(req([spec], 1, true))).ok).toBe(true);
  });
});

describe.skipIf(!REDIS_BIN)(`RedisStore (Lua scripts)${REDIS_BIN ? '' : ` — skipped: ${REDIS_SKIP_REASON}`}`, () => {
  let redis: TestRedis;
  const stores: RedisStore[] = [];
  const connected = async () => {
    const s = new RedisStore(redis.url);
    stores.push(s);
    await s.ready();
    return s;
  };
  let shared: RedisStore;
  beforeAll(async () => {
    redis = await startRedis();
    shared = await connected();
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await redis?.stop();
  });
  // Subject names are unique per test, so one connected client serves the whole suite.
  storeSuite(() => shared);

  it('two clients (as two gateway processes would) share one budget', async () => {
    const a = await connected();
    const b = await connected();
    const spec = caller('shared', { rpm: 4 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).admit(req([spec]))));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
  });
});

// ---------------------------------------------------------------- limiter policy

function cfgWith(store: string, onStoreError: 'open' | 'closed'): RuntimeConfig {
  return normalize({
    providers: { anthropic: { type: 'anthropic', api_key: 'k' } },
    models: { m: { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] } },
    callers: [{ name: 'alice', key: 'k1', limits: { rpm: 2 } }, { name: 'bob', key: 'k2' }],
    limits: { store, on_store_error: onStoreError, per_caller: { rpm: 100 }, per_model: { m: { concurrent_streams: 3 } } },
  });
}
const callerOf = (cfg: RuntimeConfig, name: string): Caller => {
  const e = cfg.callers.find((c) => c.name === name)!;
  return { name, models: e.models, directProviderRouting: false, metadata: e.metadata, entry: e, providerKey: null };
};
const planOf = (cfg: RuntimeConfig): Plan => ({ alias: 'm', aliasConfig: cfg.aliases.get('m')!, attempts: [], params: {} });
const incoming = (): Incoming => ({ id: `q${++seq}` } as Incoming);
const record = (over: Partial<RequestRecord>): RequestRecord => ({
  id: 'x', caller: 'alice', callerMetadata: {}, alias: 'm', provider: 'anthropic', target: 'anthropic/x', routeType: 'llm/v1/chat',
  ingressFormat: 'anthropic-messages', upstreamFormat: 'anthropic-messages', mode: 'passthrough', stream: false, status: 200, errorType: null,
  usage: emptyUsage(), latencyMs: 1, ttftMs: 1, attempts: 1, failovers: 0, droppedParams: [], ...over,
});

describe('limiter', () => {
  it('specs: the caller entry overrides limits.per_caller; per_model applies by alias', () => {
    const cfg = cfgWith('memory', 'open');
    expect(specsFor(cfg, callerOf(cfg, 'alice'), planOf(cfg))).toEqual([
      { scope: 'caller', name: 'alice', rpm: 2, tpm: undefined, concurrentStreams: undefined },
      { scope: 'model', name: 'm', rpm: undefined, tpm: undefined, concurrentStreams: 3 },
    ]);
    expect(specsFor(cfg, callerOf(cfg, 'bob'), planOf(cfg))[0]).toMatchObject({ scope: 'caller', name: 'bob', rpm: 100 });
  });

  it('charges reported usage; refunds failed requests without usage; keeps the estimate when usage is not reported', () => {
    const u = { ...emptyUsage(), reported: true, input: 10, output: 20, cacheCreation: 3, cacheRead: 4 };
    expect(chargedTokens(u, 200, 99)).toBe(37);
    expect(chargedTokens(emptyUsage(), 502, 99)).toBe(0);
    expect(chargedTokens(emptyUsage(), 200, 99)).toBe(99);
  });

  it('a rejection is GatewayError rate_limit (429) with retry-after in seconds', async () => {
    const cfg = cfgWith('memory', 'open');
    const rejected: string[] = [];
    const l = createLimiter(cfg, () => cfg, { onReject: (s, k) => rejected.push(`${s}:${k}`) });
    const c = callerOf(cfg, 'alice');
    await l.admit(c, planOf(cfg), incoming(), 10, false);
    await l.admit(c, planOf(cfg), incoming(), 10, false);
    const e = await l.admit(c, planOf(cfg), incoming(), 10, false).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GatewayError);
    const g = e as GatewayError;
    expect(g.status).toBe(429);
    expect(g.headers['retry-after']).toBe('30');
    expect(g.message).toContain("caller 'alice' allows 2 requests per minute");
    expect(rejected).toEqual(['caller:rpm']);
    expect(l.health()).toMatchObject({ store: 'memory', status: 'ok', on_store_error: 'open' });
  });

  it('the release callback settles stream slots', async () => {
    const cfg = cfgWith('memory', 'open');
    const l = createLimiter(cfg);
    const c = callerOf(cfg, 'bob');
    const releases = [];
    for (let i = 0; i < 3; i++) releases.push(await l.admit(c, planOf(cfg), incoming(), 10, true));
    await expect(l.admit(c, planOf(cfg), incoming(), 10, true)).rejects.toThrow(/3 concurrent streams/);
    releases[0]!(record({ stream: true }));
    await new Promise((r) => setTimeout(r, 5));
    await expect(l.admit(c, planOf(cfg), incoming(), 10, true)).resolves.toBeTypeOf('function');
  });

  it('describeStore never shows credentials', () => {
    expect(describeStore('redis://:s3cret-pass@cache.internal:6380/2')).toBe('redis://cache.internal:6380/2');
    expect(describeStore('rediss://user:pw@h')).toBe('rediss://h');
  });
});

describe.skipIf(!REDIS_BIN)(`limiter on Redis outage${REDIS_BIN ? '' : ` — skipped: ${REDIS_SKIP_REASON}`}`, () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());

  it('fail-open admits, fail-closed rejects with 429; health reports it; both recover when Redis returns', async () => {
    const open = cfgWith(redis.url, 'open');
    const closed = cfgWith(redis.url, 'closed');
    const lo = createLimiter(open);
    const lc = createLimiter(closed);
    await Promise.all([lo.ready(), lc.ready()]);
    try {
      expect(lo.health()).toMatchObject({ store: `redis://127.0.0.1:${redis.port}`, status: 'ok' });
      await redis.stop();
      const c = callerOf(open, 'bob');
      await expect(lo.admit(c, planOf(open), incoming(), 1, false)).resolves.toBeUndefined();
      const e = (await lc.admit(callerOf(closed, 'bob'), planOf(closed), incoming(), 1, false).catch((x: unknown) => x)) as GatewayError;
      expect(e).toBeInstanceOf(GatewayError);
      expect(e.status).toBe(429);
      expect(e.headers['retry-after']).toBe('1');
      expect(lo.health()).toMatchObject({ status: 'unreachable', on_store_error: 'open', effect: expect.stringContaining('fail-open') });
      expect(lc.health()).toMatchObject({ status: 'unreachable', on_store_error: 'closed', effect: expect.stringContaining('fail-closed') });
      await redis.start();
      const t0 = Date.now();
      while (lc.store.status() !== 'ok' && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 50));
      await expect(lc.admit(callerOf(closed, 'bob'), planOf(closed), incoming(), 1, false)).resolves.toBeTypeOf('function');
      expect(lc.health()).toMatchObject({ status: 'ok' });
    } finally {
      await lo.close();
      await lc.close();
    }
  });
});
