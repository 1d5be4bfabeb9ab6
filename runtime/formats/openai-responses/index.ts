/**
 * The `openai-responses` codec: OpenAI's Responses API
 * (https://platform.openai.com/docs/api-reference/responses): what the shared
 * code asks for the `/v1/responses` ingress routes (runtime/responses/ adds
 * their state), and what a native Responses upstream (OpenAI) is judged by.
 *
 * - Errors: OpenAI's envelope `{"error":{"message","type","param","code"}}`,
 *   the same as Chat Completions (shared with the openai-chat codec, including
 *   the normalisation of non-JSON upstream errors). In a stream: an `error`
 *   event `{"type":"error","code","message","param","error":{…}}` (the
 *   `ResponseErrorEvent` fields plus the envelope's object, which the openai
 *   SDK raises as APIError).
 * - Stream grammar (`llm/v1/chat`; the Responses streaming events,
 *   https://platform.openai.com/docs/api-reference/responses-streaming):
 *   `response.created` / `response.queued` / `response.in_progress`, a
 *   message or reasoning `output_item.added` and `content_part.added` /
 *   `reasoning_summary_part.added` are held; any delta (`output_text`,
 *   `refusal`, `reasoning_summary_text`, `reasoning_text`,
 *   `function_call_arguments`, `custom_tool_call_input`), any other item added
 *   (function or hosted tool call), an `output_item.done` and the terminal
 *   events commit; `error` and `response.failed` before content are errors.
 *   A clean end is `response.completed` or `response.incomplete`;
 *   `response.failed` or `error` last → error_event. Those lifecycle events
 *   carry the whole Response object, usually longer than the tail the relay
 *   keeps: when the tail holds no event start, an event that ends cleanly
 *   (`}` + blank line) with a Response's `usage.total_tokens` is judged
 *   complete, one with `"usage":null` (response.failed) error_event, anything
 *   else truncated.
 * - Keep-alive: the SSE comment `: keep-alive` (ignored by the openai SDK's
 *   SSE decoder).
 * - Usage: the Response's `usage` (ResponseUsage; in a stream, the
 *   `response.completed` / `response.incomplete` event's `response.usage`),
 *   read with the mapper's table (`responsesUsageToNeutral`).
 * - Models list: OpenAI's shape (the openai-chat codec's).
 */
import type { RouteType } from '../../../generated/routes.ts';
import { WIRE_FORMATS } from '../../../generated/formats.ts';
import { SseParser } from '../../sse/parser.ts';
import { sseComment } from '../../sse/writer.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import { openaiChat } from '../openai-chat/index.ts';
import { isObj, jsonObject, lastSseEvent, type Json } from '../sse-end.ts';
import type { PreludeVerdict, ResponseMeta, StreamEnd, StreamGrammar, UsageSniffer, WireFormatCodec } from '../types.ts';
import { validatorsOf } from '../validators.ts';
import { responsesUsageToNeutral } from './mapper.ts';

/** Events that announce a response or an empty container: held until content. */
const HOLD_EVENTS: ReadonlySet<string> = new Set([
  'response.created', 'response.queued', 'response.in_progress', 'response.content_part.added', 'response.reasoning_summary_part.added',
]);
/** Item types whose `output_item.added` carries no content yet. */
const HOLD_ITEMS: ReadonlySet<string> = new Set(['message', 'reasoning']);
const COMPLETE_EVENTS: ReadonlySet<string> = new Set(['response.completed', 'response.incomplete']);
const ERROR_EVENTS: ReadonlySet<string> = new Set(['response.failed', 'error']);

/** The event's type: the SSE event name, else the data's `type`. */
function typeOf(event: string | undefined, v: Json): string {
  return event ?? (typeof v.type === 'string' ? v.type : '');
}

/** Classifies one Responses SSE event seen before content. */
export function responsesPreludeEvent(event: string | undefined, data: string): PreludeVerdict {
  let v: unknown;
  try {
    v = JSON.parse(data);
  } catch {
    return { kind: 'commit' };
  }
  if (!isObj(v)) return { kind: 'commit' };
  const type = typeOf(event, v);
  if (ERROR_EVENTS.has(type)) {
    const r = isObj(v.response) ? v.response : {};
    const e = isObj(v.error) ? v.error : isObj(r.error) ? r.error : v;
    return {
      kind: 'error',
      errorType: typeof e.type === 'string' && e.type !== 'error' ? e.type : typeof e.code === 'string' ? e.code : 'server_error',
      message: typeof e.message === 'string' ? e.message : 'Upstream stream error.',
    };
  }
  if (HOLD_EVENTS.has(type)) return { kind: 'hold' };
  if (type === 'response.output_item.added' && isObj(v.item) && HOLD_ITEMS.has(String(v.item.type))) return { kind: 'hold' };
  return { kind: 'commit' };
}

