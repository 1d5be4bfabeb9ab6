/**
 * ResponseSink: the one typed wrapper around a uWS HttpResponse.
 *
 * Encodes the uWS rules (DESIGN.md §5): exactly one onAborted registered at
 * construction; every write corked; nothing touches `res` after end or abort;
 * `write` reports backpressure and `onWritable` resumes the producer. Status
 * and headers are staged and flushed with the first body bytes.
 */
import { STATUS_CODES } from 'node:http';
import type { HttpResponse } from './uws.ts';
import { addListener, emit0, removeListener, type Listeners } from '../upstream/listeners.ts';

const statusLines = new Map<number, string>();
function statusLine(status: number): string {
  let s = statusLines.get(status);
  if (s === undefined) {
    s = `${status} ${STATUS_CODES[status] ?? 'Unknown'}`;
    statusLines.set(status, s);
  }
  return s;
}

export type Headers = Record<string, string>;

/**
 * Rewrites a response on its way out, for a caller that reads another framing
 * than the one the gateway produces (Gemini's JSON-array stream,
 * runtime/formats/gemini/ingress.ts). Set once, before anything is written.
 */
export interface BodyFilter {
  /** The headers to send instead of `h`. */
  headers(h: Headers): Headers;
  /** One body chunk → what to write ('' for nothing). */
  chunk(c: Uint8Array | string): string;
  /** The end of the body (with its last chunk, if any) → what to write last. */
  end(last?: Uint8Array | string): string;
  /** A complete body sent at once (`send`) → what to send. */
  whole(body: Uint8Array | string): string;
}

/**
 * What a ResponseSink writes to: the members of uWS's HttpResponse it uses.
 * Another transport (a WebSocket carrying Responses events:
 * runtime/responses/entry.ts `eventSink`) or a wrapper around another sink
 * (runtime/responses/ `keepingSink`) implements it to reuse the pipeline.
 */
export interface SinkTarget {
  onAborted(handler: () => void): unknown;
  writeStatus(status: string): unknown;
  writeHeader(key: string, value: string): unknown;
  /** false: backpressure (onWritable fires when drained). */
  write(chunk: Uint8Array | string): boolean;
  end(body?: Uint8Array | string): unknown;
  cork(cb: () => void): unknown;
  onWritable(handler: (offset: number) => boolean): unknown;
  close(): unknown;
}

export class ResponseSink {
  /** The caller went away (connection closed before we ended). */
  aborted = false;
  /** We ended the response. */
  ended = false;
  /** Status and headers were written to the socket. */
  headersSent = false;
  /** Bytes of body written so far. */
  bytesWritten = 0;
  /** Response status (once chosen). */
  status = 0;
  /** Rewrites headers and body on their way out (null: sent as written). */
  filter: BodyFilter | null = null;

  private readonly res: SinkTarget;
  /** Disconnect callbacks: one field while there is one (../upstream/listeners.ts). */
  private abortHandlers: Listeners<() => void> = null;
  private writableHandler: (() => void) | null = null;
  private pendingHeaders: Headers | null = null;

  constructor(res: HttpResponse | SinkTarget) {
    this.res = res;
    res.onAborted(() => {
      this.aborted = true;
      const hs = this.abortHandlers;
      this.abortHandlers = null;
      emit0(hs);
    });
  }

  /** True while the response can still be written. */
  get open(): boolean {
    return !this.aborted && !this.ended;
  }

  /** Registers a callback for caller disconnect (runs once). Runs at once if already aborted. */
  onAbort(handler: () => void): void {
    if (this.aborted) handler();
    else this.abortHandlers = addListener(this.abortHandlers, handler);
  }

  /** Removes a callback registered with `onAbort` (one that is no longer needed while the response stays open). */
  offAbort(handler: () => void): void {
    this.abortHandlers = removeListener(this.abortHandlers, handler);
  }

  /** Stages the status and headers; they go out with the first write or end. */
  writeHead(status: number, headers: Headers): void {
    if (this.headersSent || !this.open) return;
    this.status = status;
    this.pendingHeaders = this.filter ? this.filter.headers(headers) : headers;
  }

  private flushHead(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    const res = this.res;
    res.writeStatus(statusLine(this.status || 200));
    const h = this.pendingHeaders;
    if (h) for (const k in h) res.writeHeader(k, h[k] as string);
    this.pendingHeaders = null;
  }

  /**
   * Writes body bytes (headers first if needed). Returns false under
   * backpressure: stop producing and wait for `onWritable`. No-op (returns
   * false) when the response is closed.
   */
  write(chunk: Uint8Array | string): boolean {
    if (!this.open) return false;
    if (this.filter) {
      chunk = this.filter.chunk(chunk);
      if (chunk.length === 0) return true;
    }
    // One method bound per sink instead of a closure per write (a stream writes once per event).
    this.pendingChunk = chunk;
    this.res.cork(this.corkedWrite);
    this.pendingChunk = null;
    this.bytesWritten += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    return this.lastWriteOk;
  }

  private pendingChunk: Uint8Array | string | null = null;
  private lastWriteOk = true;
  private readonly corkedWrite = (): void => {
    this.flushHead();
    this.lastWriteOk = this.res.write(this.pendingChunk as Uint8Array | string);
  };

  /** Calls `resume` once when the socket drained after `write` returned false. */
  onWritable(resume: () => void): void {
    if (!this.open) return;
    const first = this.writableHandler === null;
    this.writableHandler = resume;
    if (first) {
      this.res.onWritable(() => {
        const h = this.writableHandler;
        this.writableHandler = null;
        if (h && this.open) h();
        return true;
      });
    }
  }

  /** Ends the response with an optional final body. Safe to call twice. */
  end(body?: Uint8Array | string): void {
    if (!this.open) return;
    if (this.filter) body = this.filter.end(body);
    this.ended = true;
    this.res.cork(() => {
      this.flushHead();
      if (body === undefined) this.res.end();
      else this.res.end(body);
    });
  }

  /** Sends a complete response (status, headers, body) at once. */
  send(status: number, headers: Headers, body: Uint8Array | string): void {
    if (!this.open) return;
    if (this.filter) {
      const f = this.filter;
      this.filter = null;
      if (!this.headersSent) {
        this.status = status;
        this.pendingHeaders = f.headers(headers);
        this.end(f.whole(body));
      } else this.end(f.end(body));
      return;
    }
    if (!this.headersSent) {
      this.status = status;
      this.pendingHeaders = headers;
    }
    this.end(body);
  }

  /** Closes the connection abruptly (used when a stream cannot be ended cleanly). */
  close(): void {
    if (!this.open) return;
    this.ended = true;
    this.res.cork(() => this.res.close());
  }
}
