/**
 * The pipeline: the one place that knows the order of the stages
 * (DESIGN.md §1): authenticate → parse/validate → resolve → admit → attempt
 * upstream(s) → relay → account. Every stage is a small module; this file only
 * sequences them and turns failures into errors in the caller's format.
 */
import type { Agent } from 'undici';
import type { RouteEntry, Format } from '../generated/routes.ts';
import { validators } from '../generated/validators/index.ts';
import { GatewayError, errorBody, toGatewayError } from './errors.ts';
import { authenticate, type Caller } from './auth/index.ts';
import { resolve, type Attempt, type Plan } from './routing/index.ts';
import type { RuntimeConfig, ProviderRuntime } from './config/index.ts';
import type { ResponseSink } from './server/sink.ts';
import { callUpstream, upstreamHeaders, relayedHeaders, nextProviderKey, disableProviderKey } from './upstream/index.ts';
import { patchModel } from './relay/patch.ts';
import { relayBody, readBody } from './relay/stream.ts';
import { transcoderFor, type Transcoder } from './transcode/index.ts';
import { findModel, type ProviderType } from '../generated/capabilities.ts';
import { emptyUsage, type Usage } from './usage.ts';
import { presentedKey } from './auth/index.ts';
import { createUsageSniffer, usageFromJson } from './observability/usage.ts';

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
  droppedParams: string[];
}

/** Hooks other subsystems plug into (limits, accounting, metrics). All optional. */
export interface PipelineHooks {
  /** Admission control after resolve; returns a release callback given the final record. Throws GatewayError (429). */
  admit?(caller: Caller, plan: Plan, req: Incoming, estimateTokens: number): Promise<((rec: RequestRecord) => void) | void> | ((rec: RequestRecord) => void) | void;
  /** Called once per request when it is finished (also for errors). */
  onComplete?(rec: RequestRecord, req: Incoming): void;
}

