/**
 * The transcoder interface shared by every (ingress format, upstream format)
 * pair. A transcoder is pure: it maps bodies and stream bytes, never does I/O.
 *
 * Flow for one translated request:
 *   1. `mapRequest(body, ctx)` → upstream body + headers (+ `dropped` fields,
 *      reported in `x-switchyard-dropped-params`, and the advisory ones among
 *      them in `degraded`, reported in `x-switchyard-degraded`). Throws a
 *      GatewayError('invalid_request', …, {param}) for a field that cannot be
 *      carried when the policy (`ctx.unsupportedParams`) rejects its loss class.
 *   2. JSON: `mapResponse(upstreamBody, ctx, mapped)` → caller body + usage.
 *      Error statuses: `mapError(status, upstreamBody)` → caller status + body.
 *   3. SSE: `createStream(ctx, mapped)` → a per-request StreamTranscoder fed
 *      with upstream chunks; what it returns is written to the caller as is.
 */
import type { Usage } from '../usage.ts';

/**
 * Config `unsupported_params` of the model alias: what happens to a caller field
 * a translated target cannot carry, by its loss class (specs/translation.ts):
 * `reject` (default) drops advisory losses (x-switchyard-degraded) and answers
 * 400 for semantic ones; `drop` drops both (x-switchyard-dropped-params);
 * `strict` answers 400 for both.
 */
export type UnsupportedParamsPolicy = 'reject' | 'drop' | 'strict';

/**
 * Wire-format quirks of the target provider that the openai-chat encoder and
 * decoder follow (OpenAI-compatible providers). Every member is optional; absent
 * means OpenAI's own behaviour.
 */
export interface ProviderDialect {
  /** Request field for the output-token limit (OpenAI: `max_completion_tokens`; many compatible providers: `max_tokens`). */
  maxTokensField?: 'max_completion_tokens' | 'max_tokens';
  /** Message/delta field carrying reasoning text in responses (DeepSeek `reasoning_content`, OpenRouter `reasoning`). */
  reasoningField?: 'reasoning_content' | 'reasoning';
  /** Request fields (JSON paths, e.g. `parallel_tool_calls`, `stream_options.include_usage`) the provider rejects: never sent. */
  rejectedParams?: readonly string[];
  /** Request parameters the provider spells differently: OpenAI name → provider name. */
  renamedParams?: Readonly<Record<string, string>>;
  /** Whether the provider honours `stream_options.include_usage` (default true); false: not sent. */
  streamUsage?: boolean;
  /** Rules tool-call ids must follow (e.g. Mistral: 9 alphanumerics); other ids are rewritten (see openai-chat mapper `fitToolCallId`). */
  toolCallId?: { maxLength?: number; pattern?: string };
}

export interface RequestContext {
  /** The model alias the caller used; echoed as `model` in responses. */
  alias: string;
  /** The model name sent upstream. */
  upstreamModel: string;
  /** Route policy for fields the upstream cannot carry (config `unsupported_params`). */
  unsupportedParams: UnsupportedParamsPolicy;
  /** Output-token limit used when the caller gave none (model catalog's max output, else 4096). */
  defaultMaxTokens: number;
  /** Clock in milliseconds since the epoch (Date.now semantics); injectable for tests. */
  now?: () => number;
  /**
   * The target provider's dialect (specs/providers/<type>.ts `dialect`, schema
   * in specs/capability.ts); absent: the format's reference API. The executor
   * always sets it (runtime/providers/ `dialectOf`).
   */
  dialect?: ProviderDialect;
  /**
   * How the caller called, where its body does not say it (Gemini: the stream
   * flag is the method in the path, runtime/formats/gemini/ingress.ts); absent:
   * the body says.
   */
  call?: { stream: boolean };
}

export interface MappedRequest {
  /** The upstream request body (a fresh object; the caller's body is never mutated). */
  body: Record<string, unknown>;
  /** Headers the upstream call must set (e.g. `anthropic-version` pin). */
  headers: Record<string, string>;
  /** Every caller field dropped on the way (advisory losses, and semantic ones under policy `drop`): x-switchyard-dropped-params. */
  dropped: string[];
  /** The advisory losses among `dropped` (x-switchyard-degraded); absent = none. */
  degraded?: string[];
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
  /**
   * A stream transcoder. `scrub` (when given) replaces secrets in the caller
   * bytes produced once the upstream sent an in-stream error event (ordinary events are not inspected).
   */
  createStream(ctx: RequestContext, mapped: MappedRequest, scrub?: ((text: string) => string) | null): StreamTranscoder;
}
