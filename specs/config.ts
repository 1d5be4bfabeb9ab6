/**
 * The gateway config schema (YAML file, `${ENV_VAR}` interpolated before validation).
 *
 * Compiled by `npm run gen` into an AJV standalone validator
 * (generated/validators/config.js) and TypeScript types (generated/types/config.ts).
 * Unknown keys are rejected so that typos surface as errors naming their path.
 * Defaults are the schemas' `default` annotations: `npm run gen` collects them
 * into generated/config-defaults.ts and runtime/config/ applies them once, in
 * `normalize` (a value written nowhere else).
 */
import { Type, type Static, type TOptional, type TString } from '@sinclair/typebox';
import { PROVIDERS } from './providers/index.ts';

const Strict = { additionalProperties: false } as const;
/** `default` is the value runtime/config/ applies when the key is absent (generated/config-defaults.ts); the only place it is written. */
const withDefault = (def: unknown) => (def === undefined ? {} : { default: def });
const PositiveInt = (description: string, def?: number) => Type.Integer({ minimum: 1, description, ...withDefault(def) });
const Ms = (description: string, def?: number) => Type.Integer({ minimum: 0, description: `${description} (milliseconds)`, ...withDefault(def) });

export const ServerConfig = Type.Object(
  {
    host: Type.Optional(Type.String({ description: 'Listen address.', default: '127.0.0.1' })),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Main listener port (0 = any free port).', default: 4000 })),
    anthropic_port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Dedicated Anthropic listener (api.anthropic.com layout at the root). Env ANTHROPIC_PORT.' })),
    body_limit_bytes: Type.Optional(PositiveInt('Largest accepted request body.', 33554432)),
    workers: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 64 }), Type.Literal('auto')], { description: 'uWS worker threads serving one port.', default: 1 })),
    auth: Type.Optional(Type.Union([Type.Literal('required'), Type.Literal('optional')], { default: 'required', description: 'Caller authentication on the main listener (and the Anthropic listener unless anthropic_auth is set). optional: requests without a key run as caller "anonymous"; a wrong key is still 401.' })),
    anthropic_auth: Type.Optional(Type.Union([Type.Literal('required'), Type.Literal('optional')], { description: 'Caller authentication on the dedicated Anthropic listener (anthropic_port). Default: the value of auth.' })),
    admin_key: Type.Optional(Type.String({ minLength: 1, description: 'Key for /admin/* endpoints (hot reload). Admin endpoints are disabled without it.' })),
    dashboard: Type.Optional(Type.Boolean({ description: 'Serve the live dashboard at /dashboard (its data needs server.admin_key).', default: false })),
    shutdown_grace_ms: Type.Optional(Ms('How long in-flight requests may run after SIGTERM/SIGINT.', 10000)),
    keepalive_ms: Type.Optional(Ms('Keep-alive interval for streams while the caller waits for the first upstream byte.', 10000)),
    default_provider: Type.Optional(Type.String({ description: 'Provider used for a bare model name that is no alias (CLI --default-provider).' })),
    force_model: Type.Optional(Type.String({ description: 'Rewrite every request\'s model to this alias or model string (CLI --force-model). The caller must still be allowed that model (callers[].models).' })),
    max_body_bytes_in_flight: Type.Optional(PositiveInt('Request body bytes all requests together may hold while their bodies are read and served (256 MiB by default); a request beyond it gets a 503 with retry-after before its body is read.', 268435456)),
    signature_key: Type.Optional(Type.String({ minLength: 1, description: 'Secret that seals reasoning signatures carried across formats (a Gemini thought signature inside an Anthropic thinking block, Claude thinking inside a Gemini thoughtSignature), HMAC-SHA256. Every process and replica of one deployment needs the same value, or carried signatures do not survive a restart or a hop to another replica. A literal, `${VAR}`, or `env:NAME` (read from the environment variable NAME). Default: the SWITCHYARD_SIGNATURE_KEY environment variable, else a random key per start. At least 16 characters.' })),
    public_url: Type.Optional(Type.String({ pattern: '^https?://[^?#]+$', description: 'The gateway\'s public base URL (scheme, host, optional path prefix), used for links the gateway hands out (Message Batches results_url). Default: the listener\'s own address; forwarding headers (X-Forwarded-*, Host) are never used.' })),
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
    PROVIDER_OPTIONS[name] = Type.Optional(Type.String({ minLength: 1, description: `(${e.types.join(', ')} only) ${e.description}${e.default ? ` Default ${e.default}.` : ''}` }));
  }
}

