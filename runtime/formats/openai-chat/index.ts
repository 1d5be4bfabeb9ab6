/**
 * The `openai-chat` codec: OpenAI Chat Completions (and the legacy
 * Completions and Embeddings routes of the same API family), as OpenAI and
 * every OpenAI-compatible provider speak it.
 *
 * - Errors: `{"error":{"message","type","param","code"}}`
 *   (https://platform.openai.com/docs/guides/error-codes); type and code per
 *   gateway error kind from runtime/errors.ts. In a stream: a `data:` event
 *   carrying the same object (the `openai` SDK raises APIError on it).
 * - Stream grammar, keyed by route type (wire-formats.md §2.1):
 *   `llm/v1/chat`: content has started with a chunk whose choices carry
 *   content, refusal, reasoning (`reasoning_content` / `reasoning`), tool
 *   calls or a finish_reason; a usage chunk; `[DONE]`; anything that is not
 *   JSON. A role-only first chunk or an Azure `prompt_filter_results` chunk is
 *   held. `llm/v1/completions` (legacy): a choice with non-empty `text` or a
 *   finish_reason; a usage chunk; `[DONE]`. Both end with `data: [DONE]`; an
 *   error is `data: {"error": …}`.
 * - Keep-alive: the SSE comment `: keep-alive` (dropped by every conforming
 *   SSE parser, including the `openai` SDK's and `eventsource-parser`).
 * - Usage: the `stream_options.include_usage` chunk (only data lines whose
 *   bytes contain `"usage"` are decoded); JSON: `usage`.
 */
import type { RouteType } from '../../../generated/routes.ts';
import { WIRE_FORMATS } from '../../../generated/formats.ts';
import { ERROR_KINDS, type GatewayError } from '../../errors.ts';
import { SseParser } from '../../sse/parser.ts';
import { sseComment, sseData } from '../../sse/writer.ts';
import { openaiUsageToNeutral } from '../../transcode/common.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import { isObj, jsonObject, lastSseEvent, type Json } from '../sse-end.ts';
import type { ModelListEntry, PreludeVerdict, ResponseMeta, StreamEnd, StreamGrammar, UsageSniffer, WireFormatCodec } from '../types.ts';
import { validatorsOf } from '../validators.ts';

function hasDeltaContent(delta: unknown): boolean {
  if (!isObj(delta)) return false;
  for (const k of ['content', 'refusal', 'reasoning_content', 'reasoning'] as const) {
    const v = delta[k];
    if (typeof v === 'string' && v !== '') return true;
  }
  return (Array.isArray(delta.tool_calls) && delta.tool_calls.length > 0) || isObj(delta.function_call);
}

/** Legacy Completions: a choice carries content when its `text` is non-empty. */
function hasTextContent(choice: Json): boolean {
  return typeof choice.text === 'string' && choice.text !== '';
}

/** Prelude classification of one chunk, with the route type's content test for a choice. */
function preludeEvent(data: string, choiceHasContent: (c: Json) => boolean): PreludeVerdict {
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
    if (choiceHasContent(c)) return { kind: 'commit' };
  }
  return { kind: 'hold' };
}

/** Classifies one Chat Completions SSE event seen before content. */
export function openaiPreludeEvent(_event: string | undefined, data: string): PreludeVerdict {
  return preludeEvent(data, (c) => hasDeltaContent(c.delta));
}

/** Classifies one legacy Completions SSE event seen before content. */
export function openaiCompletionsPreludeEvent(_event: string | undefined, data: string): PreludeVerdict {
  return preludeEvent(data, hasTextContent);
}

