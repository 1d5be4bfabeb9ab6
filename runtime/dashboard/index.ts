/**
 * The live dashboard (`server.dashboard: true`, off by default), served by the
 * gateway on its main listener:
 *
 *   GET /dashboard                     the page (no data in it; asks for the admin key)
 *   GET /dashboard/app.js, /dashboard/assets/uPlot.*   its script and the chart library
 *                                      (uPlot, served from node_modules; no CDN)
 *   GET /dashboard/snapshot            JSON snapshot, admin key required
 *   GET /dashboard/events              Server-Sent Events: a snapshot every second, admin key required
 *
 * Data endpoints take the admin key (`server.admin_key`) as `Authorization:
 * Bearer` or `x-admin-key`, like /admin/reload. A snapshot has: traffic and
 * errors by model alias and provider, latency and TTFT percentiles (last
 * minute), tokens and cost per caller and per alias with their budgets
 * (runtime/budgets/, read from the limits store, so shared by replicas on
 * Redis), circuit-breaker state and provider keys out of rotation (last four
 * characters only), a per-second series of the last two minutes, and the
 * capability matrix (generated/capabilities.ts). Statistics are per process
 * (per worker thread with `server.workers` > 1); budgets come from the store.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtraRoute, Gateway } from '../server/app.ts';
import type { ResponseSink } from '../server/sink.ts';
import type { RequestRecord } from '../pipeline.ts';
import type { RuntimeConfig } from '../config/index.ts';
import type { Budgets, BudgetStatus } from '../budgets/index.ts';
import { isAdmin } from '../server/admin.ts';
import { disabledKeyList } from '../upstream/index.ts';
import { PROVIDERS, PROVIDER_TYPES } from '../../generated/capabilities.ts';
import { OWN_ENDPOINTS, ROUTE_TYPES, type OwnEndpoint } from '../../generated/routes.ts';
import { DashboardStats } from './stats.ts';

export { DashboardStats } from './stats.ts';

const here = dirname(fileURLToPath(import.meta.url));
const uplotDir = dirname(createRequire(import.meta.url).resolve('uplot/dist/uPlot.iife.min.js'));

/** Static files: path → [content type, body], read once. */
function staticFiles(): Map<string, [string, Buffer]> {
  return new Map([
    ['/dashboard', ['text/html; charset=utf-8', readFileSync(join(here, 'page.html'))]],
    ['/dashboard/app.js', ['text/javascript; charset=utf-8', readFileSync(join(here, 'app.js'))]],
    ['/dashboard/assets/uPlot.iife.min.js', ['text/javascript; charset=utf-8', readFileSync(join(uplotDir, 'uPlot.iife.min.js'))]],
    ['/dashboard/assets/uPlot.min.css', ['text/css; charset=utf-8', readFileSync(join(uplotDir, 'uPlot.min.css'))]],
  ]);
}

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface Dashboard {
  /** Counts a finished request (hooks.onComplete). */
  record(rec: RequestRecord): void;
  /** The dashboard's routes for GatewayOptions.extraRoutes. */
  routes(): Partial<Record<OwnEndpoint['name'], ExtraRoute>>;
  /** Ends open event streams. */
  close(): void;
}

/** The capability matrix: per provider type and route type, whether and how it is served. */
function capabilityMatrix(): { providers: string[]; rows: { route_type: string; cells: string[] }[] } {
  const rows = ROUTE_TYPES.map((rt) => ({
    route_type: rt,
    cells: PROVIDER_TYPES.map((t) => {
      const p = PROVIDERS[t];
      const c = p.capabilities.find((x) => x.routeType === rt);
      if (!c) return 'no';
      const how = [c.nativeFormats.length ? `native ${c.nativeFormats.join(', ')}` : '', c.translatedFormats.length ? `translated from ${c.translatedFormats.join(', ')}` : ''].filter(Boolean).join('; ');
      return `${c.streaming ? 'JSON + SSE' : 'JSON'} (${how})`;
    }),
  }));
  return { providers: [...PROVIDER_TYPES], rows };
}

