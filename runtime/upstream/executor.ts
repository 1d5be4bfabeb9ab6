/**
 * The executor: runs a Plan's attempts against the upstreams with retries,
 * failover, circuit breakers, timeouts and keep-alive, and relays the answer.
 *
 * Order of attempts. The plan lists the alias's targets in strategy order
 * (failover: as configured; weighted: one picked by weight first, then the
 * rest). Every target is tried once in that order before any target is tried
 * again; a target is tried again only after its backoff (exponential with
 * jitter, or the upstream's `retry-after-ms` / `retry-after`) and only while
 * `retry.max_attempts` and the `retry.budget_ms` time budget allow. Targets
 * whose circuit is open are skipped; when every target is skipped that way the
 * caller gets a 503 with `retry-after`.
 *
 * What is retried / failed over (runtime/upstream/retry.ts): connection
 * errors, connect and first-byte timeouts, 408/409/429/5xx/529 (unless the
 * upstream says `x-should-retry: false`), and a stream that fails before its
 * first content event (error event, reset, idle, EOF) — nothing has reached
 * the caller then, apart from keep-alives. A 401/403 with a stored provider
 * key takes that key out of rotation and retries at once with the next key —
 * unless the caller forwarded a header that could have caused it
 * (`callerMayCauseAuthError`: then the answer goes back as is). A request
 * undici cannot encode (invalid header bytes; runtime/security/header-bytes.ts)
 * is the caller's 400: neutral for the breaker, never retried.
 * Never retried: caller-fault 4xx, and anything after stream content reached
 * the caller (the failure becomes an error event in the caller's format: a
 * second model cannot continue the first one's answer).
 *
 * A target whose format cannot carry a field of the request (the transcoder's
 * 400) is skipped without sending anything and does not count as an attempt;
 * only when no target can take the request does the caller get the first such
 * 400. A passthrough chat stream that ends cleanly but without its terminal
 * event (`message_stop` / `[DONE]`) gets an error event in the caller's format
 * (never a silent truncation; pump's `terminal`).
 *
 * When all attempts fail, the caller gets the last upstream's own answer
 * (status and body, mapped to the caller's format on translated routes), or,
 * for failures without an answer (connection, timeout), a gateway error.
 *
 * Timeouts (config timeouts.*): connect (undici agent), first byte (headers,
 * per request), idle gap between body chunks (pump / readAll, suspended while
 * the caller's socket is full), total (per request, from arrival). Each ends
 * the upstream request, which frees its connection.
 */
import type { BodySource } from './body.ts';
import type { AbortLike } from './deadline.ts';
import type { Format } from '../../generated/routes.ts';
import { PROVIDERS } from '../../generated/capabilities.ts';
import { GatewayError } from '../errors.ts';
import type { Attempt, Plan } from '../routing/index.ts';
import type { ProviderRuntime } from '../config/index.ts';
import type { ResponseSink } from '../server/sink.ts';
import type { GatewayState, Incoming } from '../pipeline.ts';
import type { RequestRecorder } from '../recorder.ts';
import { codecFor, sendError } from '../formats/index.ts';
import { dialectOf, type AdapterContext, type ProviderAdapter } from '../providers/index.ts';
import { planBetas } from '../providers/betas.ts';
import { upstreamHeaders, relayedHeaders, maskKey, usableKeyCount } from './index.ts';
import { scrubberFor, type SecretScrubber } from '../security/scrub.ts';
import { StreamErrorScrubber } from '../relay/error-scrub.ts';
import { patchModel } from '../relay/patch.ts';
import { fitToModel } from '../routing/model-fit.ts';
import { selectTranscoder, type Transcoder, type MappedRequest, type RequestContext } from '../transcode/index.ts';
import { isRetryable, isUpstreamFailureStatus, retryAfterMs, backoffMs } from './retry.ts';
import type { BreakerTicket, CircuitBreaker } from './breaker.ts';
import { reliabilityOf } from './reliability.ts';
import { Keepalive, sseHeaders } from './keepalive.ts';
import { StreamPrelude } from './prelude.ts';
import { pump, type PumpFinished } from '../relay/pump.ts';
import {
  READ_LIMIT, RequestDeadline, abortWiring, adapterOf, callerEncodingError, circuitOpenError, connectionError, decodedBody, normalizedError, providerKey, readAll, rejectProviderKey, sendUpstream, shutdownError,
} from './exchange.ts';