/** Provider types whose spec has no default base URL (`baseUrl: null`). */
const NO_DEFAULT_BASE_URL = Object.keys(PROVIDERS).filter((t) => PROVIDERS[t]!.baseUrl === null).join(', ') || 'none';

const UsdPerMTok = (what: string) => Type.Number({ minimum: 0, description: `USD per million ${what} tokens.` });
const TokenPriceFields = {
  input: UsdPerMTok('input (uncached prompt)'),
  output: UsdPerMTok('output'),
  cache_read: Type.Optional(UsdPerMTok('prompt-cache read')),
  cache_write_5m: Type.Optional(UsdPerMTok('prompt-cache write (5-minute TTL)')),
  cache_write_1h: Type.Optional(UsdPerMTok('prompt-cache write (1-hour TTL)')),
};

/** A model's price at one provider entry, replacing the catalog's (specs/providers/*.ts `pricing`). */
export const PriceConfig = Type.Object(
  {
    ...TokenPriceFields,
    batch_discount: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Fraction off input and output on the batch API (0.5 = 50 %).' })),
    long_context: Type.Optional(Type.Object(
      { threshold_tokens: PositiveInt('Prompt tokens (input + cache read + cache write) above which these prices apply to the whole request.'), ...TokenPriceFields },
      Strict,
    )),
    source: Type.Optional(Type.String({ description: 'Where the price comes from (contract, URL); shown in /health.' })),
  },
  Strict,
);

export const ProviderConfig = Type.Object(
  {
    // One literal per file under specs/providers/ (adding a provider spec file is enough).
    type: Type.Union(Object.keys(PROVIDERS).map((t) => Type.Literal(t)), { description: 'Provider type: selects the provider spec in specs/providers/ (one file per type).' }),
    base_url: Type.Optional(Type.String({ minLength: 1, description: 'Upstream base URL; defaults to the provider table\'s base URL. Use for self-hosted or compatible endpoints. Required for provider types without a default (' + NO_DEFAULT_BASE_URL + ').' })),
    api_key: Type.Optional(Type.String({ description: 'Provider key (BYOK store). Empty means "not configured".' })),
    api_keys: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Several provider keys, rotated round-robin; a key answered with 401/403 is taken out of rotation.' })),
    caller_keys: Type.Optional(Type.Union([Type.Literal('stored'), Type.Literal('passthrough')], { default: 'stored', description: 'stored: use api_key(s). passthrough: the caller\'s own x-api-key / Authorization goes upstream and gateway auth comes in x-switchyard-key.' })),
    headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Extra headers sent upstream.' })),
    simulated: Type.Optional(Type.Boolean({ description: 'Served by the built-in simulator (set by the embedded default).', default: false })),
    pricing: Type.Optional(Type.Record(Type.String({ minLength: 1 }), PriceConfig, { description: 'Prices per upstream model id at this provider, replacing the catalog\'s (negotiated rates, models the catalog leaves unpriced).' })),
    price_multiplier: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Multiplies every price of this provider (regional or data-residency uplift, e.g. 1.1).', default: 1 })),
    // Provider-specific settings: one optional field per `configOptions` name of any spec under specs/providers/.
    ...PROVIDER_OPTIONS,
  },
  Strict,
);

export const TargetConfig = Type.Object(
  {
    provider: Type.String({ minLength: 1, description: 'Name of an entry under providers.' }),
    model: Type.String({ minLength: 1, description: 'Upstream model id.' }),
    weight: Type.Optional(Type.Number({ minimum: 0, description: 'Weight for the weighted strategy.', default: 1 })),
  },
  Strict,
);

export const ModelConfig = Type.Object(
  {
    targets: Type.Array(TargetConfig, { minItems: 1 }),
    strategy: Type.Optional(Type.Union([Type.Literal('single'), Type.Literal('failover'), Type.Literal('weighted')], { description: 'Default: single for one target, failover for several.' })),
    unsupported_params: Type.Optional(Type.Union([Type.Literal('reject'), Type.Literal('drop'), Type.Literal('strict')], { default: 'reject', description: 'A request field a translated target cannot carry, by its loss class (specs/translation.ts): reject drops advisory losses, naming them in x-switchyard-degraded, and answers 400 for semantic ones; drop drops both (x-switchyard-dropped-params); strict answers 400 for both.' })),
    max_tokens_default: Type.Optional(PositiveInt('max_tokens sent to Anthropic when an OpenAI caller gives none. Default: from the model catalog, else 4096.')),
  },
  Strict,
);

