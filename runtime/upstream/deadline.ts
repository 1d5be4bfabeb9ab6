/**
 * A per-request abort flag with listeners: the subset of AbortController /
 * AbortSignal the executor and the pump use, without the EventTarget machinery.
 *
 * Measured in the request path (scripts/bench/pipeline.ts), a real
 * AbortController plus its add/removeEventListener calls cost ~10 µs per
 * request; this costs well under 1 µs. Semantics follow AbortSignal: `abort`
 * runs each listener once, in the order added; listeners added after the abort
 * are never called; `reason` is what `abort` was given. The listener list is a
 * single field while it holds one listener (./listeners.ts).
 */
import { addListener, emit0, removeListener, type Listeners } from './listeners.ts';

/** What consumers of an abort signal read (an AbortSignal satisfies it too). */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', fn: () => void, opts?: { once?: boolean }): void;
  removeEventListener(type: 'abort', fn: () => void): void;
}

export class Deadline implements AbortLike {
  aborted = false;
  reason: unknown = undefined;
  private fns: Listeners<() => void> = null;

  /** Aborts once (later calls do nothing) and runs the listeners. */
  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const fns = this.fns;
    this.fns = null;
    emit0(fns);
  }

  addEventListener(_type: 'abort', fn: () => void): void {
    if (this.aborted) return;
    this.fns = addListener(this.fns, fn);
  }

  removeEventListener(_type: 'abort', fn: () => void): void {
    this.fns = removeListener(this.fns, fn);
  }
}