export { connectionError, readAll, shutdownError, totalTimeoutError } from './exchange.ts';

/** A failed attempt that may be followed by another one. */
interface Failure {
  error: GatewayError;
  /** Delay the upstream asked for before trying it again (ms), or null. */
  retryAfterMs: number | null;
  /** Do not try this target again (e.g. its keys are exhausted). Failover to others is still allowed. */
  targetDone?: boolean;
  /** A provider key was taken out of rotation: try the same target again at once with the next key. */
  keyRotated?: boolean;
  /** Delivers the upstream's own answer when this turns out to be the last attempt. */
  deliver?: () => Promise<void>;
  /** Releases what the failure still holds (a paused upstream body). */
  discard?: () => void;
}

type AttemptResult = 'done' | Failure;

interface AttemptEnv {
  ticket: BreakerTicket;
  breaker: CircuitBreaker;
  /** Aborted when the request's total time limit is reached. */
  total: AbortLike;
  keepalive: Keepalive | null;
}

/** Sleeps `ms`, waking early on abort of `signal` or caller disconnect. */
function sleep(ms: number, signal: AbortLike, sink: ResponseSink): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const wake = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', wake);
      sink.offAbort(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal.addEventListener('abort', wake, { once: true });
    sink.onAbort(wake);
  });
}

/**
 * Runs the plan's attempts (order, retries and failover in the module
 * docblock) and relays the answer to `sink`. Throws a GatewayError when no
 * upstream answered; the pipeline turns it into the caller's format (an HTTP
 * error, or an error event when keep-alives already started the stream).
 */
