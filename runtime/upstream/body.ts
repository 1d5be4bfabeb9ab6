/**
 * Upstream calls over undici's dispatcher API with a raw handler, and the
 * response body as a minimal event source ({@link UpstreamBody}).
 *
 * Why not `agent.request()`: it wraps every call in an AsyncResource, an
 * AbortSignal listener and a Node Readable stream, so each body chunk goes
 * through Readable.push → addChunk → emit, and each request allocates the
 * stream's state. The gateway only needs "here is a chunk", "pause", "resume",
 * "stop". `dispatch()` hands chunks straight to this handler; the body object
 * keeps the small subset of the Readable interface the executor and the pump
 * use (`on`/`off` for data, end and error; `pause`, `resume`, `destroy`), with
 * the same semantics:
 *
 * - chunks that arrive before a `data` listener is attached (headers and body
 *   in one TCP read) are buffered and delivered, in order, on a microtask after
 *   the listener attaches; `end` waits behind them;
 * - `pause()` pauses the upstream socket (undici stops parsing); chunks that
 *   still arrive are buffered until `resume()`;
 * - `destroy()` aborts the request: undici closes the connection (a caller who
 *   left, a timeout), and nothing is emitted afterwards;
 * - errors go to `error` listeners only (none attached: ignored, never thrown).
 *
 * Cost per chunk: one handler call and one listener call; no allocation.
 * Listener lists are single fields while they hold one listener (./listeners.ts).
 */
import type { Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { addListener, emit0, emit1, removeListener, type Listeners } from './listeners.ts';

type DataListener = (chunk: Buffer) => void;
type EndListener = () => void;
type ErrorListener = (err: Error) => void;

/** The subset of a Readable the relay code uses; undici's BodyReadable satisfies it too. */
export interface BodySource {
  on(event: 'data', fn: DataListener): unknown;
  on(event: 'end', fn: EndListener): unknown;
  on(event: 'error', fn: ErrorListener): unknown;
  off(event: 'data', fn: DataListener): unknown;
  off(event: 'end', fn: EndListener): unknown;
  off(event: 'error', fn: ErrorListener): unknown;
  pause(): unknown;
  resume(): unknown;
  destroy(err?: Error): unknown;
  /** `end` was emitted. */
  readonly readableEnded: boolean;
}

const EMPTY = Buffer.alloc(0);

/** Upper bound of bytes buffered while nobody reads before the upstream socket is paused. */
const HIGH_WATER = 64 * 1024;

class AbortedError extends Error {
  override name = 'AbortError';
  code = 'UND_ERR_ABORTED';
}

/** A response body fed by an undici dispatch handler. */
export class UpstreamBody implements BodySource {
  /** undici's controller (set when the request started). */
  controller: Dispatcher.DispatchController | null = null;
  private dataFns: Listeners<DataListener> = null;
  private endFns: Listeners<EndListener> = null;
  private errorFns: Listeners<ErrorListener> = null;
  /** Chunks waiting for a listener or for resume(). */
  private queue: Buffer[] | null = null;
  private queued = 0;
  private paused = false;
  private flushScheduled = false;
  /** The upstream finished the body; `end` is emitted once the queue is empty. */
  private ended = false;
  private endEmitted = false;
  private errored: Error | null = null;
  /** destroy() was called, or end/error was emitted: nothing more is emitted. */
  destroyed = false;

  /** `end` was emitted (as on a Readable). */
  get readableEnded(): boolean {
    return this.endEmitted;
  }

  on(event: 'data', fn: DataListener): this;
  on(event: 'end', fn: EndListener): this;
  on(event: 'error', fn: ErrorListener): this;
  on(event: 'data' | 'end' | 'error', fn: DataListener | EndListener | ErrorListener): this {
    if (event === 'data') {
      this.dataFns = addListener(this.dataFns, fn as DataListener);
      if (this.queue !== null || this.ended) this.scheduleFlush();
    } else if (event === 'end') this.endFns = addListener(this.endFns, fn as EndListener);
    else this.errorFns = addListener(this.errorFns, fn as ErrorListener);
    return this;
  }

  off(event: 'data', fn: DataListener): this;
  off(event: 'end', fn: EndListener): this;
  off(event: 'error', fn: ErrorListener): this;
  off(event: 'data' | 'end' | 'error', fn: DataListener | EndListener | ErrorListener): this {
    if (event === 'data') this.dataFns = removeListener(this.dataFns, fn as DataListener);
    else if (event === 'end') this.endFns = removeListener(this.endFns, fn as EndListener);
    else this.errorFns = removeListener(this.errorFns, fn as ErrorListener);
    return this;
  }

  /** Stops delivering chunks and pauses the upstream socket. */
  pause(): this {
    if (!this.paused) {
      this.paused = true;
      this.controller?.pause();
    }
    return this;
  }

  /** Delivers buffered chunks (on a microtask) and resumes the upstream socket. */
  resume(): this {
    if (this.paused) {
      this.paused = false;
      if (this.queue !== null || this.ended) this.scheduleFlush();
      else this.controller?.resume();
    }
    return this;
  }

  /** Aborts the upstream request (undici closes the connection) and drops what is buffered. */
  destroy(err?: Error): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.queue = null;
    this.queued = 0;
    const c = this.controller;
    if (c && !this.ended && !this.errored && !c.aborted) c.abort(err ?? new AbortedError('upstream body destroyed'));
    return this;
  }

  /**
   * The whole body at once when the upstream already finished it while nobody
   * read (a small answer arrives with its head in one read): the buffered
   * chunks joined, and `end` emitted, as a `data` listener plus `end` would
   * have seen them. Null when the body is still arriving, is being read,
   * paused, destroyed, or holds more than `limit` bytes: then read it with listeners.
   */
  takeEnded(limit: number): Buffer | null {
    if (!this.ended || this.destroyed || this.paused || this.dataFns !== null || this.flushScheduled || this.queued > limit) return null;
    const q = this.queue;
    this.queue = null;
    this.queued = 0;
    const all = q === null ? EMPTY : q.length === 1 ? (q[0] as Buffer) : Buffer.concat(q);
    this.emitEnd();
    return all;
  }

  // ---- fed by the dispatch handler

  /** @internal */
  push(chunk: Buffer): void {
    if (this.destroyed) return;
    if (this.queue === null && !this.paused && this.dataFns !== null) {
      this.emitData(chunk);
      return;
    }
    (this.queue ??= []).push(chunk);
    this.queued += chunk.length;
    if (this.queued >= HIGH_WATER && this.controller && !this.controller.paused) this.controller.pause();
  }

  /** @internal */
  finish(): void {
    if (this.destroyed) return;
    this.ended = true;
    if (this.queue === null && !this.paused && this.dataFns !== null) this.emitEnd();
    // else: emitted by flush() once the queue drained (end without a data listener waits for one, like a Readable).
  }

  /** @internal */
  fail(err: Error): void {
    if (this.destroyed) return;
    this.errored = err;
    this.destroyed = true;
    this.queue = null;
    emit1(this.errorFns, err);
  }

  private emitData(chunk: Buffer): void {
    emit1(this.dataFns, chunk);
  }

  private emitEnd(): void {
    if (this.endEmitted) return;
    this.endEmitted = true;
    this.destroyed = true;
    emit0(this.endFns);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.destroyed || this.paused || this.dataFns === null) return;
    const q = this.queue;
    if (q !== null) {
      this.queue = null;
      this.queued = 0;
      for (let i = 0; i < q.length; i++) {
        if (this.destroyed) return;
        if (this.paused) {
          // A listener paused mid-flush: keep the rest for resume().
          const rest = q.slice(i);
          this.queue = this.queue === null ? rest : rest.concat(this.queue);
          for (const b of rest) this.queued += b.length;
          return;
        }
        this.emitData(q[i] as Buffer);
      }
    }
    if (this.destroyed || this.paused) return;
    if (this.queue !== null) return this.scheduleFlush();
    if (this.ended) this.emitEnd();
    else if (this.controller?.paused) this.controller.resume();
  }
}

