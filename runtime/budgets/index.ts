/**
 * Spend budgets: `usd_per_day` and `usd_per_month` on a caller
 * (`callers[].limits`, else `limits.per_caller`) and on a model alias
 * (`limits.per_model.<alias>`), enforced before the upstream call and shared
 * by replicas through the rate-limit store (memory, or the same Redis).
 *
 * - Windows are UTC calendar days and months (each replica's clock decides
 *   which window a request falls in).
 * - Reservation: before the upstream call the request's maximum possible cost
 *   is reserved in every window that applies — prompt tokens (request bytes /
 *   4) at the dearest input-side price of the target plus the requested output
 *   (`max_tokens` / `max_completion_tokens`, else the alias's
 *   `max_tokens_default`, else the catalog's max output, else 4096) at the
 *   output price, the most expensive target of the plan (failover may use
 *   any). A request is admitted only when it fits: spent + reserved + its
 *   reservation ≤ budget, so concurrent streams see each other's reservations.
 * - Settlement: at the end the window gets (real cost − reservation); a failed
 *   request without usage is refunded; a successful one without usage keeps
 *   its reservation (never guessed lower). The overrun of a budget is thus
 *   bounded by the requests whose real cost exceeded their reservation (a
 *   prompt estimate below the real count).
 * - A target without a price cannot be budgeted: such a request by a
 *   budgeted caller or to a budgeted alias is refused (403) naming the model
 *   and `providers.NAME.pricing`. Token counting is free and reserves nothing.
 * - Rejection: 429 in the caller's format naming the budget, what is spent,
 *   the request's maximum cost and when the window resets (`retry-after`,
 *   `x-switchyard-budget: caller:usd_per_day`). One warn log line per
 *   exhausted budget window and process ("budget exhausted").
 * - Store outage or timeout (`limits.store_timeout_ms`): `limits.on_store_error`
 *   applies, as for rate limits. A timed-out reservation may still have been
 *   charged (the command runs on Redis after the client gave up), so the
 *   request is settled by its id all the same: fail-open, its real cost
 *   replaces whatever the store holds for it; fail-closed, what it holds is
 *   released (runtime/budgets/store.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { GatewayError } from '../errors.ts';
import type { Caller } from '../auth/index.ts';
import type { Plan } from '../routing/index.ts';
import type { RuntimeConfig, RateLimit } from '../config/index.ts';
import type { Incoming, RequestRecord } from '../pipeline.ts';
import { requestedOutputTokens } from '../routing/catalog.ts';
import { priceAt, maxCostOf, recordCost, formatUsd } from '../cost/index.ts';
import { MemoryBudgetStore, RedisBudgetStore, type BudgetStore, type BudgetWindow } from './store.ts';
import type { RedisStore } from '../limits/redis.ts';

export { MemoryBudgetStore, RedisBudgetStore, type BudgetStore, type BudgetWindow } from './store.ts';

/** Output tokens assumed for a reservation when neither the request nor the catalog bounds them. */
export const DEFAULT_RESERVED_OUTPUT = 4096;

/** The UTC day and month windows of `now`. */
export function windowsAt(now: number): { day: string; dayEnds: number; month: string; monthEnds: number } {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = d.toISOString();
  return { day: iso.slice(0, 10), dayEnds: Date.UTC(y, m, d.getUTCDate() + 1), month: iso.slice(0, 7), monthEnds: Date.UTC(y, m + 1, 1) };
}

/** The budget windows that apply to a subject's limits at `now`. */
function windowsOf(scope: 'caller' | 'model', name: string, l: RateLimit | null | undefined, now: number): BudgetWindow[] {
  if (!l || (!l.usdPerDay && !l.usdPerMonth)) return [];
  const w = windowsAt(now);
  const out: BudgetWindow[] = [];
  if (l.usdPerDay) out.push({ scope, name, budget: 'usd_per_day', limit: l.usdPerDay, window: w.day, resetsAt: w.dayEnds });
  if (l.usdPerMonth) out.push({ scope, name, budget: 'usd_per_month', limit: l.usdPerMonth, window: w.month, resetsAt: w.monthEnds });
  return out;
}

