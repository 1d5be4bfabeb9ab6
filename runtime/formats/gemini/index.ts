/**
 * The `gemini` codec: the Gemini API (Google AI Studio `generateContent` /
 * `streamGenerateContent`, https://ai.google.dev/api/generate-content), as an
 * ingress format (`/v1beta/models/{model}:…`, `/v1/models/{model}:…`, also
 * under `/gemini/`) and as what a Gemini upstream is judged by.
 *
 * - Ingress (./ingress.ts): the model alias is in the path, the stream flag in
 *   the method; `?key=` is moved into `x-goog-api-key`; streams without
 *   `alt=sse` are reframed as one JSON array.
 * - Errors: Google's envelope `{"error":{"code","message","status"}}` with the
 *   google.rpc status name of the HTTP code (the mapper's tables,
 *   ./tables.ts `googleStatusFor`; API errors guide
 *   https://ai.google.dev/gemini-api/docs/troubleshooting). Non-JSON upstream
 *   errors become that envelope naming the status only. In a stream: a
 *   `data:` event carrying the envelope (`@google/genai` throws on a chunk
 *   holding `error`).
 * - Stream grammar (`llm/v1/chat`, `streamGenerateContent?alt=sse`): each
 *   `data:` event is a partial GenerateContentResponse. Content has started
 *   with a candidate part carrying text, a function call or other data, a
 *   `finishReason`, or a blocked prompt (`promptFeedback.blockReason`); a
 *   chunk with only usage or empty parts is held; a chunk holding `error` is
 *   an error (type from the status name, GOOGLE_STATUS_TO_IR_TYPE). There is
 *   no terminal event: a stream is complete when its last chunk carries a
 *   `finishReason`, an error when it holds `error`, else truncated. The relay
 *   judges from the last 256 bytes (runtime/relay/pump.ts TAIL_BYTES); when the
 *   last chunk began before them (a long final chunk), a chunk that ended
 *   cleanly is taken as complete: a stream cut inside a chunk is still caught,
 *   one cut exactly after a long non-final chunk is not.
 * - Keep-alive: a blank line pair (`\r\n\r\n`): an empty event to SSE parsers
 *   (`@google/genai` skips events that do not start with `data:`) and JSON
 *   whitespace for the JSON-array framing of `streamGenerateContent` without
 *   `alt=sse` (an SSE comment would break that framing).
 * - Usage: `usageMetadata` (cumulative in every chunk; the last one counts),
 *   read with the mapper's table (`geminiUsageToNeutral`).
 * - Models list: Gemini's `models.list` shape
 *   (https://ai.google.dev/api/models#method:-models.list): `name` =
 *   `models/<alias>`.
 * - Request id: Google documents no request-id header; the gateway's goes out
 *   as `x-request-id` (specs/wire-formats.ts).
 */
import type { RouteType } from '../../../generated/routes.ts';
import { WIRE_FORMATS } from '../../../generated/formats.ts';
import type { GatewayError } from '../../errors.ts';
import { SseParser } from '../../sse/parser.ts';
import { sseData } from '../../sse/writer.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import { isObj, jsonObject, lastSseEvent, type Json } from '../sse-end.ts';
import type { ModelListEntry, PreludeVerdict, ResponseMeta, StreamEnd, StreamGrammar, UsageSniffer, WireFormatCodec } from '../types.ts';
import { validatorsOf } from '../validators.ts';
import { GOOGLE_STATUS_TO_IR_TYPE, geminiUsageToNeutral, googleStatusFor } from './tables.ts';
import { GEMINI_KEY_HEADER, JsonArrayFraming, geminiCall, liftQueryKey, wantsSse } from './ingress.ts';

/** A Google error envelope (JSON text). */
function envelope(code: number, message: string): string {
  return JSON.stringify({ error: { code, message, status: googleStatusFor(code) } });
}

/** Part keys that carry content (text only when non-empty). */
const CONTENT_PARTS = ['functionCall', 'inlineData', 'fileData', 'executableCode', 'codeExecutionResult', 'functionResponse'] as const;

function partHasContent(p: unknown): boolean {
  if (!isObj(p)) return false;
  if (typeof p.text === 'string' && p.text !== '') return true;
  return CONTENT_PARTS.some((k) => p[k] !== undefined);
}

/** Classifies one Gemini SSE chunk seen before content. */
export function geminiPreludeEvent(_event: string | undefined, data: string): PreludeVerdict {
  let v: unknown;
  try {
    v = JSON.parse(data);
  } catch {
    return { kind: 'commit' };
  }
  if (!isObj(v)) return { kind: 'commit' };
  if (isObj(v.error)) {
    const e = v.error;
    const status = typeof e.status === 'string' ? e.status : typeof e.code === 'number' ? googleStatusFor(e.code) : 'INTERNAL';
    return { kind: 'error', errorType: GOOGLE_STATUS_TO_IR_TYPE[status] ?? 'api_error', message: typeof e.message === 'string' ? e.message : 'Upstream stream error.' };
  }
  if (isObj(v.promptFeedback) && v.promptFeedback.blockReason !== undefined) return { kind: 'commit' };
  for (const c of Array.isArray(v.candidates) ? v.candidates : []) {
    if (!isObj(c)) continue;
    if (c.finishReason !== undefined && c.finishReason !== null) return { kind: 'commit' };
    if (isObj(c.content) && Array.isArray(c.content.parts) && c.content.parts.some(partHasContent)) return { kind: 'commit' };
  }
  return { kind: 'hold' };
}

