/**
 * The pipeline: the one place that knows the order of the stages
 * (DESIGN.md §1): authenticate → parse/validate → resolve → admit → attempt
 * upstream(s) → relay → account. Every stage is a small module; this file only
 * sequences them and turns failures into errors in the caller's format.
 */
import type { Agent } from 'undici';
import type { RouteEntry, Format } from '../generated/routes.ts';
import { GatewayError, toGatewayError } from './errors.ts';
import { check, codecFor, parseJson, sendError, type IngressCall } from './formats/index.ts';
import { authenticate, requireCallerProviderKey, type Caller } from './auth/index.ts';
import { resolve, type Plan } from './routing/index.ts';
import { checkPlan } from './routing/catalog.ts';
import { applyModelParams } from './routing/model-params.ts';
import { countTopLevelKey } from './relay/patch.ts';
import { handleBatches } from './batches/index.ts';
import { beginResponseTurn, handleStoredResponse, type ResponseStore } from './responses/index.ts';
import { countInputTokens } from './responses/input-tokens.ts';
import type { RuntimeConfig } from './config/index.ts';
import type { ResponseSink } from './server/sink.ts';
import { execute } from './upstream/executor.ts';
import type { Reliability } from './upstream/reliability.ts';
import type { Usage } from './usage.ts';
import { RequestRecorder } from './recorder.ts';
import type { OwnerStore } from './security/owners.ts';
import type { Cost } from './cost/index.ts';
import type { ResponseMeta } from './observability/usage.ts';
import { invalidHeader, invalidHeaderMessage } from './security/header-bytes.ts';

/** A request as copied out of uWS (req is dead after the handler returns). */
export interface Incoming {
  method: string;
  path: string;
  query: string;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  listener: 'main' | 'anthropic';
  route: RouteEntry;
  params: Record<string, string>;
  /** performance.now() when the request arrived. */
  startedAt: number;
  /** Gateway request id (x-switchyard-request-id). */
  id: string;
  /** The listener's own base URL (`http://host:port`), for links the gateway hands out without server.public_url. */
  origin?: string;
  /** The caller's own provider key (`caller_keys: passthrough`), set by authentication; never the gateway key. */
  callerProviderKey?: string | null;
  /** The caller as the server authenticated it from the headers before reading the body, and the config it used (reused by `handle` while that config is current). */
  authenticated?: { cfg: RuntimeConfig; caller: Caller };
}

/** What one request did: the input of usage accounting and metrics. */
export interface RequestRecord {
  id: string;
  caller: string;
  callerMetadata: Record<string, string>;
  alias: string | null;
  provider: string | null;
  target: string | null;
  routeType: string;
  ingressFormat: Format;
  upstreamFormat: Format | null;
  mode: 'passthrough' | 'transcode' | null;
  stream: boolean;
  status: number;
  errorType: string | null;
  usage: Usage;
  latencyMs: number;
  ttftMs: number | null;
  attempts: number;
  failovers: number;
  /** Same-target retries, when the retry loop counts them (accounting falls back to attempts − 1 − failovers). */
  retries?: number;
  droppedParams: string[];
  /** Upstream attempts in order, with their timing (OpenTelemetry child spans, runtime/observability/otel.ts). */
  upstreamAttempts?: AttemptTrace[];
  /** Response id, model and finish reasons as the upstream reported them (when seen). */
  response?: ResponseMeta;
  /** Cost in USD, set once by runtime/cost `recordCost` (usage records, metrics, budgets, the cost header). */
  cost?: Cost;
}

/**
 * Something an operator needs to see, reported by the upstream stage and
 * logged as one structured line each by runtime/observability (`event` names it).
 * Keys appear only masked (last 4 characters).
 */
export type GatewayEvent =
  | { event: 'retry'; request_id: string; provider: string; target: string; attempt: number; reason: string }
  | { event: 'failover'; request_id: string; from: string; to: string; attempt: number; reason: string }
  | { event: 'provider_key_disabled'; request_id: string; provider: string; key: string; status: number; keys_in_rotation: number };

/** One upstream attempt of a request. Times are performance.now() milliseconds. */
export interface AttemptTrace {
  provider: string;
  /** `provider/model`. */
  target: string;
  startedAt: number;
  endedAt: number;
  /** HTTP status the upstream answered (or the gateway error's status for a connection failure). */
  status: number;
  /** Gateway error kind when the attempt failed, else null. */
  error: string | null;
}

/** Hooks other subsystems plug into (limits, accounting, metrics). All optional. */
export interface PipelineHooks {
  /** Admission control after resolve (`json`: the parsed request body); returns a release callback given the final record. Throws GatewayError (429). */
  admit?(caller: Caller, plan: Plan, req: Incoming, estimateTokens: number, stream: boolean, json: Record<string, unknown>): Promise<((rec: RequestRecord) => void) | void> | ((rec: RequestRecord) => void) | void;
  /** Adds headers to a complete (non-streaming) upstream answer just before it is sent (the cost header). */
  beforeSend?(rec: RequestRecord, headers: Record<string, string>): void;
  /** Operator events (retry, failover, provider key out of rotation). */
  onEvent?(e: GatewayEvent): void;
  /** Called once per request when it is finished (also for errors). */
  onComplete?(rec: RequestRecord, req: Incoming): void;
}

