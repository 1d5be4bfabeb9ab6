/**
 * Issue 4 fault suite: routing strategies, key rotation, retries, failover
 * (also for streams before content), keep-alive, circuit breakers and
 * timeouts, driven through the simulator's fault modes (x-sim-fault headers,
 * `?fault=` model suffixes, `sim.queueFaults`) and, where exact headers
 * matter, a scripted upstream. Real clients where a client is involved:
 * @anthropic-ai/sdk, openai, @ai-sdk/openai + ai.
 *
 * No assertion depends on an upper time bound except "did not hang"
 * timeouts that are generous; delays are checked with lower bounds.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import { startStack, testConfig, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { startScripted, startBlackhole, anthropicOk, anthropicError, json, type Scripted, type Blackhole } from './helpers/scripted.ts';
import { normalize } from '../runtime/config/index.ts';
import type { GatewayConfig } from '../generated/types/config.ts';

const MSG = { max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };
const TEXT8 = 'word0 word1 word2 word3 word4 word5 word6 word7';

function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, authorization: `Bearer ${CALLER_KEY}`, ...headers },
    body: JSON.stringify(body),
    signal,
  });
}
async function waitFor(cond: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const anthropicSdk = (url: string, headers: Record<string, string> = {}) => new Anthropic({ baseURL: url, apiKey: CALLER_KEY, maxRetries: 0, defaultHeaders: headers });
const openaiSdk = (url: string, headers: Record<string, string> = {}) => new OpenAI({ baseURL: `${url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, defaultHeaders: headers });
const keyOf = (h: Record<string, string>) => h['x-api-key'] ?? h.authorization?.replace(/^Bearer /, '');

/** Gateway config patch shared by the stacks: fast retries, breakers out of the way. */
function base(c: GatewayConfig): void {
  c.retry = { max_attempts: 3, base_delay_ms: 5, max_delay_ms: 100, budget_ms: 20_000 };
  c.circuit_breaker = { failure_threshold: 1000, min_requests: 1000 };
  c.server!.keepalive_ms = 0;
}

