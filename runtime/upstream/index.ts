/**
 * Upstream HTTP: one undici Agent (a keep-alive Pool per upstream origin),
 * provider auth and version headers built from the capability table, and the
 * request call with abort and timeouts.
 *
 * Source for headers: generated/capabilities.ts (auth scheme, version header
 * and default, forwarded headers), itself from specs/providers/.
 */
import { Agent, type Dispatcher } from 'undici';
import type { ProviderRuntime, TimeoutPolicy } from '../config/index.ts';
import { dispatchUpstream, type DispatchRequest, type UpstreamAbort, type UpstreamResponse } from './body.ts';

/** Creates the shared dispatcher. Connect timeout in ms. */
export function createAgent(timeouts: TimeoutPolicy): Agent {
  return new Agent({
    // No cap per origin: every concurrent stream holds one HTTP/1.1 connection to its
    // upstream, and a cap would queue streams beyond it until first_byte_ms (a cap of 1024
    // stalled the 10,000-idle-streams benchmark). The open-file limit is the real bound.
    connections: null,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 600_000,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.firstByteMs,
    bodyTimeout: timeouts.idleMs,
  });
}

/** Response headers copied from the upstream to the caller (lower case). */
const RELAYED_RESPONSE_HEADERS = new Set([
  'content-type',
  'request-id',
  'x-request-id',
  'retry-after',
  'retry-after-ms',
  'x-should-retry',
  'openai-processing-ms',
  'openai-version',
]);
/** Prefixes of relayed rate-limit headers. */
const RELAYED_PREFIXES = ['anthropic-ratelimit-', 'x-ratelimit-'];

/** Picks the upstream response headers that the caller should see. */
export function relayedHeaders(upstream: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in upstream) {
    const v = upstream[k];
    if (v === undefined) continue;
    if (RELAYED_RESPONSE_HEADERS.has(k) || relayedPrefix(k)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Whether `name` starts with one of RELAYED_PREFIXES (a loop: no closure per header). */
function relayedPrefix(name: string): boolean {
  for (let i = 0; i < RELAYED_PREFIXES.length; i++) if (name.startsWith(RELAYED_PREFIXES[i] as string)) return true;
  return false;
}

/*
 * Provider key rotation. The state (round-robin cursor, keys out of rotation) is
 * `p.keyState`: created with the config, adopted by the gateway's Reliability
 * state (./reliability.ts), so it is per gateway and survives a reload.
 */

/** Longest time a failing key waits between probes (ms). */
const MAX_PROBE_MS = 3_600_000;

/**
 * Puts keys whose probe time has come back into rotation: the next request
 * using such a key is its probe (a 401/403 takes it out again, with a doubled wait).
 */
function readmitProbedKeys(st: ProviderRuntime['keyState'], now: number): void {
  for (const [k, pr] of st.probes) {
    if (pr.at <= now && st.disabled.has(k)) st.disabled.delete(k);
  }
}

/** Next provider key in rotation, or null when none is usable. */
export function nextProviderKey(p: ProviderRuntime): string | null {
  const n = p.keys.length;
  if (n === 0) return null;
  const st = p.keyState;
  if (st.disabled.size) readmitProbedKeys(st, Date.now());
  const start = st.cursor % n;
  for (let i = 0; i < n; i++) {
    const k = p.keys[(start + i) % n] as string;
    if (!st.disabled.has(k)) {
      st.cursor = (start + i + 1) % n;
      return k;
    }
  }
  return null;
}

/**
 * Takes a key out of rotation (after a 401/403 from the upstream). The last
 * usable key of a provider is never taken out (the provider keeps answering
 * with its own error instead of the gateway sending no credential). The key
 * is probed again after `probeMs` (doubling per failed probe, at most 1 h),
 * or put back at once by `POST /admin/keys/enable` (`enableProviderKeys`).
 * @param probeMs wait before the first probe (config circuit_breaker.key_probe_ms)
 * @returns true when the key was taken out and another key is usable
 */
export function disableProviderKey(p: ProviderRuntime, key: string, probeMs = 60_000): boolean {
  if (!p.keys.includes(key)) return false;
  const st = p.keyState;
  if (st.disabled.has(key)) return usableKeyCount(p) > 0;
  if (usableKeyCount(p) <= 1) return false;
  st.disabled.add(key);
  const strikes = (st.probes.get(key)?.strikes ?? 0) + 1;
  st.probes.set(key, { at: Date.now() + Math.min(MAX_PROBE_MS, probeMs * 2 ** (strikes - 1)), strikes });
  return true;
}

/** Puts every disabled key of `p` back into rotation (admin action); returns how many came back. */
export function enableProviderKeys(p: ProviderRuntime): number {
  const n = p.keyState.disabled.size;
  p.keyState.disabled.clear();
  p.keyState.probes.clear();
  return n;
}

/**
 * Whether a 401/403 from `p` could have been caused by a header the caller
 * chose to forward (e.g. a bogus `OpenAI-Organization` / `OpenAI-Project`, an
 * `anthropic-beta` the account lacks): then the stored key is not blamed and
 * stays in rotation. `user-agent` and the version header cannot cause one.
 */
export function callerMayCauseAuthError(p: ProviderRuntime, callerHeaders: Record<string, string>): boolean {
  const t = p.headerTemplate;
  for (const name of t.forward) {
    if (name === 'user-agent' || name === 'x-stainless-helper-method' || name === t.version?.name) continue;
    if (callerHeaders[name] !== undefined) return true;
  }
  return false;
}

/** Keys of a provider still in rotation. */
export function usableKeyCount(p: ProviderRuntime): number {
  const d = p.keyState.disabled;
  if (d.size === 0) return p.keys.length;
  let n = 0;
  for (const k of p.keys) if (!d.has(k)) n++;
  return n;
}

/** A key shown in /health: never the secret itself, only its last 4 characters. */
export function maskKey(key: string): string {
  return `…${key.slice(-4)}`;
}

/** Keys taken out of rotation for a provider, masked, in config order (for /health). */
export function disabledKeyList(p: ProviderRuntime): string[] {
  const d = p.keyState.disabled;
  return d.size ? p.keys.filter((k) => d.has(k)).map(maskKey) : [];
}

/** When each disabled key of `p` is probed next (masked id → ISO time), for /health. */
export function disabledKeyProbes(p: ProviderRuntime): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of p.keys) {
    const pr = p.keyState.probes.get(k);
    if (pr && p.keyState.disabled.has(k)) out[maskKey(k)] = new Date(pr.at).toISOString();
  }
  return out;
}

