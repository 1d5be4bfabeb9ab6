/**
 * Caller authentication: the gateway's caller key from `x-api-key` or
 * `Authorization: Bearer` (Anthropic SDK 0.x sends the first, 1.x and the
 * OpenAI SDK the second), or from `x-switchyard-key` when the provider takes the
 * caller's own provider key (`caller_keys: passthrough`).
 *
 * Keys are compared as SHA-256 digests with `crypto.timingSafeEqual`, over
 * every configured caller (no early exit), so timing does not reveal a prefix.
 */
import { timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../errors.ts';
import { hashKey, type CallerRuntime } from '../config/index.ts';

/** The authenticated caller of one request. */
export interface Caller {
  name: string;
  models: string[];
  directProviderRouting: boolean;
  metadata: Record<string, string>;
  /** The configured entry (null for anonymous callers under auth: optional). */
  entry: CallerRuntime | null;
}

/** Request headers that carry keys (redacted wherever requests are logged). */
export const KEY_HEADERS = ['authorization', 'x-api-key', 'x-switchyard-key'] as const;

/** Extracts the key presented in `x-api-key` or `Authorization: Bearer`. */
export function presentedKey(headers: Record<string, string>): string | null {
  const x = headers['x-api-key'];
  if (x) return x.trim();
  const a = headers.authorization;
  if (a) {
    const m = /^Bearer\s+(.+)$/i.exec(a.trim());
    return m ? (m[1] as string).trim() : null;
  }
  return null;
}

const ANONYMOUS: Caller = { name: 'anonymous', models: ['*'], directProviderRouting: false, metadata: {}, entry: null };

/** Finds the caller whose key hash equals `hash` (constant time over all callers). */
export function findCaller(callers: readonly CallerRuntime[], key: string): CallerRuntime | null {
  const hash = hashKey(key);
  let found: CallerRuntime | null = null;
  for (const c of callers) {
    if (c.keyHash.length === hash.length && timingSafeEqual(c.keyHash, hash) && !found) found = c;
  }
  return found;
}

/**
 * Authenticates a request.
 * @param gatewayKeyHeader when true, the gateway key is read from `x-switchyard-key` only
 *   (the provider key headers belong to the caller's provider).
 * @throws GatewayError authentication (401) for a missing or unknown key under auth: required.
 */
export function authenticate(
  headers: Record<string, string>,
  callers: readonly CallerRuntime[],
  mode: 'required' | 'optional',
  gatewayKeyHeader = false,
): Caller {
  const key = gatewayKeyHeader ? (headers['x-switchyard-key']?.trim() || null) : (headers['x-switchyard-key']?.trim() || presentedKey(headers));
  if (!key) {
    if (mode === 'optional') return ANONYMOUS;
    throw new GatewayError('authentication', gatewayKeyHeader
      ? 'Missing gateway key: send it in the x-switchyard-key header.'
      : 'Missing caller key: send it in the x-api-key header or as Authorization: Bearer <key>.');
  }
  const c = findCaller(callers, key);
  if (!c) {
    if (mode === 'optional' && callers.length === 0) return ANONYMOUS;
    throw new GatewayError('authentication', 'Invalid caller key.');
  }
  return { name: c.name, models: c.models, directProviderRouting: c.directProviderRouting, metadata: c.metadata, entry: c };
}

const globCache = new Map<string, RegExp>();

/** Glob match with `*` (any run) and `?` (one char), anchored. */
export function globMatch(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === value;
  let re = globCache.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
    globCache.set(pattern, re);
  }
  return re.test(value);
}

/** Whether the caller may use the model alias. */
export function mayUse(caller: Caller, alias: string): boolean {
  for (const p of caller.models) if (globMatch(p, alias)) return true;
  return false;
}
