/**
 * Secrets inside mid-stream upstream error events (runtime/relay/error-scrub.ts,
 * runtime/translate/compose.ts): the simulator's `error-after` fault with
 * `x-sim-error-message` makes the upstream echo a provider key (or a caller's
 * own key under `caller_keys: passthrough`) in its error event after HTTP 200
 * and some deltas. Callers (official SDKs and raw fetch) must get the deltas
 * and the error, with the key `[redacted]` — on passthrough and translated streams.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, PROVIDER_KEY_OPENAI, type Stack } from './helpers/stack.ts';
import { StreamErrorScrubber } from '../runtime/relay/error-scrub.ts';
import { SecretScrubber } from '../runtime/security/scrub.ts';

const BYOK_KEY = 'sk-ant-callers-own-midstream-7171';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.providers.anthropic!.simulated = true; // relays the x-sim-* controls
    c.providers.openai!.simulated = true;
    c.providers.byok = { type: 'anthropic', base_url: simUrl, caller_keys: 'passthrough', simulated: true };
    c.models!['byok-claude'] = { targets: [{ provider: 'byok', model: 'claude-sonnet-4-5' }] };
    c.retry = { max_attempts: 1 };
  });
});
afterAll(async () => stack?.close());

const echo = (key: string) => ({ 'x-sim-fault': 'error-after:6', 'x-sim-error-message': `upstream failed for key ${key} (b64 ${Buffer.from(`u:${key}`).toString('base64')})` });
const anthropic = (headers: Record<string, string>, apiKey = CALLER_KEY) =>
  new Anthropic({ baseURL: stack.url, apiKey, maxRetries: 0, timeout: 60_000, defaultHeaders: headers });
const openai = (headers: Record<string, string>) => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, timeout: 60_000, defaultHeaders: headers });

/** Runs an SDK stream to its error; returns the text deltas seen and the error message. */
async function drain(it: AsyncIterable<unknown>, text: (ev: unknown) => string): Promise<{ text: string; error: string }> {
  let seen = '';
  try {
    for await (const ev of it) seen += text(ev);
  } catch (e) {
    return { text: seen, error: `${(e as Error).message} ${JSON.stringify((e as { error?: unknown }).error ?? null)}` };
  }
  throw new Error(`stream ended without the upstream's error (text: ${seen})`);
}
const anthropicText = (ev: unknown) => {
  const e = ev as { type: string; delta?: { type: string; text?: string } };
  return e.type === 'content_block_delta' && e.delta?.type === 'text_delta' ? (e.delta.text ?? '') : '';
};
const chatText = (ev: unknown) => (ev as { choices?: { delta?: { content?: string } }[] }).choices?.[0]?.delta?.content ?? '';

function expectScrubbed(got: { text: string; error: string }, key: string): void {
  expect(got.text.length).toBeGreaterThan(0); // deltas reached the caller before the error: a mid-stream error
  expect(got.error).toContain('upstream failed for key [redacted]');
  expect(got.error).not.toContain(key);
  expect(got.error).not.toContain(Buffer.from(`u:${key}`).toString('base64').slice(4, 20));
}

async function rawStream(path: string, body: unknown, headers: Record<string, string>): Promise<string> {
  const r = await fetch(`${stack.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}`, ...headers }, body: JSON.stringify(body) });
  expect(r.status).toBe(200);
  return r.text();
}

describe('mid-stream upstream error events are scrubbed of secrets', () => {
  it('passthrough anthropic-messages (Anthropic SDK): provider key in `event: error`', async () => {
    const s = anthropic(echo(PROVIDER_KEY_ANTHROPIC)).messages.stream({ model: 'claude-prod', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expectScrubbed(await drain(s, anthropicText), PROVIDER_KEY_ANTHROPIC);
  });

  it('passthrough openai-chat (OpenAI SDK): provider key in a `{"error":…}` chunk', async () => {
    const s = await openai(echo(PROVIDER_KEY_OPENAI)).chat.completions.create({ model: 'gpt-prod', stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    expectScrubbed(await drain(s, chatText), PROVIDER_KEY_OPENAI);
  });

  it('passthrough with caller_keys: passthrough: the caller\'s own provider key is scrubbed too', async () => {
    const s = anthropic({ ...echo(BYOK_KEY), 'x-switchyard-key': CALLER_KEY }, BYOK_KEY).messages.stream({ model: 'byok-claude', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expectScrubbed(await drain(s, anthropicText), BYOK_KEY);
  });

  it('translated openai-chat caller → anthropic upstream (OpenAI SDK)', async () => {
    const s = await openai(echo(PROVIDER_KEY_ANTHROPIC)).chat.completions.create({ model: 'claude-prod', stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    expectScrubbed(await drain(s, chatText), PROVIDER_KEY_ANTHROPIC);
  });

  it('translated anthropic-messages caller → openai upstream (Anthropic SDK)', async () => {
    const s = anthropic(echo(PROVIDER_KEY_OPENAI)).messages.stream({ model: 'gpt-prod', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expectScrubbed(await drain(s, anthropicText), PROVIDER_KEY_OPENAI);
  });

  it('raw bytes: the error event is relayed whole and redacted; an ordinary stream is untouched', async () => {
    const bad = await rawStream('/v1/messages', { model: 'claude-prod', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] }, echo(PROVIDER_KEY_ANTHROPIC));
    expect(bad).toMatch(/event: content_block_delta[\s\S]*event: error\ndata: \{"type":"error","error":\{[^\n]*upstream failed for key \[redacted\]/);
    expect(bad).not.toContain(PROVIDER_KEY_ANTHROPIC);
    const good = await rawStream('/v1/messages', { model: 'claude-prod', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] }, {});
    expect(good).toContain('event: message_stop');
  });
});

describe('StreamErrorScrubber (byte map of the passthrough relay)', () => {
  const key = 'sk-test-midstream-secret-123';
  const scrubber = new SecretScrubber([key]);
  const ordinary =
    'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"say \\"error\\" and sk-"}}\n\n' +
    'event: response.completed\ndata: {"type":"response.completed","response":{"error":null}}\n\n';
  const failing = ordinary + `event: error\ndata: {"type":"error","error":{"type":"api_error","message":"bad key ${key}"}}\n\n`;
  const run = (stream: string, cut: number, tail = '') => {
    const g = new StreamErrorScrubber((t) => scrubber.scrub(t));
    const b = Buffer.from(stream + tail);
    const parts = [g.push(b.subarray(0, cut)), g.push(b.subarray(cut)), g.drain()];
    return Buffer.concat(parts).toString('utf8');
  };

  it('split at every byte: ordinary events pass unchanged, the error event comes out redacted', () => {
    const want = failing.replace(key, '[redacted]');
    for (let cut = 0; cut <= failing.length; cut++) {
      expect(run(ordinary, Math.min(cut, ordinary.length))).toBe(ordinary);
      expect(run(failing, cut)).toBe(want);
    }
  });

  it('an error event without its closing blank line is released (scrubbed) at EOF', () => {
    const open = failing.slice(0, -2);
    expect(run(open, open.length - 5)).toBe(open.replace(key, '[redacted]'));
  });

  it('passes the same Buffer through when the chunk holds no marker (no copy on ordinary chunks)', () => {
    const g = new StreamErrorScrubber((t) => scrubber.scrub(t));
    const chunk = Buffer.from('data: {"choices":[{"delta":{"content":"hi"}}]}\n\n');
    expect(g.push(chunk)).toBe(chunk);
  });
});
