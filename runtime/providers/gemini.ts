/**
 * Adapter of the `gemini` provider type (Google AI Studio Gemini API): what its
 * spec (specs/providers/gemini.ts) cannot say.
 *
 * ## URL template (`url`)
 * The model is in the path, not the body. The capability paths are the unary
 * ones (`/v1beta/models/{model}:generateContent`, `…:countTokens`); the hook
 * - puts the upstream model (a leading `models/` removed, URL-encoded) in
 *   place of `{model}`;
 * - for a stream (`ctx.stream` on `llm/v1/chat`) switches to
 *   `:streamGenerateContent` and adds `alt=sse`: the upstream is always read
 *   as SSE (`data: <GenerateContentResponse>` events, no terminator), which
 *   is what the prelude, usage extraction, relay and the gemini stream
 *   decoder understand.
 * Never adds `?key=`: the key goes in a header (`authenticate` is the spec's
 * default, `x-goog-api-key`), so it cannot end up in access logs.
 *
 * ### Native passthrough (a Gemini-format caller, `ctx.mode === 'passthrough'`)
 * The caller's path carries the caller's model (a Switchyard alias):
 * `/v1beta/models/<alias>:generateContent`. The gateway does not forward the
 * caller's path: the attempt's path is the capability's
 * `/v1beta/models/{model}:generateContent` (or `:countTokens` for the
 * `llm/v1/count_tokens` route type), and this hook writes the target's
 * upstream model into it — so "rewrite the model in the path" is exactly
 * what the hook does, with the body bytes untouched (a Gemini body has no
 * `model` field; `nativeBody` is not needed). The ingress route must say
 * whether the caller asked for a stream through `AdapterContext.stream`
 * (for Gemini it is `:streamGenerateContent` in the caller's path, not a body
 * field). The upstream answers SSE either way; a caller that asked for the
 * JSON-array framing (`:streamGenerateContent` without `alt=sse`) must have
 * the SSE re-framed by the ingress side (runtime/formats/gemini/stream.ts
 * writes that framing). The caller's `?key=` / `x-goog-api-key` is the caller
 * key and is never forwarded.
 *
 * ## Error normalisation (`normalizeError`)
 * Google's envelope `{"error":{"code","message","status","details"}}` is the
 * native format's, so it stays — with one exception: Google answers an
 * invalid or expired API key with **400** INVALID_ARGUMENT and an ErrorInfo
 * detail whose `reason` is `API_KEY_INVALID` (or `API_KEY_EXPIRED`). That is
 * the provider key's fault, not the caller's: it becomes a 401
 * UNAUTHENTICATED envelope (message and details kept), so the executor takes
 * the key out of rotation (runtime/upstream/exchange.ts `rejectProviderKey`)
 * and a translated caller sees an authentication error. Every other 400
 * (INVALID_ARGUMENT about the request, FAILED_PRECONDITION) stays a 400: the
 * caller's fault, never retried, never counted against the upstream or its key.
 * A 429 RESOURCE_EXHAUSTED carries its delay only in a RetryInfo detail
 * (`"retryDelay": "17s"`), with no `retry-after` header: the delay is lifted
 * into `retry-after-ms` so retries and failover honour it.
 *
 * Sources: https://ai.google.dev/api/generate-content (paths, `alt=sse`),
 * https://ai.google.dev/gemini-api/docs/troubleshooting (status names),
 * google.rpc ErrorInfo / RetryInfo (https://cloud.google.com/apis/design/errors),
 * runtime/simulator/gemini/ (the verified wire shapes).
 */
import type { NormalizedError, ProviderAdapter } from './types.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ErrorInfo reasons that mean "this API key is bad" (the provider key, not the request). */
const KEY_REASONS: ReadonlySet<string> = new Set(['API_KEY_INVALID', 'API_KEY_EXPIRED']);

/** The `error` object of a Google envelope (also the first element of a JSON-array stream's `[{"error":…}]`), or null. */
function googleError(body: Buffer): Json | null {
  if (body.length === 0 || body.length > 1 << 20) return null;
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (Array.isArray(v)) v = v[0];
  return isObj(v) && isObj(v.error) ? v.error : null;
}

/** The details of a Google error (google.rpc.Status `details`), objects only. */
function details(e: Json): Json[] {
  return Array.isArray(e.details) ? e.details.filter(isObj) : [];
}

/** Whether a Google error says the API key itself is invalid or expired (ErrorInfo reason). */
export function isApiKeyError(e: Json): boolean {
  return details(e).some((d) => typeof d.reason === 'string' && KEY_REASONS.has(d.reason));
}

/**
 * The RetryInfo delay of a Google error in ms (`retryDelay` is a
 * google.protobuf.Duration in JSON: decimal seconds with an `s` suffix, e.g.
 * `"17s"`, `"0.5s"`), or null.
 */
export function retryDelayMs(e: Json): number | null {
  for (const d of details(e)) {
    if (typeof d['@type'] !== 'string' || !d['@type'].endsWith('google.rpc.RetryInfo')) continue;
    const m = typeof d.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(d.retryDelay) : null;
    if (m) return Math.round(Number(m[1]) * 1000);
  }
  return null;
}

const gemini: ProviderAdapter = {
  url(req, ctx) {
    if (ctx.model !== null) {
      const m = ctx.model.startsWith('models/') ? ctx.model.slice('models/'.length) : ctx.model;
      req.path = req.path.replaceAll('{model}', encodeURIComponent(m));
    }
    if (ctx.stream && ctx.routeType === 'llm/v1/chat' && req.path.endsWith(':generateContent')) {
      req.path = `${req.path.slice(0, -':generateContent'.length)}:streamGenerateContent`;
      req.query = req.query ? `${req.query}&alt=sse` : 'alt=sse';
    }
  },

  normalizeError(status, body, headers): NormalizedError {
    const e = googleError(body);
    if (e === null) return { status, body };
    if (status === 400 && isApiKeyError(e)) {
      return { status: 401, body: JSON.stringify({ error: { ...e, code: 401, status: 'UNAUTHENTICATED' } }) };
    }
    if (status === 429 && headers['retry-after'] === undefined && headers['retry-after-ms'] === undefined) {
      const ms = retryDelayMs(e);
      if (ms !== null) headers['retry-after-ms'] = String(ms);
    }
    return { status, body };
  },
};
export default gemini;