export async function execute(state: GatewayState, req: Incoming, sink: ResponseSink, plan: Plan, json: Record<string, unknown>, rec: RequestRecorder): Promise<void> {
  const { cfg } = state;
  const rel = reliabilityOf(state);
  const policy = cfg.retry;
  const format = req.route.ingressFormat;
  const elapsed = () => performance.now() - req.startedAt;

  // Aborted at the total time limit (reason 'timeout') or when the shutdown grace period ends ('shutdown').
  const deadline = new RequestDeadline(rel, cfg.timeouts.totalMs, req.startedAt);
  const total = deadline.total;
  const keepalive = rec.record.stream
    ? new Keepalive(sink, codecFor(format).keepalive, cfg.server.keepaliveMs, sseHeaders(req.id))
    : null;
  keepalive?.start();

  const n = plan.attempts.length;
  const tries = new Array<number>(n).fill(0);
  const readyAt = new Array<number>(n).fill(0);
  const targetDone = new Array<boolean>(n).fill(false);
  let last: Failure | null = null;
  // The first target's mapping error: the answer when no target can take the request.
  let unmappable: GatewayError | null = null;
  const prepared = new Array<Prepared | GatewayError | undefined>(n);
  let used = 0;
  let prev = -1;
  let retries = 0;
  let openWait = Infinity;
  try {
    for (;;) {
      if (!sink.open) {
        last?.discard?.();
        return;
      }
      if (total.aborted) {
        last?.discard?.();
        throw deadline.error();
      }
      if (used >= policy.maxAttempts) break;
      // Pick: the first untried target in plan order, else the one that is ready soonest.
      let pick = -1;
      let pickBreaker: CircuitBreaker | null = null; // the picked target's (one registry lookup per target and round)
      let wait = Infinity;
      const now = performance.now();
      openWait = Infinity;
      for (let i = 0; i < n; i++) {
        if (targetDone[i]) continue;
        const a = plan.attempts[i] as Attempt;
        const br = rel.breakers.get(a.provider.name, a.provider.baseUrl);
        if (!br.available()) {
          openWait = Math.min(openWait, br.retryInMs());
          continue;
        }
        // Untried targets first (failover before retrying the same upstream), then the soonest ready.
        const w = tries[i] === 0 ? -1 : Math.max(0, (readyAt[i] as number) - now);
        if (w < wait) {
          wait = w;
          pick = i;
          pickBreaker = br;
        }
      }
      if (pick < 0) break;
      if (wait < 0) wait = 0;
      // The budget bounds retries and failovers; the first attempt always runs.
      if (used > 0 && elapsed() + wait > policy.budgetMs) break;
      if (wait > 0) {
        await sleep(wait, total, sink);
        continue; // re-check caller, deadline and breakers after the wait
      }
      const attempt = plan.attempts[pick] as Attempt;
      let prep = prepared[pick];
      if (prep === undefined) prep = prepared[pick] = prepare(req, plan, attempt, json, rec.record.stream);
      if (prep instanceof GatewayError) {
        // A field this target cannot carry: nothing is sent, it is not an attempt; the next target may take the request.
        unmappable ??= prep;
        targetDone[pick] = true;
        continue;
      }
      const breaker = pickBreaker as CircuitBreaker;
      const ticket = breaker.acquire();
      if (!ticket) continue; // lost the half-open probe slot to another request: re-pick
      const why = last?.error.message ?? 'no answer';
      last?.discard?.();
      last = null;
      used++;
      const repeat = prev < 0 ? 'first' : prev === pick ? 'retry' : 'failover';
      if (repeat === 'retry') retries++;
      const from = rec.record.target ?? 'none';
      rec.attempt(attempt, repeat, retries);
      const to = rec.record.target ?? '';
      if (repeat === 'retry') state.hooks.onEvent?.({ event: 'retry', request_id: req.id, provider: attempt.provider.name, target: to, attempt: rec.record.attempts, reason: why });
      else if (repeat === 'failover') state.hooks.onEvent?.({ event: 'failover', request_id: req.id, from, to, attempt: rec.record.attempts, reason: why });
      prev = pick;
      let result: AttemptResult | undefined;
      const startedAt = performance.now();
      try {
        result = await runAttempt(state, req, sink, attempt, prep, rec, { ticket, breaker, total, keepalive });
      } finally {
        ticket.done('neutral'); // no-op when the attempt reported its outcome
        const r = rec.record;
        rec.attemptEnded({
          provider: attempt.provider.name, target: r.target ?? '', startedAt, endedAt: performance.now(),
          status: result === 'done' ? r.status : result ? result.error.status : 0,
          error: result === 'done' ? r.errorType : result ? result.error.kind : 'exception',
        });
      }
      if (result === 'done') return;
      last = result;
      tries[pick] = (tries[pick] as number) + 1;
      if (result.keyRotated) {
        // A rejected key is a config problem, not an upstream failure: the same target goes again at
        // once with its next key, and this does not use up an attempt.
        used--;
        tries[pick] = (tries[pick] as number) - 1;
      } else if (result.targetDone || (result.retryAfterMs !== null && result.retryAfterMs > policy.maxDelayMs)) {
        // An upstream that asks for a longer pause than retry.max_delay_ms is not retried: its answer goes back to the caller.
        targetDone[pick] = true;
      } else {
        readyAt[pick] = performance.now() + (result.retryAfterMs ?? backoffMs(tries[pick] as number, policy, rel.rand));
      }
    }
    if (!sink.open) {
      last?.discard?.();
      return;
    }
    if (last?.deliver) {
      await last.deliver();
      return;
    }
    if (last) throw last.error;
    if (unmappable && openWait === Infinity) throw unmappable; // no target could take the request
    if (openWait !== Infinity) throw circuitOpenError(`Every upstream for model '${plan.alias}' is`, openWait);
    throw new GatewayError('upstream_unavailable', 'No upstream could serve the request.');
  } catch (e) {
    if (!sink.headersSent || !(e instanceof GatewayError)) throw e;
    // Keep-alives already sent HTTP 200: the error goes out as an event, and the record says what the caller got.
    rec.failed(e.kind, sink.status);
    sendError(sink, format, e);
  } finally {
    deadline.close();
    keepalive?.stop();
  }
}