/** Creates the dashboard. `getCfg` returns the current config. */
export function createDashboard(getCfg: () => RuntimeConfig, budgets: Budgets): Dashboard {
  const stats = new DashboardStats();
  const files = staticFiles();
  const streams = new Set<ResponseSink>();
  let timer: NodeJS.Timeout | null = null;
  let gateway: Gateway | null = null;
  const matrix = capabilityMatrix();

  const snapshot = async (gw: Gateway): Promise<Record<string, unknown>> => {
    const cfg = getCfg();
    let budgetList: BudgetStatus[] = [];
    try {
      budgetList = await budgets.status();
    } catch {
      /* the store is down: no budget figures */
    }
    const budgetsOf = (scope: 'caller' | 'model', name: string) => budgetList.filter((b) => b.scope === scope && b.name === name)
      .map(({ budget, limit_usd, spent_usd, window, resets_at }) => ({ budget, limit_usd, spent_usd, window, resets_at }));
    const circuits = new Map(gw.state.reliability.breakers.snapshot().map((b) => [`${b.provider} ${b.base_url}`, b]));
    const aliases = new Set<string>([...cfg.aliases.keys(), ...stats.aliases.keys()]);
    const callers = new Set<string>([...cfg.callers.map((c) => c.name), ...stats.callers.keys()]);
    const zero = { requests: 0, errors: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0, unpriced: 0 };
    const all = stats.percentiles();
    return {
      time: new Date().toISOString(),
      uptime_s: Math.round((Date.now() - stats.startedAt) / 1000),
      totals: { ...stats.total, latency_ms: all.latency, ttft_ms: all.ttft },
      aliases: [...aliases].sort().map((name) => {
        const p = stats.percentiles(name);
        return { name, ...(stats.aliases.get(name) ?? zero), latency_ms: p.latency, ttft_ms: p.ttft, budgets: budgetsOf('model', name) };
      }).filter((a) => a.requests > 0 || cfg.aliases.has(a.name)),
      providers: [...cfg.providers.values()].map((p) => {
        const cb = circuits.get(`${p.name} ${p.baseUrl}`);
        return {
          name: p.name, type: p.type, ...(stats.providers.get(p.name) ?? zero),
          circuit: cb?.state ?? 'closed', opened_total: cb?.opened_total ?? 0,
          keys: p.keys.length, keys_disabled: disabledKeyList(p),
        };
      }),
      callers: [...callers].sort().map((name) => ({ name, ...(stats.callers.get(name) ?? zero), budgets: budgetsOf('caller', name) })),
      series: stats.series(),
    };
  };

  const authorized = (headers: Record<string, string>, sink: ResponseSink): boolean => {
    const key = getCfg().server.adminKey;
    if (key && isAdmin(headers, key)) return true;
    sink.send(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer', ...SECURITY_HEADERS },
      JSON.stringify({ error: { type: 'authentication_error', message: 'The dashboard data needs the admin key (server.admin_key) as Authorization: Bearer or x-admin-key.' } }));
    return false;
  };

  const tick = async () => {
    if (!gateway || streams.size === 0) return;
    let data: string;
    try {
      data = `event: snapshot\ndata: ${JSON.stringify(await snapshot(gateway))}\n\n`;
    } catch {
      return;
    }
    for (const s of streams) {
      if (!s.open) streams.delete(s);
      else s.write(data); // a slow reader only misses nothing: the next snapshot replaces this one
    }
    if (streams.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };

  // Keyed by the endpoint names of specs/route-types.ts GATEWAY_ENDPOINTS.
  const routes: Partial<Record<OwnEndpoint['name'], ExtraRoute>> = {};
  for (const [path, [type, body]] of files) {
    const name = OWN_ENDPOINTS.get(`GET ${path}`)?.name;
    if (!name) throw new Error(`dashboard: ${path} is not a gateway endpoint in specs/route-types.ts`);
    routes[name] = (_req, sink) => sink.send(200, { 'content-type': type, ...SECURITY_HEADERS }, body);
  }
  routes['dashboard-snapshot'] = async (req, sink, gw) => {
    if (!authorized(req.headers, sink)) return;
    sink.send(200, { 'content-type': 'application/json', ...SECURITY_HEADERS }, JSON.stringify({ ...(await snapshot(gw)), capabilities: matrix }));
  };
  routes['dashboard-events'] = async (req, sink, gw) => {
    if (!authorized(req.headers, sink)) return;
    gateway = gw;
    sink.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no', ...SECURITY_HEADERS });
    sink.write(`retry: 2000\nevent: snapshot\ndata: ${JSON.stringify(await snapshot(gw))}\n\n`);
    streams.add(sink);
    sink.onAbort(() => streams.delete(sink));
    timer ??= setInterval(() => void tick(), 1000);
  };

  return {
    record: (rec) => stats.record(rec, (name) => getCfg().aliases.has(name)),
    routes: () => routes,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      for (const s of streams) s.end();
      streams.clear();
    },
  };
}