export const RateLimitConfig = Type.Object(
  {
    rpm: Type.Optional(PositiveInt('Requests per minute.')),
    tpm: Type.Optional(PositiveInt('Tokens per minute (input + output as reported by the upstream).')),
    concurrent_streams: Type.Optional(PositiveInt('Streams open at once.')),
    usd_per_day: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Spend budget in USD per UTC calendar day (reserved before the upstream call, settled to the real cost).' })),
    usd_per_month: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Spend budget in USD per UTC calendar month.' })),
  },
  Strict,
);

export const CallerConfig = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    key: Type.Optional(Type.String({ description: 'Plain caller key (development; usually ${ENV_VAR}).' })),
    key_sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Hex SHA-256 of the caller key (switchyard keys new).' })),
    models: Type.Optional(Type.Array(Type.String(), { description: 'Model alias globs this caller may use.', default: ['*'] })),
    direct_provider_routing: Type.Optional(Type.Boolean({ description: 'Allow provider:model and provider/model strings.', default: false })),
    metadata: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Carried into usage records (team, user, ...).' })),
    limits: Type.Optional(RateLimitConfig),
  },
  Strict,
);

export const LimitsConfig = Type.Object(
  {
    store: Type.Optional(Type.String({ description: '"memory" or a redis:// URL shared by several gateway processes.', default: 'memory' })),
    on_store_error: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')], { description: 'When the store is unreachable: admit (open) or reject (closed).', default: 'open' })),
    store_timeout_ms: Type.Optional(PositiveInt('Longest wait for one store call (milliseconds); a slower store counts as unreachable and its circuit opens for a few seconds.', 100)),
    per_caller: Type.Optional(RateLimitConfig),
    per_model: Type.Optional(Type.Record(Type.String(), RateLimitConfig)),
  },
  Strict,
);

export const RetryConfig = Type.Object(
  {
    max_attempts: Type.Optional(PositiveInt('Attempts per request across targets.', 3)),
    base_delay_ms: Type.Optional(Ms('First backoff delay.', 200)),
    max_delay_ms: Type.Optional(Ms('Largest backoff delay.', 5000)),
    budget_ms: Type.Optional(Ms('Total time for all attempts.', 60000)),
  },
  Strict,
);

export const TimeoutsConfig = Type.Object(
  {
    connect_ms: Type.Optional(Ms('TCP/TLS connect.', 10000)),
    first_byte_ms: Type.Optional(Ms('Until response headers.', 120000)),
    idle_ms: Type.Optional(Ms('Largest gap between stream chunks.', 120000)),
    total_ms: Type.Optional(Ms('Whole request.', 600000)),
  },
  Strict,
);

export const CircuitBreakerConfig = Type.Object(
  {
    failure_threshold: Type.Optional(PositiveInt('Consecutive failures that open the circuit.', 5)),
    failure_rate: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Failure ratio over the window that opens the circuit.', default: 0.5 })),
    window_ms: Type.Optional(Ms('Window for the failure rate.', 30000)),
    min_requests: Type.Optional(PositiveInt('Requests in the window before the rate applies.', 20)),
    cooldown_ms: Type.Optional(Ms('Open time before a half-open probe.', 15000)),
    key_probe_ms: Type.Optional(Ms('How long a provider key answered with 401/403 stays out of rotation before one request probes it again (doubling up to 1 hour while it keeps failing).', 60000)),
  },
  Strict,
);

export const LoggingConfig = Type.Object(
  {
    level: Type.Optional(Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { description: 'Operational log level (stderr).', default: 'info' })),
    usage_sink: Type.Optional(Type.String({ description: '"stdout", "none", or a file path for usage records (JSON lines).', default: 'stdout' })),
    log_payloads: Type.Optional(Type.Boolean({ description: 'Include prompt/completion text in usage records.', default: false })),
  },
  Strict,
);

export const ObservabilityConfig = Type.Object(
  {
    metrics: Type.Optional(Type.Boolean({ description: 'Serve Prometheus /metrics.', default: true })),
    metrics_key: Type.Optional(Type.String({ minLength: 1, description: 'When set, /metrics requires it as Authorization: Bearer <key> (or x-metrics-key). Default: none (serve /metrics on a private network only).' })),
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
