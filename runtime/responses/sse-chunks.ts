/**
 * Chunk-level shortcuts for the two readers of the Responses SSE the pipeline
 * writes (./index.ts `keepingSink`, ./event-sink.ts `eventSink`). The
 * translating stream encoder writes whole events per chunk, as strings
 * (`event: <type>\ndata: <json>\n\n`, LF only); parsing them back line by line
 * through runtime/sse/parser.ts, with a UTF-8 encode and decode of every
 * event, cost more than encoding them. Both readers keep their SseParser for
 * everything else (the first chunk, native passthrough bytes, comments, CR
 * framing, events split across chunks) and take these shortcuts only where the
 * parser's result is known in advance:
 *
 *   endsOnEventBoundary(chunk): boolean
 *     The chunk ends with LF LF and holds no CR. Whatever state an SseParser
 *     was in before, after this chunk it is between events (no partial line,
 *     no pending data or event name). A reader that skips such a chunk while
 *     its parser sat between events leaves the parser exactly as parsing the
 *     chunk would have (bar the events it dispatches).
 *
 *   simpleEventData(chunk): string[] | null
 *     The data of every event in `chunk` when it consists only of events of
 *     the form `event: <name>\ndata: <value>\n\n` or `data: <value>\n\n`
 *     (one data line each, no comments) and is well-formed UTF-16 (a lone
 *     surrogate would become U+FFFD through the parser's UTF-8 round trip);
 *     what an SseParser between events would dispatch for it. null for
 *     anything else (the caller parses it).
 *
 *   new SseChunkReader(parser)
 *     Tracks whether `parser` sits between events: `whole(chunk)` returns the
 *     chunk (a string) when the caller may read it with {@link simpleEventData}
 *     or skip it instead of parsing it (the parser is between events, the chunk
 *     ends on a boundary; at the stream's start not when it opens with a BOM,
 *     which the parser would strip), else null: then `push(buf)` parses it.
 *
 * Source: WHATWG HTML, "event stream interpretation"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 */

import type { SseParser } from '../sse/parser.ts';

const LF = 0x0a;
const LF_BUF = Buffer.from('\n');
const CR = 0x0d;

/** See the module docblock. */
export function endsOnEventBoundary(chunk: Uint8Array | string): boolean {
  if (typeof chunk === 'string') {
    const n = chunk.length;
    return n >= 2 && chunk.charCodeAt(n - 1) === LF && chunk.charCodeAt(n - 2) === LF && !chunk.includes('\r');
  }
  const n = chunk.byteLength;
  return n >= 2 && chunk[n - 1] === LF && chunk[n - 2] === LF && chunk.indexOf(CR) === -1;
}

/** See the module docblock. `chunk` must satisfy {@link endsOnEventBoundary}. */
export function simpleEventData(chunk: string): string[] | null {
  if (!(chunk as unknown as { isWellFormed(): boolean }).isWellFormed()) return null;
  const out: string[] = [];
  const n = chunk.length;
  let pos = 0;
  while (pos < n) {
    if (chunk.startsWith('event:', pos)) {
      const nl = chunk.indexOf('\n', pos);
      if (nl === -1) return null;
      pos = nl + 1;
    }
    if (!chunk.startsWith('data:', pos)) return null;
    const nl = chunk.indexOf('\n', pos);
    // One data line, then the blank line that dispatches it.
    if (nl === -1 || nl + 1 >= n || chunk.charCodeAt(nl + 1) !== LF) return null;
    const start = pos + (chunk.charCodeAt(pos + 5) === 0x20 ? 6 : 5);
    out.push(start >= nl ? '' : chunk.slice(start, nl));
    pos = nl + 2;
  }
  return out;
}

/** See the module docblock. */
export class SseChunkReader {
  /** The parser is between events (true at the start: nothing parsed). */
  private between = true;
  /** The parser has seen nothing yet (it would skip a BOM). */
  private fresh = true;
  constructor(private readonly parser: SseParser) {}

  /** `chunk` when it may be read without the parser (see the module docblock), else null. */
  whole(chunk: Uint8Array | string): string | null {
    if (!this.between || typeof chunk !== 'string' || !endsOnEventBoundary(chunk)) return null;
    if (this.fresh) {
      if (chunk.charCodeAt(0) === 0xfeff) return null;
      this.fresh = false;
      // A lone blank line: the parser is past the stream's start (a later BOM stays), still between events.
      this.parser.push(LF_BUF);
    }
    return chunk;
  }

  /** Parses `buf` (a chunk {@link whole} refused, or one the caller chose to parse after all). */
  push(buf: Buffer): void {
    this.fresh = false;
    this.parser.push(buf);
    this.between = endsOnEventBoundary(buf);
  }
}
