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
import type { RedisStore } from '../limits/redis.ts';
import { createBudgets, type Budgets } from '../budgets/index.ts';
import { emptyUsage } from '../usage.ts';
import type { BreakerRegistry } from '../upstream/breaker.ts';
import { describeStore as redactUrl } from '../limits/index.ts';
import { disabledKeyList } from '../upstream/index.ts';
import { createLogger, redactHeaders } from './log.ts';
import { createUsageLog, type UsageLog } from './accounting.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { recordCost, formatUsd } from '../cost/index.ts';
import { createDashboard } from '../dashboard/index.ts';
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
  /** OTLP metric export interval in ms (tests; default env OTEL_METRIC_EXPORT_INTERVAL or 60000). */
  otlpMetricIntervalMs?: number;
}

export interface Observability {
  log: pino.Logger;
  limiter: Limiter;
  budgets: Budgets;
  usage: UsageLog;
  metrics: Metrics;
  /**
   * Gateway options (hooks, /metrics route, health fields) merged over `extra`.
   * @param render produces the `/metrics` text (server.workers > 1: every thread's metrics summed);
   *   default: this registry alone. The metrics-key check applies either way.
   */
  gatewayOptions(extra: GatewayOptions, render?: () => Promise<string>): GatewayOptions;
  /** Logs circuit-breaker state changes of a gateway's breakers (one line each). */
  watchBreakers(breakers: BreakerRegistry): void;
  close(): Promise<void>;
}

/** The record of a request refused at admission (releases what other admission steps reserved). */
function rejectedRecord(req: Incoming): RequestRecord {
  const r = req.route;
  return {
    id: req.id, caller: 'unknown', callerMetadata: {}, alias: null, provider: null, target: null, routeType: r.routeType, ingressFormat: r.ingressFormat,
    upstreamFormat: null, mode: null, stream: false, status: 429, errorType: 'rate_limit', usage: emptyUsage(), latencyMs: 0, ttftMs: null,
    attempts: 0, failovers: 0, droppedParams: [],
  };
}

/**
 * Builds limits, accounting and metrics for a gateway.
 * @param getCfg the current config (changes on reload)
 */
export async function createObservability(cfg: RuntimeConfig, getCfg: () => RuntimeConfig, o: ObservabilityOptions = {}): Promise<Observability> {
  const log = o.logger ?? createLogger(cfg.logging.level);
  // The OpenTelemetry SDK is loaded only when export is on (~14 MB of RSS and start-up time otherwise).
  const telemetry = cfg.observability.otlpEndpoint
    ? (await import('./otel.ts')).createTelemetry(cfg.observability.otlpEndpoint, { metricIntervalMs: o.otlpMetricIntervalMs })
    : null;
  if (telemetry) log.info({ otlp_endpoint: redactUrl(cfg.observability.otlpEndpoint as string) }, 'OpenTelemetry: exporting traces and metrics over OTLP/HTTP');
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
  const budgets = createBudgets(getCfg, {
    log,
    redis: limiter.store.kind === 'redis' ? (limiter.store as RedisStore) : null,
    onReject: (scope, budget) => metrics.budgetRejected(scope, budget),
  });
  const usage = createUsageLog(cfg, getCfg, o.usageDestination);
  const dashboard = cfg.server.dashboard ? createDashboard(getCfg, budgets) : null;
  const extraHooks = o.hooks;

  const hooks: PipelineHooks = {
    async admit(caller, plan, req, estimate, stream, json) {
      const settle = await limiter.admit(caller, plan, req, estimate, stream);
      let spend;
      try {
        spend = await budgets.admit(caller, plan, req, json);
      } catch (e) {
        // Rejected by a budget: give back what the rate limits reserved (tokens, stream slot).
        if (settle) settle({ ...rejectedRecord(req), status: 429 });
        throw e;
      }
      const theirs = extraHooks?.admit ? await extraHooks.admit(caller, plan, req, estimate, stream, json) : undefined;
      if (stream) metrics.streamStarted();
      else if (!settle && !spend && !theirs) return undefined; // nothing to release
      return (rec: RequestRecord) => {
        if (stream) metrics.streamEnded();
        if (settle) settle(rec);
        if (spend) spend(rec);
        if (theirs) theirs(rec);
      };
    },
    onComplete(rec: RequestRecord, req: Incoming) {
      recordCost(getCfg(), rec);
      metrics.observe(rec);
      usage.write(rec, req);
      telemetry?.record(rec, req, getCfg());
      dashboard?.record(rec);
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
    onEvent(e) {
      // One structured line per operator event (README "Operator log").
      const { event, ...fields } = e;
      if (event === 'retry') log.info({ event, ...fields }, `retrying ${e.target} (attempt ${e.attempt}): ${e.reason}`);
      else if (event === 'failover') log.warn({ event, ...fields }, `failing over from ${e.from} to ${e.to}: ${e.reason}`);
      else log.warn({ event, ...fields }, `provider key ${e.key} of ${e.provider} taken out of rotation after a ${e.status}`);
      extraHooks?.onEvent?.(e);
    },
    beforeSend(rec, headers) {
      // x-switchyard-cost-usd on complete (JSON) answers; streams send their head before usage is known.
      const cost = recordCost(getCfg(), rec);
      if (cost.priced) headers['x-switchyard-cost-usd'] = formatUsd(cost.usd);
    },
  };

  return {
    log,
    limiter,
    budgets,
    usage,
    metrics,
    gatewayOptions(extra, render = () => metrics.render()) {
      const routes = { ...(dashboard?.routes() ?? {}), ...extra.extraRoutes };
      if (cfg.observability.metrics) {
        routes['metrics'] = async (req, sink) => {
          const key = getCfg().observability.metricsKey;
          if (key !== null && !presentsKey(req.headers, key, 'x-metrics-key')) {
            sink.send(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }, JSON.stringify({ error: { type: 'authentication_error', message: 'Missing or wrong metrics key (Authorization: Bearer or x-metrics-key).' } }));
            return;
          }
          const text = await render();
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
          dashboard: dashboard ? '/dashboard' : 'off',
          ...(extra.health?.() ?? {}),
        }),
      };
    },
    watchBreakers(breakers) {
      breakers.onChange((b) => {
        const fields = { event: 'circuit_state', provider: b.provider, base_url: redactUrl(b.base_url), state: b.state };
        if (b.state === 'open') log.warn(fields, `circuit of ${b.provider} opened: requests to it fail fast until a probe succeeds`);
        else log.info(fields, `circuit of ${b.provider} ${b.state === 'closed' ? 'closed' : 'half-open (probing)'}`);
      });
    },
    async close() {
      dashboard?.close();
      await telemetry?.shutdown();
      usage.close();
      await limiter.close();
    },
  };
}
