/**
 * Prometheus metrics (prom-client), served at `GET /metrics` on the main
 * listener. Each gateway has its own Registry (tests run several gateways in
 * one process). Names and labels are documented in the README ("Metrics").
 *
 * Upstream circuit state is fed by the reliability layer through
 * `setCircuitState(upstream, state)` (process-wide, like the breakers it
 * mirrors) and read by every registry at scrape time.
 */
import type { LabelFolder } from '../security/labels.ts';
import { Registry, Counter, Gauge, collectDefaultMetrics } from 'prom-client';
import { FastCounter, FastHistogram } from './fast-metrics.ts';
import type { RequestRecord } from '../pipeline.ts';

export type CircuitState = 'closed' | 'half_open' | 'open';
const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** Process-wide upstream circuit states (written by the breakers, read at scrape). */
const circuits = new Map<string, CircuitState>();

/**
 * Records an upstream's circuit-breaker state for `switchyard_upstream_circuit_state`
 * (0 closed, 1 half-open, 2 open). `upstream` is the provider entry name.
 */
export function setCircuitState(upstream: string, state: CircuitState): void {
  circuits.set(upstream, state);
}

/** Forgets an upstream (after a reload removed it). */
export function clearCircuitState(upstream?: string): void {
  if (upstream === undefined) circuits.clear();
  else circuits.delete(upstream);
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
const TOKEN_KINDS = [['input', 'input'], ['output', 'output'], ['cache_creation', 'cacheCreation'], ['cache_read', 'cacheRead']] as const;

export interface MetricsOptions {
  /** Add prom-client's default process metrics (prefixed `switchyard_`: switchyard_process_…, switchyard_nodejs_…). Default true. */
  processMetrics?: boolean;
  /** Provider keys out of rotation per provider (for `switchyard_provider_keys_disabled`). */
  disabledKeys?: () => Iterable<[string, number]>;
  /** Folds request-derived label values into configured names (runtime/security/labels.ts); default: none. */
  labels?: () => LabelFolder;
}

export interface Metrics {
  readonly registry: Registry;
  readonly contentType: string;
  /** Records a finished request (requests, latency, TTFT, tokens, cost — `rec.cost` must be set, runtime/cost `recordCost`). */
  observe(rec: RequestRecord): void;
  streamStarted(): void;
  streamEnded(): void;
  rateLimited(scope: string, limit: string): void;
  /** Counts a request rejected by a spend budget. */
  budgetRejected(scope: string, budget: string): void;
  storeUp(up: boolean): void;
  /** The exposition text. */
  render(): Promise<string>;
}

/** The folded label values of a record and the keys naming its label sets (values joined with \u0001). */
interface LabelKeys {
  /** What they were built from: the record's raw values and the label folder. */
  routeType: string;
  ingressFormat: string;
  rawProvider: string | null;
  rawTarget: string | null;
  rawCaller: string;
  status: number;
  stream: boolean;
  folder: LabelFolder | null;
  provider: string;
  target: string;
  caller: string;
  /** route type, provider, target (latency). */
  rt: string;
  /** + stream flag (time to first token). */
  ttft: string;
  /** + ingress format, caller, status (requests). */
  requests: string;
  /** kind, provider, target, caller per TOKEN_KINDS entry. */
  tokens: string[];
  /** provider, target, caller (cost). */
  cost: string;
}

let lastKeys: LabelKeys | null = null;

/**
 * The label values and keys of `rec`: built once and reused while requests
 * keep the same labels (the usual case under load), so that the cells are
 * found with keys whose hashes V8 has cached, without string building per request.
 */
function labelKeys(rec: RequestRecord, f: LabelFolder | null): LabelKeys {
  const k = lastKeys;
  if (k !== null && k.folder === f && k.status === rec.status && k.stream === rec.stream && k.routeType === rec.routeType && k.ingressFormat === rec.ingressFormat
    && k.rawProvider === rec.provider && k.rawTarget === rec.target && k.rawCaller === rec.caller) return k;
  const provider = f ? f.provider(rec.provider ?? 'none') : rec.provider ?? 'none';
  const target = f ? f.target(rec.target ?? 'none') : rec.target ?? 'none';
  const caller = f ? f.caller(rec.caller) : rec.caller;
  const pt = provider + '\u0001' + target;
  const rt = rec.routeType + '\u0001' + pt;
  return (lastKeys = {
    routeType: rec.routeType, ingressFormat: rec.ingressFormat, rawProvider: rec.provider, rawTarget: rec.target, rawCaller: rec.caller, status: rec.status, stream: rec.stream, folder: f,
    provider, target, caller, rt,
    ttft: rt + (rec.stream ? '\u0001t' : '\u0001f'),
    requests: rt + '\u0001' + rec.ingressFormat + '\u0001' + caller + '\u0001' + rec.status,
    tokens: TOKEN_KINDS.map(([kind]) => kind + '\u0001' + pt + '\u0001' + caller),
    cost: pt + '\u0001' + caller,
  });
}

/** Creates a registry with the gateway's metrics. */
export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'switchyard_' });
  // The per-request metrics take the cheap path of ./fast-metrics.ts (one Map lookup per observation).
  const requests = new FastCounter({
    name: 'switchyard_requests_total',
    help: 'Finished requests by route type, ingress format, provider, target, caller and HTTP status.',
    labelNames: ['route_type', 'ingress_format', 'provider', 'target', 'caller', 'status'] as const,
    registers: [registry],
  });
  const latency = new FastHistogram({
    name: 'switchyard_request_duration_seconds',
    help: 'Request latency from arrival to the last byte, by route type, provider and target.',
    labelNames: ['route_type', 'provider', 'target'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const ttft = new FastHistogram({
    name: 'switchyard_time_to_first_token_seconds',
    help: 'Time from arrival to the first upstream response byte relayed to the caller, by route type, provider, target and stream.',
    labelNames: ['route_type', 'provider', 'target', 'stream'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const tokens = new FastCounter({
    name: 'switchyard_tokens_total',
    help: 'Tokens reported by upstreams, by kind (input, output, cache_creation, cache_read), provider, target and caller.',
    labelNames: ['kind', 'provider', 'target', 'caller'] as const,
    registers: [registry],
  });
  const unreported = new Counter({
    name: 'switchyard_usage_unreported_total',
    help: 'Requests whose upstream reported no token usage (not counted in switchyard_tokens_total).',
    labelNames: ['route_type', 'provider'] as const,
    registers: [registry],
  });
  const costTotal = new FastCounter({
    name: 'switchyard_cost_usd_total',
    help: 'Cost in USD of priced requests (catalog or providers.NAME.pricing prices), by provider, target and caller.',
    labelNames: ['provider', 'target', 'caller'] as const,
    registers: [registry],
  });
  const unpriced = new Counter({
    name: 'switchyard_requests_unpriced_total',
    help: 'Requests that reached an upstream but have no cost (no usage reported, or no price for the model or a token category).',
    labelNames: ['provider', 'target'] as const,
    registers: [registry],
  });
  const budgetRejections = new Counter({
    name: 'switchyard_budget_rejections_total',
    help: 'Requests rejected by a spend budget, by scope (caller, model) and budget (usd_per_day, usd_per_month).',
    labelNames: ['scope', 'budget'] as const,
    registers: [registry],
  });
  const active = new Gauge({ name: 'switchyard_active_streams', help: 'Streaming requests in flight.', registers: [registry] });
  const rejections = new Counter({
    name: 'switchyard_rate_limit_rejections_total',
    help: 'Requests rejected by rate limits, by scope (caller, model, store) and limit (rpm, tpm, concurrent_streams, store_unavailable).',
    labelNames: ['scope', 'limit'] as const,
    registers: [registry],
  });
  const storeUp = new Gauge({ name: 'switchyard_rate_limit_store_up', help: '1 when the rate-limit store is reachable, 0 when not.', registers: [registry] });
  storeUp.set(1);
  new Gauge({
    name: 'switchyard_upstream_circuit_state',
    help: 'Circuit-breaker state per upstream: 0 closed, 1 half-open, 2 open.',
    labelNames: ['upstream'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [u, s] of circuits) this.set({ upstream: u }, CIRCUIT_VALUE[s]);
    },
  });
  if (opts.disabledKeys) {
    const src = opts.disabledKeys;
    new Gauge({
      name: 'switchyard_provider_keys_disabled',
      help: 'Provider keys taken out of rotation after a 401/403, per provider.',
      labelNames: ['provider'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [p, n] of src()) this.set({ provider: p }, n);
      },
    });
  }

  return {
    registry,
    contentType: registry.contentType,
    observe(rec) {
      const k = labelKeys(rec, opts.labels?.() ?? null);
      const { provider, target, caller } = k;
      requests.add(k.requests, { route_type: rec.routeType, ingress_format: rec.ingressFormat, provider, target, caller, status: String(rec.status) });
      latency.add(k.rt, { route_type: rec.routeType, provider, target }, rec.latencyMs / 1000);
      if (rec.ttftMs !== null) ttft.add(k.ttft, { route_type: rec.routeType, provider, target, stream: String(rec.stream) }, rec.ttftMs / 1000);
      if (rec.usage.reported) {
        for (let i = 0; i < TOKEN_KINDS.length; i++) {
          const [kind, field] = TOKEN_KINDS[i] as (typeof TOKEN_KINDS)[number];
          const n = rec.usage[field];
          if (n > 0) tokens.add(k.tokens[i] as string, { kind, provider, target, caller }, n);
        }
      } else if (rec.provider) {
        unreported.inc({ route_type: rec.routeType, provider });
      }
      if (rec.cost?.priced) {
        if (rec.cost.usd > 0) costTotal.add(k.cost, { provider, target, caller }, rec.cost.usd);
      } else if (rec.provider) {
        unpriced.inc({ provider, target });
      }
    },
    budgetRejected: (scope, budget) => budgetRejections.inc({ scope, budget }),
    streamStarted: () => active.inc(),
    streamEnded: () => active.dec(),
    rateLimited: (scope, limit) => rejections.inc({ scope, limit }),
    storeUp: (up) => storeUp.set(up ? 1 : 0),
    render: () => registry.metrics(),
  };
}
