/**
 * The end-of-stream check of passthrough streams (each codec's stream grammar,
 * runtime/formats/<format>/ `classifyEnd`): only the last SSE event counts,
 * with LF and CRLF framing.
 */
import { describe, it, expect } from 'vitest';
import { codecFor } from '../runtime/formats/index.ts';
import { lastSseEvent } from '../runtime/formats/sse-end.ts';

const classifyStreamEnd = (format: 'anthropic-messages' | 'openai-chat', tail: Buffer) => codecFor(format).streamGrammar('llm/v1/chat')!.classifyEnd(tail);

const b = (s: string) => Buffer.from(s);

describe('classifyStreamEnd', () => {
  it.each(['\n', '\r\n'])('Anthropic (line end %j): message_stop last → complete; message_delta last → truncated; error last → error_event', (nl) => {
    const ev = (name: string, data: string) => `event: ${name}${nl}data: ${data}${nl}${nl}`;
    expect(classifyStreamEnd('anthropic-messages', b(ev('message_delta', '{}') + ev('message_stop', '{"type":"message_stop"}')))).toBe('complete');
    expect(classifyStreamEnd('anthropic-messages', b(ev('message_stop', '{}') + ev('message_delta', '{"type":"message_delta"}')))).toBe('truncated');
    expect(classifyStreamEnd('anthropic-messages', b(ev('content_block_delta', '{"text":"event: message_stop"}')))).toBe('truncated');
    expect(classifyStreamEnd('anthropic-messages', b(ev('content_block_delta', '{}') + ev('error', '{"type":"error"}')))).toBe('error_event');
    expect(classifyStreamEnd('anthropic-messages', b(''))).toBe('truncated');
  });

  it.each(['\n', '\r\n'])('OpenAI (line end %j): [DONE] last → complete (also unterminated); a chunk last → truncated; an error object → error_event', (nl) => {
    expect(classifyStreamEnd('openai-chat', b(`data: {"choices":[]}${nl}${nl}data: [DONE]${nl}${nl}`))).toBe('complete');
    expect(classifyStreamEnd('openai-chat', b(`data: {"choices":[]}${nl}${nl}data: [DONE]`))).toBe('complete');
    expect(classifyStreamEnd('openai-chat', b(`data: [DONE]${nl}${nl}data: {"choices":[]}${nl}${nl}`))).toBe('truncated');
    expect(classifyStreamEnd('openai-chat', b(`data: {"choices":[{"delta":{"content":"[DONE]"}}]}${nl}${nl}`))).toBe('truncated');
    expect(classifyStreamEnd('openai-chat', b(`data: {"error":{"message":"x"}}${nl}${nl}`))).toBe('error_event');
  });

  it('lastSseEvent returns the last event without its blank line', () => {
    expect(lastSseEvent(b('event: a\ndata: 1\n\nevent: b\ndata: 2\n\n\n'))).toBe('event: b\ndata: 2');
    expect(lastSseEvent(b('data: x'))).toBe('data: x');
  });
});