/** End of a Gemini stream: the last chunk carries a finishReason → complete; holds `error` → error_event. */
export function geminiStreamEnd(tail: Buffer): StreamEnd {
  // A chunk cut short (no closing brace and blank line) is truncated whatever it carried.
  if (!/\}[ \t]*(?:\r?\n\r?\n|\r\r)$/.test(tail.toString('latin1'))) return 'truncated';
  const ev = lastSseEvent(tail);
  if (/^data:\s*\{\s*"error"\s*:/m.test(ev)) return 'error_event';
  if (/"finishReason"\s*:\s*"/.test(ev)) return 'complete';
  // The last chunk began before the tail (a long final chunk: its finishReason sits before its text and
  // usageMetadata): undecidable from these bytes, so a chunk that ended cleanly counts as complete.
  return /^data:/m.test(ev) ? 'truncated' : 'complete';
}

const GRAMMAR: StreamGrammar = { preludeEvent: geminiPreludeEvent, classifyEnd: geminiStreamEnd };

/** Response id, model version and the candidates' finish reasons of a GenerateContentResponse (a chunk without them keeps earlier ones). */
function responseMeta(v: unknown, into: ResponseMeta = {}): ResponseMeta {
  if (!isObj(v)) return into;
  if (typeof v.responseId === 'string') into.id = v.responseId;
  if (typeof v.modelVersion === 'string') into.model = v.modelVersion;
  if (Array.isArray(v.candidates)) {
    const r = v.candidates.map((c) => (isObj(c) ? c.finishReason : undefined)).filter((x): x is string => typeof x === 'string');
    if (r.length) into.finishReasons = r;
  }
  return into;
}

/** Usage of a passthrough stream: every chunk's usageMetadata replaces the previous (cumulative). */
function usageSniffer(): UsageSniffer {
  let usage = emptyUsage();
  const meta: ResponseMeta = {};
  const parser = new SseParser((_event, data) => {
    if (!data.includes('"usageMetadata"') && !data.includes('"finishReason"')) return;
    try {
      const v = JSON.parse(data) as Json;
      responseMeta(v, meta);
      if (isObj(v.usageMetadata)) usage = geminiUsageToNeutral(v.usageMetadata);
    } catch { /* not JSON */ }
  });
  return { push: (c) => parser.push(c), get usage() { return usage; }, meta };
}

export const gemini: WireFormatCodec = {
  format: 'gemini',
  info: WIRE_FORMATS.gemini,
  validators: (routeType: RouteType) => validatorsOf('gemini', routeType),
  errorBody(err: GatewayError): string {
    return envelope(err.status, err.expose ? err.message : 'Internal gateway error.');
  },
  streamError: (json: string) => sseData(json),
  normalizeUpstreamError(status: number, body: Buffer): string {
    const o = jsonObject(body);
    if (o !== null) return JSON.stringify(o);
    return envelope(status, `Upstream answered HTTP ${status}.`);
  },
  streamGrammar: (routeType: RouteType) => (routeType === 'llm/v1/chat' ? GRAMMAR : null),
  keepalive: '\r\n\r\n',
  usageFromJson(body: Buffer, meta?: ResponseMeta): Usage {
    const o = jsonObject(body);
    if (o !== null && meta) responseMeta(o, meta);
    return o !== null && isObj(o.usageMetadata) ? geminiUsageToNeutral(o.usageMetadata) : emptyUsage();
  },
  responseMeta,
  usageSniffer,
  modelList(entries: readonly ModelListEntry[]): unknown {
    return { models: entries.map(modelEntry) };
  },
  modelGet: modelEntry,
  ingressCall: geminiCall,
  responseFilter: (route, query) => (route.operation === 'streamGenerateContent' && !wantsSse(query) ? new JsonArrayFraming() : null),
  liftCallerKey(query, headers) {
    const { key, query: rest } = liftQueryKey(query);
    if (key !== null && headers[GEMINI_KEY_HEADER] === undefined) headers[GEMINI_KEY_HEADER] = key;
    return rest;
  },
};

/** One model in Gemini's `Model` shape (https://ai.google.dev/api/models#Model): `name` = `models/<alias>`. */
function modelEntry(e: ModelListEntry): unknown {
  return {
    name: `models/${e.id}`,
    displayName: e.displayName,
    ...(typeof e.catalog.context_window === 'number' ? { inputTokenLimit: e.catalog.context_window } : {}),
    ...(typeof e.catalog.max_output_tokens === 'number' ? { outputTokenLimit: e.catalog.max_output_tokens } : {}),
    supportedGenerationMethods: ['generateContent', 'streamGenerateContent', 'countTokens'],
    ...(typeof e.catalog.thinking === 'boolean' ? { thinking: e.catalog.thinking } : {}),
  };
}
