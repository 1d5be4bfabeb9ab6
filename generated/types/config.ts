// generated from specs/ — do not edit (npm run gen)
// Source schema: GatewayConfig (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export interface GatewayConfig {
  server?: {
    /**
     * Listen address.
     */
    host?: string;
    /**
     * Main listener port (0 = any free port).
     */
    port?: number;
    /**
     * Dedicated Anthropic listener (api.anthropic.com layout at the root). Env ANTHROPIC_PORT.
     */
    anthropic_port?: number;
    /**
     * Largest accepted request body.
     */
    body_limit_bytes?: number;
    /**
     * uWS worker threads serving one port.
     */
    workers?: number | 'auto';
    /**
     * Caller authentication on the main listener (and the Anthropic listener unless anthropic_auth is set). optional: requests without a key run as caller "anonymous"; a wrong key is still 401.
     */
    auth?: 'required' | 'optional';
    /**
     * Caller authentication on the dedicated Anthropic listener (anthropic_port). Default: the value of auth.
     */
    anthropic_auth?: 'required' | 'optional';
    /**
     * Key for /admin/* endpoints (hot reload). Admin endpoints are disabled without it.
     */
    admin_key?: string;
    /**
     * Serve the live dashboard at /dashboard (its data needs server.admin_key).
     */
    dashboard?: boolean;
    /**
     * How long in-flight requests may run after SIGTERM/SIGINT. (milliseconds)
     */
    shutdown_grace_ms?: number;
    /**
     * Keep-alive interval for streams while the caller waits for the first upstream byte. (milliseconds)
     */
    keepalive_ms?: number;
    /**
     * Provider used for a bare model name that is no alias (CLI --default-provider).
     */
    default_provider?: string;
    /**
     * Rewrite every request's model to this alias or model string (CLI --force-model). The caller must still be allowed that model (callers[].models).
     */
    force_model?: string;
    /**
     * Request body bytes all requests together may hold while their bodies are read and served (256 MiB by default); a request beyond it gets a 503 with retry-after before its body is read.
     */
    max_body_bytes_in_flight?: number;
    /**
     * Secret that seals reasoning signatures carried across formats (a Gemini thought signature inside an Anthropic thinking block, Claude thinking inside a Gemini thoughtSignature), HMAC-SHA256. Every process and replica of one deployment needs the same value, or carried signatures do not survive a restart or a hop to another replica. A literal, `${VAR}`, or `env:NAME` (read from the environment variable NAME). Default: the SWITCHYARD_SIGNATURE_KEY environment variable, else a random key per start. At least 16 characters.
     */
    signature_key?: string;
    /**
     * The gateway's public base URL (scheme, host, optional path prefix), used for links the gateway hands out (Message Batches results_url). Default: the listener's own address; forwarding headers (X-Forwarded-*, Host) are never used.
     */
    public_url?: string;
  };
  /**
   * Upstream providers by name (lower case, digits, _ and -).
   */
  providers: {
    /**
     * Keys match the pattern "^[a-z0-9][a-z0-9_-]*$".
     */
    [k: string]: {
      /**
       * Provider type: selects the provider spec in specs/providers/ (one file per type).
       */
      type:
        | 'anthropic'
        | 'azure-openai'
        | 'bedrock'
        | 'deepseek'
        | 'fireworks'
        | 'foundry'
        | 'gemini'
        | 'groq'
        | 'mistral'
        | 'ollama'
        | 'openai-compatible'
        | 'openai'
        | 'openrouter'
        | 'together'
        | 'vertex'
        | 'vllm'
        | 'xai';
      /**
       * Upstream base URL; defaults to the provider table's base URL. Use for self-hosted or compatible endpoints. Required for provider types without a default (azure-openai, foundry, openai-compatible).
       */
      base_url?: string;
      /**
       * Provider key (BYOK store). Empty means "not configured".
       */
      api_key?: string;
      /**
       * Several provider keys, rotated round-robin; a key answered with 401/403 is taken out of rotation.
       */
      api_keys?: string[];
      /**
       * stored: use api_key(s). passthrough: the caller's own x-api-key / Authorization goes upstream and gateway auth comes in x-switchyard-key.
       */
      caller_keys?: 'stored' | 'passthrough';
      /**
       * Extra headers sent upstream.
       */
      headers?: {
        /**
         * Keys match the pattern "^(.*)$".
         */
        [k: string]: string;
      };
      /**
       * Served by the built-in simulator (set by the embedded default).
       */
      simulated?: boolean;
      /**
       * Prices per upstream model id at this provider, replacing the catalog's (negotiated rates, models the catalog leaves unpriced).
       */
      pricing?: {
        /**
         * Keys match the pattern "^(.*)$".
         */
        [k: string]: {
          /**
           * USD per million input (uncached prompt) tokens.
           */
          input: number;
          /**
           * USD per million output tokens.
           */
          output: number;
          /**
           * USD per million prompt-cache read tokens.
           */
          cache_read?: number;
          /**
           * USD per million prompt-cache write (5-minute TTL) tokens.
           */
          cache_write_5m?: number;
          /**
           * USD per million prompt-cache write (1-hour TTL) tokens.
           */
          cache_write_1h?: number;
          /**
           * Fraction off input and output on the batch API (0.5 = 50 %).
           */
          batch_discount?: number;
          long_context?: {
            /**
             * Prompt tokens (input + cache read + cache write) above which these prices apply to the whole request.
             */
            threshold_tokens: number;
            /**
             * USD per million input (uncached prompt) tokens.
             */
            input: number;
            /**
             * USD per million output tokens.
             */
            output: number;
            /**
             * USD per million prompt-cache read tokens.
             */
            cache_read?: number;
            /**
             * USD per million prompt-cache write (5-minute TTL) tokens.
             */
            cache_write_5m?: number;
            /**
             * USD per million prompt-cache write (1-hour TTL) tokens.
             */
            cache_write_1h?: number;
          };
          /**
           * Where the price comes from (contract, URL); shown in /health.
           */
          source?: string;
        };
      };
      /**
       * Multiplies every price of this provider (regional or data-residency uplift, e.g. 1.1).
       */
      price_multiplier?: number;
      /**
       * (vertex only) A fixed OAuth 2.0 access token sent as `Authorization: Bearer` (it expires: for short tests; prefer credentials_file).
       */
      access_token?: string;
      /**
       * (azure-openai only) Azure OpenAI `api-version` query parameter sent with every request (dated data-plane inference API). Default 2024-10-21.
       */
      api_version?: string;
      /**
       * (bedrock only) AWS access key id for SigV4 signing (with `aws_secret_access_key`); stands for the credential in key rotation and /health.
       */
      aws_access_key_id?: string;
      /**
       * (bedrock only) AWS secret access key for SigV4 signing; never sent, logged or shown.
       */
      aws_secret_access_key?: string;
      /**
       * (bedrock only) Optional AWS session token (temporary credentials), sent as `x-amz-security-token`.
       */
      aws_session_token?: string;
      /**
       * (vertex only) Path of a service-account key file (JSON); tokens are minted with google-auth-library, cached and refreshed before expiry. Neither this nor access_token: application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud, metadata server).
       */
      credentials_file?: string;
      /**
       * (foundry only) A Microsoft Entra ID access token (audience https://cognitiveservices.azure.com) sent as `Authorization: Bearer` instead of a resource key. It expires (about an hour): rotate it with a config reload.
       */
      entra_token?: string;
      /**
       * (foundry only) Header that carries the resource key (`api_key`): `x-api-key` (as @anthropic-ai/foundry-sdk) or `api-key` (Azure's own). Default x-api-key.
       */
      key_header?: string;
      /**
       * (vertex only) Google Cloud project id (the `{project}` of the rawPredict path). Required.
       */
      project?: string;
      /**
       * (bedrock, vertex only) AWS region of the Bedrock runtime endpoint (e.g. `us-east-1`); also the SigV4 signing region.
       */
      region?: string;
      /**
       * (vertex only) OAuth 2.0 token endpoint replacing `https://oauth2.googleapis.com/token` for minted tokens (private Google endpoints, local tests).
       */
      token_url?: string;
    };
  };
  models?: {
    /**
     * Keys match the pattern "^(.*)$".
     */
    [k: string]: {
      /**
       * @minItems 1
       */
      targets: [
        {
          /**
           * Name of an entry under providers.
           */
          provider: string;
          /**
           * Upstream model id.
           */
          model: string;
          /**
           * Weight for the weighted strategy.
           */
          weight?: number;
        },
        ...{
          /**
           * Name of an entry under providers.
           */
          provider: string;
          /**
           * Upstream model id.
           */
          model: string;
          /**
           * Weight for the weighted strategy.
           */
          weight?: number;
        }[]
      ];
      /**
       * Default: single for one target, failover for several.
       */
      strategy?: 'single' | 'failover' | 'weighted';
      /**
       * A request field a translated target cannot carry, by its loss class (specs/translation.ts): reject drops advisory losses, naming them in x-switchyard-degraded, and answers 400 for semantic ones; drop drops both (x-switchyard-dropped-params); strict answers 400 for both.
       */
      unsupported_params?: 'reject' | 'drop' | 'strict';
      /**
       * max_tokens sent to Anthropic when an OpenAI caller gives none. Default: from the model catalog, else 4096.
       */
      max_tokens_default?: number;
    };
  };
  callers?: {
    name: string;
    /**
     * Plain caller key (development; usually ${ENV_VAR}).
     */
    key?: string;
    /**
     * Hex SHA-256 of the caller key (switchyard keys new).
     */
    key_sha256?: string;
    /**
     * Model alias globs this caller may use.
     */
    models?: string[];
    /**
     * Allow provider:model and provider/model strings.
     */
    direct_provider_routing?: boolean;
    /**
     * Carried into usage records (team, user, ...).
     */
    metadata?: {
      /**
       * Keys match the pattern "^(.*)$".
       */
      [k: string]: string;
    };
    limits?: {
      /**
       * Requests per minute.
       */
      rpm?: number;
      /**
       * Tokens per minute (input + output as reported by the upstream).
       */
      tpm?: number;
      /**
       * Streams open at once.
       */
      concurrent_streams?: number;
      /**
       * Spend budget in USD per UTC calendar day (reserved before the upstream call, settled to the real cost).
       */
      usd_per_day?: number;
      /**
       * Spend budget in USD per UTC calendar month.
       */
      usd_per_month?: number;
    };
  }[];
  limits?: {
    /**
     * "memory" or a redis:// URL shared by several gateway processes.
     */
    store?: string;
    /**
     * When the store is unreachable: admit (open) or reject (closed).
     */
    on_store_error?: 'open' | 'closed';
    /**
     * Longest wait for one store call (milliseconds); a slower store counts as unreachable and its circuit opens for a few seconds.
     */
    store_timeout_ms?: number;
    per_caller?: {
      /**
       * Requests per minute.
       */
      rpm?: number;
      /**
       * Tokens per minute (input + output as reported by the upstream).
       */
      tpm?: number;
      /**
       * Streams open at once.
       */
      concurrent_streams?: number;
      /**
       * Spend budget in USD per UTC calendar day (reserved before the upstream call, settled to the real cost).
       */
      usd_per_day?: number;
      /**
       * Spend budget in USD per UTC calendar month.
       */
      usd_per_month?: number;
    };
    per_model?: {
      /**
       * Keys match the pattern "^(.*)$".
       */
      [k: string]: {
        /**
         * Requests per minute.
         */
        rpm?: number;
        /**
         * Tokens per minute (input + output as reported by the upstream).
         */
        tpm?: number;
        /**
         * Streams open at once.
         */
        concurrent_streams?: number;
        /**
         * Spend budget in USD per UTC calendar day (reserved before the upstream call, settled to the real cost).
         */
        usd_per_day?: number;
        /**
         * Spend budget in USD per UTC calendar month.
         */
        usd_per_month?: number;
      };
    };
  };
  retry?: {
    /**
     * Attempts per request across targets.
     */
    max_attempts?: number;
    /**
     * First backoff delay. (milliseconds)
     */
    base_delay_ms?: number;
    /**
     * Largest backoff delay. (milliseconds)
     */
    max_delay_ms?: number;
    /**
     * Total time for all attempts. (milliseconds)
     */
    budget_ms?: number;
  };
  timeouts?: {
    /**
     * TCP/TLS connect. (milliseconds)
     */
    connect_ms?: number;
    /**
     * Until response headers. (milliseconds)
     */
    first_byte_ms?: number;
    /**
     * Largest gap between stream chunks. (milliseconds)
     */
    idle_ms?: number;
    /**
     * Whole request. (milliseconds)
     */
    total_ms?: number;
  };
  circuit_breaker?: {
    /**
     * Consecutive failures that open the circuit.
     */
    failure_threshold?: number;
    /**
     * Failure ratio over the window that opens the circuit.
     */
    failure_rate?: number;
    /**
     * Window for the failure rate. (milliseconds)
     */
    window_ms?: number;
    /**
     * Requests in the window before the rate applies.
     */
    min_requests?: number;
    /**
     * Open time before a half-open probe. (milliseconds)
     */
    cooldown_ms?: number;
    /**
     * How long a provider key answered with 401/403 stays out of rotation before one request probes it again (doubling up to 1 hour while it keeps failing). (milliseconds)
     */
    key_probe_ms?: number;
  };
  logging?: {
    /**
     * Operational log level (stderr).
     */
    level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    /**
     * "stdout", "none", or a file path for usage records (JSON lines).
     */
    usage_sink?: string;
    /**
     * Include prompt/completion text in usage records.
     */
    log_payloads?: boolean;
  };
  observability?: {
    /**
     * Serve Prometheus /metrics.
     */
    metrics?: boolean;
    /**
     * When set, /metrics requires it as Authorization: Bearer <key> (or x-metrics-key). Default: none (serve /metrics on a private network only).
     */
    metrics_key?: string;
    /**
     * OTLP/HTTP endpoint for traces (GenAI semantic conventions).
     */
    otlp_endpoint?: string;
  };
}
