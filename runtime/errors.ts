/**
 * Gateway-generated errors: a closed set, each with an HTTP status, an
 * Anthropic error type, an OpenAI error type/code and an `expose` flag
 * (whether the message may be shown to the caller as is).
 *
 * Envelopes follow the providers' documented error formats:
 * - Anthropic: `{"type":"error","error":{"type","message"}}` (https://docs.anthropic.com/en/api/errors)
 * - OpenAI: `{"error":{"message","type","param","code"}}` (https://platform.openai.com/docs/guides/error-codes)
 *
 * Upstream error bodies are not GatewayErrors: they pass through unchanged on
 * passthrough routes and are mapped by the transcoder on translated routes.
 */
import type { Format } from '../specs/route-types.ts';

export type ErrorKind =
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'request_too_large'
  | 'rate_limit'
  | 'api_error'
  | 'upstream_unavailable'
  | 'timeout'
  | 'overloaded'
  | 'unavailable'
  | 'method_not_allowed';

interface KindInfo {
  status: number;
  anthropicType: string;
  openaiType: string;
  openaiCode: string | null;
}

/** Status and type names per kind (Anthropic status mapping from the SDK's `_client.py`). */
export const ERROR_KINDS: Readonly<Record<ErrorKind, KindInfo>> = {
  invalid_request: { status: 400, anthropicType: 'invalid_request_error', openaiType: 'invalid_request_error', openaiCode: null },
  authentication: { status: 401, anthropicType: 'authentication_error', openaiType: 'invalid_request_error', openaiCode: 'invalid_api_key' },
  permission: { status: 403, anthropicType: 'permission_error', openaiType: 'invalid_request_error', openaiCode: 'permission_denied' },
  not_found: { status: 404, anthropicType: 'not_found_error', openaiType: 'invalid_request_error', openaiCode: 'not_found' },
  method_not_allowed: { status: 405, anthropicType: 'invalid_request_error', openaiType: 'invalid_request_error', openaiCode: 'method_not_allowed' },
  request_too_large: { status: 413, anthropicType: 'request_too_large', openaiType: 'invalid_request_error', openaiCode: 'request_too_large' },
  rate_limit: { status: 429, anthropicType: 'rate_limit_error', openaiType: 'rate_limit_exceeded', openaiCode: 'rate_limit_exceeded' },
  api_error: { status: 500, anthropicType: 'api_error', openaiType: 'server_error', openaiCode: null },
  upstream_unavailable: { status: 502, anthropicType: 'api_error', openaiType: 'server_error', openaiCode: 'upstream_unavailable' },
  timeout: { status: 504, anthropicType: 'timeout_error', openaiType: 'server_error', openaiCode: 'timeout' },
  overloaded: { status: 529, anthropicType: 'overloaded_error', openaiType: 'server_error', openaiCode: 'overloaded' },
  /** Every upstream of the model is skipped by its circuit breaker (runtime/upstream/breaker.ts). */
  unavailable: { status: 503, anthropicType: 'api_error', openaiType: 'server_error', openaiCode: 'circuit_open' },
};

/** An error the gateway itself answers with. `param` names the offending field (JSON path) when known. */
export class GatewayError extends Error {
  readonly kind: ErrorKind;
  readonly status: number;
  readonly param: string | null;
  readonly expose: boolean;
  /** Extra response headers (e.g. retry-after). */
  readonly headers: Record<string, string>;

  constructor(kind: ErrorKind, message: string, opts: { param?: string | null; expose?: boolean; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'GatewayError';
    this.kind = kind;
    this.status = ERROR_KINDS[kind].status;
    this.param = opts.param ?? null;
    this.expose = opts.expose ?? true;
    this.headers = opts.headers ?? {};
  }
}

/** Body of an error in the given format. Unexposed messages are replaced with a generic one. */
export function errorBody(format: Format, err: GatewayError): string {
  const info = ERROR_KINDS[err.kind];
  const message = err.expose ? err.message : 'Internal gateway error.';
  if (format === 'anthropic') {
    return JSON.stringify({ type: 'error', error: { type: info.anthropicType, message } });
  }
  return JSON.stringify({ error: { message, type: info.openaiType, param: err.param, code: info.openaiCode } });
}

/** Converts anything thrown into a GatewayError (unknown errors become unexposed api_error). */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  return new GatewayError('api_error', e instanceof Error ? e.message : String(e), { expose: false });
}
