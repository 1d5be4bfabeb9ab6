/**
 * Provider adapter registry and the default of every hook.
 *
 * `adapterFor(type)` is the provider type's adapter module
 * (generated/adapters.ts, from runtime/providers/<type>.ts) or no hooks; the
 * upstream exchange (runtime/upstream/exchange.ts) calls a hook when present
 * and otherwise does the default, which reads only the provider's spec:
 * - url: the capability's `upstreamPath`, `{model}` replaced by the
 *   URL-encoded upstream model;
 * - authenticate: the spec's `auth` header and prefix, none for `auth: null`
 *   (built into the provider's header template at config load);
 * - body envelope, stream framing (SSE), error normalisation: unchanged.
 * `dialectOf(type)` is the spec's `dialect` (data-describable quirks) handed
 * to the translation layer as `RequestContext.dialect`.
 *
 * How to add a provider: see runtime/providers/types.ts.
 */
import { ADAPTERS } from '../../generated/adapters.ts';
import { PROVIDERS, type ProviderType } from '../../generated/capabilities.ts';
import type { Dialect } from '../../generated/types/provider-spec.ts';
import type { ProviderAdapter, UpstreamRequest } from './types.ts';

export type { AdapterContext, NormalizedError, ProviderAdapter, ProviderConfigCheck, ProviderConfigInput, StreamFramingDecoder, UpstreamRequest } from './types.ts';
export type { Dialect } from '../../generated/types/provider-spec.ts';

const NO_HOOKS: ProviderAdapter = Object.freeze({});

/**
 * Adapters by provider type: generated/adapters.ts. A Map so that tests can
 * exercise the hooks with a temporary adapter (`setAdapterForTest`).
 */
const registry = new Map<ProviderType, ProviderAdapter>(Object.entries(ADAPTERS) as [ProviderType, ProviderAdapter][]);

/** The adapter of a provider type (no hooks when it has no module). */
export function adapterFor(type: ProviderType): ProviderAdapter {
  return registry.get(type) ?? NO_HOOKS;
}

/**
 * Tests only: installs `adapter` for `type` and returns a function restoring
 * the previous one. Production adapters come from generated/adapters.ts.
 */
export function setAdapterForTest(type: ProviderType, adapter: ProviderAdapter): () => void {
  const prev = registry.get(type);
  registry.set(type, adapter);
  return () => {
    if (prev) registry.set(type, prev);
    else registry.delete(type);
  };
}

const EMPTY_DIALECT: Dialect = Object.freeze({}) as Dialect;
const dialects = new Map<ProviderType, Dialect>();

/** The provider type's dialect (specs/providers/<type>.ts `dialect`; {} = the format's reference behaviour). */
export function dialectOf(type: ProviderType): Dialect {
  let d = dialects.get(type);
  if (d === undefined) {
    d = ((PROVIDERS[type] as { dialect?: Dialect }).dialect ?? EMPTY_DIALECT);
    dialects.set(type, d);
  }
  return d;
}

/** Default URL template: `{model}` in the path becomes the URL-encoded upstream model. */
export function defaultUrl(req: UpstreamRequest, model: string | null): void {
  if (model !== null && req.path.includes('{model}')) req.path = req.path.replaceAll('{model}', encodeURIComponent(model));
}
