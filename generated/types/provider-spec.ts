// generated from specs/ — do not edit (npm run gen)
// Source schema: ProviderSpec (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

/**
 * An API wire format: what the caller speaks (ingress) or what the upstream speaks (native format). Named after the API, not the vendor: a provider type (specs/providers/) is a different thing, and several provider types share a format. `openai-responses` (OpenAI Responses API) and `gemini` (Gemini API) translate to and from the others; their ingress routes are not served yet.
 */
export type Format = 'anthropic-messages' | 'openai-chat' | 'openai-responses' | 'gemini';
/**
 * Kind of call, independent of wire format (Kong naming).
 */
export type RouteType =
  'llm/v1/chat' | 'llm/v1/completions' | 'llm/v1/embeddings' | 'llm/v1/count_tokens' | 'files/v1/batches';
export type ThinkingType = 'enabled' | 'adaptive' | 'disabled' | 'between_tools';
export type EffortLevel = 'low' | 'medium' | 'high' | 'xhigh' | 'max';

export interface ProviderSpec {
  type: string;
  displayName: string;
  nativeFormat: Format;
  /**
   * Default upstream base URL (no trailing slash). null: none — `providers.<name>.base_url` is required (generic and per-tenant endpoints: openai-compatible, azure-openai).
   */
  baseUrl: string | null;
  docs: string;
  auth: {
    header: string;
    prefix: string;
  } | null;
  dialect?: Dialect;
  betas?: AnthropicBetas;
  /**
   * Provider-specific settings accepted under `providers.<name>` (e.g. azure-openai `api_version`); the config schema gains one optional string field per name, and setting it on another provider type is a config error.
   */
  configOptions?: {
    [k: string]: ConfigOption;
  };
  versionHeader: {
    name: string;
    default: string;
    accepted: string[];
  } | null;
  requestIdHeader: string;
  forwardHeaders: string[];
  capabilities: {
    /**
     * Human name of the capability (e.g. "Chat completions").
     */
    name: string;
    routeType: RouteType;
    method: 'GET' | 'POST' | 'DELETE';
    /**
     * Path appended to the provider base URL.
     */
    upstreamPath: string;
    /**
     * Whether the upstream can answer with SSE.
     */
    streaming: boolean;
    modelExample: string;
    /**
     * Switchyard version that introduced this capability.
     */
    minVersion: string;
    /**
     * Ingress formats that reach this capability natively (passthrough).
     */
    nativeFormats: Format[];
    /**
     * Ingress formats that reach this capability through a transcoder.
     */
    translatedFormats: Format[];
    /**
     * Only reachable in the provider's native format (no translation).
     */
    nativeOnly: boolean;
    nativeFormatLimitations: string[];
    /**
     * Whether the upstream response carries token usage (statistics logging).
     */
    usageReported: boolean;
    statisticsLimitations: string[];
  }[];
  unsupported: {
    routeType: RouteType;
    reason: string;
  }[];
  models: {
    id: string;
    displayName: string;
    /**
     * Tokens (input + output).
     */
    contextWindow: number;
    maxOutputTokens: number;
    inputModalities: ('text' | 'image' | 'pdf' | 'audio')[];
    /**
     * Supports extended thinking / reasoning.
     */
    thinking: boolean;
    /**
     * true: when prompt + max_tokens exceeds the context window the upstream still accepts the request and stops generating at the window (Anthropic, Claude Sonnet 4.5 and later: stop_reason model_context_window_exceeded), so the gateway checks the prompt alone. false/absent: the upstream rejects such a request, so the gateway rejects it first.
     */
    stopsAtWindow?: boolean;
    pricing?: {
      /**
       * USD per million input (uncached prompt) tokens.
       */
      input: number;
      /**
       * USD per million output (including reasoning/thinking) tokens.
       */
      output: number;
      /**
       * USD per million prompt-cache read (cache hit; OpenAI "cached input") tokens.
       */
      cacheRead?: number;
      /**
       * USD per million prompt-cache write with the 5-minute TTL (Anthropic default) tokens.
       */
      cacheWrite5m?: number;
      /**
       * USD per million prompt-cache write with the 1-hour TTL tokens.
       */
      cacheWrite1h?: number;
      /**
       * Fraction taken off input and output on the provider's batch API (0.5 = 50 %).
       */
      batchDiscount?: number;
      /**
       * Prices for every token of a request whose prompt exceeds thresholdTokens.
       */
      longContext?: {
        /**
         * Prompt tokens (input + cache read + cache write) above which the tier applies.
         */
        thresholdTokens: number;
        /**
         * USD per million input (uncached prompt) tokens.
         */
        input: number;
        /**
         * USD per million output (including reasoning/thinking) tokens.
         */
        output: number;
        /**
         * USD per million prompt-cache read (cache hit; OpenAI "cached input") tokens.
         */
        cacheRead?: number;
        /**
         * USD per million prompt-cache write with the 5-minute TTL (Anthropic default) tokens.
         */
        cacheWrite5m?: number;
        /**
         * USD per million prompt-cache write with the 1-hour TTL tokens.
         */
        cacheWrite1h?: number;
      };
      /**
       * Date (UTC) the price was read from its source.
       */
      date: string;
      /**
       * URL of the published price.
       */
      source: string;
    };
    /**
     * Values of the Anthropic request field `thinking.type` the model accepts (Claude models; specs/models/claude.ts). Absent: not described (the gateway passes `thinking` through unchecked).
     */
    thinkingTypes?: ThinkingType[];
    /**
     * Values of `output_config.effort` the model accepts; [] = the model takes no effort parameter. Absent: not described.
     */
    effortLevels?: EffortLevel[];
    /**
     * Whether `cache_control.ttl: "1h"` (1-hour prompt cache) is accepted. Absent: not described.
     */
    cacheTtl1h?: boolean;
    /**
     * Release stage the provider publishes: preview (may change or go away at short notice), stable, deprecated (a shutdown date is announced or passed). Absent: not stated.
     */
    lifecycle?: 'preview' | 'stable' | 'deprecated';
    lifecycleDetail?: Lifecycle;
    /**
     * On a cloud upstream: the Anthropic API id of the same model (the catalog row it comes from).
     */
    canonicalId?: string;
  }[];
}
export interface Dialect {
  /**
   * Request field that carries the output-token limit. Default: the format's (openai-chat: max_completion_tokens).
   */
  maxTokensField?: 'max_completion_tokens' | 'max_tokens';
  /**
   * Field of a response message / stream delta that carries reasoning text (deepseek: reasoning_content, openrouter: reasoning).
   */
  reasoningField?: 'reasoning_content' | 'reasoning';
  /**
   * Request fields (JSON paths) the provider rejects although its format defines them: the gateway must not send them.
   */
  rejectedParams?: string[];
  /**
   * Request fields the provider names differently: format field → provider field.
   */
  renamedParams?: {
    /**
     * Keys match the pattern "^(.*)$".
     */
    [k: string]: string;
  };
  /**
   * Whether streams honour `stream_options.include_usage` (a final usage chunk). Default true.
   */
  streamUsage?: boolean;
  /**
   * Rules tool-call ids must follow (e.g. Mistral: 9 alphanumerics).
   */
  toolCallId?: {
    maxLength?: number;
    /**
     * Regular expression every tool-call id must match.
     */
    pattern?: string;
  };
}
export interface AnthropicBetas {
  /**
   * header: `anthropic-beta` request header; body: `anthropic_beta` array in the request body.
   */
  transport: 'header' | 'body';
  /**
   * Beta values the upstream accepts ('all': every value, forwarded unchanged).
   */
  accepted: 'all' | string[];
  /**
   * Caller beta → the name the upstream accepts for the same feature.
   */
  renamed?: {
    /**
     * Keys match the pattern "^(.*)$".
     */
    [k: string]: string;
  };
  /**
   * Betas, not accepted, whose loss is semantic (400 naming it); every other value not accepted is advisory (dropped, named).
   */
  semantic: string[];
  /**
   * Where the accepted list comes from (API doc, observed behaviour).
   */
  source: string;
}
/**
 * Keys match the pattern "^[a-z][a-z0-9_]*$".
 */
