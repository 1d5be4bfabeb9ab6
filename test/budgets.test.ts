/**
 * Issue 15 (2): spend budgets — `usd_per_day` / `usd_per_month` per caller and
 * per model alias, a reservation of the request's maximum cost before the
 * upstream call settled to the real cost, 429 in the caller's format naming
 * the budget and its reset; and with Redis: two gateway processes and many
 * concurrent streams sharing one budget.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Redis } from 'ioredis';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis, freePort, type TestRedis } from './helpers/redis.ts';
import { startGatewayProcess, stopProcess, type Proc } from './helpers/process.ts';
import { windowsAt, MemoryBudgetStore } from '../runtime/budgets/index.ts';
import type { UsageRecord } from '../runtime/observability/accounting.ts';

const KEYS = { small: 'sk-budget-small', month: 'sk-budget-month', fits: 'sk-budget-fits' };
const hi = [{ role: 'user' as const, content: 'Hi' }];

describe('budget windows and the memory store (unit)', () => {
  it('UTC day and month windows end at the next midnight / first of the month', () => {
    const w = windowsAt(Date.UTC(2026, 11, 31, 23, 59, 59));
    expect(w).toEqual({ day: '2026-12-31', dayEnds: Date.UTC(2027, 0, 1), month: '2026-12', monthEnds: Date.UTC(2027, 0, 1) });
  });

  it('reserve is all-or-nothing across windows; settle moves to the real cost; windows expire', async () => {
    let now = 0;
    const s = new MemoryBudgetStore(() => now);
    const day = { scope: 'caller' as const, name: 'a', budget: 'usd_per_day' as const, limit: 1, window: 'd', resetsAt: 100 };
    const model = { scope: 'model' as const, name: 'm', budget: 'usd_per_month' as const, limit: 0.5, window: 'm', resetsAt: 1000 };
    expect(await s.reserve([day, model], 0.4, 'r1')).toEqual({ ok: true });
    expect(await s.reserve([day, model], 0.2, 'r2')).toEqual({ ok: false, index: 1, spent: 0.4 });
    expect(await s.spent([day, model])).toEqual([0.4, 0.4]); // nothing charged by the refused reservation
    await s.settle([day, model], 'r1', 0.1); // real cost 0.1
    expect((await s.spent([day])) [0]).toBeCloseTo(0.1, 12);
    await s.settle([day, model], 'r1', 0.1); // settled once only: the hold is gone, so this charges 0.1 as unreserved spend
    expect((await s.spent([day])) [0]).toBeCloseTo(0.2, 12);
    await s.settle([day, model], 'r2', 0); // refused, nothing held: nothing to release
    expect((await s.spent([day])) [0]).toBeCloseTo(0.2, 12);
    expect(await s.reserve([day, model], 0.3, 'r3')).toEqual({ ok: true });
    now = 100; // the day window ended
    expect(await s.spent([day])).toEqual([0]);
  });
});

describe('budgets through the gateway (memory store)', () => {
  let stack: Stack;
  const usage = new LineCapture();
  beforeAll(async () => {
    stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.callers!.push(
        { name: 'small', key: KEYS.small, limits: { usd_per_day: 0.002 } },
        { name: 'month', key: KEYS.month, limits: { usd_per_month: 0.0001 } },
        { name: 'fits', key: KEYS.fits, limits: { usd_per_day: 100 } },
      );
      c.models!['unpriced'] = { targets: [{ provider: 'anthropic', model: 'claude-from-the-future' }] };
      c.models!['capped'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
      c.limits = { per_model: { capped: { usd_per_day: 0.0005 } } };
    }, { usageDestination: usage });
  });
  afterAll(async () => stack?.close());

  const anthropic = (key: string) => new Anthropic({ baseURL: stack.url, apiKey: key, maxRetries: 0 });

  it('reserves the maximum cost first, settles to the real cost, then answers 429 naming the budget and its reset', async () => {
    // Claude Sonnet 4.5 ($3 in / $15 out per MTok; $6 dearest input side): max_tokens 16 reserves ≈ 16 × $15 + prompt.
    const client = anthropic(KEYS.small);
    let admitted = 0;
    let err: unknown;
    for (let i = 0; i < 40 && !err; i++) {
      try {
        await client.messages.create({ model: 'claude-prod', max_tokens: 16, messages: hi });
        admitted++;
      } catch (e) {
        err = e;
      }
    }
    expect(admitted).toBeGreaterThan(2);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const e = err as InstanceType<typeof Anthropic.RateLimitError>;
    const tomorrow = new Date(windowsAt(Date.now()).dayEnds).toISOString().replace('.000Z', 'Z');
    expect(e.error).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: expect.stringContaining("Budget exhausted: caller 'small' allows $0.002 per day (UTC)") } });
    expect(e.message).toContain(`The budget resets at ${tomorrow}`);
    expect(e.headers.get('x-switchyard-budget')).toBe('caller:usd_per_day');
    const retryAfter = Number(e.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    // Spent = the real costs of the admitted requests (settled), within the budget.
    const spent = usage.lines.map((l) => JSON.parse(l) as UsageRecord).filter((r) => r.caller === 'small' && r.status === 200).reduce((a, r) => a + (r.cost_usd ?? 0), 0);
    expect(spent).toBeLessThanOrEqual(0.002);
    // A request whose maximum cost is within what is left still passes with a smaller max_tokens.
    await expect(client.messages.create({ model: 'claude-prod', max_tokens: 1, messages: hi })).resolves.toMatchObject({ type: 'message' });
    // Another caller is not affected.
    await expect(anthropic(CALLER_KEY).messages.create({ model: 'claude-prod', max_tokens: 16, messages: hi })).resolves.toMatchObject({ type: 'message' });
  });

  it('a request whose max_tokens alone exceeds the budget is refused before any upstream call (OpenAI format too)', async () => {
    const client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: KEYS.month, maxRetries: 0 });
    const e = await client.chat.completions.create({ model: 'claude-prod', max_tokens: 1000, messages: hi }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.RateLimitError);
    const err = e as InstanceType<typeof OpenAI.RateLimitError>;
    expect(err.code).toBe('rate_limit_exceeded');
    expect(err.message).toMatch(/caller 'month' allows \$0\.0001 per month \(UTC\); \$0 is spent or reserved and this request may cost up to \$0\.015\d+/);
    expect(err.headers.get('x-switchyard-budget')).toBe('caller:usd_per_month');
  });

  it('per model alias budget, across callers', async () => {
    const codes: number[] = [];
    for (const key of [CALLER_KEY, KEYS.fits, CALLER_KEY, KEYS.fits, CALLER_KEY]) {
      codes.push(await anthropic(key).messages.create({ model: 'capped', max_tokens: 8, messages: hi }).then(() => 200, (x: InstanceType<typeof Anthropic.APIError>) => x.status ?? 0));
    }
    expect(codes[0]).toBe(200);
    expect(codes).toContain(429);
    const e = await anthropic(KEYS.fits).messages.create({ model: 'capped', max_tokens: 8, messages: hi }).catch((x: unknown) => x) as InstanceType<typeof Anthropic.APIError>;
    expect(e.message).toContain("model alias 'capped' allows $0.0005 per day (UTC)");
    expect(e.headers?.get('x-switchyard-budget')).toBe('model:usd_per_day');
  });

  it('a budgeted caller cannot reach an unpriced model (403 naming it); an unbudgeted caller can', async () => {
    const e = await anthropic(KEYS.fits).messages.create({ model: 'unpriced', max_tokens: 8, messages: hi }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((e as Error).message).toContain("Caller 'fits' has a spend budget (usd_per_day), and target anthropic/claude-from-the-future has no price");
    await expect(anthropic(CALLER_KEY).messages.create({ model: 'unpriced', max_tokens: 8, messages: hi })).resolves.toMatchObject({ type: 'message' });
  });

  it('/metrics counts budget rejections', async () => {
    const text = await (await fetch(`${stack.url}/metrics`)).text();
    expect(text).toMatch(/switchyard_budget_rejections_total\{scope="caller",budget="usd_per_day"\} [1-9]/);
    expect(text).toMatch(/switchyard_budget_rejections_total\{scope="model",budget="usd_per_day"\} [1-9]/);
  });
});

describe.skipIf(!REDIS_BIN)(`one budget shared through Redis by two gateway processes${REDIS_BIN ? '' : ` — skipped: ${REDIS_SKIP_REASON}`}`, () => {
  let redis: TestRedis;
  let sim: Simulator;
  let dir: string;
  let a: Proc | undefined;
  let b: Proc | undefined;
  const LIMIT = 0.004;

  beforeAll(async () => {
    [redis, sim] = await Promise.all([startRedis(), startSimulator({ port: 0 })]);
    dir = mkdtempSync(join(tmpdir(), 'sy-budget-'));
    const [portA, portB] = [await freePort(), await freePort()];
    const config = (port: number, name: string) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, stringify({
        server: { host: '127.0.0.1', port, shutdown_grace_ms: 100 },
        providers: { anthropic: { type: 'anthropic', base_url: sim.url, api_key: 'sk-ant-sim', simulated: true } },
        models: { 'claude-prod': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] } },
        callers: [{ name: 'team-a', key: CALLER_KEY, limits: { usd_per_day: LIMIT } }],
        // A store answer later than store_timeout_ms (default 100 ms, easily missed on a loaded CI machine) is
        // the fail-open path, which admits without checking the budget; this test checks the budget itself.
        limits: { store: redis.url, store_timeout_ms: 10_000 },
        logging: { usage_sink: join(dir, `${name}.usage.jsonl`), level: 'warn' },
      }));
      return file;
    };
    [a, b] = await Promise.all([startGatewayProcess(config(portA, 'a'), portA), startGatewayProcess(config(portB, 'b'), portB)]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([stopProcess(a), stopProcess(b)]);
    await redis?.stop();
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('many concurrent streams over both processes: the real spend stays within the budget plus one request\'s settled difference', async () => {
    const stream = (p: Proc) => new Anthropic({ baseURL: p.url, apiKey: CALLER_KEY, maxRetries: 0 })
      .messages.stream({ model: 'claude-prod', max_tokens: 40, messages: hi }, { headers: { 'x-sim-pace-ms': '20', 'x-sim-events': '12' } })
      .finalMessage().then(() => 200, (e: unknown) => (e instanceof Anthropic.APIError ? (e.status ?? 0) : -1));
    const codes: number[] = [];
    // Waves of 12 concurrent streams (6 per process): later waves fit as earlier ones settle below their reservation.
    for (let wave = 0; wave < 4; wave++) {
      codes.push(...await Promise.all(Array.from({ length: 12 }, (_, i) => stream(i % 2 ? a! : b!))));
    }
    expect(codes.filter((c) => c === 200).length).toBeGreaterThan(2);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 200 || c === 429)).toBe(true);

    await Promise.all([stopProcess(a), stopProcess(b)]); // flush the usage files
    const records = ['a', 'b'].flatMap((n) => {
      const f = join(dir, `${n}.usage.jsonl`);
      return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as UsageRecord) : [];
    });
    const ok = records.filter((r) => r.status === 200);
    expect(ok.length).toBe(codes.filter((c) => c === 200).length);
    expect(new Set(records.map((r) => r.request_id.slice(0, 9))).size).toBe(2); // both processes took requests (admitted or refused)
    const costs = ok.map((r) => r.cost_usd as number);
    expect(costs.every((c) => c > 0)).toBe(true);
    const total = costs.reduce((x, y) => x + y, 0);
    // Reservations (prompt bytes/4 at the dearest input price + 40 output tokens) are above each real cost,
    // so the settled difference is ≤ 0 and the bound is the budget itself; allow one request's cost on top.
    expect(total).toBeLessThanOrEqual(LIMIT + Math.max(...costs));
    expect(total).toBeLessThanOrEqual(LIMIT + 1e-9);
    // The shared counter holds exactly the settled real costs.
    const r = new Redis(redis.url);
    const spent = Number(await r.get(`sy:{sy}:bg:caller:team-a:usd_per_day:${windowsAt(Date.now()).day}`));
    r.disconnect();
    expect(spent).toBeCloseTo(total, 9);
  }, 60_000);
});

describe.skipIf(!REDIS_BIN)(`a budget reservation whose answer times out${REDIS_BIN ? '' : ` — skipped: ${REDIS_SKIP_REASON}`}`, () => {
  // Redis paused (SIGSTOP) past limits.store_timeout_ms: the gateway gives up on the reservation, but Redis
  // runs it on resume. The request must still be settled: its counter holds the real cost (fail-open) or nothing (fail-closed).
  let redis: TestRedis;
  let open: Stack;
  let closed: Stack;
  const usage = new LineCapture();
  const stackFor = (policy: 'open' | 'closed', caller: string, key: string) => startStack((c) => {
    c.providers.anthropic!.simulated = true;
    c.callers!.push({ name: caller, key, limits: { usd_per_day: 1 } });
    c.limits = { store: redis.url, store_timeout_ms: 200, on_store_error: policy };
  }, { usageDestination: usage });

  beforeAll(async () => {
    redis = await startRedis();
    [open, closed] = await Promise.all([stackFor('open', 'slow-open', KEYS.fits), stackFor('closed', 'slow-closed', KEYS.month)]);
  }, 30_000);
  afterAll(async () => {
    redis?.resume();
    await Promise.all([open?.close(), closed?.close()]);
    await redis?.stop();
  });

  const counter = async (caller: string) => {
    const r = new Redis(redis.url);
    try {
      return Number(await r.get(`sy:{sy}:bg:caller:${caller}:usd_per_day:${windowsAt(Date.now()).day}`));
    } finally {
      r.disconnect();
    }
  };
  const settled = async (caller: string, want: number) => {
    // Settlement is asynchronous (after the answer): wait for the counter to reach it, then check it exactly.
    for (let i = 0; i < 100 && Math.abs((await counter(caller)) - want) > 1e-12; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await counter(caller)).toBeCloseTo(want, 12);
  };

  it('fail-open: the request is admitted and the counter ends at its real cost, not at the unsettled reservation', async () => {
    redis.pause();
    let msg;
    try {
      msg = await new Anthropic({ baseURL: open.url, apiKey: KEYS.fits, maxRetries: 0 }).messages.create({ model: 'claude-prod', max_tokens: 200, messages: hi });
    } finally {
      redis.resume();
    }
    expect(msg.type).toBe('message');
    const rec = usage.lines.map((l) => JSON.parse(l) as UsageRecord).find((r) => r.caller === 'slow-open' && r.status === 200);
    expect(rec?.cost_usd).toBeGreaterThan(0);
    // The reservation (200 output tokens at $15/MTok: ≥ $0.003) was charged on resume; the settlement replaced it.
    await settled('slow-open', rec!.cost_usd as number);
    expect(await counter('slow-open')).toBeLessThan(0.003);
  }, 30_000);

  it('fail-closed: 429, and the reservation Redis applied after the timeout is released', async () => {
    redis.pause();
    let err;
    try {
      err = await new Anthropic({ baseURL: closed.url, apiKey: KEYS.month, maxRetries: 0 }).messages.create({ model: 'claude-prod', max_tokens: 200, messages: hi }).catch((e: unknown) => e);
    } finally {
      redis.resume();
    }
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect((err as Error).message).toContain('Spend budgets cannot be checked right now');
    // Both commands (reserve, then release) queued on the paused server and run in order on resume:
    // the counter exists (the reservation was applied) and holds nothing.
    const r = new Redis(redis.url);
    const key = `sy:{sy}:bg:caller:slow-closed:usd_per_day:${windowsAt(Date.now()).day}`;
    for (let i = 0; i < 100 && !(await r.exists(key)); i++) await new Promise((res) => setTimeout(res, 50));
    expect(await r.exists(key)).toBe(1);
    await settled('slow-closed', 0);
    expect(await r.keys('sy:{sy}:bg:hold:*')).toEqual([]); // no hold is left behind
    r.disconnect();
  }, 30_000);
});
