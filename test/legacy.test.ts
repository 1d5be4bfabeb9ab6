/**
 * Issue 7: legacy Text Completions and Embeddings with the official SDKs.
 * - Anthropic `POST /v1/complete` (Anthropic SDK 0.x `client.completions.create`;
 *   1.x dropped the resource): native passthrough, non-streaming as the
 *   capability table says (`stream: true` → clear 400, no upstream call).
 * - OpenAI `POST /v1/completions` and `POST /v1/embeddings` (`openai` SDK) to
 *   the openai provider; to the anthropic provider the error text generated
 *   from the spec (generated/capabilities.ts `unsupportedReason`).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import OpenAI from 'openai';
import AnthropicV0 from 'anthropic-sdk-v0';
import { unsupportedReason } from '../generated/capabilities.ts';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, PROVIDER_KEY_OPENAI, type Stack } from './helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.models!['claude-2'] = { targets: [{ provider: 'anthropic', model: 'claude-2.1' }] };
    c.models!['instruct'] = { targets: [{ provider: 'openai', model: 'gpt-3.5-turbo-instruct' }] };
    c.models!['embed'] = { targets: [{ provider: 'openai', model: 'text-embedding-3-small' }] };
    c.models!['embed-claude'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
  });
});
afterAll(async () => stack?.close());

const openai = (base = '/v1') => new OpenAI({ baseURL: `${stack.url}${base}`, apiKey: CALLER_KEY, maxRetries: 0 });
const anthropic = () => new AnthropicV0({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const last = () => stack.sim.requests[stack.sim.requests.length - 1]!;

describe('Anthropic /v1/complete', () => {
  it('client.completions.create goes to the upstream /v1/complete with the upstream model', async () => {
    const c = await anthropic().completions.create({ model: 'claude-2', max_tokens_to_sample: 5, prompt: '\n\nHuman: Hi\n\nAssistant:' });
    expect(c.type).toBe('completion');
    expect(c.completion.trim().split(' ')).toHaveLength(5);
    expect(c.stop_reason).toBe('stop_sequence');
    const up = last();
    expect(up.path).toBe('/v1/complete');
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(JSON.parse(up.body.toString()).model).toBe('claude-2.1');
  });

  it('stream: true is a clear 400 naming stream, without an upstream call', async () => {
    const before = stack.sim.requests.length;
    const err = await anthropic().completions.create({ model: 'claude-2', max_tokens_to_sample: 5, prompt: '\n\nHuman: Hi\n\nAssistant:', stream: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnthropicV0.BadRequestError);
    expect((err as Error).message).toMatch(/stream.*not supported for llm\/v1\/completions on provider anthropic/);
    expect(stack.sim.requests.length).toBe(before);
  });

  it('an OpenAI-only alias: Text Completions exist only in the native format', async () => {
    const err = await anthropic().completions.create({ model: 'instruct', max_tokens_to_sample: 5, prompt: '\n\nHuman: Hi\n\nAssistant:' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnthropicV0.BadRequestError);
    expect((err as Error).message).toContain('llm/v1/completions on provider openai is available in its native format (openai-chat) only');
  });
});

describe('OpenAI /v1/completions', () => {
  it('client.completions.create (JSON) with usage', async () => {
    const c = await openai().completions.create({ model: 'instruct', prompt: 'Say hi', max_tokens: 4 });
    expect(c.object).toBe('text_completion');
    expect(c.choices[0]!.text.length).toBeGreaterThan(0);
    expect(c.usage?.prompt_tokens).toBeGreaterThan(0);
    const up = last();
    expect(up.path).toBe('/v1/completions');
    expect(up.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_OPENAI}`);
    expect(JSON.parse(up.body.toString()).model).toBe('gpt-3.5-turbo-instruct');
  });

  it('client.completions.create streaming (the table says the OpenAI capability streams)', async () => {
    const stream = await openai('/openai/v1').completions.create({ model: 'instruct', prompt: 'Say hi', max_tokens: 4, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? '';
    expect(text.trim().length).toBeGreaterThan(0);
  });

  it('an Anthropic alias: completions from the OpenAI format are refused with the table reason', async () => {
    const err = await openai().completions.create({ model: 'claude-2', prompt: 'x', max_tokens: 4 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toContain('llm/v1/completions on provider anthropic is available in its native format (anthropic-messages) only, not from the openai-chat format');
  });
});

describe('OpenAI /v1/embeddings', () => {
  it('client.embeddings.create returns vectors and usage (also under /openai/)', async () => {
    for (const base of ['/v1', '/openai/v1']) {
      const e = await openai(base).embeddings.create({ model: 'embed', input: ['hello', 'world'] });
      expect(e.object).toBe('list');
      expect(e.data).toHaveLength(2);
      expect(e.data[0]!.embedding.length).toBeGreaterThan(0);
      expect(e.data[0]!.embedding.every((x) => typeof x === 'number')).toBe(true);
      expect(e.data[0]!.embedding).not.toEqual(e.data[1]!.embedding);
      expect(e.usage.prompt_tokens).toBeGreaterThan(0);
      const up = last();
      expect(up.path).toBe('/v1/embeddings');
      expect(JSON.parse(up.body.toString()).model).toBe('text-embedding-3-small');
    }
  });

  it('the anthropic provider: the error generated from the spec, OpenAI-shaped, without an upstream call', async () => {
    const before = stack.sim.requests.length;
    const err = await openai().embeddings.create({ model: 'embed-claude', input: 'hello' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    const expected = unsupportedReason('anthropic', 'llm/v1/embeddings');
    expect(expected).toBe('llm/v1/embeddings is not supported by provider anthropic: Anthropic has no embeddings API.');
    expect((err as Error).message).toContain(expected);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).type).toBe('invalid_request_error');
    expect(stack.sim.requests.length).toBe(before);
  });

  it('input over the embedding model context window is rejected before the upstream', async () => {
    const before = stack.sim.requests.length;
    const big = 'lorem ipsum dolor sit amet '.repeat(2000); // ~54 KB of text ≈ 13.5k estimated tokens > 8191
    const err = await openai().embeddings.create({ model: 'embed', input: big }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toContain('context window');
    expect(err).toMatchObject({ code: 'context_length_exceeded', param: 'input' });
    expect(stack.sim.requests.length).toBe(before);
  });
});
