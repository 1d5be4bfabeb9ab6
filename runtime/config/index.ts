/**
 * Config loading: YAML → `${ENV}` interpolation → generated validator →
 * normalized RuntimeConfig (defaults applied, provider tables joined).
 *
 * Source of the schema: specs/config.ts (compiled to generated/validators/config.js).
 * Errors are ConfigError with one line per problem naming the JSON path and rule.
 */
import { readFileSync } from 'node:fs';
import { redactUrls } from '../security/urls.ts';
import { parse as parseYaml, parseDocument, visit, isPair, isSeq, isScalar } from 'yaml';
import { validators } from '../../generated/validators/index.ts';
import type { GatewayConfig } from '../../generated/types/config.ts';
import { PROVIDERS, MODELS, findModel, type ModelInfo, type ProviderType } from '../../generated/capabilities.ts';
import { CONFIG_DEFAULTS as D } from '../../generated/config-defaults.ts';
import { selfLoopProblems } from './self-loop.ts';
import { adapterFor } from '../providers/index.ts';
import { lifecycleWarning } from '../routing/model-fit.ts';
import { closest, schemaProblems, typoOf } from './problems.ts';
import configSchema from '../../generated/validators/config.schema.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
  /** One line per problem; URLs in them lose userinfo and query (runtime/security/urls.ts), wherever they are printed. */
  readonly problems: string[];
  constructor(problems: string[]) {
    const safe = problems.map(redactUrls);
    super(`invalid config:\n  - ${safe.join('\n  - ')}`);
    this.problems = safe;
  }
}

/** A model's prices (specs/capability.ts `Pricing`: USD per million tokens, date, source). */
export type Pricing = NonNullable<ModelInfo['pricing']>;

/** Retry policy (milliseconds). */
export interface RetryPolicy { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; budgetMs: number }
export interface TimeoutPolicy { connectMs: number; firstByteMs: number; idleMs: number; totalMs: number }
export interface BreakerPolicy { failureThreshold: number; failureRate: number; windowMs: number; minRequests: number; cooldownMs: number; keyProbeMs: number }
/** Limits of one subject; `usdPerDay` / `usdPerMonth` are spend budgets (runtime/budgets/). */
export interface RateLimit { rpm?: number; tpm?: number; concurrentStreams?: number; usdPerDay?: number; usdPerMonth?: number }

/** A provider entry with its capability table joined in. */
export interface ProviderRuntime {
  name: string;
  type: ProviderType;
  baseUrl: string;
  keys: string[];
  callerKeys: 'stored' | 'passthrough';
  headers: Record<string, string>;
  simulated: boolean;
  /**
   * Provider-specific settings (`providers.<name>.<option>` for each
   * `configOptions` name of the type's spec), defaults applied; read by the
   * type's adapter (e.g. azure-openai `api_version`).
   */
  options: Readonly<Record<string, string>>;
  /** Upstream request headers that do not depend on the request, built once (runtime/upstream/index.ts `upstreamHeaders`). */
  headerTemplate: HeaderTemplate;
  /**
   * Key rotation state (round-robin cursor, keys out of rotation after a 401/403).
   * Created here; a gateway adopts it into its Reliability state (runtime/upstream/reliability.ts),
   * which carries it over a reload for a provider of the same name.
   */
  keyState: KeyState;
  /** `providers.<name>.pricing`: prices per upstream model id replacing the catalog's (runtime/cost/). */
  prices: ReadonlyMap<string, Pricing>;
  /** `providers.<name>.price_multiplier` (default 1). */
  priceMultiplier: number;
}

/** The per-provider part of the upstream request headers (capability table + `providers.<name>.headers`). */
export interface HeaderTemplate {
  /** Caller headers forwarded as they are (lower case). */
  forward: readonly string[];
  /** Version header sent when the caller sends none. */
  version: { name: string; value: string } | null;
  /** Header carrying the provider key and its value prefix; null: the provider takes no key (spec `auth: null`). */
  authHeader: string | null;
  authPrefix: string;
  /** `providers.<name>.headers` with lower-case names (applied after everything but transcoder overrides). */
  fixed: Readonly<Record<string, string>>;
}

