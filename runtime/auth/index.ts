/**
 * Caller authentication: the gateway's caller key from `x-api-key` or
 * `Authorization: Bearer` (Anthropic SDK 0.x sends the first, 1.x and the
 * OpenAI SDK the second), `x-goog-api-key` (`@google/genai`, Gemini CLI; a
 * `?key=` query parameter on Gemini paths is moved there by the server), or
 * from `x-switchyard-key`.
 *
 * Where the gateway key comes from (`x-switchyard-key` wins when present):
 * - `x-switchyard-key: <caller key>`: the gateway key. When some provider takes
 *   the caller's own provider key (`caller_keys: passthrough`, "BYOK" in
 *   Cloudflare's sense), the key in `x-api-key` / `Authorization: Bearer` is
 *   then that provider key: it is never compared with caller keys and goes
 *   upstream only to passthrough providers (`Caller.providerKey`).
 * - otherwise `x-api-key` / `Authorization: Bearer` is the gateway key and
 *   there is no caller provider key. Under `auth: optional` with a passthrough
 *   provider, a presented key that is no caller key is taken as the caller's
 *   provider key of an anonymous caller.
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
  /** The caller's own provider key for `caller_keys: passthrough` providers (never the gateway key); null when none. */
  providerKey: string | null;
}

/** Request headers that carry keys (redacted wherever requests are logged). */
export const KEY_HEADERS = ['authorization', 'x-api-key', 'x-goog-api-key', 'x-switchyard-key'] as const;

/** Extracts the key presented in `x-api-key`, `Authorization: Bearer` or `x-goog-api-key` (Gemini clients; `?key=` is moved there). */
export function presentedKey(headers: Record<string, string>): string | null {
  const x = headers['x-api-key'];
  if (x) return x.trim();
  const g = headers['x-goog-api-key'];
  if (g) return g.trim();
  const a = headers.authorization;
  if (a) {
    const m = /^Bearer\s+(.+)$/i.exec(a.trim());
    return m ? (m[1] as string).trim() : null;
  }
  return null;
}

const anonymous = (providerKey: string | null): Caller => ({ name: 'anonymous', models: ['*'], directProviderRouting: false, metadata: {}, entry: null, providerKey });

/**
 * SHA-256 of keys that matched a caller recently (bounded), so a known caller's
 * request skips the ~3 µs digest. Only matching keys are kept (random keys cannot
 * fill it); the comparison below still runs over every configured caller, so a
 * reload that removes a key is effective at once.
 */
const matchedKeyHashes = new Map<string, Buffer>();
const MATCHED_KEY_HASHES_MAX = 4096;

/** Finds the caller whose key hash equals `hash` (constant time over all callers). */
export function findCaller(callers: readonly CallerRuntime[], key: string): CallerRuntime | null {
  const cached = matchedKeyHashes.get(key);
  const hash = cached ?? hashKey(key);
  let found: CallerRuntime | null = null;
  for (const c of callers) {
    if (c.keyHash.length === hash.length && timingSafeEqual(c.keyHash, hash) && !found) found = c;
  }
  if (found && !cached) {
    if (matchedKeyHashes.size >= MATCHED_KEY_HASHES_MAX) matchedKeyHashes.clear();
    matchedKeyHashes.set(key, hash);
  }
  return found;
}

/**
 * Authenticates a request (rules in the module docblock).
 * @param byok true when some provider has `caller_keys: passthrough` (the caller's
 *   `x-api-key` / Bearer may then be a provider key, with the gateway key in `x-switchyard-key`)
 * @throws GatewayError authentication (401) for a missing or unknown key under auth: required,
 *   and for an unknown key under auth: optional (a wrong key is never silently anonymous).
 */
export function authenticate(
  headers: Record<string, string>,
  callers: readonly CallerRuntime[],
  mode: 'required' | 'optional',
  byok = false,
): Caller {
  const gatewayHeader = headers['x-switchyard-key']?.trim() || null;
  const presented = presentedKey(headers) || null;
  const key = gatewayHeader ?? presented;
  // The presented key is a provider key only when the gateway key came separately.
  const providerKey = byok && gatewayHeader ? presented : null;
  if (!key) {
    if (mode === 'optional') return anonymous(null);
    throw new GatewayError('authentication', byok
      ? 'Missing gateway key: send it in the x-switchyard-key header (or in x-api-key / Authorization: Bearer when you use no provider key of your own).'
      : 'Missing caller key: send it in the x-api-key header or as Authorization: Bearer <key> (Gemini API: x-goog-api-key or ?key=).');
  }
  const c = findCaller(callers, key);
  if (!c) {
    if (mode === 'optional') {
      // No gateway key, only the caller's own provider key (BYOK), or no callers configured at all.
      if (byok && !gatewayHeader) return anonymous(presented);
      if (callers.length === 0) return anonymous(providerKey);
    }
    throw new GatewayError('authentication', gatewayHeader
      ? 'Invalid gateway key in x-switchyard-key.'
      : byok
        ? 'Invalid caller key. If this is your own provider key, send the gateway key in the x-switchyard-key header.'
        : 'Invalid caller key.');
  }
  return { name: c.name, models: c.models, directProviderRouting: c.directProviderRouting, metadata: c.metadata, entry: c, providerKey };
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

/**
 * Checks that a caller who reaches a `caller_keys: passthrough` provider
 * brought a provider key of their own (and sent the gateway key separately).
 * @throws GatewayError authentication (401) naming the headers to use
 */
export function requireCallerProviderKey(providers: readonly { name: string; callerKeys: 'stored' | 'passthrough' }[], caller: Caller): void {
  if (caller.providerKey) return;
  const byok = providers.find((p) => p.callerKeys === 'passthrough');
  if (!byok) return;
  throw new GatewayError('authentication',
    `Provider '${byok.name}' takes the caller's own provider key (caller_keys: passthrough): send your provider key in x-api-key or Authorization: Bearer, and the gateway key in x-switchyard-key.`);
}
