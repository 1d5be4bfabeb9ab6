/**
 * Issue 3 end to end with the Vercel AI SDK as the client: `ai` +
 * `@ai-sdk/anthropic` (Anthropic Messages ingress) against an anthropic target
 * (passthrough) and an openai target (translated), and `@ai-sdk/openai`
 * (`.chat(model)`: Chat Completions ingress) against an anthropic target
 * (translated). Upstream: the simulator, synthesizing answers or replaying
 * recorded fixtures (aliases in test/helpers/translation.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { generateText, streamText, jsonSchema, tool, stepCountIs } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import {
  startTranslationStack,
  fixtureBytes,
  fixtureJson,
  anthropicEvents,
  sseEvents,
  CALLER_KEY,
  PROVIDER_KEY_ANTHROPIC,
  PROVIDER_KEY_OPENAI,
  type Obj,
  type TranslationStack,
} from './helpers/translation.ts';

// The AI SDK logs a warning per unknown model id (our aliases); the tests do not need them.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

let stack: TranslationStack;
beforeAll(async () => {
  stack = await startTranslationStack();
});
afterAll(async () => stack?.close());

const anthropicProvider = () => createAnthropic({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY });
const openaiProvider = () => createOpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY });

const weatherTool = () =>
  tool({
    description: 'Weather by city',
    inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false }),
  });

/** Text of a recorded Anthropic stream's text_delta events. */
const recordedAnthropicText = (rel: string) =>
  anthropicEvents(fixtureBytes(rel))
    .filter((e) => e.data.delta?.type === 'text_delta')
    .map((e) => e.data.delta.text as string)
    .join('');

/** Text of a recorded OpenAI stream's content deltas. */
const recordedOpenAIText = (rel: string) =>
  sseEvents(fixtureBytes(rel))
    .filter((e) => e.data !== '[DONE]')
    .map((e) => ((JSON.parse(e.data) as Obj).choices?.[0]?.delta?.content as string | undefined) ?? '')
    .join('');

describe('@ai-sdk/anthropic → anthropic target (passthrough)', () => {
  it('generateText: provider key and upstream model upstream, text and usage back', async () => {
    const r = await generateText({ model: anthropicProvider()('claude-prod'), prompt: 'Hello', maxRetries: 0 });
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.finishReason).toBe('stop');
    expect(r.usage.outputTokens).toBeGreaterThan(0);
    const up = stack.last();
    expect(up.path).toBe('/v1/messages');
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(up.headers['anthropic-version']).toBe('2023-06-01');
    expect(stack.lastBody().model).toBe('claude-sonnet-4-5');
  });

  it('streamText over a recorded stream: the text arrives whole', async () => {
    const r = streamText({ model: anthropicProvider()('fx-anthropic/stream-text.sse'), prompt: 'x', maxRetries: 0 });
    expect(await r.text).toBe(recordedAnthropicText('anthropic/stream-text.sse'));
    expect(await r.finishReason).toBe('stop');
  });

  it('generateText with tools over a recorded parallel tool_use answer', async () => {
    const fx = fixtureJson('anthropic/message-parallel-tool-use-4.json');
    const r = await generateText({
      model: anthropicProvider()('fx-anthropic/message-parallel-tool-use-4.json'),
      prompt: 'Who is youngest?',
      tools: { retrieve_entity_info: tool({ inputSchema: jsonSchema<{ name: string }>({ type: 'object', properties: { name: { type: 'string' } } }) }) },
      maxRetries: 0,
    });
    expect(r.finishReason).toBe('tool-calls');
    expect(r.toolCalls.map((t) => [t.toolCallId, t.toolName, t.input])).toEqual(fx.content.slice(1).map((b: Obj) => [b.id, b.name, b.input]));
  });
});

