/**
 * Issue 7: the dedicated Anthropic listener (`server.anthropic_port`, env
 * `ANTHROPIC_PORT`) serving the Anthropic API at the root, as api.anthropic.com
 * lays it out (for clients such as Claude Code with ANTHROPIC_BASE_URL), and
 * the same API under `/anthropic/` on the main port. Official Anthropic SDK.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { normalize } from '../runtime/config/index.ts';
import { startStack, testConfig, CALLER_KEY, type Stack } from './helpers/stack.ts';

let stack: Stack;
let anthropicUrl: string;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.server!.anthropic_port = 0;
  });
  const port = stack.sy.gateway.anthropicPort;
  if (port === null) throw new Error('dedicated Anthropic listener did not start');
  anthropicUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => stack?.close());

const sdk = (baseURL: string) => new Anthropic({ baseURL, apiKey: CALLER_KEY, maxRetries: 0 });

describe('config', () => {
  it('server.anthropic_port, else env ANTHROPIC_PORT; invalid env is a config error', () => {
    const base = testConfig('http://127.0.0.1:1');
    expect(normalize(base, {}).server.anthropicPort).toBeNull();
    expect(normalize(base, { ANTHROPIC_PORT: '4123' }).server.anthropicPort).toBe(4123);
    expect(normalize({ ...base, server: { ...base.server, anthropic_port: 4200 } }, { ANTHROPIC_PORT: '4123' }).server.anthropicPort).toBe(4200);
    expect(() => normalize(base, { ANTHROPIC_PORT: 'abc' })).toThrow(/ANTHROPIC_PORT/);
  });

  it('/health reports both listeners', async () => {
    const h = await (await fetch(`${stack.url}/health`)).json();
    expect(h.listeners.anthropic.port).toBe(stack.sy.gateway.anthropicPort);
  });
});

describe.each([
  ['dedicated listener, root', () => anthropicUrl],
  ['main listener, /anthropic/', () => `${stack.url}/anthropic`],
])('%s', (_name, base) => {
  it('messages.create and messages.stream', async () => {
    const client = sdk(base());
    const msg = await client.messages.create({ model: 'claude-prod', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] });
    expect(msg.type).toBe('message');
    const final = await client.messages.stream({ model: 'claude-prod', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(final.content[0]?.type).toBe('text');
    expect(stack.sim.requests[stack.sim.requests.length - 1]!.path).toBe('/v1/messages');
  });

  it('messages.countTokens', async () => {
    const r = await sdk(base()).messages.countTokens({ model: 'claude-prod', messages: [{ role: 'user', content: 'Hi' }] });
    expect(r.input_tokens).toBeGreaterThan(0);
  });

  it('models.list in the Anthropic shape (no anthropic-version needed)', async () => {
    const page = await sdk(base()).models.list();
    const ids = page.data.map((m) => m.id);
    expect(ids).toContain('claude-prod');
    expect(page.data[0]!.type).toBe('model');
    const raw = await (await fetch(`${base()}/v1/models?limit=1000`, { headers: { 'x-api-key': CALLER_KEY } })).json();
    expect(raw).toHaveProperty('has_more', false);
    expect(raw.data[0].type).toBe('model');
  });

  it('POST /v1/messages?beta=true (Claude Code) is routed; translated targets work too', async () => {
    const r = await fetch(`${base()}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'x-api-key': CALLER_KEY, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'gpt-prod', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] }),
    });
    expect(r.status).toBe(200);
    expect((await r.json()).type).toBe('message');
    expect(stack.sim.requests[stack.sim.requests.length - 1]!.path).toBe('/v1/chat/completions');
  });
});

describe('dedicated listener layout', () => {
  it('serves no OpenAI paths and no /anthropic/ prefix; 404s are Anthropic-shaped', async () => {
    for (const p of ['/v1/chat/completions', '/anthropic/v1/messages', '/openai/v1/chat/completions']) {
      const r = await fetch(`${anthropicUrl}${p}`, { method: 'POST', headers: { 'x-api-key': CALLER_KEY, 'content-type': 'application/json' }, body: '{}' });
      expect(r.status, p).toBe(404);
      expect((await r.json()).type).toBe('error');
    }
    const r = await fetch(`${anthropicUrl}/openai/v1/models`, { headers: { 'x-api-key': CALLER_KEY } });
    expect(r.status).toBe(404);
  });

  it('the SDK raises NotFoundError for an unknown alias on the dedicated port', async () => {
    const err = await sdk(anthropicUrl).messages.create({ model: 'nope', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.NotFoundError);
  });
});
