/**
 * Issue 14: the response store behind `store` / `previous_response_id`
 * (runtime/responses/store.ts), one interface and two backends:
 * - memory: entry and byte bounds (oldest forgotten first), an entry larger
 *   than `max_bytes` never stored, expiry after `ttl_s`;
 * - Redis: the same contract, keys expiring with `EX ttl_s`, a 503 when
 *   Redis is down; and two gateways sharing one Redis (a response created on
 *   one continues on the other, owner-scoped), with the openai SDK.
 * Redis cases need redis-server (skipped with the reason otherwise).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import OpenAI from 'openai';
import { createResponseStore, forgetStoredResponses, type StoredResponse } from '../runtime/responses/store.ts';
import { GatewayError } from '../runtime/errors.ts';
import { redisClient } from '../runtime/limits/redis-client.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { ConfigError, normalize } from '../runtime/config/index.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis, type TestRedis } from './helpers/redis.ts';
import { testConfig, CALLER_KEY } from './helpers/stack.ts';

if (!REDIS_BIN) console.warn(`responses-store Redis cases skipped: ${REDIS_SKIP_REASON}`);

const entry = (owner: string, text: string): StoredResponse => ({
  owner, response: { id: 'resp_x', object: 'response', output: [{ type: 'message', content: [{ type: 'output_text', text }] }] }, input: [], history: [], native: false, createdAt: 0,
});

describe('responses.* config', () => {
  const problems = (patch: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): string[] => {
    try {
      normalize(testConfig('http://127.0.0.1:1', (c) => { c.responses = patch; }), env);
      return [];
    } catch (e) {
      return e instanceof ConfigError ? e.problems : [String(e)];
    }
  };

  it('defaults: memory, 30 days, 10 000 entries, no configured reasoning key', () => {
    const cfg = normalize(testConfig('http://127.0.0.1:1'), {});
    expect(cfg.responses).toEqual({ store: 'memory', ttlS: 2592000, maxEntries: 10000, maxBytes: 268435456, reasoningKey: null });
  });

  it('reasoning_key: a literal secret or env:NAME; unset or short is a problem naming the key', () => {
    expect(normalize(testConfig('http://127.0.0.1:1', (c) => { c.responses = { reasoning_key: 'env:MY_KEY' }; }), { MY_KEY: 'sixteen-chars-ok!' }).responses.reasoningKey).toBe('sixteen-chars-ok!');
    expect(problems({ reasoning_key: 'env:MISSING_KEY' })).toEqual(['responses.reasoning_key: environment variable MISSING_KEY is not set']);
    expect(problems({ reasoning_key: 'short' })).toEqual(['responses.reasoning_key: must be at least 16 characters long']);
  });

  it('store must be memory or a Redis URL', () => {
    expect(problems({ store: 'postgres://x' })).toEqual(['responses.store: must be "memory" or a redis:// (rediss://) URL']);
    expect(problems({ store: 'rediss://cache:6380' })).toEqual([]);
  });
});

describe('memory response store', () => {
  it('keeps at most max_entries, oldest forgotten first', async () => {
    forgetStoredResponses();
    const s = createResponseStore({ store: 'memory', ttlS: 3600, maxEntries: 2, maxBytes: 1 << 20 });
    for (const id of ['a', 'b', 'c']) expect(await s.put(id, entry('o', id))).toBe(true);
    expect(await s.get('a')).toBeNull();
    expect((await s.get('b'))?.owner).toBe('o');
    expect((await s.get('c'))?.response.output).toEqual(entry('o', 'c').response.output);
    expect(await s.delete('c')).toBe(true);
    expect(await s.get('c')).toBeNull();
    expect(await s.delete('c')).toBe(false);
  });

  it('never stores an entry above max_bytes, and bounds all entries together by it', async () => {
    forgetStoredResponses();
    const size = JSON.stringify(entry('o', 'x'.repeat(100))).length;
    const s = createResponseStore({ store: 'memory', ttlS: 3600, maxEntries: 100, maxBytes: size * 2 + 10 });
    expect(await s.put('big', entry('o', 'x'.repeat(size * 3)))).toBe(false);
    expect(await s.get('big')).toBeNull();
    for (const id of ['p', 'q', 'r']) await s.put(id, entry('o', 'x'.repeat(100)));
    expect(await s.get('p')).toBeNull(); // three would exceed the byte bound
    expect(await s.get('q')).not.toBeNull();
    expect(await s.get('r')).not.toBeNull();
  });

  it('forgets an entry after ttl_s', async () => {
    forgetStoredResponses();
    const s = createResponseStore({ store: 'memory', ttlS: 1, maxEntries: 10, maxBytes: 1 << 20 });
    await s.put('t', entry('o', 't'));
    expect(await s.get('t')).not.toBeNull();
    const realNow = Date.now;
    Date.now = () => realNow() + 1500;
    try {
      expect(await s.get('t')).toBeNull();
    } finally {
      Date.now = realNow;
    }
  });
});

describe.skipIf(!REDIS_BIN)('Redis response store', () => {
  let redis: TestRedis;
  let sim: Simulator;
  const gateways: Switchyard[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    sim = await startSimulator();
    for (let i = 0; i < 2; i++) {
      const cfg = normalize(testConfig(sim.url, (c) => {
        c.responses = { store: redis.url, ttl_s: 600, reasoning_key: 'env:SY_TEST_REASONING_KEY' };
        c.callers = [...(c.callers ?? []), { name: 'other', key: 'sk-test-other-0000', models: ['*'] }];
      }), { ...process.env, SY_TEST_REASONING_KEY: 'a-shared-reasoning-secret-42' });
      gateways.push(await startSwitchyard(cfg));
    }
  }, 60_000);
  afterAll(async () => {
    for (const g of gateways) await g.close(1000);
    await sim?.close();
    await redis?.stop();
  });

  it('stores with EX ttl_s, gets, deletes', async () => {
    const s = createResponseStore({ store: redis.url, ttlS: 77, maxEntries: 1, maxBytes: 1 << 20 });
    try {
      expect(await s.put('resp_r1', entry('o', 'hello'))).toBe(true);
      expect((await s.get('resp_r1'))?.response.output).toEqual(entry('o', 'hello').response.output);
      const raw = new (redisClient())(redis.url);
      const ttl = await raw.ttl('sy:{sy}:resp:resp_r1');
      raw.disconnect();
      expect(ttl).toBeGreaterThan(60);
      expect(ttl).toBeLessThanOrEqual(77);
      expect(await s.delete('resp_r1')).toBe(true);
      expect(await s.get('resp_r1')).toBeNull();
    } finally {
      await s.close();
    }
  });

  it('a response created on one gateway is retrieved and continued on another, for its owner only', async () => {
    const [a, b] = gateways.map((g) => new OpenAI({ baseURL: `${g.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, timeout: 60_000 }));
    const first = await a!.responses.create({ model: 'claude-prod', input: 'The code word is saffron.' });
    expect((await b!.responses.retrieve(first.id)).output_text).toBe(first.output_text);
    const next = await b!.responses.create({ model: 'claude-prod', input: 'What was it?', previous_response_id: first.id });
    expect(next.status).toBe('completed');
    const up = [...sim.requests].reverse().find((r) => r.path === '/v1/messages')?.body.toString('utf8') ?? '';
    expect(up).toContain('The code word is saffron.');
    expect(up.indexOf('What was it?')).toBeGreaterThan(up.indexOf('saffron'));
    const other = new OpenAI({ baseURL: `${gateways[1]!.gateway.url}/v1`, apiKey: 'sk-test-other-0000', maxRetries: 0 });
    await expect(other.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
    await b!.responses.delete(first.id);
    await expect(a!.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
  });

  it('Redis down: the store answers 503 (retry), never a crash', async () => {
    const s = createResponseStore({ store: redis.url, ttlS: 60, maxEntries: 1, maxBytes: 1 << 20 });
    try {
      await s.put('resp_down', entry('o', 'x'));
      await redis.stop();
      const err = await s.get('resp_down').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).status).toBe(503);
    } finally {
      await redis.start();
      await s.close();
    }
  }, 30_000);
});
