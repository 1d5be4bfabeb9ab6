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
  return new Pump(body, sink, opts).run();
}

/**
 * One stream's pump state in one object (an open stream holds it for its whole
 * life): its fields instead of a closure context, and bound callbacks only for
 * what the body, the sink, the timer and the signal call back. Measured with
 * 3,000 idle streams: BENCHMARKS.md, "stream (session 3)".
 */
class Pump {
  private holding: boolean;
  private settled = false;
  private resolveFn: (r: PumpResult) => void = noop;
  private idleTimer: NodeJS.Timeout | null = null;
  private waitingWritable = false;
  private committed = false;
  private upstreamEnded = false;
  /** Holds the first chunks until content; dropped once it committed (not needed while the stream stays open). */
  private prelude: StreamPrelude | null;
  // The stream's last TAIL_BYTES relayed bytes (the terminal event may be split across chunks),
  // copied into one buffer per stream: no allocation per chunk, and no reference that could pin
  // a large socket read buffer under a long-lived (idle) stream.
  private tailBuf: Buffer | null = null;
  private tailLen = 0;
  // The options, copied (the options object itself is not kept).
  private readonly idleMs: number;
  private readonly signal: AbortLike;
  private readonly onCommit: () => void;
  private readonly map: ((chunk: Buffer) => Uint8Array | string) | null;
  private readonly flush: (() => Uint8Array | string) | null;
  private readonly drain: (() => Uint8Array | string) | null;
  private readonly onChunk: ((chunk: Buffer) => void) | null;
  private readonly terminal: ((tail: Buffer) => 'complete' | 'error_event' | 'truncated') | null;

  constructor(private readonly body: BodySource, private readonly sink: ResponseSink, opts: PumpOptions) {
    this.prelude = opts.prelude;
    this.holding = opts.prelude !== null;
    this.idleMs = opts.idleMs;
    this.signal = opts.signal;
    this.onCommit = opts.onCommit;
    this.map = opts.map ?? null;
    this.flush = opts.flush ?? null;
    this.drain = opts.drain ?? null;
    this.onChunk = opts.onChunk ?? null;
    this.terminal = opts.terminal ?? null;
  }

  run(): Promise<PumpResult> {
    return new Promise<PumpResult>((resolve) => {
      this.resolveFn = resolve;
      // A late socket error after we stopped listening must never become an uncaught 'error'.
      this.body.on('error', noop);
      this.sink.onAbort(this.onCallerAbort);
      if (this.signal.aborted) return this.finish('aborted');
      if (!this.holding) this.commit();
      this.attach();
    });
  }

  // ---- callbacks (bound once per stream)

  private readonly onData = (chunk: Buffer): void => {
    if (!this.sink.open) return this.finish('caller_aborted');
    this.armIdle();
    if (this.holding) {
      const v = (this.prelude as StreamPrelude).push(chunk);
      if (v.kind === 'hold') return;
      if (v.kind === 'error') return this.hold('error_event', { errorType: v.errorType, message: v.message });
      this.holding = false;
      this.commitHeld();
      return;
    }
    this.relayChunk(chunk);
  };

  private readonly onEnd = (): void => {
    this.upstreamEnded = true;
    if (this.settled) return;
    if (this.holding) {
      const v = (this.prelude as StreamPrelude).end();
      if (v.kind === 'error') return this.hold('error_event', { errorType: v.errorType, message: v.message });
      if (v.kind === 'hold') return this.hold('eof');
      this.holding = false;
      this.commitHeld();
    }
    if (!this.sink.open) return this.finish('caller_aborted');
    this.commit();
    if (this.drain !== null) this.write(this.drain());
    const end = this.terminal !== null ? this.terminal(this.tail()) : 'complete';
    if (end !== 'complete') return this.finish(end);
    if (this.flush !== null) this.write(this.flush());
    this.finish('complete');
  };

  private readonly onError = (err: Error): void => {
    if (!this.sink.open) return this.finish('caller_aborted');
    if (this.holding) return this.hold('upstream_error', { error: err });
    this.finish('upstream_error', err);
  };

