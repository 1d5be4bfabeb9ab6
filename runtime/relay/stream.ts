/**
 * Relay of an upstream response body to the caller with backpressure.
 *
 * Bytes are written as they arrive. When `sink.write` reports backpressure the
 * upstream body is paused and resumed from the sink's `onWritable`. A caller
 * abort destroys the upstream body (undici then closes or returns the socket).
 * An optional `map` turns each upstream chunk into caller bytes (transcoding);
 * `onChunk` observes raw chunks (usage accounting).
 */
import type { Readable } from 'node:stream';
import type { ResponseSink } from '../server/sink.ts';

export interface RelayOptions {
  /** Maps an upstream chunk to the bytes to write ('' or empty = nothing). Default: identity. */
  map?: (chunk: Buffer) => Uint8Array | string;
  /** Called once at upstream EOF; returns final bytes to write. */
  flush?: () => Uint8Array | string;
  /** Observes each raw upstream chunk. */
  onChunk?: (chunk: Buffer) => void;
  /** Called when the first caller-visible byte is written (time to first token). */
  onFirstByte?: () => void;
  /** Idle timeout between upstream chunks (ms, 0 = none). */
  idleMs?: number;
}

export type RelayOutcome = 'complete' | 'caller_aborted' | 'upstream_error' | 'idle_timeout';

/**
 * Relays `body` into `sink` until EOF, caller abort or upstream error.
 * Never throws; resolves with the outcome. Does not end the sink.
 */
export function relayBody(body: Readable, sink: ResponseSink, opts: RelayOptions = {}): Promise<RelayOutcome> {
  return new Promise((resolve) => {
    let done = false;
    let first = true;
    let idleTimer: NodeJS.Timeout | null = null;
    const finish = (o: RelayOutcome) => {
      if (done) return;
      done = true;
      if (idleTimer) clearTimeout(idleTimer);
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      if (o !== 'complete') body.destroy();
      resolve(o);
    };
    const armIdle = opts.idleMs
      ? () => {
          if (idleTimer) idleTimer.refresh();
          else idleTimer = setTimeout(() => finish('idle_timeout'), opts.idleMs);
        }
      : null;
    const write = (out: Uint8Array | string) => {
      if ((typeof out === 'string' ? out.length : out.byteLength) === 0) return;
      if (first) {
        first = false;
        opts.onFirstByte?.();
      }
      if (!sink.write(out) && sink.open) {
        body.pause();
        sink.onWritable(() => body.resume());
      }
    };
    const onData = (chunk: Buffer) => {
      if (!sink.open) return finish('caller_aborted');
      armIdle?.();
      opts.onChunk?.(chunk);
      write(opts.map ? opts.map(chunk) : chunk);
    };
    const onEnd = () => {
      if (opts.flush && sink.open) write(opts.flush());
      finish('complete');
    };
    const onError = () => finish(sink.open ? 'upstream_error' : 'caller_aborted');
    sink.onAbort(() => finish('caller_aborted'));
    armIdle?.();
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
  });
}

/** Reads a whole upstream body into one Buffer, with a size cap (bytes). */
export async function readBody(body: Readable, limit = 64 * 1024 * 1024): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of body) {
    const b = c as Buffer;
    n += b.length;
    if (n > limit) {
      body.destroy();
      throw new Error(`upstream body larger than ${limit} bytes`);
    }
    parts.push(b);
  }
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, n);
}