/** Everything a request needs; swapped atomically on reload. */
export interface GatewayState {
  cfg: RuntimeConfig;
  agent: Agent;
  hooks: PipelineHooks;
  /** Circuit breakers, retry randomness, shutdown signal and provider key rotation; carried over on reload (runtime/upstream/reliability.ts). */
  reliability: Reliability;
  /** Who owns the objects callers created (Message Batches); default: this process's memory (runtime/security/owners.ts). */
  owners?: OwnerStore;
  /** Stored responses of the Responses API (runtime/responses/store.ts); created on first use, carried over on reload. */
  responses?: ResponseStore;
}

// Moved to the codecs (runtime/formats/): re-exported for the modules that imported them from here.
export { check, parseJson, sendError, streamErrorEvent, type Validator } from './formats/index.ts';

/** Rough token estimate of a request body (bytes / 4), used for admission reservations. */
export function estimateTokens(body: Buffer): number {
  return Math.ceil(body.length / 4);
}

let idCounter = 0;
const idPrefix = Math.random().toString(36).slice(2, 8);
/** A short unique gateway request id. */
export function newRequestId(): string {
  return `sy_${idPrefix}${(++idCounter).toString(36)}`;
}

/**
 * The model and stream flag of a body that carries them (`model`, `stream: true`).
 * @throws GatewayError invalid_request for a missing model or a body with two top-level `model` keys
 */
function bodyCall(body: Buffer, json: Record<string, unknown>): IngressCall {
  if (typeof json.model !== 'string' || json.model === '') throw new GatewayError('invalid_request', 'model: must be a non-empty string', { param: 'model' });
  // JSON.parse keeps the last `model`, a passthrough byte patch rewrites one: an ambiguous body is refused.
  if (countTopLevelKey(body, 'model') > 1) throw new GatewayError('invalid_request', 'model: the request body has more than one top-level "model" key', { param: 'model' });
  return { model: json.model, stream: json.stream === true };
}

/** Handles one routed request end to end. Never throws. */
export async function handle(state: GatewayState, req: Incoming, sink: ResponseSink): Promise<void> {
  const { cfg, hooks } = state;
  const format = req.route.ingressFormat;
  const codec = codecFor(format);
  const rec = new RequestRecorder(req.id, req.route.routeType, format, req.startedAt);
  let release: ((rec: RequestRecord) => void) | void = undefined;
  // A framing the caller reads other than the gateway's (Gemini streams without alt=sse): errors included
  // (the server may have set it already, for its own early errors).
  sink.filter ??= codec.responseFilter?.(req.route, req.query) ?? null;
  try {
    const caller = req.authenticated?.cfg === cfg
      ? req.authenticated.caller
      : authenticate(req.headers, cfg.callers, req.listener === 'anthropic' ? cfg.server.anthropicAuth : cfg.server.auth, cfg.hasPassthroughProvider);
    req.callerProviderKey = caller.providerKey;
    rec.caller(caller);
    // A header undici cannot send is the caller's fault: 400 before any attempt (never a breaker failure).
    const badHeader = invalidHeader(req.headers);
    if (badHeader) throw new GatewayError('invalid_request', invalidHeaderMessage(badHeader));
    if (!req.route.modelInBody && !req.route.modelInPath) {
      // Message Batches: no top-level model; runtime/batches picks the upstream. Stored responses: runtime/responses.
      if (req.route.routeType === 'files/v1/batches') await handleBatches(state, caller, req, sink, rec);
      else await handleStoredResponse(state, caller, req, sink, rec);
      return;
    }
    const json = parseJson(req.body);
    const { passthrough: minimal, translated: full } = codec.validators(req.route.routeType);
    if (minimal) check(minimal, json);
    const call = req.route.modelInPath && codec.ingressCall ? codec.ingressCall(req.route, req.params) : bodyCall(req.body, json);
    if (call.model === '') throw new GatewayError('invalid_request', 'model: must be a non-empty string', { param: 'model' });
    rec.streaming(call.stream);
    const resolved = resolve(cfg, caller, call.model, req.route.routeType, format);
    // `provider:model?k=v` parameters are body fields of the caller's format; a body without `model` has no place for them.
    if (req.route.modelInPath && Object.keys(resolved.params).length > 0) throw new GatewayError('invalid_request', 'model: model-string parameters (`?k=v`) are not accepted in a model path; set them in the request body.', { param: 'model' });
    if (applyModelParams(json, resolved.params)) req.body = Buffer.from(JSON.stringify(json));
    // Responses API state (previous_response_id, store): its sink keeps the answer before the caller gets it.
    // (Only the Responses API has turns and input-token counts: other routes skip both calls and their awaits.)
    const responses = format === 'openai-responses';
    const turn = responses ? await beginResponseTurn(state, caller, req, json, resolved.attempts, sink, rec) : null;
    const out = turn?.sink ?? sink;
    const plan = checkPlan(resolved, json, req.route.routeType, req.body.length, call.stream); // streaming flag, context window
    rec.request(plan.alias);
    requireCallerProviderKey(plan.attempts.map((a) => a.provider), caller);
    if (plan.attempts.some((a) => a.mode === 'transcode') && full) check(full, json);
    if (hooks.admit) release = await hooks.admit(caller, plan, req, estimateTokens(req.body), rec.record.stream, json);
    if (!responses || !(await countInputTokens(state, req, sink, plan, json, rec))) await execute(state, req, out, plan, json, rec);
    if (turn) await turn.settled();
  } catch (e) {
    const err = toGatewayError(e);
    rec.failed(err.kind, err.status);
    sendError(sink, format, err, { 'x-switchyard-request-id': req.id });
  } finally {
    const record = rec.finish(sink);
    try {
      if (release) release(record);
      hooks.onComplete?.(record, req);
    } catch {
      /* accounting must never break a response */
    }
  }
}
