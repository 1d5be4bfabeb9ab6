/**
 * The response store of the Responses API: stored responses by id, each with
 * its owner (the caller key that created it), its own input items and the
 * conversation it continues, for `GET|DELETE /v1/responses/{id}`,
 * `GET /v1/responses/{id}/input_items` and `previous_response_id`.
 *
 * Backends (config `responses.store`):
 * - `memory` (default): this process's memory, bounded by `responses.max_entries`
 *   entries and `responses.max_bytes` bytes of JSON (oldest forgotten first),
 *   each entry expiring after `responses.ttl_s`. Worker threads of one process
 *   (`server.workers > 1`) share it: every write is broadcast to the other
 *   threads (node:worker_threads `BroadcastChannel`), as runtime/security/owners.ts does.
 * - `redis://…` / `rediss://…`: one Redis key per response
 *   (`sy:{sy}:resp:<id>`, JSON, `EX ttl_s`), shared by every replica; Redis's
 *   own memory policy bounds it. Redis failures are thrown as a 503 (the
 *   caller retries); a response that could not be stored is reported to the
 *   operator, not to the caller (it already has its answer).
 * An entry larger than `responses.max_bytes` is never stored.
 */
import { BroadcastChannel } from 'node:worker_threads';
import { GatewayError } from '../errors.ts';
import { redisClient } from '../limits/redis-client.ts';

type Json = Record<string, unknown>;

/** One stored response. */
export interface StoredResponse {
  /** Owner id (runtime/security/owners.ts `ownerOf`) of the caller that created it. */
  owner: string;
  /** The Response object as the caller got it (final state). */
  response: Json;
  /** This request's own input items, with ids (`input_items`). */
  input: Json[];
  /** Items before this turn's input (the rebuilt conversation it continued); [] for a first turn. */
  history: Json[];
  /**
   * The response came from a native Responses upstream (passthrough): that
   * upstream keeps the conversation, so a `previous_response_id` naming it is
   * passed through rather than rebuilt.
   */
  native: boolean;
  /** Epoch milliseconds when stored. */
  createdAt: number;
}

