/**
 * Assembly: builds a running gateway from a RuntimeConfig (hooks for limits,
 * accounting and metrics wired in), and the `switchyard start` flow (config
 * source, embedded simulator, banner, signals).
 */
import { setSignatureKey } from './formats/gemini/signatures.ts';
import { startGateway, publicBaseUrl, type Gateway, type GatewayOptions } from './server/app.ts';
import { ConfigError, loadConfigFile, normalize, embeddedDefault, embeddedDefaultProblem, DEMO_CALLER_KEY, type RuntimeConfig } from './config/index.ts';
import { createLogger } from './observability/log.ts';
import { createObservability, type ObservabilityOptions } from './observability/index.ts';
import { WorkerPool, pinFreePorts } from './server/workers.ts';
import { assertPortsFree } from './server/listen.ts';
import { loopsToSelf, selfLoopProblems } from './config/self-loop.ts';
import { resolve as resolvePath } from 'node:path';
import type { Registry } from 'prom-client';

export interface Switchyard {
  gateway: Gateway;
  /** The Prometheus registry of this gateway (per thread). */
  metricsRegistry: Registry;
  /** Graceful stop: stop accepting, let in-flight requests finish up to the grace period. */
  close(graceMs?: number): Promise<void>;
}

export interface SwitchyardOptions extends GatewayOptions, Omit<ObservabilityOptions, 'hooks'> {
  /**
   * Produces the `/metrics` text from this gateway's registry (server.workers > 1:
   * all threads' metrics summed, runtime/server/workers.ts). Default: this registry alone.
   */
  aggregateMetrics?: (local: Registry) => Promise<string>;
}

/**
 * Starts a gateway for a config with every subsystem wired (limits, usage
 * accounting, metrics: runtime/observability/index.ts). Used by the CLI and by tests.
 * `extra.hooks` run after the built-in ones.
 */
export async function startSwitchyard(cfg: RuntimeConfig, extra: SwitchyardOptions = {}): Promise<Switchyard> {
  // Process-wide (every worker thread starts through here): the key sealing carried reasoning signatures. Read at start; a reload keeps it.
  if (cfg.server.signatureKey !== null) setSignatureKey(cfg.server.signatureKey);
  let gateway: Gateway | null = null;
  const obs = await createObservability(cfg, () => gateway?.state.cfg ?? cfg, { logger: extra.logger, usageDestination: extra.usageDestination, hooks: extra.hooks });
  try {
    const aggregate = extra.aggregateMetrics;
    // The aggregated /metrics text goes through the same route (and its metrics-key check) as a single thread's.
    const gopts = obs.gatewayOptions(extra, aggregate ? () => aggregate(obs.metrics.registry) : undefined);
    gateway = await startGateway(cfg, gopts);
  } catch (e) {
    await obs.close();
    throw e;
  }
  const gw = gateway;
  obs.watchBreakers(gw.state.reliability.breakers);
  return {
    gateway: gw,
    metricsRegistry: obs.metrics.registry,
    close: async (graceMs?: number) => {
      await gw.close(graceMs);
      await obs.close();
    },
  };
}

export interface StartOptions {
  config?: string;
  port?: number;
  host?: string;
  anthropicPort?: number;
  defaultProvider?: string;
  forceModel?: string;
}

/** Applies the `switchyard start` command-line overrides to a loaded config. */
export function applyOverrides(cfg: RuntimeConfig, o: StartOptions): RuntimeConfig {
  if (o.port !== undefined) cfg.server.port = o.port;
  if (o.host !== undefined) cfg.server.host = o.host;
  if (o.anthropicPort !== undefined) cfg.server.anthropicPort = o.anthropicPort;
  if (o.defaultProvider !== undefined) {
    if (!cfg.providers.has(o.defaultProvider)) throw new ConfigError([`--default-provider: unknown provider '${o.defaultProvider}'`]);
    cfg.server.defaultProvider = o.defaultProvider;
  }
  if (o.forceModel !== undefined) cfg.server.forceModel = o.forceModel;
  if (o.port !== undefined || o.host !== undefined || o.anthropicPort !== undefined) {
    const loops = selfLoopProblems(cfg.providers.values(), cfg.server);
    if (loops.length) throw new ConfigError(loops);
  }
  return cfg;
}

/**
 * The environment the embedded default is built from. `ANTHROPIC_BASE_URL` /
 * `OPENAI_BASE_URL` / `GOOGLE_GEMINI_BASE_URL` pointing at this very gateway
 * (set for Claude Code, Gemini CLI or an SDK in the same shell) would make the provider call itself; such a variable
 * is dropped together with the provider's API key (then most likely the
 * gateway's caller key), so that provider goes to the built-in simulator. One
 * warning per dropped variable.
 */
