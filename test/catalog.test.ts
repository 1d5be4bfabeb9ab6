/**
 * Issue 7: the model catalog (specs/providers/*.ts `models`) at work:
 * context-window enforcement before any upstream call (error in the caller's
 * format), the documented under-counting estimate, failover past a target
 * whose window is too small, `max_tokens` defaults on translated requests, and
 * catalog details in `/v1/models`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { MODELS } from '../generated/capabilities.ts';
import { estimatePromptTokens, estimateTextTokens, requestedOutputTokens, textBytes } from '../runtime/routing/catalog.ts';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.models!['opus'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-5-5' }] };
    c.models!['opus41'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-4-1' }] };
    c.models!['haiku45'] = { targets: [{ provider: 'anthropic', model: 'claude-haiku-4-5' }] };
    c.models!['mini'] = { targets: [{ provider: 'openai', model: 'gpt-4o-mini' }] };
    c.models!['mini-then-big'] = { targets: [{ provider: 'openai', model: 'gpt-4o-mini' }, { provider: 'openai', model: 'gpt-4.1' }] };
    c.models!['uncatalogued'] = { targets: [{ provider: 'anthropic', model: 'claude-from-the-future' }] };
    c.models!['opus-for-openai'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-5-5' }] };
  });
});
afterAll(async () => stack?.close());

const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const openai = () => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
/** ~4 bytes per word-token of ordinary English-like text. */
const prose = (tokens: number) => 'lorem ipsum dolor sit amet, consectetur adipiscing '.repeat(Math.ceil((tokens * 4) / 51));

