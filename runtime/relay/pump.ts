/**
 * The stream pump: relays one streamed upstream body to the caller, in two
 * phases.
 *
 * 1. Hold (optional): chunks go into a {@link StreamPrelude} until the first
 *    content event. If the upstream fails before that (error event, EOF,
 *    connection error, idle timeout), the pump pauses and resolves `held`, and
 *    the executor decides: `discard()` (fail over to the next target; nothing
 *    was written) or `resume()` (last attempt: deliver what the upstream said).
 * 2. Relay: held bytes then every later chunk are written as they arrive
 *    (through `map` when transcoding), with backpressure: when the sink reports
 *    a full socket the upstream body is paused and resumed from `onWritable`.
 *
 * Timers: the idle timer measures the gap between upstream chunks and is
 * suspended while the caller's socket is full (a slow caller is not an idle
 * upstream). `signal` (total deadline) ends the pump at any time. A caller
 * abort destroys the upstream body, which makes undici close the socket.
 * Never throws; does not end the sink.
 */
import type { BodySource } from '../upstream/body.ts';
import type { AbortLike } from '../upstream/deadline.ts';
import type { ResponseSink } from '../server/sink.ts';
import type { StreamPrelude } from '../upstream/prelude.ts';

export type PumpOutcome = 'complete' | 'truncated' | 'error_event' | 'caller_aborted' | 'upstream_error' | 'idle_timeout' | 'aborted';

export interface PumpOptions {
  /** Holds the first chunks until content; null commits at once. */
  prelude: StreamPrelude | null;
  /** Largest gap between upstream chunks (ms, 0 = none). */
  idleMs: number;
  /** Aborts the pump (total deadline); outcome `aborted`. */
  signal: AbortLike;
  /** Called once right before the first caller-visible write of upstream bytes. */
  onCommit: () => void;
  /** Maps upstream bytes to caller bytes (transcoding). Default identity. */
  map?: (chunk: Buffer) => Uint8Array | string;
  /** At upstream EOF after commit: final caller bytes (transcoder flush). */
  flush?: () => Uint8Array | string;
  /**
   * At any upstream EOF after commit, before the end is classified: caller
   * bytes `map` still holds (runtime/relay/error-scrub.ts holds an unfinished error event).
   */
  drain?: () => Uint8Array | string;
  /** Observes every raw upstream chunk that is relayed (usage accounting). */
  onChunk?: (chunk: Buffer) => void;
  /**
   * At a clean upstream EOF after commit: classifies the stream's last bytes (up
   * to {@link TAIL_BYTES} of the relayed upstream bytes): `complete`
   * (terminal event seen), `error_event` (the stream ended with an upstream error
   * event, already relayed) or `truncated` (neither: the upstream stopped early).
   * Anything but `complete` skips `flush` and becomes the outcome. Costs a copy
   * of at most TAIL_BYTES per chunk into one per-stream buffer; the search runs once, at EOF.
   */
  terminal?: (tail: Buffer) => 'complete' | 'error_event' | 'truncated';
}

/** How many of a stream's last bytes `terminal` gets to see. */
export const TAIL_BYTES = 256;

export interface PumpFinished {
  kind: 'finished';
  outcome: PumpOutcome;
  /** The upstream error, when the outcome is upstream_error. */
  error?: Error;
}

/** The upstream failed before any content reached the caller. */
export interface PumpHeld {
  kind: 'held';
  reason: 'error_event' | 'eof' | 'upstream_error' | 'idle_timeout';
  /** For error_event: the upstream's error type and message. */
  errorType?: string;
  message?: string;
  error?: Error;
  /** Delivers the held bytes and relays the rest (only for error_event and eof). */
  resume(): Promise<PumpFinished>;
  /** Drops the held bytes and releases the upstream connection. */
  discard(): void;
}

export type PumpResult = PumpFinished | PumpHeld;

const noop = () => {};