export interface ConfigOption {
  description: string;
  /**
   * Value used when the config does not set it ('' with `required`: none).
   */
  default: string;
  /**
   * The config must set it (a config error names it otherwise); also filled into `{<option>}` of the spec `baseUrl`.
   */
  required?: boolean;
  /**
   * A credential: read by the adapter only, never printed (docs, /health, logs, errors), and scrubbed from upstream answers like a provider key.
   */
  secret?: boolean;
  /**
   * Without `api_key`, this option's value stands for the provider credential in key rotation and /health (masked): a 401/403 takes it out of rotation and fails over like a bad api_key (e.g. bedrock `aws_access_key_id`, whose secret signs the request).
   */
  providerKey?: boolean;
}
export interface Lifecycle {
  status: 'active' | 'legacy' | 'deprecated' | 'retired';
  /**
   * Release date (UTC).
   */
  released?: string;
  /**
   * Date the deprecation was announced.
   */
  deprecated?: string;
  /**
   * Retirement date: from this day (UTC) on, requests to the model fail upstream (the gateway warns at start-up; it still sends them, since the upstream decides).
   */
  retires?: string;
  /**
   * Recommended replacement (model id on the same upstream).
   */
  replacement?: string;
  note?: string;
  /**
   * URL the lifecycle facts were read from.
   */
  source: string;
}