/**
 * Relays the upstream's request id (the header its provider spec names, e.g.
 * Bedrock's `x-amzn-requestid`) under the name the caller's SDK reads (the
 * caller's wire format, specs/wire-formats.ts) when the relayed headers do
 * not carry that name already (translated routes, and providers whose id
 * header is not their format's).
 */
function callerRequestIdHeader(headers: Record<string, string>, format: Format, p: ProviderRuntime, upstream: Record<string, string | string[] | undefined>): void {
  const name = codecFor(format).info.requestIdHeader;
  if (headers[name] !== undefined) return;
  const raw = upstream[PROVIDERS[p.type].requestIdHeader];
  const id = (Array.isArray(raw) ? raw[0] : raw) ?? headers['request-id'] ?? headers['x-request-id'];
  if (id !== undefined) headers[name] = id;
}

/** An attempt's request, built once per target: the body to send and, on translated routes, its transcoder. */
interface Prepared {
  /** The provider's adapter (runtime/providers/) and what the attempt is about, for its hooks. */
  adapter: ProviderAdapter;
  actx: AdapterContext;
  transcoder: Transcoder | null;
  mapped: MappedRequest | null;
  body: Buffer | string;
  overrides: Record<string, string>;
  dropped: string[];
  /** Advisory losses (x-switchyard-degraded): the transcoder's and the betas this upstream does not take. */
  degraded: readonly string[];
  /** The `anthropic-beta` header for this upstream (runtime/providers/betas.ts): undefined = as the caller sent it, null = none. */
  betaHeader: string | null | undefined;
  ctx: RequestContext;
}

/**
 * Builds the request for one target: the byte-patched body (passthrough) or the
 * transcoder's mapping. Returns (does not throw) the 400 of a field the target's
 * format cannot carry, so that the executor can try the alias's next target.
 */
function prepare(req: Incoming, plan: Plan, attempt: Attempt, json: Record<string, unknown>, stream: boolean): Prepared | GatewayError {
  const p = attempt.provider;
  const ctx: RequestContext = {
    alias: plan.alias,
    upstreamModel: attempt.target.model,
    unsupportedParams: plan.aliasConfig.unsupportedParams,
    defaultMaxTokens: plan.aliasConfig.maxTokensDefault ?? attempt.target.modelInfo?.maxOutputTokens ?? 4096,
    dialect: dialectOf(p.type),
  };
  if (req.route.modelInPath) ctx.call = { stream }; // the body does not say it (Gemini: the method in the path)
  const adapter = adapterOf(p);
  // The caller's betas this upstream takes (a beta it would reject never reaches it); a loss the policy forbids is this target's 400.
  const betas = planBetas(p.type, req.headers['anthropic-beta'], plan.aliasConfig.unsupportedParams);
  if (betas instanceof GatewayError) return betas;
  const actx: AdapterContext = { provider: p, routeType: req.route.routeType, model: attempt.target.model, stream, mode: attempt.mode, betas: betas.list };
  if (attempt.mode === 'passthrough') {
    // Fitted to the target Claude model (runtime/routing/model-fit.ts): re-serialised only when something had to change.
    let fit;
    try {
      fit = attempt.upstreamFormat === 'anthropic-messages' ? fitToModel(json, attempt.target.modelInfo, attempt.target.model, ctx.unsupportedParams) : null;
    } catch (e) {
      if (e instanceof GatewayError && e.status === 400) return e;
      throw e;
    }
    const patched = fit ? Buffer.from(JSON.stringify({ ...fit.body, model: attempt.target.model })) : patchModel(req.body, attempt.target.model);
    const body = adapter.nativeBody ? adapter.nativeBody(patched, actx) : patched;
    const dropped = [...(fit?.dropped ?? []), ...betas.dropped];
    const degraded = [...(fit?.degraded ?? []), ...betas.degraded];
    return { adapter, actx, transcoder: null, mapped: null, body, overrides: {}, dropped, degraded, betaHeader: betas.header, ctx };
  }
  const transcoder = selectTranscoder(req.route.ingressFormat, attempt.upstreamFormat, req.route.routeType);
  let mapped: MappedRequest;
  let fit;
  try {
    mapped = transcoder.mapRequest(json, ctx);
    fit = attempt.upstreamFormat === 'anthropic-messages' ? fitToModel(mapped.body, attempt.target.modelInfo, attempt.target.model, ctx.unsupportedParams) : null;
  } catch (e) {
    if (e instanceof GatewayError && e.status === 400) return e;
    throw e;
  }
  const fitted = fit ? fit.body : mapped.body;
  const out = adapter.translatedBody ? adapter.translatedBody(fitted, actx) : fitted;
  const dropped = [...mapped.dropped, ...(fit?.dropped ?? []), ...betas.dropped];
  const degraded = [...(mapped.degraded ?? []), ...(fit?.degraded ?? []), ...betas.degraded];
  return { adapter, actx, transcoder, mapped, body: JSON.stringify(out), overrides: mapped.headers, dropped, degraded, betaHeader: betas.header, ctx };
}

