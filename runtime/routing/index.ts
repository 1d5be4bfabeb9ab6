/**
 * Resolution: model alias → ordered upstream targets, each checked against
 * the provider's capability table for the route type and ingress format.
 *
 * Output is a Plan: the attempts in the order the strategy picks them, each
 * marked passthrough (ingress format is a native format of the capability) or
 * transcode (ingress format is a translated format). Every way of naming a
 * model (alias, `server.default_provider` bare name, direct `provider:model`
 * string, `server.force_model`) is checked against `callers[].models`, by
 * exact name. Targets that cannot serve
 * the request are skipped with a reason; when none can, the error carries the
 * reason from the capability table (generated/capabilities.ts).
 */
import { PROVIDERS, findCapability, unsupportedReason, type Capability } from '../../generated/capabilities.ts';
import type { RouteType, Format } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import { mayUse, type Caller } from '../auth/index.ts';
import { targetModelInfo, type AliasRuntime, type ProviderRuntime, type RuntimeConfig, type TargetRuntime } from '../config/index.ts';

export type PlanMode = 'passthrough' | 'transcode';

/** One way to serve the request. */
export interface Attempt {
  target: TargetRuntime;
  provider: ProviderRuntime;
  capability: Capability;
  mode: PlanMode;
  /** The upstream wire format: the provider's native format (its spec's `nativeFormat`), never derived from its type name. */
  upstreamFormat: Format;
}

export interface Plan {
  /** The model string the caller sent (used as `model` in translated responses). */
  alias: string;
  aliasConfig: AliasRuntime;
  attempts: Attempt[];
  /** Request parameters from a `provider:model?k=v` model string. */
  params: Record<string, string>;
}

/** Picks the order of targets for the alias's strategy. `rand` in [0,1). */
export function orderTargets(alias: AliasRuntime, rand: () => number = Math.random): TargetRuntime[] {
  const t = alias.targets;
  if (alias.strategy !== 'weighted' || t.length < 2) return t;
  const total = t.reduce((a, x) => a + x.weight, 0);
  if (total <= 0) return t;
  let r = rand() * total;
  let first = 0;
  for (let i = 0; i < t.length; i++) {
    r -= (t[i] as TargetRuntime).weight;
    if (r < 0) { first = i; break; }
  }
  return [t[first] as TargetRuntime, ...t.filter((_, i) => i !== first)];
}

/**
 * Parses a direct model string: `provider:model?k=v&...` or `provider/model`.
 * Returns null when the string names no configured provider.
 */
export function parseModelString(model: string, providers: Map<string, ProviderRuntime>): { provider: string; model: string; params: Record<string, string> } | null {
  const colon = model.indexOf(':');
  const slash = model.indexOf('/');
  let provider: string;
  let rest: string;
  if (colon > 0 && (slash < 0 || colon < slash)) {
    provider = model.slice(0, colon);
    rest = model.slice(colon + 1);
  } else if (slash > 0) {
    provider = model.slice(0, slash);
    rest = model.slice(slash + 1);
  } else return null;
  if (!providers.has(provider) || !rest) return null;
  const q = rest.indexOf('?');
  let params: Record<string, string> = {};
  if (q >= 0) {
    // Own data properties (Object.fromEntries), so that `__proto__=…` is a parameter name like any other, and refused.
    params = Object.fromEntries(new URLSearchParams(rest.slice(q + 1)));
    rest = rest.slice(0, q);
  }
  if (!rest) return null;
  return { provider, model: rest, params };
}

/** Leading/trailing or embedded whitespace and control characters: never part of a model name. */
const UNSAFE_MODEL_NAME = /[\s\x00-\x1f\x7f]/;

/**
 * Every route to a model — alias, `server.default_provider` bare name, direct
 * `provider:model` string, `server.force_model` — is checked against
 * `callers[].models` (globs) under the name that per-model limits use.
 * @throws GatewayError permission (403) naming the model
 */
