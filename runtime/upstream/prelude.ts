/**
 * Stream prelude hold: decides when a streamed upstream response has started
 * for real, so that a stream can still fail over to another target as long as
 * nothing from it reached the caller.
 *
 * An upstream may answer HTTP 200 and then send an error as its first event
 * (Anthropic `event: error` after `message_start`; OpenAI-compatible servers
 * `data: {"error":{...}}`). The executor holds the upstream's first chunks here,
 * unparsed for the caller, until one of:
 * - `commit`: a content event arrived → the held bytes go to the caller as they
 *   are (passthrough stays byte-identical) and the rest is relayed without
 *   parsing;
 * - `error`: an error event arrived before any content → the attempt failed
 *   and may fail over;
 * - the hold limit (bytes) was reached → commit (nothing is held forever).
 *
 * Only the held events are parsed (a handful per request), so the cost is
 * bounded and independent of the response length.
 *
 * What "content" is depends on the upstream's wire format and the route type:
 * the stream grammar of its codec (runtime/formats/<format>/, `streamGrammar`),
 * e.g. chat deltas for `llm/v1/chat`, `text` for legacy `llm/v1/completions`.
 */
import { SseParser } from '../sse/parser.ts';
import type { PreludeVerdict, StreamGrammar } from '../formats/index.ts';

export type { PreludeVerdict } from '../formats/index.ts';

/** Largest number of bytes held before committing anyway. */
export const PRELUDE_LIMIT_BYTES = 64 * 1024;

/**
 * Holds upstream chunks until the stream's first content event (or error).
 * Feed chunks with `push`; after a `commit` verdict take `held` and stop
 * feeding (the rest is relayed as is).
 */
export class StreamPrelude {
  /** The chunks received so far, exactly as received. */
  readonly held: Buffer[] = [];
  heldBytes = 0;
  private verdict: PreludeVerdict = { kind: 'hold' };
  private readonly parser: SseParser;

  /**
   * @param grammar the stream grammar of the upstream's (format, route type)
   * @param limitBytes hold at most this many bytes, then commit
   */
  constructor(grammar: StreamGrammar, private readonly limitBytes = PRELUDE_LIMIT_BYTES) {
    const classify = grammar.preludeEvent;
    this.parser = new SseParser((event, data) => {
      if (this.verdict.kind !== 'hold') return;
      this.verdict = classify(event, data);
      // Decided: the rest of the chunk (an unpaced stream arrives whole) is not parsed.
      if (this.verdict.kind !== 'hold') this.parser.stop();
    });
  }

  /** Feeds one upstream chunk; returns the verdict so far. */
  push(chunk: Buffer): PreludeVerdict {
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.verdict.kind === 'hold') this.parser.push(chunk);
    if (this.verdict.kind === 'hold' && this.heldBytes >= this.limitBytes) this.verdict = { kind: 'commit' };
    return this.verdict;
  }

  /** Upstream EOF while holding: dispatches a final unterminated event, returns the verdict. */
  end(): PreludeVerdict {
    if (this.verdict.kind === 'hold') this.parser.end();
    return this.verdict;
  }

  /** The held bytes as one buffer. */
  bytes(): Buffer {
    return this.held.length === 1 ? (this.held[0] as Buffer) : Buffer.concat(this.held, this.heldBytes);
  }

  /** The held bytes as one buffer, then forgets them (the prelude lives as long as its stream). */
  take(): Buffer {
    const b = this.bytes();
    this.held.length = 0;
    this.heldBytes = 0;
    return b;
  }
}
