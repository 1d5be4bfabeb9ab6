/**
 * The shape of a provider capability table (one per provider under specs/providers/).
 *
 * Carries at least what Kong's provider reference pages carry: per capability the
 * route type, upstream path, method, streaming support, model example, min version
 * (the Switchyard version that introduced it), native formats, native-format
 * limitations and statistics-logging limitations; per provider the base URL, auth
 * scheme and version header; per model its catalog data and published price
 * (USD per million tokens, with the date and source of each price).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Format, RouteType } from './route-types.ts';

export const Capability = Type.Object(
  {
    name: Type.String({ description: 'Human name of the capability (e.g. "Chat completions").' }),
    routeType: RouteType,
    method: Type.Union([Type.Literal('GET'), Type.Literal('POST'), Type.Literal('DELETE')]),
    upstreamPath: Type.String({ description: 'Path appended to the provider base URL.' }),
    streaming: Type.Boolean({ description: 'Whether the upstream can answer with SSE.' }),
    modelExample: Type.String(),
    minVersion: Type.String({ description: 'Switchyard version that introduced this capability.' }),
    nativeFormats: Type.Array(Format, { description: 'Ingress formats that reach this capability natively (passthrough).' }),
    translatedFormats: Type.Array(Format, { description: 'Ingress formats that reach this capability through a transcoder.' }),
    nativeOnly: Type.Boolean({ description: 'Only reachable in the provider\'s native format (no translation).' }),
    nativeFormatLimitations: Type.Array(Type.String()),
    usageReported: Type.Boolean({ description: 'Whether the upstream response carries token usage (statistics logging).' }),
    statisticsLimitations: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type Capability = Static<typeof Capability>;

export const Unsupported = Type.Object(
  { routeType: RouteType, reason: Type.String() },
  { additionalProperties: false },
);
export type Unsupported = Static<typeof Unsupported>;

const PerMTok = (what: string) => Type.Number({ minimum: 0, description: `USD per million ${what} tokens.` });

/** The token prices of one tier (standard, or the long-context tier). */
export const TokenPrices = Type.Object(
  {
    input: PerMTok('input (uncached prompt)'),
    output: PerMTok('output (including reasoning/thinking)'),
    cacheRead: Type.Optional(PerMTok('prompt-cache read (cache hit; OpenAI "cached input")')),
    cacheWrite5m: Type.Optional(PerMTok('prompt-cache write with the 5-minute TTL (Anthropic default)')),
    cacheWrite1h: Type.Optional(PerMTok('prompt-cache write with the 1-hour TTL')),
  },
  { additionalProperties: false },
);
export type TokenPrices = Static<typeof TokenPrices>;

/**
 * A model's published price. A token category the request used whose price is
 * absent makes the request unpriced (never guessed).
 */
export const Pricing = Type.Object(
  {
    ...TokenPrices.properties,
    batchDiscount: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Fraction taken off input and output on the provider\'s batch API (0.5 = 50 %).' })),
    longContext: Type.Optional(Type.Object(
      {
        thresholdTokens: Type.Integer({ minimum: 1, description: 'Prompt tokens (input + cache read + cache write) above which the tier applies.' }),
        ...TokenPrices.properties,
      },
      { additionalProperties: false, description: 'Prices for every token of a request whose prompt exceeds thresholdTokens.' },
    )),
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date (UTC) the price was read from its source.' }),
    source: Type.String({ description: 'URL of the published price.' }),
  },
  { additionalProperties: false },
);
export type Pricing = Static<typeof Pricing>;

/** Anthropic `thinking.type` values (Messages API: extended thinking `enabled` with `budget_tokens`; `adaptive`; `disabled`; Claude Sonnet 5.5's `between_tools`). */
export const ThinkingType = Type.Union([Type.Literal('enabled'), Type.Literal('adaptive'), Type.Literal('disabled'), Type.Literal('between_tools')], { title: 'ThinkingType' });
export type ThinkingType = Static<typeof ThinkingType>;

/** Anthropic `output_config.effort` levels, lowest first (effort doc). */
export const EffortLevel = Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high'), Type.Literal('xhigh'), Type.Literal('max')], { title: 'EffortLevel' });
export type EffortLevel = Static<typeof EffortLevel>;

const IsoDate = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

/**
 * Where a model is in its provider's lifecycle (Anthropic's terms, model-deprecations page):
 * active → legacy (no more updates) → deprecated (a retirement date is set) → retired (requests fail).
 * Dates are per upstream: Anthropic's apply to the Claude API and Microsoft Foundry; Amazon Bedrock and
 * Google Vertex AI set their own, so a cloud row carries only the dates read for that cloud.
 */
