/**
 * The `anthropic-messages` codec: Anthropic Messages API as callers and
 * upstreams speak it.
 *
 * - Errors: `{"type":"error","error":{"type","message"}}`, type by HTTP status
 *   (https://docs.anthropic.com/en/api/errors; ./errors.ts). In a stream:
 *   `event: error`.
 * - Stream grammar (https://docs.anthropic.com/en/api/messages-streaming,
 *   wire-formats.md §1.3), route type `llm/v1/chat`: content has started with
 *   anything except `message_start`, `ping`, `error` and an empty
 *   `text`/`thinking` `content_block_start`; the terminal event is
 *   `message_stop`. Legacy Text Completions are not streamed through the
 *   gateway (capability `streaming: false`): no grammar.
 * - Keep-alive: `event: ping` (a documented event the SDKs skip, also before
 *   `message_start`).
 * - Usage: `message_start.message.usage`, then `message_delta.usage`
 *   (cumulative, replaces field by field); JSON: `usage`.
 * - Request id header and validators: specs/wire-formats.ts.
 */
import type { RouteType } from '../../../generated/routes.ts';
import { WIRE_FORMATS } from '../../../generated/formats.ts';
import { ERROR_KINDS, type GatewayError } from '../../errors.ts';
import { SseParser } from '../../sse/parser.ts';
import { sseEvent } from '../../sse/writer.ts';
import { anthropicUsageInto } from '../../transcode/common.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import { isObj, jsonObject, lastSseEvent } from '../sse-end.ts';
import type { ModelListEntry, PreludeVerdict, ResponseMeta, StreamEnd, StreamGrammar, UsageSniffer, WireFormatCodec } from '../types.ts';
import { validatorsOf } from '../validators.ts';
import { anthropicErrorTypeForStatus } from './errors.ts';

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

/** End of a Messages stream: `message_stop` last → complete; `event: error` last → error_event. */
export function anthropicStreamEnd(tail: Buffer): StreamEnd {
  const ev = lastSseEvent(tail);
  if (/^event:\s*message_stop\s*$/m.test(ev)) return 'complete';
  if (/^event:\s*error\s*$/m.test(ev)) return 'error_event';
  return 'truncated';
}

const MESSAGES_GRAMMAR: StreamGrammar = { preludeEvent: anthropicPreludeEvent, classifyEnd: anthropicStreamEnd };

const MESSAGE_START = Buffer.from('message_start');
const MESSAGE_DELTA = Buffer.from('message_delta');
/** `event:` name bytes are message_start or message_delta (same length: one compare each). */
const wantUsageEvent = (line: Buffer, start: number, end: number) =>
  end - start === MESSAGE_START.length && (line.compare(MESSAGE_START, 0, MESSAGE_START.length, start, end) === 0 || line.compare(MESSAGE_DELTA, 0, MESSAGE_DELTA.length, start, end) === 0);

/** Response id, model and stop reason of a Message object. */
function responseMeta(v: unknown, into: ResponseMeta = {}): ResponseMeta {
  if (!isObj(v)) return into;
  if (typeof v.id === 'string') into.id = v.id;
  if (typeof v.model === 'string') into.model = v.model;
  if (typeof v.stop_reason === 'string') into.finishReasons = [v.stop_reason];
  return into;
}

/**
 * Usage of a passthrough Messages stream: only message_start / message_delta
 * are decoded (others skipped on their name bytes); message_start also gives
 * id and model, message_delta the stop reason.
 */
function usageSniffer(): UsageSniffer {
  const usage = emptyUsage();
  const meta: ResponseMeta = {};
  const parser = new SseParser((event, data) => {
    if (event === 'message_start') {
      try {
        const m = (JSON.parse(data) as { message?: { usage?: unknown } }).message;
        anthropicUsageInto(usage, m?.usage);
        responseMeta(m, meta);
      } catch { /* not JSON */ }
    } else if (event === 'message_delta') {
      try {
        const d = JSON.parse(data) as { usage?: unknown; delta?: { stop_reason?: unknown } };
        anthropicUsageInto(usage, d.usage);
        if (typeof d.delta?.stop_reason === 'string') meta.finishReasons = [d.delta.stop_reason];
      } catch { /* not JSON */ }
    }
  }, { wantEvent: wantUsageEvent });
  return { push: (c) => parser.push(c), usage, meta };
}

export const anthropicMessages: WireFormatCodec = {
  format: 'anthropic-messages',
  info: WIRE_FORMATS['anthropic-messages'],
  validators: (routeType: RouteType) => validatorsOf('anthropic-messages', routeType),
  errorBody(err: GatewayError): string {
    const message = err.expose ? err.message : 'Internal gateway error.';
    return JSON.stringify({ type: 'error', error: { type: ERROR_KINDS[err.kind].anthropicType, message } });
  },
  streamError: (json: string) => sseEvent('error', json),
  normalizeUpstreamError(status: number, body: Buffer): string {
    const o = jsonObject(body);
    if (o !== null) return JSON.stringify(o);
    return JSON.stringify({ type: 'error', error: { type: anthropicErrorTypeForStatus(status), message: `Upstream answered HTTP ${status}.` } });
  },
  streamGrammar: (routeType: RouteType) => (routeType === 'llm/v1/chat' ? MESSAGES_GRAMMAR : null),
  keepalive: sseEvent('ping', '{"type": "ping"}'),
  usageFromJson(body: Buffer, meta?: ResponseMeta): Usage {
    const o = jsonObject(body);
    if (o !== null && meta) responseMeta(o, meta);
    return o !== null && 'usage' in o ? anthropicUsageInto(emptyUsage(), o.usage) : emptyUsage();
  },
  responseMeta,
  usageSniffer,
  /** Models API list shape (https://docs.anthropic.com/en/api/models-list). */
  modelList(entries: readonly ModelListEntry[]): unknown {
    const data = entries.map((e) => ({ type: 'model', id: e.id, display_name: e.displayName, created_at: '2025-01-01T00:00:00Z', ...e.catalog }));
    return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null };
  },
};
