/**
 * The gateway config schema (YAML file, `${ENV_VAR}` interpolated before validation).
 *
 * Compiled by `npm run gen` into an AJV standalone validator
 * (generated/validators/config.js) and TypeScript types (generated/types/config.ts).
 * Unknown keys are rejected so that typos surface as errors naming their path.
 * Defaults are documented here and applied by runtime/config/.
 */
import { Type, type Static, type TOptional, type TString } from '@sinclair/typebox';
import { PROVIDERS } from './providers/index.ts';

const Strict = { additionalProperties: false } as const;
const PositiveInt = (description: string) => Type.Integer({ minimum: 1, description });
const Ms = (description: string) => Type.Integer({ minimum: 0, description: `${description} (milliseconds)` });

export const ServerConfig = Type.Object(
  {
    host: Type.Optional(Type.String({ description: 'Listen address. Default 127.0.0.1.' })),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Main listener port. Default 4000 (0 = any free port).' })),
    anthropic_port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Dedicated Anthropic listener (api.anthropic.com layout at the root). Env ANTHROPIC_PORT.' })),
    body_limit_bytes: Type.Optional(PositiveInt('Largest accepted request body. Default 33554432 (32 MiB).')),
    workers: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 64 }), Type.Literal('auto')], { description: 'uWS worker threads serving one port. Default 1.' })),
    auth: Type.Optional(Type.Union([Type.Literal('required'), Type.Literal('optional')], { description: 'Caller authentication on the main listener (and the Anthropic listener unless anthropic_auth is set). Default required. optional: requests without a key run as caller "anonymous"; a wrong key is still 401.' })),
    anthropic_auth: Type.Optional(Type.Union([Type.Literal('required'), Type.Literal('optional')], { description: 'Caller authentication on the dedicated Anthropic listener (anthropic_port). Default: the value of auth.' })),
    admin_key: Type.Optional(Type.String({ minLength: 1, description: 'Key for /admin/* endpoints (hot reload). Admin endpoints are disabled without it.' })),
    shutdown_grace_ms: Type.Optional(Ms('How long in-flight requests may run after SIGTERM/SIGINT. Default 10000')),
    keepalive_ms: Type.Optional(Ms('Keep-alive interval for streams while the caller waits for the first upstream byte. Default 10000')),
    default_provider: Type.Optional(Type.String({ description: 'Provider used for a bare model name that is no alias (CLI --default-provider).' })),
    force_model: Type.Optional(Type.String({ description: 'Rewrite every request\'s model to this alias or model string (CLI --force-model).' })),
  },
  Strict,
);

/**
 * Provider-specific settings (`configOptions` of the provider specs), one
 * optional string field each; the description names the provider types that
 * take it and its default. Setting one on another type is rejected at config
 * load (runtime/config/index.ts).
 */
const PROVIDER_OPTIONS: Record<string, TOptional<TString>> = {};
{
  const byName = new Map<string, { types: string[]; description: string; default: string }>();
  for (const [type, spec] of Object.entries(PROVIDERS)) {
    for (const [name, o] of Object.entries(spec.configOptions ?? {})) {
      const e = byName.get(name) ?? { types: [], description: o.description, default: o.default };
      e.types.push(type);
      byName.set(name, e);
    }
  }
  for (const name of [...byName.keys()].sort()) {
    const e = byName.get(name)!;
    PROVIDER_OPTIONS[name] = Type.Optional(Type.String({ minLength: 1, description: `(${e.types.join(', ')} only) ${e.description} Default ${e.default}.` }));
  }
}

/** Provider types whose spec has no default base URL (`baseUrl: null`). */
const NO_DEFAULT_BASE_URL = Object.keys(PROVIDERS).filter((t) => PROVIDERS[t]!.baseUrl === null).join(', ') || 'none';

export const ProviderConfig = Type.Object(
  {
    // One literal per file under specs/providers/ (adding a provider spec file is enough).
    type: Type.Union(Object.keys(PROVIDERS).map((t) => Type.Literal(t)), { description: 'Provider type: selects the provider spec in specs/providers/ (one file per type).' }),
    base_url: Type.Optional(Type.String({ minLength: 1, description: 'Upstream base URL; defaults to the provider table\'s base URL. Use for self-hosted or compatible endpoints. Required for provider types without a default (' + NO_DEFAULT_BASE_URL + ').' })),
    api_key: Type.Optional(Type.String({ description: 'Provider key (BYOK store). Empty means "not configured".' })),
    api_keys: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Several provider keys, rotated round-robin; a key answered with 401/403 is taken out of rotation.' })),
    caller_keys: Type.Optional(Type.Union([Type.Literal('stored'), Type.Literal('passthrough')], { description: 'stored (default): use api_key(s). passthrough: the caller\'s own x-api-key / Authorization goes upstream and gateway auth comes in x-switchyard-key.' })),
    headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Extra headers sent upstream.' })),
    simulated: Type.Optional(Type.Boolean({ description: 'Served by the built-in simulator (set by the embedded default).' })),
    // Provider-specific settings: one optional field per `configOptions` name of any spec under specs/providers/.
    ...PROVIDER_OPTIONS,
  },
  Strict,
);

export const TargetConfig = Type.Object(
  {
    provider: Type.String({ minLength: 1, description: 'Name of an entry under providers.' }),
    model: Type.String({ minLength: 1, description: 'Upstream model id.' }),
    weight: Type.Optional(Type.Number({ minimum: 0, description: 'Weight for the weighted strategy. Default 1.' })),
  },
  Strict,
);

