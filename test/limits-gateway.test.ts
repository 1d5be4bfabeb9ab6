/**
 * Issue 5: rate limits through the gateway with the real SDKs — 429 in the
 * caller's format with retry-after, tpm settled from reported usage,
 * concurrent streams — and with Redis: two gateway processes enforcing one
 * shared limit, then fail-open / fail-closed when Redis goes away, as /health
 * reports.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis, freePort, type TestRedis } from './helpers/redis.ts';
import { startGatewayProcess, stopProcess, type Proc } from './helpers/process.ts';

const KEYS = { rpm: 'sk-rl-rpm', rpmOpenai: 'sk-rl-rpm-openai', tpm: 'sk-rl-tpm', streams: 'sk-rl-streams' };

describe('rate limits (memory store)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.callers!.push(
        { name: 'rpm', key: KEYS.rpm, limits: { rpm: 2 } },
        { name: 'rpm-openai', key: KEYS.rpmOpenai, limits: { rpm: 1 } },
        { name: 'tpm', key: KEYS.tpm, limits: { tpm: 1000 } },
        { name: 'streams', key: KEYS.streams, limits: { concurrent_streams: 1 } },
      );
    });
  });
  afterAll(async () => stack?.close());

  const anthropic = (key: string) => new Anthropic({ baseURL: stack.url, apiKey: key, maxRetries: 0 });
  const hi = { model: 'claude-prod', max_tokens: 16, messages: [{ role: 'user' as const, content: 'Hi' }] };

  it('rpm per caller: 429 rate_limit_error in the Anthropic format with retry-after (SDK raises RateLimitError)', async () => {
    await anthropic(KEYS.rpm).messages.create(hi);
    await anthropic(KEYS.rpm).messages.create(hi);
    const e = await anthropic(KEYS.rpm).messages.create(hi).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.RateLimitError);
    const err = e as InstanceType<typeof Anthropic.RateLimitError>;
    expect(err.headers.get('retry-after')).toBe('30');
    expect(err.error).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: expect.stringContaining("caller 'rpm' allows 2 requests per minute") } });
    // Other callers are not affected.
    await expect(anthropic(CALLER_KEY).messages.create(hi)).resolves.toMatchObject({ type: 'message' });
  });

  it('rpm in the OpenAI format (SDK raises RateLimitError with code rate_limit_exceeded)', async () => {
    const client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: KEYS.rpmOpenai, maxRetries: 0 });
    await client.chat.completions.create({ model: 'gpt-prod', messages: [{ role: 'user', content: 'x' }] });
    const e = await client.chat.completions.create({ model: 'gpt-prod', messages: [{ role: 'user', content: 'x' }] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.RateLimitError);
    const err = e as InstanceType<typeof OpenAI.RateLimitError>;
    expect(err.code).toBe('rate_limit_exceeded');
    expect(err.headers.get('retry-after')).toBe('60');
  });

  it('tpm is charged from the usage the upstream reports, not only the admission estimate', async () => {
    // ~40 tokens estimated at admission; the simulator reports 1500 output tokens.
    const first = await anthropic(KEYS.tpm).messages.create({ ...hi, max_tokens: 2000 }, { headers: { 'x-sim-events': '1500' } });
    expect(first.usage.output_tokens).toBe(1500);
    const e = await anthropic(KEYS.tpm).messages.create(hi).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.RateLimitError);
    const err = e as InstanceType<typeof Anthropic.RateLimitError>;
    expect(err.message).toContain('1000 tokens per minute');
    expect(Number(err.headers.get('retry-after'))).toBeGreaterThan(30);
  });

  it('concurrent streams: a second stream waits for the first; non-streaming requests are not counted', async () => {
    const client = anthropic(KEYS.streams);
    const first = client.messages.stream(hi, { headers: { 'x-sim-events': '20', 'x-sim-pace-ms': '10' } });
    await new Promise<void>((resolve) => first.once('text', () => resolve()));
    const e = await client.messages.stream(hi).finalMessage().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.RateLimitError);
    expect((e as Error).message).toContain('1 concurrent streams');
    await expect(client.messages.create(hi)).resolves.toMatchObject({ type: 'message' });
    await first.finalMessage();
    await new Promise((r) => setTimeout(r, 10));
    await expect(client.messages.stream(hi).finalMessage()).resolves.toMatchObject({ type: 'message' });
  });
});

// ---------------------------------------------------------------- Redis, two processes

describe.skipIf(!REDIS_BIN)(`rate limits shared through Redis by two gateway processes${REDIS_BIN ? '' : ` — skipped: ${REDIS_SKIP_REASON}`}`, () => {
  let redis: TestRedis;
  let sim: Simulator;
  let dir: string;
  let open: Proc | undefined;
  let closed: Proc | undefined;

  beforeAll(async () => {
    [redis, sim] = await Promise.all([startRedis(), startSimulator({ port: 0 })]);
    dir = mkdtempSync(join(tmpdir(), 'sy-redis-'));
    const [portA, portB] = [await freePort(), await freePort()];
    const config = (port: number, onStoreError: 'open' | 'closed') => {
      const file = join(dir, `gateway-${onStoreError}.yaml`);
      writeFileSync(file, stringify({
        server: { host: '127.0.0.1', port, shutdown_grace_ms: 100 },
        providers: { anthropic: { type: 'anthropic', base_url: sim.url, api_key: 'sk-ant-sim', simulated: true } },
        models: { 'claude-prod': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] } },
        callers: [{ name: 'team-a', key: '${TEAM_A_KEY}' }],
        limits: { store: redis.url, on_store_error: onStoreError, per_caller: { rpm: 4 } },
        logging: { usage_sink: 'none', level: 'warn' },
      }));
      return file;
    };
    process.env.TEAM_A_KEY = CALLER_KEY;
    [open, closed] = await Promise.all([startGatewayProcess(config(portA, 'open'), portA), startGatewayProcess(config(portB, 'closed'), portB)]);
  });
  afterAll(async () => {
    await Promise.all([stopProcess(open), stopProcess(closed)]);
    await redis?.stop();
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ask = (p: Proc) =>
    new Anthropic({ baseURL: p.url, apiKey: CALLER_KEY, maxRetries: 0 })
      .messages.create({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] })
      .then(() => 200, (e: unknown) => (e instanceof Anthropic.APIError ? (e.status ?? 0) : -1));
  const health = async (p: Proc) => (await (await fetch(`${p.url}/health`)).json()) as { limits: Record<string, string> };

  it('one rpm budget across both processes', async () => {
    const a = open!;
    const b = closed!;
    expect((await health(a)).limits).toMatchObject({ store: redis.url, status: 'ok', on_store_error: 'open' });
    // 4 per minute for the caller, whichever process serves it.
    expect([await ask(a), await ask(b), await ask(a), await ask(b)]).toEqual([200, 200, 200, 200]);
    expect([await ask(a), await ask(b)]).toEqual([429, 429]);
  });

  it('Redis down: the fail-open process keeps serving, the fail-closed one answers 429, /health says so; recovery when Redis returns', async () => {
    const a = open!;
    const b = closed!;
    await redis.stop();
    expect(await ask(a)).toBe(200); // budget exhausted, but limits cannot be checked: admitted
    const e = await new Anthropic({ baseURL: b.url, apiKey: CALLER_KEY, maxRetries: 0 })
      .messages.create({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.RateLimitError);
    expect((e as InstanceType<typeof Anthropic.RateLimitError>).headers.get('retry-after')).toBe('1');
    expect((e as Error).message).toContain('fail closed');
    expect((await health(a)).limits).toMatchObject({ status: 'unreachable', on_store_error: 'open', effect: expect.stringContaining('fail-open') });
    expect((await health(b)).limits).toMatchObject({ status: 'unreachable', on_store_error: 'closed', effect: expect.stringContaining('fail-closed') });
    expect(b.stderr.join('')).toContain('rate-limit store unreachable');
    await redis.start();
    const end = Date.now() + 8000;
    let status = 0;
    while ((status = await ask(b)) !== 200 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(status).toBe(200); // a fresh Redis: a fresh budget
    expect((await health(b)).limits).toMatchObject({ status: 'ok' });
  });
});
