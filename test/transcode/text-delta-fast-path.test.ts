/**
 * The Anthropic → OpenAI stream transcoder's fast path for text deltas
 * (issue 6: no JSON.parse / JSON.stringify per text event) must give the same
 * stream, once parsed, as the general path, and must leave every other shape
 * (and malformed JSON) to the general path.
 */
import { describe, expect, it } from 'vitest';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import { ctx, events, mapped } from './helpers.ts';

/** OpenAI caller ← Anthropic upstream (the Anthropic decoder's fast path feeds the OpenAI encoder). */
const T = selectTranscoder('openai-chat', 'anthropic-messages');

const head = (extra = '') =>
  'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","usage":{"input_tokens":3,"output_tokens":1}}}\n\n' +
  'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n' + extra;
const tail = 'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n' +
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":9}}\n\n' +
  'event: message_stop\ndata: {"type":"message_stop"}\n\n';

/** Content text the OpenAI stream carries, plus any error object. */
function run(sse: string): { content: string; error: unknown } {
  const t = T.createStream(ctx(), mapped({ includeUsage: false }));
  const out = t.push(Buffer.from(sse)) + t.end();
  let content = '';
  let error: unknown = null;
  for (const e of events(out)) {
    if (e.data === '[DONE]') continue;
    const c = JSON.parse(e.data) as { choices?: { delta?: { content?: string } }[]; error?: unknown };
    if (c.error) error = c.error;
    content += c.choices?.[0]?.delta?.content ?? '';
  }
  return { content, error };
}

const delta = (raw: string, index = '0') => `event: content_block_delta\ndata: {"type":"content_block_delta","index":${index},"delta":{"type":"text_delta","text":${raw}}}\n\n`;

describe('text delta fast path', () => {
  const texts = ['plain', ' with "quotes" and \\ backslash', 'tab\tnew\nline', 'héllo wörld — 漢字 🎉', '\u0001 control', '</script>', ''];

  it('canonical deltas (JSON.stringify) carry the same text', () => {
    const sse = head() + texts.map((t) => delta(JSON.stringify(t))).join('') + tail;
    expect(run(sse)).toEqual({ content: texts.join(''), error: null });
  });

  it('non-canonical escapes (\\u00e9, \\/) carry the same text once parsed', () => {
    const sse = head() + delta('"caf\\u00e9 \\/ \\ud83c\\udf89"') + tail;
    expect(run(sse)).toEqual({ content: 'café / 🎉', error: null });
  });

  it('a delta for an unknown block index is ignored, as in the general path', () => {
    expect(run(head() + delta('"x"', '7') + tail)).toEqual({ content: '', error: null });
  });

  it('malformed literals fall back to the general path, which reports the malformed event', () => {
    for (const bad of ['"raw\u0001control"', '"bad \\x escape"', '"unterminated', '"short \\u12"']) {
      const r = run(head() + delta(bad) + tail);
      expect(r.error, bad).not.toBeNull();
    }
    // Leading zero in the index: not JSON.
    expect(run(head() + delta('"x"', '00') + tail).error).not.toBeNull();
  });

  it('other key orders and extra fields take the general path with the same result', () => {
    const sse = head() +
      'event: content_block_delta\ndata: {"index":0,"type":"content_block_delta","delta":{"text":"a","type":"text_delta"}}\n\n' +
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"b","extra":1}}\n\n' +
      tail;
    expect(run(sse)).toEqual({ content: 'ab', error: null });
  });
});
