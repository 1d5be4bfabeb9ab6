/**
 * Many concurrent idle streams over raw sockets (memory scenario).
 *
 * Each socket sends one streaming request and waits until the first content
 * bytes of the response arrived (the stream is then open end to end: caller →
 * gateway → simulator). The simulator is told to stall after a few events
 * (`x-sim-fault: stall-after:N:MS`), so the streams stay open and silent while
 * the gateway's memory is read. Raw `net` sockets keep the driver's own cost
 * per stream at one socket and one small buffer.
 */
import net from 'node:net';

export interface IdleOptions {
  port: number;
  /** Raw HTTP/1.1 request bytes (one request per socket). */
  request: Buffer;
  count: number;
  /** Sockets connecting at once (the rest wait for a slot). */
  batch: number;
  /** Give up waiting for readiness after this long (ms). */
  timeoutMs: number;
  /** Bytes that mark "content arrived" in the response (e.g. "content_block_delta"). */
  readyMarker: string;
}

export interface IdleStreams {
  /** Streams whose first content arrived. */
  ready: number;
  /** Sockets that failed (connect error, early close, non-200). */
  failed: number;
  firstError: string | null;
  /** Time until all streams were ready or the timeout hit (s). */
  openS: number;
  /** Closes every socket. */
  close(): Promise<void>;
}

/** Opens `count` streams and resolves when all are ready (or failed, or the timeout hit). */
export function openIdleStreams(o: IdleOptions): Promise<IdleStreams> {
  const sockets: net.Socket[] = [];
  let ready = 0;
  let failed = 0;
  let started = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const marker = Buffer.from(o.readyMarker);
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        ready,
        failed,
        firstError,
        openS: (performance.now() - t0) / 1000,
        close: async () => {
          for (const s of sockets) s.destroy();
          await new Promise((r) => setTimeout(r, 200));
        },
      });
    };
    const timer = setTimeout(done, o.timeoutMs);
    const check = () => {
      if (ready + failed >= o.count) done();
    };
    const next = () => {
      if (started >= o.count || settled) return;
      started++;
      let state: 'waiting' | 'ready' | 'failed' = 'waiting';
      let head: Buffer | null = Buffer.alloc(0);
      const s = net.connect({ port: o.port, host: '127.0.0.1', noDelay: true });
      sockets.push(s);
      const fail = (why: string) => {
        if (state !== 'waiting') return;
        state = 'failed';
        failed++;
        firstError ??= why;
        head = null;
        next();
        check();
      };
      s.on('connect', () => s.write(o.request));
      s.on('data', (chunk: Buffer) => {
        if (state !== 'waiting' || head === null) return;
        head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
        if (head.length >= 12 && !head.subarray(0, 12).toString('latin1').startsWith('HTTP/1.1 200')) {
          return fail(`status line: ${head.subarray(0, 200).toString('utf8')}`);
        }
        if (head.indexOf(marker) !== -1) {
          state = 'ready';
          ready++;
          head = null;
          next();
          check();
        }
      });
      s.on('error', (e) => fail(`${e.name}: ${e.message}`));
      s.on('close', () => fail('closed before content'));
    };
    for (let i = 0; i < Math.min(o.batch, o.count); i++) next();
  });
}
