/**
 * Closed-loop load driver: `concurrency` loops, each sending the next request
 * as soon as the previous one finished, over one undici keep-alive Pool
 * (one connection per loop) for a fixed duration.
 *
 * It uses `pool.dispatch` with a raw handler (no Readable streams, no
 * promises per chunk) so the driver's own cost per request and per SSE event
 * stays small: the driver shares a core with the simulator, and every
 * microsecond it spends is one the simulator cannot.
 *
 * Per request it records the latency (send → end of body), the time to first
 * byte (send → first body bytes) and, for streams, the time to the first
 * content event (the request's `contentMarker`), and counts SSE events
 * (blank-line separators "\n\n", also across chunk boundaries).
 */
import { Pool, type Dispatcher } from 'undici';
import { runWsLoad } from './ws.ts';

export interface RequestSpec {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Bytes that mark the first content event of a stream (time to first token); none for JSON. */
  contentMarker?: string;
  /** `websocket`: Responses API WebSocket mode (GET `path` upgraded; `body` is the message): scripts/bench/ws.ts. Default HTTP POST. */
  transport?: 'http' | 'websocket';
}

export interface LoadOptions {
  origin: string;
  concurrency: number;
  /** Measured duration (ms). Requests in flight at the deadline finish and are counted. */
  durationMs: number;
  request: RequestSpec;
}

export interface LoadResult {
  /** Requests completed with a 2xx status. */
  ok: number;
  /** Requests that failed (non-2xx or connection error). */
  errors: number;
  /** First error seen (status and a body excerpt, or the error message). */
  firstError: string | null;
  /** SSE events received (0 for JSON). */
  events: number;
  /** Wall time from first send to last completion (s). */
  elapsedS: number;
  /** Latencies (ms) of the successful requests. */
  latencies: Float64Array;
  /** Times to first body byte (ms) of the successful requests. */
  ttfb: Float64Array;
  /** Times to the first content event (ms; streams with a content marker). */
  ttft: Float64Array;
}

const LF = 0x0a;
const CR = 0x0d;

/** Counts SSE event separators ("\n\n", "\r\n\r\n") in `chunk`; `prevLF` says whether the previous chunk ended with LF. */
function countEvents(chunk: Buffer, prevLF: boolean): number {
  let n = 0;
  if (prevLF && chunk[0] === LF) n++;
  let i = chunk.indexOf(LF);
  while (i !== -1) {
    if (chunk[i + 1] === LF) {
      n++;
      i = chunk.indexOf(LF, i + 2);
    } else if (chunk[i + 1] === CR && chunk[i + 2] === LF) {
      n++; // CRLF framing (Gemini's `data: …\r\n\r\n`)
      i = chunk.indexOf(LF, i + 3);
    } else i = chunk.indexOf(LF, i + 1);
  }
  return n;
}

class Samples {
  buf = new Float64Array(4096);
  n = 0;
  push(v: number): void {
    if (this.n === this.buf.length) {
      const b = new Float64Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
  take(): Float64Array {
    return this.buf.slice(0, this.n);
  }
}

/**
 * The counts and samples of one load phase, shared by the HTTP driver and the
 * WebSocket driver (scripts/bench/ws.ts): one `ok` or `failed` per request.
 */
export class LoadTally {
  private readonly latencies = new Samples();
  private readonly ttfb = new Samples();
  private readonly ttft = new Samples();
  private ok = 0;
  private errors = 0;
  private events = 0;
  private firstError: string | null = null;
  readonly start = performance.now();
  private lastEnd = this.start;

  /** A successful request: sent at `t0`, first byte at `first`, first content at `content` (-1: none), `events` SSE events. */
  done(t0: number, first: number, content: number, events: number): void {
    const t = (this.lastEnd = performance.now());
    this.ok++;
    this.events += events;
    this.latencies.push(t - t0);
    this.ttfb.push((first < 0 ? t : first) - t0);
    if (content >= 0) this.ttft.push(content - t0);
  }

  /** A failed request (the first failure's description is kept). */
  failed(why: string): void {
    this.lastEnd = performance.now();
    this.errors++;
    this.firstError ??= why;
  }

  result(): LoadResult {
    const { ok, errors, firstError, events } = this;
    return { ok, errors, firstError, events, elapsedS: (this.lastEnd - this.start) / 1000, latencies: this.latencies.take(), ttfb: this.ttfb.take(), ttft: this.ttft.take() };
  }
}

/** Runs one closed-loop load phase and returns its counts and samples. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  if (o.request.transport === 'websocket') return runWsLoad(o);
  const pool = new Pool(o.origin, {
    connections: o.concurrency,
    pipelining: 1,
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 600_000,
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
  });
  const body = Buffer.from(o.request.body);
  const headers = { ...o.request.headers, 'content-length': String(body.length) };
  const marker = o.request.contentMarker ? Buffer.from(o.request.contentMarker) : null;
  const tally = new LoadTally();
  const deadline = tally.start + o.durationMs;

  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let first = -1;
      let content = -1;
      let carry: Buffer | null = null;
      let status = 0;
      let prevLF = false;
      let ev = 0;
      let errBody = '';
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart() {},
        onResponseStart(_c, statusCode) {
          status = statusCode;
        },
        onResponseData(_c, chunk) {
          if (first < 0) first = performance.now();
          if (status >= 300) {
            if (errBody.length < 300) errBody += chunk.toString('utf8', 0, Math.min(chunk.length, 300));
            return;
          }
          if (marker && content < 0) {
            // The marker may straddle two chunks: search the previous chunk's tail too.
            const hay = carry ? Buffer.concat([carry, chunk]) : chunk;
            if (hay.indexOf(marker) !== -1) content = performance.now();
            else carry = hay.subarray(Math.max(0, hay.length - marker.length + 1));
          }
          ev += countEvents(chunk, prevLF);
          prevLF = chunk[chunk.length - 1] === LF;
        },
        onResponseEnd() {
          if (status >= 200 && status < 300) tally.done(t0, first, content, ev);
          else tally.failed(`HTTP ${status}: ${errBody.slice(0, 300)}`);
          resolve();
        },
        onResponseError(_c, err) {
          tally.failed(`${err.name}: ${err.message}`);
          resolve();
        },
      };
      pool.dispatch({ origin: o.origin, path: o.request.path, method: 'POST', headers, body }, handler);
    });

  const loop = async () => {
    while (performance.now() < deadline) await one();
  };
  await Promise.all(Array.from({ length: o.concurrency }, loop));
  await pool.close();
  return tally.result();
}

/** The q-quantile (0..1) of samples (nearest rank); NaN when empty. */
export function quantile(samples: Float64Array, q: number): number {
  if (samples.length === 0) return NaN;
  const s = Float64Array.from(samples).sort();
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[idx] as number;
}