/** Provider key rotation state of one provider. */
export interface KeyState {
  /** Index of the next key to try. */
  cursor: number;
  /** Keys taken out of rotation after a 401/403. */
  disabled: Set<string>;
  /** Per disabled key: when (Date.now() ms) one request may probe it again, and how often it failed in a row. */
  probes: Map<string, { at: number; strikes: number }>;
}

/** A fresh key rotation state (all keys in rotation). */
export function newKeyState(): KeyState {
  return { cursor: 0, disabled: new Set(), probes: new Map() };
}

/** Every `configOptions` name of any provider spec (the provider-specific fields of the config schema). */
const ALL_OPTION_NAMES: ReadonlySet<string> = new Set(
  Object.values(PROVIDERS).flatMap((t) => Object.keys((t as { configOptions?: Record<string, unknown> }).configOptions ?? {})),
);

/**
 * The provider-specific settings of `providers.<name>`: each option of the
 * type's spec (config value, else the spec default); an option of another
 * type is a problem naming the types that take it.
 */
function providerOptions(name: string, p: GatewayConfig['providers'][string], problems: string[]): Record<string, string> {
  const declared = ((PROVIDERS[p.type] as { configOptions?: Record<string, { default: string; required?: boolean }> }).configOptions) ?? {};
  const src = p as unknown as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const opt of ALL_OPTION_NAMES) {
    if (src[opt] !== undefined && !(opt in declared)) {
      const takers = Object.values(PROVIDERS).filter((t) => opt in ((t as { configOptions?: object }).configOptions ?? {})).map((t) => t.type);
      problems.push(`providers.${name}.${opt}: not a setting of provider type '${p.type}' (only ${takers.join(', ')})`);
    }
  }
  for (const [opt, d] of Object.entries(declared)) {
    out[opt] = typeof src[opt] === 'string' ? (src[opt] as string) : d.default;
    if ((d as { required?: boolean }).required && !out[opt] && !p.simulated) problems.push(`providers.${name}.${opt}: required for provider type '${p.type}'`);
  }
  return out;
}

/** Builds the header template of a provider (once, at config load). */
export function headerTemplate(type: ProviderType, headers: Record<string, string>): HeaderTemplate {
  const table = PROVIDERS[type];
  const fixed: Record<string, string> = {};
  for (const k in headers) fixed[k.toLowerCase()] = headers[k] as string;
  const v = table.versionHeader as { name: string; default: string } | null;
  const auth = table.auth as { header: string; prefix: string } | null;
  return {
    forward: [...table.forwardHeaders],
    version: v ? { name: v.name, value: v.default } : null,
    authHeader: auth?.header ?? null,
    authPrefix: auth?.prefix ?? '',
    fixed,
  };
}

export interface TargetRuntime {
  provider: string;
  model: string;
  weight: number;
  /** The model's catalog entry (specs/providers/*.ts `models`), null when the model is not in the catalog. */
  modelInfo: ModelInfo | null;
}
export interface AliasRuntime {
  name: string;
  targets: TargetRuntime[];
  strategy: 'single' | 'failover' | 'weighted';
  /** Config `unsupported_params` (see UnsupportedParamsPolicy). */
  unsupportedParams: 'reject' | 'drop' | 'strict';
  maxTokensDefault: number | null;
}
export interface CallerRuntime {
  name: string;
  /** SHA-256 of the key (32 bytes). */
  keyHash: Buffer;
  models: string[];
  directProviderRouting: boolean;
  metadata: Record<string, string>;
  limits: RateLimit | null;
}