function mustMayUse(caller: Caller, name: string, shown: string): void {
  if (!mayUse(caller, name)) throw new GatewayError('permission', `This caller key may not use model '${shown}'.`, { param: 'model' });
}

/**
 * Resolves the model the caller asked for into a Plan.
 * @throws GatewayError not_found (unknown alias), permission (not allowed for this caller),
 *   invalid_request (no target of the alias supports the route type in this format).
 */
export function resolve(
  cfg: RuntimeConfig,
  caller: Caller,
  model: string,
  routeType: RouteType,
  ingressFormat: Format,
  rand?: () => number,
): Plan {
  const requested = cfg.server.forceModel ?? model;
  // Exact names only: no whitespace or control-character games around an alias or model name.
  if (UNSAFE_MODEL_NAME.test(requested)) {
    throw new GatewayError('invalid_request', `model: '${requested.slice(0, 200).replace(/[\x00-\x1f\x7f]/g, '?')}' contains whitespace or control characters; model names are matched exactly.`, { param: 'model' });
  }
  let alias = cfg.aliases.get(requested);
  let params: Record<string, string> = {};
  if (!alias) {
    const direct = parseModelString(requested, cfg.providers);
    if (direct) {
      // A forced model string is the operator's choice: direct routing need not be enabled for the caller.
      if (!caller.directProviderRouting && !cfg.server.forceModel) {
        throw new GatewayError('permission', `Direct provider routing ('${requested}') is not enabled for this caller key.`, { param: 'model' });
      }
      params = direct.params;
      // Permissions and per-model limits key on `provider:model` (without parameters).
      const name = `${direct.provider}:${direct.model}`;
      mustMayUse(caller, name, requested);
      alias = { name, targets: [{ provider: direct.provider, model: direct.model, weight: 1, modelInfo: targetModelInfo(cfg.providers, direct.provider, direct.model) }], strategy: 'single', unsupportedParams: 'reject', maxTokensDefault: null };
    } else if (cfg.server.defaultProvider && requested && !requested.includes(':')) {
      mustMayUse(caller, requested, requested);
      alias = { name: requested, targets: [{ provider: cfg.server.defaultProvider, model: requested, weight: 1, modelInfo: targetModelInfo(cfg.providers, cfg.server.defaultProvider, requested) }], strategy: 'single', unsupportedParams: 'reject', maxTokensDefault: null };
    } else {
      throw new GatewayError('not_found', `Unknown model '${requested}': no model alias of that name is configured.`, { param: 'model' });
    }
  } else {
    mustMayUse(caller, requested, requested);
  }
  const attempts: Attempt[] = [];
  const reasons: string[] = [];
  for (const target of orderTargets(alias, rand)) {
    const provider = cfg.providers.get(target.provider);
    if (!provider) continue;
    const type = provider.type;
    const capability = findCapability(type, routeType, ingressFormat);
    if (!capability) {
      reasons.push(unsupportedReason(type, routeType));
      continue;
    }
    const native = (capability.nativeFormats as readonly string[]).includes(ingressFormat);
    const translated = (capability.translatedFormats as readonly string[]).includes(ingressFormat);
    if (!native && !translated) {
      reasons.push(
        capability.nativeOnly
          ? `${routeType} on provider ${type} is available in its native format (${capability.nativeFormats.join(', ')}) only, not from the ${ingressFormat} format.`
          : `${routeType} on provider ${type} cannot be reached from the ${ingressFormat} format.`,
      );
      continue;
    }
    // Passthrough: the upstream speaks the caller's format (OpenAI's Responses API is native to `openai` without being its primary format).
    attempts.push({ target, provider, capability, mode: native ? 'passthrough' : 'transcode', upstreamFormat: native ? ingressFormat : PROVIDERS[type].nativeFormat });
  }
  if (attempts.length === 0) {
    throw new GatewayError('invalid_request', [...new Set(reasons)].join(' ') || `Model '${requested}' has no usable target.`, { param: 'model' });
  }
  return { alias: model, aliasConfig: alias, attempts, params };
}