export const Lifecycle = Type.Object(
  {
    status: Type.Union([Type.Literal('active'), Type.Literal('legacy'), Type.Literal('deprecated'), Type.Literal('retired')]),
    released: Type.Optional(IsoDate('Release date (UTC).')),
    deprecated: Type.Optional(IsoDate('Date the deprecation was announced.')),
    retires: Type.Optional(IsoDate('Retirement date: from this day (UTC) on, requests to the model fail upstream (the gateway warns at start-up; it still sends them, since the upstream decides).')),
    replacement: Type.Optional(Type.String({ description: 'Recommended replacement (model id on the same upstream).' })),
    note: Type.Optional(Type.String()),
    source: Type.String({ description: 'URL the lifecycle facts were read from.' }),
  },
  { additionalProperties: false, title: 'Lifecycle' },
);
export type Lifecycle = Static<typeof Lifecycle>;

export const ModelInfo = Type.Object(
  {
    id: Type.String(),
    displayName: Type.String(),
    contextWindow: Type.Integer({ description: 'Tokens (input + output).' }),
    maxOutputTokens: Type.Integer(),
    inputModalities: Type.Array(Type.Union([Type.Literal('text'), Type.Literal('image'), Type.Literal('pdf'), Type.Literal('audio')])),
    thinking: Type.Boolean({ description: 'Supports extended thinking / reasoning.' }),
    stopsAtWindow: Type.Optional(Type.Boolean({
      description: 'true: when prompt + max_tokens exceeds the context window the upstream still accepts the request and stops generating '
        + 'at the window (Anthropic, Claude Sonnet 4.5 and later: stop_reason model_context_window_exceeded), so the gateway checks the prompt '
        + 'alone. false/absent: the upstream rejects such a request, so the gateway rejects it first.',
    })),
    pricing: Type.Optional(Pricing),
    thinkingTypes: Type.Optional(Type.Array(ThinkingType, {
      description: 'Values of the Anthropic request field `thinking.type` the model accepts (Claude models; specs/models/claude.ts). '
        + 'Absent: not described (the gateway passes `thinking` through unchecked).',
    })),
    effortLevels: Type.Optional(Type.Array(EffortLevel, {
      description: 'Values of `output_config.effort` the model accepts; [] = the model takes no effort parameter. Absent: not described.',
    })),
    cacheTtl1h: Type.Optional(Type.Boolean({ description: 'Whether `cache_control.ttl: "1h"` (1-hour prompt cache) is accepted. Absent: not described.' })),
    lifecycle: Type.Optional(Type.Union([Type.Literal('preview'), Type.Literal('stable'), Type.Literal('deprecated')], {
      description: 'Release stage the provider publishes: preview (may change or go away at short notice), stable, deprecated (a shutdown date is announced or passed). Absent: not stated.',
    })),
    lifecycleDetail: Type.Optional(Lifecycle),
    canonicalId: Type.Optional(Type.String({ description: 'On a cloud upstream: the Anthropic API id of the same model (the catalog row it comes from).' })),
  },
  { additionalProperties: false },
);
export type ModelInfo = Static<typeof ModelInfo>;

/**
 * Dialect quirks of a provider that data can describe: what its API does
 * differently from the reference API of its native wire format. The translation
 * layer reads it (RequestContext.dialect, runtime/transcode/types.ts); the
 * simulator plays it. Every field is optional: absent = the reference API's
 * behaviour (OpenAI's own Chat Completions for `openai-chat`).
 *
 * Source: each provider's API reference, cited in its spec file.
 */
export const Dialect = Type.Object(
  {
    maxTokensField: Type.Optional(Type.Union([Type.Literal('max_completion_tokens'), Type.Literal('max_tokens')], {
      description: 'Request field that carries the output-token limit. Default: the format\'s (openai-chat: max_completion_tokens).',
    })),
    reasoningField: Type.Optional(Type.Union([Type.Literal('reasoning_content'), Type.Literal('reasoning')], {
      description: 'Field of a response message / stream delta that carries reasoning text (deepseek: reasoning_content, openrouter: reasoning).',
    })),
    rejectedParams: Type.Optional(Type.Array(Type.String({ maxLength: 128 }), {
      description: 'Request fields (JSON paths) the provider rejects although its format defines them: the gateway must not send them.',
    })),
    renamedParams: Type.Optional(Type.Record(Type.String(), Type.String(), {
      description: 'Request fields the provider names differently: format field → provider field.',
    })),
    streamUsage: Type.Optional(Type.Boolean({
      description: 'Whether streams honour `stream_options.include_usage` (a final usage chunk). Default true.',
    })),
    toolCallId: Type.Optional(Type.Object(
      {
        maxLength: Type.Optional(Type.Integer({ minimum: 1 })),
        pattern: Type.Optional(Type.String({ description: 'Regular expression every tool-call id must match.' })),
      },
      { additionalProperties: false, description: 'Rules tool-call ids must follow (e.g. Mistral: 9 alphanumerics).' },
    )),
  },
  { additionalProperties: false, title: 'Dialect' },
);
export type Dialect = Static<typeof Dialect>;

