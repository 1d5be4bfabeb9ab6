/**
 * Issue 15 (5): one structured operational log line each for retry, failover,
 * circuit open / close, a provider key taken out of rotation and an exhausted
 * budget (config reloads: test/reliability-lifecycle.test.ts). No secret in
 * any of them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import pino from 'pino';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';

const BAD_KEY = 'bad-provider-key-0001';
const GOOD_KEY = 'sk-good-provider-key-9999';
const BUDGET_KEY = 'sk-oplog-budget';
const log = new LineCapture();
let stack: Stack;

beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.providers.anthropic!.simulated = true;
    c.providers.flaky = { type: 'anthropic', base_url: simUrl, api_key: 'k', simulated: true };
    c.providers.dead = { type: 'anthropic', base_url: 'http://127.0.0.1:9', api_key: 'k' };
    c.providers.rotating = { type: 'anthropic', base_url: simUrl, api_keys: [BAD_KEY, GOOD_KEY], simulated: true };
    c.models!['with-failover'] = { targets: [{ provider: 'dead', model: 'claude-sonnet-4-5' }, { provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
    c.models!['flaky'] = { targets: [{ provider: 'flaky', model: 'claude-sonnet-4-5' }] };
    c.models!['rotating'] = { targets: [{ provider: 'rotating', model: 'claude-sonnet-4-5' }] };
    c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 5 };
    c.circuit_breaker = { failure_threshold: 2, cooldown_ms: 200 };
    c.callers!.push({ name: 'frugal', key: BUDGET_KEY, limits: { usd_per_day: 0.0001 } });
  }, { logger: pino({ level: 'info' }, log) });
});
afterAll(async () => stack?.close());

const client = (key = CALLER_KEY) => new Anthropic({ baseURL: stack.url, apiKey: key, maxRetries: 0 });
const ask = (model: string, headers: Record<string, string> = {}, key?: string) =>
  client(key).messages.create({ model, max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] }, { headers }).then(() => 200, (e: InstanceType<typeof Anthropic.APIError>) => e.status ?? 0);
const events = (name: string) => log.json<Record<string, unknown>>().filter((l) => l.event === name);

describe('operator log lines', () => {
  it('failover: one warn line naming both targets and the reason', async () => {
    expect(await ask('with-failover')).toBe(200);
    const [f] = events('failover');
    expect(f).toMatchObject({ level: 40, from: 'dead/claude-sonnet-4-5', to: 'anthropic/claude-sonnet-4-5', attempt: 2, request_id: expect.stringMatching(/^sy_/), reason: expect.stringContaining('unreachable') });
    expect(f!.msg).toContain('failing over from dead/claude-sonnet-4-5 to anthropic/claude-sonnet-4-5');
  });

  it('retry, then circuit open after repeated failures, then closed after a successful probe', async () => {
    expect(await ask('flaky', { 'x-sim-fault': 'status:529' })).toBe(529);
    const [r] = events('retry');
    expect(r).toMatchObject({ level: 30, target: 'flaky/claude-sonnet-4-5', attempt: 2, reason: expect.stringContaining('529') });
    const open = events('circuit_state').find((l) => l.provider === 'flaky' && l.state === 'open');
    expect(open).toMatchObject({ level: 40, msg: expect.stringContaining('circuit of flaky opened') });
    await new Promise((res) => setTimeout(res, 300)); // cooldown
    expect(await ask('flaky')).toBe(200);
    const states = events('circuit_state').filter((l) => l.provider === 'flaky').map((l) => l.state);
    expect(states).toEqual(['open', 'half_open', 'closed']);
  });

  it('a provider key taken out of rotation: one warn line with the key masked', async () => {
    // Round robin: one of the first two requests meets the bad key.
    expect([await ask('rotating'), await ask('rotating')]).toEqual([200, 200]);
    const k = events('provider_key_disabled');
    expect(k).toHaveLength(1);
    expect(k[0]).toMatchObject({ level: 40, provider: 'rotating', key: '…0001', status: 401, keys_in_rotation: 1 });
  });

  it('budget exhausted: one warn line per budget window, not one per rejection', async () => {
    expect(await ask('claude-prod', {}, BUDGET_KEY)).toBe(429);
    expect(await ask('claude-prod', {}, BUDGET_KEY)).toBe(429);
    const b = events('budget_exhausted');
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ level: 40, scope: 'caller', name: 'frugal', budget: 'usd_per_day', limit_usd: 0.0001, msg: 'budget exhausted' });
  });

  it('no secret in any line', () => {
    for (const secret of [CALLER_KEY, BAD_KEY, GOOD_KEY, BUDGET_KEY]) expect(log.text).not.toContain(secret);
  });
});