/** The budget windows of a request: its caller's and its model alias's. */
export function budgetWindows(cfg: RuntimeConfig, caller: Caller, plan: Plan, now = Date.now()): BudgetWindow[] {
  return [
    ...windowsOf('caller', caller.name, caller.entry?.limits ?? cfg.limits.perCaller, now),
    ...windowsOf('model', plan.aliasConfig.name, cfg.limits.perModel.get(plan.aliasConfig.name), now),
  ];
}

/**
 * The request's maximum possible cost over the plan's targets (USD), or the
 * first target that has no price.
 */
export function reservationUsd(plan: Plan, body: Buffer, json: Record<string, unknown>): { usd: number } | { unpriced: string } {
  const prompt = Math.ceil(body.length / 4);
  const asked = requestedOutputTokens(json);
  let usd = 0;
  for (const a of plan.attempts) {
    const price = priceAt(a.provider, a.target.model);
    if (!price) return { unpriced: `${a.provider.name}/${a.target.model}` };
    const output = a.capability.routeType === 'llm/v1/embeddings'
      ? 0
      : asked || (plan.aliasConfig.maxTokensDefault ?? a.target.modelInfo?.maxOutputTokens ?? DEFAULT_RESERVED_OUTPUT);
    usd = Math.max(usd, maxCostOf(price, prompt, output));
  }
  return { usd };
}

const BUDGET_WORDS = { usd_per_day: 'per day (UTC)', usd_per_month: 'per month (UTC)' } as const;
const usd = (v: number) => `$${formatUsd(Math.round(v * 1e6) / 1e6)}`;

export interface BudgetsOptions {
  log?: Logger;
  /** The rate-limit Redis store, when `limits.store` is redis:// (budgets share it). */
  redis?: RedisStore | null;
  /** Store override (tests). */
  store?: BudgetStore;
  /** Called for every rejection (metrics). */
  onReject?(scope: 'caller' | 'model', budget: BudgetWindow['budget']): void;
  now?: () => number;
}

/** One budget's state for /health and the dashboard. */
export interface BudgetStatus {
  scope: 'caller' | 'model';
  name: string;
  budget: BudgetWindow['budget'];
  limit_usd: number;
  spent_usd: number;
  window: string;
  resets_at: string;
}

export interface Budgets {
  /** Reserves the request's maximum cost; returns the settlement callback (undefined when no budget applies). Throws GatewayError. */
  admit(caller: Caller, plan: Plan, req: Incoming, json: Record<string, unknown>): Promise<((rec: RequestRecord) => void) | undefined>;
  /** Every configured budget with what its current window has spent or reserved. */
  status(): Promise<BudgetStatus[]>;
}