/** Everything a request needs; swapped atomically on reload. */
export interface GatewayState {
  cfg: RuntimeConfig;
  agent: Agent;
  hooks: PipelineHooks;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** Sends a gateway error in the caller's format (or as a stream error event once streaming began). */
export function sendError(sink: ResponseSink, format: Format, err: GatewayError, extraHeaders: Record<string, string> = {}): void {
  if (!sink.open) return;
  if (sink.headersSent) {
    sink.write(streamErrorEvent(format, err));
    sink.end();
    return;
  }
  sink.send(err.status, { ...JSON_HEADERS, ...extraHeaders, ...err.headers }, errorBody(format, err));
}

/** An error as a stream event in the caller's format (after HTTP 200 was sent). */
export function streamErrorEvent(format: Format, err: GatewayError): string {
  const body = errorBody(format, err);
  return format === 'anthropic' ? `event: error\ndata: ${body}\n\n` : `data: ${body}\n\n`;
}

function parseJson(req: Incoming): Record<string, unknown> {
  if (req.body.length === 0) throw new GatewayError('invalid_request', 'Request body is empty; expected a JSON object.');
  let v: unknown;
  try {
    v = JSON.parse(req.body.toString('utf8'));
  } catch (e) {
    throw new GatewayError('invalid_request', `Request body is not valid JSON: ${(e as Error).message}`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new GatewayError('invalid_request', 'Request body must be a JSON object.');
  return v as Record<string, unknown>;
}

type Validator = ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null };

/** Validates with a generated validator; the error names the JSON path. */
export function check(validate: Validator, value: unknown): void {
  if (validate(value)) return;
  const e = validate.errors?.[0];
  const path = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
  const extra = e?.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : '';
  throw new GatewayError('invalid_request', `${path || 'body'}: ${e?.message ?? 'invalid'}${extra}`, { param: path || null });
}

/** Passthrough (minimal) and full validators per (route type, ingress format). */
function validatorsFor(route: RouteEntry): { minimal: Validator | null; full: Validator | null } {
  const v = validators as unknown as Record<string, Validator | undefined>;
  if (route.routeType === 'llm/v1/chat') {
    return route.ingressFormat === 'anthropic'
      ? { minimal: v['anthropic-messages-passthrough'] ?? null, full: v['anthropic-messages-request'] ?? null }
      : { minimal: v['openai-chat-passthrough'] ?? null, full: v['openai-chat-request'] ?? null };
  }
  if (route.routeType === 'llm/v1/count_tokens') return { minimal: v['anthropic-count-tokens-passthrough'] ?? null, full: null };
  return { minimal: null, full: null };
}

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

/** Handles one routed request end to end. Never throws. */
export async function handle(state: GatewayState, req: Incoming, sink: ResponseSink): Promise<void> {
  const { cfg, hooks } = state;
  const format = req.route.ingressFormat;
  const rec: RequestRecord = {
    id: req.id, caller: 'unknown', callerMetadata: {}, alias: null, provider: null, target: null,
    routeType: req.route.routeType, ingressFormat: format, upstreamFormat: null, mode: null, stream: false,
    status: 0, errorType: null, usage: emptyUsage(), latencyMs: 0, ttftMs: null, attempts: 0, failovers: 0, droppedParams: [],
  };
  let release: ((rec: RequestRecord) => void) | void = undefined;
  try {
    const passthroughKeys = anyPassthroughProvider(cfg);
    const caller = authenticate(req.headers, cfg.callers, cfg.server.auth, passthroughKeys && !!req.headers['x-switchyard-key']);
    rec.caller = caller.name;
    rec.callerMetadata = caller.metadata;
    if (!req.route.modelInBody) throw new GatewayError('not_found', `${req.method} ${req.path} is not served yet.`);
    const json = parseJson(req);
    const { minimal, full } = validatorsFor(req.route);
    if (minimal) check(minimal, json);
    if (typeof json.model !== 'string' || json.model === '') throw new GatewayError('invalid_request', 'model: must be a non-empty string', { param: 'model' });
    rec.stream = json.stream === true;
    const plan = resolve(cfg, caller, json.model, req.route.routeType, format);
    rec.alias = plan.alias;
    if (plan.attempts.some((a) => a.mode === 'transcode') && full) check(full, json);
    release = await hooks.admit?.(caller, plan, req, estimateTokens(req.body));
    await execute(state, req, sink, plan, json, rec);
  } catch (e) {
    const err = toGatewayError(e);
    rec.status = err.status;
    rec.errorType = err.kind;
    sendError(sink, format, err, { 'x-switchyard-request-id': req.id });
  } finally {
    rec.latencyMs = performance.now() - req.startedAt;
    if (!rec.status) rec.status = sink.aborted && !sink.headersSent ? 499 : sink.status;
    try {
      if (release) release(rec);
      hooks.onComplete?.(rec, req);
    } catch {
      /* accounting must never break a response */
    }
  }
}

function anyPassthroughProvider(cfg: RuntimeConfig): boolean {
  for (const p of cfg.providers.values()) if (p.callerKeys === 'passthrough') return true;
  return false;
}

/** Status codes after which the next target is tried (non-streaming, or streaming before any byte). */
export const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504, 529]);

/** Runs the plan's attempts in order, failing over on retryable failures before any byte reached the caller. */
async function execute(state: GatewayState, req: Incoming, sink: ResponseSink, plan: Plan, json: Record<string, unknown>, rec: RequestRecord): Promise<void> {
  let lastErr: GatewayError | null = null;
  for (let i = 0; i < plan.attempts.length; i++) {
    const attempt = plan.attempts[i] as Attempt;
    rec.attempts++;
    if (i > 0) rec.failovers++;
    rec.provider = attempt.provider.name;
    rec.target = `${attempt.provider.name}/${attempt.target.model}`;
    rec.upstreamFormat = attempt.upstreamFormat;
    rec.mode = attempt.mode;
    const result = await runAttempt(state, req, sink, plan, attempt, json, rec);
    if (result === 'done') return;
    lastErr = result;
    if (sink.headersSent || !sink.open) break;
  }
  throw lastErr ?? new GatewayError('upstream_unavailable', 'No upstream could serve the request.');
}

