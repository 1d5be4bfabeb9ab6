/**
 * The governance side of a gateway, assembled once per gateway by
 * runtime/main.ts: rate limits (runtime/limits/) as `hooks.admit`, usage
 * records, Prometheus metrics and request logging as `hooks.onComplete`, the
 * `/metrics` endpoint, and the /health fields of the limit store and usage sink.
 */
import type pino from 'pino';
import type { GatewayOptions } from '../server/app.ts';
import type { PipelineHooks, RequestRecord, Incoming } from '../pipeline.ts';
import type { RuntimeConfig } from '../config/index.ts';
import { createLimiter, type Limiter } from '../limits/index.ts';
import { disabledKeyList } from '../upstream/index.ts';
import { createLogger, redactHeaders } from './log.ts';
import { createUsageLog, type UsageLog } from './accounting.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { labelFolderFor } from '../security/labels.ts';
import { presentsKey } from '../security/keys.ts';

export { setCircuitState, type CircuitState } from './metrics.ts';

export interface ObservabilityOptions {
  /** Operational logger (default: pino on stderr at logging.level). */
  logger?: pino.Logger;
  /** Destination of usage records instead of logging.usage_sink (tests capture records this way). */
  usageDestination?: pino.DestinationStream;
  /** Hooks to run after ours (tests). */
  hooks?: PipelineHooks;
}

export interface Observability {
  log: pino.Logger;
  limiter: Limiter;
  usage: UsageLog;
  metrics: Metrics;
  /** Gateway options (hooks, /metrics route, health fields) merged over `extra`. */
  gatewayOptions(extra: GatewayOptions): GatewayOptions;
  close(): Promise<void>;
}

/**
 * Builds limits, accounting and metrics for a gateway.
 * @param getCfg the current config (changes on reload)
 */
export async function createObservability(cfg: RuntimeConfig, getCfg: () => RuntimeConfig, o: ObservabilityOptions = {}): Promise<Observability> {
  const log = o.logger ?? createLogger(cfg.logging.level);
  if (cfg.observability.otlpEndpoint) {
    log.warn('observability.otlp_endpoint is set, but OpenTelemetry trace export is not implemented in this version: ignored (use /metrics and the usage records)');
  }
  const metrics = createMetrics({
    disabledKeys: () => [...getCfg().providers.values()].map((p): [string, number] => [p.name, disabledKeyList(p).length]),
    labels: () => labelFolderFor(getCfg()),
  });
  const limiter = createLimiter(cfg, getCfg, {
    log,
    onReject: (scope, limit) => metrics.rateLimited(scope, limit),
    onStoreStatus: (up) => metrics.storeUp(up),
  });
  await limiter.ready();
  if (limiter.store.status() !== 'ok') metrics.storeUp(false);
  const usage = createUsageLog(cfg, getCfg, o.usageDestination);
  const extraHooks = o.hooks;

  const hooks: PipelineHooks = {
    async admit(caller, plan, req, estimate, stream) {
      const settle = await limiter.admit(caller, plan, req, estimate, stream);
      const theirs = await extraHooks?.admit?.(caller, plan, req, estimate, stream);
      if (stream) metrics.streamStarted();
      return (rec: RequestRecord) => {
        if (stream) metrics.streamEnded();
        if (settle) settle(rec);
        if (theirs) theirs(rec);
      };
    },
    onComplete(rec: RequestRecord, req: Incoming) {
      metrics.observe(rec);
      usage.write(rec, req);
      if (log.isLevelEnabled('debug') || rec.status >= 500) {
        const entry = {
          request_id: rec.id,
          req: { method: req.method, path: req.path, listener: req.listener, headers: redactHeaders(req.headers) },
          caller: rec.caller,
          model_alias: rec.alias,
          target: rec.target,
          status: rec.status,
          error_type: rec.errorType,
          latency_ms: Math.round(rec.latencyMs),
        };
        if (rec.status >= 500) log.warn(entry, 'request failed');
        else log.debug(entry, 'request');
      }
      extraHooks?.onComplete?.(rec, req);
    },
  };

  return {
    log,
    limiter,
    usage,
    metrics,
    gatewayOptions(extra) {
      const routes = { ...extra.extraRoutes };
      if (cfg.observability.metrics) {
        routes['metrics'] = async (req, sink) => {
          const key = getCfg().observability.metricsKey;
          if (key !== null && !presentsKey(req.headers, key, 'x-metrics-key')) {
            sink.send(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }, JSON.stringify({ error: { type: 'authentication_error', message: 'Missing or wrong metrics key (Authorization: Bearer or x-metrics-key).' } }));
            return;
          }
          const text = await metrics.render();
          sink.send(200, { 'content-type': metrics.contentType }, text);
        };
      }
      return {
        ...extra,
        hooks,
        extraRoutes: routes,
        health: () => ({
          limits: limiter.health(),
          usage_sink: usage.sink === 'stdout' || usage.sink === 'none' ? usage.sink : usage.sink === '(custom)' ? 'custom' : 'file',
          metrics: cfg.observability.metrics ? '/metrics' : 'off',
          ...(extra.health?.() ?? {}),
        }),
      };
    },
    async close() {
      usage.close();
      await limiter.close();
    },
  };
}