/** The GatewayError kind for a retryable upstream status that ends up unanswered. */
function kindForStatus(status: number): GatewayError['kind'] {
  if (status === 529) return 'overloaded';
  if (status === 429) return 'rate_limit';
  if (status === 408 || status === 504) return 'timeout';
  return 'upstream_unavailable';
}

/**
 * One upstream attempt. Resolves 'done' when an answer (success, or an upstream
 * error that must not be retried) went to the caller, or a Failure for a
 * retryable failure that happened before anything but keep-alives reached the caller.
 */
async function runAttempt(
  state: GatewayState, req: Incoming, sink: ResponseSink, attempt: Attempt, prep: Prepared, rec: RequestRecorder, env: AttemptEnv,
): Promise<AttemptResult> {
  const { cfg, agent } = state;
  const format = req.route.ingressFormat;
  const p = attempt.provider;
  const key = providerKey(p, req.callerProviderKey);
  const { adapter, actx, transcoder, mapped, body, overrides, dropped, degraded, betaHeader, ctx } = prep;
  rec.dropped(dropped);
  const idleMs = cfg.timeouts.idleMs;
  const wiring = abortWiring(sink, env.total);
  try {
    let res;
    // With an `authenticate` hook the adapter sets the credential once the request is final.
    const outHeaders = upstreamHeaders(p, req.headers, adapter.authenticate ? null : key, overrides);
    if (betaHeader === null) delete outHeaders['anthropic-beta'];
    else if (betaHeader !== undefined) outHeaders['anthropic-beta'] = betaHeader;
    try {
      res = await sendUpstream({ agent, firstByteMs: cfg.timeouts.firstByteMs }, adapter, actx, {
        method: 'POST',
        path: attempt.capability.upstreamPath,
        query: '',
        headers: outHeaders,
        body,
      }, key, wiring.onHandle);
    } catch (e) {
      if (!sink.open || env.total.aborted) return failureNoAnswer(env, 'neutral', new GatewayError('timeout', 'aborted'));
      const callerFault = callerEncodingError(e);
      if (callerFault) {
        // The request could not be encoded (nothing was sent): the caller's fault, never the upstream's.
        env.ticket.done('neutral');
        throw callerFault;
      }
      return failureNoAnswer(env, 'failure', connectionError(p, e));
    }
    let status = res.statusCode;
    const upstreamHeadersIn = res.headers;
    const headers = relayedHeaders(upstreamHeadersIn);
    // Copied from the raw upstream headers, so before the scrubber runs over them.
    callerRequestIdHeader(headers, format, p, upstreamHeadersIn);
    // An upstream may echo a key (stored or the caller's own) in a header or an error body: never relayed.
    const scrubber = scrubberFor(cfg);
    scrubber.scrubHeaders(headers, req.callerProviderKey);
    headers['x-switchyard-request-id'] = req.id;
    if (p.simulated) headers['x-switchyard-simulated'] = 'true';
    if (dropped.length) headers['x-switchyard-dropped-params'] = dropped.join(',');
    if (degraded.length) headers['x-switchyard-degraded'] = degraded.join(',');

    if (status >= 400) {
      let text: Buffer;
      try {
        text = await readAll(res.body, idleMs);
      } catch (e) {
        if (!sink.open || env.total.aborted) return failureNoAnswer(env, 'neutral', new GatewayError('timeout', 'aborted'));
        text = Buffer.alloc(0);
        void e;
      }
      ({ status, body: text } = normalizedError(adapter, status, text, upstreamHeadersIn));
      text = scrubber.scrubBuffer(text, req.callerProviderKey);
      const deliver = async () => {
        deliverUpstreamError(sink, format, transcoder, status, headers, text);
        rec.failed('upstream', sink.status); // what the caller got: the (mapped) status, or 200 when keep-alives started the stream
      };
      const wasIn = key !== null && !p.keyState.disabled.has(key);
      const rejected = rejectProviderKey(p, key, status, req.headers, cfg.breaker.keyProbeMs);
      if (rejected !== null) {
        // The provider key is bad: not the caller's fault, not the upstream's health.
        env.ticket.done('neutral');
        const rotated = rejected === 'rotated';
        if (rotated && wasIn) state.hooks.onEvent?.({ event: 'provider_key_disabled', request_id: req.id, provider: p.name, key: maskKey(key as string), status, keys_in_rotation: usableKeyCount(p) });
        return { error: new GatewayError('upstream_unavailable', `Upstream ${p.name} rejected its provider key (${status}).`), retryAfterMs: null, keyRotated: rotated, targetDone: !rotated, deliver };
      }
      if (isRetryable(status, upstreamHeadersIn)) {
        env.ticket.done(isUpstreamFailureStatus(status) ? 'failure' : 'neutral');
        return { error: new GatewayError(kindForStatus(status), `Upstream ${p.name} answered ${status}.`), retryAfterMs: retryAfterMs(upstreamHeadersIn), deliver };
      }
      env.ticket.done(isUpstreamFailureStatus(status) ? 'failure' : 'success');
      await deliver();
      return 'done';
    }

    const sse = decodedBody(adapter, actx, String(upstreamHeadersIn['content-type'] ?? ''), res.body);
    if (sse !== null) {
      if (sse !== res.body) headers['content-type'] = 'text/event-stream; charset=utf-8'; // decoded from the provider's framing
      // Not awaited here: this attempt's frame (its request headers, body, response head) is not kept while the
      // stream stays open. Releasing the abort wiring now changes nothing: the pump, attached synchronously by
      // relayStream, ends the stream on caller disconnect and on the deadline itself.
      return relayStream(req, sink, attempt, transcoder, mapped, ctx, status, headers, sse, rec, env, idleMs, scrubber);
    }

    // A complete (JSON) answer: usually all there already (taken without an await), else read under the idle timeout.
    let buf: Buffer;
    try {
      buf = res.body.takeEnded(READ_LIMIT) ?? await readAll(res.body, idleMs, READ_LIMIT);
    } catch (e) {
      if (!sink.open || env.total.aborted) return failureNoAnswer(env, 'neutral', new GatewayError('timeout', 'aborted'));
      const callerFault = callerEncodingError(e);
      if (callerFault) {
        // The request could not be encoded (nothing was sent): the caller's fault, never the upstream's.
        env.ticket.done('neutral');
        throw callerFault;
      }
      return failureNoAnswer(env, 'failure', connectionError(p, e));
    }
    if (adapter.responseBody) buf = adapter.responseBody(buf, actx);
    if (!transcoder) {
      env.ticket.done('success');
      rec.firstByte(status);
      if (attempt.capability.usageReported) {
        const meta = {};
        rec.usage(codecFor(attempt.upstreamFormat).usageFromJson(buf, meta));
        rec.response(meta);
      }
      if (sink.headersSent) {
        // Keep-alives already committed to a stream; the upstream answered with JSON anyway.
        rec.failed('upstream_not_streaming', sink.status);
        sendError(sink, format, new GatewayError('upstream_unavailable', `Upstream ${p.name} answered without streaming.`));
        return 'done';
      }
      state.hooks.beforeSend?.(rec.record, headers);
      sink.send(status, headers, buf);
      return 'done';
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(buf.toString('utf8'));
    } catch {
      env.ticket.done('failure');
      return { error: new GatewayError('upstream_unavailable', `Upstream ${p.name} sent a response that is not JSON.`), retryAfterMs: null };
    }
    let out: ReturnType<Transcoder['mapResponse']>;
    try {
      out = transcoder.mapResponse(parsed, ctx, mapped as MappedRequest);
    } catch (e) {
      // The upstream said 200 but its body is not a response we can map: an upstream failure.
      env.ticket.done('failure');
      const msg = e instanceof GatewayError ? e.message : `Upstream ${p.name} sent a response that cannot be mapped.`;
      return { error: new GatewayError('upstream_unavailable', msg), retryAfterMs: null };
    }
    env.ticket.done('success');
    rec.firstByte(status);
    rec.usage(out.usage);
    rec.response(codecFor(attempt.upstreamFormat).responseMeta(parsed));
    headers['content-type'] = 'application/json';
    if (sink.headersSent) {
      rec.failed('upstream_not_streaming', sink.status);
      sendError(sink, format, new GatewayError('upstream_unavailable', `Upstream ${p.name} answered without streaming.`));
      return 'done';
    }
    state.hooks.beforeSend?.(rec.record, headers);
    sink.send(status, headers, JSON.stringify(out.body));
    return 'done';
  } finally {
    wiring.release();
  }
}