describe('the estimate', () => {
  it('counts UTF-8 text bytes / 4, whitespace runs as one byte, no JSON syntax or keys', () => {
    expect(textBytes('abcd')).toBe(4);
    expect(textBytes('a    \n\n\t b')).toBe(3);
    expect(textBytes('日本語')).toBe(9);
    expect(textBytes('😀')).toBe(4);
    expect(estimateTextTokens({ messages: [{ role: 'user', content: 'abcdefgh' }] })).toBe(Math.ceil((4 + 8) / 4));
  });

  it('skips base64 media, signatures and data: URLs, and the model name', () => {
    const b64 = 'A'.repeat(1_000_000);
    const anthropicImage = { model: 'x'.repeat(1000), messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: b64 } }, { type: 'text', text: 'What is it?' }] }] };
    expect(estimateTextTokens(anthropicImage)).toBeLessThan(20);
    const openaiImage = { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${b64}` } }] }] };
    expect(estimateTextTokens(openaiImage)).toBeLessThan(20);
    const thinking = { messages: [{ role: 'assistant', content: [{ type: 'thinking', thinking: 'hmm', signature: b64 }, { type: 'redacted_thinking', data: b64 }] }] };
    expect(estimateTextTokens(thinking)).toBeLessThan(20);
  });

  it('per-item for embeddings and legacy completions; output tokens from any max field', () => {
    expect(estimatePromptTokens({ input: ['abcd'.repeat(10), 'abcd'.repeat(100)] }, 'llm/v1/embeddings')).toBe(100);
    expect(estimatePromptTokens({ input: [1, 2, 3, 4, 5] }, 'llm/v1/embeddings')).toBe(5);
    expect(estimatePromptTokens({ prompt: [[1, 2, 3], [4, 5]] }, 'llm/v1/completions')).toBe(3);
    expect(requestedOutputTokens({ max_tokens: 10 })).toBe(10);
    expect(requestedOutputTokens({ max_completion_tokens: 20 })).toBe(20);
    expect(requestedOutputTokens({ max_tokens_to_sample: 30 })).toBe(30);
    expect(requestedOutputTokens({})).toBe(0);
  });
});

describe('context-window enforcement', () => {
  it('Anthropic caller: prompt over the window → 400 invalid_request_error, no upstream call', async () => {
    const before = stack.sim.requests.length;
    const err = await anthropic().messages.create({ model: 'haiku45', max_tokens: 1000, messages: [{ role: 'user', content: prose(210_000) }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    const e = err as InstanceType<typeof Anthropic.BadRequestError>;
    expect((e.error as { error: { type: string } }).error.type).toBe('invalid_request_error');
    expect(e.message).toMatch(/exceeds the context window of model claude-haiku-4-5.*> 200000 tokens/);
    expect(stack.sim.requests.length).toBe(before);
  });

  it('prompt that fits but max_tokens pushes it over → 400 naming max_tokens (upstreams that reject such requests)', async () => {
    const e1 = await openai().chat.completions.create({ model: 'mini', max_tokens: 30_000, messages: [{ role: 'user', content: prose(100_000) }] }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(OpenAI.BadRequestError);
    expect((e1 as Error).message).toContain('max_tokens 30000');
    const e2 = await anthropic().messages.create({ model: 'opus41', max_tokens: 30_000, messages: [{ role: 'user', content: prose(180_000) }] }, { timeout: 60_000 }).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(Anthropic.BadRequestError);
    expect((e2 as Error).message).toContain('max_tokens 30000');
  });

  it('models that stop at the window (stopsAtWindow, Claude Sonnet 4.5+) only check the prompt: a Claude Code-style max_tokens passes', async () => {
    const m = await anthropic().messages.create({ model: 'opus', max_tokens: 128_000, messages: [{ role: 'user', content: prose(100_000) }] }, { timeout: 60_000 });
    expect(m.type).toBe('message');
  });

  it('OpenAI caller: the error is OpenAI-shaped', async () => {
    const err = await openai().chat.completions.create({ model: 'mini', messages: [{ role: 'user', content: prose(130_000) }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    const e = err as InstanceType<typeof OpenAI.BadRequestError>;
    expect(e.type).toBe('invalid_request_error');
    expect(e.message).toContain('context window of model gpt-4o-mini');
    // OpenAI's own code for this error, as api.openai.com sends it.
    expect(e.code).toBe('context_length_exceeded');
    expect(e.param).toBe('messages');
  });

  it('the wire body: {"error":{"type":"invalid_request_error","code":"context_length_exceeded","param":…}}; max_tokens named when it tips over', async () => {
    const post = (body: unknown) => fetch(`${stack.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}` }, body: JSON.stringify(body) });
    const r = await post({ model: 'mini', messages: [{ role: 'user', content: prose(130_000) }] });
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatchObject({ type: 'invalid_request_error', code: 'context_length_exceeded', param: 'messages' });
    const r2 = await post({ model: 'mini', max_tokens: 30_000, messages: [{ role: 'user', content: prose(100_000) }] });
    expect((await r2.json()).error).toMatchObject({ code: 'context_length_exceeded', param: 'max_tokens' });
    // Other invalid requests keep code null.
    const r3 = await post({ model: 'mini', messages: 'nope' });
    expect(r3.status).toBe(400);
    expect((await r3.json()).error.code).toBeNull();
  });

  it('failover skips a target whose window is too small', async () => {
    const c = await openai().chat.completions.create({ model: 'mini-then-big', messages: [{ role: 'user', content: prose(130_000) }] });
    expect(c.object).toBe('chat.completion');
    expect(JSON.parse(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString()).model).toBe('gpt-4.1');
  });

  it('borderline-looking requests are NOT blocked: 1 MB base64 image, 1 MB of indentation, uncatalogued models', async () => {
    const img = await anthropic().messages.create({
      model: 'opus', max_tokens: 100,
      messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0K'.repeat(125_000) } }, { type: 'text', text: 'Describe' }] }],
    });
    expect(img.type).toBe('message');
    const ws = await anthropic().messages.create({ model: 'opus', max_tokens: 100, messages: [{ role: 'user', content: `x${' '.repeat(1_000_000)}y` }] });
    expect(ws.type).toBe('message');
    const unknown = await anthropic().messages.create({ model: 'uncatalogued', max_tokens: 100, messages: [{ role: 'user', content: prose(300_000) }] });
    expect(unknown.type).toBe('message');
  });

  it('a prompt just under the window passes', async () => {
    const m = await anthropic().messages.create({ model: 'opus', max_tokens: 1000, messages: [{ role: 'user', content: prose(190_000) }] });
    expect(m.type).toBe('message');
  });
});

describe('max_tokens default and /v1/models', () => {
  it('a translated request without max_tokens gets the catalog max output of the upstream model', async () => {
    await openai().chat.completions.create({ model: 'opus-for-openai', messages: [{ role: 'user', content: 'Hi' }] });
    const body = JSON.parse(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString());
    expect(body.model).toBe('claude-opus-5-5');
    expect(body.max_tokens).toBe(MODELS.anthropic['claude-opus-5-5']!.maxOutputTokens);
  });

  it('/v1/models carries catalog details (both shapes), none for uncatalogued models', async () => {
    const list = await openai().models.list();
    const mini = list.data.find((m) => m.id === 'mini') as unknown as Record<string, unknown>;
    expect(mini).toMatchObject({ owned_by: 'openai', context_window: 128000, max_output_tokens: 16384, input_modalities: ['text', 'image'], thinking: false });
    const a = await anthropic().models.list();
    const opus = a.data.find((m) => m.id === 'opus') as unknown as Record<string, unknown>;
    expect(opus).toMatchObject({ type: 'model', display_name: 'Claude Opus 5.5', context_window: 1000000, max_output_tokens: 128000, thinking: true });
    const unk = a.data.find((m) => m.id === 'uncatalogued') as unknown as Record<string, unknown>;
    expect(unk).not.toHaveProperty('context_window');
  });
});
