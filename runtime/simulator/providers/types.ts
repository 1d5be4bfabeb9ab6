/**
 * A simulated provider: one module per provider API the built-in simulator
 * plays (runtime/simulator/providers/<name>.ts), registered in
 * runtime/simulator/providers/index.ts. The server (runtime/simulator/index.ts)
 * is provider-neutral: it reads the request, finds the route, authenticates
 * with the provider's rules, applies the shared controls and faults
 * (../controls.ts) and writes the plan; everything that makes the answer look
 * like this provider's API (routes, envelopes, headers, auth messages, the
 * mid-stream error event, `GET /v1/models`) is in the module.
 *
 * A dialect simulator (an OpenAI-compatible provider with its own quirks) is
 * one more module implementing this interface.
 */
import type { Controls } from '../controls.ts';
import type { BatchStore } from '../batches.ts';
import type { Header, ResponseSink } from '../sink.ts';

export type Json = Record<string, unknown>;

/** One request as the simulator received it. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** URL path without the query string, e.g. `/v1/messages`. */
  path: string;
  /** Raw query string without `?` (e.g. `beta=true`), or ''. */
  query: string;
  /** Request headers, names lowercased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Request body bytes (empty until fully read). */
  body: Buffer;
  /** The client disconnected before the response was complete. */
  aborted: boolean;
  /** The whole response was handed to the socket. */
  completed: boolean;
}

export interface JsonPlan {
  kind: 'json';
  status: number;
  headers: Header[];
  body: Buffer;
}
export interface SsePlan {
  kind: 'sse';
  status: number;
  headers: Header[];
  events: Buffer[];
  /** Provider-format mid-stream error event used by `error-after` / `error-before-content`. */
  errorEvent: Buffer;
}
export type Plan = JsonPlan | SsePlan;

/** An error answered in the provider's envelope; `param` / `code` where its API has them. */
export class HttpError extends Error {
  /** `headers`: extra response headers of this error (e.g. `www-authenticate`). */
  constructor(readonly status: number, message: string, readonly param: string | null = null, readonly code: string | null = null, readonly headers: readonly Header[] = []) {
    super(message);
  }
}

/** What a route handler gets: the request and plan builders in the provider's shape. */
export interface SimExchange {
  readonly reqId: string;
  readonly seq: number;
  readonly rec: RecordedRequest;
  readonly url: URLSearchParams;
  /** The simulator's base URL as the client reached it (for URLs in answers, e.g. batch `results_url`). */
  baseUrl(): string;
  /** The shared Message Batches store. */
  readonly batches: BatchStore;
  /** A JSON answer with the provider's headers. */
  json(status: number, obj: unknown, extra?: readonly Header[]): JsonPlan;
  /** A JSON-ish answer with its own content-type (e.g. JSONL). */
  raw(status: number, contentType: string, body: Buffer): JsonPlan;
  /** An SSE answer with the provider's headers and mid-stream error event. */
  sse(events: Buffer[]): SsePlan;
}

export type SimHandler = (ex: SimExchange, body: Json, c: Controls, params: string[]) => Plan | Promise<Plan>;

export interface SimRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path after the optional `/v1` prefix, as a regular-expression fragment; groups are the handler's params. */
  path: string;
  /** Whether the body must be a JSON object. */
  json: boolean;
  /** No authentication, no queued fault (e.g. an OAuth token endpoint). Default false. */
  public?: boolean;
  /** The model the shared controls read (`?fault=` suffix, `fixture:`) when it is not the body's `model` (e.g. in the path). */
  model?(params: string[], body: Json): unknown;
  handler: SimHandler;
}

/** The server's shared fault queue and default fault, for a provider that serves requests whole. */
export interface FaultSource {
  /** The next queued fault spec (consumed), or undefined. */
  next(): string | undefined;
  /** The default fault spec, or null. */
  readonly default: string | null;
}

/**
 * A provider whose API does not fit routes + plans (Gemini: model and method
 * in the path, key in the query, JSON-array streams) serves the requests it
 * owns whole: `owns` is asked before route lookup, `handle` does auth, faults
 * (from the server's `faults`) and writes the whole response. The server still
 * reads, records and size-checks the request.
 */
export interface WholeRequestServer {
  owns(path: string, headers: Record<string, string>, query: string): boolean;
  handle(rec: RecordedRequest, sink: ResponseSink, faults: FaultSource): Promise<void>;
}

export interface SimulatedProvider {
  readonly name: string;
  /** Routes this provider serves (auth and faults apply to all of them). */
  readonly routes: readonly SimRoute[];
  /** Serves the requests it owns whole, instead of `routes` (./gemini.ts). */
  readonly serve?: WholeRequestServer;
  /** Whether a request that matched no route of its own (404/405, `GET /v1/models`) speaks this provider's API. */
  claims(path: string, headers: Record<string, string>): boolean;
  /** The API key the request carries under this provider's rules (undefined: none). */
  apiKey(headers: Record<string, string>): string | undefined;
  /**
   * Authentication other than "any key but `bad-…`" (issued tokens, project
   * checks): the error to answer, or undefined to let the request in. Replaces
   * the `apiKey` rule when present. `params` are the route's path groups.
   */
  authenticate?(headers: Record<string, string>, params: string[]): HttpError | undefined;
  /** 401 message without a key. */
  readonly missingKeyMessage: string;
  /** 401 for a rejected key (`masked`: first and last four characters). */
  badKey(masked: string): HttpError;
  /** Headers on every answer (request id, version headers). */
  headers(reqId: string): Header[];
  /** Error body in the provider's envelope. */
  errorBody(ex: { reqId: string; model: string | undefined }, status: number, message: string | undefined, err: HttpError | undefined): Json;
  /** Rate-limit headers of a 429. */
  rateLimitHeaders(retryAfter: number): Header[];
  /** The provider's mid-stream error event. */
  errorEvent(): Buffer;
  /** The 400 for a missing required field. */
  missingField(name: string): HttpError;
  /** The 400 message for a body that is not a JSON object. */
  readonly invalidJsonMessage: string;
  /** The 404/405 message for a path no route serves. */
  notFoundMessage(method: string, path: string, pathKnown: boolean): string;
  /** `GET /v1/models` body. */
  models(): Json;
}

const isObjValue = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export { isObjValue as isObj };

/** A finite number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Throws the provider's missing-field 400 for the first field that is absent or of the wrong kind. */
export function requireFields(p: SimulatedProvider, body: Json, fields: Array<[string, 'string' | 'array' | 'number' | 'any']>): void {
  for (const [name, kind] of fields) {
    const v = body[name];
    const ok = kind === 'any' ? v !== undefined && v !== null : kind === 'array' ? Array.isArray(v) : typeof v === kind;
    if (!ok) throw p.missingField(name);
  }
}