/**
 * Builds upstream request headers from the provider's header template
 * (`p.headerTemplate`, built at config load).
 * @param callerHeaders the caller's request headers (lower case)
 * @param key the provider key to send (null: none)
 * @param overrides headers forced by a transcoder (e.g. anthropic-version pin)
 */
export function upstreamHeaders(
  p: ProviderRuntime,
  callerHeaders: Record<string, string>,
  key: string | null,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const t = p.headerTemplate;
  const h: Record<string, string> = { 'content-type': 'application/json', accept: callerHeaders.accept ?? 'application/json' };
  for (const name of t.forward) {
    const v = callerHeaders[name];
    if (v !== undefined) h[name] = v;
  }
  if (t.version && !h[t.version.name]) h[t.version.name] = t.version.value;
  if (key && t.authHeader !== null) h[t.authHeader] = t.authPrefix + key;
  if (p.simulated) {
    // Simulator controls (x-sim-fixture, x-sim-fault, ...) reach simulated providers only.
    for (const k in callerHeaders) if (k.startsWith('x-sim-')) h[k] = callerHeaders[k] as string;
  }
  const fixed = t.fixed;
  for (const k in fixed) h[k] = fixed[k] as string;
  for (const k in overrides) h[k] = overrides[k] as string;
  return h;
}

/**
 * Splits a base URL into origin, path prefix and query once per provider. The
 * query of a base URL (`https://host/v1?api-version=…`) is sent on every upstream
 * request, before the request's own query; userinfo is refused at config load.
 */
const originCache = new Map<string, { origin: string; prefix: string; query: string }>();
export function splitBaseUrl(baseUrl: string): { origin: string; prefix: string; query: string } {
  let o = originCache.get(baseUrl);
  if (!o) {
    const u = new URL(baseUrl);
    o = { origin: u.origin, prefix: u.pathname.replace(/\/+$/, ''), query: u.search.slice(1) };
    originCache.set(baseUrl, o);
  }
  return o;
}

export interface UpstreamCall {
  provider: ProviderRuntime;
  method: 'GET' | 'POST' | 'DELETE';
  /** Capability upstream path (appended to the base URL path). */
  path: string;
  query?: string;
  headers: Record<string, string>;
  body: Buffer | string | null;
  /** Time until response headers (ms); default: the agent's (timeouts.first_byte_ms). */
  headersTimeout?: number;
  /** Largest gap between body chunks enforced by undici (ms, 0 = none); default: the agent's. */
  bodyTimeout?: number;
}

/**
 * Sends the request over undici's dispatcher API (runtime/upstream/body.ts: no
 * Readable stream, no AbortSignal, no AsyncResource per call); resolves when
 * response headers arrive. Rejects on connection errors, timeouts or abort.
 * Abort through the handle passed to `onAbortHandle` (synchronously).
 */
export function requestUpstream(agent: Dispatcher, c: UpstreamCall, onAbortHandle?: (h: UpstreamAbort) => void): Promise<UpstreamResponse> {
  const { origin, prefix, query: baseQuery } = splitBaseUrl(c.provider.baseUrl);
  const q = baseQuery && c.query ? `${baseQuery}&${c.query}` : baseQuery || c.query;
  const r: DispatchRequest = { origin, path: prefix + c.path + (q ? `?${q}` : ''), method: c.method, headers: c.headers, body: c.body };
  if (c.headersTimeout !== undefined) r.headersTimeout = c.headersTimeout;
  if (c.bodyTimeout !== undefined) r.bodyTimeout = c.bodyTimeout;
  return dispatchUpstream(agent, r, onAbortHandle);
}
