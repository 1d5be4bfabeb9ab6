/**
 * The gateway config schema (YAML file, `${ENV_VAR}` interpolated before validation).
 *
 * Compiled by `npm run gen` into an AJV standalone validator
 * (generated/validators/config.js) and TypeScript types (generated/types/config.ts).
 * Unknown keys are rejected so that typos surface as errors naming their path.
 * Defaults are documented here and applied by runtime/config/.
 */
import { Type, type Static } from '@sinclair/typebox';

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
    dashboard: Type.Optional(Type.Boolean({ description: 'Serve the live dashboard at /dashboard (its data needs server.admin_key). Default false.' })),
    shutdown_grace_ms: Type.Optional(Ms('How long in-flight requests may run after SIGTERM/SIGINT. Default 10000')),
    keepalive_ms: Type.Optional(Ms('Keep-alive interval for streams while the caller waits for the first upstream byte. Default 10000')),
    default_provider: Type.Optional(Type.String({ description: 'Provider used for a bare model name that is no alias (CLI --default-provider).' })),
    force_model: Type.Optional(Type.String({ description: 'Rewrite every request\'s model to this alias or model string (CLI --force-model). The caller must still be allowed that model (callers[].models).' })),
    max_body_bytes_in_flight: Type.Optional(PositiveInt('Request body bytes all requests together may hold while their bodies are read and served; a request beyond it gets a 503 with retry-after before its body is read. Default 268435456 (256 MiB).')),
    public_url: Type.Optional(Type.String({ pattern: '^https?://[^?#]+$', description: 'The gateway\'s public base URL (scheme, host, optional path prefix), used for links the gateway hands out (Message Batches results_url). Default: the listener\'s own address; forwarding headers (X-Forwarded-*, Host) are never used.' })),
  },
  Strict,
);

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
    type: Type.Union([Type.Literal('anthropic'), Type.Literal('openai')], { description: 'Provider type: selects the capability table in specs/providers/.' }),
    base_url: Type.Optional(Type.String({ minLength: 1, description: 'Upstream base URL; defaults to the provider table\'s base URL. Use for self-hosted or compatible endpoints.' })),
    api_key: Type.Optional(Type.String({ description: 'Provider key (BYOK store). Empty means "not configured".' })),
    api_keys: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Several provider keys, rotated round-robin; a key answered with 401/403 is taken out of rotation.' })),
    caller_keys: Type.Optional(Type.Union([Type.Literal('stored'), Type.Literal('passthrough')], { description: 'stored (default): use api_key(s). passthrough: the caller\'s own x-api-key / Authorization goes upstream and gateway auth comes in x-switchyard-key.' })),
    headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Extra headers sent upstream.' })),
    simulated: Type.Optional(Type.Boolean({ description: 'Served by the built-in simulator (set by the embedded default).' })),
    pricing: Type.Optional(Type.Record(Type.String({ minLength: 1 }), PriceConfig, { description: 'Prices per upstream model id at this provider, replacing the catalog\'s (negotiated rates, models the catalog leaves unpriced).' })),
    price_multiplier: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Multiplies every price of this provider (regional or data-residency uplift, e.g. 1.1). Default 1.' })),
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
    unsupported_params: Type.Optional(Type.Union([Type.Literal('reject'), Type.Literal('drop'), Type.Literal('strict')], { description: 'A request field a translated target cannot carry, by its loss class (specs/translation.ts): reject (default) drops advisory losses, naming them in x-switchyard-degraded, and answers 400 for semantic ones; drop drops both (x-switchyard-dropped-params); strict answers 400 for both.' })),
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
    store_timeout_ms: Type.Optional(PositiveInt('Longest wait for one store call (milliseconds); a slower store counts as unreachable and its circuit opens for a few seconds. Default 100.')),
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
    key_probe_ms: Type.Optional(Ms('How long a provider key answered with 401/403 stays out of rotation before one request probes it again (doubling up to 1 hour while it keeps failing). Default 60000')),
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
