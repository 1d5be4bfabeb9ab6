/**
 * The typed translation core: one intermediate representation (IR) of chat
 * requests, responses, stream events, errors and usage that every wire format
 * decodes into and encodes from (runtime/formats/<format>/mapper.ts), so that a
 * format costs two mappers instead of one transcoder per format pair.
 *
 * The IR is a superset of Anthropic Messages (the richest format served):
 * thinking with its signature, redacted thinking, `cache_control` with its TTL,
 * citations, images, documents, and server-tool blocks kept as opaque values
 * (`{type:'opaque', format, value}`). What a decoder cannot put in the IR is kept
 * as an `extras` entry (the caller's field and value); an encoder that cannot
 * carry an IR member or an extra reports it to the {@link LossReport}, which
 * applies the model alias's `unsupported_params` policy with the loss
 * classification of specs/translation.ts (advisory or semantic).
 *
 * Stream events are calls on an {@link IrStreamSink} (a decoder calls, an
 * encoder writes its wire format), so that no object is allocated per event;
 * the grammar is Anthropic's: message start, blocks strictly one after the
 * other (start, deltas, stop), message delta (stop reason + usage), message stop.
 *
 * Passthrough (same format on both sides) never goes through the IR.
 */
import { GatewayError } from '../errors.ts';
import { emptyUsage, type Usage } from '../usage.ts';
import type { MappedError, MappedRequest, RequestContext, UnsupportedParamsPolicy } from '../transcode/types.ts';
import { TRANSLATIONS } from '../../generated/capabilities.ts';
import type { Format } from '../../specs/route-types.ts';

/** A wire format (specs/route-types.ts `Format`). */
export type WireFormat = Format;

export type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Content blocks
// ---------------------------------------------------------------------------------------------

/**
 * A prompt-caching breakpoint, Anthropic `cache_control` shape
 * (`{type:"ephemeral", ttl?:"5m"|"1h"}`), kept verbatim (unknown keys included).
 */
export type IrCache = Json;

/** Where media comes from (Anthropic `source` shapes; `file` = a provider-stored file id). */
export type IrSource =
  | { type: 'base64'; mediaType: string; data: string }
  | { type: 'url'; url: string }
  | { type: 'text'; mediaType: string; data: string }
  | { type: 'other'; value: Json };

/**
 * Fields a format puts on a block or tool that the IR does not model (Anthropic
 * `caller` on tool_use, `type: "custom"` on tools, …): carried verbatim for an
 * encoder of the same format; other formats have no place for them.
 */
export interface IrVendorFields {
  format: WireFormat;
  fields: Json;
}

/** Fields every block may carry. `at` is the caller's parameter path, for errors that name it. */
interface BlockBase {
  at?: string;
  cache?: IrCache;
  vendor?: IrVendorFields;
}
export interface IrTextBlock extends BlockBase {
  type: 'text';
  text: string;
  /** Anthropic citations on a text block, verbatim. */
  citations?: unknown[];
}
export interface IrImageBlock extends BlockBase {
  type: 'image';
  source: IrSource;
}
export interface IrDocumentBlock extends BlockBase {
  type: 'document';
  source: IrSource;
  title?: string;
}
export interface IrThinkingBlock extends BlockBase {
  type: 'thinking';
  thinking: string;
  /** Anthropic's signature over the thinking text ('' when the source had none, e.g. OpenAI-compatible reasoning). */
  signature: string;
}
export interface IrRedactedThinkingBlock extends BlockBase {
  type: 'redacted_thinking';
  data: string;
}
export interface IrToolUseBlock extends BlockBase {
  type: 'tool_use';
  id: string;
  name: string;
  input: Json;
}
export interface IrToolResultBlock extends BlockBase {
  type: 'tool_result';
  toolUseId: string;
  /** A string, or blocks (text, image, document). */
  content: string | IrBlock[];
  isError?: boolean;
}
/** A block the IR does not model (Anthropic server_tool_use, *_tool_result, …): carried verbatim, tagged with its format. */
export interface IrOpaqueBlock extends BlockBase {
  type: 'opaque';
  format: WireFormat;
  value: Json;
}
export type IrBlock =
  | IrTextBlock
  | IrImageBlock
  | IrDocumentBlock
  | IrThinkingBlock
  | IrRedactedThinkingBlock
  | IrToolUseBlock
  | IrToolResultBlock
  | IrOpaqueBlock;

