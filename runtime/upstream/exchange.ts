/**
 * The upstream exchange: the one primitive every upstream call goes through
 * (the executor's attempts and the Message Batches operations).
 *
 * - {@link RequestDeadline}: the request's total time limit (`timeouts.total_ms`,
 *   from arrival) and the shutdown abort in one flag, with the error each
 *   ending means (504 / "shutting down").
 * - {@link sendUpstream}: builds and sends one upstream request through the
 *   provider's adapter hooks (runtime/providers/: URL template, then
 *   authentication once body, path and query are final), with the first-byte
 *   timeout; the abort handle is wired to the caller's disconnect and the
 *   deadline. Rejects with {@link connectionError} (or the deadline's error).
 * - {@link providerKey} / {@link rejectProviderKey}: the provider key for an
 *   attempt (stored rotation, or the caller's own with `caller_keys:
 *   passthrough`) and the 401/403 handling (a stored key is taken out of
 *   rotation and probed again later; not the caller's fault, not the
 *   upstream's health — unless the caller forwarded a header that could have
 *   caused it, `callerMayCauseAuthError`: then the key is not blamed).
 * - {@link callerEncodingError}: a request undici cannot encode (invalid header
 *   bytes) is the caller's 400, never an upstream failure.
 * - {@link circuitOpenError}: the 503 with `retry-after` when a circuit is open.
 * - {@link readBody}: a whole non-streamed body under the idle timeout and the
 *   deadline. {@link decodedBody}: a non-SSE stream framing decoded into SSE.
 * - {@link normalizedError}: an upstream error answer through the adapter's
 *   normalisation.
 */
import type { Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError } from '../errors.ts';
import type { ProviderRuntime } from '../config/index.ts';
import { adapterFor, defaultUrl, type AdapterContext, type ProviderAdapter, type UpstreamRequest } from '../providers/index.ts';
import type { ResponseSink } from '../server/sink.ts';
import { UpstreamBody, type BodySource, type UpstreamAbort, type UpstreamResponse } from './body.ts';
import { Deadline, type AbortLike } from './deadline.ts';
import { addListener, emit0, emit1, removeListener, type Listeners } from './listeners.ts';
import { callerMayCauseAuthError, disableProviderKey, nextProviderKey, requestUpstream } from './index.ts';
import { isEncodingError } from '../security/header-bytes.ts';
import type { Reliability } from './reliability.ts';
import { isTimeoutCode } from './retry.ts';

/** The 504 a request gets when it hits timeouts.total_ms. */
export function totalTimeoutError(ms: number): GatewayError {
  return new GatewayError('timeout', `The request exceeded the gateway's total time limit (${ms} ms).`);
}

/** What a request still running gets when the shutdown grace period is over. */
export function shutdownError(): GatewayError {
  return new GatewayError('overloaded', 'The gateway is shutting down.');
}

/** The 503 (with retry-after) for an upstream, or every upstream of a model, whose circuit is open. */
export function circuitOpenError(what: string, retryInMs: number): GatewayError {
  const secs = Math.max(1, Math.ceil(retryInMs / 1000));
  return new GatewayError('unavailable', `${what} failing (circuit open); retry in ${secs} s.`, { headers: { 'retry-after': String(secs) } });
}

/** A GatewayError for a connection-level failure (connect/headers/body timeouts are 504, the rest 502). */
export function connectionError(p: ProviderRuntime, e: unknown): GatewayError {
  const code = String((e as { code?: unknown }).code ?? '');
  if (isTimeoutCode(code)) {
    const what = code === 'UND_ERR_CONNECT_TIMEOUT' ? 'connect' : code === 'UND_ERR_HEADERS_TIMEOUT' ? 'first byte' : 'idle';
    return new GatewayError('timeout', `Upstream ${p.name} timed out (${what} timeout).`);
  }
  return new GatewayError('upstream_unavailable', `Upstream ${p.name} is unreachable (${code || (e as Error).message}).`);
}

/**
 * The total time limit and the shutdown of one request: `total` aborts with
 * reason 'timeout' or 'shutdown'. Create at the start of the upstream work,
 * `close()` when done (clears the timer, leaves the shutdown set).
 */