/** Runs the pump over `body`. */
export function pump(body: BodySource, sink: ResponseSink, opts: PumpOptions): Promise<PumpResult> {
  let holding = opts.prelude !== null;
  let settled = false;
  let resolveFn: (r: PumpResult) => void = () => {};
  let idleTimer: NodeJS.Timeout | null = null;
  let waitingWritable = false;
  let committed = false;
  let firstResolve = true;
  let upstreamEnded = false;
  // The stream's last TAIL_BYTES relayed bytes (the terminal event may be split across chunks),
  // copied into one buffer per stream: no allocation per chunk, and no reference that could pin
  // a large socket read buffer under a long-lived (idle) stream.
  let tailBuf: Buffer | null = null;
  let tailLen = 0;

  const clearIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const armIdle = () => {
    if (!opts.idleMs || settled) return;
    if (idleTimer) idleTimer.refresh();
    else idleTimer = setTimeout(onIdle, opts.idleMs);
  };
  const detach = () => {
    clearIdle();
    body.off('data', onData);
    body.off('end', onEnd);
    body.off('error', onError);
    opts.signal.removeEventListener('abort', onSignal);
  };
  const finish = (outcome: PumpOutcome, error?: Error) => {
    if (settled) return;
    settled = true;
    detach();
    if (!upstreamEnded) body.destroy();
    resolveFn(error ? { kind: 'finished', outcome, error } : { kind: 'finished', outcome });
  };
  const hold = (reason: PumpHeld['reason'], extra: { errorType?: string; message?: string; error?: Error } = {}) => {
    if (settled) return;
    settled = true;
    detach();
    if (reason === 'error_event') body.pause();
    else body.destroy();
    const held: PumpHeld = {
      kind: 'held',
      reason,
      ...extra,
      discard: () => {
        body.destroy();
      },
      resume: () =>
        new Promise<PumpFinished>((res) => {
          settled = false;
          holding = false;
          resolveFn = res as (r: PumpResult) => void;
          if (!sink.open) return finish('caller_aborted');
          commitHeld();
          // 'end' may have fired while nobody listened (EOF right after the error event).
          if (reason === 'eof' || upstreamEnded || body.readableEnded) return onEnd();
          if (reason !== 'error_event') return finish('upstream_error', extra.error);
          attach();
          body.resume();
        }),
    };
    resolveFn(held);
  };
  const write = (out: Uint8Array | string) => {
    if ((typeof out === 'string' ? out.length : out.byteLength) === 0) return;
    if (!sink.write(out) && sink.open && !waitingWritable) {
      waitingWritable = true;
      body.pause();
      clearIdle();
      sink.onWritable(() => {
        waitingWritable = false;
        if (settled) return;
        armIdle();
        body.resume();
      });
    }
  };
  const commit = () => {
    if (committed) return;
    committed = true;
    opts.onCommit();
  };
  const relayChunk = (chunk: Buffer) => {
    opts.onChunk?.(chunk);
    if (opts.terminal && chunk.length > 0) keepTail(chunk);
    write(opts.map ? opts.map(chunk) : chunk);
  };
  const commitHeld = () => {
    commit();
    const p = opts.prelude;
    if (p && p.heldBytes > 0) relayChunk(p.take());
  };
  const onData = (chunk: Buffer) => {
    if (!sink.open) return finish('caller_aborted');
    armIdle();
    if (holding) {
      const v = (opts.prelude as StreamPrelude).push(chunk);
      if (v.kind === 'hold') return;
      if (v.kind === 'error') return hold('error_event', { errorType: v.errorType, message: v.message });
      holding = false;
      commitHeld();
      return;
    }
    relayChunk(chunk);
  };
  const onEnd = () => {
    upstreamEnded = true;
    if (settled) return;
    if (holding) {
      const v = (opts.prelude as StreamPrelude).end();
      if (v.kind === 'error') return hold('error_event', { errorType: v.errorType, message: v.message });
      if (v.kind === 'hold') return hold('eof');
      holding = false;
      commitHeld();
    }
    if (!sink.open) return finish('caller_aborted');
    commit();
    if (opts.drain) write(opts.drain());
    const end = opts.terminal ? opts.terminal(tail()) : 'complete';
    if (end !== 'complete') return finish(end);
    if (opts.flush) write(opts.flush());
    finish('complete');
  };
  const keepTail = (chunk: Buffer) => {
    const buf = (tailBuf ??= Buffer.allocUnsafeSlow(TAIL_BYTES)); // its own memory, not a slice of the shared pool
    const n = chunk.length;
    if (n >= TAIL_BYTES) {
      chunk.copy(buf, 0, n - TAIL_BYTES);
      tailLen = TAIL_BYTES;
      return;
    }
    const over = tailLen + n - TAIL_BYTES;
    if (over > 0) {
      buf.copyWithin(0, over, tailLen); // drop the oldest bytes
      tailLen -= over;
    }
    chunk.copy(buf, tailLen);
    tailLen += n;
  };
  const tail = (): Buffer => (tailBuf ? tailBuf.subarray(0, tailLen) : Buffer.alloc(0));
  const onError = (err: Error) => {
    if (!sink.open) return finish('caller_aborted');
    if (holding) return hold('upstream_error', { error: err });
    finish('upstream_error', err);
  };
  const onIdle = () => {
    idleTimer = null;
    if (settled) return;
    if (holding) return hold('idle_timeout');
    finish('idle_timeout');
  };
  const onSignal = () => finish('aborted');
  const attach = () => {
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
    opts.signal.addEventListener('abort', onSignal, { once: true });
    armIdle();
  };

  return new Promise<PumpResult>((resolve) => {
    resolveFn = resolve;
    if (firstResolve) {
      firstResolve = false;
      // A late socket error after we stopped listening must never become an uncaught 'error'.
      body.on('error', noop);
      sink.onAbort(() => finish('caller_aborted'));
    }
    if (opts.signal.aborted) return finish('aborted');
    if (!holding) commit();
    attach();
  });
}