// ---------------------------------------------------------------------------------------------
describe('routing, key rotation, retries and failover (simulator)', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack((c, sim) => {
      base(c);
      const a = (key: string | string[]) => ({ type: 'anthropic' as const, base_url: sim, simulated: true, ...(Array.isArray(key) ? { api_keys: key } : { api_key: key }) });
      const o = (key: string) => ({ type: 'openai' as const, base_url: `${sim}/v1`, simulated: true, api_key: key });
      c.providers = { ...c.providers, a1: a('key-a1'), a2: a('key-a2'), keys: a(['bad-k1', 'good-k2', 'good-k3']), allbad: a(['bad-x1', 'bad-x2']), o1: o('key-o1'), o2: o('key-o2'), dead: { type: 'anthropic', base_url: 'http://127.0.0.1:9', api_key: 'k' } };
      const t = (provider: string, model = 'claude-sonnet-4-5') => ({ provider, model });
      c.models = {
        ...c.models,
        fo: { strategy: 'failover', targets: [t('a1'), t('a2')] },
        w: { strategy: 'weighted', targets: [{ ...t('a1'), weight: 0 }, { ...t('a2'), weight: 1 }] },
        single: { targets: [t('a1')] },
        rot: { targets: [t('keys')] },
        badkeys: { targets: [t('allbad'), t('a2')] },
        badonly: { targets: [t('allbad')] },
        deadfirst: { targets: [t('dead'), t('a1')] },
        ofo: { targets: [t('o1', 'gpt-4.1'), t('o2', 'gpt-4.1')] },
      };
    });
  });
  afterAll(async () => s?.close());
  beforeEach(() => s.sim.reset());
  const keys = () => s.sim.requests.map((r) => keyOf(r.headers));

  it('failover: a 529 on the first target moves the request to the next one (Anthropic SDK, JSON)', async () => {
    s.sim.queueFaults(['status:529']);
    const msg = await anthropicSdk(s.url).messages.create({ model: 'fo', ...MSG });
    expect(msg.content[0]).toMatchObject({ type: 'text', text: TEXT8 });
    expect(keys()).toEqual(['key-a1', 'key-a2']);
  });

  it('every retryable status fails over (408 409 429 500 502 503 504 529, and 401/403 of a stored key); caller-fault 4xx do not', async () => {
    for (const st of [408, 409, 429, 500, 502, 503, 504, 529, 401, 403]) {
      s.sim.reset();
      s.sim.queueFaults([st === 429 ? 'status:429:0' : `status:${st}`]);
      const r = await post(s.url, '/v1/messages', { model: 'fo', ...MSG });
      expect(r.status, `status ${st}`).toBe(200);
      expect(keys(), `status ${st}`).toEqual(['key-a1', 'key-a2']);
    }
    for (const st of [400, 404, 413, 422]) {
      s.sim.reset();
      s.sim.queueFaults([`status:${st}`]);
      const r = await post(s.url, '/v1/messages', { model: 'fo', ...MSG });
      expect(r.status, `status ${st}`).toBe(st);
      const body = (await r.json()) as { type: string; error: { type: string } };
      expect(body.type).toBe('error');
      expect(keys(), `status ${st}`).toEqual(['key-a1']);
    }
  });

  it('weighted strategy: a weight-0 target is never picked first, and is still a failover target', async () => {
    for (let i = 0; i < 6; i++) expect((await post(s.url, '/v1/messages', { model: 'w', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(Array(6).fill('key-a2'));
    s.sim.reset();
    s.sim.queueFaults(['status:503']);
    expect((await post(s.url, '/v1/messages', { model: 'w', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['key-a2', 'key-a1']);
  });

  it('key rotation: a key answered 401 is taken out of rotation (next key at once), reported in /health, never used again', async () => {
    const msg = await anthropicSdk(s.url).messages.create({ model: 'rot', ...MSG });
    expect(msg.type).toBe('message');
    expect(keys()).toEqual(['bad-k1', 'good-k2']);
    for (let i = 0; i < 4; i++) await anthropicSdk(s.url).messages.create({ model: 'rot', ...MSG });
    expect(keys().slice(2)).toEqual(['good-k3', 'good-k2', 'good-k3', 'good-k2']);
    const h = (await (await fetch(`${s.url}/health`)).json()) as { providers: Record<string, { keys: number; keys_disabled: number; keys_disabled_ids?: string[] }> };
    expect(h.providers.keys).toMatchObject({ keys: 3, keys_disabled: 1, keys_disabled_ids: ['…d-k1'] });
    expect(JSON.stringify(h)).not.toContain('bad-k1');
  });

  it('all keys of a provider rejected: the next target serves; alone, the caller gets the upstream 401', async () => {
    expect((await post(s.url, '/v1/messages', { model: 'badkeys', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['bad-x1', 'bad-x2', 'key-a2']);
    s.sim.reset();
    const err = await anthropicSdk(s.url).messages.create({ model: 'badonly', ...MSG }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(keys()).toEqual(['bad-x2']); // bad-x1 is out of rotation; the last key is never taken out
  });

  it('an unreachable first target (connection refused) fails over', async () => {
    expect((await post(s.url, '/v1/messages', { model: 'deadfirst', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['key-a1']);
  });

  it('a single target is retried (backoff) until it answers', async () => {
    s.sim.queueFaults(['status:500', 'status:503']);
    const msg = await anthropicSdk(s.url).messages.create({ model: 'single', ...MSG });
    expect(msg.type).toBe('message');
    expect(keys()).toEqual(['key-a1', 'key-a1', 'key-a1']);
  });

  it('attempts are bounded by retry.max_attempts; the caller gets the last upstream answer in its format', async () => {
    s.sim.queueFaults(['status:529', 'status:529', 'status:529', 'status:529']);
    const err = await anthropicSdk(s.url).messages.create({ model: 'single', ...MSG }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
    expect((err as { error?: { error?: { type?: string } } }).error?.error?.type).toBe('overloaded_error');
    expect(keys()).toHaveLength(3);
  });

  it('OpenAI ingress: 500 on the first target fails over (openai SDK)', async () => {
    s.sim.queueFaults(['status:500']);
    const c = await openaiSdk(s.url).chat.completions.create({ model: 'ofo', messages: [{ role: 'user', content: 'Hi' }] });
    expect(c.choices[0]?.message.content).toBe(TEXT8);
    expect(keys()).toEqual(['key-o1', 'key-o2']);
  });

  describe('streams fail over while nothing reached the caller', () => {
    for (const fault of ['error-before-content', 'error-after:1', 'error-after:2', 'reset-after:0', 'reset-after:1', 'reset-after:3', 'status:529']) {
      it(`Anthropic stream, first target "${fault}" → second target, one clean stream`, async () => {
        s.sim.queueFaults([fault]);
        const raw = await (await post(s.url, '/v1/messages', { model: 'fo', stream: true, ...MSG })).text();
        expect(raw).not.toContain('event: error');
        expect(raw.match(/event: message_start/g)).toHaveLength(1);
        expect(raw).toContain('event: message_stop');
        expect(keys()).toEqual(['key-a1', 'key-a2']);
        s.sim.reset();
        s.sim.queueFaults([fault]);
        const final = await anthropicSdk(s.url).messages.stream({ model: 'fo', ...MSG }).finalMessage();
        expect(final.content[0]).toMatchObject({ type: 'text', text: TEXT8 });
      });
    }
    for (const fault of ['error-before-content', 'error-after:1', 'reset-after:1', 'status:500']) {
      it(`OpenAI stream, first target "${fault}" → second target (openai SDK)`, async () => {
        s.sim.queueFaults([fault]);
        const stream = await openaiSdk(s.url).chat.completions.create({ model: 'ofo', stream: true, messages: [{ role: 'user', content: 'Hi' }] });
        let text = '';
        for await (const ch of stream) text += ch.choices[0]?.delta.content ?? '';
        expect(text).toBe(TEXT8);
        expect(keys()).toEqual(['key-o1', 'key-o2']);
      });
    }
  });

  it('once content reached the caller, an upstream error event is relayed (no failover, no continuation)', async () => {
    s.sim.queueFaults(['error-after:4']); // message_start, block start, ping, first delta, then error
    const raw = await (await post(s.url, '/v1/messages', { model: 'fo', stream: true, ...MSG })).text();
    expect(raw).toContain('"text":"word0"');
    expect(raw).toMatch(/event: error\ndata: .*overloaded_error/);
    expect(keys()).toEqual(['key-a1']);
    s.sim.reset();
    s.sim.queueFaults(['error-after:4']);
    const err = await anthropicSdk(s.url).messages.stream({ model: 'fo', ...MSG }).finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('overloaded_error');
  });

  it('an upstream reset mid-stream becomes an error event in the caller format, and the gateway keeps serving', async () => {
    s.sim.queueFaults(['reset-after:6']);
    const raw = await (await post(s.url, '/v1/messages', { model: 'fo', stream: true, ...MSG })).text();
    expect(raw).toContain('"text":"word0"');
    expect(raw).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"api_error","message":"Upstream connection failed mid-stream\."\}\}\n\n$/);
    s.sim.queueFaults(['reset-after:6']);
    const stream = await openaiSdk(s.url).chat.completions.create({ model: 'ofo', stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    const err = await (async () => { for await (const _ of stream) { /* drain */ } })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toContain('Upstream connection failed mid-stream');
    // Still serving.
    const msg = await anthropicSdk(s.url).messages.create({ model: 'fo', ...MSG });
    expect(msg.type).toBe('message');
  });

  it('every attempt failing before content: the caller gets the last upstream error event as is', async () => {
    s.sim.queueFaults(['error-before-content', 'error-before-content', 'error-before-content']);
    const r = await post(s.url, '/v1/messages', { model: 'single', stream: true, ...MSG });
    expect(r.status).toBe(200);
    const raw = await r.text();
    expect(raw).toBe('event: error\ndata: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}\n\n');
    expect(keys()).toHaveLength(3);
  });

  it('passthrough stays byte-identical through the hold (recorded fixtures, padded real wire)', async () => {
    for (const f of ['stream-text-padded-real.sse', 'stream-text-then-tool-use-no-args.sse']) {
      const r = await post(s.url, '/v1/messages', { model: 'single', stream: true, ...MSG }, { 'x-sim-fixture': `anthropic/${f}` });
      const got = Buffer.from(await r.arrayBuffer());
      const { readFileSync } = await import('node:fs');
      const { FIXTURES } = await import('./helpers/stack.ts');
      expect(got.equals(readFileSync(`${FIXTURES}anthropic/${f}`)), f).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('retry rules with exact upstream headers (scripted upstream)', () => {
  let s: Stack;
  let up: Scripted;
  let hole: Blackhole;
  const times: number[] = [];
  const cfg = (patch: (c: GatewayConfig) => void = () => {}) => normalize(testConfig(s.sim.url, (c) => {
    base(c);
    c.retry = { max_attempts: 3, base_delay_ms: 5, max_delay_ms: 2000, budget_ms: 20_000 };
    c.timeouts = { connect_ms: 300 };
    c.providers.sc = { type: 'anthropic', base_url: up.url, api_key: 'k' };
    c.providers.bh = { type: 'anthropic', base_url: hole.url, api_key: 'k' };
    c.models = { ...c.models, sc: { targets: [{ provider: 'sc', model: 'm' }] }, bh: { targets: [{ provider: 'bh', model: 'm' }] }, bhfo: { targets: [{ provider: 'bh', model: 'm' }, { provider: 'sc', model: 'm' }] } };
    patch(c);
  }));
  beforeAll(async () => {
    up = await startScripted();
    hole = await startBlackhole();
    s = await startStack();
    s.sy.gateway.swapConfig(cfg());
  });
  afterAll(async () => {
    await s?.close();
    await up?.close();
    await hole?.close();
  });
  beforeEach(() => {
    up.requests.length = 0;
    times.length = 0;
  });
  const stamp = (h: Parameters<Scripted['queue']>[0]): Parameters<Scripted['queue']>[0] => (req, b, res) => {
    times.push(performance.now());
    h(req, b, res);
  };

  it('x-should-retry: false is honoured (no retry of a 529)', async () => {
    up.queue(anthropicError(529, 'overloaded_error', { 'x-should-retry': 'false' }));
    const r = await post(s.url, '/v1/messages', { model: 'sc', ...MSG });
    expect(r.status).toBe(529);
    expect(r.headers.get('x-should-retry')).toBe('false');
    expect(up.requests).toHaveLength(1);
  });

  it('x-should-retry: true makes a 501 retryable', async () => {
    up.queue(anthropicError(501, 'api_error', { 'x-should-retry': 'true' }), anthropicOk());
    expect((await post(s.url, '/v1/messages', { model: 'sc', ...MSG })).status).toBe(200);
    expect(up.requests).toHaveLength(2);
  });

  it('retry-after-ms and retry-after delay the retry of the same upstream', async () => {
    up.queue(stamp(anthropicError(429, 'rate_limit_error', { 'retry-after-ms': '300', 'retry-after': '9' })), stamp(anthropicOk()));
    expect((await post(s.url, '/v1/messages', { model: 'sc', ...MSG })).status).toBe(200);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(280);
    times.length = 0;
    up.queue(stamp(anthropicError(503, 'api_error', { 'retry-after': '1' })), stamp(anthropicOk()));
    expect((await post(s.url, '/v1/messages', { model: 'sc', ...MSG })).status).toBe(200);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('a retry-after longer than retry.max_delay_ms is not waited for: the caller gets the 429 with its retry-after', async () => {
    up.queue(anthropicError(429, 'rate_limit_error', { 'retry-after': '30' }));
    const r = await post(s.url, '/v1/messages', { model: 'sc', ...MSG });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('30');
    expect(((await r.json()) as { error: { type: string } }).error.type).toBe('rate_limit_error');
    expect(up.requests).toHaveLength(1);
  });

  it('exponential backoff with jitter between retries of the same upstream', async () => {
    s.sy.gateway.swapConfig(cfg((c) => (c.retry = { max_attempts: 3, base_delay_ms: 100, max_delay_ms: 1000, budget_ms: 20_000 })));
    up.queue(stamp(anthropicError(500, 'api_error')), stamp(anthropicError(500, 'api_error')), stamp(anthropicOk()));
    expect((await post(s.url, '/v1/messages', { model: 'sc', ...MSG })).status).toBe(200);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(45); // [50, 100]
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(95); // [100, 200]
    s.sy.gateway.swapConfig(cfg());
  });

  it('the retry budget bounds the total time spent on attempts', async () => {
    s.sy.gateway.swapConfig(cfg((c) => (c.retry = { max_attempts: 10, base_delay_ms: 5, max_delay_ms: 1000, budget_ms: 400 })));
    up.setDefault(anthropicError(503, 'api_error', { 'retry-after-ms': '150' }));
    const r = await post(s.url, '/v1/messages', { model: 'sc', ...MSG });
    expect(r.status).toBe(503);
    expect(up.requests.length).toBeGreaterThanOrEqual(2);
    expect(up.requests.length).toBeLessThanOrEqual(3); // 0, 150, 300 ms; a 4th at 450 ms would exceed 400
    // A zero budget still makes the first attempt, and nothing more.
    s.sy.gateway.swapConfig(cfg((c) => (c.retry = { max_attempts: 10, budget_ms: 0 })));
    up.requests.length = 0;
    expect((await post(s.url, '/v1/messages', { model: 'sc', ...MSG })).status).toBe(503);
    expect(up.requests).toHaveLength(1);
    up.setDefault(anthropicOk());
    s.sy.gateway.swapConfig(cfg());
  });

  it('a non-JSON upstream error body still reaches the caller with its status', async () => {
    up.queue((_q, _b, res) => { res.writeHead(418, { 'content-type': 'text/plain' }); res.end('teapot'); });
    const r = await post(s.url, '/v1/messages', { model: 'sc', ...MSG });
    expect(r.status).toBe(418);
    expect(up.requests).toHaveLength(1);
  });

  it('connect timeout: 504 timeout_error in the caller format; with another target, failover', async () => {
    s.sy.gateway.swapConfig(cfg((c) => (c.retry = { max_attempts: 2, base_delay_ms: 5, max_delay_ms: 100 })));
    const err = await anthropicSdk(s.url).messages.create({ model: 'bh', ...MSG }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(504);
    expect((err as { error?: { error?: { type?: string; message?: string } } }).error?.error).toMatchObject({ type: 'timeout_error' });
    expect((err as { error?: { error?: { message?: string } } }).error?.error?.message).toContain('connect timeout');
    const r = await post(s.url, '/v1/messages', { model: 'bhfo', ...MSG });
    expect(r.status).toBe(200);
    const o = await post(s.url, '/v1/chat/completions', { model: 'bh', messages: [{ role: 'user', content: 'x' }] });
    expect(o.status).toBe(504);
    expect(await o.json()).toMatchObject({ error: { type: 'server_error', code: 'timeout' } });
    s.sy.gateway.swapConfig(cfg());
  });

  it('a 200 whose JSON body cannot be mapped (translated route) counts as an upstream failure and is retried', async () => {
    up.queue(json(200, 'not an object'), anthropicOk('second'));
    const r = await post(s.url, '/v1/chat/completions', { model: 'sc', messages: [{ role: 'user', content: 'x' }] });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe('second');
  });
});

// ---------------------------------------------------------------------------------------------
describe('timeouts and keep-alive (simulator)', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack((c, sim) => {
      base(c);
      c.retry = { max_attempts: 1 };
      c.timeouts = { first_byte_ms: 1000, idle_ms: 500, total_ms: 60_000 };
      c.server!.keepalive_ms = 150;
      c.providers.anthropic!.simulated = true;
      c.providers.openai!.simulated = true;
      c.providers.a2 = { type: 'anthropic', base_url: sim, api_key: 'key-a2', simulated: true };
      c.models = {
        ...c.models,
        slowfirst: { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5?fault=stall-ms:5000' }, { provider: 'a2', model: 'claude-sonnet-4-5' }] },
      };
    });
  });
  afterAll(async () => s?.close());
  beforeEach(() => s.sim.reset());
  const settle = () => waitFor(() => s.sim.stats.open === 0, 10_000, 'upstream connections to close');

  it('first-byte timeout: 504 timeout_error (Anthropic SDK), the upstream request is aborted', async () => {
    const err = await anthropicSdk(s.url, { 'x-sim-fault': 'stall-ms:8000' }).messages.create({ model: 'claude-prod', ...MSG }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(504);
    expect((err as { error?: { error?: { type?: string; message?: string } } }).error?.error?.type).toBe('timeout_error');
    expect((err as { error?: { error?: { message?: string } } }).error?.error?.message).toContain('first byte');
    await settle();
    expect(s.sim.stats.aborted).toBe(1);
  });

  it('idle timeout after content: an error event timeout_error ends the stream; the upstream is released', async () => {
    const r = await post(s.url, '/v1/messages', { model: 'claude-prod', stream: true, ...MSG }, { 'x-sim-fault': 'stall-after:5:8000' });
    const raw = await r.text();
    expect(raw).toContain('"text":"word0"');
    expect(raw).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"timeout_error",[^\n]*\n\n$/);
    await settle();
  });

  it('OpenAI ingress idle timeout after content: the final data line is an OpenAI error object', async () => {
    const r = await post(s.url, '/v1/chat/completions', { model: 'gpt-prod', stream: true, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'stall-after:4:8000' });
    const raw = await r.text();
    expect(raw).toMatch(/data: \{"error":\{"message":"Upstream stream went idle for too long\.","type":"server_error","param":null,"code":"timeout"\}\}\n\n$/);
    await settle();
  });

  it('total timeout: a long stream is cut with a timeout error event', async () => {
    s.sy.gateway.swapConfig(normalize(testConfig(s.sim.url, (c) => {
      base(c);
      c.retry = { max_attempts: 1 };
      c.timeouts = { total_ms: 600, idle_ms: 5000 };
      c.providers.anthropic!.simulated = true;
    })));
    try {
      const r = await post(s.url, '/v1/messages', { model: 'claude-prod', stream: true, ...MSG, max_tokens: 500 }, { 'x-sim-events': '200', 'x-sim-pace-ms': '20' });
      const raw = await r.text();
      expect(raw).toContain('"text":"word0"');
      expect(raw).not.toContain('message_stop');
      expect(raw).toMatch(/"type":"timeout_error","message":"The request exceeded the gateway's total time limit\."/);
      await settle();
      // JSON request over the limit: 504 before any byte.
      const j = await post(s.url, '/v1/messages', { model: 'claude-prod', ...MSG }, { 'x-sim-fault': 'stall-ms:3000' });
      expect(j.status).toBe(504);
      expect(((await j.json()) as { error: { message: string } }).error.message).toContain('total time limit');
      await settle();
    } finally {
      s.sy.gateway.swapConfig(s.cfg);
    }
  });

  it('keep-alive while the first byte is slow: Anthropic `event: ping` first, then the stream (raw + Anthropic SDK)', async () => {
    const r = await post(s.url, '/v1/messages', { model: 'claude-prod', stream: true, ...MSG }, { 'x-sim-fault': 'stall-ms:700' });
    expect(r.status).toBe(200);
    const raw = await r.text();
    expect(raw.startsWith('event: ping\ndata: {"type": "ping"}\n\nevent: ping\ndata: {"type": "ping"}\n\n')).toBe(true);
    expect(raw).toContain('event: message_stop');
    const final = await anthropicSdk(s.url, { 'x-sim-fault': 'stall-ms:700' }).messages.stream({ model: 'claude-prod', ...MSG }).finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'text', text: TEXT8 });
  });

  it('keep-alive for OpenAI streams is an SSE comment; the openai SDK and @ai-sdk/openai parse the stream unharmed', async () => {
    const r = await post(s.url, '/v1/chat/completions', { model: 'gpt-prod', stream: true, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'stall-ms:700' });
    const raw = await r.text();
    expect(raw.startsWith(': keep-alive\n\n: keep-alive\n\n')).toBe(true);
    expect(raw).not.toContain('ping');
    expect(raw.trimEnd().endsWith('data: [DONE]')).toBe(true);

    const stream = await openaiSdk(s.url, { 'x-sim-fault': 'stall-ms:700' }).chat.completions.create({ model: 'gpt-prod', stream: true, messages: [{ role: 'user', content: 'x' }] });
    let text = '';
    let chunks = 0;
    for await (const ch of stream) {
      chunks++;
      text += ch.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe(TEXT8);
    expect(chunks).toBeGreaterThan(8);

    const provider = createOpenAI({ baseURL: `${s.url}/v1`, apiKey: CALLER_KEY, headers: { 'x-sim-fault': 'stall-ms:700' } });
    const errors: unknown[] = [];
    const result = streamText({ model: provider.chat('gpt-prod'), prompt: 'x', maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    expect(await result.text).toBe(TEXT8);
    expect(errors).toEqual([]);
  });

  it('keep-alive, then failover after a first-byte timeout: pings, then the second target\'s stream', async () => {
    s.sy.gateway.swapConfig(normalize(testConfig(s.sim.url, (c) => {
      base(c);
      c.timeouts = { first_byte_ms: 600, idle_ms: 500 };
      c.server!.keepalive_ms = 150;
      c.providers.anthropic!.simulated = true;
      c.providers.a2 = { type: 'anthropic', base_url: s.sim.url, api_key: 'key-a2', simulated: true };
      c.models = { ...c.models, slowfirst: { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5?fault=stall-ms:5000' }, { provider: 'a2', model: 'claude-sonnet-4-5' }] } };
    })));
    try {
      const raw = await (await post(s.url, '/v1/messages', { model: 'slowfirst', stream: true, ...MSG })).text();
      expect(raw.startsWith('event: ping\n')).toBe(true);
      expect(raw).toContain('event: message_start');
      expect(raw).toContain('event: message_stop');
      expect(raw).not.toContain('event: error');
      const final = await anthropicSdk(s.url).messages.stream({ model: 'slowfirst', ...MSG }).finalMessage();
      expect(final.content[0]).toMatchObject({ type: 'text', text: TEXT8 });
      await settle();
    } finally {
      s.sy.gateway.swapConfig(s.cfg);
    }
  });

  it('after keep-alives, a final upstream error becomes an error event (Anthropic SDK raises it)', async () => {
    const r = await post(s.url, '/v1/messages', { model: 'claude-prod', stream: true, ...MSG }, { 'x-sim-fault': 'stall-ms:500,status:529' });
    expect(r.status).toBe(200);
    const raw = await r.text();
    expect(raw.startsWith('event: ping\n')).toBe(true);
    expect(raw).toMatch(/event: error\ndata: \{"type":"error","error":\{"details":null,"type":"overloaded_error"/);
    const err = await anthropicSdk(s.url, { 'x-sim-fault': 'stall-ms:500,status:529' }).messages.stream({ model: 'claude-prod', ...MSG }).finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('overloaded_error');
  });

  it('idle before content after keep-alives: the timeout becomes an error event', async () => {
    const raw = await (await post(s.url, '/v1/messages', { model: 'claude-prod', stream: true, ...MSG }, { 'x-sim-fault': 'stall-after:1:8000' })).text();
    expect(raw.startsWith('event: ping\n')).toBe(true);
    expect(raw).not.toContain('message_start'); // held, never delivered
    expect(raw).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"timeout_error"/);
    await settle();
  });
});

// ---------------------------------------------------------------------------------------------
describe('circuit breaker', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack((c, sim) => {
      c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 10 };
      c.circuit_breaker = { failure_threshold: 2, cooldown_ms: 400, min_requests: 1000 };
      c.server!.keepalive_ms = 0;
      const a = (key: string) => ({ type: 'anthropic' as const, base_url: sim, simulated: true, api_key: key });
      c.providers = { ...c.providers, b1: a('key-b1'), b2: a('key-b2'), b3: a('key-b3') };
      c.models = {
        ...c.models,
        cb: { targets: [{ provider: 'b1', model: 'claude-sonnet-4-5?fault=status:503' }, { provider: 'b2', model: 'claude-sonnet-4-5' }] },
        cbonly: { targets: [{ provider: 'b1', model: 'claude-sonnet-4-5?fault=status:503' }] },
        cb3: { targets: [{ provider: 'b3', model: 'claude-sonnet-4-5' }] },
      };
    });
  });
  afterAll(async () => s?.close());
  beforeEach(() => s.sim.reset());
  const keys = () => s.sim.requests.map((r) => keyOf(r.headers));
  type Health = { providers: Record<string, { circuit: { state: string; retry_in_ms?: number; consecutive_failures?: number } }> };
  const health = async () => (await (await fetch(`${s.url}/health`)).json()) as Health;

  it('opens after N consecutive failures, skips the open upstream, probes after the cool-down', async () => {
    for (let i = 0; i < 2; i++) expect((await post(s.url, '/v1/messages', { model: 'cb', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['key-b1', 'key-b2', 'key-b1', 'key-b2']);
    expect((await health()).providers.b1?.circuit.state).toBe('open');
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/switchyard_upstream_circuit_state\{upstream="b1"\} 2/);
    s.sim.reset();
    for (let i = 0; i < 3; i++) expect((await post(s.url, '/v1/messages', { model: 'cb', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['key-b2', 'key-b2', 'key-b2']);
    // All targets open → 503 in the caller's format with retry-after.
    const r = await post(s.url, '/v1/messages', { model: 'cbonly', ...MSG });
    expect(r.status).toBe(503);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await r.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } }); // 503 → overloaded_error (runtime/errors.ts anthropicErrorTypeForStatus)
    const o = await post(s.url, '/v1/chat/completions', { model: 'cbonly', messages: [{ role: 'user', content: 'x' }] });
    expect(o.status).toBe(503);
    expect(await o.json()).toMatchObject({ error: { type: 'server_error', code: 'circuit_open' } });
    const err = await anthropicSdk(s.url).messages.create({ model: 'cbonly', ...MSG }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(503);
    // Cool-down over: the next request probes b1 (still failing → open again).
    await waitFor(async () => (await health()).providers.b1?.circuit.retry_in_ms === 0, 5000, 'cool-down');
    s.sim.reset();
    expect((await post(s.url, '/v1/messages', { model: 'cb', ...MSG })).status).toBe(200);
    expect(keys()).toEqual(['key-b1', 'key-b2']);
    expect((await health()).providers.b1?.circuit.state).toBe('open');
  });

  it('a successful half-open probe closes the circuit', async () => {
    s.sim.queueFaults(['status:500', 'status:500']);
    expect((await post(s.url, '/v1/messages', { model: 'cb3', ...MSG })).status).toBe(500);
    expect((await health()).providers.b3?.circuit.state).toBe('open');
    expect((await post(s.url, '/v1/messages', { model: 'cb3', ...MSG })).status).toBe(503);
    expect(keys()).toEqual(['key-b3', 'key-b3']);
    await waitFor(async () => (await health()).providers.b3?.circuit.retry_in_ms === 0, 5000, 'cool-down');
    expect((await post(s.url, '/v1/messages', { model: 'cb3', ...MSG })).status).toBe(200);
    expect((await health()).providers.b3?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0 });
    expect(await (await fetch(`${s.url}/metrics`)).text()).toMatch(/switchyard_upstream_circuit_state\{upstream="b3"\} 0/);
  });
});