export class RequestDeadline {
  readonly total = new Deadline(); // an AbortController's subset, without its cost per request (./deadline.ts)
  private readonly timer: NodeJS.Timeout | null;
  private readonly onShutdown = () => this.total.abort('shutdown');

  /**
   * @param rel the gateway's reliability state (shutdown signal, in-flight set)
   * @param totalMs timeouts.total_ms (0 = none)
   * @param startedAt performance.now() at the request's arrival
   */
  constructor(private readonly rel: Reliability, readonly totalMs: number, startedAt: number) {
    this.timer = totalMs > 0 ? setTimeout(() => this.total.abort('timeout'), Math.max(0, totalMs - (performance.now() - startedAt))) : null;
    if (rel.shutdown.signal.aborted) this.onShutdown();
    else rel.inflight.add(this.onShutdown);
  }

  get aborted(): boolean {
    return this.total.aborted;
  }

  /** The error the ending means: shutdown, or the total time limit. */
  error(): GatewayError {
    return this.total.reason === 'shutdown' ? shutdownError() : totalTimeoutError(this.totalMs);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.rel.inflight.delete(this.onShutdown);
  }
}

/** Provider key for a call: stored rotation, or the caller's own key (caller_keys: passthrough). */
export function providerKey(p: ProviderRuntime, callerProviderKey: string | null | undefined): string | null {
  if (p.callerKeys === 'passthrough') return callerProviderKey ?? null;
  return nextProviderKey(p);
}

/**
 * The upstream answered 401/403 for `key`: with a stored key, and no header
 * the caller forwarded that could have caused it, the key is bad (a config
 * problem): it is taken out of rotation until its probe time.
 * @param callerHeaders the caller's request headers (lower case)
 * @param probeMs wait before the key is probed again (circuit_breaker.key_probe_ms)
 * @returns 'rotated' (another key is usable: send again at once), 'last' (the
 *   last usable key: its answer goes to the caller), or null (not a stored-key rejection)
 */
export function rejectProviderKey(p: ProviderRuntime, key: string | null, status: number, callerHeaders: Record<string, string>, probeMs: number): 'rotated' | 'last' | null {
  if ((status !== 401 && status !== 403) || !key || p.callerKeys !== 'stored' || callerMayCauseAuthError(p, callerHeaders)) return null;
  return disableProviderKey(p, key, probeMs) ? 'rotated' : 'last';
}

/** The caller's 400 when `e` says the request could not be encoded (nothing was sent); null otherwise. */
export function callerEncodingError(e: unknown): GatewayError | null {
  return isEncodingError(e) ? new GatewayError('invalid_request', `The request cannot be sent upstream: ${(e as Error).message}`) : null;
}

/** What {@link sendUpstream} needs from the gateway state. */
export interface ExchangeEnv {
  agent: Dispatcher;
  /** Time until response headers (ms). */
  firstByteMs: number;
}

/**
 * Sends one upstream request: the adapter's URL template (default: `{model}`
 * in the path), then its authentication (default: the spec's auth header, put
 * into `req.headers` by the caller's header template), then undici. The body
 * must be final (body envelope applied). Resolves at the response head.
 * `onHandle` receives the abort handle synchronously.
 */
export function sendUpstream(
  env: ExchangeEnv, adapter: ProviderAdapter, ctx: AdapterContext, req: UpstreamRequest, key: string | null, onHandle: (h: UpstreamAbort) => void,
): Promise<UpstreamResponse> {
  // Not an async function: without an `authenticate` hook nothing is awaited, and the dispatch's own
  // promise is returned (no wrapper promise per request). A throw still becomes a rejection.
  try {
    if (adapter.url) adapter.url(req, ctx);
    else defaultUrl(req, ctx.model);
    if (adapter.authenticate) return authenticated(env, adapter, ctx, req, key, onHandle);
    return dispatch(env, ctx, req, onHandle);
  } catch (e) {
    return Promise.reject(e);
  }
}