export interface ResponseStore {
  /**
   * Stores (or replaces) an entry. Returns false when it is larger than the size bound (not stored).
   * `responseJson`: `JSON.stringify(entry.response)` when the caller already has it (it is spliced
   * in, the stored text is the same).
   */
  put(id: string, entry: StoredResponse, responseJson?: string): Promise<boolean>;
  /** The entry, or null when unknown or expired. @throws GatewayError 503 when the backend is unreachable */
  get(id: string): Promise<StoredResponse | null>;
  /** Forgets an entry; true when it existed. */
  delete(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Options of {@link createResponseStore} (config `responses`). */
export interface ResponseStoreOptions {
  store: string;
  ttlS: number;
  maxEntries: number;
  maxBytes: number;
}

interface MemEntry {
  json: string;
  expiresAt: number;
}

/** Memory backend state shared by every store of this thread (a reload keeps stored responses). */
const memory = new Map<string, MemEntry>();
let memoryBytes = 0;
let channel: BroadcastChannel | null = null;

function memSet(id: string, e: MemEntry | null, maxEntries: number, maxBytes: number): void {
  const old = memory.get(id);
  if (old) {
    memoryBytes -= old.json.length;
    memory.delete(id);
  }
  if (!e) return;
  memory.set(id, e);
  memoryBytes += e.json.length;
  while (memory.size > maxEntries || memoryBytes > maxBytes) {
    const oldest = memory.keys().next().value;
    if (oldest === undefined) break;
    memoryBytes -= (memory.get(oldest) as MemEntry).json.length;
    memory.delete(oldest);
  }
}

/** The process-wide channel between worker threads (never keeps the process alive). */
function shared(bounds: { maxEntries: number; maxBytes: number }): BroadcastChannel {
  if (!channel) {
    channel = new BroadcastChannel('switchyard:responses');
    channel.onmessage = (ev) => {
      const d = (ev as { data?: unknown }).data as { id?: unknown; json?: unknown; exp?: unknown } | undefined;
      if (!d || typeof d.id !== 'string') return;
      memSet(d.id, typeof d.json === 'string' && typeof d.exp === 'number' ? { json: d.json, expiresAt: d.exp } : null, bounds.maxEntries, bounds.maxBytes);
    };
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

/** `JSON.stringify(e)`, with `responseJson` (= `JSON.stringify(e.response)`) spliced in when given. */
export function entryJson(e: StoredResponse, responseJson?: string): string {
  if (responseJson === undefined) return JSON.stringify(e);
  // The key order of StoredResponse objects as runtime/responses/index.ts builds them.
  return '{"owner":' + JSON.stringify(e.owner) + ',"response":' + responseJson + ',"input":' + JSON.stringify(e.input)
    + ',"history":' + JSON.stringify(e.history) + ',"native":' + JSON.stringify(e.native) + ',"createdAt":' + JSON.stringify(e.createdAt) + '}';
}

function unavailable(e: unknown): GatewayError {
  return new GatewayError('unavailable', `The response store is unreachable (${e instanceof Error ? e.message : String(e)}); retry shortly.`, { headers: { 'retry-after': '1' } });
}

/** Creates the store named by `opts.store` (`memory` or a Redis URL). */
export function createResponseStore(opts: ResponseStoreOptions): ResponseStore {
  if (/^rediss?:\/\//.test(opts.store)) return redisStore(opts);
  const bounds = { maxEntries: opts.maxEntries, maxBytes: opts.maxBytes };
  // Join the channel now: a thread hears the others' writes only once it listens.
  try {
    shared(bounds);
  } catch { /* no channel: this thread's memory only */ }
  const publish = (id: string, e: MemEntry | null) => {
    try {
      shared(bounds).postMessage(e ? { id, json: e.json, exp: e.expiresAt } : { id });
    } catch { /* closed channel: this thread still knows */ }
  };
  return {
    async put(id, entry, responseJson) {
      const json = entryJson(entry, responseJson);
      if (json.length > opts.maxBytes) return false;
      const e = { json, expiresAt: Date.now() + opts.ttlS * 1000 };
      memSet(id, e, opts.maxEntries, opts.maxBytes);
      publish(id, e);
      return true;
    },
    async get(id) {
      const e = memory.get(id);
      if (!e) return null;
      if (e.expiresAt <= Date.now()) {
        memSet(id, null, opts.maxEntries, opts.maxBytes);
        return null;
      }
      return JSON.parse(e.json) as StoredResponse;
    },
    async delete(id) {
      const had = memory.has(id);
      memSet(id, null, opts.maxEntries, opts.maxBytes);
      publish(id, null);
      return had;
    },
    async close() { /* memory outlives a reload */ },
  };
}

function redisStore(opts: ResponseStoreOptions): ResponseStore {
  const redis = new (redisClient())(opts.store, { enableOfflineQueue: true, maxRetriesPerRequest: 1, commandTimeout: 2000, connectTimeout: 2000, lazyConnect: false, retryStrategy: (n) => Math.min(100 * n, 2000) });
  redis.on('error', () => undefined); // reported per call
  const key = (id: string) => `sy:{sy}:resp:${id}`;
  return {
    async put(id, entry, responseJson) {
      const json = entryJson(entry, responseJson);
      if (Buffer.byteLength(json) > opts.maxBytes) return false;
      try {
        await redis.set(key(id), json, 'EX', opts.ttlS);
      } catch (e) {
        throw unavailable(e);
      }
      return true;
    },
    async get(id) {
      let v: string | null;
      try {
        v = await redis.get(key(id));
      } catch (e) {
        throw unavailable(e);
      }
      return v === null ? null : (JSON.parse(v) as StoredResponse);
    },
    async delete(id) {
      try {
        return (await redis.del(key(id))) > 0;
      } catch (e) {
        throw unavailable(e);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** Forgets every response held in this thread's memory (tests). */
export function forgetStoredResponses(): void {
  memory.clear();
  memoryBytes = 0;
}
