/**
 * Gemini API wire framing for the simulator: Google's two JSON serialisations,
 * the two stream framings of `streamGenerateContent`, the error envelope and
 * the HTTP status → `google.rpc.Code` name table.
 *
 * Byte shapes (verified on recorded Google AI Studio traffic; see ./index.ts for sources):
 * - unary bodies (generateContent, countTokens, models, errors) are pretty-printed
 *   with two-space indentation (`JSON.stringify(v, null, 2)`), content type
 *   `application/json; charset=UTF-8`;
 * - SSE `data:` payloads are one line with `": "` after every key and `,` without a
 *   space between members (`{"candidates": [{"content": {"parts": [...],"role": "model"},"index": 0}],...}`),
 *   each event framed `data: <json>\r\n\r\n` (CRLF blank line, as the live API sends it),
 *   no `event:` lines, no `[DONE]`;
 * - `<`, `>` and `&` inside strings are written as `\u003c`, `\u003e`, `\u0026`
 *   (Google's JSON printer; seen as `\u003c` in recorded SSE text);
 * - the JSON-array stream (no `alt=sse`) is `[` + first element, then
 *   `\n,\r\n` + each next element, then `\n]`, every element pretty-printed as above;
 *   an error before the first element is sent as the HTTP error with the array
 *   `[{...error...}\n]` as its body.
 */

/** A response header as `[name, value]`. */
export type Header = readonly [string, string];

type JsonValue = unknown;

function escapeHtmlish(s: string): string {
  return s.replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026'));
}

/** Pretty JSON (two-space indent) as Google prints unary bodies and JSON-array elements. */
export function prettyJson(v: JsonValue): string {
  return escapeHtmlish(JSON.stringify(v, null, 2));
}

function compact(v: JsonValue): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : compact(x))).join(',')}]`;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue;
    parts.push(`${JSON.stringify(k)}: ${compact(x)}`);
  }
  return `{${parts.join(',')}}`;
}

/** One-line JSON in Google's SSE style (`"key": value` members joined by `,`). */
export function sseJson(v: JsonValue): string {
  return escapeHtmlish(compact(v));
}

/** One SSE event: `data: <sseJson>\r\n\r\n`. */
export function sseFrame(v: JsonValue): Buffer {
  return Buffer.from(`data: ${sseJson(v)}\r\n\r\n`);
}

/** Separator between two elements of the JSON-array stream. */
export const ARRAY_SEPARATOR = '\n,\r\n';

/**
 * Frames the elements of a JSON-array stream as separately writable pieces:
 * `[` + e0, `\n,\r\n` + e1, ..., and the closing `\n]` (returned apart so a
 * mid-stream error element can be inserted before it).
 */
export function arrayFrames(elements: readonly JsonValue[]): { pieces: Buffer[]; close: Buffer } {
  const pieces = elements.map((e, i) => Buffer.from(`${i === 0 ? '[' : ARRAY_SEPARATOR}${prettyJson(e)}`));
  return { pieces, close: Buffer.from(elements.length === 0 ? '[]' : '\n]') };
}

/** Content type of unary JSON bodies and of the JSON-array stream. */
export const JSON_CT: Header = ['content-type', 'application/json; charset=UTF-8'];
/** Content type of the SSE stream. */
export const SSE_CT: Header = ['content-type', 'text/event-stream'];

/** Headers Google's front end adds to every Gemini API response (recorded traffic), plus the simulator marker. */
export const GOOGLE_HEADERS: readonly Header[] = [
  ['vary', 'Origin'],
  ['vary', 'X-Origin'],
  ['vary', 'Referer'],
  ['server', 'scaffolding on HTTPServer2'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-xss-protection', '0'],
  ['x-switchyard-simulator', '1'],
];

/**
 * `google.rpc.Code` name for an HTTP status, as the Gemini API reports it in
 * `error.status` (table of ai.google.dev/gemini-api/docs/generate-content/api-errors,
 * other codes per google/rpc/code.proto's HTTP mapping).
 */
export function googleStatusName(status: number): string {
  switch (status) {
    case 400:
      return 'INVALID_ARGUMENT';
    case 401:
      return 'UNAUTHENTICATED';
    case 402:
    case 429:
      return 'RESOURCE_EXHAUSTED';
    case 403:
      return 'PERMISSION_DENIED';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'ABORTED';
    case 412:
      return 'FAILED_PRECONDITION';
    case 499:
      return 'CANCELLED';
    case 500:
      return 'INTERNAL';
    case 501:
      return 'UNIMPLEMENTED';
    case 503:
      return 'UNAVAILABLE';
    case 504:
      return 'DEADLINE_EXCEEDED';
    default:
      return status >= 500 ? 'UNKNOWN' : 'INVALID_ARGUMENT';
  }
}

/** Default `error.message` per status (wording of the real API where known). */
export function defaultErrorMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Request contains an invalid argument.';
    case 401:
      return 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
    case 403:
      return 'The caller does not have permission';
    case 404:
      return 'Requested entity was not found.';
    case 429:
      return 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. (simulated by Switchyard)';
    case 500:
      return 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting';
    case 503:
      return 'The model is overloaded. Please try again later.';
    case 504:
      return 'Deadline expired before operation could complete.';
    default:
      return status >= 500 ? 'Internal error encountered.' : 'Request contains an invalid argument.';
  }
}

/** Thrown by request handling; becomes a Google error envelope. */
export class GeminiHttpError extends Error {
  /**
   * @param status HTTP status
   * @param message `error.message`
   * @param details optional `error.details` (google.rpc detail objects with `@type`)
   */
  constructor(
    readonly status: number,
    message: string,
    readonly details?: readonly Record<string, unknown>[],
  ) {
    super(message);
  }
}

/**
 * The Google error envelope `{"error":{"code","message","status"[,"details"]}}`.
 * @param status HTTP status (becomes `code`)
 * @param message optional message (default per status)
 * @param details optional `details` array
 */
export function errorEnvelope(status: number, message?: string, details?: readonly Record<string, unknown>[]): { error: Record<string, unknown> } {
  const error: Record<string, unknown> = { code: status, message: message ?? defaultErrorMessage(status), status: googleStatusName(status) };
  if (details && details.length > 0) error.details = details;
  return { error };
}

/** `details` of a 429: QuotaFailure, Help and RetryInfo (`retryDelay` like `"17s"`), as the API sends them. */
export function quotaDetails(model: string, retrySeconds: number): Record<string, unknown>[] {
  return [
    {
      '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
      violations: [
        {
          quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
          quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
          quotaDimensions: { location: 'global', model },
          quotaValue: '10',
        },
      ],
    },
    { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }] },
    { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retrySeconds}s` },
  ];
}

/** `details` of the invalid-API-key 400 (ErrorInfo reason API_KEY_INVALID + LocalizedMessage). */
export function apiKeyInvalidDetails(): Record<string, unknown>[] {
  return [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
    { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: 'API key not valid. Please pass a valid API key.' },
  ];
}