export interface IrMessage {
  /** `system`: an instruction in the middle of the conversation (OpenAI system/developer, Claude Code's in-message system). */
  role: 'user' | 'assistant' | 'system';
  content: IrBlock[];
  /** The caller's content was a plain string (some encoders keep the short form). */
  plain?: boolean;
  at: string;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export type IrTool =
  | { kind: 'function'; name: string; description?: string; parameters: Json; strict?: boolean; cache?: IrCache; vendor?: IrVendorFields; at: string }
  /** A provider-hosted tool (Anthropic server tools, OpenAI custom/hosted tools): verbatim. */
  | { kind: 'opaque'; format: WireFormat; value: unknown; at: string };

export type IrToolChoice = { type: 'auto' | 'none' | 'any' } | { type: 'tool'; name: string };

/** Structured output; `origin` is the format that asked for it (an encoder of the same format may use its native form). */
export type IrResponseFormat =
  | { type: 'json_object'; origin?: WireFormat }
  | { type: 'json_schema'; schema: Json; name?: string; description?: string; strict?: boolean; origin?: WireFormat };

export interface IrReasoning {
  /** Anthropic `thinking` object, verbatim (`{type:"enabled",budget_tokens}`, `{type:"adaptive"}`, `{type:"disabled"}`). */
  thinking?: Json;
  /** An effort level (`none`, `minimal`, `low`, `medium`, `high`, `xhigh`, `max`). */
  effort?: string;
}

/** A caller field the IR has no member for, kept for the encoder to carry (same family) or report as a loss. */
export interface IrExtra {
  field: string;
  value: unknown;
  /** The format whose field this is. */
  format: WireFormat;
  /** The specs/translation.ts entry that classifies its loss (default: `field`). */
  spec?: string;
  /** Why it cannot be carried, for the error message. */
  detail?: string;
}

export interface IrRequest {
  /** Leading system prompt (text blocks). */
  system: IrTextBlock[];
  messages: IrMessage[];
  /** The caller's output-token limit; absent → the encoder's default (ctx.defaultMaxTokens). */
  maxTokens?: number;
  /** The caller field that gave maxTokens (for errors). */
  maxTokensField?: string;
  temperature?: unknown;
  topP?: unknown;
  topK?: unknown;
  stop?: string[];
  tools: IrTool[];
  toolChoice?: IrToolChoice;
  /** false: at most one tool call per turn. */
  parallelToolCalls?: boolean;
  reasoning?: IrReasoning;
  responseFormat?: IrResponseFormat;
  /** End-user id for abuse tracking. */
  user?: string;
  /** Top-level `cache_control` (Anthropic automatic caching). */
  cache?: IrCache;
  stream: boolean;
  /** The caller asked for a usage report in the stream (OpenAI `stream_options.include_usage`). */
  includeUsage: boolean;
  extras: IrExtra[];
}

// ---------------------------------------------------------------------------------------------
// Responses, errors
// ---------------------------------------------------------------------------------------------

/** Anthropic `stop_reason` values (the IR vocabulary). */
export type IrStopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'model_context_window_exceeded' | string;

export interface IrResponse {
  id: string;
  content: IrBlock[];
  stopReason: IrStopReason | null;
  stopSequence?: string | null;
  usage: Usage;
}

/**
 * An upstream error: `type` is an Anthropic error type (`invalid_request_error`,
 * `rate_limit_error`, `billing_error`, …) when known; `status` is the HTTP
 * status (0 inside a stream).
 */
export interface IrError {
  status: number;
  type?: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------------

/** State shared by a stream decoder and encoder: the caller bytes produced and the flags of StreamTranscoder. */
export interface StreamState {
  out: string;
  usage: Usage;
  finished: boolean;
  /** The upstream sent an in-stream error. */
  sawError: boolean;
}

/**
 * Base of every stream encoder: the encoder holds the shared StreamState itself
 * (its own fields), so writing caller bytes costs no extra indirection on the
 * per-event path; the decoder reads usage/flags through the same object.
 */
export abstract class IrStreamEncoderBase implements StreamState {
  out = '';
  usage: Usage = emptyUsage();
  finished = false;
  sawError = false;
}

/** What a decoder feeds: the caller format's encoder (sink + shared state). */
export type IrStreamEncoder = IrStreamSink & StreamState;

/** How a block opens in a stream (its content arrives as deltas). */
export type IrBlockStart =
  | { type: 'text'; text: string }
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string }
  | { type: 'tool_use'; id: string; name: string }
  | { type: 'opaque'; value: Json };

/**
 * The IR stream: calls in Anthropic's grammar. Indexes are block positions in
 * the message (0..n, each started once, stopped before the next starts).
 * Encoders write the caller's wire format into their own {@link StreamState.out}.
 */
export interface IrStreamSink {
  /** Message start: the upstream message id. Usage so far is in the shared state. */
  start(id: string): void;
  blockStart(index: number, block: IrBlockStart): void;
  /** Text delta as a JSON string literal (wire-ready: `"…"`, validated), never empty. */
  textDelta(index: number, literal: string): void;
  thinkingDelta(index: number, text: string): void;
  signatureDelta(index: number, signature: string): void;
  /** A fragment of a tool call's JSON arguments (or an opaque block's input). */
  inputDelta(index: number, partialJson: string): void;
  /** A citation attached to a text block, verbatim. */
  citationDelta(index: number, citation: unknown): void;
  blockStop(index: number): void;
  /** Stop reason (null: not known) and cumulative usage (shared state). */
  messageDelta(stopReason: IrStopReason | null): void;
  /** Normal end. */
  messageStop(): void;
  /** In-stream upstream error; nothing follows. */
  error(err: IrError): void;
  /** EOF before the terminal event: the encoder writes its format's error ending. */
  truncated(): void;
}

/** Feeds upstream SSE events (parsed by the SseParser) to a sink. */
export interface IrStreamDecoder {
  onEvent(event: string | undefined, data: string): void;
  /** Upstream EOF without a terminal event seen so far. */
  onEnd(): void;
}

// ---------------------------------------------------------------------------------------------
// Mappers
// ---------------------------------------------------------------------------------------------

/** An upstream request body built by an encoder. */
export interface EncodedRequest {
  body: Json;
  headers: Record<string, string>;
  /** Synthetic tool name used to emulate response_format (see MappedRequest.syntheticJsonTool). */
  syntheticJsonTool: string | null;
}

/**
 * One wire format's mappers (runtime/formats/<format>/mapper.ts): decode its
 * requests, responses, errors and streams into the IR and encode the IR into
 * them. Pure: no I/O.
 */
export interface FormatMapper {
  readonly format: WireFormat;
  /** How messages name an upstream of this format ("the openai upstream"). */
  readonly label: string;
  /** Upstream path of the chat route type, relative to the provider base URL. */
  readonly chatPath: string;
  /** Caller body → IR. Throws a 400 GatewayError for a body that cannot be read. */
  decodeRequest(body: Json, losses: LossReport, ctx: RequestContext): IrRequest;
  /** IR → upstream body; what it cannot carry goes to `losses`. */
  encodeRequest(ir: IrRequest, losses: LossReport, ctx: RequestContext): EncodedRequest;
  /** Upstream body → IR. Throws GatewayError('upstream_unavailable') for a body of the wrong shape. */
  decodeResponse(body: unknown, ctx: RequestContext, mapped: MappedRequest): IrResponse;
  /** IR → caller body. */
  encodeResponse(ir: IrResponse, ctx: RequestContext, mapped: MappedRequest): unknown;
  decodeError(status: number, body: unknown): IrError;
  encodeError(err: IrError): MappedError;
  /** Upstream stream → the caller format's encoder. */
  streamDecoder(sink: IrStreamEncoder, ctx: RequestContext, mapped: MappedRequest): IrStreamDecoder;
  /** IR stream → caller stream, written to its `out`. `upstreamLabel` names the upstream in truncation messages. */
  streamEncoder(ctx: RequestContext, mapped: MappedRequest, upstreamLabel: string): IrStreamEncoder;
  /** Token counting (route type `llm/v1/count_tokens`) in this format; absent: not translated. */
  readonly count?: CountMapper;
}

/**
 * Token counting through the chat mappers: a count request is a chat request
 * without output settings, its answer one number (input tokens). Either side
 * may be missing: a format that only counts as a caller has no `fromChat`/`tokens`.
 */
export interface CountMapper {
  /** Caller side: the count request body → the chat request body it counts (then `decodeRequest`). */
  toChat?(body: Json): Json;
  /** Caller side: input tokens → the count response body. */
  response?(tokens: number): unknown;
  /** Upstream side: an encoded chat request body → the count request body. */
  fromChat?(body: Json, ctx: RequestContext): Json;
  /** Upstream side: the count response body → input tokens. Throws GatewayError('upstream_unavailable') for another shape. */
  tokens?(body: unknown): number;
}

// ---------------------------------------------------------------------------------------------
// Losses
// ---------------------------------------------------------------------------------------------

/** specs/translation.ts LossClass. */
export type LossClass = 'advisory' | 'semantic';

/** `from>to` → spec field → loss class, from the chat rows of TRANSLATIONS (built once at load). */
const LOSS_CLASSES: ReadonlyMap<string, Readonly<Record<string, LossClass>>> = new Map(
  TRANSLATIONS.filter((t) => t.routeType === 'llm/v1/chat').map((t) => [
    `${t.from}>${t.to}`,
    Object.fromEntries(t.unsupported.map((u) => [u.field, u.loss as LossClass])),
  ]),
);

/**
 * Collects what a translation cannot carry and applies the model alias's
 * `unsupported_params` policy to each loss, by its class in specs/translation.ts
 * (generated/translation-losses.ts; a field the table does not classify is semantic):
 * - `reject` (default): advisory → dropped, listed in `degraded` (and `dropped`);
 *   semantic → GatewayError 400 naming the field.
 * - `drop`: both dropped and listed in `dropped`; advisory ones also in `degraded`.
 * - `strict`: both rejected.
 */
export class LossReport {
  /** Every caller field dropped (→ x-switchyard-dropped-params). */
  readonly dropped: string[] = [];
  /** The advisory ones among them (→ x-switchyard-degraded). */
  readonly degraded: string[] = [];
  private readonly classes: Readonly<Record<string, LossClass>>;
  constructor(
    private readonly policy: UnsupportedParamsPolicy,
    from: WireFormat,
    to: WireFormat,
    /** Names the upstream in messages ("the openai upstream"). */
    readonly upstream: string,
  ) {
    this.classes = LOSS_CLASSES.get(`${from}>${to}`) ?? {};
  }

