/**
 * Retry decisions: which upstream answers may be tried again (on the same or
 * another target), and how long to wait first.
 *
 * Rules follow the official SDKs' retry logic (wire-formats.md §1.4, Anthropic
 * `_base_client.py` / openai-node `core.ts`):
 * - `x-should-retry: true|false` from the upstream decides first;
 * - otherwise 408, 409, 429, 500, 502, 503, 504 and 529 are retryable;
 * - the delay comes from `retry-after-ms`, then `retry-after` (seconds or an
 *   HTTP date), else exponential backoff with jitter.
 * A 4xx that is the caller's fault (400, 404, 405, 413, 422) is never retried,
 * whatever the upstream says.
 */
import type { RetryPolicy } from '../config/index.ts';

/** Status codes after which the request may be tried again (next target, or the same after backoff). */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 409, 429, 500, 502, 503, 504, 529]);

/** Statuses that mean the request itself is wrong: retrying or failing over cannot help. */
export const CALLER_FAULT_STATUS: ReadonlySet<number> = new Set([400, 404, 405, 413, 422]);

type HeaderBag = Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Whether an upstream HTTP error status may be retried or failed over.
 * @param status upstream status (>= 400)
 * @param headers upstream response headers (lower-case names)
 */
export function isRetryable(status: number, headers: HeaderBag): boolean {
  if (CALLER_FAULT_STATUS.has(status)) return false;
  const should = header(headers, 'x-should-retry');
  if (should === 'false') return false;
  if (should === 'true') return status >= 400;
  return RETRYABLE_STATUS.has(status);
}

/** Whether an upstream answer counts as a failure of the upstream itself (circuit breaker). */
export function isUpstreamFailureStatus(status: number): boolean {
  return status >= 500 || status === 408;
}

/**
 * The delay the upstream asked for, in ms: `retry-after-ms`, else
 * `retry-after` as seconds or an HTTP date. Null when absent or unparseable.
 * @param now clock (ms since epoch) for HTTP dates
 */
export function retryAfterMs(headers: HeaderBag, now: number = Date.now()): number | null {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== undefined && ms.trim() !== '') {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  const ra = header(headers, 'retry-after');
  if (ra === undefined || ra.trim() === '') return null;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return secs >= 0 ? secs * 1000 : null;
  const date = Date.parse(ra);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with jitter ("equal jitter": half fixed, half random).
 * @param retry 1 for the first retry of an upstream, 2 for the second, ...
 * @param rand random source in [0, 1)
 * @returns delay in ms, at most `policy.maxDelayMs`
 */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, rand: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exp / 2 + rand() * (exp / 2));
}

/** Network error codes that mean "the upstream could not be reached / dropped us": always retryable. */
export function isTimeoutCode(code: string): boolean {
  return code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT';
}
