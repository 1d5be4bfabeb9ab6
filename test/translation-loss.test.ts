/**
 * Issue 11, the loss report through the gateway (official SDKs as clients, the
 * simulator as upstream): advisory losses are dropped and named in
 * `x-switchyard-degraded` under the default policy, semantic ones answer 400
 * naming the field, `strict` rejects both, `drop` drops both; Claude Code's long
 * `metadata.user_id` is hashed to OpenAI's 64-character `user`; an OpenAI caller
 * that asks for reasoning and replays a tool call without a thinking block gets
 * an answer (thinking off for that request, named as degraded) instead of
 * Anthropic's "Expected `thinking` … found `tool_use`" 400 — which the
 * simulator answers as Anthropic does.
 */
import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_KEY, PROVIDER_KEY_ANTHROPIC, startTranslationStack, type Obj, type TranslationStack } from './helpers/translation.ts';

let stack: TranslationStack;
beforeAll(async () => {
  stack = await startTranslationStack((c) => {
    c.models!['gpt-strict'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }], unsupported_params: 'strict' };
    c.models!['claude-strict'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }], unsupported_params: 'strict' };
  });
});
afterAll(async () => stack?.close());

const openai = () => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });

/** What Claude Code 2.1.330 always sends (shared/reference/new-surfaces.md). */
const CONTEXT_MANAGEMENT = { edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] };
const CLAUDE_CODE_USER_ID = `user_${'a'.repeat(64)}_account_${'0'.repeat(36)}_session_${'f'.repeat(36)}`;

describe('loss policy (unsupported_params)', () => {
  it('default: an advisory loss (context_management → OpenAI) is dropped and named in x-switchyard-degraded', async () => {
    const params = { model: 'gpt-prod', max_tokens: 20, messages: [{ role: 'user' as const, content: 'hi' }], context_management: CONTEXT_MANAGEMENT };
    const { data, response } = await anthropic().messages.create(params as Anthropic.MessageCreateParamsNonStreaming).withResponse();
    expect(data.content.length).toBeGreaterThan(0);
    expect(response.headers.get('x-switchyard-degraded')).toBe('context_management');
    expect(response.headers.get('x-switchyard-dropped-params')).toBe('context_management');
    expect(stack.lastBody()).not.toHaveProperty('context_management');
    // Streamed answers carry the header too.
    const s = await anthropic().messages.create({ ...params, stream: true } as Anthropic.MessageCreateParamsStreaming).withResponse();
    expect(s.response.headers.get('x-switchyard-degraded')).toBe('context_management');
    for await (const _ of s.data) void _;
  });

  it('default: a semantic loss (top_k → OpenAI) is a 400 naming the field, nothing goes upstream', async () => {
    const before = stack.sim.stats.received;
    const err = await anthropic()
      .messages.create({ model: 'gpt-prod', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }], top_k: 5 } as Anthropic.MessageCreateParamsNonStreaming)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as InstanceType<typeof Anthropic.BadRequestError>).message).toContain('`top_k` is not supported by the openai upstream');
    expect(stack.sim.stats.received).toBe(before);
  });

  it('strict: advisory losses are rejected too (400 in the caller format, naming the field)', async () => {
    const err = await anthropic()
      .messages.create({ model: 'gpt-strict', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }], context_management: CONTEXT_MANAGEMENT } as Anthropic.MessageCreateParamsNonStreaming)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as InstanceType<typeof Anthropic.BadRequestError>).message).toContain('`context_management` is not supported by the openai upstream');
    const e2 = await openai()
      .chat.completions.create({ model: 'claude-strict', messages: [{ role: 'user', content: 'hi' }], service_tier: 'flex' })
      .catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(OpenAI.BadRequestError);
    expect((e2 as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('service_tier');
  });

  it('drop: semantic and advisory losses are both dropped; dropped-params lists both, degraded only the advisory one', async () => {
    const { response } = await anthropic()
      .messages.create({ model: 'gpt-drop', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }], top_k: 5, context_management: CONTEXT_MANAGEMENT } as Anthropic.MessageCreateParamsNonStreaming)
      .withResponse();
    expect(response.headers.get('x-switchyard-dropped-params')?.split(',').sort()).toEqual(['context_management', 'top_k']);
    expect(response.headers.get('x-switchyard-degraded')).toBe('context_management');
    const body = stack.lastBody();
    expect(body).not.toHaveProperty('top_k');
    expect(body).not.toHaveProperty('context_management');
  });

  it('nothing lost → neither header', async () => {
    const { response } = await openai().chat.completions.create({ model: 'claude-prod', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(response.headers.get('x-switchyard-degraded')).toBeNull();
    expect(response.headers.get('x-switchyard-dropped-params')).toBeNull();
  });
});