/** Creates the budget enforcer for a gateway. `getCfg` returns the current config (reloads change budgets). */
export function createBudgets(getCfg: () => RuntimeConfig, opts: BudgetsOptions = {}): Budgets {
  const store: BudgetStore = opts.store ?? (opts.redis ? new RedisBudgetStore(opts.redis) : new MemoryBudgetStore());
  const now = opts.now ?? Date.now;
  const exhaustedLogged = new Set<string>();
  // Reservation ids: request ids are unique per process only, and replicas share the store.
  const idPrefix = `${randomBytes(9).toString('base64url')}:`;

  return {
    async admit(caller, plan, req, json) {
      const c = getCfg();
      const t = now();
      const windows = budgetWindows(c, caller, plan, t);
      if (windows.length === 0) return undefined;
      let reserved = 0;
      if (req.route.routeType !== 'llm/v1/count_tokens') {
        const r = reservationUsd(plan, req.body, json);
        if ('unpriced' in r) {
          const w = windows[0] as BudgetWindow;
          throw new GatewayError('permission',
            `${w.scope === 'caller' ? `Caller '${w.name}'` : `Model alias '${w.name}'`} has a spend budget (${w.budget}), and target ${r.unpriced} has no price, so its cost cannot be budgeted. `
            + 'An operator can price it with providers.NAME.pricing.');
        }
        reserved = r.usd;
      }
      const id = idPrefix + req.id;
      const settle = (realUsd: number, requestId: string) => {
        store.settle(windows, id, realUsd).catch((e: Error) => opts.log?.debug({ reason: e.message, request_id: requestId }, 'budget settlement failed'));
      };
      /** The real cost to charge for a finished request (a successful one without usage keeps its reservation). */
      const realCost = (rec: RequestRecord) => {
        const cost = recordCost(getCfg(), rec);
        return cost.priced ? cost.usd : rec.status >= 400 || rec.status === 0 ? 0 : reserved;
      };
      let result;
      try {
        result = await store.reserve(windows, reserved, id);
      } catch {
        // Unreachable, or no answer within limits.store_timeout_ms: the reservation may have been charged
        // anyway (a timed-out command still runs), so it is settled by its id either way.
        if (c.limits.onStoreError === 'open') return (rec: RequestRecord) => settle(realCost(rec), rec.id);
        if (reserved !== 0) settle(0, req.id);
        throw new GatewayError('rate_limit', 'Spend budgets cannot be checked right now (the limits store is unreachable and the gateway is configured to fail closed). Retry shortly.', {
          headers: { 'retry-after': '1' },
        });
      }
      if (!result.ok) {
        const w = windows[result.index] as BudgetWindow;
        opts.onReject?.(w.scope, w.budget);
        const resets = new Date(w.resetsAt).toISOString().replace('.000Z', 'Z');
        const key = `${w.scope}:${w.name}:${w.budget}:${w.window}`;
        if (!exhaustedLogged.has(key)) {
          if (exhaustedLogged.size > 10_000) exhaustedLogged.clear();
          exhaustedLogged.add(key);
          opts.log?.warn({ event: 'budget_exhausted', scope: w.scope, name: w.name, budget: w.budget, limit_usd: w.limit, spent_usd: result.spent, window: w.window, resets_at: resets, request_id: req.id }, 'budget exhausted');
        }
        const who = w.scope === 'caller' ? `caller '${w.name}'` : `model alias '${w.name}'`;
        throw new GatewayError('rate_limit',
          `Budget exhausted: ${who} allows ${usd(w.limit)} ${BUDGET_WORDS[w.budget]}; ${usd(result.spent)} is spent or reserved and this request may cost up to ${usd(reserved)}. `
          + `The budget resets at ${resets}.`,
          { headers: { 'retry-after': String(Math.max(1, Math.ceil((w.resetsAt - t) / 1000))), 'x-switchyard-budget': `${w.scope}:${w.budget}` } });
      }
      return (rec: RequestRecord) => {
        const real = realCost(rec);
        if (real === 0 && reserved === 0) return; // nothing held, nothing to charge
        settle(real, rec.id);
      };
    },

    async status() {
      const c = getCfg();
      const t = now();
      const windows: BudgetWindow[] = [];
      const callers = c.callers.length ? c.callers : [];
      for (const cl of callers) windows.push(...windowsOf('caller', cl.name, cl.limits ?? c.limits.perCaller, t));
      for (const [alias, l] of c.limits.perModel) windows.push(...windowsOf('model', alias, l, t));
      let spent: number[];
      try {
        spent = await store.spent(windows);
      } catch {
        spent = windows.map(() => NaN);
      }
      return windows.map((w, i) => ({
        scope: w.scope, name: w.name, budget: w.budget, limit_usd: w.limit, spent_usd: spent[i] as number,
        window: w.window, resets_at: new Date(w.resetsAt).toISOString(),
      }));
    },
  };
}