describe('@ai-sdk/anthropic → openai target (translated)', () => {
  it('generateText over a recorded completion: text, finish reason, usage', async () => {
    const fx = fixtureJson('openai/completion-basic.json');
    const r = await generateText({ model: anthropicProvider()('fx-openai/completion-basic.json'), system: 'Be brief.', prompt: 'Hi', maxRetries: 0 });
    expect(r.text).toBe(fx.choices[0].message.content);
    expect(r.finishReason).toBe('stop');
    expect(r.usage.inputTokens).toBe(fx.usage.prompt_tokens);
    expect(r.usage.outputTokens).toBe(fx.usage.completion_tokens);
    const up = stack.last();
    expect(up.path).toBe('/v1/chat/completions');
    expect(up.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_OPENAI}`);
    expect(up.headers['x-api-key']).toBeUndefined();
    const b = stack.lastBody();
    expect(b.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ]);
    expect(typeof b.max_completion_tokens).toBe('number');
    expect(b).not.toHaveProperty('max_tokens');
  });

  it('streamText over a recorded include_usage stream: text and usage', async () => {
    const r = streamText({ model: anthropicProvider()('fx-openai/stream-text-include-usage.sse'), prompt: 'x', maxRetries: 0 });
    expect(await r.text).toBe(recordedOpenAIText('openai/stream-text-include-usage.sse'));
    expect(await r.finishReason).toBe('stop');
    const u = await r.usage;
    expect([u.inputTokens, u.outputTokens]).toEqual([14, 30]);
    expect(stack.lastBody().stream_options).toEqual({ include_usage: true });
  });

  it('streamText with tools over recorded parallel tool calls: two tool calls, finish tool-calls', async () => {
    const stock = tool({ inputSchema: jsonSchema<{ ticker: string; exchange: string }>({ type: 'object', properties: { ticker: { type: 'string' }, exchange: { type: 'string' } } }) });
    const r = streamText({ model: anthropicProvider()('fx-openai/stream-parallel-tool-calls.sse'), prompt: 'x', tools: { GetWeatherArgs: weatherTool(), get_stock_price: stock }, maxRetries: 0 });
    const calls = await r.toolCalls;
    expect(calls.map((c) => c.toolName)).toEqual(['GetWeatherArgs', 'get_stock_price']);
    expect(calls[1]?.input).toEqual({ ticker: 'AAPL', exchange: 'NASDAQ' });
    expect(calls[0]?.toolCallId).toBe('call_JMW1whyEaYG438VE1OIflxA2');
    expect(await r.finishReason).toBe('tool-calls');
    expect(stack.lastBody().tools[0]).toMatchObject({ type: 'function', function: { name: 'GetWeatherArgs' } });
  });

  it('streamText over an OpenAI-compatible stream with reasoning_content: reasoning, then the tool call', async () => {
    const r = streamText({
      model: anthropicProvider()('fx-compat/xai-reasoning-content-tool-call.sse'),
      prompt: 'x',
      tools: { weather: tool({ inputSchema: jsonSchema<{ location: string }>({ type: 'object', properties: { location: { type: 'string' } } }) }) },
      maxRetries: 0,
    });
    const recorded = sseEvents(fixtureBytes('openai-compatible/xai-reasoning-content-tool-call.sse'))
      .filter((e) => e.data !== '[DONE]')
      .map((e) => ((JSON.parse(e.data) as Obj).choices?.[0]?.delta?.reasoning_content as string | undefined) ?? '')
      .join('');
    expect(recorded.length).toBeGreaterThan(0);
    expect(await r.reasoningText).toBe(recorded);
    const calls = await r.toolCalls;
    expect(calls.map((c) => [c.toolName, c.input, c.invalid ?? false])).toEqual([['weather', { location: 'San Francisco' }, false]]);
    expect(await r.finishReason).toBe('tool-calls');
  });

  it('a tool loop (execute + stepCountIs): tool_use → tool_result → final text, all translated', async () => {
    const seen: Array<{ city: string }> = [];
    const r = await generateText({
      model: anthropicProvider()('gpt-prod'),
      // The simulator calls the tool named by the marker (with this input), then answers the tool result with text.
      prompt: 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]',
      tools: { get_weather: tool({ ...weatherTool(), execute: async (input: { city: string }) => (seen.push(input), '18°C, sunny') }) },
      stopWhen: stepCountIs(2),
      maxRetries: 0,
    });
    expect(seen).toEqual([{ city: 'Paris' }]);
    expect(r.steps).toHaveLength(2);
    expect(r.steps[0]?.finishReason).toBe('tool-calls');
    expect(r.text.length).toBeGreaterThan(0);
    const msgs = stack.lastBody().messages as Obj[];
    const call = msgs.find((m) => m.role === 'assistant')?.tool_calls?.[0];
    expect(call).toMatchObject({ type: 'function', function: { name: 'get_weather' } });
    expect(msgs.find((m) => m.role === 'tool')).toMatchObject({ tool_call_id: call.id });
  });
});

describe('@ai-sdk/openai (.chat) → anthropic target (translated)', () => {
  it('generateText: provider key, Anthropic body upstream, text back', async () => {
    const r = await generateText({ model: openaiProvider().chat('claude-prod'), system: 'Be brief.', prompt: 'Hello', maxRetries: 0 });
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.finishReason).toBe('stop');
    const up = stack.last();
    expect(up.path).toBe('/v1/messages');
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    const b = stack.lastBody();
    expect(b.model).toBe('claude-sonnet-4-5');
    expect(b.system).toEqual([{ type: 'text', text: 'Be brief.' }]);
    expect(b.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }]);
  });

  it('streamText over a recorded Anthropic stream with prompt caching: text and usage (cache tokens counted once)', async () => {
    const r = streamText({ model: openaiProvider().chat('fx-anthropic/stream-prompt-cache-usage.sse'), prompt: 'x', maxRetries: 0 });
    expect(await r.text).toBe(recordedAnthropicText('anthropic/stream-prompt-cache-usage.sse'));
    const u = await r.usage;
    expect(u.inputTokens).toBe(6 + 3337 + 6289);
    expect(u.outputTokens).toBe(198);
    expect(u.inputTokenDetails?.cacheReadTokens).toBe(6289);
  });

  it('streamText with tools: text then tool_use, and tool calls without arguments', async () => {
    const r = streamText({
      model: openaiProvider().chat('fx-crafted/anthropic-text-then-3-tools.sse'),
      prompt: 'x',
      tools: { get_weather: weatherTool(), get_time: tool({ inputSchema: jsonSchema<Record<string, never>>({ type: 'object', properties: {} }) }) },
      maxRetries: 0,
    });
    expect(await r.text).toBe('Checking both cities.');
    const calls = await r.toolCalls;
    expect(calls.map((c) => [c.toolCallId, c.toolName, c.input])).toEqual([
      ['toolu_A', 'get_weather', { city: 'Paris' }],
      ['toolu_B', 'get_weather', { city: 'Oslo' }],
      ['toolu_C', 'get_time', {}],
    ]);
    expect(await r.finishReason).toBe('tool-calls');
  });

  it('a tool loop (execute + stepCountIs) against Claude through the translated route', async () => {
    const r = await generateText({
      model: openaiProvider().chat('claude-prod'),
      prompt: 'Weather in Oslo? [sim-tool:get_weather:{"city":"Oslo"}]',
      tools: { get_weather: tool({ ...weatherTool(), execute: async () => '3°C, snow' }) },
      stopWhen: stepCountIs(2),
      maxRetries: 0,
    });
    expect(r.steps.map((s) => s.finishReason)).toEqual(['tool-calls', 'stop']);
    const msgs = stack.lastBody().messages as Obj[];
    const tu = (msgs[1]?.content as Obj[]).find((b) => b.type === 'tool_use');
    expect(tu).toMatchObject({ name: 'get_weather', input: { city: 'Oslo' } });
    expect(msgs[2]?.content).toEqual([{ type: 'tool_result', tool_use_id: tu?.id, content: '3°C, snow' }]);
  });

  it('a mid-stream Anthropic error reaches streamText as an error part, not a clean finish', async () => {
    const errors: unknown[] = [];
    const r = streamText({ model: openaiProvider().chat('fx-anthropic/stream-error-overloaded-midstream.sse'), prompt: 'x', maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    const parts: string[] = [];
    for await (const p of r.fullStream) parts.push(p.type);
    expect(parts).toContain('error');
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message ?? errors[0])).toContain('Overloaded');
  });
});
