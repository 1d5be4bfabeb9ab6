/**
 * The provider adapter seam (runtime/providers/types.ts), end to end through
 * the gateway against a scripted upstream: every hook of a temporary adapter
 * for the `openai` provider type is exercised and its effect observed on the
 * wire — URL template (model in the path, `api-version` query), body envelope
 * (native and translated), authentication once body, path and query are final
 * (a signature over them, async like SigV4), a non-SSE stream framing decoded
 * into SSE for the prelude, usage and relay, and upstream error normalisation.
 * Plus the spec side: the dialect reaches the translation layer.
 */
import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize } from '../runtime/config/index.ts';
import { adapterFor, dialectOf, setAdapterForTest, type ProviderAdapter } from '../runtime/providers/index.ts';
import { startScripted, type Scripted } from './helpers/scripted.ts';
import { testConfig, CALLER_KEY } from './helpers/stack.ts';

let up: Scripted;
let sy: Switchyard;
let restore: (() => void) | null = null;
const records: string[] = [];

beforeAll(async () => {
  up = await startScripted();
  sy = await startSwitchyard(normalize(testConfig(up.url, (c) => {
    c.providers.openai = { type: 'openai', base_url: `${up.url}/v1`, api_key: 'sk-up-key' };
    c.models!['gpt'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }] };
  })), { usageDestination: { write: (l: string) => void records.push(l) } });
});
afterAll(async () => {
  await sy?.close(500);
  await up?.close();
});
afterEach(() => {
  restore?.();
  restore = null;
});

const sign = (body: string, path: string) => createHash('sha256').update(`${path}\n${body}`).digest('hex');

/** Length-agnostic test framing: one JSON object per line (NDJSON), decoded into `data:` events. */
const ndjsonFraming: ProviderAdapter['streamFraming'] = {
  contentType: 'application/x-ndjson',
  create: () => {
    let rest = '';
    return {
      push(c: Buffer) {
        rest += c.toString('utf8');
        const lines = rest.split('\n');
        rest = lines.pop() ?? '';
        return Buffer.from(lines.filter((l) => l.trim()).map((l) => `data: ${l}\n\n`).join(''));
      },
      end() {
        if (rest.trim()) throw new Error('partial frame at end of stream');
        return Buffer.from('data: [DONE]\n\n');
      },
    };
  },
};

const testAdapter: ProviderAdapter = {
  url(req, ctx) {
    req.path = `/deployments/${encodeURIComponent(ctx.model ?? '')}${req.path}`;
    req.query = 'api-version=2024-10-21';
  },
  nativeBody(body) {
    const o = JSON.parse(body.toString()) as Record<string, unknown>;
    delete o.model; // moved into the path
    return JSON.stringify(o);
  },
  translatedBody(body) {
    const { model: _model, ...rest } = body;
    return rest;
  },
  async authenticate(req, key) {
    await Promise.resolve(); // signing may be async
    if (key) req.headers['api-key'] = key;
    delete req.headers.authorization;
    req.headers['x-test-signature'] = sign(String(req.body), `${req.path}?${req.query}`);
  },
  streamFraming: ndjsonFraming,
  normalizeError(status, body) {
    const o = JSON.parse(body.toString()) as { problem?: string };
    return { status: status === 200 ? 500 : status, body: JSON.stringify({ error: { message: `normalized: ${o.problem}`, type: 'invalid_request_error', param: null, code: 'test' } }) };
  },
};

const chatOk = { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-4.1', choices: [{ index: 0, message: { role: 'assistant', content: 'hi there' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } };

describe('provider adapter hooks', () => {
  it('without a module, a provider type has no hooks and its spec dialect ({} for openai)', () => {
    expect(adapterFor('openai')).toEqual({});
    expect(dialectOf('openai')).toEqual({});
  });

  it('native route: URL template, body envelope, authentication over the final request', async () => {
    restore = setAdapterForTest('openai', testAdapter);
    up.queue((_req, _b, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(chatOk)); });
    const client = new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const r = await client.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }] });
    expect(r.choices[0]?.message.content).toBe('hi there');
    const seen = up.requests[up.requests.length - 1]!;
    expect(seen.path).toBe('/v1/deployments/gpt-4.1/chat/completions?api-version=2024-10-21');
    const sent = JSON.parse(seen.body.toString()) as Record<string, unknown>;
    expect(sent.model).toBeUndefined();
    expect(sent.messages).toEqual([{ role: 'user', content: 'hi' }]);
    expect(seen.headers['api-key']).toBe('sk-up-key');
    expect(seen.headers.authorization).toBeUndefined();
    expect(seen.headers['x-test-signature']).toBe(sign(seen.body.toString(), '/deployments/gpt-4.1/chat/completions?api-version=2024-10-21'));
  });

  it('translated route: the transcoder body goes through translatedBody, then the same URL and auth hooks', async () => {
    restore = setAdapterForTest('openai', testAdapter);
    up.queue((_req, _b, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(chatOk)); });
    const client = new Anthropic({ baseURL: sy.gateway.url, apiKey: CALLER_KEY, maxRetries: 0 });
    const m = await client.messages.create({ model: 'gpt', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] });
    expect(m.content).toEqual([{ type: 'text', text: 'hi there' }]);
    const seen = up.requests[up.requests.length - 1]!;
    expect(seen.path).toBe('/v1/deployments/gpt-4.1/chat/completions?api-version=2024-10-21');
    const sent = JSON.parse(seen.body.toString()) as Record<string, unknown>;
    expect(sent.model).toBeUndefined();
    expect(sent.max_completion_tokens).toBe(16);
    expect(seen.headers['x-test-signature']).toBe(sign(seen.body.toString(), '/deployments/gpt-4.1/chat/completions?api-version=2024-10-21'));
  });

  it('stream framing: an NDJSON stream is decoded into SSE for prelude, usage and relay', async () => {
    restore = setAdapterForTest('openai', testAdapter);
    const lines = [
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] },
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta: { content: 'lo' }, finish_reason: 'stop' }] },
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [], usage: { prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 } },
    ];
    up.queue((_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
      // Split mid-frame to prove the decoder reassembles frames across chunks.
      res.write(text.slice(0, 37));
      setTimeout(() => res.end(text.slice(37)), 10);
    });
    records.length = 0;
    const client = new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: unknown = null;
    for await (const c of stream) {
      text += c.choices[0]?.delta.content ?? '';
      if (c.usage) usage = c.usage;
    }
    expect(text).toBe('Hello');
    expect(usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 2 });
    await new Promise((r) => setTimeout(r, 50));
    const rec = records.map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r.model_alias === 'gpt');
    expect(rec).toMatchObject({ status: 200, input_tokens: 7, output_tokens: 2, error_type: null });
  });

  it('upstream error normalisation: a provider-specific error body reaches the caller in the format envelope', async () => {
    restore = setAdapterForTest('openai', testAdapter);
    up.queue((_req, _b, res) => { res.writeHead(400, { 'content-type': 'application/json' }); res.end(JSON.stringify({ problem: 'bad field' })); });
    const client = new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const err = await client.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).message).toContain('normalized: bad field');
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('test');
  });
});
