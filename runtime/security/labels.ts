/**
 * Bounded metric label values: a label takes only names the operator
 * configured (provider names, alias targets `provider/model`, caller names);
 * anything else — a model string a caller made up, a bare model name through
 * `server.default_provider` — is folded into one overflow value, so callers
 * cannot grow /metrics (or the scraper's memory) without bound.
 */

/** The value every unconfigured name is folded into. */
export const OVERFLOW_LABEL = 'other';

/** Folds request-derived names into configured label values. */
export interface LabelFolder {
  provider(name: string): string;
  target(name: string): string;
  caller(name: string): string;
}

interface FoldableConfig {
  providers: ReadonlyMap<string, unknown>;
  aliases: ReadonlyMap<string, { targets: readonly { provider: string; model: string }[] }>;
  callers: readonly { name: string }[];
}

/** Values every request may carry (no provider chosen yet, unauthenticated callers). */
const ALWAYS = ['none', 'anonymous', 'unknown'];

const cache = new WeakMap<object, LabelFolder>();

/** The label folder of a config (built once per config object). */
export function labelFolderFor(cfg: FoldableConfig): LabelFolder {
  let f = cache.get(cfg);
  if (f) return f;
  const providers = new Set([...ALWAYS, ...cfg.providers.keys()]);
  const targets = new Set(ALWAYS);
  for (const a of cfg.aliases.values()) for (const t of a.targets) targets.add(`${t.provider}/${t.model}`);
  const callers = new Set([...ALWAYS, ...cfg.callers.map((c) => c.name)]);
  const fold = (set: Set<string>) => (name: string) => (set.has(name) ? name : OVERFLOW_LABEL);
  f = { provider: fold(providers), target: fold(targets), caller: fold(callers) };
  cache.set(cfg, f);
  return f;
}
