/**
 * The wire-format codecs (runtime/formats/<format>/): one suite run against
 * every codec of the registry, plus the format-specific facts. Envelopes are
 * checked with the generated validators of each format's error schema, and
 * the keep-alive with the SSE parser the gateway uses.
 */
import { describe, it, expect } from 'vitest';
import { CODECS, FALLBACK_FORMAT, codecFor, formatByHeader } from '../runtime/formats/index.ts';
import { GatewayError } from '../runtime/errors.ts';
import { validators } from '../generated/validators/index.ts';
import { WIRE_FORMATS } from '../generated/formats.ts';
import { SseParser } from '../runtime/sse/parser.ts';
import type { Format } from '../generated/routes.ts';

const ERROR_VALIDATOR: Record<Format, (d: unknown) => boolean> = {
  'anthropic-messages': validators['anthropic-error'],
  'openai-chat': validators['openai-error'],
  'openai-responses': validators['openai-error'],
  gemini: validators['gemini-error'],
};

/** Parses SSE text into [event, data] pairs. */
function events(text: string): [string | undefined, string][] {
  const out: [string | undefined, string][] = [];
  const p = new SseParser((e, d) => out.push([e, d]));
  p.push(Buffer.from(text));
  p.end();
  return out;
}

describe.each(Object.values(CODECS).map((c) => [c.format, c] as const))('codec %s', (format, codec) => {
  it('is registered under its format and carries its spec facts', () => {
    expect(codecFor(format)).toBe(codec);
    expect(codec.info).toBe(WIRE_FORMATS[format]);
  });
  it('gateway errors use the format envelope; unexposed messages are replaced', () => {
    const body = JSON.parse(codec.errorBody(new GatewayError('rate_limit', 'slow down'))) as unknown;
    expect(ERROR_VALIDATOR[format](body)).toBe(true);
    expect(JSON.stringify(body)).toContain('slow down');
    expect(codec.errorBody(new GatewayError('api_error', 'secret internals', { expose: false }))).not.toContain('secret internals');
  });
  it('upstream errors: a JSON object stays as is; a non-JSON body becomes an envelope naming only the status', () => {
    const j = { any: 'shape' };
    expect(JSON.parse(codec.normalizeUpstreamError(500, Buffer.from(JSON.stringify(j))))).toEqual(j);
    const n = codec.normalizeUpstreamError(502, Buffer.from('<html>proxy said sk-secret-123</html>'));
    expect(ERROR_VALIDATOR[format](JSON.parse(n))).toBe(true);
    expect(n).toContain('HTTP 502');
    expect(n).not.toContain('sk-secret');
  });
  it('a stream error event parses back to the envelope', () => {
    const json = codec.errorBody(new GatewayError('overloaded', 'busy'));
    const ev = events(codec.streamError(json));
    expect(ev).toHaveLength(1);
    expect((JSON.parse(ev[0]![1]) as { error: unknown }).error).toEqual((JSON.parse(json) as { error: unknown }).error);
  });
  it('the keep-alive is ignored by SSE parsers or is a documented no-op event', () => {
    const ev = events(codec.keepalive);
    expect(ev.length === 0 || ev.every(([e]) => e === 'ping')).toBe(true);
  });
  it('has the validators its spec row names (chat for every format with ingress routes), and a stream grammar for chat', () => {
    const names = WIRE_FORMATS[format].validators;
    for (const rt of Object.keys(names) as (keyof typeof names & Parameters<typeof codec.validators>[0])[]) {
      if (names[rt]?.passthrough) expect(codec.validators(rt).passthrough, rt).toBeTypeOf('function');
      if (names[rt]?.translated) expect(codec.validators(rt).translated, rt).toBeTypeOf('function');
    }
    if (format === 'anthropic-messages' || format === 'openai-chat') {
      expect(codec.validators('llm/v1/chat').passthrough).toBeTypeOf('function');
      expect(codec.validators('llm/v1/chat').translated).toBeTypeOf('function');
    } else if (format === 'gemini') {
      // Gemini ingress (issue 13): a minimal schema on every request; the mapper checks the rest on translated routes, naming the field.
      expect(codec.validators('llm/v1/chat').passthrough).toBeTypeOf('function');
      expect(codec.validators('llm/v1/count_tokens').passthrough).toBeTypeOf('function');
      expect(codec.validators('llm/v1/chat').translated).toBeNull();
    } else {
      // No ingress routes yet (issue 14): nothing to validate.
      expect(codec.validators('llm/v1/chat')).toEqual({ passthrough: null, translated: null });
    }
    expect(codec.streamGrammar('llm/v1/chat')).not.toBeNull();
  });
  it('model lists render in the format shape', () => {
    const list = [{ id: 'a', displayName: 'A', ownedBy: 'x', catalog: { context_window: 1 } }];
    if (format === 'gemini') {
      // models.list (https://ai.google.dev/api/models#method:-models.list)
      expect(codec.modelList(list)).toEqual({ models: [{ name: 'models/a', displayName: 'A', inputTokenLimit: 1, supportedGenerationMethods: ['generateContent', 'streamGenerateContent', 'countTokens'] }] });
      return;
    }
    const body = codec.modelList(list) as { data: Record<string, unknown>[] };
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ id: 'a', context_window: 1 });
  });
});

describe('format facts from the specs', () => {
  it('request-id headers are the ones each SDK reads', () => {
    expect(codecFor('anthropic-messages').info.requestIdHeader).toBe('request-id');
    expect(codecFor('openai-chat').info.requestIdHeader).toBe('x-request-id');
  });
  it('the identifying header and the fallback format', () => {
    expect(formatByHeader({ 'anthropic-version': '2023-06-01' })).toBe('anthropic-messages');
    expect(formatByHeader({ authorization: 'Bearer x' })).toBeNull();
    expect(FALLBACK_FORMAT).toBe('openai-chat');
  });
  it('Anthropic and OpenAI Chat stream errors are exactly the envelope', () => {
    for (const f of ['anthropic-messages', 'openai-chat'] as const) {
      const json = codecFor(f).errorBody(new GatewayError('overloaded', 'busy'));
      expect(JSON.parse(events(codecFor(f).streamError(json))[0]![1])).toEqual(JSON.parse(json));
    }
  });
  it('Anthropic keep-alive is event: ping; OpenAI keep-alive is a comment (no event)', () => {
    expect(events(codecFor('anthropic-messages').keepalive)).toEqual([['ping', '{"type": "ping"}']]);
    expect(events(codecFor('openai-chat').keepalive)).toEqual([]);
  });
  it('usage: Anthropic message_start then message_delta (replacing); OpenAI the include_usage chunk', () => {
    const a = codecFor('anthropic-messages').usageSniffer();
    a.push(Buffer.from('event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":5,"output_tokens":1,"cache_read_input_tokens":2}}}\n\n'));
    a.push(Buffer.from('event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":9}}\n\n'));
    expect(a.usage).toMatchObject({ input: 5, output: 9, cacheRead: 2, reported: true });
    const o = codecFor('openai-chat').usageSniffer();
    o.push(Buffer.from('data: {"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}}\n\ndata: [DONE]\n\n'));
    expect(o.usage).toMatchObject({ input: 7, output: 3, reported: true });
    expect(codecFor('openai-chat').usageFromJson(Buffer.from('{"usage":{"prompt_tokens":1,"completion_tokens":2}}'))).toMatchObject({ input: 1, output: 2 });
    expect(codecFor('anthropic-messages').usageFromJson(Buffer.from('not json')).reported).toBe(false);
  });
});
