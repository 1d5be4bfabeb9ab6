/**
 * The wire-format codec seam: everything the gateway knows about one wire
 * format, behind one interface (one implementation per folder
 * runtime/formats/<format>/, registered in runtime/formats/index.ts).
 *
 * Shared code (pipeline, executor, keep-alive, usage accounting, server) asks
 * the codec of the caller's format (ingress) or of the upstream's format
 * (native format of the provider) and never branches on a format name.
 * Translation between formats is not here: it is the transcoder seam
 * (runtime/transcode/, per format `mapper.ts`).
 */
import type { Format, RouteEntry, RouteType } from '../../generated/routes.ts';
import type { WireFormatInfo } from '../../generated/formats.ts';
import type { GatewayError } from '../errors.ts';
import type { Usage } from '../usage.ts';
import type { BodyFilter } from '../server/sink.ts';

/** What a call says outside its body (Gemini: the model alias in the path, the stream flag in the method). */
export interface IngressCall {
  /** The model alias asked for. */
  model: string;
  stream: boolean;
}

/** A compiled request validator (generated/validators/). */
export type Validator = ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null };

/** The validators of one (format, route type): minimal on every request, full in addition when translated. */
export interface RouteValidators {
  passthrough: Validator | null;
  translated: Validator | null;
}

/** Verdict on one stream event seen before content (hold-until-content). */
export type PreludeVerdict =
  | { kind: 'hold' }
  | { kind: 'commit' }
  | { kind: 'error'; errorType: string; message: string };

/** How a relayed stream ended, judged from its last bytes. */
export type StreamEnd = 'complete' | 'error_event' | 'truncated';

/**
 * The stream grammar of one (format, route type): which events mean "content
 * has started" (until then the executor holds the stream so that it can still
 * fail over) and what a clean end looks like.
 */
export interface StreamGrammar {
  /** Classifies one SSE event (event name, data text) seen before content. */
  preludeEvent(event: string | undefined, data: string): PreludeVerdict;
  /**
   * Classifies the end of a stream from its last bytes (up to 256): its
   * terminal event → complete; an error event → error_event; else truncated.
   */
  classifyEnd(tail: Buffer): StreamEnd;
}

/** What the upstream said about its answer (OpenTelemetry `gen_ai.response.*`); fields absent when not seen. */
export interface ResponseMeta {
  id?: string;
  model?: string;
  finishReasons?: string[];
}

/** Usage read from a passthrough SSE stream, decoding no more than needed. */
export interface UsageSniffer {
  push(chunk: Buffer): void;
  readonly usage: Usage;
  /** Response id, model and stop / finish reasons, as far as seen. */
  readonly meta: ResponseMeta;
}

/** One model alias for `GET /v1/models`, format-neutral. */
export interface ModelListEntry {
  id: string;
  displayName: string;
  /** Lower-case provider display name (OpenAI `owned_by`). */
  ownedBy: string;
  /** Catalog details added to the entry (context_window, max_output_tokens, …); {} outside the catalog. */
  catalog: Record<string, unknown>;
}

export interface WireFormatCodec {
  readonly format: Format;
  /** Data facts from specs/wire-formats.ts (ingress prefix, request-id header, validator names). */
  readonly info: WireFormatInfo;
  /** Request validators of a route type in this format (both null when none). */
  validators(routeType: RouteType): RouteValidators;
  /** The error envelope of a gateway error (JSON text). Unexposed messages are replaced by a generic one. */
  errorBody(err: GatewayError): string;
  /** An error envelope (JSON text) as a stream event, for errors after HTTP 200 went out. */
  streamError(json: string): string;
  /**
   * Normalises an upstream error answer into this format's envelope (JSON
   * text): a JSON object body is kept as is; anything else (HTML from a proxy,
   * plain text, empty) becomes an envelope with the type the status implies
   * and a message naming the status only (never the upstream's text).
   */
  normalizeUpstreamError(status: number, body: Buffer): string;
  /** Stream grammar of a route type; null: the route type does not stream in this format. */
  streamGrammar(routeType: RouteType): StreamGrammar | null;
  /** Bytes written while a stream waits (retries, slow first byte) that the format's SDKs ignore. */
  readonly keepalive: string;
  /** Usage of a complete JSON response body (unreported when absent); `meta` receives id, model and finish reasons. */
  usageFromJson(body: Buffer, meta?: ResponseMeta): Usage;
  /** Response id, model and finish reasons of a parsed response object, written into `into`. */
  responseMeta(v: unknown, into?: ResponseMeta): ResponseMeta;
  /** A usage sniffer for a passthrough SSE stream. */
  usageSniffer(): UsageSniffer;
  /** The `GET /v1/models` body in this format's list shape. */
  modelList(entries: readonly ModelListEntry[]): unknown;
  /** One model in this format's `models.get` shape; absent: the list shape's first `data` entry. */
  modelGet?(entry: ModelListEntry): unknown;
  /**
   * For routes whose body carries no `model` (route `modelInPath`): the model
   * alias and stream flag from the path. Absent: body `model` and `stream: true`.
   * @throws GatewayError invalid_request for a path the format cannot read
   */
  ingressCall?(route: RouteEntry, params: Record<string, string>): IngressCall;
  /** A response framing other than what the gateway writes, chosen by the query (Gemini without `alt=sse`); null: none. */
  responseFilter?(route: RouteEntry, query: string): BodyFilter | null;
  /**
   * A caller key this format's clients may put in the query (Google's `?key=`):
   * moved into the format's key header in `headers` (unless that is set) and
   * removed from the returned query, before the request is logged or routed.
   */
  liftCallerKey?(query: string, headers: Record<string, string>): string;
}
