/**
 * SSE parser and writer: every recorded stream parses identically whole, split
 * at every byte boundary, in random chunkings, and re-framed with CRLF / CR
 * line endings; multi-byte UTF-8 characters split across chunks survive.
 */
import { describe, expect, it } from 'vitest';
import { SseParser, parseSse, type SseEvent } from '../runtime/sse/parser.ts';
import { SSE_DONE, sseComment, sseData, sseEvent } from '../runtime/sse/writer.ts';
import { fixture, listFixtures } from './transcode/helpers.ts';

const SSE_FIXTURES = [...listFixtures('anthropic', '.sse'), ...listFixtures('openai', '.sse'), ...listFixtures('openai-compatible', '.sse')];

function bytewise(buf: Buffer): SseEvent[] {
  const out: SseEvent[] = [];
  const p = new SseParser((event, data) => out.push({ event, data }));
  for (let i = 0; i < buf.length; i++) p.push(buf.subarray(i, i + 1));
  p.end();
  return out;
}

function chunked(buf: Buffer, sizes: number[]): SseEvent[] {
  const out: SseEvent[] = [];
  const p = new SseParser((event, data) => out.push({ event, data }));
  let pos = 0;
  let k = 0;
  while (pos < buf.length) {
    const n = sizes[k++ % sizes.length] ?? 1;
    p.push(buf.subarray(pos, pos + n));
    pos += n;
  }
  p.end();
  return out;
}

/** Deterministic pseudo-random chunk sizes (LCG). */
function sizes(seed: number, count: number, max: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(1 + (x % max));
  }
  return out;
}

describe('SseParser on recorded fixtures', () => {
  it('finds the fixtures', () => {
    expect(SSE_FIXTURES.length).toBeGreaterThan(30);
  });

  for (const rel of SSE_FIXTURES) {
    describe(rel, () => {
      const buf = fixture(rel);
      const whole = parseSse(buf);

      it('parses every data line as JSON or [DONE], event names equal to data.type', () => {
        expect(whole.length).toBeGreaterThan(0);
        for (const e of whole) {
          if (e.data === '[DONE]') continue;
          const d = JSON.parse(e.data) as { type?: unknown };
          if (e.event !== undefined) expect(e.event).toBe(d.type);
        }
      });

      it('is identical split at every byte boundary', () => {
        expect(bytewise(buf)).toEqual(whole);
      });

      it('is identical in random chunkings', () => {
        for (const seed of [1, 2, 3]) expect(chunked(buf, sizes(seed, 64, 97))).toEqual(whole);
      });

      it('is identical with CRLF and CR line endings', () => {
        const text = buf.toString('utf8');
        expect(text.includes('\r')).toBe(false);
        const crlf = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
        const cr = Buffer.from(text.replace(/\n/g, '\r'), 'utf8');
        expect(parseSse(crlf)).toEqual(whole);
        expect(bytewise(crlf)).toEqual(whole);
        expect(parseSse(cr)).toEqual(whole);
        expect(chunked(cr, sizes(7, 64, 13))).toEqual(whole);
      });
    });
  }
});

describe('SseParser framing rules', () => {
  it('joins multi-line data with \\n, ignores comments, id and retry', () => {
    const src = ': keep-alive\nid: 7\nretry: 1000\nevent: x\ndata: a\ndata:b\ndata\n\n';
    expect(parseSse(Buffer.from(src))).toEqual([{ event: 'x', data: 'a\nb\n' }]);
  });

  it('does not dispatch an event without data and resets the event name', () => {
    expect(parseSse(Buffer.from('event: ping\n\ndata: 1\n\n'))).toEqual([{ event: undefined, data: '1' }]);
  });

  it('strips only one space after the colon', () => {
    expect(parseSse(Buffer.from('data:  two\n\n'))).toEqual([{ event: undefined, data: ' two' }]);
  });

  it('keeps multi-byte UTF-8 split inside a character (every split point)', () => {
    const src = Buffer.from('event: t\ndata: {"text":"925 ÷ 5 = 185 🎉 日本語"}\n\n', 'utf8');
    const expected = [{ event: 't', data: '{"text":"925 ÷ 5 = 185 🎉 日本語"}' }];
    for (let i = 1; i < src.length; i++) {
      const out: SseEvent[] = [];
      const p = new SseParser((event, data) => out.push({ event, data }));
      p.push(src.subarray(0, i));
      p.push(src.subarray(i));
      p.end();
      expect(out).toEqual(expected);
    }
  });

  it('handles CRLF split between CR and LF (no phantom blank line)', () => {
    const out: SseEvent[] = [];
    const p = new SseParser((event, data) => out.push({ event, data }));
    p.push(Buffer.from('data: a\r'));
    p.push(Buffer.from('\ndata: b\r'));
    p.push(Buffer.from('\n\r'));
    p.push(Buffer.from('\n'));
    p.end();
    expect(out).toEqual([{ event: undefined, data: 'a\nb' }]);
  });

  it('skips a leading UTF-8 BOM, even split across chunks', () => {
    const src = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('data: x\n\n')]);
    expect(parseSse(src)).toEqual([{ event: undefined, data: 'x' }]);
    expect(bytewise(src)).toEqual([{ event: undefined, data: 'x' }]);
  });

  it('dispatches a final event without its blank line at end()', () => {
    expect(parseSse(Buffer.from('data: [DONE]'))).toEqual([{ event: undefined, data: '[DONE]' }]);
    expect(parseSse(Buffer.from('data: [DONE]\n'))).toEqual([{ event: undefined, data: '[DONE]' }]);
  });

  it('parses a large stream in linear time', () => {
    const one = 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hello world"}}\n\n';
    const big = Buffer.from(one.repeat(20_000));
    let n = 0;
    const p = new SseParser(() => n++);
    const t0 = performance.now();
    for (let i = 0; i < big.length; i += 1500) p.push(big.subarray(i, i + 1500));
    p.end();
    const perEventUs = ((performance.now() - t0) * 1000) / n;
    expect(n).toBe(20_000);
    expect(perEventUs).toBeLessThan(50); // a few µs in practice; generous bound for slow CI
  });
});

describe('SSE writer', () => {
  it('formats named and unnamed events', () => {
    expect(sseEvent('ping', '{"type":"ping"}')).toBe('event: ping\ndata: {"type":"ping"}\n\n');
    expect(sseData('{"a":1}')).toBe('data: {"a":1}\n\n');
    expect(SSE_DONE).toBe('data: [DONE]\n\n');
    expect(sseComment()).toBe(':\n\n');
  });

  it('splits data containing newlines into several data lines (round trip)', () => {
    const s = sseEvent('x', 'a\nb\r\nc');
    expect(s).toBe('event: x\ndata: a\ndata: b\ndata: c\n\n');
    expect(parseSse(Buffer.from(s))).toEqual([{ event: 'x', data: 'a\nb\nc' }]);
  });
});