describe('metadata.user_id → OpenAI user (64-character limit)', () => {
  it('a long id (Claude Code sends ~150 characters) becomes its SHA-256 hex digest; a short one is kept', async () => {
    expect(CLAUDE_CODE_USER_ID.length).toBeGreaterThan(64);
    await anthropic().messages.create({ model: 'gpt-prod', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }], metadata: { user_id: CLAUDE_CODE_USER_ID } });
    const user = stack.lastBody().user as string;
    expect(user).toBe(createHash('sha256').update(CLAUDE_CODE_USER_ID).digest('hex'));
    expect(user).toHaveLength(64);
    await anthropic().messages.create({ model: 'gpt-prod', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }], metadata: { user_id: 'user-42' } });
    expect(stack.lastBody().user).toBe('user-42');
  });
});

describe('OpenAI caller with reasoning replays a tool call without a thinking block', () => {
  const conversation: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'user', content: 'What is the weather in Paris?' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
    { role: 'tool', tool_call_id: 'toolu_1', content: '18°C, clear' },
  ];
  const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];

  it('the simulator rejects such a request as Anthropic does', async () => {
    const res = await fetch(`${stack.sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': PROVIDER_KEY_ANTHROPIC, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5',
        max_tokens: 4096,
        thinking: { type: 'enabled', budget_tokens: 2048 },
        messages: [
          { role: 'user', content: 'What is the weather in Paris?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C, clear' }] },
        ],
      }),
    });
    expect(res.status).toBe(400);
    const b = (await res.json()) as Obj;
    expect(b.error.type).toBe('invalid_request_error');
    expect(b.error.message).toContain('Expected `thinking` or `redacted_thinking`, but found `tool_use`');
  });

  it('default policy: answered, thinking off for that request, reasoning_effort named in x-switchyard-degraded', async () => {
    const { data, response } = await openai()
      .chat.completions.create({ model: 'claude-prod', messages: conversation, tools, reasoning_effort: 'low', max_completion_tokens: 4096 })
      .withResponse();
    expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(response.headers.get('x-switchyard-degraded')).toBe('reasoning_effort');
    const body = stack.lastBody();
    expect(body).not.toHaveProperty('thinking');
    expect(body.messages[1].content[0].type).toBe('tool_use');
  });

  it('strict policy: 400 naming reasoning_effort, nothing goes upstream', async () => {
    const before = stack.sim.stats.received;
    const err = await openai()
      .chat.completions.create({ model: 'claude-strict', messages: conversation, tools, reasoning_effort: 'low', max_completion_tokens: 4096 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('reasoning_effort');
    expect(stack.sim.stats.received).toBe(before);
  });

  it('a forced tool_choice with reasoning: the simulator refuses it as Anthropic does; the gateway sends the forced tool without thinking', async () => {
    const direct = await fetch(`${stack.sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': PROVIDER_KEY_ANTHROPIC, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 },
        tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [{ role: 'user', content: 'Weather?' }],
      }),
    });
    expect(direct.status).toBe(400);
    expect(((await direct.json()) as Obj).error.message).toBe('Thinking may not be enabled when tool_choice forces tool use.');
    const { data, response } = await openai()
      .chat.completions.create({ model: 'claude-prod', messages: [{ role: 'user', content: 'Weather in Paris?' }], tools, tool_choice: 'required', reasoning_effort: 'low', max_completion_tokens: 4096 })
      .withResponse();
    expect((data.choices[0]?.message.tool_calls?.[0] as Obj | undefined)?.function.name).toBe('get_weather');
    expect(response.headers.get('x-switchyard-degraded')).toBe('reasoning_effort');
    const body = stack.lastBody();
    expect(body).not.toHaveProperty('thinking');
    expect(body.tool_choice).toEqual({ type: 'any' });
  });

  it('a replay that keeps the signed thinking block (thinking_blocks) keeps thinking on', async () => {
    const withThinking = [
      conversation[0]!,
      { ...conversation[1]!, thinking_blocks: [{ type: 'thinking', thinking: 'Use the tool.', signature: 'sig' }] } as unknown as OpenAI.Chat.Completions.ChatCompletionMessageParam,
      conversation[2]!,
    ];
    const { response } = await openai()
      .chat.completions.create({ model: 'claude-prod', messages: withThinking, tools, reasoning_effort: 'low', max_completion_tokens: 4096 })
      .withResponse();
    expect(response.headers.get('x-switchyard-degraded')).toBeNull();
    const body = stack.lastBody();
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    expect(body.messages[1].content[0]).toEqual({ type: 'thinking', thinking: 'Use the tool.', signature: 'sig' });
  });
});