  /** The class of a spec field (specs/translation.ts `unsupported[].field`); unclassified → semantic. */
  classOf(specField: string): LossClass {
    return Object.hasOwn(this.classes, specField) ? (this.classes[specField] as LossClass) : 'semantic';
  }

  /**
   * One field (or block) the upstream cannot carry. Returns normally when the
   * policy drops it (the caller then omits it); throws the 400 otherwise.
   * @param field the caller's field path, named in errors and headers
   * @param specField the entry of specs/translation.ts that classifies it (default: `field`)
   */
  lose(field: string, specField: string = field, detail?: string): void {
    const cls = this.classOf(specField);
    const accept = this.policy === 'drop' || (this.policy === 'reject' && cls === 'advisory');
    if (!accept) {
      throw new GatewayError(
        'invalid_request',
        `\`${field}\` is not supported by the ${this.upstream} upstream${detail ? ` (${detail})` : ''}; remove it, or set unsupported_params: drop on the model alias.`,
        { param: field },
      );
    }
    if (!this.dropped.includes(field)) this.dropped.push(field);
    if (cls === 'advisory' && !this.degraded.includes(field)) this.degraded.push(field);
  }
}

/** A 400 for content that cannot be translated at all (content is never dropped, whatever the policy). */
export function invalid(param: string, message: string): GatewayError {
  return new GatewayError('invalid_request', message, { param });
}