/** The upstream's answer head and its body. */
export interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: UpstreamBody;
}

export interface DispatchRequest {
  origin: string;
  path: string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  body: Buffer | string | null;
  /** Time until response headers (ms); default: the dispatcher's. */
  headersTimeout?: number;
  /** Largest gap between body chunks enforced by undici (ms, 0 = none); default: the dispatcher's. */
  bodyTimeout?: number;
}

/** A handle to abort a request before or after its headers arrived. */
export interface UpstreamAbort {
  abort(): void;
}

class Handler implements Dispatcher.DispatchHandler {
  readonly body = new UpstreamBody();
  private resolve: ((r: UpstreamResponse) => void) | null;
  private reject: ((e: Error) => void) | null;
  /** Abort requested before undici started the request. */
  abortRequested = false;

  constructor(resolve: (r: UpstreamResponse) => void, reject: (e: Error) => void) {
    this.resolve = resolve;
    this.reject = reject;
  }

  abort(): void {
    if (this.body.controller) this.body.destroy(new AbortedError('request aborted'));
    else this.abortRequested = true;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.body.controller = controller;
    if (this.abortRequested) controller.abort(new AbortedError('request aborted'));
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (statusCode < 200) return; // 1xx informational: wait for the real head
    const resolve = this.resolve;
    this.resolve = null;
    this.reject = null;
    // undici keeps the raw header Buffers on the controller for the request's life: drop them
    // (parsed into `headers` already; ~2 KB per open stream, measured on 10,000 idle streams).
    (controller as { rawHeaders?: unknown }).rawHeaders = null;
    resolve?.({ statusCode, headers, body: this.body });
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.body.push(chunk);
  }

  onResponseEnd(): void {
    this.body.finish();
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    const reject = this.reject;
    if (reject) {
      this.resolve = null;
      this.reject = null;
      reject(err);
      return;
    }
    this.body.fail(err);
  }
}

/**
 * Sends a request through `dispatcher` (keep-alive pools per origin in the
 * Agent). Resolves with the response head when it arrives; rejects on
 * connection errors, timeouts before the head, or abort. `onAbortHandle`
 * receives the abort handle synchronously (wire it to the caller's disconnect
 * and the total deadline).
 */
export function dispatchUpstream(dispatcher: Dispatcher, req: DispatchRequest, onAbortHandle?: (h: UpstreamAbort) => void): Promise<UpstreamResponse> {
  // `req` is passed to undici as its options object (no copy per request): DispatchRequest is a subset of them.
  return new Promise((resolve, reject) => {
    const h = new Handler(resolve, reject);
    onAbortHandle?.(h);
    dispatcher.dispatch(req as Dispatcher.DispatchOptions, h);
  });
}
