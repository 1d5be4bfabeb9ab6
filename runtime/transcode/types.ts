/**
 * The transcoder interface shared by every (ingress format, upstream format)
 * pair. A transcoder is pure: it maps bodies and stream bytes, never does I/O.
 *
 * Flow for one translated request:
 *   1. `mapRequest(body, ctx)` → upstream body + headers (+ `dropped` fields,
 *      which the pipeline reports in `x-switchyard-dropped-params`). Throws a
 *      GatewayError('invalid_request', …, {param}) for a field that cannot be
 *      carried when `ctx.unsupportedParams === 'reject'`.
 *   2. JSON: `mapResponse(upstreamBody, ctx, mapped)` → caller body + usage.
 *      Error statuses: `mapError(status, upstreamBody)` → caller status + body.
 *   3. SSE: `createStream(ctx, mapped)` → a per-request StreamTranscoder fed
 *      with upstream chunks; what it returns is written to the caller as is.
 */
import type { Usage } from '../usage.ts';
import type { Dialect } from '../../generated/types/provider-spec.ts';

export interface RequestContext {
  /** The model alias the caller used; echoed as `model` in responses. */
  alias: string;
  /** The model name sent upstream. */
  upstreamModel: string;
  /** Route policy for fields the upstream cannot carry (config `unsupported_params`). */
  unsupportedParams: 'reject' | 'drop';
  /** Output-token limit used when the caller gave none (model catalog's max output, else 4096). */
  defaultMaxTokens: number;
  /**
   * The target provider's dialect quirks (specs/providers/<type>.ts `dialect`,
   * schema in specs/capability.ts): max-tokens field, reasoning field, params
   * rejected or renamed, whether `stream_options.include_usage` is honoured,
   * tool-call id rules. Absent or `{}`: the upstream format's reference API.
   * The executor always sets it (runtime/providers/ `dialectOf`).
   */
  dialect?: Dialect;
  /** Clock in milliseconds since the epoch (Date.now semantics); injectable for tests. */
  now?: () => number;
}

export interface MappedRequest {
  /** The upstream request body (a fresh object; the caller's body is never mutated). */
  body: Record<string, unknown>;
  /** Headers the upstream call must set (e.g. `anthropic-version` pin). */
  headers: Record<string, string>;
  /** Caller fields dropped on the way (policy `drop`, or always-dropped hints such as `cache_control`). */
  dropped: string[];
  /** Whether the upstream call streams. */
  stream: boolean;
  /** Whether the caller asked for a usage chunk (OpenAI `stream_options.include_usage`). */
  includeUsage: boolean;
  /**
   * Name of a synthetic tool used to emulate a structured-output mode
   * (OpenAI `response_format` → forced Anthropic tool); its tool_use is turned
   * back into message content. Null when not used.
   */
  syntheticJsonTool: string | null;
}

export interface StreamTranscoder {
  /** Feeds one upstream chunk; returns the bytes to write to the caller ('' if none). */
  push(chunk: Buffer): string;
  /**
   * Upstream EOF: flushes. If the upstream ended without a terminal event, the
   * returned text ends with an error event in the caller's format (never a
   * silent truncation).
   */
  end(): string;
  /** Usage so far (cumulative, replace-not-add). */
  readonly usage: Usage;
  /** Has produced caller-visible bytes (after this, failover is no longer possible). */
  readonly started: boolean;
  /** The stream reached its terminal event (normal end or error). */
  readonly finished: boolean;
  /** The upstream sent an in-stream error event (mapped to the caller's format). */
  readonly sawUpstreamError: boolean;
}

export interface MappedResponse {
  body: unknown;
  usage: Usage;
}

export interface MappedError {
  status: number;
  body: unknown;
}

export interface Transcoder {
  /** Upstream path for this pair's route type, relative to the upstream base URL. */
  readonly upstreamPath: string;
  mapRequest(body: Record<string, unknown>, ctx: RequestContext): MappedRequest;
  mapResponse(body: unknown, ctx: RequestContext, mapped: MappedRequest): MappedResponse;
  /** Maps an upstream error (status + parsed JSON body, or raw text) into the caller's error envelope. Status is kept. */
  mapError(status: number, body: unknown): MappedError;
  createStream(ctx: RequestContext, mapped: MappedRequest): StreamTranscoder;
}
