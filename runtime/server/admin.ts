/**
 * Hot reload: `POST /admin/reload` (guarded by `server.admin_key`) and SIGHUP
 * (runtime/main.ts) both end here.
 *
 * The new config is read from the gateway's config source (the file given to
 * `switchyard start`), validated whole (schema + cross references, as at
 * start-up) and swapped in atomically with `Gateway.swapConfig`: requests in
 * flight keep the state they started with (config, upstream agent); new
 * requests see the new one. A config that does not validate is rejected with
 * its problems and the running config keeps serving.
 *
 * Listener settings (host, port, anthropic_port, workers) cannot change
 * without a restart: the running values are kept and a warning says so.
 * Circuit-breaker state and disabled provider keys survive a reload.
 */
import { presentsKey } from '../security/keys.ts';
import { ConfigError, type RuntimeConfig } from '../config/index.ts';
import type { ResponseSink } from './sink.ts';
import { enableProviderKeys } from '../upstream/index.ts';
import { redactUrls } from '../security/urls.ts';

/** Outcome of one reload. */
export type ReloadResult =
  | { ok: true; warnings: string[] }
  | { ok: false; problems: string[] };

/** The part of a gateway reload needs. */
export interface Reloadable {
  state: { cfg: RuntimeConfig };
  swapConfig(cfg: RuntimeConfig): void;
}

/**
 * Loads, validates and swaps in a new config.
 * @param load reads and validates the new config; throws ConfigError with the problems
 */
export function reloadGateway(gw: Reloadable, load: () => RuntimeConfig): ReloadResult {
  let next: RuntimeConfig;
  try {
    next = load();
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [(e as Error).message] };
  }
  const cur = gw.state.cfg;
  const warnings = [...next.warnings];
  const fixed = ['host', 'port', 'anthropicPort', 'workers'] as const;
  const names: Record<(typeof fixed)[number], string> = { host: 'server.host', port: 'server.port', anthropicPort: 'server.anthropic_port', workers: 'server.workers' };
  for (const k of fixed) {
    if (next.server[k] !== cur.server[k]) {
      warnings.push(`${names[k]} changed; it takes effect after a restart (still ${String(cur.server[k])})`);
      (next.server as Record<string, unknown>)[k] = cur.server[k];
    }
  }
  gw.swapConfig(next);
  return { ok: true, warnings };
}

/** Whether the request presents the admin key (`x-admin-key`, or `Authorization: Bearer`), compared in constant time. */
export function isAdmin(headers: Record<string, string>, adminKey: string): boolean {
  return presentsKey(headers, adminKey, 'x-admin-key');
}

const JSON_CT = { 'content-type': 'application/json' };

function adminError(sink: ResponseSink, status: number, type: string, message: string, extra: Record<string, unknown> = {}): void {
  sink.send(status, JSON_CT, JSON.stringify({ error: { type, message, ...extra } }));
}

/**
 * `POST /admin/reload`. Answers 404 when admin endpoints are disabled (no
 * server.admin_key), 401 without the admin key, 400 with `error.problems` for
 * an invalid config (the old one keeps serving), 200 `{status:"reloaded", warnings}`.
 */
export function handleReload(gw: Reloadable, load: (() => RuntimeConfig) | undefined, headers: Record<string, string>, sink: ResponseSink, log?: (msg: string, fields: Record<string, unknown>) => void): void {
  const adminKey = gw.state.cfg.server.adminKey;
  if (!adminKey) return adminError(sink, 404, 'not_found_error', 'Admin endpoints are disabled: set server.admin_key to enable them.');
  if (!isAdmin(headers, adminKey)) return adminError(sink, 401, 'authentication_error', 'Missing or wrong admin key (x-admin-key or Authorization: Bearer).');
  if (!load) return adminError(sink, 400, 'invalid_request_error', 'This gateway has no config file to reload from (started with the embedded default).');
  const r = reloadGateway(gw, load);
  if (!r.ok) {
    // A problem may quote a value (a URL with credentials): redacted before it reaches the response or the log.
    const problems = r.problems.map(redactUrls);
    log?.('config reload rejected; the running config keeps serving', { problems });
    return adminError(sink, 400, 'invalid_config', `invalid config: ${problems.join('; ')}`, { problems });
  }
  log?.('config reloaded', { warnings: r.warnings });
  sink.send(200, JSON_CT, JSON.stringify({ status: 'reloaded', warnings: r.warnings }));
}

/**
 * `POST /admin/keys/enable[?provider=NAME]`: puts provider keys taken out of
 * rotation (after a 401/403) back at once, for every provider or the named one.
 * Same guard as reload (404 without server.admin_key, 401 without the admin key);
 * 404 for an unknown provider; 200 `{status:"enabled", enabled:{provider: count}}`.
 */
export function handleEnableKeys(gw: Reloadable, headers: Record<string, string>, query: string, sink: ResponseSink, log?: (msg: string, fields: Record<string, unknown>) => void): void {
  const cfg = gw.state.cfg;
  const adminKey = cfg.server.adminKey;
  if (!adminKey) return adminError(sink, 404, 'not_found_error', 'Admin endpoints are disabled: set server.admin_key to enable them.');
  if (!isAdmin(headers, adminKey)) return adminError(sink, 401, 'authentication_error', 'Missing or wrong admin key (x-admin-key or Authorization: Bearer).');
  const named = new URLSearchParams(query).get('provider');
  if (named !== null && !cfg.providers.has(named)) return adminError(sink, 404, 'not_found_error', `Unknown provider '${named.slice(0, 80)}'.`);
  const enabled: Record<string, number> = {};
  for (const p of cfg.providers.values()) if (named === null || p.name === named) enabled[p.name] = enableProviderKeys(p);
  log?.('provider keys put back into rotation', { enabled });
  sink.send(200, JSON_CT, JSON.stringify({ status: 'enabled', enabled }));
}