export function embeddedDefaultEnv(env: NodeJS.ProcessEnv, o: StartOptions): { env: NodeJS.ProcessEnv; warnings: string[] } {
  const port = o.port ?? (env.PORT ? Number(env.PORT) : 4000);
  const anthropicPort = o.anthropicPort ?? (env.ANTHROPIC_PORT ? Number(env.ANTHROPIC_PORT) : null);
  const listeners = { host: o.host ?? env.HOST ?? '127.0.0.1', port, anthropicPort };
  const out = { ...env };
  const warnings: string[] = [];
  for (const [urlVar, keyVar, provider] of [['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'anthropic'], ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'openai'], ['GOOGLE_GEMINI_BASE_URL', 'GEMINI_API_KEY', 'gemini']] as const) {
    const url = env[urlVar];
    if (!url || !env[keyVar] || !loopsToSelf(url, listeners)) continue;
    delete out[urlVar];
    delete out[keyVar];
    warnings.push(`${urlVar}=${url} points at this gateway (a client setting?): the embedded default ignores it and ${keyVar}; provider ${provider} uses the built-in simulator`);
  }
  return { env: out, warnings };
}

/** `switchyard start`: runs until SIGTERM/SIGINT. Exits 1 with a clear message on config or bind errors. */
export async function runGateway(o: StartOptions): Promise<void> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'info');
  const configPath = o.config ?? process.env.SWITCHYARD_CONFIG;
  let cfg: RuntimeConfig;
  let simulator: { url: string; close(): Promise<void> } | null = null;
  try {
    if (configPath) {
      cfg = applyOverrides(loadConfigFile(configPath), o);
    } else {
      // A base URL pointing at this gateway (a client's setting) is dropped first; what is left must be safe to serve.
      const { env, warnings } = embeddedDefaultEnv(process.env, o);
      const unsafe = embeddedDefaultProblem(env);
      if (unsafe) throw new ConfigError([unsafe]);
      const needsSim = !env.ANTHROPIC_API_KEY || !env.OPENAI_API_KEY || !env.GEMINI_API_KEY;
      if (needsSim) {
        const { startSimulator } = await import('./simulator/index.ts');
        simulator = await startSimulator({ host: '127.0.0.1', port: 0 });
      }
      cfg = applyOverrides(normalize(embeddedDefault(simulator?.url ?? 'http://127.0.0.1:1', env), env), o);
      cfg.warnings.push(...warnings);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`switchyard: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  for (const w of cfg.warnings) log.warn(w);
  let sy: Switchyard;
  // server.workers > 1: worker threads serving the same port (runtime/server/workers.ts).
  const threads = cfg.server.workers;
  let pool: WorkerPool | null = null;
  let reloadExcept: number | null = null;
  if (threads > 1 && cfg.limits.store === 'memory' && (cfg.limits.perCaller || cfg.limits.perModel.size > 0 || cfg.callers.some((c) => c.limits))) {
    log.warn(`server.workers: ${threads} with limits.store "memory": each worker thread counts rate limits and spend budgets on its own (up to ${threads}× a limit); use a redis:// store to share them`);
  }
  // Hot reload (SIGHUP, POST /admin/reload) re-reads the same file with the same CLI overrides (in every thread).
  const loadConfig = configPath
    ? () => {
        const c = applyOverrides(loadConfigFile(configPath), o);
        // `port: 0` with several threads was pinned to one free port at start-up (pinFreePorts).
        if (threads > 1 && c.server.port === 0) c.server.port = cfg.server.port;
        if (threads > 1 && c.server.anthropicPort === 0) c.server.anthropicPort = cfg.server.anthropicPort;
        pool?.broadcastReload(reloadExcept);
        return c;
      }
    : undefined;
  try {
    if (threads > 1) {
      await pinFreePorts(cfg);
      // The threads share the port(s) with SO_REUSEPORT: first make sure no other process holds them.
      await assertPortsFree(cfg.server.host, [{ port: cfg.server.port, listener: 'main' }, { port: cfg.server.anthropicPort, listener: 'anthropic' }]);
    }
    sy = await startSwitchyard(cfg, {
      sharedPort: threads > 1,
      loadConfig,
      onReload: (msg, fields) => log.info(fields, msg),
      ...(threads > 1
        ? { aggregateMetrics: (local: Registry) => (pool ? pool.gather(local) : local.metrics()), health: () => ({ worker: { index: 0, threads } }) }
        : {}),
    });
    if (threads > 1) {
      const main = sy;
      pool = await WorkerPool.start({
        threads,
        configPath: configPath ?? null,
        overrides: { ...o },
        source: cfg.source,
        server: { ...cfg.server, port: main.gateway.port, anthropicPort: main.gateway.anthropicPort },
        usageToMain: cfg.logging.usageSink === 'stdout',
        onWorkerReload: (index) => {
          reloadExcept = index;
          try {
            const r = main.gateway.reload();
            if (r.ok) log.info({ worker: index, warnings: r.warnings }, 'config reloaded (all threads)');
            else log.error({ worker: index, problems: r.problems }, 'config reload rejected on the main thread');
          } finally {
            reloadExcept = null;
          }
        },
        log,
      });
      pool.mainRegistry = main.metricsRegistry;
    }
  } catch (e) {
    console.error(`switchyard: ${(e as Error).message}`);
    process.exit(1);
  }
  printBanner(sy.gateway, cfg, configSource(o));
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) {
      // A second signal while draining: stop now.
      log.warn({ signal: sig, in_flight: sy.gateway.inFlight }, 'second signal: exiting without waiting for in-flight requests');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal: sig, in_flight: sy.gateway.inFlight }, 'shutting down: no new requests; waiting for in-flight requests');
    await Promise.all([sy.close(), pool?.close(sy.gateway.state.cfg.server.shutdownGraceMs)]);
    await simulator?.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => {
    if (stopping) return;
    const r = sy.gateway.reload();
    if (r.ok) log.info({ signal: 'SIGHUP', config: configPath, warnings: r.warnings }, 'config reloaded');
    else log.error({ signal: 'SIGHUP', config: configPath ?? null, problems: r.problems }, 'config reload rejected; the running config keeps serving');
  });
}