/**
 * Which `anthropic-beta` values a Claude-serving upstream accepts and how they
 * travel — so a beta the upstream would reject ("invalid beta flag", LiteLLM
 * #20021) never reaches it. The gateway (runtime/providers/betas.ts) splits the
 * caller's comma-separated `anthropic-beta` header per request:
 * - `accepted`: sent. `'all'`: every value, and with `transport: 'header'` the
 *   caller's header is forwarded byte for byte (Anthropic's own API).
 * - `renamed`: a value the upstream knows under another name (Claude Code's
 *   `advanced-tool-use-2025-11-20` is `tool-search-tool-2025-10-19` on
 *   Bedrock and Vertex): sent under that name.
 * - every other value is a loss, classified like a request field
 *   (specs/translation.ts): `semantic` values (their body features fail or
 *   change meaning without them) are a 400 naming the beta; all others are
 *   advisory: dropped and named in `x-switchyard-degraded` (and
 *   `x-switchyard-dropped-params`) as `anthropic-beta:<value>`. The alias's
 *   `unsupported_params` applies as for fields (`strict`: 400 for both,
 *   `drop`: drop both, named). A 400 moves on to the alias's next target.
 * - `transport`: `header` (the `anthropic-beta` header, comma-separated) or
 *   `body` (a JSON array `anthropic_beta` in the request body, Bedrock
 *   InvokeModel; the adapter's body envelope reads `AdapterContext.betas`).
 * Absent on providers that do not serve Claude (the header is not forwarded).
 */
export const AnthropicBetas = Type.Object(
  {
    transport: Type.Union([Type.Literal('header'), Type.Literal('body')], { description: 'header: `anthropic-beta` request header; body: `anthropic_beta` array in the request body.' }),
    accepted: Type.Union([Type.Literal('all'), Type.Array(Type.String({ maxLength: 128 }))], { description: "Beta values the upstream accepts ('all': every value, forwarded unchanged)." }),
    renamed: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Caller beta → the name the upstream accepts for the same feature.' })),
    semantic: Type.Array(Type.String({ maxLength: 128 }), { description: 'Betas, not accepted, whose loss is semantic (400 naming it); every other value not accepted is advisory (dropped, named).' }),
    source: Type.String({ description: 'Where the accepted list comes from (API doc, observed behaviour).' }),
  },
  { additionalProperties: false, title: 'AnthropicBetas' },
);
export type AnthropicBetas = Static<typeof AnthropicBetas>;

/** A provider-specific config setting (`providers.<name>.<option>`), read by the provider's adapter (`ctx.provider.options`). */
export const ConfigOption = Type.Object(
  {
    description: Type.String(),
    default: Type.String({ description: "Value used when the config does not set it ('' with `required`: none)." }),
    required: Type.Optional(Type.Boolean({ description: 'The config must set it (a config error names it otherwise); also filled into `{<option>}` of the spec `baseUrl`.' })),
    secret: Type.Optional(Type.Boolean({ description: 'A credential: read by the adapter only, never printed (docs, /health, logs, errors), and scrubbed from upstream answers like a provider key.' })),
    providerKey: Type.Optional(Type.Boolean({
      description: 'Without `api_key`, this option\'s value stands for the provider credential in key rotation and /health (masked): a 401/403 '
        + 'takes it out of rotation and fails over like a bad api_key (e.g. bedrock `aws_access_key_id`, whose secret signs the request).',
    })),
  },
  { additionalProperties: false, title: 'ConfigOption' },
);
export type ConfigOption = Static<typeof ConfigOption>;

/** How the provider key is sent: a header with a value prefix (`authorization` + `Bearer `, `x-api-key` + ``), or null (no authentication: local servers). Request signing is an adapter hook (runtime/providers/). */
export const ProviderAuth = Type.Union([
  Type.Object({ header: Type.String(), prefix: Type.String() }, { additionalProperties: false }),
  Type.Null(),
]);

export const ProviderSpec = Type.Object(
  {
    type: Type.String(),
    displayName: Type.String(),
    nativeFormat: Format,
    baseUrl: Type.Union([Type.String(), Type.Null()], {
      description: 'Default upstream base URL (no trailing slash). null: none — `providers.<name>.base_url` is required (generic and per-tenant endpoints: openai-compatible, azure-openai).',
    }),
    docs: Type.String(),
    auth: ProviderAuth,
    dialect: Type.Optional(Dialect),
    betas: Type.Optional(AnthropicBetas),
    configOptions: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]*$' }), ConfigOption, {
      description: 'Provider-specific settings accepted under `providers.<name>` (e.g. azure-openai `api_version`); the config schema gains one optional string field per name, and setting it on another provider type is a config error.',
    })),
    versionHeader: Type.Union([
      Type.Object({ name: Type.String(), default: Type.String(), accepted: Type.Array(Type.String()) }, { additionalProperties: false }),
      Type.Null(),
    ]),
    /** Response header that carries the upstream request id. */
    requestIdHeader: Type.String(),
    /** Request headers forwarded from the caller to this provider (lower case). */
    forwardHeaders: Type.Array(Type.String()),
    capabilities: Type.Array(Capability),
    unsupported: Type.Array(Unsupported),
    models: Type.Array(ModelInfo),
  },
  { additionalProperties: false },
);
export type ProviderSpec = Static<typeof ProviderSpec>;