/** Provider key for an attempt: stored rotation, or the caller's own key (caller_keys: passthrough). */
function providerKey(p: ProviderRuntime, req: Incoming): string | null {
  if (p.callerKeys === 'passthrough') return presentedKey(req.headers);
  return nextProviderKey(p);
}

/**
 * One upstream attempt. Resolves 'done' when a response (success or a
 * non-retryable upstream error) was relayed, or a GatewayError describing a
 * retryable failure that happened before any byte reached the caller.
 */
async function runAttempt(
  state: GatewayState, req: Incoming, sink: ResponseSink, plan: Plan, attempt: Attempt, json: Record<string, unknown>, rec: RequestRecord,
): Promise<'done' | GatewayError> {
  const { cfg, agent } = state;
  const format = req.route.ingressFormat;
  const p = attempt.provider;
  const key = providerKey(p, req);
  let transcoder: Transcoder | null = null;
  let body: Buffer | string;
  let overrides: Record<string, string> = {};
  let dropped: string[] = [];
  let mapped: ReturnType<Transcoder['mapRequest']> | null = null;
  const ctx = {
    alias: plan.alias,
    upstreamModel: attempt.target.model,
    unsupportedParams: plan.aliasConfig.unsupportedParams,
    defaultMaxTokens: plan.aliasConfig.maxTokensDefault ?? findModel(p.type as ProviderType, attempt.target.model)?.maxOutputTokens ?? 4096,
  };
  if (attempt.mode === 'passthrough') {
    body = patchModel(req.body, attempt.target.model);
  } else {
    transcoder = transcoderFor(format, attempt.upstreamFormat);
    mapped = transcoder.mapRequest(json, ctx);
    body = JSON.stringify(mapped.body);
    overrides = mapped.headers;
    dropped = mapped.dropped;
    rec.droppedParams = dropped;
  }
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  sink.onAbort(onAbort);
  let res;
  try {
    res = await callUpstream(agent, {
      provider: p,
      method: 'POST',
      path: attempt.capability.upstreamPath,
      headers: upstreamHeaders(p, req.headers, key, overrides),
      body,
      signal: ac.signal,
    });
  } catch (e) {
    if (!sink.open) return 'done';
    const code = (e as { code?: string }).code ?? '';
    const timeout = code.includes('TIMEOUT');
    return new GatewayError(timeout ? 'timeout' : 'upstream_unavailable',
      `Upstream ${p.name} ${timeout ? 'timed out' : 'is unreachable'} (${code || (e as Error).message}).`);
  }
  const status = res.statusCode;
  if ((status === 401 || status === 403) && key && p.callerKeys === 'stored') disableProviderKey(p, key);
  if (RETRYABLE_STATUS.has(status) && res.headers['x-should-retry'] !== 'false') {
    // Retryable: keep the body for the last attempt's answer.
    const text = await readBody(res.body).catch(() => Buffer.alloc(0));
    const err = new GatewayError(status === 529 ? 'overloaded' : status === 429 ? 'rate_limit' : 'upstream_unavailable', `Upstream ${p.name} answered ${status}.`);
    (err as GatewayError & { upstream?: { status: number; headers: Record<string, string>; body: Buffer } }).upstream = { status, headers: relayedHeaders(res.headers), body: text };
    if (plan.attempts[plan.attempts.length - 1] === attempt) {
      relayUpstreamError(sink, format, transcoder, status, relayedHeaders(res.headers), text, p, dropped, req);
      rec.status = status;
      rec.errorType = 'upstream';
      return 'done';
    }
    return err;
  }
  const headers = relayedHeaders(res.headers);
  headers['x-switchyard-request-id'] = req.id;
  if (p.simulated) headers['x-switchyard-simulated'] = 'true';
  if (dropped.length) headers['x-switchyard-dropped-params'] = dropped.join(',');
  rec.status = status;
  if (status >= 400) {
    const text = await readBody(res.body).catch(() => Buffer.alloc(0));
    relayUpstreamError(sink, format, transcoder, status, headers, text, p, dropped, req);
    rec.errorType = 'upstream';
    return 'done';
  }
  const ct = String(res.headers['content-type'] ?? '');
  const isSse = ct.startsWith('text/event-stream');
  if (!transcoder) {
    if (isSse) {
      sink.writeHead(status, { ...headers, 'cache-control': 'no-cache' });
      const sniffer = attempt.capability.usageReported ? createUsageSniffer(attempt.upstreamFormat) : null;
      const outcome = await relayBody(res.body, sink, {
        idleMs: cfg.timeouts.idleMs,
        onChunk: sniffer ? (c) => sniffer.push(c) : undefined,
        onFirstByte: () => (rec.ttftMs = performance.now() - req.startedAt),
      });
      if (sniffer) rec.usage = sniffer.usage;
      finishStream(sink, format, outcome, rec);
      return 'done';
    }
    const buf = await readBody(res.body);
    rec.ttftMs = performance.now() - req.startedAt;
    if (attempt.capability.usageReported) rec.usage = usageFromJson(attempt.upstreamFormat, buf);
    sink.send(status, headers, buf);
    return 'done';
  }
  // Transcoded
  if (isSse && mapped) {
    const st = transcoder.createStream(ctx, mapped);
    headers['content-type'] = 'text/event-stream; charset=utf-8';
    sink.writeHead(200, { ...headers, 'cache-control': 'no-cache' });
    const outcome = await relayBody(res.body, sink, {
      idleMs: cfg.timeouts.idleMs,
      map: (c) => st.push(c),
      flush: () => st.end(),
      onFirstByte: () => (rec.ttftMs = performance.now() - req.startedAt),
    });
    rec.usage = st.usage;
    finishStream(sink, format, outcome, rec);
    return 'done';
  }
  const buf = await readBody(res.body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(buf.toString('utf8'));
  } catch {
    return new GatewayError('upstream_unavailable', `Upstream ${p.name} sent a response that is not JSON.`);
  }
  const out = transcoder.mapResponse(parsed, ctx, mapped as NonNullable<typeof mapped>);
  rec.usage = out.usage;
  rec.ttftMs = performance.now() - req.startedAt;
  headers['content-type'] = 'application/json';
  sink.send(status, headers, JSON.stringify(out.body));
  return 'done';
}

function finishStream(sink: ResponseSink, format: Format, outcome: string, rec: RequestRecord): void {
  if (outcome === 'complete') {
    sink.end();
    return;
  }
  if (outcome === 'caller_aborted') {
    rec.errorType = 'caller_aborted';
    return;
  }
  const err = outcome === 'idle_timeout'
    ? new GatewayError('timeout', 'Upstream stream went idle for too long.')
    : new GatewayError('upstream_unavailable', 'Upstream connection failed mid-stream.');
  rec.errorType = err.kind;
  sendError(sink, format, err);
}

function relayUpstreamError(
  sink: ResponseSink, format: Format, transcoder: Transcoder | null, status: number, headers: Record<string, string>,
  body: Buffer, _p: ProviderRuntime, _dropped: string[], req: Incoming,
): void {
  const h: Record<string, string> = { ...headers, 'x-switchyard-request-id': req.id };
  if (!transcoder) {
    sink.send(status, h, body);
    return;
  }
  let parsed: unknown = null;
  try { parsed = JSON.parse(body.toString('utf8')); } catch { /* non-JSON error body */ }
  const mapped = transcoder.mapError(status, parsed);
  h['content-type'] = 'application/json';
  sink.send(mapped.status, h, JSON.stringify(mapped.body));
}
