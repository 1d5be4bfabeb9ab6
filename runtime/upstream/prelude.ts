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
 * "Content" per upstream format (wire-formats.md §1.3, §2.1):
 * - Anthropic: anything except `message_start`, `ping`, `error`, and an empty
 *   `text`/`thinking` `content_block_start` (those carry no content yet).
 * - OpenAI: a chunk whose choices carry content, refusal, reasoning, tool calls
 *   or a finish_reason; a usage chunk; `[DONE]`; anything that is not JSON.
 *   A role-only first chunk or an Azure `prompt_filter_results` chunk is held.
 */
import { SseParser } from '../sse/parser.ts';
import type { Format } from '../../generated/routes.ts';

export type PreludeFormat = Format;

export type PreludeVerdict =
  | { kind: 'hold' }
  | { kind: 'commit' }
  | { kind: 'error'; errorType: string; message: string };

/** Largest number of bytes held before committing anyway. */
export const PRELUDE_LIMIT_BYTES = 64 * 1024;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Classifies one Anthropic SSE event seen before content. */
export function anthropicPreludeEvent(event: string | undefined, data: string): PreludeVerdict {
  const name = event ?? '';
  if (name === 'ping' || name === 'message_start') return { kind: 'hold' };
  if (name === 'error') {
    let type = 'api_error';
    let message = 'Upstream stream error.';
    try {
      const v = JSON.parse(data) as unknown;
      const e = isObj(v) && isObj(v.error) ? v.error : null;
      if (e && typeof e.type === 'string') type = e.type;
      if (e && typeof e.message === 'string') message = e.message;
    } catch { /* keep defaults */ }
    return { kind: 'error', errorType: type, message };
  }
  if (name === 'content_block_start') {
    try {
      const v = JSON.parse(data) as unknown;
      const b = isObj(v) && isObj(v.content_block) ? v.content_block : null;
      if (b && ((b.type === 'text' && b.text === '') || (b.type === 'thinking' && b.thinking === ''))) return { kind: 'hold' };
    } catch { /* not JSON: let the caller's client see it */ }
  }
  return { kind: 'commit' };
}

function hasContent(delta: unknown): boolean {
  if (!isObj(delta)) return false;
  for (const k of ['content', 'refusal', 'reasoning_content', 'reasoning'] as const) {
    const v = delta[k];
    if (typeof v === 'string' && v !== '') return true;
  }
  return (Array.isArray(delta.tool_calls) && delta.tool_calls.length > 0) || isObj(delta.function_call);
}

/** Classifies one OpenAI SSE event seen before content. */
export function openaiPreludeEvent(_event: string | undefined, data: string): PreludeVerdict {
  const d = data.trim();
  if (d === '[DONE]') return { kind: 'commit' };
  let v: unknown;
  try {
    v = JSON.parse(d);
  } catch {
    return { kind: 'commit' };
  }
  if (!isObj(v)) return { kind: 'commit' };
  if (isObj(v.error)) {
    const e = v.error;
    return {
      kind: 'error',
      errorType: typeof e.type === 'string' ? e.type : typeof e.code === 'string' ? e.code : 'server_error',
      message: typeof e.message === 'string' ? e.message : 'Upstream stream error.',
    };
  }
  if (isObj(v.usage)) return { kind: 'commit' };
  const choices = Array.isArray(v.choices) ? v.choices : [];
  for (const c of choices) {
    if (!isObj(c)) continue;
    if (c.finish_reason !== null && c.finish_reason !== undefined) return { kind: 'commit' };
    if (hasContent(c.delta)) return { kind: 'commit' };
  }
  return { kind: 'hold' };
}

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

  constructor(format: PreludeFormat, private readonly limitBytes = PRELUDE_LIMIT_BYTES) {
    const classify = format === 'anthropic-messages' ? anthropicPreludeEvent : openaiPreludeEvent;
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

/** How a relayed stream ended, judged from its last bytes (see pump's `terminal`). */
export type StreamEnd = 'complete' | 'error_event' | 'truncated';

/** The last SSE event in `tail` (trailing blank lines dropped), as latin1 text; '' when there is none. */
export function lastSseEvent(tail: Buffer): string {
  const t = tail.toString('latin1').trimEnd();
  // An event starts after a blank line: LF LF (also ending CR LF CR LF) or CR CR.
  const cut = Math.max(t.lastIndexOf('\n\n'), t.lastIndexOf('\n\r\n'), t.lastIndexOf('\r\r'));
  return cut < 0 ? t : t.slice(cut).trimStart();
}

/**
 * Classifies the end of a streamed chat answer in `format` from its last bytes:
 * the terminal event is Anthropic `message_stop` / OpenAI `data: [DONE]`; an
 * error event (Anthropic `event: error`, OpenAI `data: {"error": …}`) means the
 * upstream reported its failure itself; anything else is a truncated stream.
 */
export function classifyStreamEnd(format: PreludeFormat, tail: Buffer): StreamEnd {
  const ev = lastSseEvent(tail);
  if (format === 'anthropic-messages') {
    if (/^event:\s*message_stop\s*$/m.test(ev)) return 'complete';
    if (/^event:\s*error\s*$/m.test(ev)) return 'error_event';
    return 'truncated';
  }
  if (/^data:\s*\[DONE\]\s*$/m.test(ev)) return 'complete';
  if (/^data:\s*\{\s*"error"\s*:/m.test(ev)) return 'error_event';
  return 'truncated';
}
