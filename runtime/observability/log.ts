/**
 * The operational logger (pino, JSON lines on stderr). Keys are redacted
 * wherever request headers could be logged: `redactHeaders` replaces the
 * values of every key-carrying header before a header object reaches a log
 * call, and pino's `redact` paths are a second line of defence.
 */
import pino from 'pino';
import { PROVIDERS } from '../../generated/capabilities.ts';

/** Headers whose values are secrets: caller keys, provider keys, cookies. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization', 'proxy-authorization', 'x-api-key', 'x-goog-api-key', 'x-switchyard-key', 'x-admin-key', 'x-metrics-key', 'api-key', 'cookie', 'set-cookie',
  // Every provider table's auth header (generated/capabilities.ts).
  ...Object.values(PROVIDERS).flatMap((p): string[] => { const a: { header: string } | null = p.auth; return a ? [a.header.toLowerCase()] : []; }),
]);

export const REDACTED = '[redacted]';

const headerPaths = (prefix: string) => [...SECRET_HEADERS].map((h) => `${prefix}["${h}"]`);

export const REDACT_PATHS = [
  ...headerPaths('headers'), ...headerPaths('req.headers'), ...headerPaths('upstream.headers'),
  'api_key', 'api_keys', 'key', '*.api_key', '*.api_keys', '*.key',
];

/** A copy of `headers` with secret header values replaced by "[redacted]" (names lower-cased). */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v === undefined) continue;
    const name = k.toLowerCase();
    out[name] = SECRET_HEADERS.has(name) ? REDACTED : Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/**
 * Creates the operational logger at a level (default info).
 * @param destination where lines go (default: stderr)
 */
export function createLogger(level = 'info', destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, base: { service: 'switchyard' }, redact: { paths: REDACT_PATHS, censor: REDACTED } }, destination ?? pino.destination(2));
}
