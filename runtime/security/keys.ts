/**
 * Operator keys (admin key, metrics key): whether a request presents one, in
 * its own header or as `Authorization: Bearer`, compared as SHA-256 digests in
 * constant time (the time does not reveal a matching prefix or the length).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether `headers` present `key` in `header` (e.g. `x-admin-key`) or, without
 * that header, as `Authorization: Bearer <key>`.
 */
export function presentsKey(headers: Record<string, string>, key: string, header: string): boolean {
  const auth = headers.authorization;
  const presented = headers[header] ?? (auth && /^bearer /i.test(auth) ? auth.slice(7).trim() : undefined);
  if (!presented) return false;
  return timingSafeEqual(sha(presented), sha(key));
}
