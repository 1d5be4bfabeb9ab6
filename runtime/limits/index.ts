/**
 * Admission control: rate limits per caller key and per model alias
 * (`rpm`, `tpm`, `concurrent_streams`), plugged into the pipeline as
 * `hooks.admit` (runtime/pipeline.ts).
 *
 * - Which limits apply: the caller's own `callers[].limits`, else
 *   `limits.per_caller`; plus `limits.per_model[<alias>]`. Read from the
 *   current config at each request, so a reload changes them (the store kind
 *   is fixed at start).
 * - Admission reserves an estimate of the request's tokens; the release
 *   callback settles with the usage the upstream reported (or refunds the
 *   estimate when the request failed without usage, or keeps it when the
 *   capability reports no usage — never guessing).
 * - A rejection is GatewayError('rate_limit') — 429 in the caller's format —
 *   with `retry-after` in whole seconds.
 * - Store outage: `limits.on_store_error: open` admits without limits,
 *   `closed` rejects with 429 (`retry-after: 1`); /health says which applies.
 */
import type { Logger } from 'pino';
import { GatewayError } from '../errors.ts';
import type { Caller } from '../auth/index.ts';
import type { Plan } from '../routing/index.ts';
import type { RuntimeConfig, RateLimit } from '../config/index.ts';
import type { Incoming, RequestRecord } from '../pipeline.ts';
import type { Usage } from '../usage.ts';
import { MemoryStore, type AdmitRequest, type LimitKind, type LimitSpec, type LimitStore } from './store.ts';
import { RedisStore } from './redis.ts';
import { StoreGuard } from './store-guard.ts';

export { MemoryStore, type LimitStore, type LimitSpec, type AdmitRequest, type AdmitResult, type LimitKind } from './store.ts';
export { RedisStore } from './redis.ts';

/** Hook signature (runtime/pipeline.ts PipelineHooks.admit, with the stream flag). */
export type AdmitHook = (caller: Caller, plan: Plan, req: Incoming, estimateTokens: number, stream?: boolean) => Promise<((rec: RequestRecord) => void) | void>;

export interface LimiterOptions {
  log?: Logger;
  /** Called for every rejection (metrics). `limit` is 'store_unavailable' under fail-closed. */
  onReject?(scope: 'caller' | 'model' | 'store', limit: LimitKind | 'store_unavailable'): void;
  /** Called when the store's reachability changes (metrics). */
  onStoreStatus?(up: boolean): void;
  /** Store override (tests). */
  store?: LimitStore;
}

export interface Limiter {
  admit: AdmitHook;
  /** Resolves when the store is connected or after a short wait (Redis). */
  ready(): Promise<void>;
  /** Fields for /health. */
  health(): Record<string, unknown>;
  readonly store: LimitStore;
  close(): Promise<void>;
}

/** Tokens charged against `tpm` for a finished request, given its reservation. */
export function chargedTokens(usage: Usage, status: number, estimate: number): number {
  if (usage.reported) return usage.input + usage.output + usage.cacheCreation + usage.cacheRead;
  // No usage reported: a failed request is refunded; a successful one keeps its estimate (no guessing).
  return status >= 400 || status === 0 ? 0 : estimate;
}

/** The store URL with any credentials removed (for /health and logs). */
export function describeStore(url: string): string {
  if (url === 'memory') return 'memory';
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return '(invalid URL)';
  }
}

function hasAny(l: RateLimit | null | undefined): l is RateLimit {
  return !!l && (!!l.rpm || !!l.tpm || !!l.concurrentStreams);
}

/** The limit specs that apply to a request. */
export function specsFor(cfg: RuntimeConfig, caller: Caller, plan: Plan): LimitSpec[] {
  const specs: LimitSpec[] = [];
  const cl = caller.entry?.limits ?? cfg.limits.perCaller;
  if (hasAny(cl)) specs.push({ scope: 'caller', name: caller.name, ...cl });
  const ml = cfg.limits.perModel.get(plan.aliasConfig.name);
  if (hasAny(ml)) specs.push({ scope: 'model', name: plan.aliasConfig.name, ...ml });
  return specs;
}