async function authenticated(
  env: ExchangeEnv, adapter: ProviderAdapter, ctx: AdapterContext, req: UpstreamRequest, key: string | null, onHandle: (h: UpstreamAbort) => void,
): Promise<UpstreamResponse> {
  await adapter.authenticate?.(req, key, ctx);
  return dispatch(env, ctx, req, onHandle);
}

function dispatch(env: ExchangeEnv, ctx: AdapterContext, req: UpstreamRequest, onHandle: (h: UpstreamAbort) => void): Promise<UpstreamResponse> {
  return requestUpstream(env.agent, {
    provider: ctx.provider,
    method: req.method,
    path: req.path,
    query: req.query,
    headers: req.headers,
    body: req.body,
    headersTimeout: env.firstByteMs,
    bodyTimeout: 0, // the idle gap is enforced by pump/readAll, which know about caller backpressure
  }, onHandle);
}

/** The adapter of a provider (no hooks when its type has no module). */
export function adapterOf(p: ProviderRuntime): ProviderAdapter {
  return adapterFor(p.type);
}

/** An upstream error answer through the adapter's normalisation (unchanged without the hook). */
export function normalizedError(adapter: ProviderAdapter, status: number, body: Buffer, headers: IncomingHttpHeaders): { status: number; body: Buffer } {
  if (!adapter.normalizeError) return { status, body };
  const n = adapter.normalizeError(status, body, headers);
  return { status: n.status, body: typeof n.body === 'string' ? Buffer.from(n.body) : n.body };
}

const ONCE = { once: true } as const;

/**
 * An upstream call wired to the caller's disconnect and the deadline (from
 * {@link abortWiring}): `onHandle` is the handle setter for
 * {@link sendUpstream}; `release()` unhooks both. One object with two bound
 * callbacks per attempt (no closure context, no options object).
 */
export class AbortWiring {
  private upstream: UpstreamAbort | null = null;
  readonly onHandle = (h: UpstreamAbort): void => {
    this.upstream = h;
  };
  private readonly onAbort = (): void => {
    this.upstream?.abort();
  };

  constructor(private readonly sink: ResponseSink, private readonly deadline: AbortLike) {
    sink.onAbort(this.onAbort);
    deadline.addEventListener('abort', this.onAbort, ONCE);
  }

  release(): void {
    this.deadline.removeEventListener('abort', this.onAbort);
    this.sink.offAbort(this.onAbort); // an open stream does not keep this wiring (the pump listens itself)
  }
}

/**
 * Wires an upstream call to the caller's disconnect and the deadline: returns
 * the handle setter for {@link sendUpstream} and a release function.
 */
export function abortWiring(sink: ResponseSink, deadline: AbortLike): AbortWiring {
  return new AbortWiring(sink, deadline);
}

/** Largest complete (non-streamed) upstream answer read into memory (bytes): readAll's default cap. */
export const READ_LIMIT = 64 * 1024 * 1024;

/**
 * Reads a whole upstream body with an idle timeout between chunks and a size cap.
 * Rejects with an error whose `code` is UND_ERR_BODY_TIMEOUT on idle.
 */
export function readAll(body: BodySource, idleMs: number, limit = READ_LIMIT): Promise<Buffer> {
  if (body instanceof UpstreamBody) {
    // Usually a JSON answer arrived whole with its head: no listeners, no idle timer, no microtask hop.
    const all = body.takeEnded(limit);
    if (all !== null) return Promise.resolve(all);
  }
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let n = 0;
    let timer: NodeJS.Timeout | null = null;
    const done = (err: Error | null) => {
      if (timer) clearTimeout(timer);
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      if (err) {
        body.on('error', () => {});
        body.destroy();
        reject(err);
      } else resolve(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, n));
    };
    const arm = () => {
      if (!idleMs) return;
      if (timer) timer.refresh();
      else timer = setTimeout(() => done(Object.assign(new Error(`no upstream data for ${idleMs} ms`), { code: 'UND_ERR_BODY_TIMEOUT' })), idleMs);
    };
    const onData = (c: Buffer) => {
      n += c.length;
      if (n > limit) return done(new Error(`upstream body larger than ${limit} bytes`));
      parts.push(c);
      arm();
    };
    const onEnd = () => done(null);
    const onError = (e: Error) => done(e);
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
    arm();
  });
}