/** Where the config came from, for the banner: the absolute file path and what named it, or the embedded default. */
export function configSource(o: StartOptions, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): { path: string | null; text: string } {
  const file = o.config ?? env.SWITCHYARD_CONFIG;
  if (!file) return { path: null, text: 'embedded default (no --config, SWITCHYARD_CONFIG unset): providers from ANTHROPIC_API_KEY / OPENAI_API_KEY, else the built-in simulator' };
  return { path: file, text: `${resolvePath(cwd, file)} (from ${o.config ? '--config' : 'SWITCHYARD_CONFIG'})` };
}

function printBanner(gw: Gateway, cfg: RuntimeConfig, source: { path: string | null; text: string }): void {
  const configPath = source.path;
  const lines: string[] = [];
  lines.push(`Switchyard gateway listening on ${gw.url}${gw.anthropicPort !== null ? ` (Anthropic API at the root of http://${cfg.server.host}:${gw.anthropicPort})` : ''}`);
  lines.push(`config: ${source.text}`);
  if (cfg.server.workers > 1) lines.push(`threads: ${cfg.server.workers} (main + ${cfg.server.workers - 1} uWS worker threads on the same port)`);
  lines.push('providers:');
  for (const p of cfg.providers.values()) lines.push(`  ${p.name.padEnd(10)} ${p.type.padEnd(9)} ${p.simulated ? 'SIMULATED (built-in simulator, no real API calls)' : publicBaseUrl(p.baseUrl)}`);
  const aliases = [...cfg.aliases.keys()];
  lines.push(`model aliases: ${aliases.slice(0, 8).join(', ')}${aliases.length > 8 ? `, … (${aliases.length})` : ''}`);
  if (!configPath) {
    const key = process.env.SWITCHYARD_KEY || DEMO_CALLER_KEY;
    lines.push('', `caller key: ${process.env.SWITCHYARD_KEY ? '(from SWITCHYARD_KEY)' : key}`);
    lines.push('', 'try it:');
    lines.push(`  curl ${gw.url}/v1/messages -H 'x-api-key: ${process.env.SWITCHYARD_KEY ? '$SWITCHYARD_KEY' : key}' -H 'content-type: application/json' \\`);
    lines.push(`    -d '{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"Hello"}]}'`);
    lines.push('', '  // Anthropic SDK');
    lines.push(`  const client = new Anthropic({ baseURL: '${gw.url}', apiKey: '${process.env.SWITCHYARD_KEY ? '<SWITCHYARD_KEY>' : key}' });`);
    lines.push(`  const msg = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] });`);
  }
  console.log(lines.join('\n'));
}
