/**
 * SseParser filters (`wantEvent`, `wantData`) and `stop()`: the parts of the
 * parser that let usage accounting and the stream prelude skip what they do
 * not need (issue 6). The general framing rules are in test/sse.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent, type SseParserOptions } from '../runtime/sse/parser.ts';
import { createUsageSniffer } from '../runtime/observability/usage.ts';

const STREAM = [
  'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":7,"output_tokens":1}}}\n\n',
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hé"}}\n\n',
  ': comment\n\n',
  'event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":5}}\n\n',
  'event: message_stop\ndata: {"type":"message_stop"}\n\n',
].join('');

function parseWith(chunks: Buffer[], o: SseParserOptions): SseEvent[] {
  const out: SseEvent[] = [];
  const p = new SseParser((event, data) => out.push({ event, data }), o);
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

/** Every split of the stream into two chunks (also inside UTF-8 characters). */
function splits(s: string): Buffer[][] {
  const b = Buffer.from(s);
  const out: Buffer[][] = [];
  for (let i = 0; i <= b.length; i++) out.push([b.subarray(0, i), b.subarray(i)]);
  return out;
}

describe('SseParser filters', () => {
  it('wantEvent skips events by name, for every chunk split', () => {
    const want = (line: Buffer, start: number, end: number) => ['message_start', 'message_delta'].includes(line.toString('utf8', start, end));
    for (const chunks of splits(STREAM)) {
      expect(parseWith(chunks, { wantEvent: want }).map((e) => e.event)).toEqual(['message_start', 'message_delta']);
    }
  });

  it('skipped events are stepped over for every split into three chunks, with LF, CRLF and mixed framing', () => {
    const want = (line: Buffer, start: number, end: number) => ['message_start', 'message_delta'].includes(line.toString('utf8', start, end));
    const expected = parseWith([Buffer.from(STREAM)], {}).filter((e) => e.event === 'message_start' || e.event === 'message_delta');
    const variants = [STREAM, STREAM.replace(/\n/g, '\r\n'), STREAM.replace(/\n\n/g, '\r\n\n'), 'event: ping\ndata: x\n\n' + STREAM.replace('\n\nevent: message_delta', '\r\n\r\nevent: message_delta')];
    for (const v of variants) {
      const b = Buffer.from(v);
      for (let i = 0; i <= b.length; i += 3) {
        for (let j = i; j <= b.length; j += 7) {
          const got = parseWith([b.subarray(0, i), b.subarray(i, j), b.subarray(j)], { wantEvent: want });
          expect(got, `${JSON.stringify(v.slice(0, 20))} split at ${i}/${j}`).toEqual(expected);
        }
      }
    }
  });

  it('wantData sees the raw value bytes and skips the whole event', () => {
    const seen: string[] = [];
    const events = parseWith([Buffer.from(STREAM)], {
      wantData: (line, start, end) => {
        seen.push(line.toString('utf8', start, end));
        return line.subarray(start, end).includes('"usage"');
      },
    });
    expect(events.map((e) => e.event)).toEqual(['message_start', 'message_delta']);
    expect(seen[1]).toBe('{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hé"}}');
  });

  it('a skipped event does not leak its data into the next one', () => {
    const text = 'event: skip\ndata: a\ndata: b\n\nevent: keep\ndata: c\n\n';
    expect(parseWith([Buffer.from(text)], { wantEvent: (l, s, e) => l.toString('utf8', s, e) === 'keep' })).toEqual([{ event: 'keep', data: 'c' }]);
  });

  it('stop() from the handler ends parsing in the middle of a chunk', () => {
    const out: string[] = [];
    const p: SseParser = new SseParser((event) => {
      out.push(event ?? '');
      if (out.length === 2) p.stop();
    });
    p.push(Buffer.from(STREAM));
    p.push(Buffer.from('event: late\ndata: x\n\n'));
    p.end();
    expect(out).toEqual(['message_start', 'content_block_delta']);
  });
});

describe('usage sniffer (passthrough)', () => {
  it('Anthropic: usage from message_start and message_delta, for every chunk split', () => {
    for (const chunks of splits(STREAM)) {
      const s = createUsageSniffer('anthropic-messages');
      for (const c of chunks) s.push(c);
      expect(s.usage).toMatchObject({ reported: true, input: 7, output: 5 });
    }
  });

  it('OpenAI: usage from the include_usage chunk only', () => {
    const s = createUsageSniffer('openai-chat');
    s.push(Buffer.from('data: {"choices":[{"delta":{"content":"usage"}}]}\n\ndata: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}\n\ndata: [DONE]\n\n'));
    expect(s.usage).toMatchObject({ reported: true, input: 3, output: 4 });
  });
});
