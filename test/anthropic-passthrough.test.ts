/**
 * Issue 2: the official Anthropic SDK (1.x as it is, and with 0.x-style
 * headers) against the gateway's native Anthropic passthrough, with the
 * simulator replaying recorded fixtures as the upstream.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { readFileSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, FIXTURES, type Stack } from './helpers/stack.ts';

const SSE_FIXTURES = readdirSync(`${FIXTURES}anthropic`).filter((f) => f.endsWith('.sse')).sort();

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true;
    c.models!['fx-text'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-text.json' }] };
    c.models!['fx-thinking'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-thinking.json' }] };
    c.models!['fx-tool'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-parallel-tool-use.json' }] };
    c.models!['fx-web'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-web-search.json' }] };
    c.models!['fx-429'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/error-429-rate-limit.json' }] };
    for (const f of SSE_FIXTURES) c.models![`sse-${f}`] = { targets: [{ provider: 'anthropic', model: `fixture:anthropic/${f}` }] };
    c.providers.dead = { type: 'anthropic', base_url: 'http://127.0.0.1:9', api_key: 'k' };
    c.models!['dead'] = { targets: [{ provider: 'dead', model: 'claude-sonnet-4-5' }] };
  });
});
afterAll(async () => stack?.close());

const sdk = (extra: ConstructorParameters<typeof Anthropic>[0] = {}) =>
  new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0, ...extra });
/** SDK 1.x configured to send what 0.x sends: x-api-key + anthropic-version 2023-06-01. */
const sdkV0 = () =>
  sdk({ defaultHeaders: { 'anthropic-version': '2023-06-01', 'x-api-key': CALLER_KEY, authorization: null } });