const LIMIT_WORDS: Record<LimitKind, string> = {
  rpm: 'requests per minute',
  tpm: 'tokens per minute',
  concurrent_streams: 'concurrent streams',
};

/**
 * Creates the limiter for a config. `getCfg` returns the current config
 * (it changes on reload); the store is chosen from the config at creation.
 */
export function createLimiter(cfg: RuntimeConfig, getCfg: () => RuntimeConfig = () => cfg, opts: LimiterOptions = {}): Limiter {
  const url = cfg.limits.store;
  // A hung store costs at most store_timeout_ms, once per OPEN_MS (./store-guard.ts); a reconnect closes the circuit.
  const guard = new StoreGuard(cfg.limits.storeTimeoutMs);
  const redis = !opts.store && /^rediss?:\/\//.test(url) ? new RedisStore(url, {
    commandTimeoutMs: cfg.limits.storeTimeoutMs,
    onStatus: (s, reason) => {
      opts.onStoreStatus?.(s === 'ok');
      if (s === 'ok') guard.reset();
      const policy = getCfg().limits.onStoreError;
      if (s === 'ok') opts.log?.info({ store: describeStore(url) }, 'rate-limit store reachable');
      else opts.log?.warn({ store: describeStore(url), reason, on_store_error: policy }, `rate-limit store unreachable: ${policy === 'open' ? 'admitting requests without limits (fail-open)' : 'rejecting limited requests (fail-closed)'}`);
    },
  }) : null;
  const store: LimitStore = opts.store ?? redis ?? new MemoryStore();
  let lastError: { at: string; reason: string } | null = null;

  const admit: AdmitHook = async (caller, plan, req, estimate, stream = false) => {
    const c = getCfg();
    const specs = specsFor(c, caller, plan);
    if (specs.length === 0) return undefined;
    const r: AdmitRequest = { id: req.id, specs, tokens: estimate, stream, leaseMs: c.timeouts.totalMs + 60_000 };
    let result;
    try {
      result = await guard.run(() => store.admit(r));
    } catch (e) {
      lastError = { at: new Date().toISOString(), reason: (e as Error).message };
      if (c.limits.onStoreError === 'open') return undefined;
      opts.onReject?.('store', 'store_unavailable');
      throw new GatewayError('rate_limit', 'Rate limits cannot be checked right now (the rate-limit store is unreachable and the gateway is configured to fail closed). Retry shortly.', {
        headers: { 'retry-after': '1' },
      });
    }
    if (!result.ok) {
      opts.onReject?.(result.scope, result.limit);
      const secs = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      const who = result.scope === 'caller' ? `caller '${result.name}'` : `model '${result.name}'`;
      throw new GatewayError('rate_limit', `Rate limit exceeded: ${who} allows ${result.value} ${LIMIT_WORDS[result.limit]}. Retry after ${secs} s.`, {
        headers: { 'retry-after': String(secs), 'x-switchyard-rate-limit': `${result.scope}:${result.limit}` },
      });
    }
    return (rec: RequestRecord) => {
      const delta = chargedTokens(rec.usage, rec.status, estimate) - estimate;
      const needsSettle = (delta !== 0 && specs.some((s) => s.tpm)) || (stream && specs.some((s) => s.concurrentStreams));
      if (!needsSettle) return;
      guard.run(() => store.settle(r, delta)).catch((e: Error) => {
        lastError = { at: new Date().toISOString(), reason: e.message };
        opts.log?.debug({ reason: e.message, request_id: rec.id }, 'rate-limit settlement failed');
      });
    };
  };

  return {
    admit,
    store,
    ready: () => redis?.ready() ?? Promise.resolve(),
    health: () => {
      const c = getCfg();
      const status = guard.open ? 'unreachable' : store.status();
      return {
        store: store.kind === 'memory' ? 'memory' : describeStore(url),
        status: status === 'ok' ? 'ok' : 'unreachable',
        on_store_error: c.limits.onStoreError,
        ...(status === 'ok' ? {} : { effect: c.limits.onStoreError === 'open' ? 'fail-open: requests are admitted without rate limits' : 'fail-closed: rate-limited requests are rejected with 429' }),
        ...(lastError ? { last_error: lastError } : {}),
      };
    },
    close: () => store.close(),
  };
}
