/**
 * Request cost in USD from the model catalog's prices (specs/providers/*.ts
 * `pricing`, USD per million tokens) or a provider's config override
 * (`providers.<name>.pricing`, times `providers.<name>.price_multiplier`).
 *
 * Rules (Anthropic and OpenAI pricing pages, as cited per catalog entry):
 * - input, output, cache read, cache write 5 m and cache write 1 h tokens each
 *   have their own price; `Usage.input` excludes cache tokens, and the cache
 *   writes split into 1-hour (`cacheCreation1h`) and 5-minute (the rest).
 * - long context: when the prompt (input + cache read + cache write) exceeds
 *   `longContext.thresholdTokens`, the long-context prices apply to every
 *   token of the request, output included.
 * - batch discounts apply only to the provider's batch API, whose usage the
 *   gateway does not account (README "Cost"): they are catalog data only.
 *
 * Nothing is guessed: a request is unpriced (`priced: false`, with a reason)
 * when the upstream reported no usage, the model has no price, or it used a
 * token category whose price is absent.
 */
import type { Usage } from '../usage.ts';
import type { Pricing, ProviderRuntime, RuntimeConfig } from '../config/index.ts';
import { findModel } from '../../generated/capabilities.ts';

/** The cost of one request: USD, or why it has none. */
export type Cost = { priced: true; usd: number } | { priced: false; reason: string };

/** A model's price at a provider entry, with the entry's multiplier. */
export interface Price {
  pricing: Pricing;
  multiplier: number;
}

/** The price of `model` at provider entry `p`: its config override, else the catalog's; null when unpriced. */
export function priceAt(p: ProviderRuntime, model: string): Price | null {
  const pricing = p.prices.get(model) ?? findModel(p.type, model)?.pricing;
  return pricing ? { pricing, multiplier: p.priceMultiplier } : null;
}

/** The price of a record's target (`provider/model`), or null. */
export function priceOfTarget(cfg: RuntimeConfig, provider: string | null, target: string | null): Price | null {
  if (!provider || !target) return null;
  const p = cfg.providers.get(provider);
  if (!p) return null;
  return priceAt(p, target.slice(provider.length + 1));
}

type Tier = Pick<Pricing, 'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h'>;

/** The tier that applies to a prompt of `promptTokens` tokens. */
function tierFor(pr: Pricing, promptTokens: number): Tier {
  return pr.longContext && promptTokens > pr.longContext.thresholdTokens ? pr.longContext : pr;
}

/**
 * Cost of reported usage at a price (USD). Unpriced when a used token
 * category has no price.
 */
export function costOf(price: Price | null, usage: Usage): Cost {
  if (!usage.reported) return { priced: false, reason: 'the upstream reported no usage' };
  if (!price) return { priced: false, reason: 'the model has no price in the catalog or in providers.NAME.pricing' };
  const t = tierFor(price.pricing, usage.input + usage.cacheRead + usage.cacheCreation);
  const w1h = Math.min(usage.cacheCreation1h, usage.cacheCreation);
  const w5m = usage.cacheCreation - w1h;
  const parts: [number, number | undefined, string][] = [
    [usage.cacheRead, t.cacheRead, 'cache read'],
    [w5m, t.cacheWrite5m, 'cache write (5 m)'],
    [w1h, t.cacheWrite1h, 'cache write (1 h)'],
  ];
  let usd = usage.input * t.input + usage.output * t.output;
  for (const [tokens, perM, what] of parts) {
    if (tokens === 0) continue;
    if (perM === undefined) return { priced: false, reason: `the model has no ${what} price` };
    usd += tokens * perM;
  }
  return { priced: true, usd: (usd / 1e6) * price.multiplier };
}

/**
 * The largest cost a request can have (USD): `promptTokens` at the highest
 * input-side price of the tier it falls in (a cache write can cost more than
 * plain input) plus `maxTokens` of output. Used for budget reservations.
 */
export function maxCostOf(price: Price, promptTokens: number, maxTokens: number): number {
  const t = tierFor(price.pricing, promptTokens);
  const inputSide = Math.max(t.input, t.cacheWrite5m ?? 0, t.cacheWrite1h ?? 0);
  return ((promptTokens * inputSide + maxTokens * t.output) / 1e6) * price.multiplier;
}

/** A USD amount as a decimal string without float noise (up to 10 decimals, trailing zeros trimmed). */
export function formatUsd(usd: number): string {
  // Trailing zeros, then a trailing dot, trimmed by index (no regular expressions: on every priced JSON answer).
  const f = usd.toFixed(10);
  let end = f.length;
  while (end > 0 && f.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (end > 0 && f.charCodeAt(end - 1) === 46 /* . */) end--;
  const s = end === f.length ? f : f.slice(0, end);
  return s === '-0' ? '0' : s;
}

/** The cost of a finished request, computed once and kept on the record (`rec.cost`). */
export function recordCost(cfg: RuntimeConfig, rec: { provider: string | null; target: string | null; usage: Usage; cost?: Cost }): Cost {
  return (rec.cost ??= costOf(priceOfTarget(cfg, rec.provider, rec.target), rec.usage));
}
