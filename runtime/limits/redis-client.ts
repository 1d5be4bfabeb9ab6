/**
 * ioredis, loaded on first use: only a gateway with a `redis://` limits store
 * (rate limits: ./redis.ts; batch owners: ../security/owners.ts) pays for it —
 * about 15 MB of RSS and a tenth of a second or more of start-up otherwise
 * spent on every gateway. Synchronous (CommonJS `require`), so the stores keep
 * their synchronous constructors.
 */
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';

let RedisClass: typeof Redis | null = null;

/** The ioredis `Redis` client class (throws ioredis's own error when the package is missing). */
export function redisClient(): typeof Redis {
  RedisClass ??= (createRequire(import.meta.url)('ioredis') as typeof import('ioredis')).Redis;
  return RedisClass;
}
