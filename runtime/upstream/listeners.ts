/**
 * Listener lists of an open stream's event sources (UpstreamBody, DecodedBody,
 * Deadline, ResponseSink), kept small: most have one listener, some two.
 *
 * A {@link Listeners} value is `null` (none), the function itself (one), or a
 * frozen-by-convention array of exact length (two or more). Adding or removing
 * builds a new value (copy on write), so an emit iterates the value it read
 * without copying it — the same semantics as copying the list at each emit
 * (a listener added during an emit is not called by it; one removed during an
 * emit still is). Why not a plain pushed-to array: V8 grows an array's backing
 * store to 17 slots at its first push (~150 bytes), and an emit over a list
 * that can change while it runs has to copy it; measured with 3,000 idle
 * streams (BENCHMARKS.md, "stream (session 3)").
 */

/** None, one listener, or several (an array that is never mutated). */
export type Listeners<F> = F | readonly F[] | null;

/** `list` with `fn` appended. */
export function addListener<F extends (...a: never[]) => unknown>(list: Listeners<F>, fn: F): Listeners<F> {
  if (list === null) return fn;
  if (typeof list === 'function') return [list as F, fn];
  const arr = list as readonly F[];
  const out = new Array<F>(arr.length + 1);
  for (let i = 0; i < arr.length; i++) out[i] = arr[i] as F;
  out[arr.length] = fn;
  return out;
}

/** `list` without the last occurrence of `fn` (unchanged when absent). */
export function removeListener<F extends (...a: never[]) => unknown>(list: Listeners<F>, fn: F): Listeners<F> {
  if (list === null) return null;
  if (typeof list === 'function') return list === fn ? null : list;
  const arr = list as readonly F[];
  const i = arr.lastIndexOf(fn);
  if (i === -1) return list;
  if (arr.length === 2) return arr[1 - i] as F;
  const out = new Array<F>(arr.length - 1);
  for (let j = 0, k = 0; j < arr.length; j++) if (j !== i) out[k++] = arr[j] as F;
  return out;
}

/** Number of listeners in `list`. */
export function listenerCount<F>(list: Listeners<F>): number {
  return list === null ? 0 : typeof list === 'function' ? 1 : (list as readonly F[]).length;
}

/** Calls every listener of `list` with `arg`, in the order added. */
export function emit1<A>(list: Listeners<(a: A) => void>, arg: A): void {
  if (list === null) return;
  if (typeof list === 'function') {
    list(arg);
    return;
  }
  for (const fn of list as readonly ((a: A) => void)[]) fn(arg);
}

/** Calls every listener of `list` (no argument), in the order added. */
export function emit0(list: Listeners<() => void>): void {
  if (list === null) return;
  if (typeof list === 'function') {
    list();
    return;
  }
  for (const fn of list as readonly (() => void)[]) fn();
}
