/**
 * Header-byte validation: which caller header values the gateway can put on
 * an upstream request.
 *
 * undici (and RFC 9110 §5.5 `field-value`) accept HTAB, visible ASCII
 * (0x20–0x7E) and obs-text (0x80–0xFF); anything else (DEL 0x7F, other
 * control bytes, characters beyond Latin-1) makes undici throw before a byte
 * is sent. Such a value is the caller's fault: the gateway answers 400 in the
 * caller's format before any upstream attempt, so it can never count against
 * a circuit breaker, a provider key or the retry budget.
 */

/** Bytes outside RFC 9110 field-value (what undici's header validation rejects). */
const INVALID_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

import { PROVIDERS } from '../../generated/capabilities.ts';

/** Caller headers that can reach an upstream: every provider table's forwarded headers and `accept` (x-sim-* go to the simulator). */
const FORWARDABLE: ReadonlySet<string> = new Set(['accept', ...Object.values(PROVIDERS).flatMap((p) => [...p.forwardHeaders])]);

/** Whether a caller header may be copied onto an upstream request (runtime/upstream/index.ts `upstreamHeaders`). */
export function isForwardable(name: string): boolean {
  return FORWARDABLE.has(name) || name.startsWith('x-sim-');
}

/**
 * The name of the first forwardable header whose value could not be sent upstream, or null.
 * @param headers lower-case names → values (as copied from the request)
 */
export function invalidHeader(headers: Record<string, string>): string | null {
  for (const k in headers) {
    if (isForwardable(k) && INVALID_FIELD_VALUE.test(headers[k] as string)) return k;
  }
  return null;
}

/** The 400 message for a header that cannot be sent upstream. */
export function invalidHeaderMessage(name: string): string {
  return `Header '${name}' contains bytes that cannot be sent upstream (control characters, DEL or characters beyond Latin-1; RFC 9110 §5.5).`;
}

/** Whether an undici error says the request itself could not be encoded (a caller fault, not an upstream one). */
export function isEncodingError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_INVALID_ARG' || e instanceof TypeError;
}