const fixtureJson = (p: string) => JSON.parse(readFileSync(`${FIXTURES}${p}`, 'utf8'));
const lastUpstream = () => stack.sim.requests[stack.sim.requests.length - 1]!;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('messages.create (JSON) through native passthrough', () => {
  it('SDK 1.x: Bearer auth and anthropic-version 2026-10-21 are accepted; provider key and upstream model go upstream', async () => {
    const msg = await sdk().messages.create({ model: 'fx-text', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    const fx = fixtureJson('anthropic/message-text.json');
    expect(msg.content).toEqual(fx.content);
    expect(msg._request_id).toMatch(/^req_/);
    const up = lastUpstream();
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(up.headers.authorization).toBeUndefined();
    expect(up.headers['anthropic-version']).toBe('2026-10-21');
    expect(JSON.parse(up.body.toString()).model).toBe('fixture:anthropic/message-text.json');
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
  });

  it('SDK with 0.x-style headers (x-api-key + 2023-06-01)', async () => {
    const msg = await sdkV0().messages.create({ model: 'fx-text', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(msg.type).toBe('message');
    expect(lastUpstream().headers['anthropic-version']).toBe('2023-06-01');
    expect(lastUpstream().headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
  });

  it('thinking, tool_use and web-search responses arrive intact', async () => {
    for (const [alias, file] of [['fx-thinking', 'message-thinking.json'], ['fx-tool', 'message-parallel-tool-use.json'], ['fx-web', 'message-web-search.json']] as const) {
      const msg = await sdk().messages.create({ model: alias, max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
      expect(msg.content).toEqual(fixtureJson(`anthropic/${file}`).content);
      expect(msg.stop_reason).toBe(fixtureJson(`anthropic/${file}`).stop_reason);
    }
  });

  it('the body is patched, not re-serialised: unknown fields, order and whitespace survive', async () => {
    const raw = '{ "model" :  "fx-text", "max_tokens":64,"messages":[{"role":"user","content":"x"}],\n "context_management": {"edits":[]}, "output_config":{"effort":"high"}, "thinking":{"type":"adaptive"} }';
    const r = await post('/v1/messages?beta=true', raw, { 'anthropic-beta': 'context-management-2025-06-27,effort-2025-11-24' });
    expect(r.status).toBe(200);
    const up = lastUpstream();
    expect(up.body.toString()).toBe(raw.replace('"fx-text"', '"fixture:anthropic/message-text.json"'));
    expect(up.headers['anthropic-beta']).toBe('context-management-2025-06-27,effort-2025-11-24');
    expect(up.headers['anthropic-version']).toBe('2023-06-01');
  });

  it('a body uploaded in small chunks, and one larger than a pooled Buffer, reach the upstream byte for byte', async () => {
    // Multi-byte characters split across chunk boundaries; a small body and one of ~40 KB (the server copies
    // small chunks into Node's Buffer pool and large ones into their own memory: runtime/server/app.ts copyChunk).
    for (const words of [40, 4000]) {
      const text = Array.from({ length: words }, (_, i) => `wörd-${i} ✓ 😀`).join(' ');
      const raw = JSON.stringify({ model: 'fx-text', max_tokens: 8, messages: [{ role: 'user', content: text }] });
      const bytes = Buffer.from(raw);
      const status = await new Promise<number>((resolve, reject) => {
        const r = request(`${stack.url}/v1/messages`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', 'transfer-encoding': 'chunked' },
        }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode ?? 0)); });
        r.on('error', reject);
        for (let i = 0; i < bytes.length; i += 7777) r.write(bytes.subarray(i, i + 7777));
        r.end();
      });
      expect(status).toBe(200);
      expect(lastUpstream().body.toString()).toBe(raw.replace('"fx-text"', '"fixture:anthropic/message-text.json"'));
    }
  });

  it('is served under /anthropic/ too', async () => {
    const r = await post('/anthropic/v1/messages', { model: 'fx-text', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(r.status).toBe(200);
    expect(r.headers.get('request-id')).toMatch(/^req_/);
  });
});

describe('messages.stream (SSE) through native passthrough', () => {
  it.each([
    ['stream-text.sse', 'text'],
    ['stream-tool-use-only.sse', 'tool_use'],
    ['stream-thinking-signature.sse', 'thinking'],
    ['stream-web-search-citations.sse', 'server_tool_use'],
  ])('SDK stream helper parses %s', async (file, blockType) => {
    const stream = sdk().messages.stream({ model: `sse-${file}`, max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    const final = await stream.finalMessage();
    expect(final.content.some((b) => b.type === blockType)).toBe(true);
    if (blockType === 'thinking') {
      const t = final.content.find((b) => b.type === 'thinking') as { signature: string };
      expect(t.signature.length).toBeGreaterThan(10);
    }
  });

  it.each(SSE_FIXTURES)('%s is relayed byte-identical', async (file) => {
    const r = await post('/v1/messages', { model: `sse-${file}`, max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/event-stream');
    const got = Buffer.from(await r.arrayBuffer());
    expect(got.equals(readFileSync(`${FIXTURES}anthropic/${file}`))).toBe(true);
  });

  it('a caller abort mid-stream aborts the upstream request', async () => {
    const before = stack.sim.stats.aborted;
    const ac = new AbortController();
    const r = await post('/v1/messages', { model: 'claude-prod', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] }, { 'x-sim-events': '200', 'x-sim-pace-ms': '20' });
    const reader = r.body!.getReader();
    await reader.read();
    ac.abort();
    await reader.cancel();
    await waitFor(() => stack.sim.stats.aborted > before, 3000);
    expect(stack.sim.stats.aborted).toBe(before + 1);
  });

  it('a slow reader makes the gateway pause the upstream instead of buffering without bound', async () => {
    const events = 400000; // ~50 MB of SSE: more than the kernel's socket buffers can absorb
    const body = JSON.stringify({ model: 'claude-prod', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    const u = new URL(stack.url);
    const sock = connect(Number(u.port), u.hostname);
    let received = 0;
    sock.on('data', (d) => (received += d.length));
    sock.write(`POST /v1/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-api-key: ${CALLER_KEY}\r\nx-sim-events: ${events}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await waitFor(() => received > 0, 30_000); // generous: the first byte can take seconds on a loaded machine
    sock.pause();
    await new Promise((r) => setTimeout(r, 800));
    const open = stack.sim.stats.open;
    // The upstream response is still in flight: the gateway stopped reading it. (Had it kept
    // reading into memory, the simulator would have finished its ~50 MB long ago.)
    expect(open).toBeGreaterThan(0);
    sock.resume();
    await waitFor(() => stack.sim.stats.open === 0, 15000);
    sock.destroy();
    expect(received).toBeGreaterThan(events * 50);
  }, 60_000);
});

describe('errors on Anthropic routes', () => {
  const anthropicError = async (r: Response, status: number, type: string) => {
    expect(r.status).toBe(status);
    const b = await r.json();
    expect(b).toMatchObject({ type: 'error', error: { type } });
    expect(typeof b.error.message).toBe('string');
    return b.error.message as string;
  };
  it('invalid JSON → 400 invalid_request_error', async () => {
    await anthropicError(await post('/v1/messages', '{"model": "x", '), 400, 'invalid_request_error');
  });
  it('schema violation names the JSON path', async () => {
    const m = await anthropicError(await post('/v1/messages', { model: 'claude-prod', messages: 'hi' }), 400, 'invalid_request_error');
    expect(m).toContain('messages');
  });
  it('unknown model alias → 404 not_found_error', async () => {
    const m = await anthropicError(await post('/v1/messages', { model: 'nope', max_tokens: 5, messages: [] }), 404, 'not_found_error');
    expect(m).toContain('nope');
  });
  it('missing and wrong caller keys → 401 authentication_error (SDK raises AuthenticationError)', async () => {
    await anthropicError(await fetch(`${stack.url}/v1/messages`, { method: 'POST', body: '{}' }), 401, 'authentication_error');
    await anthropicError(await post('/v1/messages', {}, { 'x-api-key': 'wrong' }), 401, 'authentication_error');
    await expect(sdk({ apiKey: 'wrong' }).messages.create({ model: 'fx-text', max_tokens: 5, messages: [] })).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
  });
  it('unreachable upstream → 5xx api_error, no hang', async () => {
    const m = await anthropicError(await post('/v1/messages', { model: 'dead', max_tokens: 5, messages: [] }), 502, 'api_error');
    expect(m).toContain('dead');
  });
  it('upstream errors pass through unchanged (status, body, retry headers)', async () => {
    const r = await post('/v1/messages', { model: 'fx-429', max_tokens: 5, messages: [] });
    expect(r.status).toBe(429);
    expect(await r.json()).toEqual(fixtureJson('anthropic/error-429-rate-limit.json'));
  });
  it('unknown path → 404 in the caller format; wrong method → 405', async () => {
    await anthropicError(await post('/v1/messages/nope', {}), 404, 'not_found_error');
    const r = await fetch(`${stack.url}/v1/messages`, { headers: { 'x-api-key': CALLER_KEY } });
    expect(r.status).toBe(405);
    // The gateway's own endpoints too: POST / (GET and HEAD / answer Claude Code's probe).
    const root = await fetch(`${stack.url}/`, { method: 'POST', headers: { 'x-api-key': CALLER_KEY } });
    expect(root.status).toBe(405);
    expect(root.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${stack.url}/nothing-here`, { method: 'POST', headers: { 'x-api-key': CALLER_KEY } })).status).toBe(404);
  });
});

describe('413 body cap', () => {
  it('an oversize body gets 413 request_too_large in the caller format', async () => {
    const s = await startStack((c) => (c.server!.body_limit_bytes = 1024));
    try {
      const r = await fetch(`${s.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY },
        body: JSON.stringify({ model: 'claude-prod', max_tokens: 5, messages: [{ role: 'user', content: 'x'.repeat(5000) }] }),
      });
      expect(r.status).toBe(413);
      expect(await r.json()).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });
    } finally {
      await s.close();
    }
  });
});

describe('gateway endpoints', () => {
  it('GET /health reports listeners and providers without secrets', async () => {
    const r = await fetch(`${stack.url}/health`);
    const text = await r.text();
    const h = JSON.parse(text);
    expect(h.status).toBe('ok');
    expect(h.listeners.main.port).toBe(Number(new URL(stack.url).port));
    expect(h.providers.anthropic.type).toBe('anthropic');
    expect(text).not.toContain(PROVIDER_KEY_ANTHROPIC);
  });
  it('GET /v1/models: OpenAI shape by default, Anthropic shape with anthropic-version or under /anthropic/', async () => {
    const o = await (await fetch(`${stack.url}/v1/models`, { headers: { authorization: `Bearer ${CALLER_KEY}` } })).json();
    expect(o.object).toBe('list');
    expect(o.data.map((m: { id: string }) => m.id)).toContain('claude-prod');
    const a = await sdk().models.list();
    expect(a.data.map((m) => m.id)).toContain('claude-prod');
    const a2 = await (await fetch(`${stack.url}/anthropic/v1/models`, { headers: { 'x-api-key': CALLER_KEY } })).json();
    expect(a2.data[0].type).toBe('model');
    expect(a2).toHaveProperty('has_more', false);
  });
});

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
