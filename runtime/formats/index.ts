/**
 * Wire-format codec registry: one exhaustive table keyed by format, and the
 * few operations every shared module needs (an error in the caller's format,
 * request validation). Adding a format to specs/wire-formats.ts makes this
 * table fail to typecheck until its codec exists.
 *
 * How to add a format: see the README's Architecture section ("Add a format").
 */
import type { Format } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../security/json-depth.ts';
import type { ResponseSink } from '../server/sink.ts';
import { anthropicMessages } from './anthropic-messages/index.ts';
import { gemini } from './gemini/index.ts';
import { openaiChat } from './openai-chat/index.ts';
import { openaiResponses } from './openai-responses/index.ts';
import type { Validator, WireFormatCodec } from './types.ts';

export type { IngressCall, ModelListEntry, PreludeVerdict, ResponseMeta, RouteValidators, StreamEnd, StreamGrammar, UsageSniffer, Validator, WireFormatCodec } from './types.ts';

/** The codec of every wire format. */
export const CODECS: { readonly [F in Format]: WireFormatCodec } = {
  'anthropic-messages': anthropicMessages,
  'openai-chat': openaiChat,
  'openai-responses': openaiResponses,
  gemini,
};

/** The format whose identifying header (specs/wire-formats.ts) the request carries, or null. */
export function formatByHeader(headers: Record<string, string>): Format | null {
  for (const c of Object.values(CODECS)) {
    const h = c.info.identifyingHeader;
    if (h !== null && headers[h] !== undefined) return c.format;
  }
  return null;
}

/**
 * Moves a caller key found in the query (a format's `liftCallerKey`: Google's
 * `?key=`) into that format's key header, on every path — a key never stays in
 * a query that could be logged or forwarded — and returns the query without it.
 */
export function liftCallerKeys(query: string, headers: Record<string, string>): string {
  for (const c of LIFTERS) query = c(query, headers);
  return query;
}

const LIFTERS = Object.values(CODECS).flatMap((c) => (c.liftCallerKey ? [c.liftCallerKey] : []));

/** The format of the unmatched-path fallback (specs/wire-formats.ts `unmatchedPathFallback`). */
export const FALLBACK_FORMAT: Format = (Object.values(CODECS).find((c) => c.info.unmatchedPathFallback) as WireFormatCodec).format;

/** The codec of a wire format. */
export function codecFor(format: Format): WireFormatCodec {
  return CODECS[format];
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** Sends a gateway error in the caller's format (or as a stream error event once streaming began). */
export function sendError(sink: ResponseSink, format: Format, err: GatewayError, extraHeaders: Record<string, string> = {}): void {
  if (!sink.open) return;
  const codec = CODECS[format];
  if (sink.headersSent) {
    sink.write(codec.streamError(codec.errorBody(err)));
    sink.end();
    return;
  }
  sink.send(err.status, { ...JSON_HEADERS, ...extraHeaders, ...err.headers }, codec.errorBody(err));
}

/** An error as a stream event in the caller's format (after HTTP 200 was sent). */
export function streamErrorEvent(format: Format, err: GatewayError): string {
  const codec = CODECS[format];
  return codec.streamError(codec.errorBody(err));
}

/**
 * Parses a request body that must be one JSON object (400 otherwise).
 * @param expected what an empty body should have been, for its error message
 */
export function parseJson(body: Buffer, expected = 'a JSON object'): Record<string, unknown> {
  if (body.length === 0) throw new GatewayError('invalid_request', `Request body is empty; expected ${expected}.`);
  if (jsonTooDeep(body)) throw new GatewayError('invalid_request', `Request body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels.`);
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new GatewayError('invalid_request', `Request body is not valid JSON: ${(e as Error).message}`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new GatewayError('invalid_request', 'Request body must be a JSON object.');
  return v as Record<string, unknown>;
}

/** Validates with a generated validator; the error names the JSON path. */
export function check(validate: Validator, value: unknown): void {
  if (validate(value)) return;
  const e = validate.errors?.[0];
  const path = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
  const extra = e?.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : '';
  throw new GatewayError('invalid_request', `${path || 'body'}: ${e?.message ?? 'invalid'}${extra}`, { param: path || null });
}
