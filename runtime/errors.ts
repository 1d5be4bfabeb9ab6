/**
 * Gateway-generated errors: a closed set, each with an HTTP status, an
 * Anthropic error type, an OpenAI error type/code and an `expose` flag
 * (whether the message may be shown to the caller as is).
 *
 * Envelopes follow the providers' documented error formats:
 * - Anthropic: `{"type":"error","error":{"type","message"}}` (https://docs.anthropic.com/en/api/errors)
 * - OpenAI: `{"error":{"message","type","param","code"}}` (https://platform.openai.com/docs/guides/error-codes)
 *
 * The envelopes themselves are rendered by each wire format's codec
 * (runtime/formats/<format>/, `errorBody`). Upstream error bodies are not
 * GatewayErrors: they pass through unchanged on passthrough routes and are
 * mapped by the transcoder on translated routes.
 */
import { anthropicErrorTypeForStatus } from './formats/anthropic-messages/errors.ts';

export { anthropicErrorTypeForStatus };

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
  | 'draining'
  | 'method_not_allowed';

interface KindInfo {
  status: number;
  anthropicType: string;
  openaiType: string;
  openaiCode: string | null;
}

const kind = (status: number, openaiType: string, openaiCode: string | null): KindInfo => ({ status, anthropicType: anthropicErrorTypeForStatus(status), openaiType, openaiCode });

/** Status and type names per kind; the Anthropic type follows from the status (anthropicErrorTypeForStatus). */
export const ERROR_KINDS: Readonly<Record<ErrorKind, KindInfo>> = {
  invalid_request: kind(400, 'invalid_request_error', null),
  authentication: kind(401, 'invalid_request_error', 'invalid_api_key'),
  permission: kind(403, 'invalid_request_error', 'permission_denied'),
  not_found: kind(404, 'invalid_request_error', 'not_found'),
  method_not_allowed: kind(405, 'invalid_request_error', 'method_not_allowed'),
  request_too_large: kind(413, 'invalid_request_error', 'request_too_large'),
  rate_limit: kind(429, 'rate_limit_exceeded', 'rate_limit_exceeded'),
  api_error: kind(500, 'server_error', null),
  upstream_unavailable: kind(502, 'server_error', 'upstream_unavailable'),
  timeout: kind(504, 'server_error', 'timeout'),
  overloaded: kind(529, 'server_error', 'overloaded'),
  /** Every upstream of the model is skipped by its circuit breaker (runtime/upstream/breaker.ts). */
  unavailable: kind(503, 'server_error', 'circuit_open'),
  /**
   * A request that reached a replica after it began shutting down (new request on a kept-alive
   * connection, or a body that finished uploading): nothing was done for it. 503, which load
   * balancers retry on another replica (nginx `proxy_next_upstream http_503`, HAProxy `retry-on 503`)
   * and the SDKs retry by status; sent with `connection: close`.
   */
  draining: kind(503, 'server_error', 'shutting_down'),
};

/** An error the gateway itself answers with. `param` names the offending field (JSON path) when known. */
export class GatewayError extends Error {
  readonly kind: ErrorKind;
  readonly status: number;
  readonly param: string | null;
  readonly expose: boolean;
  /** Extra response headers (e.g. retry-after). */
  readonly headers: Record<string, string>;
  /** OpenAI `error.code`: the kind's code unless the error names a more specific one (e.g. `context_length_exceeded`). */
  readonly openaiCode: string | null;

  constructor(
    kind: ErrorKind,
    message: string,
    opts: { param?: string | null; expose?: boolean; headers?: Record<string, string>; openaiCode?: string } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
    this.kind = kind;
    this.status = ERROR_KINDS[kind].status;
    this.param = opts.param ?? null;
    this.expose = opts.expose ?? true;
    this.headers = opts.headers ?? {};
    this.openaiCode = opts.openaiCode ?? ERROR_KINDS[kind].openaiCode;
  }
}

/** Converts anything thrown into a GatewayError (unknown errors become unexposed api_error). */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  return new GatewayError('api_error', e instanceof Error ? e.message : String(e), { expose: false });
}
