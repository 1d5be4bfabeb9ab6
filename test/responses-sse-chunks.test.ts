/**
 * The chunk-level shortcuts of the Responses SSE readers (runtime/responses/sse-chunks.ts):
 * `eventSink` (WebSocket mode) and `keepingSink` (the response store) must read exactly what
 * the SSE parser reads, for every way the stream can be cut into chunks — whole events as the
 * stream encoder writes them, events split at any point, CR framing, comments, multi-line data,
 * a BOM, a lone surrogate, a terminal type string inside a non-terminal event. And the store's
 * splice of a translated JSON answer's text (runtime/responses/store.ts `entryJson`) stores the
 * text JSON.stringify would.
 */
import { describe, expect, it } from 'vitest';
import { eventSink } from '../runtime/responses/event-sink.ts';
import { keepingSink } from '../runtime/responses/index.ts';
import { ResponseSink, type SinkTarget } from '../runtime/server/sink.ts';
import { parseSse } from '../runtime/sse/parser.ts';
import { entryJson } from '../runtime/responses/store.ts';

type Json = Record<string, unknown>;

const ev = (type: string, fields: Json): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...fields })}\n\n`;
const final = { id: 'resp_1', object: 'response', status: 'completed', output: [{ type: 'message', content: [{ type: 'output_text', text: 'hi "response.completed" ☃' }] }] };
const EVENTS = [
  ev('response.created', { response: { id: 'resp_1', metadata: { '"response.completed"': 'a key, not a type' } }, sequence_number: 0 }),
  ev('response.output_text.delta', { delta: 'hi ', sequence_number: 1 }),
  ': keep-alive\n\n',
  ev('response.output_text.delta', { delta: '"response.completed" ☃', sequence_number: 2 }),
  ev('response.completed', { response: final, sequence_number: 3 }),
];

/** Every chunking of `s` worth trying: whole events, single events, and cuts at many byte offsets. */
function chunkings(events: string[]): string[][] {
  const s = events.join('');
  const out: string[][] = [[s], events];
  for (let cut = 1; cut < s.length; cut += 7) out.push([s.slice(0, cut), s.slice(cut)]);
  for (let size = 3; size < 64; size += 11) {
    const parts: string[] = [];
    for (let i = 0; i < s.length; i += size) parts.push(s.slice(i, i + size));
    out.push(parts);
  }
  // Whole events, then one split event, then whole events again (the reader resynchronises).
  out.push([events[0] as string, (events[1] as string).slice(0, 10), (events[1] as string).slice(10) + (events[2] as string), ...events.slice(3)]);
  return out;
}

function collectingTarget(): { target: SinkTarget; written: () => string; ended: () => boolean } {
  const parts: string[] = [];
  let done = false;
  // What goes out on the wire (a string is sent as UTF-8).
  const text = (c: Uint8Array | string): string => Buffer.from(c).toString('utf8');
  return {
    target: {
      onAborted() { /* never */ },
      writeStatus() { /* recorded by the sink */ },
      writeHeader() { /* recorded by the sink */ },
      write(c) { parts.push(text(c)); return true; },
      end(c) { if (c !== undefined) parts.push(text(c)); done = true; },
      cork(cb) { cb(); },
      onWritable() { /* never */ },
      close() { done = true; },
    },
    written: () => parts.join(''),
    ended: () => done,
  };
}

/** What the WebSocket mode delivers for a stream written as `chunks`. */
function viaEventSink(chunks: Array<string | Uint8Array>): string[] {
  const got: string[] = [];
  const es = eventSink({ event: (json) => { got.push(json); return true; }, answer: () => { throw new Error('not a stream'); }, end: () => undefined });
  es.sink.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const c of chunks) es.sink.write(c);
  es.sink.end();
  return got;
}

/** The Response `keepingSink` keeps for a stream written as `chunks`, and the bytes the caller got. */
async function viaKeepingSink(chunks: Array<string | Uint8Array>): Promise<{ kept: Json[]; written: string }> {
  const kept: Json[] = [];
  const t = collectingTarget();
  const turn = keepingSink(new ResponseSink(t.target), async (r) => { kept.push(r); });
  turn.sink.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const c of chunks) turn.sink.write(c);
  turn.sink.end();
  await turn.settled();
  expect(t.ended()).toBe(true);
  return { kept, written: t.written() };
}

const parsed = (s: string): string[] => parseSse(Buffer.from(s)).map((e) => e.data);

describe('Responses SSE readers: chunk shortcuts read what the parser reads', () => {
  const variants: Array<[string, string[]]> = [
    ['encoder output', EVENTS],
    ['CRLF framing', EVENTS.map((e) => e.replace(/\n/g, '\r\n'))],
    ['a BOM at the start', ['\uFEFFdata: {"type":"x"}\n\n', ...EVENTS]],
    ['a BOM-looking line later (not skipped by the parser)', [...EVENTS.slice(0, 2), '\uFEFFdata: {"type":"x"}\n\n', ...EVENTS.slice(2)]],
    ['multi-line data (the terminal type on the second line)', [...EVENTS.slice(0, 4), `event: response.completed\ndata: {\ndata: "type":"response.completed","response":${JSON.stringify(final)}}\n\n`]],
    ['data without the space, an event line only, an id line', [...EVENTS.slice(0, 2), 'data:{"type":"a"}\n\nevent: lonely\n\nid: 7\ndata: {"type":"b"}\n\n', ...EVENTS.slice(2)]],
    ['a lone surrogate in a delta', [...EVENTS.slice(0, 2), 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"\ud800"}\n\n', ...EVENTS.slice(2)]],
  ];
  for (const [name, events] of variants) {
    it(`eventSink: ${name}`, () => {
      const want = parsed(events.join(''));
      for (const chunks of chunkings(events)) {
        expect(viaEventSink(chunks)).toEqual(want);
        expect(viaEventSink(chunks.map((c) => Buffer.from(c)))).toEqual(want);
      }
    });
    it(`keepingSink: ${name}`, async () => {
      const want = parsed(events.join('')).map((d) => { try { return JSON.parse(d) as Json; } catch { return null; } })
        .find((v) => v && v.type === 'response.completed')?.response;
      expect(want).toBeDefined();
      for (const chunks of chunkings(events)) {
        const { kept, written } = await viaKeepingSink(chunks);
        expect(kept).toEqual([want]);
        expect(written).toBe(Buffer.from(events.join('')).toString('utf8'));
      }
    });
  }

  it('keepingSink keeps nothing when no event is terminal (a terminal type string in a key or text only)', async () => {
    for (const chunks of chunkings(EVENTS.slice(0, 4))) expect((await viaKeepingSink(chunks)).kept).toEqual([]);
  });
});

describe('response store: a translated JSON answer is spliced into the stored entry', () => {
  it('entryJson gives JSON.stringify\'s text, byte for byte', () => {
    const response = { id: 'resp_2', object: 'response', output: [{ text: 'a "quote" \\ ☃ \ud83d\ude00 lone \ud800 -0', n: -0, big: 1e21, nested: { '1': 1, b: [null, true] } }], usage: null };
    for (const history of [[], [{ id: 'msg_1', type: 'message' }]]) {
      const entry = { owner: 'key:"x"', response, input: [{ id: 'msg_2', type: 'message', content: 'hé' }], history, native: false, createdAt: 1765000000123 };
      expect(entryJson(entry, JSON.stringify(response))).toBe(JSON.stringify(entry));
      expect(entryJson(entry)).toBe(JSON.stringify(entry));
    }
  });

  it('keepingSink hands the text on only when the answer was written as a string', async () => {
    const body = JSON.stringify({ id: 'resp_3', object: 'response', output: [] });
    for (const [chunk, want] of [[body, body], [Buffer.from(body), undefined], ['{"id":"resp_4","object":"response","x":"\ud800"}', undefined]] as const) {
      const texts: Array<string | undefined> = [];
      const t = collectingTarget();
      const turn = keepingSink(new ResponseSink(t.target), async (_r, text) => { texts.push(text); });
      turn.sink.send(200, { 'content-type': 'application/json' }, chunk);
      await turn.settled();
      expect(texts).toEqual([want]);
      expect(t.written()).toBe(Buffer.from(chunk).toString('utf8'));
    }
  });
});

describe('eventSink batch (the WebSocket mode corks one chunk\'s events)', () => {
  it('delivers a chunk of whole events in one batch, in order, and reports the batch\'s backpressure', () => {
    const got: string[] = [];
    const batches: number[] = [];
    let full = false;
    const es = eventSink({
      event: (json) => { got.push(json); return true; },
      answer: () => { throw new Error('not a stream'); },
      end: () => undefined,
      batch: (deliver) => { const before = got.length; deliver(); batches.push(got.length - before); return !full; },
    });
    es.sink.writeHead(200, { 'content-type': 'text/event-stream' });
    expect(es.sink.write(EVENTS.slice(0, 2).join(''))).toBe(true); // two events, one batch
    expect(es.sink.write(EVENTS[3] as string)).toBe(true); // one event: no batch
    full = true;
    expect(es.sink.write(EVENTS.slice(3).join(''))).toBe(false); // two events, one batch, backpressure
    es.sink.end();
    expect(batches).toEqual([2, 2]);
    expect(got).toEqual(parsed([...EVENTS.slice(0, 2), EVENTS[3] as string, ...EVENTS.slice(3)].join('')));
  });
});
