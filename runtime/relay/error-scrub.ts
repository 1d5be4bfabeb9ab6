/**
 * Secret scrubbing of error events inside relayed streams: an upstream that
 * fails mid-stream (Anthropic `event: error`, an OpenAI Chat `{"error":…}`
 * chunk, a Responses `error` / `response.failed` event, a Gemini `{"error":…}`
 * chunk) after HTTP 200 and some deltas may echo a provider key in its
 * message; the caller must see `[redacted]` instead (runtime/security/scrub.ts).
 *
 * Ordinary events cost one native byte search per chunk for the marker
 * `"error"` (a JSON key or string value; inside text or tool-argument deltas
 * the quotes are escaped, so content never matches) and no decoding. From the
 * start of the event holding the marker (within the chunk) to the end of that
 * event (blank line) the bytes are held, scrubbed as text and written; a chunk
 * that ends with a prefix of the marker keeps those few bytes for the next
 * chunk. Events that merely carry `"error":null` (Responses lifecycle events)
 * take the same path and come out unchanged.
 *
 * Translated streams scrub in the transcoder instead (runtime/translate/compose.ts:
 * the caller bytes produced once the upstream's error event was seen).
 */

const MARKER = Buffer.from('"error"');
const LF2 = Buffer.from('\n\n');
const CRLF2 = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/** Index just past the first blank line in `b` (LF or CRLF framing), or -1. */
function eventEnd(b: Buffer): number {
  const lf = b.indexOf(LF2);
  const crlf = b.indexOf(CRLF2);
  if (lf < 0) return crlf < 0 ? -1 : crlf + 4;
  if (crlf < 0 || lf < crlf) return lf + 2;
  return crlf + 4;
}

/** Length of the longest proper prefix of MARKER that `b` ends with (0..6). */
function markerPrefixAtEnd(b: Buffer): number {
  const max = Math.min(MARKER.length - 1, b.length);
  for (let k = max; k > 0; k--) {
    if (b[b.length - k] === 0x22 && MARKER.compare(b, b.length - k, b.length, 0, k) === 0) return k;
  }
  return 0;
}

/**
 * A byte map for a passthrough SSE relay (the pump's `map` and `drain`).
 * `scrub` replaces secrets in text (SecretScrubber.scrub bound to the request's extra secret).
 */
export class StreamErrorScrubber {
  readonly #scrub: (text: string) => string;
  /** Bytes of an event that holds the marker, until its blank line. */
  #held: Buffer | null = null;
  /** A possible start of the marker at the end of the previous chunk. */
  #carry: Buffer = EMPTY;

  constructor(scrub: (text: string) => string) {
    this.#scrub = scrub;
  }

  /** Maps one upstream chunk to the bytes the caller may see now. */
  push(chunk: Buffer): Buffer {
    let b = chunk;
    if (this.#carry.length > 0) {
      b = Buffer.concat([this.#carry, chunk]);
      this.#carry = EMPTY;
    }
    if (this.#held === null) {
      const m = b.indexOf(MARKER);
      if (m < 0) {
        const k = markerPrefixAtEnd(b);
        if (k === 0) return b;
        this.#carry = Buffer.from(b.subarray(b.length - k));
        return b.subarray(0, b.length - k);
      }
      // Hold from the start of the event holding the marker (as far as this chunk reaches back).
      const lf = b.lastIndexOf(LF2, m);
      const start = lf < 0 ? 0 : lf + 2;
      const before = b.subarray(0, start);
      this.#held = b.subarray(start);
      const rest = this.#release();
      return before.length === 0 ? rest : rest.length === 0 ? before : Buffer.concat([before, rest]);
    }
    this.#held = Buffer.concat([this.#held, b]);
    return this.#release();
  }

  /** At upstream EOF: whatever is still held, scrubbed. */
  drain(): Buffer {
    const rest = this.#held ?? EMPTY;
    const carry = this.#carry;
    this.#held = null;
    this.#carry = EMPTY;
    const all = carry.length === 0 ? rest : Buffer.concat([rest, carry]);
    return all.length === 0 ? all : this.#scrubBytes(all);
  }

  /** Writes out the held event once complete, then maps what follows it. */
  #release(): Buffer {
    const held = this.#held as Buffer;
    const end = eventEnd(held);
    if (end < 0) return EMPTY;
    this.#held = null;
    const event = this.#scrubBytes(held.subarray(0, end));
    if (end === held.length) return event;
    const after = this.push(Buffer.from(held.subarray(end)));
    return after.length === 0 ? event : Buffer.concat([event, after]);
  }

  #scrubBytes(b: Buffer): Buffer {
    const text = b.toString('utf8');
    const out = this.#scrub(text);
    return out === text ? b : Buffer.from(out, 'utf8');
  }
}
