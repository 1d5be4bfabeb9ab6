/**
 * Caller key generation (`switchyard keys new`): a random key for the caller
 * and its SHA-256 for the config (`callers[].key_sha256`), so the config
 * never needs to hold the key itself.
 */
import { randomBytes, createHash } from 'node:crypto';

/** A fresh caller key: `sk-sy-` + 32 base64url characters (192 random bits), and its hex SHA-256. */
export function newCallerKey(): { key: string; key_sha256: string } {
  const key = `sk-sy-${randomBytes(24).toString('base64url')}`;
  return { key, key_sha256: createHash('sha256').update(key, 'utf8').digest('hex') };
}