/** End of an OpenAI stream: `data: [DONE]` last → complete; `data: {"error": …}` last → error_event. */
export function openaiStreamEnd(tail: Buffer): StreamEnd {
  const ev = lastSseEvent(tail);
  if (/^data:\s*\[DONE\]\s*$/m.test(ev)) return 'complete';
  if (/^data:\s*\{\s*"error"\s*:/m.test(ev)) return 'error_event';
  return 'truncated';
}

const CHAT_GRAMMAR: StreamGrammar = { preludeEvent: openaiPreludeEvent, classifyEnd: openaiStreamEnd };
const COMPLETIONS_GRAMMAR: StreamGrammar = { preludeEvent: openaiCompletionsPreludeEvent, classifyEnd: openaiStreamEnd };

const USAGE_BYTES = Buffer.from('"usage"');
const FINISH_BYTES = Buffer.from('"finish_reason":"');
/** Data lines worth decoding: the usage chunk and the chunk that carries a finish reason. */
const mentionsUsage = (line: Buffer, start: number, end: number) => {
  if (end - start < USAGE_BYTES.length) return false;
  const d = line.subarray(start, end);
  return d.indexOf(USAGE_BYTES) !== -1 || d.indexOf(FINISH_BYTES) !== -1;
};

/** Response id, model and the choices' finish reasons of a completion or chunk (a chunk without choices keeps earlier reasons). */
function responseMeta(v: unknown, into: ResponseMeta = {}): ResponseMeta {
  if (!isObj(v)) return into;
  if (typeof v.id === 'string') into.id = v.id;
  if (typeof v.model === 'string') into.model = v.model;
  if (Array.isArray(v.choices)) {
    const r = v.choices.map((c) => (isObj(c) ? c.finish_reason : undefined)).filter((x): x is string => typeof x === 'string');
    if (r.length) into.finishReasons = r;
  }
  return into;
}

/** Usage of a passthrough stream: only data lines mentioning "usage" or a finish reason are decoded. */
function usageSniffer(): UsageSniffer {
  let usage = emptyUsage();
  const meta: ResponseMeta = {};
  const parser = new SseParser((_event, data) => {
    const hasUsage = data.includes('"usage":{') || data.includes('"usage": {');
    if (!hasUsage && !data.includes('"finish_reason":"')) return;
    try {
      const v = JSON.parse(data) as { usage?: unknown };
      if (hasUsage) usage = openaiUsageToNeutral(v.usage);
      responseMeta(v, meta);
    } catch { /* not JSON */ }
  }, { wantData: mentionsUsage });
  return { push: (c) => parser.push(c), get usage() { return usage; }, meta };
}

/** OpenAI error type by status, for upstream errors without a JSON body. */
function openaiTypeForStatus(status: number): string {
  if (status === 429) return 'rate_limit_exceeded';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

export const openaiChat: WireFormatCodec = {
  format: 'openai-chat',
  info: WIRE_FORMATS['openai-chat'],
  validators: (routeType: RouteType) => validatorsOf('openai-chat', routeType),
  errorBody(err: GatewayError): string {
    const message = err.expose ? err.message : 'Internal gateway error.';
    return JSON.stringify({ error: { message, type: ERROR_KINDS[err.kind].openaiType, param: err.param, code: err.openaiCode } });
  },
  streamError: (json: string) => sseData(json),
  normalizeUpstreamError(status: number, body: Buffer): string {
    const o = jsonObject(body);
    if (o !== null) return JSON.stringify(o);
    return JSON.stringify({ error: { message: `Upstream answered HTTP ${status}.`, type: openaiTypeForStatus(status), param: null, code: null } });
  },
  streamGrammar: (routeType: RouteType) => (routeType === 'llm/v1/chat' ? CHAT_GRAMMAR : routeType === 'llm/v1/completions' ? COMPLETIONS_GRAMMAR : null),
  keepalive: sseComment('keep-alive'),
  usageFromJson(body: Buffer, meta?: ResponseMeta): Usage {
    const o = jsonObject(body);
    if (o !== null && meta) responseMeta(o, meta);
    return o !== null && 'usage' in o ? openaiUsageToNeutral(o.usage) : emptyUsage();
  },
  responseMeta,
  usageSniffer,
  /** Models list shape (https://platform.openai.com/docs/api-reference/models/list). */
  modelList(entries: readonly ModelListEntry[]): unknown {
    return { object: 'list', data: entries.map((e) => ({ id: e.id, object: 'model', created: 0, owned_by: e.ownedBy, ...e.catalog })) };
  },
};