const EVENT_LINE = /^event:[ \t]*(\S+)[ \t]*$/m;
const DATA_TYPE = /^data:[ \t]*\{\s*"type"\s*:\s*"([^"]+)"/m;

/** End of a Responses stream, judged from its last bytes (see the module docblock). */
export function responsesStreamEnd(tail: Buffer): StreamEnd {
  const t = tail.toString('latin1');
  // An event cut short (no closing brace and blank line) is truncated whatever its name.
  if (!/\}[ \t]*(?:\r?\n\r?\n|\r\r)$/.test(t)) return 'truncated';
  const ev = lastSseEvent(tail);
  const name = EVENT_LINE.exec(ev)?.[1] ?? DATA_TYPE.exec(ev)?.[1];
  if (name !== undefined) {
    if (COMPLETE_EVENTS.has(name)) return 'complete';
    if (ERROR_EVENTS.has(name)) return 'error_event';
    return 'truncated';
  }
  // The last event began before the tail (a lifecycle event carries the whole Response, usage near its end).
  if (/"total_tokens"\s*:\s*\d/.test(t)) return 'complete';
  if (/"usage"\s*:\s*null/.test(t)) return 'error_event';
  return 'truncated';
}

const GRAMMAR: StreamGrammar = { preludeEvent: responsesPreludeEvent, classifyEnd: responsesStreamEnd };

/** Response id, model and finish reason (`status`, or `incomplete_details.reason` when incomplete) of a Response or a lifecycle event. */
function responseMeta(v: unknown, into: ResponseMeta = {}): ResponseMeta {
  if (!isObj(v)) return into;
  const r = isObj(v.response) ? v.response : v;
  if (typeof r.id === 'string') into.id = r.id;
  if (typeof r.model === 'string') into.model = r.model;
  const status = r.status;
  if (status === 'completed' || status === 'failed' || status === 'cancelled') into.finishReasons = [status];
  else if (status === 'incomplete') into.finishReasons = [isObj(r.incomplete_details) && typeof r.incomplete_details.reason === 'string' ? r.incomplete_details.reason : 'incomplete'];
  return into;
}

/** Usage of a passthrough stream: only the lifecycle events (`response.*` carrying the Response) are decoded. */
function usageSniffer(): UsageSniffer {
  let usage = emptyUsage();
  const meta: ResponseMeta = {};
  const parser = new SseParser((event, data) => {
    if (event !== undefined ? !event.startsWith('response.') || !data.includes('"response"') : !data.includes('"response":')) return;
    try {
      const v = JSON.parse(data) as Json;
      if (!isObj(v.response)) return;
      responseMeta(v, meta);
      if (isObj(v.response.usage)) usage = responsesUsageToNeutral(v.response.usage);
    } catch { /* not JSON */ }
  });
  return { push: (c) => parser.push(c), get usage() { return usage; }, meta };
}

/** An error envelope (JSON text) as a Responses `error` stream event. */
function streamError(json: string): string {
  let e: Json = {};
  try {
    const v = JSON.parse(json) as unknown;
    if (isObj(v) && isObj(v.error)) e = v.error;
  } catch { /* keep the generic fields */ }
  const event = {
    type: 'error',
    code: typeof e.code === 'string' ? e.code : typeof e.type === 'string' ? e.type : 'server_error',
    message: typeof e.message === 'string' ? e.message : 'Internal gateway error.',
    param: typeof e.param === 'string' ? e.param : null,
    error: e,
  };
  return `event: error\ndata: ${JSON.stringify(event)}\n\n`;
}

export const openaiResponses: WireFormatCodec = {
  format: 'openai-responses',
  info: WIRE_FORMATS['openai-responses'],
  validators: (routeType: RouteType) => validatorsOf('openai-responses', routeType),
  errorBody: openaiChat.errorBody,
  streamError,
  normalizeUpstreamError: openaiChat.normalizeUpstreamError,
  streamGrammar: (routeType: RouteType) => (routeType === 'llm/v1/chat' ? GRAMMAR : null),
  keepalive: sseComment('keep-alive'),
  usageFromJson(body: Buffer, meta?: ResponseMeta): Usage {
    const o = jsonObject(body);
    if (o !== null && meta) responseMeta(o, meta);
    return o !== null && isObj(o.usage) ? responsesUsageToNeutral(o.usage) : emptyUsage();
  },
  responseMeta,
  usageSniffer,
  modelList: openaiChat.modelList,
};
