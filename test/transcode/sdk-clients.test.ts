/**
 * Transcoded streams as the official SDKs see them: the SDK clients are given a
 * `fetch` that answers with the transcoder's output, so their own SSE parsers
 * and stream accumulators judge it (no network).
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import { ctx, fixture, mapped } from './helpers.ts';

/** The pairs as the executor sees them (composed from the format mappers through the IR). */
const anthropicMessagesToOpenAIChat = selectTranscoder('anthropic-messages', 'openai-chat');
const openaiChatToAnthropicMessages = selectTranscoder('openai-chat', 'anthropic-messages');

function sseFetch(body: string): typeof fetch {
  return (async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } })) as typeof fetch;
}

function toOpenAI(rel: string, includeUsage = true): string {
  const s = openaiChatToAnthropicMessages.createStream(ctx(), mapped({ includeUsage }));
  return s.push(fixture(rel)) + s.end();
}

function toAnthropic(rel: string): string {
  const s = anthropicMessagesToOpenAIChat.createStream(ctx(), mapped({ includeUsage: true }));
  return s.push(fixture(rel)) + s.end();
}

function openai(body: string): OpenAI {
  return new OpenAI({ apiKey: 'k', baseURL: 'http://gateway.test/v1', fetch: sseFetch(body), maxRetries: 0 });
}

function anthropic(body: string): Anthropic {
  return new Anthropic({ apiKey: 'k', baseURL: 'http://gateway.test', fetch: sseFetch(body), maxRetries: 0 });
}

describe('openai SDK reads Anthropic streams transcoded to chunks', () => {
  it('text then tool use: accumulated tool call with index 0 and parsed arguments', async () => {
    const stream = openai(toOpenAI('anthropic/stream-text-then-tool-use.sse')).chat.completions.stream({ model: 'my-alias', messages: [{ role: 'user', content: 'x' }] });
    const final = await stream.finalChatCompletion();
    const choice = final.choices[0]!;
    expect(choice.finish_reason).toBe('tool_calls');
    expect(choice.message.content).toBe("I'll invoke the JSON response tool.");
    expect(choice.message.tool_calls).toHaveLength(1);
    const tc = choice.message.tool_calls![0]!;
    expect(tc.type === 'function' && JSON.parse(tc.function.arguments)).toEqual({ elements: [{ location: 'San Francisco', temperature: 58, condition: 'sunny' }] });
    expect(final.usage?.prompt_tokens).toBe(849);
  });

  it('mid-stream overloaded error surfaces as an APIError', async () => {
    const it = await openai(toOpenAI('anthropic/stream-error-overloaded-midstream.sse')).chat.completions.create({ model: 'my-alias', messages: [{ role: 'user', content: 'x' }], stream: true });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of it) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    ).rejects.toThrow(/Overloaded/);
    expect(seen.join('')).toBe('Hello');
  });

  it('truncated upstream stream surfaces as an APIError', async () => {
    const body = fixture('anthropic/stream-text.sse');
    const s = openaiChatToAnthropicMessages.createStream(ctx(), mapped());
    const out = s.push(body.subarray(0, body.indexOf('message_delta'))) + s.end();
    const it = await openai(out).chat.completions.create({ model: 'my-alias', messages: [{ role: 'user', content: 'x' }], stream: true });
    await expect(
      (async () => {
        for await (const _ of it) void _;
      })(),
    ).rejects.toThrow(/ended before/);
  });
});

describe('Anthropic SDK reads OpenAI streams transcoded to events', () => {
  it('text then tool call (compat fixture): final message has text + tool_use with parsed input, stop_reason tool_use', async () => {
    const stream = anthropic(toAnthropic('openai-compatible/anthropic-openai-compat-tool-call.sse')).messages.stream({ model: 'my-alias', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] });
    const msg = await stream.finalMessage();
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    const tu = msg.content[1]!;
    expect(tu.type === 'tool_use' && tu.input).toEqual({ path: 'a.txt' });
  });

  it('parallel tool calls and usage', async () => {
    const msg = await anthropic(toAnthropic('openai/stream-parallel-tool-calls.sse')).messages.stream({ model: 'my-alias', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage();
    expect(msg.content.map((b) => b.type)).toEqual(['tool_use', 'tool_use']);
    expect(msg.usage.output_tokens).toBe(60);
    expect(msg.usage.input_tokens).toBe(149);
  });

  it('mid-stream error surfaces as an error', async () => {
    const s = anthropicMessagesToOpenAIChat.createStream(ctx(), mapped());
    const out = s.push(Buffer.from('data: {"id":"c","choices":[{"index":0,"delta":{"role":"assistant","content":"hi"}}]}\n\ndata: {"error":{"message":"boom","type":"server_error"}}\n\n')) + s.end();
    const stream = anthropic(out).messages.stream({ model: 'my-alias', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] });
    await expect(stream.finalMessage()).rejects.toThrow(/boom/);
  });
});