/**
 * Reads a whole (non-streamed) upstream body under the idle timeout and the
 * request's deadline: the deadline rejects with its own error (aborting the
 * upstream destroys the body silently, so the deadline rejects the read itself).
 */
export function readBody(body: BodySource, idleMs: number, deadline: RequestDeadline): Promise<Buffer> {
  if (deadline.aborted) return Promise.reject(deadline.error());
  return new Promise<Buffer>((resolve, reject) => {
    const onTotal = () => reject(deadline.error());
    deadline.total.addEventListener('abort', onTotal);
    readAll(body, idleMs).then(resolve, reject).finally(() => deadline.total.removeEventListener('abort', onTotal));
  });
}

type DataFn = (chunk: Buffer) => void;
type EndFn = () => void;
type ErrorFn = (err: Error) => void;

/**
 * An upstream body in a non-SSE stream framing, seen through the adapter's
 * decoder as SSE bytes of the provider's native format (for the prelude,
 * usage extraction and relay alike). Pause, resume and destroy go to the
 * underlying body; a decoder failure is an `error`.
 */
export class DecodedBody implements BodySource {
  private dataFns: Listeners<DataFn> = null;
  private endFns: Listeners<EndFn> = null;
  private errorFns: Listeners<ErrorFn> = null;
  private ended = false;

  constructor(private readonly src: BodySource, private readonly decoder: { push(c: Buffer): Buffer; end(): Buffer }) {
    src.on('data', (c) => {
      let out: Buffer;
      try {
        out = decoder.push(c);
      } catch (e) {
        this.fail(e as Error);
        return;
      }
      if (out.length > 0) emit1(this.dataFns, out);
    });
    src.on('end', () => {
      let out: Buffer;
      try {
        out = this.decoder.end();
      } catch (e) {
        this.fail(e as Error);
        return;
      }
      if (out.length > 0) emit1(this.dataFns, out);
      this.ended = true;
      emit0(this.endFns);
    });
    src.on('error', (e) => this.fail(e));
  }

  private fail(e: Error): void {
    this.src.destroy(e);
    emit1(this.errorFns, e);
  }

  get readableEnded(): boolean {
    return this.ended;
  }

  on(event: 'data', fn: DataFn): this;
  on(event: 'end', fn: EndFn): this;
  on(event: 'error', fn: ErrorFn): this;
  on(event: 'data' | 'end' | 'error', fn: DataFn | EndFn | ErrorFn): this {
    if (event === 'data') this.dataFns = addListener(this.dataFns, fn as DataFn);
    else if (event === 'end') this.endFns = addListener(this.endFns, fn as EndFn);
    else this.errorFns = addListener(this.errorFns, fn as ErrorFn);
    return this;
  }

  off(event: 'data', fn: DataFn): this;
  off(event: 'end', fn: EndFn): this;
  off(event: 'error', fn: ErrorFn): this;
  off(event: 'data' | 'end' | 'error', fn: DataFn | EndFn | ErrorFn): this {
    if (event === 'data') this.dataFns = removeListener(this.dataFns, fn as DataFn);
    else if (event === 'end') this.endFns = removeListener(this.endFns, fn as EndFn);
    else this.errorFns = removeListener(this.errorFns, fn as ErrorFn);
    return this;
  }

  pause(): this { this.src.pause(); return this; }
  resume(): this { this.src.resume(); return this; }
  destroy(err?: Error): this { this.src.destroy(err); return this; }
}

/**
 * The body as SSE: itself, or decoded through the adapter's stream framing
 * when the response's content-type is that framing's. Null: neither SSE nor
 * the adapter's framing (a JSON answer).
 */
export function decodedBody(adapter: ProviderAdapter, ctx: AdapterContext, contentType: string, body: BodySource): BodySource | null {
  if (contentType.startsWith('text/event-stream')) return body;
  const f = adapter.streamFraming;
  if (f && contentType.startsWith(f.contentType)) return new DecodedBody(body, f.create(ctx));
  return null;
}