  private readonly onIdle = (): void => {
    this.idleTimer = null;
    if (this.settled) return;
    if (this.holding) return this.hold('idle_timeout');
    this.finish('idle_timeout');
  };

  private readonly onSignal = (): void => this.finish('aborted');

  private readonly onCallerAbort = (): void => this.finish('caller_aborted');

  /** Bound at the first backpressure (most streams never see one). */
  private onWritable: (() => void) | null = null;

  private writable(): void {
    this.waitingWritable = false;
    if (this.settled) return;
    this.armIdle();
    this.body.resume();
  }

  // ---- internals

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private armIdle(): void {
    const ms = this.idleMs;
    if (!ms || this.settled) return;
    if (this.idleTimer) this.idleTimer.refresh();
    else this.idleTimer = setTimeout(this.onIdle, ms);
  }

  private attach(): void {
    const body = this.body;
    body.on('data', this.onData);
    body.on('end', this.onEnd);
    body.on('error', this.onError);
    this.signal.addEventListener('abort', this.onSignal, { once: true });
    this.armIdle();
  }

  private detach(): void {
    this.clearIdle();
    const body = this.body;
    body.off('data', this.onData);
    body.off('end', this.onEnd);
    body.off('error', this.onError);
    this.signal.removeEventListener('abort', this.onSignal);
  }

  private finish(outcome: PumpOutcome, error?: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.detach();
    if (!this.upstreamEnded) this.body.destroy();
    this.resolveFn(error ? { kind: 'finished', outcome, error } : { kind: 'finished', outcome });
  }

  private hold(reason: PumpHeld['reason'], extra: { errorType?: string; message?: string; error?: Error } = {}): void {
    if (this.settled) return;
    this.settled = true;
    this.detach();
    const body = this.body;
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
          this.settled = false;
          this.holding = false;
          this.resolveFn = res as (r: PumpResult) => void;
          if (!this.sink.open) return this.finish('caller_aborted');
          this.commitHeld();
          // 'end' may have fired while nobody listened (EOF right after the error event).
          if (reason === 'eof' || this.upstreamEnded || body.readableEnded) return this.onEnd();
          if (reason !== 'error_event') return this.finish('upstream_error', extra.error);
          this.attach();
          body.resume();
        }),
    };
    this.resolveFn(held);
  }

  private write(out: Uint8Array | string): void {
    if ((typeof out === 'string' ? out.length : out.byteLength) === 0) return;
    const sink = this.sink;
    if (!sink.write(out) && sink.open && !this.waitingWritable) {
      this.waitingWritable = true;
      this.body.pause();
      this.clearIdle();
      sink.onWritable((this.onWritable ??= () => this.writable()));
    }
  }

  private commit(): void {
    if (this.committed) return;
    this.committed = true;
    this.onCommit();
  }

  private relayChunk(chunk: Buffer): void {
    if (this.onChunk !== null) this.onChunk(chunk);
    if (this.terminal !== null && chunk.length > 0) this.keepTail(chunk);
    this.write(this.map !== null ? this.map(chunk) : chunk);
  }

  private commitHeld(): void {
    this.commit();
    const p = this.prelude;
    if (p === null) return;
    this.prelude = null; // relayed from here on without parsing: the prelude and its parser can go
    if (p.heldBytes > 0) this.relayChunk(p.take());
  }

  private keepTail(chunk: Buffer): void {
    const buf = (this.tailBuf ??= Buffer.allocUnsafeSlow(TAIL_BYTES)); // its own memory, not a slice of the shared pool
    const n = chunk.length;
    if (n >= TAIL_BYTES) {
      chunk.copy(buf, 0, n - TAIL_BYTES);
      this.tailLen = TAIL_BYTES;
      return;
    }
    let len = this.tailLen;
    const over = len + n - TAIL_BYTES;
    if (over > 0) {
      buf.copyWithin(0, over, len); // drop the oldest bytes
      len -= over;
    }
    chunk.copy(buf, len);
    this.tailLen = len + n;
  }

  private tail(): Buffer {
    return this.tailBuf ? this.tailBuf.subarray(0, this.tailLen) : Buffer.alloc(0);
  }
}
