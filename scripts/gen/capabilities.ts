/**
 * Emits generated/capabilities.ts from specs/providers/ and specs/translation.ts:
 * provider tables as `as const` data, lookup helpers, the model catalog and the
 * translation coverage. Checks the spec data against its TypeBox schema first and
 * that every (provider, route type) is either a capability or declared
 * unsupported with a reason.
 */
import AjvModule from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { ProviderSpec } from '../../specs/capability.ts';
import { PROVIDERS } from '../../specs/providers/index.ts';
import { RouteType } from '../../specs/route-types.ts';
import { TRANSLATIONS, TranslationCoverage } from '../../specs/translation.ts';
import { literalValues, unionType } from './routes.ts';
import { toPlainSchema } from './schema.ts';
import { byString, tsHeader, tsLiteral } from './util.ts';

const Ajv = AjvModule.default;

/** Validate spec data against its schema at gen time; throws with every error. */
export function assertValid(what: string, schema: TSchema, data: unknown): void {
  const ajv = new Ajv({ strict: true, allErrors: true, discriminator: true });
  const validate = ajv.compile(toPlainSchema(schema));
  if (!validate(data)) {
    const msgs = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    throw new Error(`${what} does not match its schema:\n  ${msgs.join('\n  ')}`);
  }
}

/** Provider types in sorted order. */
export const providerTypes = (): string[] => Object.keys(PROVIDERS).sort(byString);

/** Checks on the provider tables beyond the schema. */
function checkProviders(): void {
  const routeTypes = literalValues(RouteType);
  for (const type of providerTypes()) {
    const p = PROVIDERS[type]!;
    assertValid(`specs/providers ${type}`, ProviderSpec, p);
    if (p.type !== type) throw new Error(`PROVIDERS.${type} has type ${p.type}`);
    if (!/^[a-z][a-z0-9-]*$/.test(type)) throw new Error(`provider type ${type} is not a lower-case identifier`);
    for (const rt of routeTypes) {
      const cap = p.capabilities.some((c) => c.routeType === rt);
      const unsup = p.unsupported.filter((u) => u.routeType === rt);
      if (cap && unsup.length > 0) throw new Error(`${type}: ${rt} is both a capability and unsupported`);
      if (!cap && unsup.length !== 1) throw new Error(`${type}: ${rt} needs a capability row or exactly one unsupported row with a reason`);
    }
    const ids = new Set<string>();
    for (const m of p.models) {
      if (ids.has(m.id)) throw new Error(`${type}: duplicate model ${m.id}`);
      ids.add(m.id);
    }
  }
  TRANSLATIONS.forEach((t, i) => assertValid(`TRANSLATIONS[${i}]`, TranslationCoverage, t));
}

/** `"<routeType> is not supported by provider <type>: <reason>"`, the text used verbatim in errors. */
export const unsupportedText = (provider: string, routeType: string, reason: string): string =>
  `${routeType} is not supported by provider ${provider}: ${reason}`;

/** Source text of generated/capabilities.ts. */
export function renderCapabilities(): string {
  checkProviders();
  const types = providerTypes();
  const providers: Record<string, unknown> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const models: Record<string, Record<string, unknown>> = {};
  for (const t of types) {
    const p = PROVIDERS[t]!;
    providers[t] = p;
    reasons[t] = Object.fromEntries(p.unsupported.map((u) => [u.routeType, unsupportedText(t, u.routeType, u.reason)]));
    models[t] = Object.fromEntries(p.models.map((m) => [m.id, m]));
  }
  const indent = (s: string) => s.replace(/\n/g, '\n');

  return `${tsHeader('Source: specs/providers/*.ts, specs/translation.ts. Renderer: scripts/gen/capabilities.ts.')}
/**
 * Provider capability tables, model catalog and translation coverage, as data.
 *
 * The resolve stage asks {@link findCapability} whether a provider serves a
 * route type and answers with {@link unsupportedReason} when it does not. Rows
 * keep the spec's order (the first row for a route type is the primary one);
 * object keys are sorted.
 */
import type { Format, RouteType } from './routes.ts';
import type { ProviderSpec as ProviderSpecShape } from './types/provider-spec.ts';
import type { TranslationCoverage as TranslationCoverageShape } from './types/translation-coverage.ts';

/** Recursively readonly view of generated data. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A provider type (key of {@link PROVIDERS}; also \`providers.<name>.type\` in the config). */
export type ProviderType = ${unionType(types)};

/** All provider types, sorted. */
export const PROVIDER_TYPES: readonly ProviderType[] = ${JSON.stringify(types)};

/** One provider's table (base URL, auth, version header, capabilities, unsupported route types, models). */
export type ProviderSpec = DeepReadonly<ProviderSpecShape>;
/** One capability row. */
export type Capability = ProviderSpec['capabilities'][number];
/** One model catalog entry. */
export type ModelInfo = ProviderSpec['models'][number];
/** A route type a provider does not serve, with the reason. */
export type UnsupportedRouteType = ProviderSpec['unsupported'][number];
/** Translation coverage of one (from, to, route type) pair. */
export type TranslationCoverage = DeepReadonly<TranslationCoverageShape>;

/** Provider tables keyed by provider type. */
export const PROVIDERS = ${indent(tsLiteral(providers))} as const satisfies Record<ProviderType, ProviderSpec>;

/** Unsupported-route-type error texts, precomputed. */
const UNSUPPORTED: Readonly<Record<ProviderType, Partial<Record<RouteType, string>>>> = ${tsLiteral(reasons)};

/**
 * The capability row of \`provider\` for \`routeType\`, or undefined when the
 * provider does not serve it. With \`format\` (the ingress format): the first
 * row that serves it natively, else the first that translates it, else the
 * first row of the route type (OpenAI serves \`llm/v1/chat\` natively from
 * Chat Completions at one path and from Responses at another).
 */
export function findCapability(provider: ProviderType, routeType: RouteType, format?: Format): Capability | undefined {
  const rows: readonly Capability[] = PROVIDERS[provider].capabilities;
  let first: Capability | undefined;
  let translated: Capability | undefined;
  for (const row of rows) {
    if (row.routeType !== routeType) continue;
    if (format === undefined || (row.nativeFormats as readonly string[]).includes(format)) return row;
    first ??= row;
    if (!translated && (row.translatedFormats as readonly string[]).includes(format)) translated = row;
  }
  return translated ?? first;
}

/**
 * Error text for a route type the provider does not serve, used verbatim in
 * gateway errors, e.g. "llm/v1/embeddings is not supported by provider anthropic:
 * Anthropic has no embeddings API."
 */
export function unsupportedReason(provider: ProviderType, routeType: RouteType): string {
  return UNSUPPORTED[provider][routeType] ?? \`\${routeType} is not supported by provider \${provider}.\`;
}

/** Model catalog: provider type → model id → info. */
export const MODELS: Readonly<Record<ProviderType, Readonly<Record<string, ModelInfo>>>> = ${indent(tsLiteral(models))};

/** The catalog entry for a provider's model id, or undefined (unknown models are allowed; they just have no catalog data). */
export function findModel(provider: ProviderType, id: string): ModelInfo | undefined {
  const table = MODELS[provider];
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Translation coverage per (from, to, route type), in spec order (see specs/translation.ts). */
export const TRANSLATIONS: readonly TranslationCoverage[] = ${tsLiteral(TRANSLATIONS)};
`;
}
