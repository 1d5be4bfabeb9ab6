/**
 * Simulator response sink: the one place that touches a uWebSockets.js
 * `HttpResponse` for the provider simulator.
 *
 * It applies the uWS rules of DESIGN.md §5 once:
 * - exactly one `onAborted` is registered (in the constructor, before any await);
 * - every write happens inside `res.cork(...)` (all simulator writes happen
 *   after the body was read, i.e. outside the synchronous handler);
 * - `write` respects backpressure (awaits `onWritable` when `res.write` returns
 *   false), `end` of a large body uses the `tryEnd`/`onWritable` loop;
 * - `res.onWritable` is registered at most once per response and dispatches to
 *   the current waiter: with the uWS build in use a second registration does
 *   NOT replace the first handler (observed: the stale handler keeps firing and
 *   the new waiter never wakes), so it is treated as a single slot like onAborted;
 * - nothing touches `res` after `end`, a completed `tryEnd`, an abort or a close.
 *
 * The sink reports exactly one outcome per response through `onSettle`:
 * `completed` (the whole response was handed to uWS), `aborted` (the client
 * disconnected first) or `reset` (the simulator closed the connection on purpose).
 */
import type { HttpResponse } from 'uWebSockets.js';
import { STATUS_CODES } from 'node:http';

/** A response header as `[name, value]`; names are written as given. */
export type Header = readonly [string, string];

/** How a response ended: fully written, dropped by the client, or reset by the simulator. */
export type SinkOutcome = 'completed' | 'aborted' | 'reset';

/** Slice size (bytes) for large streamed writes, so backpressure is checked between slices. */
const WRITE_SLICE = 64 * 1024;

type State = 'open' | 'streaming' | 'ended' | 'aborted' | 'reset';

/** Builds an HTTP status line such as `529 Overloaded` (uWS writes the text as given). */
export function statusLine(status: number): string {
  const text = status === 529 ? 'Overloaded' : (STATUS_CODES[status] ?? 'Unknown');
  return `${status} ${text}`;
}

/**
 * Wraps one uWS `HttpResponse`. Create it synchronously in the route handler
 * (it registers the single `onAborted`).
 */
export class ResponseSink {
  readonly #res: HttpResponse;
  readonly #onSettle: (outcome: SinkOutcome) => void;
  #state: State = 'open';
  #head: { status: number; headers: readonly Header[] } | null = null;
  #headWritten = false;
  /** uWS invalidated `res` (its onAborted ran). */
  #resDead = false;
  /** Current onWritable consumer (drain waiter or tryEnd loop); null = nothing to do. */
  #writable: ((offset: number) => boolean) | null = null;
  #writableRegistered = false;
  /** Resolvers waiting for drain (onWritable) or for a sleep; woken early on abort/reset. */
  readonly #waiters = new Set<() => void>();

  /**
   * @param res the uWS response (only used through this sink afterwards)
   * @param onSettle called exactly once with the outcome of the response
   */
  constructor(res: HttpResponse, onSettle: (outcome: SinkOutcome) => void) {
    this.#res = res;
    this.#onSettle = onSettle;
    res.onAborted(() => {
      this.#resDead = true;
      // A server-side close() also lands here; it has already settled as 'reset'.
      if (this.#state === 'reset' || this.#state === 'ended') return;
      this.#state = 'aborted';
      this.#wakeAll();
      this.#onSettle('aborted');
    });
  }

  /** True once nothing more may be written (ended, aborted or reset). */
  get gone(): boolean {
    return this.#state === 'ended' || this.#state === 'aborted' || this.#state === 'reset';
  }

  /** True when the client disconnected before the response was complete. */
  get aborted(): boolean {
    return this.#state === 'aborted';
  }

  /** True once the status line and headers were handed to uWS. */
  get headersSent(): boolean {
    return this.#headWritten;
  }

  /** Sets the status and headers; they are written with the first body write or `end`. */
  head(status: number, headers: readonly Header[]): void {
    if (this.#headWritten) throw new Error('ResponseSink.head: headers already sent');
    this.#head = { status, headers };
  }

  #flushHead(): void {
    if (this.#headWritten) return;
    this.#headWritten = true;
    const h = this.#head ?? { status: 200, headers: [] };
    this.#res.writeStatus(statusLine(h.status));
    for (const [k, v] of h.headers) this.#res.writeHeader(k, v);
  }

  /**
   * Writes a body chunk (chunked transfer encoding), slicing large buffers and
   * awaiting `onWritable` whenever uWS reports backpressure.
   * @returns false when the response is gone (client aborted / reset / ended)
   */
  async write(chunk: Uint8Array): Promise<boolean> {
    if (chunk.length === 0) return !this.gone;
    for (let off = 0; off < chunk.length; off += WRITE_SLICE) {
      if (this.gone) return false;
      const slice = chunk.subarray(off, Math.min(chunk.length, off + WRITE_SLICE));
      let ok = true;
      this.#res.cork(() => {
        this.#flushHead();
        this.#state = 'streaming';
        ok = this.#res.write(slice);
      });
      if (!ok) await this.#drain();
    }
    return !this.gone;
  }