function failureNoAnswer(env: AttemptEnv, outcome: 'failure' | 'neutral', error: GatewayError): Failure {
  env.ticket.done(outcome);
  return { error, retryAfterMs: null };
}

/**
 * Streams an SSE answer: hold until content (failover stays possible), then relay.
 * Not an async function: an open stream keeps only what the continuation uses, not a suspended frame.
 */
function relayStream(
  req: Incoming, sink: ResponseSink, attempt: Attempt, transcoder: Transcoder | null, mapped: MappedRequest | null, ctx: RequestContext,
  status: number, headers: Record<string, string>, body: BodySource, rec: RequestRecorder, env: AttemptEnv, idleMs: number,
  scrubber: SecretScrubber,
): Promise<AttemptResult> {
  const format = req.route.ingressFormat;
  const p = attempt.provider;
  // Secrets an upstream echoes in a mid-stream error event are scrubbed (only error events are inspected).
  const extra = req.callerProviderKey;
  const scrub = scrubber.active(extra) ? (text: string) => scrubber.scrub(text, extra) : null;
  const st = transcoder && mapped ? transcoder.createStream(ctx, mapped, scrub) : null;
  const guard = !st && scrub ? new StreamErrorScrubber(scrub) : null;
  const upstreamCodec = codecFor(attempt.upstreamFormat);
  const sniffer = !st && attempt.capability.usageReported ? upstreamCodec.usageSniffer() : null;
  // The upstream's grammar for this route type: what "content has started" means (hold until then), and its clean end.
  const grammar = upstreamCodec.streamGrammar(req.route.routeType);
  const prelude = grammar ? new StreamPrelude(grammar) : null;
  // Passthrough streams must end with their terminal event (transcoders check that themselves).
  const terminal = !st && grammar ? grammar.classifyEnd : null;
  if (st) headers['content-type'] = 'text/event-stream; charset=utf-8';
  const onCommit = () => {
    env.keepalive?.stop();
    // A half-open probe is judged as soon as content flows; other streams when they end.
    if (env.ticket.probe) env.ticket.done('success');
    sink.writeHead(st ? 200 : status, { ...headers, 'cache-control': 'no-cache' });
    rec.firstByte(sink.status); // 200 when keep-alives already sent the head
  };
  return pump(body, sink, {
    prelude,
    idleMs,
    signal: env.total,
    onCommit,
    map: st ? (c: Buffer) => st.push(c) : guard ? (c: Buffer) => guard.push(c) : undefined,
    flush: st ? () => st.end() : undefined,
    drain: !st && guard ? () => guard.drain() : undefined,
    onChunk: sniffer ? (c: Buffer) => sniffer.push(c) : undefined,
    terminal: terminal ?? undefined,
  }).then((result): AttemptResult => {
    const finish = (r: PumpFinished): 'done' => {
      if (st) rec.usage(st.usage);
      else if (sniffer) rec.usage(sniffer.usage);
      if (sniffer) rec.response(sniffer.meta);
      finishStream(sink, format, r, rec, env);
      return 'done';
    };
    if (result.kind === 'finished') return finish(result);
    // Failed before any content reached the caller: fail over if there is another attempt.
    env.ticket.done('failure');
    const error = result.reason === 'error_event'
      ? new GatewayError(result.errorType === 'overloaded_error' ? 'overloaded' : result.errorType === 'rate_limit_error' ? 'rate_limit' : 'upstream_unavailable',
        `Upstream ${p.name} sent an error before any content: ${scrubber.scrub(result.message ?? result.errorType ?? 'error', extra)}.`)
      : result.reason === 'idle_timeout'
        ? new GatewayError('timeout', `Upstream ${p.name} sent no content within ${idleMs} ms (idle timeout).`)
        : result.reason === 'eof'
          ? new GatewayError('upstream_unavailable', `Upstream ${p.name} ended its stream before any content.`)
          : connectionError(p, result.error ?? new Error('stream error'));
    const canDeliver = result.reason === 'error_event' || result.reason === 'eof';
    return {
      error,
      retryAfterMs: null,
      discard: result.discard,
      ...(canDeliver ? {
        deliver: async () => {
          finish(await result.resume());
          // The upstream's own error event went to the caller (HTTP 200 with an error inside).
          if (result.reason === 'error_event') rec.failedUnlessRecorded('upstream');
        },
      } : {}),
    };
  });
}