export interface RuntimeConfig {
  server: {
    host: string;
    port: number;
    anthropicPort: number | null;
    bodyLimitBytes: number;
    workers: number;
    auth: 'required' | 'optional';
    /** Caller authentication on the dedicated Anthropic listener (default: auth). */
    anthropicAuth: 'required' | 'optional';
    adminKey: string | null;
    /** Serve the live dashboard (runtime/dashboard/); requires adminKey. */
    dashboard: boolean;
    shutdownGraceMs: number;
    keepaliveMs: number;
    defaultProvider: string | null;
    forceModel: string | null;
    /** Body bytes all requests together may hold while read and served (503 beyond). */
    maxBodyBytesInFlight: number;
    /** Public base URL for links the gateway hands out (no trailing slash), or null: the listener's address. */
    publicUrl: string | null;
    /** server.signature_key resolved (`env:NAME` read), or null: SWITCHYARD_SIGNATURE_KEY / a random key (runtime/formats/gemini/signatures.ts). */
    signatureKey: string | null;
  };
  providers: Map<string, ProviderRuntime>;
  aliases: Map<string, AliasRuntime>;
  callers: CallerRuntime[];
  limits: { store: string; onStoreError: 'open' | 'closed'; storeTimeoutMs: number; perCaller: RateLimit | null; perModel: Map<string, RateLimit> };
  retry: RetryPolicy;
  timeouts: TimeoutPolicy;
  breaker: BreakerPolicy;
  logging: { level: string; usageSink: string; logPayloads: boolean };
  observability: { metrics: boolean; metricsKey: string | null; otlpEndpoint: string | null };
  /** The validated source document (for /health and reload diffs). */
  source: GatewayConfig;
  /** Warnings found while loading (unset env vars, ...). */
  warnings: string[];
  /** Whether a provider takes the caller's own key (`caller_keys: passthrough`): authentication then accepts x-switchyard-key. */
  hasPassthroughProvider: boolean;
}

const ENV_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Replaces `${VAR}` and `${VAR:-default}` in one string. Records unset variables. */
export function interpolateString(value: string, env: NodeJS.ProcessEnv, unset: Set<string>): string {
  return value.replace(ENV_RE, (_m, name: string, def: string | undefined) => {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (def !== undefined) return def;
    unset.add(name);
    return '';
  });
}

const PLACEHOLDER_RE = /__SWITCHYARD_ENV_(\d+)__/g;
const WHOLE_PLACEHOLDER_RE = /^__SWITCHYARD_ENV_\d+__$/;

/**
 * Parses YAML text with `${VAR}` / `${VAR:-default}` references anywhere a
 * scalar may stand — also inside flow maps such as
 * `{ api_key: ${ANTHROPIC_API_KEY} }`, where a bare `{` would otherwise open a
 * nested flow map. References are swapped for YAML-safe placeholders before
 * parsing and interpolated into the parsed scalars afterwards, so values are
 * never re-parsed as YAML syntax (a key containing `#` or `: ` stays a string).
 * An unquoted scalar that is exactly one reference takes the YAML type of its
 * value (`port: ${PORT}` with PORT=4000 is the number 4000); quoted ones stay strings.
 * @throws ConfigError on YAML syntax errors.
 */