  /** Installs the current onWritable consumer, registering the uWS handler once. */
  #onWritable(handler: ((offset: number) => boolean) | null): void {
    this.#writable = handler;
    if (handler && !this.#writableRegistered) {
      this.#writableRegistered = true;
      this.#res.onWritable((offset) => {
        const h = this.#writable;
        return h ? h(offset) : true;
      });
    }
  }

  #drain(): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = (): void => {
        this.#waiters.delete(wake);
        if (this.#writable === onWritable) this.#writable = null;
        resolve();
      };
      const onWritable = (): boolean => {
        wake();
        return true;
      };
      this.#waiters.add(wake);
      this.#onWritable(onWritable);
    });
  }

  /**
   * Ends the response. Before any `write`, the body is sent with a
   * content-length through the `tryEnd` backpressure loop; after writes it
   * becomes the last chunk.
   * @param body optional final bytes
   * @param closeConnection ask uWS to close the connection after the response
   */
  async end(body?: Uint8Array, closeConnection = false): Promise<void> {
    if (this.gone) return;
    if (this.#state === 'streaming') {
      if (body && body.length > 0 && !(await this.write(body))) return;
      if (this.gone) return;
      this.#res.cork(() => {
        this.#res.end(undefined, closeConnection);
      });
      this.#finish();
      return;
    }
    const buf = body ?? new Uint8Array(0);
    if (buf.length <= WRITE_SLICE || closeConnection) {
      this.#res.cork(() => {
        this.#flushHead();
        this.#res.end(buf, closeConnection);
      });
      this.#finish();
      return;
    }
    // Large body with content-length: tryEnd + onWritable (uWS "VideoStreamer" pattern).
    const total = buf.length;
    let base = 0;
    let done = false;
    this.#res.cork(() => {
      this.#flushHead();
      base = this.#res.getWriteOffset();
      done = this.#res.tryEnd(buf, total)[1];
    });
    if (done) {
      this.#finish();
      return;
    }
    this.#state = 'streaming';
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        this.#waiters.delete(wake);
        this.#writable = null;
        resolve();
      };
      this.#waiters.add(wake);
      this.#onWritable((offset) => {
        if (this.gone) {
          wake();
          return true;
        }
        const [ok, finished] = this.#res.tryEnd(buf.subarray(offset - base), total);
        if (finished) {
          this.#finish();
          wake();
        }
        return ok;
      });
    });
  }

  #finish(): void {
    if (this.gone) return;
    this.#state = 'ended';
    this.#onSettle('completed');
  }

  /**
   * Destroys the connection on purpose (fault injection); no-op when already gone.
   * The close itself runs on the next macrotask: code resumed from a microtask can
   * still be inside a uWS callback where the socket is corked, and closing then
   * would drop the bytes written just before (they must reach the client first).
   */
  close(): void {
    if (this.gone) return;
    this.#state = 'reset';
    this.#wakeAll();
    this.#onSettle('reset');
    setImmediate(() => {
      if (!this.#resDead) this.#res.close();
    });
  }

  /** Closes immediately (simulator shutdown); bytes still corked may be lost. */
  closeNow(): void {
    if (!this.gone) {
      this.#state = 'reset';
      this.#wakeAll();
      this.#onSettle('reset');
    }
    if (!this.#resDead) {
      this.#resDead = true;
      this.#res.close();
    }
  }

  /** Resolves after `ms` milliseconds, or early when the response becomes gone. */
  sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.gone) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#waiters.add(wake);
    });
  }

  #wakeAll(): void {
    for (const w of [...this.#waiters]) w();
  }
}
