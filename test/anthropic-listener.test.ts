/**
 * Issue 7: the dedicated Anthropic listener (`server.anthropic_port`, env
 * `ANTHROPIC_PORT`) serving the Anthropic API at the root, as api.anthropic.com
 * lays it out (for clients such as Claude Code with ANTHROPIC_BASE_URL), and
 * the same API under `/anthropic/` on the main port. Official Anthropic SDK.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { connect } from 'node:net';
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

describe('dedicated listener: every error is Anthropic-shaped', () => {
  it('GET /v1/models with a wrong key → 401 in the Anthropic envelope', async () => {
    const r = await fetch(`${anthropicUrl}/v1/models`, { headers: { 'x-api-key': 'sk-wrong-key' } });
    expect(r.status).toBe(401);
    const body = await r.json();
    expect(body).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    expect(body).not.toHaveProperty('error.code');
  });

  it('while shutting down, a request on a kept-alive connection gets 503 overloaded_error in the Anthropic envelope (retryable by a load balancer)', async () => {
    const s = await startStack((c) => {
      c.server!.anthropic_port = 0;
      c.server!.keepalive_ms = 0;
      c.providers.anthropic!.simulated = true;
    });
    try {
      const port = s.sy.gateway.anthropicPort!;
      const sock = connect(port, '127.0.0.1');
      await new Promise<void>((res, rej) => sock.once('connect', () => res()).once('error', rej));
      let buf = '';
      sock.on('data', (d) => (buf += d.toString('latin1')));
      const getModels = `GET /v1/models HTTP/1.1\r\nhost: x\r\nx-api-key: ${CALLER_KEY}\r\n\r\n`;
      const waitFor = async (re: RegExp) => {
        const end = Date.now() + 5000;
        while (!re.test(buf)) {
          if (Date.now() > end) throw new Error(`timed out; got ${buf}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      sock.write(getModels);
      await waitFor(/"has_more":false/);
      buf = '';
      // Keep one request in flight so that close() waits for it while the kept-alive socket stays open.
      const stream = await fetch(`${s.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'x-sim-events': '20', 'x-sim-pace-ms': '30' },
        body: JSON.stringify({ model: 'claude-prod', max_tokens: 500, stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
      });
      const closing = s.sy.close(10_000);
      sock.write(getModels);
      await waitFor(/\r\n\r\n\{.*\}$/s);
      expect(buf).toMatch(/^HTTP\/1\.1 503 /);
      const body = JSON.parse(buf.slice(buf.indexOf('\r\n\r\n') + 4));
      expect(body).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'The gateway is shutting down.' } });
      sock.destroy();
      await stream.text();
      await closing;
    } finally {
      await s.sim.close();
    }
  });
});