export function parseYamlWithEnv(text: string, env: NodeJS.ProcessEnv, unset: Set<string>, unsetAt?: Map<string, string[]>): unknown {
  const refs: string[] = [];
  const safe = text.replace(ENV_RE, (m) => `__SWITCHYARD_ENV_${refs.push(m) - 1}__`);
  const d = parseDocument(safe);
  if (d.errors.length) throw new ConfigError(d.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`));
  visit(d, {
    Scalar(key, node, path) {
      if (typeof node.value !== 'string' || !node.value.includes('__SWITCHYARD_ENV_')) return;
      const whole = node.type === 'PLAIN' && WHOLE_PLACEHOLDER_RE.test(node.value);
      const restored = node.value.replace(PLACEHOLDER_RE, (_m, i: string) => refs[Number(i)] ?? '');
      const missing = new Set<string>();
      const v = interpolateString(restored, env, missing);
      for (const name of missing) unset.add(name);
      if (missing.size && unsetAt) {
        const at = key === 'key' ? '(a key)' : yamlPath(path, node);
        unsetAt.set(at, [...(unsetAt.get(at) ?? []), ...missing]);
      }
      if (whole && v !== '') {
        const typed: unknown = parseYaml(v);
        node.value = typeof typed === 'number' || typeof typed === 'boolean' ? typed : v;
      } else node.value = v;
    },
  });
  return d.toJS();
}

/** Dotted document path of a YAML node from its ancestors (`callers.0.key`), as AJV errors name it (runtime/config/problems.ts `dotted`). */
function yamlPath(ancestors: readonly unknown[], node: unknown): string {
  const segs: string[] = [];
  ancestors.forEach((a, i) => {
    const child = i + 1 < ancestors.length ? ancestors[i + 1] : node;
    if (isPair(a)) segs.push(String(isScalar(a.key) ? a.key.value : a.key));
    else if (isSeq(a)) segs.push(String(a.items.indexOf(child as never)));
  });
  return segs.length ? segs.join('.') : '(root)';
}

/** Lines for unset variables the problems above do not name yet (where each was used). */
function unsetLines(unsetAt: ReadonlyMap<string, string[]>, already: readonly string[]): string[] {
  const out: string[] = [];
  for (const [path, vars] of unsetAt) {
    const named = vars.filter((v) => !already.some((l) => l.includes(v)));
    if (named.length) out.push(`${path}: environment variable ${named.join(', ')} ${named.length > 1 ? 'are' : 'is'} not set`);
  }
  return out;
}

/** Parses, interpolates and validates a YAML config text, then normalizes it. Throws ConfigError. */
export function parseConfig(text: string, env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const unset = new Set<string>();
  const unsetAt = new Map<string, string[]>();
  let interpolated: unknown;
  try {
    interpolated = parseYamlWithEnv(text, env, unset, unsetAt);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError([`YAML: ${(e as Error).message.split('\n')[0]}`]);
  }
  if (interpolated === null || typeof interpolated !== 'object' || Array.isArray(interpolated)) throw new ConfigError(['(root): must be a mapping']);
  const validate = validators.config;
  if (!validate(interpolated)) {
    // Every problem at once: the schema's, then what the cross-checks find in the rest.
    const problems = schemaProblems(validate.errors ?? [], configSchema, interpolated, unsetAt);
    problems.push(...crossCheckProblems(interpolated as GatewayConfig, env, problems));
    throw new ConfigError([...problems, ...unsetLines(unsetAt, problems)]);
  }
  let cfg: RuntimeConfig;
  try {
    cfg = normalize(interpolated as GatewayConfig, env);
  } catch (e) {
    if (e instanceof ConfigError && unset.size) throw new ConfigError([...e.problems, ...unsetLines(unsetAt, e.problems)]);
    throw e;
  }
  for (const [path, vars] of unsetAt) for (const name of vars) cfg.warnings.push(`environment variable ${name} is not set (used at ${path})`);
  return cfg;
}

/**
 * The cross-reference problems (normalize) of a document that failed the schema,
 * without those at a path the schema already reported, or that follow from one
 * (a target naming a provider whose own entry is invalid). Best effort: a shape
 * normalize cannot read yields nothing more.
 */
function crossCheckProblems(doc: GatewayConfig, env: NodeJS.ProcessEnv, reported: readonly string[]): string[] {
  const bad = reported.map((l) => l.slice(0, l.indexOf(': ')));
  const badProviders = new Set(bad.filter((p) => p.startsWith('providers.')).map((p) => p.split('.')[1]));
  try {
    normalize(doc, env);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) return [];
    return e.problems.filter((l) => {
      const path = l.slice(0, l.search(/[: ]/));
      if (bad.some((b) => path === b || path.startsWith(`${b}.`) || b.startsWith(`${path}.`))) return false;
      const m = /unknown provider '([^']*)'/.exec(l);
      return !(m && badProviders.has(m[1]));
    });
  }
}

/** Reads and parses a config file. Throws ConfigError. */
export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError([`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  return parseConfig(text, env);
}

import { createHash } from 'node:crypto';
/** SHA-256 of a caller key. */
export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** Applies defaults and cross-checks references. Throws ConfigError. */
/**
 * A secret setting that may name an environment variable: `env:NAME` → the
 * value of NAME (a problem when unset or empty, naming the setting and the
 * variable, never a value); anything else is the literal (after `${VAR}`
 * interpolation). null when absent.
 */
export function resolveSecretRef(path: string, value: string | undefined, env: NodeJS.ProcessEnv, problems: string[]): string | null {
  if (value === undefined) return null;
  const m = /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(value);
  if (!m) return value;
  const v = env[m[1] as string];
  if (v === undefined || v === '') {
    problems.push(`${path}: environment variable ${m[1]} is not set`);
    return null;
  }
  return v;
}

export function normalize(src: GatewayConfig, env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const s = src.server ?? {};
  const providers = new Map<string, ProviderRuntime>();
  for (const [name, p] of Object.entries(src.providers)) {
    const table = PROVIDERS[p.type];
    if (!table) {
      problems.push(`providers.${name}.type: unknown provider type '${String(p.type)}'`);
      continue;
    }
    const options = providerOptions(name, p, problems);
    const keys = [...(p.api_key ? [p.api_key] : []), ...(p.api_keys ?? [])];
    // A credential carried by a provider option (spec `providerKey`: bedrock's aws_access_key_id) stands for the key in rotation.
    if (keys.length === 0) for (const [opt, o] of Object.entries((table as { configOptions?: Record<string, { providerKey?: boolean }> }).configOptions ?? {})) if (o.providerKey && options[opt]) keys.push(options[opt]);
    const callerKeys = p.caller_keys ?? D.providers['*'].caller_keys;
    // The adapter's config check (runtime/providers/<type>.ts `configure`): settings, derived default base URL.
    const checked = adapterFor(p.type).configure?.({ name, options, keys, callerKeys, simulated: p.simulated ?? D.providers['*'].simulated });
    if (checked) {
      problems.push(...checked.problems);
      warnings.push(...checked.warnings);
    } else if (keys.length === 0 && callerKeys === 'stored' && !p.simulated && table.auth !== null) warnings.push(`providers.${name}: no api_key configured; requests to it will fail with 401 upstream`);
    // The adapter's default base URL, else `{option}` in the spec's (bedrock `https://bedrock-runtime.{region}.amazonaws.com`) filled from the provider option.
    let baseUrl = (p.base_url ?? checked?.defaultBaseUrl ?? (table.baseUrl ?? '').replace(/\{([a-z_]+)\}/g, (m, opt: string) => (options[opt] ? encodeURIComponent(options[opt]) : m))).replace(/\/+$/, '');
    if (baseUrl === '') {
      problems.push(`providers.${name}.base_url: required for provider type '${p.type}' (it has no default base URL)`);
    } else {
      try {
        const u = new URL(baseUrl);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') problems.push(`providers.${name}.base_url: must be http(s)`);
        // Userinfo would be silently dropped by the HTTP client (and clash with the provider's own auth header):
        // refused, without echoing it. A query string is honoured: sent on every upstream request.
        if (u.username || u.password) problems.push(`providers.${name}.base_url: must not contain userinfo (user:password@); put the credential in api_key or providers.${name}.headers`);
        if (u.hash) problems.push(`providers.${name}.base_url: must not contain a fragment (#...)`);
      } catch {
        problems.push(`providers.${name}.base_url: not a URL: ${redactUrls(baseUrl)}`);
        baseUrl = table.baseUrl ?? '';
      }
    }
    const headers = p.headers ?? {};
    providers.set(name, {
      name, type: p.type, baseUrl, keys, callerKeys, headers, simulated: p.simulated ?? D.providers['*'].simulated,
      options,
      headerTemplate: headerTemplate(p.type, headers),
      keyState: newKeyState(),
      prices: pricesFromConfig(p.pricing ?? {}),
      priceMultiplier: p.price_multiplier ?? D.providers['*'].price_multiplier,
    });
  }
  const aliases = new Map<string, AliasRuntime>();
  for (const [name, m] of Object.entries(src.models ?? {})) {
    m.targets.forEach((t, i) => {
      const p = providers.get(t.provider);
      if (!p) {
        const hint = typoOf(t.provider, providers.keys());
        problems.push(`models.${name}.targets.${i}.provider: unknown provider '${t.provider}'${hint ? ` — did you mean '${hint}'?` : ` (providers: ${[...providers.keys()].join(', ') || 'none'})`}`);
      } else if (!p.simulated && !findModel(p.type, t.model) && MODELS[p.type]) {
        const near = closest(t.model, Object.keys(MODELS[p.type]));
        warnings.push(`models.${name}.targets.${i}.model: '${t.model}' is not in the ${p.type} model catalog${near ? ` (closest known id: '${near}')` : ''}; it is sent upstream as is, without context-window checks`);
      } else if (!p.simulated) {
        const w = lifecycleWarning(`models.${name}.targets.${i}.model`, t.model, findModel(p.type, t.model), Date.now());
        if (w) warnings.push(w);
      }
    });
    const strategy = m.strategy ?? (m.targets.length > 1 ? 'failover' : 'single');
    aliases.set(name, {
      name,
      targets: m.targets.map((t) => ({ provider: t.provider, model: t.model, weight: t.weight ?? D.models['*'].targets['[]'].weight, modelInfo: targetModelInfo(providers, t.provider, t.model) })),
      strategy,
      unsupportedParams: m.unsupported_params ?? D.models['*'].unsupported_params,
      maxTokensDefault: m.max_tokens_default ?? null,
    });
  }
  const callers: CallerRuntime[] = [];
  (src.callers ?? []).forEach((c, i) => {
    let keyHash: Buffer | null = null;
    if (c.key_sha256) keyHash = Buffer.from(c.key_sha256, 'hex');
    else if (c.key) keyHash = hashKey(c.key);
    if (!keyHash) {
      problems.push(`callers.${i} (${c.name}): needs key or key_sha256`);
      return;
    }
    callers.push({
      name: c.name,
      keyHash,
      models: c.models ?? [...D.callers['[]'].models],
      directProviderRouting: c.direct_provider_routing ?? D.callers['[]'].direct_provider_routing,
      metadata: c.metadata ?? {},
      limits: c.limits ? toRateLimit(c.limits) : null,
    });
  });
  // Caller names key rate-limit buckets and usage records; a key must identify one caller.
  callers.forEach((c, i) => {
    const j = callers.findIndex((d) => d.name === c.name || d.keyHash.equals(c.keyHash));
    if (j < i) problems.push(`callers.${i} (${c.name}): ${callers[j]?.name === c.name ? 'duplicate caller name' : `same key as caller '${callers[j]?.name}'`}`);
  });
  const store = src.limits?.store;
  if (store !== undefined && store !== 'memory' && !/^rediss?:\/\/[^/]/.test(store)) problems.push('limits.store: must be "memory" or a redis:// (rediss://) URL');
  for (const alias of Object.keys(src.limits?.per_model ?? {})) {
    if (!aliases.has(alias)) warnings.push(`limits.per_model.${alias}: no model alias of that name (per-model limits apply to aliases by exact name)`);
  }
  const envAnthropicPort = env.ANTHROPIC_PORT ? Number(env.ANTHROPIC_PORT) : undefined;
  if (envAnthropicPort !== undefined && !(Number.isInteger(envAnthropicPort) && envAnthropicPort >= 0 && envAnthropicPort < 65536)) {
    problems.push(`ANTHROPIC_PORT: not a port number: ${env.ANTHROPIC_PORT}`);
  }
  const defaultProvider = s.default_provider ?? null;
  if (defaultProvider && !providers.has(defaultProvider)) problems.push(`server.default_provider: unknown provider '${defaultProvider}'`);
  if (s.dashboard && !s.admin_key) problems.push('server.dashboard: needs server.admin_key (the dashboard shows every caller\'s usage and spend)');
  const signatureKey = resolveSecretRef('server.signature_key', s.signature_key, env, problems);
  if (signatureKey !== null && signatureKey.length < 16) problems.push('server.signature_key: too short (at least 16 characters; e.g. `openssl rand -base64 32`)');
  problems.push(...selfLoopProblems(providers.values(), { host: s.host ?? D.server.host, port: s.port ?? D.server.port, anthropicPort: s.anthropic_port ?? envAnthropicPort ?? null }));
  if (problems.length) throw new ConfigError(problems);
  const workers = s.workers === 'auto' ? Math.max(1, (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 1) : (s.workers ?? D.server.workers);
  const l = src.limits ?? {};
  const r = src.retry ?? {};
  const t = src.timeouts ?? {};
  const b = src.circuit_breaker ?? {};
  const lg = src.logging ?? {};
  const ob = src.observability ?? {};
  return {
    server: {
      host: s.host ?? D.server.host,
      port: s.port ?? D.server.port,
      anthropicPort: s.anthropic_port ?? envAnthropicPort ?? null,
      bodyLimitBytes: s.body_limit_bytes ?? D.server.body_limit_bytes,
      workers,
      auth: s.auth ?? D.server.auth,
      anthropicAuth: s.anthropic_auth ?? s.auth ?? D.server.auth,
      adminKey: s.admin_key ?? null,
      dashboard: s.dashboard ?? D.server.dashboard,
      shutdownGraceMs: s.shutdown_grace_ms ?? D.server.shutdown_grace_ms,
      keepaliveMs: s.keepalive_ms ?? D.server.keepalive_ms,
      defaultProvider,
      forceModel: s.force_model ?? null,
      maxBodyBytesInFlight: s.max_body_bytes_in_flight ?? D.server.max_body_bytes_in_flight,
      publicUrl: s.public_url ? s.public_url.replace(/\/+$/, '') : null,
      signatureKey,
    },
    providers,
    aliases,
    callers,
    limits: {
      store: l.store ?? D.limits.store,
      onStoreError: l.on_store_error ?? D.limits.on_store_error,
      storeTimeoutMs: l.store_timeout_ms ?? D.limits.store_timeout_ms,
      perCaller: l.per_caller ? toRateLimit(l.per_caller) : null,
      perModel: new Map(Object.entries(l.per_model ?? {}).map(([k, v]) => [k, toRateLimit(v)])),
    },
    retry: { maxAttempts: r.max_attempts ?? D.retry.max_attempts, baseDelayMs: r.base_delay_ms ?? D.retry.base_delay_ms, maxDelayMs: r.max_delay_ms ?? D.retry.max_delay_ms, budgetMs: r.budget_ms ?? D.retry.budget_ms },
    timeouts: { connectMs: t.connect_ms ?? D.timeouts.connect_ms, firstByteMs: t.first_byte_ms ?? D.timeouts.first_byte_ms, idleMs: t.idle_ms ?? D.timeouts.idle_ms, totalMs: t.total_ms ?? D.timeouts.total_ms },
    breaker: {
      failureThreshold: b.failure_threshold ?? D.circuit_breaker.failure_threshold,
      failureRate: b.failure_rate ?? D.circuit_breaker.failure_rate,
      windowMs: b.window_ms ?? D.circuit_breaker.window_ms,
      minRequests: b.min_requests ?? D.circuit_breaker.min_requests,
      cooldownMs: b.cooldown_ms ?? D.circuit_breaker.cooldown_ms,
      keyProbeMs: b.key_probe_ms ?? D.circuit_breaker.key_probe_ms,
    },
    logging: { level: lg.level ?? D.logging.level, usageSink: lg.usage_sink ?? D.logging.usage_sink, logPayloads: lg.log_payloads ?? D.logging.log_payloads },
    observability: { metrics: ob.metrics ?? D.observability.metrics, metricsKey: ob.metrics_key ?? null, otlpEndpoint: ob.otlp_endpoint ?? null },
    source: src,
    warnings,
    hasPassthroughProvider: [...providers.values()].some((p) => p.callerKeys === 'passthrough'),
  };
}

/** The catalog entry of a target's model (null: unknown provider or model outside the catalog). */
export function targetModelInfo(providers: ReadonlyMap<string, { type: ProviderType }>, provider: string, model: string): ModelInfo | null {
  const p = providers.get(provider);
  return (p && findModel(p.type, model)) ?? null;
}

function toRateLimit(l: { rpm?: number; tpm?: number; concurrent_streams?: number; usd_per_day?: number; usd_per_month?: number }): RateLimit {
  return { rpm: l.rpm, tpm: l.tpm, concurrentStreams: l.concurrent_streams, usdPerDay: l.usd_per_day, usdPerMonth: l.usd_per_month };
}

type PriceSrc = NonNullable<GatewayConfig['providers'][string]['pricing']>[string];
type TokenPriceSrc = Pick<PriceSrc, 'input' | 'output' | 'cache_read' | 'cache_write_5m' | 'cache_write_1h'>;
const tokenPrices = (t: TokenPriceSrc) => ({
  input: t.input,
  output: t.output,
  ...(t.cache_read !== undefined ? { cacheRead: t.cache_read } : {}),
  ...(t.cache_write_5m !== undefined ? { cacheWrite5m: t.cache_write_5m } : {}),
  ...(t.cache_write_1h !== undefined ? { cacheWrite1h: t.cache_write_1h } : {}),
});

/** `providers.<name>.pricing` (snake_case) → catalog-shaped prices, dated today, source "config". */
function pricesFromConfig(src: Record<string, PriceSrc>): Map<string, Pricing> {
  const date = new Date().toISOString().slice(0, 10);
  return new Map(Object.entries(src).map(([model, p]): [string, Pricing] => [model, {
    ...tokenPrices(p),
    ...(p.batch_discount !== undefined ? { batchDiscount: p.batch_discount } : {}),
    ...(p.long_context ? { longContext: { thresholdTokens: p.long_context.threshold_tokens, ...tokenPrices(p.long_context) } } : {}),
    date,
    source: p.source ?? 'config',
  }]));
}

/** Demo caller key used by the embedded default when SWITCHYARD_KEY is unset. */
export const DEMO_CALLER_KEY = 'sk-switchyard-demo';

/**
 * Why the embedded default must not start, or null. With a real provider key in
 * the environment (ANTHROPIC_API_KEY / OPENAI_API_KEY / GEMINI_API_KEY) the public demo caller key
 * would open a proxy to that account (direct provider routing included): the
 * gateway then requires an explicit SWITCHYARD_KEY that is not the demo key.
 */
export function embeddedDefaultProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const real = ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GEMINI_API_KEY'].filter((k) => env[k]);
  if (real.length === 0) return null;
  const key = env.SWITCHYARD_KEY;
  if (key && key !== DEMO_CALLER_KEY) return null;
  return `${real.join(' and ')} ${real.length > 1 ? 'are' : 'is'} set, so the embedded default would call the real API; it needs a private caller key: set SWITCHYARD_KEY (e.g. from \`switchyard keys new\`, not the public demo key ${DEMO_CALLER_KEY}), or start with --config FILE`;
}

/**
 * The embedded default config (no config file): the anthropic, openai and
 * gemini providers go to the in-process simulator unless ANTHROPIC_API_KEY /
 * OPENAI_API_KEY / GEMINI_API_KEY are set; every catalog model id of those three is an alias to itself, plus
 * `claude-prod`, `gpt-prod` and `gemini-prod`. One caller `demo` with SWITCHYARD_KEY (or the
 * demo key). `simulatorUrl` is the simulator's base URL.
 */
export function embeddedDefault(simulatorUrl: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const providers: GatewayConfig['providers'] = {
    anthropic: env.ANTHROPIC_API_KEY
      ? { type: 'anthropic', api_key: env.ANTHROPIC_API_KEY, ...(env.ANTHROPIC_BASE_URL ? { base_url: env.ANTHROPIC_BASE_URL } : {}) }
      : { type: 'anthropic', base_url: simulatorUrl, api_key: 'sim-key', simulated: true },
    openai: env.OPENAI_API_KEY
      ? { type: 'openai', api_key: env.OPENAI_API_KEY, ...(env.OPENAI_BASE_URL ? { base_url: env.OPENAI_BASE_URL } : {}) }
      : { type: 'openai', base_url: `${simulatorUrl}/v1`, api_key: 'sim-key', simulated: true },
    gemini: env.GEMINI_API_KEY
      ? { type: 'gemini', api_key: env.GEMINI_API_KEY, ...(env.GOOGLE_GEMINI_BASE_URL ? { base_url: env.GOOGLE_GEMINI_BASE_URL } : {}) }
      : { type: 'gemini', base_url: simulatorUrl, api_key: 'sim-key', simulated: true },
  };
  const models: NonNullable<GatewayConfig['models']> = {};
  // The catalogs of the providers configured here (provider name = type); other provider types have no entry to route to.
  for (const provider of Object.keys(providers) as ProviderType[]) {
    for (const [id, info] of Object.entries(MODELS[provider]) as [string, ModelInfo][]) {
      // Current models only: a deprecated or retired one would draw a lifecycle warning at every start.
      if (info.lifecycleDetail?.status === 'deprecated' || info.lifecycleDetail?.status === 'retired') continue;
      models[id] = { targets: [{ provider, model: id }] };
    }
  }
  models['claude-prod'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-5-5' }] };
  models['gpt-prod'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }] };
  models['gemini-prod'] = { targets: [{ provider: 'gemini', model: 'gemini-2.5-flash' }] };
  return {
    server: { host: env.HOST ?? D.server.host, port: env.PORT ? Number(env.PORT) : D.server.port },
    providers,
    models,
    callers: [{ name: 'demo', key: env.SWITCHYARD_KEY || DEMO_CALLER_KEY, models: ['*'], direct_provider_routing: true }],
  };
}