export const ModelConfig = Type.Object(
  {
    targets: Type.Array(TargetConfig, { minItems: 1 }),
    strategy: Type.Optional(Type.Union([Type.Literal('single'), Type.Literal('failover'), Type.Literal('weighted')], { description: 'Default: single for one target, failover for several.' })),
    unsupported_params: Type.Optional(Type.Union([Type.Literal('reject'), Type.Literal('drop')], { description: 'A request field the target cannot carry: 400 (reject, default) or dropped and listed in x-switchyard-dropped-params.' })),
    max_tokens_default: Type.Optional(PositiveInt('max_tokens sent to Anthropic when an OpenAI caller gives none. Default: from the model catalog, else 4096.')),
  },
  Strict,
);

export const RateLimitConfig = Type.Object(
  {
    rpm: Type.Optional(PositiveInt('Requests per minute.')),
    tpm: Type.Optional(PositiveInt('Tokens per minute (input + output as reported by the upstream).')),
    concurrent_streams: Type.Optional(PositiveInt('Streams open at once.')),
  },
  Strict,
);

export const CallerConfig = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    key: Type.Optional(Type.String({ description: 'Plain caller key (development; usually ${ENV_VAR}).' })),
    key_sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Hex SHA-256 of the caller key (switchyard keys new).' })),
    models: Type.Optional(Type.Array(Type.String(), { description: 'Model alias globs this caller may use. Default ["*"].' })),
    direct_provider_routing: Type.Optional(Type.Boolean({ description: 'Allow provider:model and provider/model strings. Default false.' })),
    metadata: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Carried into usage records (team, user, ...).' })),
    limits: Type.Optional(RateLimitConfig),
  },
  Strict,
);

export const LimitsConfig = Type.Object(
  {
    store: Type.Optional(Type.String({ description: '"memory" (default) or a redis:// URL shared by several gateway processes.' })),
    on_store_error: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')], { description: 'When the store is unreachable: admit (open, default) or reject (closed).' })),
    per_caller: Type.Optional(RateLimitConfig),
    per_model: Type.Optional(Type.Record(Type.String(), RateLimitConfig)),
  },
  Strict,
);

export const RetryConfig = Type.Object(
  {
    max_attempts: Type.Optional(PositiveInt('Attempts per request across targets. Default 3.')),
    base_delay_ms: Type.Optional(Ms('First backoff delay. Default 200')),
    max_delay_ms: Type.Optional(Ms('Largest backoff delay. Default 5000')),
    budget_ms: Type.Optional(Ms('Total time for all attempts. Default 60000')),
  },
  Strict,
);

export const TimeoutsConfig = Type.Object(
  {
    connect_ms: Type.Optional(Ms('TCP/TLS connect. Default 10000')),
    first_byte_ms: Type.Optional(Ms('Until response headers. Default 120000')),
    idle_ms: Type.Optional(Ms('Largest gap between stream chunks. Default 120000')),
    total_ms: Type.Optional(Ms('Whole request. Default 600000')),
  },
  Strict,
);

export const CircuitBreakerConfig = Type.Object(
  {
    failure_threshold: Type.Optional(PositiveInt('Consecutive failures that open the circuit. Default 5.')),
    failure_rate: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Failure ratio over the window that opens the circuit. Default 0.5.' })),
    window_ms: Type.Optional(Ms('Window for the failure rate. Default 30000')),
    min_requests: Type.Optional(PositiveInt('Requests in the window before the rate applies. Default 20.')),
    cooldown_ms: Type.Optional(Ms('Open time before a half-open probe. Default 15000')),
  },
  Strict,
);

export const LoggingConfig = Type.Object(
  {
    level: Type.Optional(Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)))),
    usage_sink: Type.Optional(Type.String({ description: '"stdout" (default), "none", or a file path for usage records (JSON lines).' })),
    log_payloads: Type.Optional(Type.Boolean({ description: 'Include prompt/completion text in usage records. Default false.' })),
  },
  Strict,
);

export const ObservabilityConfig = Type.Object(
  {
    metrics: Type.Optional(Type.Boolean({ description: 'Serve Prometheus /metrics. Default true.' })),
    otlp_endpoint: Type.Optional(Type.String({ description: 'OTLP/HTTP endpoint for traces (GenAI semantic conventions).' })),
  },
  Strict,
);

export const GatewayConfig = Type.Object(
  {
    server: Type.Optional(ServerConfig),
    providers: Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$' }), ProviderConfig, {
      additionalProperties: false,
      description: 'Upstream providers by name (lower case, digits, _ and -).',
    }),
    models: Type.Optional(Type.Record(Type.String(), ModelConfig)),
    callers: Type.Optional(Type.Array(CallerConfig)),
    limits: Type.Optional(LimitsConfig),
    retry: Type.Optional(RetryConfig),
    timeouts: Type.Optional(TimeoutsConfig),
    circuit_breaker: Type.Optional(CircuitBreakerConfig),
    logging: Type.Optional(LoggingConfig),
    observability: Type.Optional(ObservabilityConfig),
  },
  { ...Strict, $id: 'GatewayConfig', title: 'GatewayConfig' },
);
export type GatewayConfig = Static<typeof GatewayConfig>;
