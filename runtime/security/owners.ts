/**
 * Ownership of the objects callers create through the gateway (Message
 * Batches now; stored responses when the Responses API lands): object id →
 * owner (the caller that created it). Only the owner, or an admin, may list,
 * read, cancel or delete an object (runtime/batches/).
 *
 * Where owners are recorded:
 * - always in this process's memory (bounded, oldest forgotten first), and
 *   broadcast to the other worker threads of the process (node:worker_threads
 *   `BroadcastChannel`), so `server.workers > 1` agrees;
 * - with `limits.store: redis://…` also in that Redis (`sy:{sy}:own:<kind>:<id>`,
 *   kept 30 days: Anthropic deletes batch results after 29), so the owner is
 *   known after a restart and on every replica.
 * An id without a recorded owner belongs to nobody: only an admin reaches it.
 */
import { BroadcastChannel } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { redisClient } from '../limits/redis-client.ts';

/** How long an owner is kept in Redis (seconds). */
const TTL_S = 30 * 24 * 3600;
/** Owners kept in memory per process (oldest forgotten first). */
const MAX_MEMORY = 100_000;

/** The owner id of a caller: its configured name, or for an anonymous caller with its own provider key a digest of that key. */
export function ownerOf(caller: { name: string; entry: unknown; providerKey: string | null }): string {
  if (caller.entry || !caller.providerKey) return `caller:${caller.name}`;
  return `anonymous:${createHash('sha256').update(caller.providerKey).digest('hex').slice(0, 32)}`;
}

export interface OwnerStore {
  /** Records the owner of a new object (memory at once, Redis when configured; a Redis failure is reported, not thrown). */
  record(kind: string, id: string, owner: string): Promise<void>;
  /** The owner of an object, or null when none is recorded (Redis consulted when memory does not know it). */
  owner(kind: string, id: string): Promise<string | null>;
  /** Forgets an object (deleted). */
  forget(kind: string, id: string): Promise<void>;
  close(): Promise<void>;
}

const memory = new Map<string, string>();
let channel: BroadcastChannel | null = null;

function remember(k: string, owner: string | null): void {
  memory.delete(k);
  if (owner === null) return;
  memory.set(k, owner);
  if (memory.size > MAX_MEMORY) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
}

/** The process-wide channel between worker threads (created on first use, never keeps the process alive). */
function shared(): BroadcastChannel {
  if (!channel) {
    channel = new BroadcastChannel('switchyard:owners');
    channel.onmessage = (ev) => {
      const d = (ev as { data?: unknown }).data as { k?: unknown; o?: unknown } | undefined;
      if (d && typeof d.k === 'string' && (typeof d.o === 'string' || d.o === null)) remember(d.k, d.o);
    };
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

/**
 * Creates the owner store for a limits store URL (`memory` or `redis://…`).
 * @param timeoutMs longest wait for one Redis call (limits.store_timeout_ms)
 * @param onError told about a Redis failure (logging); the memory record still holds
 */
export function createOwnerStore(storeUrl: string, timeoutMs = 100, onError?: (e: Error) => void): OwnerStore {
  const redis = /^rediss?:\/\//.test(storeUrl)
    ? new (redisClient())(storeUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: Math.max(timeoutMs, 250), connectTimeout: 2000, retryStrategy: (n) => Math.min(100 * n, 2000) })
    : null;
  redis?.on('error', () => undefined); // reported per call through onError
  // Listen to the other threads from now on, not from this thread's first own record: a thread that
  // has created nothing yet must still learn the owners the others record (server.workers > 1).
  shared();
  const key = (kind: string, id: string) => `${kind}:${id}`;
  const rkey = (kind: string, id: string) => `sy:{sy}:own:${kind}:${id}`;
  const publish = (k: string, o: string | null) => {
    try {
      shared().postMessage({ k, o });
    } catch { /* closed channel: this thread still knows */ }
  };
  return {
    async record(kind, id, owner) {
      const k = key(kind, id);
      remember(k, owner);
      publish(k, owner);
      if (redis) await redis.set(rkey(kind, id), owner, 'EX', TTL_S).catch((e: Error) => onError?.(e));
    },
    async owner(kind, id) {
      const k = key(kind, id);
      const m = memory.get(k);
      if (m !== undefined) return m;
      if (!redis) return null;
      try {
        const v = await redis.get(rkey(kind, id));
        if (v !== null) remember(k, v);
        return v;
      } catch (e) {
        onError?.(e as Error);
        return null;
      }
    },
    async forget(kind, id) {
      const k = key(kind, id);
      remember(k, null);
      publish(k, null);
      if (redis) await redis.del(rkey(kind, id)).catch((e: Error) => onError?.(e));
    },
    async close() {
      redis?.disconnect();
    },
  };
}

/** Forgets every owner held in this process's memory (tests). */
export function forgetOwners(): void {
  memory.clear();
}