/** Ends a committed stream: cleanly, or with an error event in the caller's format. */
function finishStream(sink: ResponseSink, format: Format, r: PumpFinished, rec: RequestRecorder, env: AttemptEnv): void {
  if (r.outcome === 'complete') {
    env.ticket.done('success');
    sink.end();
    return;
  }
  if (r.outcome === 'caller_aborted') {
    env.ticket.done('success');
    rec.failed('caller_aborted');
    return;
  }
  if (r.outcome === 'error_event') {
    // The upstream ended its stream with its own error event, already relayed to the caller.
    if (env.ticket.probe) env.breaker.recordLateFailure();
    else env.ticket.done('failure');
    rec.failed('upstream');
    sink.end();
    return;
  }
  if (r.outcome === 'aborted') env.ticket.done('neutral');
  else if (env.ticket.probe) env.breaker.recordLateFailure();
  else env.ticket.done('failure');
  const err = r.outcome === 'idle_timeout'
    ? new GatewayError('timeout', 'Upstream stream went idle for too long.')
    : r.outcome === 'aborted'
      ? env.total.reason === 'shutdown' ? shutdownError() : new GatewayError('timeout', 'The request exceeded the gateway\'s total time limit.')
      : r.outcome === 'truncated'
        ? new GatewayError('api_error', 'upstream stream ended before the message was complete')
        : new GatewayError('upstream_unavailable', 'Upstream connection failed mid-stream.');
  rec.failed(r.outcome === 'truncated' ? 'upstream_truncated' : err.kind);
  sendError(sink, format, err);
}

/**
 * Sends an upstream error answer to the caller: as is on passthrough routes,
 * mapped by the transcoder on translated routes. After keep-alives started the
 * stream, the same body goes out as an error event.
 */
function deliverUpstreamError(sink: ResponseSink, format: Format, transcoder: Transcoder | null, status: number, headers: Record<string, string>, body: Buffer): void {
  let outStatus = status;
  let out: Buffer | string = body;
  const h: Record<string, string> = { ...headers };
  if (transcoder) {
    let parsed: unknown = null;
    try { parsed = JSON.parse(body.toString('utf8')); } catch { /* non-JSON error body */ }
    const m = transcoder.mapError(status, parsed);
    outStatus = m.status;
    out = JSON.stringify(m.body);
    h['content-type'] = 'application/json';
  }
  if (!sink.headersSent) {
    sink.send(outStatus, h, out);
    return;
  }
  // Keep-alives started the stream: the answer goes out as an error event, normalised into the caller's envelope.
  const codec = codecFor(format);
  sink.write(codec.streamError(codec.normalizeUpstreamError(outStatus, typeof out === 'string' ? Buffer.from(out) : out)));
  sink.end();
}
