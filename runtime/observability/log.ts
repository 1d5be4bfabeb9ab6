/**
 * The operational logger (pino, JSON lines on stderr). Keys are redacted by
 * path wherever request headers could be logged.
 */
import pino from 'pino';

export const REDACT_PATHS = [
  'headers.authorization', 'headers["x-api-key"]', 'headers["x-switchyard-key"]',
  'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-switchyard-key"]',
  'api_key', 'api_keys', 'key', '*.api_key', '*.api_keys', '*.key',
];

/** Creates the operational logger at a level (default info), writing to stderr. */
export function createLogger(level = 'info'): pino.Logger {
  return pino({ level, base: { service: 'switchyard' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, pino.destination(2));
}
