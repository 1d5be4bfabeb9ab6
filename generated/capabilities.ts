// generated from specs/ — do not edit (npm run gen)
// Source: specs/providers/*.ts, specs/translation.ts. Renderer: scripts/gen/capabilities.ts.

/**
 * Provider capability tables, model catalog and translation coverage, as data.
 *
 * The resolve stage asks {@link findCapability} whether a provider serves a
 * route type and answers with {@link unsupportedReason} when it does not. Rows
 * keep the spec's order (the first row for a route type is the primary one);
 * object keys are sorted.
 */
import type { RouteType } from './routes.ts';
import type { ProviderSpec as ProviderSpecShape } from './types/provider-spec.ts';
import type { TranslationCoverage as TranslationCoverageShape } from './types/translation-coverage.ts';

/** Recursively readonly view of generated data. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A provider type (key of {@link PROVIDERS}; also `providers.<name>.type` in the config). */
export type ProviderType = 'anthropic' | 'azure-openai' | 'bedrock' | 'deepseek' | 'fireworks' | 'foundry' | 'gemini' | 'groq' | 'mistral' | 'ollama' | 'openai' | 'openai-compatible' | 'openrouter' | 'together' | 'vertex' | 'vllm' | 'xai';

/** All provider types, sorted. */
export const PROVIDER_TYPES: readonly ProviderType[] = ["anthropic","azure-openai","bedrock","deepseek","fireworks","foundry","gemini","groq","mistral","ollama","openai","openai-compatible","openrouter","together","vertex","vllm","xai"];

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
export const PROVIDERS = {
  "anthropic": {
    "auth": {
      "header": "x-api-key",
      "prefix": ""
    },
    "baseUrl": "https://api.anthropic.com",
    "betas": {
      "accepted": "all",
      "semantic": [],
      "source": "https://docs.anthropic.com/en/api/beta-headers",
      "transport": "header"
    },
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/messages",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/messages",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-2.1",
        "name": "Completions (legacy)",
        "nativeFormatLimitations": [
          "Streaming is not supported through the gateway.",
          "Legacy API: only models that still serve Text Completions accept it."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/completions",
        "statisticsLimitations": [
          "The Text Completions response carries no token usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1/complete",
        "usageReported": false
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Token counting",
        "nativeFormatLimitations": [
          "Served only by an Anthropic-backed target; never estimated."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/count_tokens",
        "statisticsLimitations": [
          "Counting is not billed and reports no usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1/messages/count_tokens",
        "usageReported": false
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Batches",
        "nativeFormatLimitations": [
          "Native Anthropic format only: batches are not translated from other formats."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "files/v1/batches",
        "statisticsLimitations": [
          "Usage is only known per result line once the batch ends; not accounted by the gateway."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1/messages/batches",
        "usageReported": false
      }
    ],
    "displayName": "Anthropic",
    "docs": "https://docs.anthropic.com/en/api/messages",
    "forwardHeaders": [
      "anthropic-version",
      "anthropic-beta",
      "x-stainless-helper-method",
      "user-agent"
    ],
    "models": [
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Adaptive thinking is always on; default effort high.",
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Adaptive thinking is always on and cannot be disabled; default effort medium. Retirement not sooner than 2027-09-22.",
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Default effort high; xhigh and max are rejected together with between_tools thinking.",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Default effort medium; effort is capped at high when thinking is disabled.",
          "released": "2026-10-07",
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Retirement not sooner than 2027-07-24.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "claude-haiku-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "claude-haiku-4-5-20251001",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "claude-opus-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "deprecated": "2026-11-23",
          "note": "Tentative retirement date.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "retires": "2027-01-22",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "claude-opus-4-5-20251101",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "deprecated": "2026-11-23",
          "note": "Tentative retirement date.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "retires": "2027-01-22",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "claude-sonnet-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "retires": "2026-11-30",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "retired"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "claude-sonnet-4-5-20250929",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "retires": "2026-11-30",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "retired"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "claude-opus-4-1",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "retires": "2026-08-05",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "retired"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "claude-opus-4-1-20250805",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "retires": "2026-08-05",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "retired"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      }
    ],
    "nativeFormat": "anthropic-messages",
    "requestIdHeader": "request-id",
    "type": "anthropic",
    "unsupported": [
      {
        "reason": "Anthropic has no embeddings API.",
        "routeType": "llm/v1/embeddings"
      }
    ],
    "versionHeader": {
      "accepted": [
        "2023-06-01",
        "2026-10-21"
      ],
      "default": "2023-06-01",
      "name": "anthropic-version"
    }
  },
  "azure-openai": {
    "auth": {
      "header": "api-key",
      "prefix": ""
    },
    "baseUrl": null,
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-4.1",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/openai/deployments/{model}/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-4.1",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/openai/deployments/{model}/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "text-embedding-3-small",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/openai/deployments/{model}/embeddings",
        "usageReported": true
      }
    ],
    "configOptions": {
      "api_version": {
        "default": "2024-10-21",
        "description": "Azure OpenAI `api-version` query parameter sent with every request (dated data-plane inference API)."
      }
    },
    "dialect": {},
    "displayName": "Azure OpenAI",
    "docs": "https://learn.microsoft.com/azure/ai-foundry/openai/reference",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 1047576,
        "displayName": "GPT-4.1",
        "id": "gpt-4.1",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 32768,
        "thinking": false
      },
      {
        "contextWindow": 128000,
        "displayName": "GPT-4o mini",
        "id": "gpt-4o-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 16384,
        "thinking": false
      },
      {
        "contextWindow": 200000,
        "displayName": "o4-mini",
        "id": "o4-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 100000,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "apim-request-id",
    "type": "azure-openai",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Azure OpenAI; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Azure OpenAI has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Azure OpenAI API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "bedrock": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://bedrock-runtime.{region}.amazonaws.com",
    "betas": {
      "accepted": [
        "computer-use-2024-10-22",
        "computer-use-2025-01-24",
        "computer-use-2025-11-24",
        "token-efficient-tools-2025-02-19",
        "interleaved-thinking-2025-05-14",
        "output-128k-2025-02-19",
        "dev-full-thinking-2025-05-14",
        "context-1m-2025-08-07",
        "context-management-2025-06-27",
        "effort-2025-11-24",
        "tool-search-tool-2025-10-19",
        "tool-examples-2025-10-29"
      ],
      "renamed": {
        "advanced-tool-use-2025-11-20": "tool-search-tool-2025-10-19"
      },
      "semantic": [
        "files-api-2025-04-14",
        "mcp-client-2025-04-04",
        "mcp-client-2025-11-20",
        "code-execution-2025-05-22",
        "code-execution-2025-08-25",
        "skills-2025-10-02",
        "web-fetch-2025-09-10",
        "structured-outputs-2025-11-13"
      ],
      "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html",
      "transport": "body"
    },
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "name": "Chat completions",
        "nativeFormatLimitations": [
          "Streams use InvokeModelWithResponseStream (`/model/{model}/invoke-with-response-stream`, AWS event-stream framing), decoded into Anthropic SSE.",
          "`anthropic-beta` values Bedrock does not accept are dropped (advisory, named in x-switchyard-degraded) or rejected (semantic)."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/model/{model}/invoke",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/model/{model}/invoke",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "anthropic.claude-haiku-4-5-20251001-v1:0",
        "name": "Token counting",
        "nativeFormatLimitations": [
          "Bedrock CountTokens with the InvokeModel body (base64 in `input.invokeModel.body`); its `inputTokens` answer becomes `input_tokens`."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/count_tokens",
        "statisticsLimitations": [
          "Counting is not billed and reports no usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/model/{model}/count-tokens",
        "usageReported": false
      }
    ],
    "configOptions": {
      "aws_access_key_id": {
        "default": "",
        "description": "AWS access key id for SigV4 signing (with `aws_secret_access_key`); stands for the credential in key rotation and /health.",
        "providerKey": true
      },
      "aws_secret_access_key": {
        "default": "",
        "description": "AWS secret access key for SigV4 signing; never sent, logged or shown.",
        "secret": true
      },
      "aws_session_token": {
        "default": "",
        "description": "Optional AWS session token (temporary credentials), sent as `x-amz-security-token`.",
        "secret": true
      },
      "region": {
        "default": "",
        "description": "AWS region of the Bedrock runtime endpoint (e.g. `us-east-1`); also the SigV4 signing region.",
        "required": true
      }
    },
    "displayName": "Amazon Bedrock",
    "docs": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "anthropic.claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "global.anthropic.claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "us.anthropic.claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "eu.anthropic.claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "apac.anthropic.claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "anthropic.claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "global.anthropic.claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "us.anthropic.claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "eu.anthropic.claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "apac.anthropic.claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "anthropic.claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "global.anthropic.claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "us.anthropic.claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "eu.anthropic.claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "apac.anthropic.claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "anthropic.claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "EOL no sooner than 2027-10-07.",
          "released": "2026-10-07",
          "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "global.anthropic.claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "EOL no sooner than 2027-10-07.",
          "released": "2026-10-07",
          "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "us.anthropic.claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "EOL no sooner than 2027-10-07.",
          "released": "2026-10-07",
          "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "eu.anthropic.claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "EOL no sooner than 2027-10-07.",
          "released": "2026-10-07",
          "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "apac.anthropic.claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "EOL no sooner than 2027-10-07.",
          "released": "2026-10-07",
          "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "anthropic.claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "global.anthropic.claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "us.anthropic.claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "eu.anthropic.claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "apac.anthropic.claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "anthropic.claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "global.anthropic.claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "us.anthropic.claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "eu.anthropic.claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "apac.anthropic.claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "anthropic.claude-haiku-4-5-20251001-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "apac.anthropic.claude-haiku-4-5-20251001-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "anthropic.claude-opus-4-5-20251101-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "global.anthropic.claude-opus-4-5-20251101-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "us.anthropic.claude-opus-4-5-20251101-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "eu.anthropic.claude-opus-4-5-20251101-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "apac.anthropic.claude-opus-4-5-20251101-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "anthropic.claude-sonnet-4-5-20250929-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "apac.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "anthropic.claude-opus-4-1-20250805-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "us.anthropic.claude-opus-4-1-20250805-v1:0",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      }
    ],
    "nativeFormat": "anthropic-messages",
    "requestIdHeader": "x-amzn-requestid",
    "type": "bedrock",
    "unsupported": [
      {
        "reason": "Claude has no embeddings; Bedrock embedding models are not served by this provider type.",
        "routeType": "llm/v1/embeddings"
      },
      {
        "reason": "Bedrock serves Claude through the Messages body only (no Text Completions).",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Bedrock batch inference is an S3 job API, not the Message Batches API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "deepseek": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.deepseek.com/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "deepseek-chat",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "deepseek-chat",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "reasoningField": "reasoning_content",
      "streamUsage": true
    },
    "displayName": "DeepSeek",
    "docs": "https://api-docs.deepseek.com/api/create-chat-completion",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 128000,
        "displayName": "DeepSeek Chat",
        "id": "deepseek-chat",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 8192,
        "thinking": false
      },
      {
        "contextWindow": 128000,
        "displayName": "DeepSeek Reasoner",
        "id": "deepseek-reasoner",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 65536,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "deepseek",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to DeepSeek; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "DeepSeek has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an DeepSeek API.",
        "routeType": "files/v1/batches"
      },
      {
        "reason": "DeepSeek serves no embeddings through its OpenAI-compatible API.",
        "routeType": "llm/v1/embeddings"
      }
    ],
    "versionHeader": null
  },
  "fireworks": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.fireworks.ai/inference/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "accounts/fireworks/models/llama-v3p3-70b-instruct",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "accounts/fireworks/models/llama-v3p3-70b-instruct",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "nomic-ai/nomic-embed-text-v1.5",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "streamUsage": true
    },
    "displayName": "Fireworks AI",
    "docs": "https://docs.fireworks.ai/tools-sdks/openai-compatibility",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "Llama 3.3 70B Instruct",
        "id": "accounts/fireworks/models/llama-v3p3-70b-instruct",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 131072,
        "thinking": false
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "fireworks",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Fireworks AI; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Fireworks AI has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Fireworks AI API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "foundry": {
    "auth": {
      "header": "x-api-key",
      "prefix": ""
    },
    "baseUrl": null,
    "betas": {
      "accepted": "all",
      "semantic": [],
      "source": "https://platform.claude.com/docs/en/build-with-claude/claude-in-microsoft-foundry",
      "transport": "header"
    },
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Chat completions",
        "nativeFormatLimitations": [
          "`model` is the Foundry deployment name."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/messages",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/messages",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Token counting",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/count_tokens",
        "statisticsLimitations": [
          "Counting is not billed and reports no usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1/messages/count_tokens",
        "usageReported": false
      }
    ],
    "configOptions": {
      "entra_token": {
        "default": "",
        "description": "A Microsoft Entra ID access token (audience https://cognitiveservices.azure.com) sent as `Authorization: Bearer` instead of a resource key. It expires (about an hour): rotate it with a config reload.",
        "secret": true
      },
      "key_header": {
        "default": "x-api-key",
        "description": "Header that carries the resource key (`api_key`): `x-api-key` (as @anthropic-ai/foundry-sdk) or `api-key` (Azure's own)."
      }
    },
    "displayName": "Claude in Microsoft Foundry",
    "docs": "https://learn.microsoft.com/azure/ai-foundry/foundry-models/how-to/use-foundry-models-claude",
    "forwardHeaders": [
      "anthropic-version",
      "anthropic-beta",
      "user-agent"
    ],
    "models": [
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Adaptive thinking is always on and cannot be disabled; default effort medium. Retirement not sooner than 2027-09-22.",
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Default effort high; xhigh and max are rejected together with between_tools thinking.",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Default effort medium; effort is capped at high when thinking is disabled.",
          "released": "2026-10-07",
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Retirement not sooner than 2027-07-24.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "claude-haiku-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "claude-opus-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "deprecated": "2026-11-23",
          "note": "Tentative retirement date.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "retires": "2027-01-22",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "claude-sonnet-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "retires": "2026-11-30",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "retired"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "claude-opus-4-1",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "retires": "2026-08-05",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "retired"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      }
    ],
    "nativeFormat": "anthropic-messages",
    "requestIdHeader": "request-id",
    "type": "foundry",
    "unsupported": [
      {
        "reason": "Claude has no embeddings API.",
        "routeType": "llm/v1/embeddings"
      },
      {
        "reason": "Foundry serves Claude through the Messages API only.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Foundry's Claude endpoint has no Message Batches.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": {
      "accepted": [
        "2023-06-01",
        "2026-10-21"
      ],
      "default": "2023-06-01",
      "name": "anthropic-version"
    }
  },
  "gemini": {
    "auth": {
      "header": "x-goog-api-key",
      "prefix": ""
    },
    "baseUrl": "https://generativelanguage.googleapis.com",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gemini-2.5-flash",
        "name": "Chat completions",
        "nativeFormatLimitations": [
          "Streams are always requested as SSE (`:streamGenerateContent?alt=sse`).",
          "candidateCount above 1 is not translated."
        ],
        "nativeFormats": [
          "gemini"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [
          "Thinking tokens (`thoughtsTokenCount`) are counted as output tokens, as Google bills them."
        ],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages",
          "openai-chat"
        ],
        "upstreamPath": "/v1beta/models/{model}:generateContent",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gemini-2.5-flash",
        "name": "Function calling",
        "nativeFormatLimitations": [
          "Thought signatures of Gemini 3 function calls round-trip through translated callers as thinking-block signatures (sealed, byte for byte).",
          "The signature Gemini 3 puts on the last part of a text answer is not carried to translated callers: it would be a thinking block after the answer text; Google validates signatures of function calls only."
        ],
        "nativeFormats": [
          "gemini"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages",
          "openai-chat"
        ],
        "upstreamPath": "/v1beta/models/{model}:generateContent",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gemini-2.5-flash",
        "name": "Token counting",
        "nativeFormatLimitations": [
          "Served only to Gemini-format callers (`:countTokens`); never estimated."
        ],
        "nativeFormats": [
          "gemini"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/count_tokens",
        "statisticsLimitations": [
          "Counting is not billed and reports no usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1beta/models/{model}:countTokens",
        "usageReported": false
      }
    ],
    "displayName": "Google Gemini API",
    "docs": "https://ai.google.dev/api/generate-content",
    "forwardHeaders": [
      "user-agent",
      "x-goog-api-client"
    ],
    "models": [
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 3 Pro Preview",
        "id": "gemini-3-pro-preview",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "preview",
        "maxOutputTokens": 65536,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "date": "2026-12-06",
          "input": 2,
          "longContext": {
            "cacheRead": 0.4,
            "input": 4,
            "output": 18,
            "thresholdTokens": 200000
          },
          "output": 12,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": true
      },
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 3 Flash Preview",
        "id": "gemini-3-flash-preview",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "preview",
        "maxOutputTokens": 65536,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.05,
          "date": "2026-12-06",
          "input": 0.5,
          "output": 3,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": true
      },
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 2.5 Pro",
        "id": "gemini-2.5-pro",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "stable",
        "maxOutputTokens": 65536,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.125,
          "date": "2026-12-06",
          "input": 1.25,
          "longContext": {
            "cacheRead": 0.25,
            "input": 2.5,
            "output": 15,
            "thresholdTokens": 200000
          },
          "output": 10,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": true
      },
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 2.5 Flash",
        "id": "gemini-2.5-flash",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "stable",
        "maxOutputTokens": 65536,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.03,
          "date": "2026-12-06",
          "input": 0.3,
          "output": 2.5,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": true
      },
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 2.5 Flash-Lite",
        "id": "gemini-2.5-flash-lite",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "stable",
        "maxOutputTokens": 65536,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "date": "2026-12-06",
          "input": 0.1,
          "output": 0.4,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": true
      },
      {
        "contextWindow": 1048576,
        "displayName": "Gemini 2.0 Flash",
        "id": "gemini-2.0-flash",
        "inputModalities": [
          "text",
          "image",
          "pdf",
          "audio"
        ],
        "lifecycle": "deprecated",
        "maxOutputTokens": 8192,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.025,
          "date": "2026-12-06",
          "input": 0.1,
          "output": 0.4,
          "source": "https://ai.google.dev/gemini-api/docs/pricing"
        },
        "thinking": false
      }
    ],
    "nativeFormat": "gemini",
    "requestIdHeader": "x-request-id",
    "type": "gemini",
    "unsupported": [
      {
        "reason": "Gemini embeddings (embedContent) have their own format, which no ingress format maps yet.",
        "routeType": "llm/v1/embeddings"
      },
      {
        "reason": "The Gemini API has no legacy text-completions API.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Gemini batch mode (batchGenerateContent) is not served through the gateway.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "groq": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.groq.com/openai/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "llama-3.3-70b-versatile",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "llama-3.3-70b-versatile",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      }
    ],
    "dialect": {
      "reasoningField": "reasoning",
      "rejectedParams": [
        "logprobs",
        "logit_bias",
        "top_logprobs",
        "messages[].name"
      ],
      "streamUsage": true
    },
    "displayName": "Groq",
    "docs": "https://console.groq.com/docs/openai",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "Llama 3.3 70B Versatile",
        "id": "llama-3.3-70b-versatile",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 32768,
        "thinking": false
      },
      {
        "contextWindow": 131072,
        "displayName": "Llama 3.1 8B Instant",
        "id": "llama-3.1-8b-instant",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 131072,
        "thinking": false
      },
      {
        "contextWindow": 131072,
        "displayName": "GPT-OSS 120B",
        "id": "openai/gpt-oss-120b",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 65536,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "groq",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Groq; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Groq has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Groq API.",
        "routeType": "files/v1/batches"
      },
      {
        "reason": "Groq serves no embeddings through its OpenAI-compatible API.",
        "routeType": "llm/v1/embeddings"
      }
    ],
    "versionHeader": null
  },
  "mistral": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.mistral.ai/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "mistral-large-latest",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "mistral-large-latest",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "mistral-embed",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "rejectedParams": [
        "max_completion_tokens"
      ],
      "renamedParams": {
        "seed": "random_seed"
      },
      "streamUsage": true,
      "toolCallId": {
        "maxLength": 9,
        "pattern": "^[a-zA-Z0-9]{9}$"
      }
    },
    "displayName": "Mistral AI",
    "docs": "https://docs.mistral.ai/api/",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "Mistral Large",
        "id": "mistral-large-latest",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 131072,
        "thinking": false
      },
      {
        "contextWindow": 131072,
        "displayName": "Mistral Small",
        "id": "mistral-small-latest",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 131072,
        "thinking": false
      },
      {
        "contextWindow": 262144,
        "displayName": "Codestral",
        "id": "codestral-latest",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 262144,
        "thinking": false
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "mistral-correlation-id",
    "type": "mistral",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Mistral; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Mistral has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Mistral API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "ollama": {
    "auth": null,
    "baseUrl": "http://127.0.0.1:11434/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-oss:20b",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-oss:20b",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "all-minilm",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "reasoningField": "reasoning",
      "streamUsage": true
    },
    "displayName": "Ollama",
    "docs": "https://docs.ollama.com/api/openai-compatibility",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "gpt-oss 20B",
        "id": "gpt-oss:20b",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 131072,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "ollama",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Ollama; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Ollama has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Ollama API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "openai": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.openai.com/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-4.1",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [
          "Streams report usage only when `stream_options.include_usage` is set; the gateway sets it on translated streams."
        ],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-4.1",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "gpt-3.5-turbo-instruct",
        "name": "Completions (legacy)",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/completions",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [],
        "upstreamPath": "/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "text-embedding-3-small",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "displayName": "OpenAI",
    "docs": "https://platform.openai.com/docs/api-reference/chat",
    "forwardHeaders": [
      "openai-organization",
      "openai-project",
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 1047576,
        "displayName": "GPT-4.1",
        "id": "gpt-4.1",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 32768,
        "thinking": false
      },
      {
        "contextWindow": 1047576,
        "displayName": "GPT-4.1 nano",
        "id": "gpt-4.1-nano",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 32768,
        "thinking": false
      },
      {
        "contextWindow": 128000,
        "displayName": "GPT-4o mini",
        "id": "gpt-4o-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 16384,
        "thinking": false
      },
      {
        "contextWindow": 400000,
        "displayName": "GPT-5 nano",
        "id": "gpt-5-nano",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 128000,
        "pricing": {
          "cacheRead": 0.005,
          "date": "2026-12-06",
          "input": 0.05,
          "output": 0.4,
          "source": "https://developers.openai.com/api/docs/models/gpt-5-nano"
        },
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "o4-mini",
        "id": "o4-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 100000,
        "thinking": true
      },
      {
        "contextWindow": 4096,
        "displayName": "GPT-3.5 Turbo Instruct",
        "id": "gpt-3.5-turbo-instruct",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 4096,
        "thinking": false
      },
      {
        "contextWindow": 8191,
        "displayName": "text-embedding-3-small",
        "id": "text-embedding-3-small",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 0,
        "thinking": false
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "openai",
    "unsupported": [
      {
        "reason": "OpenAI has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an OpenAI API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "openai-compatible": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": null,
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "my-model",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "my-model",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "my-model",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {},
    "displayName": "OpenAI-compatible server",
    "docs": "https://platform.openai.com/docs/api-reference/chat",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "openai-compatible",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to the server; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "the server has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an the server API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "openrouter": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://openrouter.ai/api/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "openai/gpt-4o-mini",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "openai/gpt-4o-mini",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "reasoningField": "reasoning",
      "streamUsage": true
    },
    "displayName": "OpenRouter",
    "docs": "https://openrouter.ai/docs/api-reference/overview",
    "forwardHeaders": [
      "user-agent",
      "http-referer",
      "x-title"
    ],
    "models": [
      {
        "contextWindow": 128000,
        "displayName": "OpenAI: GPT-4o mini",
        "id": "openai/gpt-4o-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 16384,
        "thinking": false
      },
      {
        "contextWindow": 200000,
        "displayName": "OpenAI: o4-mini",
        "id": "openai/o4-mini",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 100000,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "openrouter",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to OpenRouter; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "OpenRouter has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an OpenRouter API.",
        "routeType": "files/v1/batches"
      },
      {
        "reason": "OpenRouter serves no embeddings through its OpenAI-compatible API.",
        "routeType": "llm/v1/embeddings"
      }
    ],
    "versionHeader": null
  },
  "together": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.together.xyz/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "BAAI/bge-large-en-v1.5",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {
      "maxTokensField": "max_tokens",
      "streamUsage": true
    },
    "displayName": "Together AI",
    "docs": "https://docs.together.ai/docs/openai-api-compatibility",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "Llama 3.3 70B Instruct Turbo",
        "id": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 131072,
        "thinking": false
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "together",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to Together AI; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Together AI has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an Together AI API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "vertex": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://{region}-aiplatform.googleapis.com",
    "betas": {
      "accepted": [
        "computer-use-2024-10-22",
        "computer-use-2025-01-24",
        "computer-use-2025-11-24",
        "token-efficient-tools-2025-02-19",
        "interleaved-thinking-2025-05-14",
        "output-128k-2025-02-19",
        "context-1m-2025-08-07",
        "context-management-2025-06-27",
        "tool-search-tool-2025-10-19",
        "tool-examples-2025-10-29"
      ],
      "renamed": {
        "advanced-tool-use-2025-11-20": "tool-search-tool-2025-10-19"
      },
      "semantic": [
        "files-api-2025-04-14",
        "mcp-client-2025-04-04",
        "mcp-client-2025-11-20",
        "code-execution-2025-05-22",
        "code-execution-2025-08-25",
        "skills-2025-10-02",
        "web-fetch-2025-09-10",
        "structured-outputs-2025-11-13"
      ],
      "source": "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude (betas as observed: anthropics/claude-code #1229, #11154, #12429, #21625, #34802)",
      "transport": "header"
    },
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Chat completions",
        "nativeFormatLimitations": [
          "`model` travels in the path (the body's is removed); streaming goes to `:streamRawPredict`."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai-chat"
        ],
        "upstreamPath": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-5-5",
        "name": "Token counting",
        "nativeFormatLimitations": [
          "Vertex's count-tokens endpoint; the model stays in the body.",
          "`anthropic-beta` is not sent: Vertex's count-tokens rejects every beta value (none changes a count)."
        ],
        "nativeFormats": [
          "anthropic-messages"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/count_tokens",
        "statisticsLimitations": [
          "Counting is not billed and reports no usage."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict",
        "usageReported": false
      }
    ],
    "configOptions": {
      "access_token": {
        "default": "",
        "description": "A fixed OAuth 2.0 access token sent as `Authorization: Bearer` (it expires: for short tests; prefer credentials_file).",
        "secret": true
      },
      "credentials_file": {
        "default": "",
        "description": "Path of a service-account key file (JSON); tokens are minted with google-auth-library, cached and refreshed before expiry. Neither this nor access_token: application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud, metadata server)."
      },
      "project": {
        "default": "",
        "description": "Google Cloud project id (the `{project}` of the rawPredict path). Required."
      },
      "region": {
        "default": "global",
        "description": "Vertex AI location (`us-east5`, `europe-west1`, … or `global`): the `{region}` of the path and of the default base URL."
      },
      "token_url": {
        "default": "",
        "description": "OAuth 2.0 token endpoint replacing `https://oauth2.googleapis.com/token` for minted tokens (private Google endpoints, local tests)."
      }
    },
    "displayName": "Claude on Vertex AI",
    "docs": "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude",
    "forwardHeaders": [
      "anthropic-beta",
      "user-agent"
    ],
    "models": [
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-fable-5-2",
        "contextWindow": 1000000,
        "displayName": "Claude Fable 5.2",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-fable-5-2",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-11-09",
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 16,
          "cacheWrite5m": 10,
          "date": "2026-12-06",
          "input": 8,
          "output": 40,
          "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-09-22",
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 8,
          "cacheWrite5m": 5,
          "date": "2026-12-06",
          "input": 4,
          "output": 20,
          "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "between_tools"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-5-5",
        "contextWindow": 1000000,
        "displayName": "Claude Haiku 5.5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "released": "2026-10-07",
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
          "status": "active"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.01,
          "cacheWrite1h": 0.2,
          "cacheWrite5m": 0.125,
          "date": "2026-12-06",
          "input": 0.1,
          "longContext": {
            "cacheRead": 0.05,
            "cacheWrite1h": 1,
            "cacheWrite5m": 0.625,
            "input": 0.5,
            "output": 2.5,
            "thresholdTokens": 100000
          },
          "output": 0.5,
          "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-5",
        "contextWindow": 1000000,
        "displayName": "Claude Opus 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "id": "claude-opus-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-07-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-5",
        "contextWindow": 1000000,
        "displayName": "Claude Sonnet 5",
        "effortLevels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "id": "claude-sonnet-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2026-06-30",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 128000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.2,
          "cacheWrite1h": 4,
          "cacheWrite5m": 2.5,
          "date": "2026-12-06",
          "input": 2,
          "output": 10,
          "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "adaptive",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-haiku-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "effortLevels": [],
        "id": "claude-haiku-4-5@20251001",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "stable",
        "lifecycleDetail": {
          "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-10-15",
          "replacement": "claude-haiku-5-5",
          "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
          "status": "legacy"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.1,
          "cacheWrite1h": 2,
          "cacheWrite5m": 1.25,
          "date": "2026-12-06",
          "input": 1,
          "output": 5,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.5",
        "effortLevels": [
          "low",
          "medium",
          "high"
        ],
        "id": "claude-opus-4-5@20251101",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-11-24",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.5,
          "cacheWrite1h": 10,
          "cacheWrite5m": 6.25,
          "date": "2026-12-06",
          "input": 5,
          "output": 25,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-sonnet-4-5",
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "effortLevels": [],
        "id": "claude-sonnet-4-5@20250929",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-09-29",
          "replacement": "claude-sonnet-5-5",
          "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
          "status": "deprecated"
        },
        "maxOutputTokens": 64000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 0.3,
          "cacheWrite1h": 6,
          "cacheWrite5m": 3.75,
          "date": "2026-12-06",
          "input": 3,
          "output": 15,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": true,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      },
      {
        "cacheTtl1h": true,
        "canonicalId": "claude-opus-4-1",
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "effortLevels": [],
        "id": "claude-opus-4-1@20250805",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "lifecycle": "deprecated",
        "lifecycleDetail": {
          "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
          "released": "2025-08-05",
          "replacement": "claude-opus-5-5",
          "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
          "status": "deprecated"
        },
        "maxOutputTokens": 32000,
        "pricing": {
          "batchDiscount": 0.5,
          "cacheRead": 1.5,
          "cacheWrite1h": 30,
          "cacheWrite5m": 18.75,
          "date": "2026-12-06",
          "input": 15,
          "output": 75,
          "source": "https://platform.claude.com/docs/en/about-claude/pricing"
        },
        "stopsAtWindow": false,
        "thinking": true,
        "thinkingTypes": [
          "enabled",
          "disabled"
        ]
      }
    ],
    "nativeFormat": "anthropic-messages",
    "requestIdHeader": "x-request-id",
    "type": "vertex",
    "unsupported": [
      {
        "reason": "Claude has no embeddings API.",
        "routeType": "llm/v1/embeddings"
      },
      {
        "reason": "Vertex AI serves Claude through the Messages API only.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "Vertex batch prediction is a separate job API (BigQuery / Cloud Storage), not Message Batches.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "vllm": {
    "auth": null,
    "baseUrl": "http://127.0.0.1:8000/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "Qwen/Qwen3-8B",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "Qwen/Qwen3-8B",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "BAAI/bge-m3",
        "name": "Embeddings",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": true,
        "routeType": "llm/v1/embeddings",
        "statisticsLimitations": [
          "Only input tokens are reported."
        ],
        "streaming": false,
        "translatedFormats": [],
        "upstreamPath": "/embeddings",
        "usageReported": true
      }
    ],
    "dialect": {
      "reasoningField": "reasoning",
      "streamUsage": true
    },
    "displayName": "vLLM",
    "docs": "https://docs.vllm.ai/en/stable/serving/openai_compatible_server.html",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "vllm",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to vLLM; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "vLLM has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an vLLM API.",
        "routeType": "files/v1/batches"
      }
    ],
    "versionHeader": null
  },
  "xai": {
    "auth": {
      "header": "authorization",
      "prefix": "Bearer "
    },
    "baseUrl": "https://api.x.ai/v1",
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "grok-3-mini",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "grok-3-mini",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "openai-chat"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic-messages"
        ],
        "upstreamPath": "/chat/completions",
        "usageReported": true
      }
    ],
    "dialect": {
      "reasoningField": "reasoning_content",
      "streamUsage": true
    },
    "displayName": "xAI",
    "docs": "https://docs.x.ai/docs/api-reference",
    "forwardHeaders": [
      "user-agent"
    ],
    "models": [
      {
        "contextWindow": 131072,
        "displayName": "Grok 3 Mini",
        "id": "grok-3-mini",
        "inputModalities": [
          "text"
        ],
        "maxOutputTokens": 131072,
        "thinking": true
      },
      {
        "contextWindow": 256000,
        "displayName": "Grok 4",
        "id": "grok-4",
        "inputModalities": [
          "text",
          "image"
        ],
        "maxOutputTokens": 256000,
        "thinking": true
      }
    ],
    "nativeFormat": "openai-chat",
    "requestIdHeader": "x-request-id",
    "type": "xai",
    "unsupported": [
      {
        "reason": "Switchyard does not route the legacy Completions API to xAI; use chat completions.",
        "routeType": "llm/v1/completions"
      },
      {
        "reason": "xAI has no token counting endpoint.",
        "routeType": "llm/v1/count_tokens"
      },
      {
        "reason": "Anthropic Message Batches are not an xAI API.",
        "routeType": "files/v1/batches"
      },
      {
        "reason": "xAI serves no embeddings through its OpenAI-compatible API.",
        "routeType": "llm/v1/embeddings"
      }
    ],
    "versionHeader": null
  }
} as const satisfies Record<ProviderType, ProviderSpec>;

/** Unsupported-route-type error texts, precomputed. */
const UNSUPPORTED: Readonly<Record<ProviderType, Partial<Record<RouteType, string>>>> = {
  "anthropic": {
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider anthropic: Anthropic has no embeddings API."
  },
  "azure-openai": {
    "files/v1/batches": "files/v1/batches is not supported by provider azure-openai: Anthropic Message Batches are not an Azure OpenAI API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider azure-openai: Switchyard does not route the legacy Completions API to Azure OpenAI; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider azure-openai: Azure OpenAI has no token counting endpoint."
  },
  "bedrock": {
    "files/v1/batches": "files/v1/batches is not supported by provider bedrock: Bedrock batch inference is an S3 job API, not the Message Batches API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider bedrock: Bedrock serves Claude through the Messages body only (no Text Completions).",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider bedrock: Claude has no embeddings; Bedrock embedding models are not served by this provider type."
  },
  "deepseek": {
    "files/v1/batches": "files/v1/batches is not supported by provider deepseek: Anthropic Message Batches are not an DeepSeek API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider deepseek: Switchyard does not route the legacy Completions API to DeepSeek; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider deepseek: DeepSeek has no token counting endpoint.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider deepseek: DeepSeek serves no embeddings through its OpenAI-compatible API."
  },
  "fireworks": {
    "files/v1/batches": "files/v1/batches is not supported by provider fireworks: Anthropic Message Batches are not an Fireworks AI API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider fireworks: Switchyard does not route the legacy Completions API to Fireworks AI; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider fireworks: Fireworks AI has no token counting endpoint."
  },
  "foundry": {
    "files/v1/batches": "files/v1/batches is not supported by provider foundry: Foundry's Claude endpoint has no Message Batches.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider foundry: Foundry serves Claude through the Messages API only.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider foundry: Claude has no embeddings API."
  },
  "gemini": {
    "files/v1/batches": "files/v1/batches is not supported by provider gemini: Gemini batch mode (batchGenerateContent) is not served through the gateway.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider gemini: The Gemini API has no legacy text-completions API.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider gemini: Gemini embeddings (embedContent) have their own format, which no ingress format maps yet."
  },
  "groq": {
    "files/v1/batches": "files/v1/batches is not supported by provider groq: Anthropic Message Batches are not an Groq API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider groq: Switchyard does not route the legacy Completions API to Groq; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider groq: Groq has no token counting endpoint.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider groq: Groq serves no embeddings through its OpenAI-compatible API."
  },
  "mistral": {
    "files/v1/batches": "files/v1/batches is not supported by provider mistral: Anthropic Message Batches are not an Mistral API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider mistral: Switchyard does not route the legacy Completions API to Mistral; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider mistral: Mistral has no token counting endpoint."
  },
  "ollama": {
    "files/v1/batches": "files/v1/batches is not supported by provider ollama: Anthropic Message Batches are not an Ollama API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider ollama: Switchyard does not route the legacy Completions API to Ollama; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider ollama: Ollama has no token counting endpoint."
  },
  "openai": {
    "files/v1/batches": "files/v1/batches is not supported by provider openai: Anthropic Message Batches are not an OpenAI API.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider openai: OpenAI has no token counting endpoint."
  },
  "openai-compatible": {
    "files/v1/batches": "files/v1/batches is not supported by provider openai-compatible: Anthropic Message Batches are not an the server API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider openai-compatible: Switchyard does not route the legacy Completions API to the server; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider openai-compatible: the server has no token counting endpoint."
  },
  "openrouter": {
    "files/v1/batches": "files/v1/batches is not supported by provider openrouter: Anthropic Message Batches are not an OpenRouter API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider openrouter: Switchyard does not route the legacy Completions API to OpenRouter; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider openrouter: OpenRouter has no token counting endpoint.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider openrouter: OpenRouter serves no embeddings through its OpenAI-compatible API."
  },
  "together": {
    "files/v1/batches": "files/v1/batches is not supported by provider together: Anthropic Message Batches are not an Together AI API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider together: Switchyard does not route the legacy Completions API to Together AI; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider together: Together AI has no token counting endpoint."
  },
  "vertex": {
    "files/v1/batches": "files/v1/batches is not supported by provider vertex: Vertex batch prediction is a separate job API (BigQuery / Cloud Storage), not Message Batches.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider vertex: Vertex AI serves Claude through the Messages API only.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider vertex: Claude has no embeddings API."
  },
  "vllm": {
    "files/v1/batches": "files/v1/batches is not supported by provider vllm: Anthropic Message Batches are not an vLLM API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider vllm: Switchyard does not route the legacy Completions API to vLLM; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider vllm: vLLM has no token counting endpoint."
  },
  "xai": {
    "files/v1/batches": "files/v1/batches is not supported by provider xai: Anthropic Message Batches are not an xAI API.",
    "llm/v1/completions": "llm/v1/completions is not supported by provider xai: Switchyard does not route the legacy Completions API to xAI; use chat completions.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider xai: xAI has no token counting endpoint.",
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider xai: xAI serves no embeddings through its OpenAI-compatible API."
  }
};

/**
 * The first capability row of `provider` for `routeType`, or undefined when
 * the provider does not serve it.
 */
export function findCapability(provider: ProviderType, routeType: RouteType): Capability | undefined {
  const rows: readonly Capability[] = PROVIDERS[provider].capabilities;
  for (const row of rows) if (row.routeType === routeType) return row;
  return undefined;
}

/**
 * Error text for a route type the provider does not serve, used verbatim in
 * gateway errors, e.g. "llm/v1/embeddings is not supported by provider anthropic:
 * Anthropic has no embeddings API."
 */
export function unsupportedReason(provider: ProviderType, routeType: RouteType): string {
  return UNSUPPORTED[provider][routeType] ?? `${routeType} is not supported by provider ${provider}.`;
}

/** Model catalog: provider type → model id → info. */
export const MODELS: Readonly<Record<ProviderType, Readonly<Record<string, ModelInfo>>>> = {
  "anthropic": {
    "claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Adaptive thinking is always on; default effort high.",
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "claude-haiku-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "claude-haiku-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-haiku-4-5-20251001": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "claude-haiku-4-5-20251001",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Default effort medium; effort is capped at high when thinking is disabled.",
        "released": "2026-10-07",
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-4-1": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "claude-opus-4-1",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "retires": "2026-08-05",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "retired"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-4-1-20250805": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "claude-opus-4-1-20250805",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "retires": "2026-08-05",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "retired"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "claude-opus-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "deprecated": "2026-11-23",
        "note": "Tentative retirement date.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "retires": "2027-01-22",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-4-5-20251101": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "claude-opus-4-5-20251101",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "deprecated": "2026-11-23",
        "note": "Tentative retirement date.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "retires": "2027-01-22",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Retirement not sooner than 2027-07-24.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Adaptive thinking is always on and cannot be disabled; default effort medium. Retirement not sooner than 2027-09-22.",
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "claude-sonnet-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "claude-sonnet-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "retires": "2026-11-30",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "retired"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-sonnet-4-5-20250929": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "claude-sonnet-4-5-20250929",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "retires": "2026-11-30",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "retired"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Default effort high; xhigh and max are rejected together with between_tools thinking.",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    }
  },
  "azure-openai": {
    "gpt-4.1": {
      "contextWindow": 1047576,
      "displayName": "GPT-4.1",
      "id": "gpt-4.1",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 32768,
      "thinking": false
    },
    "gpt-4o-mini": {
      "contextWindow": 128000,
      "displayName": "GPT-4o mini",
      "id": "gpt-4o-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 16384,
      "thinking": false
    },
    "o4-mini": {
      "contextWindow": 200000,
      "displayName": "o4-mini",
      "id": "o4-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 100000,
      "thinking": true
    }
  },
  "bedrock": {
    "anthropic.claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "anthropic.claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "anthropic.claude-haiku-4-5-20251001-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "anthropic.claude-haiku-4-5-20251001-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "anthropic.claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "anthropic.claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "EOL no sooner than 2027-10-07.",
        "released": "2026-10-07",
        "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "anthropic.claude-opus-4-1-20250805-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "anthropic.claude-opus-4-1-20250805-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "anthropic.claude-opus-4-5-20251101-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "anthropic.claude-opus-4-5-20251101-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "anthropic.claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "anthropic.claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "anthropic.claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "anthropic.claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "anthropic.claude-sonnet-4-5-20250929-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "anthropic.claude-sonnet-4-5-20250929-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "anthropic.claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "anthropic.claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "anthropic.claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "anthropic.claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    },
    "apac.anthropic.claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "apac.anthropic.claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "apac.anthropic.claude-haiku-4-5-20251001-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "apac.anthropic.claude-haiku-4-5-20251001-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "apac.anthropic.claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "apac.anthropic.claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "EOL no sooner than 2027-10-07.",
        "released": "2026-10-07",
        "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "apac.anthropic.claude-opus-4-5-20251101-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "apac.anthropic.claude-opus-4-5-20251101-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "apac.anthropic.claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "apac.anthropic.claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "apac.anthropic.claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "apac.anthropic.claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "apac.anthropic.claude-sonnet-4-5-20250929-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "apac.anthropic.claude-sonnet-4-5-20250929-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "apac.anthropic.claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "apac.anthropic.claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "apac.anthropic.claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "apac.anthropic.claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    },
    "eu.anthropic.claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "eu.anthropic.claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "eu.anthropic.claude-haiku-4-5-20251001-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "eu.anthropic.claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "eu.anthropic.claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "EOL no sooner than 2027-10-07.",
        "released": "2026-10-07",
        "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "eu.anthropic.claude-opus-4-5-20251101-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "eu.anthropic.claude-opus-4-5-20251101-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "eu.anthropic.claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "eu.anthropic.claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "eu.anthropic.claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "eu.anthropic.claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "eu.anthropic.claude-sonnet-4-5-20250929-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "eu.anthropic.claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "eu.anthropic.claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "eu.anthropic.claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "eu.anthropic.claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    },
    "global.anthropic.claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "global.anthropic.claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "global.anthropic.claude-haiku-4-5-20251001-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "global.anthropic.claude-haiku-4-5-20251001-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "global.anthropic.claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "global.anthropic.claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "EOL no sooner than 2027-10-07.",
        "released": "2026-10-07",
        "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "global.anthropic.claude-opus-4-5-20251101-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "global.anthropic.claude-opus-4-5-20251101-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "global.anthropic.claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "global.anthropic.claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "global.anthropic.claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "global.anthropic.claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "global.anthropic.claude-sonnet-4-5-20250929-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "global.anthropic.claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "global.anthropic.claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "global.anthropic.claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "global.anthropic.claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    },
    "us.anthropic.claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "us.anthropic.claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "us.anthropic.claude-haiku-4-5-20251001-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "us.anthropic.claude-haiku-4-5-20251001-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "us.anthropic.claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "us.anthropic.claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "EOL no sooner than 2027-10-07.",
        "released": "2026-10-07",
        "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "us.anthropic.claude-opus-4-1-20250805-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "us.anthropic.claude-opus-4-1-20250805-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "us.anthropic.claude-opus-4-5-20251101-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "us.anthropic.claude-opus-4-5-20251101-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "us.anthropic.claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "us.anthropic.claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "us.anthropic.claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "us.anthropic.claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "us.anthropic.claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "us.anthropic.claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Amazon Bedrock sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "us.anthropic.claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "us.anthropic.claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    }
  },
  "deepseek": {
    "deepseek-chat": {
      "contextWindow": 128000,
      "displayName": "DeepSeek Chat",
      "id": "deepseek-chat",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 8192,
      "thinking": false
    },
    "deepseek-reasoner": {
      "contextWindow": 128000,
      "displayName": "DeepSeek Reasoner",
      "id": "deepseek-reasoner",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 65536,
      "thinking": true
    }
  },
  "fireworks": {
    "accounts/fireworks/models/llama-v3p3-70b-instruct": {
      "contextWindow": 131072,
      "displayName": "Llama 3.3 70B Instruct",
      "id": "accounts/fireworks/models/llama-v3p3-70b-instruct",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 131072,
      "thinking": false
    }
  },
  "foundry": {
    "claude-haiku-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "claude-haiku-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Default effort medium; effort is capped at high when thinking is disabled.",
        "released": "2026-10-07",
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-4-1": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "claude-opus-4-1",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "retires": "2026-08-05",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "retired"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "claude-opus-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "deprecated": "2026-11-23",
        "note": "Tentative retirement date.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "retires": "2027-01-22",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Retirement not sooner than 2027-07-24.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Adaptive thinking is always on and cannot be disabled; default effort medium. Retirement not sooner than 2027-09-22.",
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "claude-sonnet-4-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "claude-sonnet-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "retires": "2026-11-30",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "retired"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Default effort high; xhigh and max are rejected together with between_tools thinking.",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    }
  },
  "gemini": {
    "gemini-2.0-flash": {
      "contextWindow": 1048576,
      "displayName": "Gemini 2.0 Flash",
      "id": "gemini-2.0-flash",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "deprecated",
      "maxOutputTokens": 8192,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.025,
        "date": "2026-12-06",
        "input": 0.1,
        "output": 0.4,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": false
    },
    "gemini-2.5-flash": {
      "contextWindow": 1048576,
      "displayName": "Gemini 2.5 Flash",
      "id": "gemini-2.5-flash",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "stable",
      "maxOutputTokens": 65536,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.03,
        "date": "2026-12-06",
        "input": 0.3,
        "output": 2.5,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": true
    },
    "gemini-2.5-flash-lite": {
      "contextWindow": 1048576,
      "displayName": "Gemini 2.5 Flash-Lite",
      "id": "gemini-2.5-flash-lite",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "stable",
      "maxOutputTokens": 65536,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "date": "2026-12-06",
        "input": 0.1,
        "output": 0.4,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": true
    },
    "gemini-2.5-pro": {
      "contextWindow": 1048576,
      "displayName": "Gemini 2.5 Pro",
      "id": "gemini-2.5-pro",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "stable",
      "maxOutputTokens": 65536,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.125,
        "date": "2026-12-06",
        "input": 1.25,
        "longContext": {
          "cacheRead": 0.25,
          "input": 2.5,
          "output": 15,
          "thresholdTokens": 200000
        },
        "output": 10,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": true
    },
    "gemini-3-flash-preview": {
      "contextWindow": 1048576,
      "displayName": "Gemini 3 Flash Preview",
      "id": "gemini-3-flash-preview",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "preview",
      "maxOutputTokens": 65536,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.05,
        "date": "2026-12-06",
        "input": 0.5,
        "output": 3,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": true
    },
    "gemini-3-pro-preview": {
      "contextWindow": 1048576,
      "displayName": "Gemini 3 Pro Preview",
      "id": "gemini-3-pro-preview",
      "inputModalities": [
        "text",
        "image",
        "pdf",
        "audio"
      ],
      "lifecycle": "preview",
      "maxOutputTokens": 65536,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "date": "2026-12-06",
        "input": 2,
        "longContext": {
          "cacheRead": 0.4,
          "input": 4,
          "output": 18,
          "thresholdTokens": 200000
        },
        "output": 12,
        "source": "https://ai.google.dev/gemini-api/docs/pricing"
      },
      "thinking": true
    }
  },
  "groq": {
    "llama-3.1-8b-instant": {
      "contextWindow": 131072,
      "displayName": "Llama 3.1 8B Instant",
      "id": "llama-3.1-8b-instant",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 131072,
      "thinking": false
    },
    "llama-3.3-70b-versatile": {
      "contextWindow": 131072,
      "displayName": "Llama 3.3 70B Versatile",
      "id": "llama-3.3-70b-versatile",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 32768,
      "thinking": false
    },
    "openai/gpt-oss-120b": {
      "contextWindow": 131072,
      "displayName": "GPT-OSS 120B",
      "id": "openai/gpt-oss-120b",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 65536,
      "thinking": true
    }
  },
  "mistral": {
    "codestral-latest": {
      "contextWindow": 262144,
      "displayName": "Codestral",
      "id": "codestral-latest",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 262144,
      "thinking": false
    },
    "mistral-large-latest": {
      "contextWindow": 131072,
      "displayName": "Mistral Large",
      "id": "mistral-large-latest",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 131072,
      "thinking": false
    },
    "mistral-small-latest": {
      "contextWindow": 131072,
      "displayName": "Mistral Small",
      "id": "mistral-small-latest",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 131072,
      "thinking": false
    }
  },
  "ollama": {
    "gpt-oss:20b": {
      "contextWindow": 131072,
      "displayName": "gpt-oss 20B",
      "id": "gpt-oss:20b",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 131072,
      "thinking": true
    }
  },
  "openai": {
    "gpt-3.5-turbo-instruct": {
      "contextWindow": 4096,
      "displayName": "GPT-3.5 Turbo Instruct",
      "id": "gpt-3.5-turbo-instruct",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 4096,
      "thinking": false
    },
    "gpt-4.1": {
      "contextWindow": 1047576,
      "displayName": "GPT-4.1",
      "id": "gpt-4.1",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 32768,
      "thinking": false
    },
    "gpt-4.1-nano": {
      "contextWindow": 1047576,
      "displayName": "GPT-4.1 nano",
      "id": "gpt-4.1-nano",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 32768,
      "thinking": false
    },
    "gpt-4o-mini": {
      "contextWindow": 128000,
      "displayName": "GPT-4o mini",
      "id": "gpt-4o-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 16384,
      "thinking": false
    },
    "gpt-5-nano": {
      "contextWindow": 400000,
      "displayName": "GPT-5 nano",
      "id": "gpt-5-nano",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 128000,
      "pricing": {
        "cacheRead": 0.005,
        "date": "2026-12-06",
        "input": 0.05,
        "output": 0.4,
        "source": "https://developers.openai.com/api/docs/models/gpt-5-nano"
      },
      "thinking": true
    },
    "o4-mini": {
      "contextWindow": 200000,
      "displayName": "o4-mini",
      "id": "o4-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 100000,
      "thinking": true
    },
    "text-embedding-3-small": {
      "contextWindow": 8191,
      "displayName": "text-embedding-3-small",
      "id": "text-embedding-3-small",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 0,
      "thinking": false
    }
  },
  "openai-compatible": {},
  "openrouter": {
    "openai/gpt-4o-mini": {
      "contextWindow": 128000,
      "displayName": "OpenAI: GPT-4o mini",
      "id": "openai/gpt-4o-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 16384,
      "thinking": false
    },
    "openai/o4-mini": {
      "contextWindow": 200000,
      "displayName": "OpenAI: o4-mini",
      "id": "openai/o4-mini",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 100000,
      "thinking": true
    }
  },
  "together": {
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": {
      "contextWindow": 131072,
      "displayName": "Llama 3.3 70B Instruct Turbo",
      "id": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 131072,
      "thinking": false
    }
  },
  "vertex": {
    "claude-fable-5-2": {
      "cacheTtl1h": true,
      "canonicalId": "claude-fable-5-2",
      "contextWindow": 1000000,
      "displayName": "Claude Fable 5.2",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-fable-5-2",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-11-09",
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 16,
        "cacheWrite5m": 10,
        "date": "2026-12-06",
        "input": 8,
        "output": 40,
        "source": "https://platform.claude.com/docs/en/models/fable-5-2/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "claude-haiku-4-5@20251001": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "effortLevels": [],
      "id": "claude-haiku-4-5@20251001",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-10-15",
        "replacement": "claude-haiku-5-5",
        "source": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 2,
        "cacheWrite5m": 1.25,
        "date": "2026-12-06",
        "input": 1,
        "output": 5,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-haiku-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-haiku-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Haiku 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-10-07",
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.01,
        "cacheWrite1h": 0.2,
        "cacheWrite5m": 0.125,
        "date": "2026-12-06",
        "input": 0.1,
        "longContext": {
          "cacheRead": 0.05,
          "cacheWrite1h": 1,
          "cacheWrite5m": 0.625,
          "input": 0.5,
          "output": 2.5,
          "thresholdTokens": 100000
        },
        "output": 0.5,
        "source": "https://platform.claude.com/docs/en/models/haiku-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-4-1@20250805": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-1",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "effortLevels": [],
      "id": "claude-opus-4-1@20250805",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-08-05) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-08-05",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 32000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 1.5,
        "cacheWrite1h": 30,
        "cacheWrite5m": 18.75,
        "date": "2026-12-06",
        "input": 15,
        "output": 75,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": false,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-4-5@20251101": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.5",
      "effortLevels": [
        "low",
        "medium",
        "high"
      ],
      "id": "claude-opus-4-5@20251101",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: deprecated (retires 2027-01-22) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-11-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-opus-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-07-24",
        "replacement": "claude-opus-5-5",
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.5,
        "cacheWrite1h": 10,
        "cacheWrite5m": 6.25,
        "date": "2026-12-06",
        "input": 5,
        "output": 25,
        "source": "https://platform.claude.com/docs/en/models/opus-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-opus-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-opus-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Opus 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "released": "2026-09-22",
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 8,
        "cacheWrite5m": 5,
        "date": "2026-12-06",
        "input": 4,
        "output": 20,
        "source": "https://platform.claude.com/docs/en/models/opus-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive"
      ]
    },
    "claude-sonnet-4-5@20250929": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-4-5",
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "effortLevels": [],
      "id": "claude-sonnet-4-5@20250929",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "deprecated",
      "lifecycleDetail": {
        "note": "Anthropic: retired (retires 2026-11-30) on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2025-09-29",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
        "status": "deprecated"
      },
      "maxOutputTokens": 64000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.3,
        "cacheWrite1h": 6,
        "cacheWrite5m": 3.75,
        "date": "2026-12-06",
        "input": 3,
        "output": 15,
        "source": "https://platform.claude.com/docs/en/about-claude/pricing"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "enabled",
        "disabled"
      ]
    },
    "claude-sonnet-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "max"
      ],
      "id": "claude-sonnet-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "note": "Anthropic: legacy on its own platforms; Google Vertex AI sets its own retirement date (not read), so the gateway only warns.",
        "released": "2026-06-30",
        "replacement": "claude-sonnet-5-5",
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
        "status": "legacy"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.2,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "disabled"
      ]
    },
    "claude-sonnet-5-5": {
      "cacheTtl1h": true,
      "canonicalId": "claude-sonnet-5-5",
      "contextWindow": 1000000,
      "displayName": "Claude Sonnet 5.5",
      "effortLevels": [
        "low",
        "medium",
        "high",
        "xhigh",
        "max"
      ],
      "id": "claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "lifecycle": "stable",
      "lifecycleDetail": {
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
        "status": "active"
      },
      "maxOutputTokens": 128000,
      "pricing": {
        "batchDiscount": 0.5,
        "cacheRead": 0.1,
        "cacheWrite1h": 4,
        "cacheWrite5m": 2.5,
        "date": "2026-12-06",
        "input": 2,
        "output": 10,
        "source": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview"
      },
      "stopsAtWindow": true,
      "thinking": true,
      "thinkingTypes": [
        "adaptive",
        "between_tools"
      ]
    }
  },
  "vllm": {},
  "xai": {
    "grok-3-mini": {
      "contextWindow": 131072,
      "displayName": "Grok 3 Mini",
      "id": "grok-3-mini",
      "inputModalities": [
        "text"
      ],
      "maxOutputTokens": 131072,
      "thinking": true
    },
    "grok-4": {
      "contextWindow": 256000,
      "displayName": "Grok 4",
      "id": "grok-4",
      "inputModalities": [
        "text",
        "image"
      ],
      "maxOutputTokens": 256000,
      "thinking": true
    }
  }
};

/** The catalog entry for a provider's model id, or undefined (unknown models are allowed; they just have no catalog data). */
export function findModel(provider: ProviderType, id: string): ModelInfo | undefined {
  const table = MODELS[provider];
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Translation coverage per (from, to, route type), in spec order (see specs/translation.ts). */
export const TRANSLATIONS: readonly TranslationCoverage[] = [
  {
    "from": "openai-chat",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "messages[role=system|developer]",
        "note": "Hoisted from any position, in order, as text blocks; cache_control kept.",
        "to": "system[]"
      },
      {
        "field": "messages[role=user].content",
        "note": "text → text, image_url data: → image base64, image_url http(s) → image url, PDF (data: or .pdf URL) → document, file.file_data (PDF, text/plain) → document. input_audio and file_id → 400. image_url.detail ignored. Message `name` ignored.",
        "to": "messages[].content[]"
      },
      {
        "field": "messages[role=assistant].content",
        "note": "text and refusal parts → text blocks. Trailing whitespace of a final assistant prefill is trimmed (Anthropic rejects it).",
        "to": "messages[].content[] text"
      },
      {
        "field": "messages[role=assistant].tool_calls",
        "note": "input = JSON.parse(arguments); empty arguments → {}; non-object arguments → 400.",
        "to": "tool_use blocks"
      },
      {
        "field": "messages[role=assistant].thinking_blocks",
        "note": "Non-standard (LiteLLM convention); replayed verbatim, first in the turn, so signatures verify. reasoning_content + reasoning_signature is accepted as one block; unsigned reasoning_content is omitted.",
        "to": "thinking / redacted_thinking blocks"
      },
      {
        "field": "messages[role=tool]",
        "note": "tool_call_id → tool_use_id; string or text parts content (tool messages carry text only in the OpenAI API, and the request validator enforces it); non-standard is_error: true → is_error.",
        "to": "user tool_result blocks"
      },
      {
        "field": "consecutive same-role messages",
        "note": "Merged (tool results and the following user text share one user turn).",
        "to": "one message"
      },
      {
        "field": "cache_control / prompt_cache_breakpoint",
        "note": "On parts, messages (→ last block) and tools. prompt_cache_breakpoint → {type:\"ephemeral\"} (ttl given → ttl \"1h\").",
        "to": "cache_control"
      },
      {
        "field": "max_completion_tokens | max_tokens",
        "note": "max_completion_tokens wins; absent → the model catalog's max output, else 4096.",
        "to": "max_tokens"
      },
      {
        "field": "reasoning_effort",
        "note": "minimal 1024, low 2048, medium 8192, high 16384, xhigh 32768, max 65536; capped at max_tokens − 1; below 1024 → 400; none → no thinking. When the request replays an assistant tool call without a signed thinking block (an open tool loop), thinking is disabled for that request (advisory loss, see below): Anthropic would reject it.",
        "to": "thinking {type:\"enabled\",budget_tokens}"
      },
      {
        "field": "thinking",
        "note": "Non-standard; passed as is and wins over reasoning_effort.",
        "to": "thinking"
      },
      {
        "field": "temperature",
        "note": "Valid because the upstream is pinned to anthropic-version 2023-06-01.",
        "to": "temperature"
      },
      {
        "field": "top_p",
        "note": "Same pin.",
        "to": "top_p"
      },
      {
        "field": "top_k",
        "note": "Non-standard; passed as is.",
        "to": "top_k"
      },
      {
        "field": "stop",
        "note": "A string becomes a one-element list.",
        "to": "stop_sequences"
      },
      {
        "field": "tools[type=function]",
        "note": "Missing parameters → {type:\"object\",properties:{}}; cache_control kept. Other tool types are unsupported.",
        "to": "tools[] {name,description,input_schema,strict}"
      },
      {
        "field": "tool_choice",
        "note": "auto → auto, none → none, required → any, {function:{name}} → {type:\"tool\",name}; omitted when there are no tools; allowed_tools → 400.",
        "to": "tool_choice"
      },
      {
        "field": "parallel_tool_calls: false",
        "note": "Creates {type:\"auto\"} when no tool_choice; not applied to none.",
        "to": "tool_choice.disable_parallel_tool_use: true"
      },
      {
        "field": "response_format (json_schema, json_object)",
        "note": "input_schema = the schema (json_object: {type:\"object\"}); its input comes back as message content with finish_reason stop. Not combinable with tools or reasoning (unsupported then).",
        "to": "forced tool \"json_response\""
      },
      {
        "field": "safety_identifier | user",
        "note": "safety_identifier wins.",
        "to": "metadata.user_id"
      },
      {
        "field": "stream",
        "to": "stream"
      },
      {
        "field": "stream_options.include_usage",
        "note": "Anthropic always streams usage; the final choices:[] usage chunk is synthesized only when asked.",
        "to": "(gateway)"
      },
      {
        "field": "prompt_cache_key, prompt_cache_retention, prompt_cache_options",
        "note": "Caching hints with no Anthropic equivalent: an advisory loss (x-switchyard-degraded and x-switchyard-dropped-params).",
        "to": "(dropped, reported)"
      },
      {
        "field": "n=1, logprobs=false, presence/frequency_penalty=0, store=false, modalities=[\"text\"], service_tier auto/default, null values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      },
      {
        "field": "(headers)",
        "to": "anthropic-version: 2023-06-01"
      }
    ],
    "response": [
      {
        "field": "id",
        "note": "msg_… kept.",
        "to": "id"
      },
      {
        "field": "(now)",
        "note": "Unix seconds.",
        "to": "created"
      },
      {
        "field": "(alias)",
        "note": "The alias the caller used.",
        "to": "model"
      },
      {
        "field": "content[type=text]",
        "note": "Concatenated; null when there is no text block.",
        "to": "choices[0].message.content"
      },
      {
        "field": "content[type=tool_use]",
        "note": "arguments = JSON.stringify(input). Stream: index 0..n in order of appearance (not the block index); id/type/name and arguments \"\" on the first fragment; empty partial_json fragments skipped.",
        "to": "choices[0].message.tool_calls[]"
      },
      {
        "field": "content[type=thinking]",
        "note": "Stream: thinking_delta → delta.reasoning_content; at the block end one delta.thinking_blocks entry with the complete block (text + signature).",
        "to": "message.reasoning_content + message.thinking_blocks[]"
      },
      {
        "field": "content[type=redacted_thinking]",
        "note": "Stream: emitted at block start.",
        "to": "message.thinking_blocks[] {type:\"redacted_thinking\",data}"
      },
      {
        "field": "content[type=tool_use, name=json_response]",
        "note": "Only when response_format was emulated; stream: partial_json → delta.content.",
        "to": "message.content"
      },
      {
        "field": "content[server_tool_use, *_tool_result], citations",
        "note": "Executed upstream; never requested by this pair (no server tools are sent).",
        "to": "(not carried)"
      },
      {
        "field": "stop_reason",
        "note": "end_turn/stop_sequence/pause_turn → stop, max_tokens/model_context_window_exceeded → length, tool_use → tool_calls (stop for json_response), refusal → content_filter.",
        "to": "finish_reason"
      },
      {
        "field": "usage",
        "note": "prompt_tokens = input + cache_creation + cache_read; prompt_tokens_details.cached_tokens = cache_read (+ cache_write_tokens = cache_creation when > 0); completion_tokens = output; total = prompt + completion; reasoning_tokens from output_tokens_details.thinking_tokens. Stream: message_delta usage replaces message_start usage field by field.",
        "to": "usage"
      },
      {
        "field": "stream: ping, content_block_stop, unknown events",
        "to": "(nothing)"
      },
      {
        "field": "stream: message_stop",
        "to": "finish chunk, usage chunk (choices:[], with include_usage), data: [DONE]"
      },
      {
        "field": "stream: event error",
        "note": "The openai SDK raises APIError on it. EOF without message_stop → the same with code upstream_stream_truncated.",
        "to": "data: {\"error\":{message,type,param:null,code}} then end without [DONE]"
      },
      {
        "field": "error body + status",
        "note": "Status kept; invalid_request_error → invalid_request_error, authentication_error → code invalid_api_key, rate_limit_error → rate_limit_exceeded, overloaded_error → server_error/overloaded, api_error → server_error, billing_error → insufficient_quota.",
        "to": "{\"error\":{message,type,param:null,code}}"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "anthropic-messages",
    "transcoder": "formats/openai-chat/mapper.ts → formats/anthropic-messages/mapper.ts",
    "unsupported": [
      {
        "field": "n",
        "loss": "semantic",
        "reason": "Anthropic returns one choice (n > 1)."
      },
      {
        "field": "logprobs",
        "loss": "semantic",
        "reason": "No token log-probabilities on Anthropic."
      },
      {
        "field": "top_logprobs",
        "loss": "semantic",
        "reason": "No token log-probabilities on Anthropic."
      },
      {
        "field": "logit_bias",
        "loss": "semantic",
        "reason": "No logit bias on Anthropic."
      },
      {
        "field": "presence_penalty",
        "loss": "semantic",
        "reason": "No repetition penalties on Anthropic (non-zero)."
      },
      {
        "field": "frequency_penalty",
        "loss": "semantic",
        "reason": "No repetition penalties on Anthropic (non-zero)."
      },
      {
        "field": "seed",
        "loss": "semantic",
        "reason": "No deterministic sampling seed on Anthropic."
      },
      {
        "field": "store",
        "loss": "semantic",
        "reason": "OpenAI stored completions (true)."
      },
      {
        "field": "metadata",
        "loss": "advisory",
        "reason": "OpenAI stored-completion metadata (non-empty); use user/safety_identifier for metadata.user_id."
      },
      {
        "field": "modalities",
        "loss": "semantic",
        "reason": "Audio output (anything but [\"text\"])."
      },
      {
        "field": "audio",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "prediction",
        "loss": "advisory",
        "reason": "Predicted outputs."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "OpenAI tiers other than auto/default (flex, scale, priority)."
      },
      {
        "field": "verbosity",
        "loss": "advisory",
        "reason": "No verbosity control on Anthropic."
      },
      {
        "field": "web_search_options",
        "loss": "semantic",
        "reason": "OpenAI-hosted web search."
      },
      {
        "field": "functions",
        "loss": "semantic",
        "reason": "Legacy function calling; use tools."
      },
      {
        "field": "function_call",
        "loss": "semantic",
        "reason": "Legacy function calling; use tool_choice."
      },
      {
        "field": "moderation",
        "loss": "semantic",
        "reason": "OpenAI moderation options."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "Only function tools translate."
      },
      {
        "field": "response_format",
        "loss": "semantic",
        "reason": "Combined with tools or reasoning, or a non-object schema (the forced-tool emulation cannot apply)."
      },
      {
        "field": "prompt_cache_key | prompt_cache_retention | prompt_cache_options",
        "loss": "advisory",
        "reason": "Caching hints with no Anthropic equivalent (Anthropic caches at explicit breakpoints, which are carried)."
      },
      {
        "field": "reasoning_effort (replayed tool call without a thinking block)",
        "loss": "advisory",
        "reason": "With thinking enabled Anthropic requires the assistant turn of an open tool loop to start with a signed thinking block (\"Expected `thinking` … found `tool_use`\"); OpenAI clients do not replay one, so thinking is disabled for that request and reasoning_effort is named in x-switchyard-degraded."
      },
      {
        "field": "reasoning_effort (with a tool_choice that forces tool use)",
        "loss": "advisory",
        "reason": "Anthropic rejects extended thinking with tool_choice any/tool (\"Thinking may not be enabled when tool_choice forces tool use\"): the forced tool wins, thinking is disabled for that request and reasoning_effort is named in x-switchyard-degraded."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "anthropic-messages",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "system",
        "note": "Text blocks joined with \"\\n\" (a newline).",
        "to": "messages[0] {role:\"system\"}"
      },
      {
        "field": "messages[role=user] text/image/document",
        "note": "image base64 → image_url data URL, image url → image_url, document base64 PDF → file part (file_data data URL, filename = title), document text → text part; a single text part becomes a string. Other sources (url/file documents, file images) → 400.",
        "to": "user message parts"
      },
      {
        "field": "messages[role=user] tool_result",
        "note": "Emitted before the rest of that user turn; text content kept; images/PDFs inside follow in a user message (tool messages carry text only).",
        "to": "{role:\"tool\",tool_call_id,content}"
      },
      {
        "field": "tool_result.is_error: true",
        "note": "OpenAI tool messages have no error flag, so the failure is carried where the model reads it: a string content becomes \"Error: \" + content (\"Error\" when empty); text parts get the prefix on the first part (a leading \"Error\" part when the first part is not text).",
        "to": "tool message content prefixed \"Error: \""
      },
      {
        "field": "messages[role=assistant] text + tool_use",
        "note": "arguments = JSON.stringify(input); content null when only tool calls. Tool-call ids that break the target provider's dialect rules (e.g. Mistral: 9 alphanumerics) are rewritten deterministically from their SHA-256, in tool_calls and tool messages alike.",
        "to": "{role:\"assistant\",content,tool_calls}"
      },
      {
        "field": "messages[role=assistant] thinking/redacted_thinking",
        "note": "Chat Completions takes no reasoning input: an advisory loss.",
        "to": "(dropped, reported as \"thinking\")"
      },
      {
        "field": "cache_control (top-level, system, blocks, tools)",
        "note": "No Chat Completions equivalent accepted by every OpenAI-format upstream; OpenAI caches prefixes automatically: an advisory loss (x-switchyard-degraded and x-switchyard-dropped-params).",
        "to": "(dropped, reported)"
      },
      {
        "field": "max_tokens",
        "note": "Or the field the target provider's dialect names (max_tokens for many OpenAI-compatible providers).",
        "to": "max_completion_tokens"
      },
      {
        "field": "temperature",
        "to": "temperature"
      },
      {
        "field": "top_p",
        "to": "top_p"
      },
      {
        "field": "stop_sequences",
        "to": "stop"
      },
      {
        "field": "metadata.user_id",
        "note": "As is up to 64 characters (OpenAI's documented limit); longer ids (Claude Code sends ~150 characters) → their SHA-256 hex digest (64 characters, stable per user).",
        "to": "user"
      },
      {
        "field": "tools (custom)",
        "to": "tools[] {type:\"function\",function:{name,description,parameters,strict}}"
      },
      {
        "field": "tool_choice",
        "note": "auto → auto, any → required, tool → {type:\"function\",function:{name}}, none → none; omitted when there are no tools.",
        "to": "tool_choice"
      },
      {
        "field": "tool_choice.disable_parallel_tool_use: true",
        "note": "Not for none.",
        "to": "parallel_tool_calls: false"
      },
      {
        "field": "thinking",
        "note": "enabled: budget < 4096 → low, < 16384 → medium, else high; disabled/adaptive → omitted (model default).",
        "to": "reasoning_effort"
      },
      {
        "field": "output_config.effort",
        "note": "Same value; wins over thinking.",
        "to": "reasoning_effort"
      },
      {
        "field": "output_config.format (json_schema)",
        "to": "response_format {type:\"json_schema\",json_schema:{name:\"response\",schema,strict:true}}"
      },
      {
        "field": "stream",
        "note": "Usage is needed for message_delta.usage. Not sent to a provider whose dialect does not honour stream_options.",
        "to": "stream + stream_options.include_usage: true"
      },
      {
        "field": "service_tier auto/standard_only, speed standard, null values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      }
    ],
    "response": [
      {
        "field": "id",
        "note": "Prefixed with msg_ unless it already is.",
        "to": "id"
      },
      {
        "field": "(alias)",
        "to": "model"
      },
      {
        "field": "choices[0].message.reasoning_content | reasoning",
        "note": "OpenAI-compatible providers (xAI, DeepSeek reasoning_content; OpenRouter reasoning; or the field the provider's dialect names). Stream: delta.reasoning_content/reasoning → thinking block.",
        "to": "thinking block (signature \"\")"
      },
      {
        "field": "choices[0].message.content",
        "to": "text block"
      },
      {
        "field": "choices[0].message.refusal",
        "to": "text block + stop_reason refusal"
      },
      {
        "field": "choices[0].message.tool_calls",
        "note": "input = JSON.parse(arguments), {} when not a JSON object (e.g. cut by length). Stream: one tool_use block per tool_calls index, input_json_delta fragments (empty ones skipped); blocks open/close as the content type switches. Interleaved calls (fragments of an earlier index after a later one started): an open tool block closes early only when its arguments are a complete JSON object; otherwise what arrives meanwhile is buffered and each deferred call is emitted whole after it (start, one input_json_delta, stop), so Anthropic's one-open-block grammar always holds.",
        "to": "tool_use blocks"
      },
      {
        "field": "choices[0].finish_reason",
        "note": "stop → end_turn, length → max_tokens, tool_calls/function_call → tool_use (also when text came first, and when a tool call was emitted with stop), content_filter → refusal. stop_sequence is always null.",
        "to": "stop_reason"
      },
      {
        "field": "choices[1..]",
        "note": "n is never sent.",
        "to": "(not read)"
      },
      {
        "field": "usage",
        "note": "input_tokens = prompt_tokens − cached_tokens − cache_write_tokens, cache_read_input_tokens = cached_tokens, cache_creation_input_tokens = cache_write_tokens (else 0), output_tokens = completion_tokens (or total − prompt when larger: xAI). Stream: message_start carries zeros; message_delta the include_usage totals.",
        "to": "usage"
      },
      {
        "field": "stream: choices:[] chunk without usage (Azure prompt_filter_results)",
        "to": "(ignored)"
      },
      {
        "field": "stream: [DONE] (or EOF after a finish_reason)",
        "to": "message_delta {stop_reason, usage} + message_stop"
      },
      {
        "field": "stream: data {\"error\":…}",
        "note": "No message_stop follows. EOF before any finish_reason → event: error (api_error).",
        "to": "event: error {type:\"error\",error:{type,message}}"
      },
      {
        "field": "error body + status",
        "note": "Status kept; type by status: 400 invalid_request_error, 401 authentication_error, 402 billing_error, 403 permission_error, 404 not_found_error, 413 request_too_large, 429 rate_limit_error, 503/529 overloaded_error, 504 timeout_error, other 5xx api_error (the table of runtime/errors.ts). A JSON body with type or code insufficient_quota → billing_error (status kept).",
        "to": "{\"type\":\"error\",\"error\":{type,message}}"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "openai-chat",
    "transcoder": "formats/anthropic-messages/mapper.ts → formats/openai-chat/mapper.ts",
    "unsupported": [
      {
        "field": "top_k",
        "loss": "semantic",
        "reason": "No top-k sampling on Chat Completions."
      },
      {
        "field": "tools[type=<server tool>]",
        "loss": "semantic",
        "reason": "Anthropic server tools (web_search, code_execution, bash, text_editor, …) run on Anthropic only."
      },
      {
        "field": "container",
        "loss": "semantic",
        "reason": "Anthropic code-execution containers."
      },
      {
        "field": "mcp_servers",
        "loss": "semantic",
        "reason": "Anthropic MCP connector."
      },
      {
        "field": "context_management",
        "loss": "advisory",
        "reason": "Anthropic context editing."
      },
      {
        "field": "inference_geo",
        "loss": "semantic",
        "reason": "Anthropic data residency."
      },
      {
        "field": "diagnostics",
        "loss": "advisory",
        "reason": "Anthropic cache diagnostics."
      },
      {
        "field": "user_profile_id",
        "loss": "advisory",
        "reason": "Anthropic-specific."
      },
      {
        "field": "workspace_id",
        "loss": "semantic",
        "reason": "Anthropic-specific."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "Values other than auto/standard_only."
      },
      {
        "field": "speed",
        "loss": "advisory",
        "reason": "Values other than standard."
      },
      {
        "field": "metadata.<key other than user_id>",
        "loss": "semantic",
        "reason": "Only user_id has an equivalent (user)."
      },
      {
        "field": "output_config.<other key>",
        "loss": "semantic",
        "reason": "Only effort and format translate."
      },
      {
        "field": "cache_control (top level, system, blocks, tools)",
        "loss": "advisory",
        "reason": "No Chat Completions equivalent accepted by every OpenAI-format upstream; OpenAI caches prefixes automatically."
      },
      {
        "field": "(parameter the target provider rejects)",
        "loss": "semantic",
        "reason": "A parameter the target provider's dialect (provider spec) lists as rejected is not sent."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Fields of a content block or tool that Chat Completions has no place for (e.g. tool_use `caller`, tool `type: \"custom\"`, document `context`/`citations` settings); named by their key."
      },
      {
        "field": "messages[role=assistant] thinking / redacted_thinking",
        "loss": "advisory",
        "reason": "Chat Completions takes no reasoning input; reported as \"thinking\"."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "openai-responses",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "instructions",
        "note": "A string; the leading system prompt.",
        "to": "system prompt"
      },
      {
        "field": "input (string)",
        "to": "one user message"
      },
      {
        "field": "input[type=message, role=user]",
        "note": "input_text → text; input_image: data URL → base64 image, http(s) → url image, PDF data URL → document; input_file: file_data (PDF, text/plain data URL; bare base64 with a .pdf filename) → document, file_url → url document; file_id → 400. `type` may be omitted (EasyInputMessage); string content accepted.",
        "to": "user message"
      },
      {
        "field": "input[type=message, role=system|developer]",
        "note": "Text only.",
        "to": "system entries in place"
      },
      {
        "field": "input[type=message, role=assistant]",
        "note": "output_text and refusal parts (annotations not carried).",
        "to": "assistant text"
      },
      {
        "field": "input[type=function_call]",
        "note": "id = call_id; arguments parsed (empty → {}; not a JSON object → 400). Consecutive reasoning/assistant/function_call items form one assistant turn.",
        "to": "assistant tool call"
      },
      {
        "field": "input[type=function_call_output]",
        "note": "tool_use id = call_id; output string or input_text/input_image/input_file parts.",
        "to": "tool result"
      },
      {
        "field": "input[type=reasoning]",
        "note": "Only when its encrypted_content is a carrier this gateway sealed (AES-256-GCM, runtime/formats/openai-responses/carrier.ts): the exact block, signature included, comes back. Otherwise a named loss (below).",
        "to": "thinking / redacted_thinking block"
      },
      {
        "field": "max_output_tokens",
        "note": "Positive integer; absent → the model catalog's max output, else 4096.",
        "to": "output-token limit"
      },
      {
        "field": "temperature",
        "to": "temperature"
      },
      {
        "field": "top_p",
        "to": "top_p"
      },
      {
        "field": "tools[type=function]",
        "note": "{name, description, parameters, strict}; strict carried only when given.",
        "to": "function tools"
      },
      {
        "field": "tools[type=custom]",
        "note": "Freeform tools (Codex's apply_patch): the input grammar (format.definition) is appended to the description; the call comes back as a custom_tool_call with the raw input.",
        "to": "function tool {input: string}"
      },
      {
        "field": "tools[type=namespace]",
        "note": "Codex namespaces: the function and custom tools inside; their calls come back with `namespace`.",
        "to": "its tools, flattened"
      },
      {
        "field": "input[type=custom_tool_call | custom_tool_call_output]",
        "to": "tool call {input} / tool result"
      },
      {
        "field": "tool_choice",
        "note": "auto, none, required → any, {type:\"function\",name} → that tool; hosted-tool, custom, mcp and allowed_tools choices → 400.",
        "to": "tool choice"
      },
      {
        "field": "parallel_tool_calls: false",
        "to": "at most one tool call per turn"
      },
      {
        "field": "text.format",
        "note": "json_schema {name, schema, description, strict} and json_object; text → none.",
        "to": "structured output"
      },
      {
        "field": "reasoning.effort",
        "note": "none → no reasoning.",
        "to": "reasoning effort"
      },
      {
        "field": "reasoning.summary",
        "note": "The upstream's reasoning text comes back as summary_text whatever the value.",
        "to": "(thinking returned as the summary)"
      },
      {
        "field": "include: [\"reasoning.encrypted_content\"]",
        "note": "Signed thinking always comes back with an encrypted_content carrier, so clients that replay output items keep multi-turn thinking.",
        "to": "(carrier)"
      },
      {
        "field": "user | safety_identifier",
        "note": "safety_identifier wins.",
        "to": "end-user id"
      },
      {
        "field": "store",
        "note": "The response store (issue 14) decides; the translated upstream call never stores.",
        "to": "(gateway)"
      },
      {
        "field": "stream",
        "note": "Usage always comes in response.completed.",
        "to": "stream"
      },
      {
        "field": "stream_options",
        "note": "include_obfuscation: no obfuscation padding is produced.",
        "to": "(accepted)"
      },
      {
        "field": "truncation: disabled, background: false, service_tier auto/default, top_logprobs 0, empty metadata/client_metadata, null values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      },
      {
        "field": "text.format (json_schema, json_object)",
        "note": "As for Chat Completions callers: not combinable with tools or reasoning (a semantic loss named response_format).",
        "to": "forced tool \"json_response\""
      },
      {
        "field": "reasoning.effort",
        "note": "Budgets as for Chat Completions callers (minimal 1024 … max 65536, capped at max_output_tokens − 1).",
        "to": "thinking {type:\"enabled\",budget_tokens}"
      },
      {
        "field": "(headers)",
        "to": "anthropic-version: 2023-06-01"
      }
    ],
    "response": [
      {
        "field": "id",
        "note": "resp_ + the upstream id (msg_ prefix removed); output item ids msg_/rs_/fc_ + SHA-256(response id, output index), stable between the stream and its final response.",
        "to": "id"
      },
      {
        "field": "text",
        "note": "One message item per text block with one output_text part (annotations: web-search citations → url_citation spanning the part; other citations not carried).",
        "to": "output message item"
      },
      {
        "field": "thinking",
        "note": "summary = [{type:\"summary_text\", text: the thinking}]; encrypted_content = a sealed carrier of the exact block when it is signed. Redacted thinking → a reasoning item with a carrier and an empty summary.",
        "to": "reasoning item"
      },
      {
        "field": "tool call",
        "note": "call_id = the upstream tool-call id, arguments = JSON text (\"{}\" when none); a custom tool of the request → custom_tool_call {call_id, name, input} (stream: custom_tool_call_input.delta/done at the call's end); a namespaced tool → with `namespace`. Needs the request decoded with the same request context.",
        "to": "function_call item"
      },
      {
        "field": "server-tool blocks",
        "note": "Executed upstream; never requested by this pair.",
        "to": "(not carried)"
      },
      {
        "field": "stop reason",
        "note": "max_tokens/model_context_window_exceeded → incomplete (max_output_tokens); refusal → incomplete (content_filter); otherwise completed.",
        "to": "status"
      },
      {
        "field": "usage",
        "note": "input_tokens = input + cache writes + cache reads; input_tokens_details.cached_tokens = cache reads (+ cache_write_tokens when > 0); output_tokens; output_tokens_details.reasoning_tokens; total_tokens.",
        "to": "usage"
      },
      {
        "field": "(request)",
        "note": "instructions, max_output_tokens, temperature, top_p, tools, tool_choice, parallel_tool_calls, reasoning, text, metadata, store, user, safety_identifier, prompt_cache_key echoed; model = the alias.",
        "to": "Response fields"
      },
      {
        "field": "stream",
        "note": "response.created, response.in_progress, per item output_item.added … output_item.done (content_part.added, output_text.delta, output_text.annotation.added, output_text.done, content_part.done | reasoning_summary_part.added, reasoning_summary_text.delta/done, reasoning_summary_part.done | function_call_arguments.delta/done), then response.completed or response.incomplete with every item and usage; sequence_number from 0, +1 per event; no [DONE]. Parsed by the openai SDK's strict ResponseStream accumulator in the tests.",
        "to": "Responses SSE events"
      },
      {
        "field": "stream: upstream error / EOF before the end",
        "note": "As first-party OpenAI sends it; the openai SDK raises APIError. Truncation: code upstream_stream_truncated.",
        "to": "event error {type:\"error\", error:{type,code,message,param}} + response.failed"
      },
      {
        "field": "error body + status",
        "note": "Status kept; as for Chat Completions callers.",
        "to": "{\"error\":{message,type,param:null,code}}"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "anthropic-messages",
    "transcoder": "formats/openai-responses/mapper.ts → formats/anthropic-messages/mapper.ts",
    "unsupported": [
      {
        "field": "truncation",
        "loss": "advisory",
        "reason": "`auto` (drop items from the middle of the context on overflow): the upstream answers a context-length error instead."
      },
      {
        "field": "background",
        "loss": "semantic",
        "reason": "Background responses (true) need the response store and a poller."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "OpenAI tiers other than auto/default (flex, scale, priority)."
      },
      {
        "field": "top_logprobs",
        "loss": "semantic",
        "reason": "No token log-probabilities are returned (non-zero)."
      },
      {
        "field": "max_tool_calls",
        "loss": "advisory",
        "reason": "Limits calls of OpenAI built-in tools, which are not carried."
      },
      {
        "field": "previous_response_id",
        "loss": "semantic",
        "reason": "Conversation state is rebuilt by the gateway's response store before translation; reaching the mapper it cannot be honoured."
      },
      {
        "field": "conversation",
        "loss": "semantic",
        "reason": "OpenAI Conversations objects."
      },
      {
        "field": "prompt",
        "loss": "semantic",
        "reason": "OpenAI-stored prompt templates."
      },
      {
        "field": "metadata",
        "loss": "advisory",
        "reason": "Stored-response metadata (non-empty)."
      },
      {
        "field": "client_metadata",
        "loss": "advisory",
        "reason": "Client telemetry (Codex CLI session/turn ids), nothing the model reads."
      },
      {
        "field": "generate",
        "loss": "semantic",
        "reason": "`generate: false` (WebSocket warm-up) is answered by the gateway without an upstream call."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "OpenAI-hosted tools (web_search, file_search, code_interpreter, computer_use, image_generation, mcp, local_shell, Codex's tool_search): no equivalent on this upstream; named by position (`tools[i]`, `tools[i].tools[j]` inside a namespace)."
      },
      {
        "field": "input[type=reasoning] (not issued by this gateway)",
        "loss": "advisory",
        "reason": "A replayed reasoning item whose `encrypted_content` is not a carrier this gateway sealed under its current key (OpenAI's own encrypted reasoning, a forged or altered carrier, one from another key) or that has none: never turned into a thinking block, never sent on; named by position (`input[i]`)."
      },
      {
        "field": "include (other values)",
        "loss": "advisory",
        "reason": "Only reasoning.encrypted_content is produced (logprobs, hosted-tool outputs and image URLs are not)."
      },
      {
        "field": "text.verbosity",
        "loss": "advisory",
        "reason": "No verbosity control on this upstream (values other than medium)."
      },
      {
        "field": "reasoning.<other key>",
        "loss": "semantic",
        "reason": "Only effort and summary translate."
      },
      {
        "field": "input[type=item_reference]",
        "loss": "semantic",
        "reason": "Item references resolve against stored responses (the gateway's response store)."
      },
      {
        "field": "prompt_cache_key | prompt_cache_retention",
        "loss": "advisory",
        "reason": "Caching hints with no equivalent on this upstream."
      },
      {
        "field": "response_format",
        "loss": "semantic",
        "reason": "`text.format` combined with tools or reasoning, or a non-object schema (the forced-tool emulation cannot apply)."
      },
      {
        "field": "reasoning_effort (replayed tool call without a thinking block)",
        "loss": "advisory",
        "reason": "An open tool loop replayed without a reasoning item carrier: Anthropic would reject thinking, so it is disabled for that request (named reasoning_effort)."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "openai-responses",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "instructions",
        "note": "A string; the leading system prompt.",
        "to": "system prompt"
      },
      {
        "field": "input (string)",
        "to": "one user message"
      },
      {
        "field": "input[type=message, role=user]",
        "note": "input_text → text; input_image: data URL → base64 image, http(s) → url image, PDF data URL → document; input_file: file_data (PDF, text/plain data URL; bare base64 with a .pdf filename) → document, file_url → url document; file_id → 400. `type` may be omitted (EasyInputMessage); string content accepted.",
        "to": "user message"
      },
      {
        "field": "input[type=message, role=system|developer]",
        "note": "Text only.",
        "to": "system entries in place"
      },
      {
        "field": "input[type=message, role=assistant]",
        "note": "output_text and refusal parts (annotations not carried).",
        "to": "assistant text"
      },
      {
        "field": "input[type=function_call]",
        "note": "id = call_id; arguments parsed (empty → {}; not a JSON object → 400). Consecutive reasoning/assistant/function_call items form one assistant turn.",
        "to": "assistant tool call"
      },
      {
        "field": "input[type=function_call_output]",
        "note": "tool_use id = call_id; output string or input_text/input_image/input_file parts.",
        "to": "tool result"
      },
      {
        "field": "input[type=reasoning]",
        "note": "Only when its encrypted_content is a carrier this gateway sealed (AES-256-GCM, runtime/formats/openai-responses/carrier.ts): the exact block, signature included, comes back. Otherwise a named loss (below).",
        "to": "thinking / redacted_thinking block"
      },
      {
        "field": "max_output_tokens",
        "note": "Positive integer; absent → the model catalog's max output, else 4096.",
        "to": "output-token limit"
      },
      {
        "field": "temperature",
        "to": "temperature"
      },
      {
        "field": "top_p",
        "to": "top_p"
      },
      {
        "field": "tools[type=function]",
        "note": "{name, description, parameters, strict}; strict carried only when given.",
        "to": "function tools"
      },
      {
        "field": "tools[type=custom]",
        "note": "Freeform tools (Codex's apply_patch): the input grammar (format.definition) is appended to the description; the call comes back as a custom_tool_call with the raw input.",
        "to": "function tool {input: string}"
      },
      {
        "field": "tools[type=namespace]",
        "note": "Codex namespaces: the function and custom tools inside; their calls come back with `namespace`.",
        "to": "its tools, flattened"
      },
      {
        "field": "input[type=custom_tool_call | custom_tool_call_output]",
        "to": "tool call {input} / tool result"
      },
      {
        "field": "tool_choice",
        "note": "auto, none, required → any, {type:\"function\",name} → that tool; hosted-tool, custom, mcp and allowed_tools choices → 400.",
        "to": "tool choice"
      },
      {
        "field": "parallel_tool_calls: false",
        "to": "at most one tool call per turn"
      },
      {
        "field": "text.format",
        "note": "json_schema {name, schema, description, strict} and json_object; text → none.",
        "to": "structured output"
      },
      {
        "field": "reasoning.effort",
        "note": "none → no reasoning.",
        "to": "reasoning effort"
      },
      {
        "field": "reasoning.summary",
        "note": "The upstream's reasoning text comes back as summary_text whatever the value.",
        "to": "(thinking returned as the summary)"
      },
      {
        "field": "include: [\"reasoning.encrypted_content\"]",
        "note": "Signed thinking always comes back with an encrypted_content carrier, so clients that replay output items keep multi-turn thinking.",
        "to": "(carrier)"
      },
      {
        "field": "user | safety_identifier",
        "note": "safety_identifier wins.",
        "to": "end-user id"
      },
      {
        "field": "store",
        "note": "The response store (issue 14) decides; the translated upstream call never stores.",
        "to": "(gateway)"
      },
      {
        "field": "stream",
        "note": "Usage always comes in response.completed.",
        "to": "stream"
      },
      {
        "field": "stream_options",
        "note": "include_obfuscation: no obfuscation padding is produced.",
        "to": "(accepted)"
      },
      {
        "field": "truncation: disabled, background: false, service_tier auto/default, top_logprobs 0, empty metadata/client_metadata, null values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      },
      {
        "field": "prompt_cache_key, prompt_cache_retention",
        "note": "Same fields in Chat Completions.",
        "to": "prompt_cache_key, prompt_cache_retention"
      },
      {
        "field": "text.format",
        "to": "response_format"
      },
      {
        "field": "reasoning.effort",
        "to": "reasoning_effort"
      }
    ],
    "response": [
      {
        "field": "id",
        "note": "resp_ + the upstream id (msg_ prefix removed); output item ids msg_/rs_/fc_ + SHA-256(response id, output index), stable between the stream and its final response.",
        "to": "id"
      },
      {
        "field": "text",
        "note": "One message item per text block with one output_text part (annotations: web-search citations → url_citation spanning the part; other citations not carried).",
        "to": "output message item"
      },
      {
        "field": "thinking",
        "note": "summary = [{type:\"summary_text\", text: the thinking}]; encrypted_content = a sealed carrier of the exact block when it is signed. Redacted thinking → a reasoning item with a carrier and an empty summary.",
        "to": "reasoning item"
      },
      {
        "field": "tool call",
        "note": "call_id = the upstream tool-call id, arguments = JSON text (\"{}\" when none); a custom tool of the request → custom_tool_call {call_id, name, input} (stream: custom_tool_call_input.delta/done at the call's end); a namespaced tool → with `namespace`. Needs the request decoded with the same request context.",
        "to": "function_call item"
      },
      {
        "field": "server-tool blocks",
        "note": "Executed upstream; never requested by this pair.",
        "to": "(not carried)"
      },
      {
        "field": "stop reason",
        "note": "max_tokens/model_context_window_exceeded → incomplete (max_output_tokens); refusal → incomplete (content_filter); otherwise completed.",
        "to": "status"
      },
      {
        "field": "usage",
        "note": "input_tokens = input + cache writes + cache reads; input_tokens_details.cached_tokens = cache reads (+ cache_write_tokens when > 0); output_tokens; output_tokens_details.reasoning_tokens; total_tokens.",
        "to": "usage"
      },
      {
        "field": "(request)",
        "note": "instructions, max_output_tokens, temperature, top_p, tools, tool_choice, parallel_tool_calls, reasoning, text, metadata, store, user, safety_identifier, prompt_cache_key echoed; model = the alias.",
        "to": "Response fields"
      },
      {
        "field": "stream",
        "note": "response.created, response.in_progress, per item output_item.added … output_item.done (content_part.added, output_text.delta, output_text.annotation.added, output_text.done, content_part.done | reasoning_summary_part.added, reasoning_summary_text.delta/done, reasoning_summary_part.done | function_call_arguments.delta/done), then response.completed or response.incomplete with every item and usage; sequence_number from 0, +1 per event; no [DONE]. Parsed by the openai SDK's strict ResponseStream accumulator in the tests.",
        "to": "Responses SSE events"
      },
      {
        "field": "stream: upstream error / EOF before the end",
        "note": "As first-party OpenAI sends it; the openai SDK raises APIError. Truncation: code upstream_stream_truncated.",
        "to": "event error {type:\"error\", error:{type,code,message,param}} + response.failed"
      },
      {
        "field": "error body + status",
        "note": "Status kept; as for Chat Completions callers.",
        "to": "{\"error\":{message,type,param:null,code}}"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "openai-chat",
    "transcoder": "formats/openai-responses/mapper.ts → formats/openai-chat/mapper.ts",
    "unsupported": [
      {
        "field": "truncation",
        "loss": "advisory",
        "reason": "`auto` (drop items from the middle of the context on overflow): the upstream answers a context-length error instead."
      },
      {
        "field": "background",
        "loss": "semantic",
        "reason": "Background responses (true) need the response store and a poller."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "OpenAI tiers other than auto/default (flex, scale, priority)."
      },
      {
        "field": "top_logprobs",
        "loss": "semantic",
        "reason": "No token log-probabilities are returned (non-zero)."
      },
      {
        "field": "max_tool_calls",
        "loss": "advisory",
        "reason": "Limits calls of OpenAI built-in tools, which are not carried."
      },
      {
        "field": "previous_response_id",
        "loss": "semantic",
        "reason": "Conversation state is rebuilt by the gateway's response store before translation; reaching the mapper it cannot be honoured."
      },
      {
        "field": "conversation",
        "loss": "semantic",
        "reason": "OpenAI Conversations objects."
      },
      {
        "field": "prompt",
        "loss": "semantic",
        "reason": "OpenAI-stored prompt templates."
      },
      {
        "field": "metadata",
        "loss": "advisory",
        "reason": "Stored-response metadata (non-empty)."
      },
      {
        "field": "client_metadata",
        "loss": "advisory",
        "reason": "Client telemetry (Codex CLI session/turn ids), nothing the model reads."
      },
      {
        "field": "generate",
        "loss": "semantic",
        "reason": "`generate: false` (WebSocket warm-up) is answered by the gateway without an upstream call."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "OpenAI-hosted tools (web_search, file_search, code_interpreter, computer_use, image_generation, mcp, local_shell, Codex's tool_search): no equivalent on this upstream; named by position (`tools[i]`, `tools[i].tools[j]` inside a namespace)."
      },
      {
        "field": "input[type=reasoning] (not issued by this gateway)",
        "loss": "advisory",
        "reason": "A replayed reasoning item whose `encrypted_content` is not a carrier this gateway sealed under its current key (OpenAI's own encrypted reasoning, a forged or altered carrier, one from another key) or that has none: never turned into a thinking block, never sent on; named by position (`input[i]`)."
      },
      {
        "field": "include (other values)",
        "loss": "advisory",
        "reason": "Only reasoning.encrypted_content is produced (logprobs, hosted-tool outputs and image URLs are not)."
      },
      {
        "field": "text.verbosity",
        "loss": "advisory",
        "reason": "No verbosity control on this upstream (values other than medium)."
      },
      {
        "field": "reasoning.<other key>",
        "loss": "semantic",
        "reason": "Only effort and summary translate."
      },
      {
        "field": "input[type=item_reference]",
        "loss": "semantic",
        "reason": "Item references resolve against stored responses (the gateway's response store)."
      },
      {
        "field": "messages[role=assistant] thinking / redacted_thinking",
        "loss": "advisory",
        "reason": "Chat Completions takes no reasoning input: a replayed reasoning item carrier is dropped (named thinking)."
      },
      {
        "field": "(parameter the target provider rejects)",
        "loss": "semantic",
        "reason": "A parameter the target provider's dialect (provider spec) lists as rejected is not sent."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "anthropic-messages",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "system prompt",
        "note": "Text blocks joined with \"\\n\".",
        "to": "instructions"
      },
      {
        "field": "system entries in the conversation",
        "note": "In place.",
        "to": "input developer message"
      },
      {
        "field": "user text / image / document",
        "note": "text → input_text; base64 image → input_image data URL; url image → input_image url; base64 document → input_file {filename, file_data}; url document → input_file file_url; text document → input_text.",
        "to": "input user message"
      },
      {
        "field": "tool result",
        "note": "call_id = the tool-call id; text or parts; an error result gets the \"Error: \" prefix.",
        "to": "input function_call_output"
      },
      {
        "field": "assistant text / tool call",
        "note": "arguments = JSON.stringify(input).",
        "to": "input assistant message / function_call"
      },
      {
        "field": "output-token limit",
        "to": "max_output_tokens"
      },
      {
        "field": "temperature, top_p",
        "to": "temperature, top_p"
      },
      {
        "field": "function tools",
        "note": "strict given → carried; absent → false (the Responses default, true, rejects schemas that are not strict-compatible).",
        "to": "tools[type=function]"
      },
      {
        "field": "tool choice",
        "note": "any → required, tool → {type:\"function\",name}; parallel_tool_calls false carried.",
        "to": "tool_choice"
      },
      {
        "field": "reasoning effort | thinking",
        "note": "Thinking budgets bucket as for Chat Completions; effort max → xhigh; summary auto so reasoning comes back as thinking text.",
        "to": "reasoning {effort, summary:\"auto\"}"
      },
      {
        "field": "structured output",
        "to": "text.format json_schema | json_object"
      },
      {
        "field": "end-user id",
        "note": "Up to 64 characters, else its SHA-256 hex digest.",
        "to": "safety_identifier"
      },
      {
        "field": "stream",
        "to": "stream"
      },
      {
        "field": "(always)",
        "note": "A translated caller never asked OpenAI to store the response.",
        "to": "store: false"
      },
      {
        "field": "metadata.user_id",
        "to": "safety_identifier"
      },
      {
        "field": "thinking",
        "note": "enabled: budget < 4096 → low, < 16384 → medium, else high; disabled/adaptive → omitted. output_config.effort wins.",
        "to": "reasoning.effort"
      },
      {
        "field": "output_config.format (json_schema)",
        "to": "text.format json_schema"
      },
      {
        "field": "service_tier auto/standard_only, speed standard, null values",
        "to": "(omitted)"
      }
    ],
    "response": [
      {
        "field": "output[type=reasoning]",
        "note": "Summary texts joined with a blank line; OpenAI's encrypted_content is not carried to another format.",
        "to": "thinking block (signature \"\")"
      },
      {
        "field": "output[type=message]",
        "note": "One per output_text part (annotations not carried); refusal parts → text + stop reason refusal.",
        "to": "text blocks"
      },
      {
        "field": "output[type=function_call]",
        "note": "id = call_id; arguments parsed ({} when not a JSON object).",
        "to": "tool call"
      },
      {
        "field": "output[other types]",
        "note": "Hosted tool calls: never requested by this pair.",
        "to": "(not carried)"
      },
      {
        "field": "status",
        "note": "incomplete max_output_tokens → max_tokens, content_filter → refusal; completed with a function call → tool_use; failed → 502.",
        "to": "stop reason"
      },
      {
        "field": "usage",
        "note": "input = input_tokens − cached_tokens − cache_write_tokens; cache reads = cached_tokens; output_tokens; reasoning_tokens.",
        "to": "usage"
      },
      {
        "field": "stream",
        "note": "response.created → start; each output item (or message content part) → one block; deltas as they come; response.completed/incomplete → stop reason + usage; response.failed and error → error; EOF before the end → truncation error.",
        "to": "IR stream"
      },
      {
        "field": "error body + status",
        "note": "Status kept; insufficient_quota → billing.",
        "to": "caller error envelope"
      },
      {
        "field": "(alias)",
        "to": "model"
      },
      {
        "field": "stop reason",
        "note": "end_turn, max_tokens, tool_use, refusal.",
        "to": "stop_reason"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "openai-responses",
    "transcoder": "formats/anthropic-messages/mapper.ts → formats/openai-responses/mapper.ts",
    "unsupported": [
      {
        "field": "top_k",
        "loss": "semantic",
        "reason": "No top-k sampling on the Responses API."
      },
      {
        "field": "stop | stop_sequences",
        "loss": "semantic",
        "reason": "The Responses API has no stop sequences (named `stop`)."
      },
      {
        "field": "cache_control (top level, system, blocks, tools)",
        "loss": "advisory",
        "reason": "OpenAI caches prefixes automatically; no breakpoints."
      },
      {
        "field": "thinking / redacted_thinking (to Responses)",
        "loss": "advisory",
        "reason": "Replayed reasoning of another provider cannot be read by OpenAI; named `thinking`."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Fields of a content block or tool that the Responses API has no place for (citations, tool_use `caller`, …); named by their key."
      },
      {
        "field": "tools[type=<server tool>]",
        "loss": "semantic",
        "reason": "Server tools of another provider run there only."
      },
      {
        "field": "container",
        "loss": "semantic",
        "reason": "Anthropic code-execution containers."
      },
      {
        "field": "mcp_servers",
        "loss": "semantic",
        "reason": "Anthropic MCP connector."
      },
      {
        "field": "context_management",
        "loss": "advisory",
        "reason": "Anthropic context editing."
      },
      {
        "field": "inference_geo",
        "loss": "semantic",
        "reason": "Anthropic data residency."
      },
      {
        "field": "diagnostics",
        "loss": "advisory",
        "reason": "Anthropic cache diagnostics."
      },
      {
        "field": "user_profile_id",
        "loss": "advisory",
        "reason": "Anthropic-specific."
      },
      {
        "field": "workspace_id",
        "loss": "semantic",
        "reason": "Anthropic-specific."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "Values other than auto/standard_only."
      },
      {
        "field": "speed",
        "loss": "advisory",
        "reason": "Values other than standard."
      },
      {
        "field": "metadata.<key other than user_id>",
        "loss": "semantic",
        "reason": "Only user_id has an equivalent (safety_identifier)."
      },
      {
        "field": "output_config.<other key>",
        "loss": "semantic",
        "reason": "Only effort and format translate."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "openai-chat",
    "request": [
      {
        "field": "model",
        "note": "The target's upstream model.",
        "to": "model"
      },
      {
        "field": "system prompt",
        "note": "Text blocks joined with \"\\n\".",
        "to": "instructions"
      },
      {
        "field": "system entries in the conversation",
        "note": "In place.",
        "to": "input developer message"
      },
      {
        "field": "user text / image / document",
        "note": "text → input_text; base64 image → input_image data URL; url image → input_image url; base64 document → input_file {filename, file_data}; url document → input_file file_url; text document → input_text.",
        "to": "input user message"
      },
      {
        "field": "tool result",
        "note": "call_id = the tool-call id; text or parts; an error result gets the \"Error: \" prefix.",
        "to": "input function_call_output"
      },
      {
        "field": "assistant text / tool call",
        "note": "arguments = JSON.stringify(input).",
        "to": "input assistant message / function_call"
      },
      {
        "field": "output-token limit",
        "to": "max_output_tokens"
      },
      {
        "field": "temperature, top_p",
        "to": "temperature, top_p"
      },
      {
        "field": "function tools",
        "note": "strict given → carried; absent → false (the Responses default, true, rejects schemas that are not strict-compatible).",
        "to": "tools[type=function]"
      },
      {
        "field": "tool choice",
        "note": "any → required, tool → {type:\"function\",name}; parallel_tool_calls false carried.",
        "to": "tool_choice"
      },
      {
        "field": "reasoning effort | thinking",
        "note": "Thinking budgets bucket as for Chat Completions; effort max → xhigh; summary auto so reasoning comes back as thinking text.",
        "to": "reasoning {effort, summary:\"auto\"}"
      },
      {
        "field": "structured output",
        "to": "text.format json_schema | json_object"
      },
      {
        "field": "end-user id",
        "note": "Up to 64 characters, else its SHA-256 hex digest.",
        "to": "safety_identifier"
      },
      {
        "field": "stream",
        "to": "stream"
      },
      {
        "field": "(always)",
        "note": "A translated caller never asked OpenAI to store the response.",
        "to": "store: false"
      },
      {
        "field": "user | safety_identifier",
        "to": "safety_identifier"
      },
      {
        "field": "prompt_cache_key, prompt_cache_retention, metadata, service_tier",
        "to": "the same fields"
      },
      {
        "field": "verbosity",
        "to": "text.verbosity"
      },
      {
        "field": "n=1, logprobs=false, presence/frequency_penalty=0, store=false, modalities=[\"text\"], null values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      }
    ],
    "response": [
      {
        "field": "output[type=reasoning]",
        "note": "Summary texts joined with a blank line; OpenAI's encrypted_content is not carried to another format.",
        "to": "thinking block (signature \"\")"
      },
      {
        "field": "output[type=message]",
        "note": "One per output_text part (annotations not carried); refusal parts → text + stop reason refusal.",
        "to": "text blocks"
      },
      {
        "field": "output[type=function_call]",
        "note": "id = call_id; arguments parsed ({} when not a JSON object).",
        "to": "tool call"
      },
      {
        "field": "output[other types]",
        "note": "Hosted tool calls: never requested by this pair.",
        "to": "(not carried)"
      },
      {
        "field": "status",
        "note": "incomplete max_output_tokens → max_tokens, content_filter → refusal; completed with a function call → tool_use; failed → 502.",
        "to": "stop reason"
      },
      {
        "field": "usage",
        "note": "input = input_tokens − cached_tokens − cache_write_tokens; cache reads = cached_tokens; output_tokens; reasoning_tokens.",
        "to": "usage"
      },
      {
        "field": "stream",
        "note": "response.created → start; each output item (or message content part) → one block; deltas as they come; response.completed/incomplete → stop reason + usage; response.failed and error → error; EOF before the end → truncation error.",
        "to": "IR stream"
      },
      {
        "field": "error body + status",
        "note": "Status kept; insufficient_quota → billing.",
        "to": "caller error envelope"
      },
      {
        "field": "(alias)",
        "to": "model"
      },
      {
        "field": "stop reason",
        "note": "stop, length, tool_calls, content_filter.",
        "to": "finish_reason"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "openai-responses",
    "transcoder": "formats/openai-chat/mapper.ts → formats/openai-responses/mapper.ts",
    "unsupported": [
      {
        "field": "top_k",
        "loss": "semantic",
        "reason": "No top-k sampling on the Responses API."
      },
      {
        "field": "stop | stop_sequences",
        "loss": "semantic",
        "reason": "The Responses API has no stop sequences (named `stop`)."
      },
      {
        "field": "cache_control (top level, system, blocks, tools)",
        "loss": "advisory",
        "reason": "OpenAI caches prefixes automatically; no breakpoints."
      },
      {
        "field": "thinking / redacted_thinking (to Responses)",
        "loss": "advisory",
        "reason": "Replayed reasoning of another provider cannot be read by OpenAI; named `thinking`."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Fields of a content block or tool that the Responses API has no place for (citations, tool_use `caller`, …); named by their key."
      },
      {
        "field": "tools[type=<server tool>]",
        "loss": "semantic",
        "reason": "Server tools of another provider run there only."
      },
      {
        "field": "n",
        "loss": "semantic",
        "reason": "One output per response (n > 1)."
      },
      {
        "field": "logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities are not carried back."
      },
      {
        "field": "top_logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities are not carried back."
      },
      {
        "field": "logit_bias",
        "loss": "semantic",
        "reason": "No logit bias on the Responses API."
      },
      {
        "field": "presence_penalty",
        "loss": "semantic",
        "reason": "No repetition penalties on the Responses API (non-zero)."
      },
      {
        "field": "frequency_penalty",
        "loss": "semantic",
        "reason": "No repetition penalties on the Responses API (non-zero)."
      },
      {
        "field": "seed",
        "loss": "semantic",
        "reason": "No sampling seed on the Responses API."
      },
      {
        "field": "store",
        "loss": "semantic",
        "reason": "Stored completions (true): the translated call never stores."
      },
      {
        "field": "modalities",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "audio",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "prediction",
        "loss": "advisory",
        "reason": "Predicted outputs."
      },
      {
        "field": "web_search_options",
        "loss": "semantic",
        "reason": "Chat Completions web search (a hosted tool on the Responses API, not mapped)."
      },
      {
        "field": "functions",
        "loss": "semantic",
        "reason": "Legacy function calling; use tools."
      },
      {
        "field": "function_call",
        "loss": "semantic",
        "reason": "Legacy function calling; use tool_choice."
      },
      {
        "field": "moderation",
        "loss": "semantic",
        "reason": "OpenAI moderation options."
      },
      {
        "field": "response_format",
        "loss": "semantic",
        "reason": "An unknown response_format type."
      },
      {
        "field": "prompt_cache_key | prompt_cache_retention | prompt_cache_options",
        "loss": "advisory",
        "reason": "prompt_cache_options has no Responses equivalent (prompt_cache_key and prompt_cache_retention are carried)."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "gemini",
    "request": [
      {
        "field": "(path model)",
        "note": "The alias in the URL; the target's upstream model is sent.",
        "to": "model"
      },
      {
        "field": "contents[role=user|model]",
        "note": "A missing role is user; role function (legacy) is read as user. snake_case field names are accepted everywhere (Google's parser does).",
        "to": "messages[role=user|assistant]"
      },
      {
        "field": "systemInstruction",
        "note": "Text parts (a plain string is accepted too).",
        "to": "system"
      },
      {
        "field": "parts[].text",
        "note": "Empty text parts are skipped unless they are the only part.",
        "to": "text blocks"
      },
      {
        "field": "parts[].inlineData",
        "note": "image/* → image base64; application/pdf → document base64; text/* → text document (decoded); other types (audio, video) → 400.",
        "to": "image / document blocks"
      },
      {
        "field": "parts[].fileData",
        "note": "http(s) URLs of images or PDFs that the upstream fetches itself; Files API, gs:// and YouTube URIs and other types are a semantic loss.",
        "to": "image / document url"
      },
      {
        "field": "parts[].functionCall",
        "note": "id kept; none (Gemini 2.x) → gcall_<content>_<part> (stable as the history grows).",
        "to": "tool_use"
      },
      {
        "field": "parts[].functionResponse",
        "note": "Matched to the previous model turn's calls by id, else by name in order (Gemini CLI answers id-less calls with ids of its own), and given the call's id; no match → 400. response {output|result: string} → that text, {error} → is_error, other → JSON text; multimodal parts → image/document blocks.",
        "to": "tool_result"
      },
      {
        "field": "parts[].thoughtSignature (sealed)",
        "note": "A signature the gateway sealed for a Claude answer restores the exact blocks (byte for byte) before the part; one that does not verify (altered, or sealed under another signing key) is never opened: dropped and reported (see unsupported).",
        "to": "thinking / redacted_thinking blocks"
      },
      {
        "field": "parts[].thought",
        "note": "The display copy of sealed thinking is redundant; unsigned thought summaries are a loss (see unsupported).",
        "to": "(dropped)"
      },
      {
        "field": "tools[].functionDeclarations",
        "note": "parametersJsonSchema as is, else parameters converted from Gemini Schema (type lower-cased, nullable → [type,\"null\"], propertyOrdering dropped); no schema → {type:\"object\",properties:{}}. Other declaration fields (behavior, response) are kept as Gemini vendor fields.",
        "to": "tools[] function"
      },
      {
        "field": "toolConfig.functionCallingConfig",
        "note": "AUTO/VALIDATED → auto, NONE → none, ANY → any; ANY with one allowedFunctionNames → that tool; with several → any and only those tools are sent.",
        "to": "tool_choice"
      },
      {
        "field": "generationConfig.temperature, topP, topK",
        "to": "temperature, top_p, top_k"
      },
      {
        "field": "generationConfig.maxOutputTokens",
        "note": "Absent → the model catalog's max output.",
        "to": "max_tokens"
      },
      {
        "field": "generationConfig.stopSequences",
        "to": "stop sequences"
      },
      {
        "field": "generationConfig.candidateCount",
        "note": "Other values: see unsupported.",
        "to": "(1 only)"
      },
      {
        "field": "generationConfig.responseMimeType, responseSchema, responseJsonSchema",
        "note": "application/json + responseJsonSchema (or responseSchema converted) → json_schema; without a schema → json_object; text/plain → nothing.",
        "to": "structured output"
      },
      {
        "field": "generationConfig.responseModalities",
        "to": "([\"TEXT\"] only)"
      },
      {
        "field": "generationConfig.thinkingConfig",
        "note": "thinkingBudget 0 → disabled, −1 → effort medium, N → enabled with budget max(N, 1024); thinkingLevel → effort of that name; includeThoughts decides whether thought parts are shown to the caller.",
        "to": "thinking / effort"
      },
      {
        "field": "safetySettings",
        "note": "Advisory towards other providers.",
        "to": "(see unsupported)"
      },
      {
        "field": "cachedContent \"\", labels {}, store false, default generationConfig values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      }
    ],
    "response": [
      {
        "field": "id",
        "to": "responseId"
      },
      {
        "field": "(alias)",
        "to": "modelVersion"
      },
      {
        "field": "text",
        "note": "Stream: one chunk per text delta.",
        "to": "candidates[0].content.parts[] {text}"
      },
      {
        "field": "tool_use",
        "note": "The upstream's id is kept (the caller echoes it as functionResponse.id). Stream: one chunk per call, whole. finishMessage \"Model generated function call(s).\"",
        "to": "{functionCall:{id,name,args}}"
      },
      {
        "field": "usage",
        "note": "promptTokenCount = input + cache writes + cache reads, cachedContentTokenCount = cache reads, candidatesTokenCount = output − reasoning, thoughtsTokenCount = reasoning, totalTokenCount = sum; zero optional counters omitted. Cumulative in every stream chunk.",
        "to": "usageMetadata"
      },
      {
        "field": "stream framing",
        "note": "As the caller chose (alt=sse or not). No terminal event: the chunk with finishReason is the last.",
        "to": "SSE data: …\\r\\n\\r\\n or the JSON array [{…}\\n,\\r\\n{…}\\n]"
      },
      {
        "field": "stream error / truncation",
        "note": "Then the stream ends (JSON array closed). @google/genai raises ApiError on it.",
        "to": "a chunk {\"error\":{code,message,status}}"
      },
      {
        "field": "error body + status",
        "note": "Status kept; status names by code (GOOGLE_STATUS_NAMES): 400 INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503/529 UNAVAILABLE, 504 DEADLINE_EXCEEDED, …",
        "to": "{\"error\":{code,message,status}}"
      },
      {
        "field": "stop_reason",
        "note": "Table IR_STOP_TO_GEMINI (runtime/formats/gemini/tables.ts): end_turn/stop_sequence/tool_use/pause_turn → STOP, max_tokens/model_context_window_exceeded → MAX_TOKENS, refusal → SAFETY, other → OTHER.",
        "to": "candidates[0].finishReason"
      },
      {
        "field": "content[type=thinking|redacted_thinking]",
        "note": "The whole block (text + Anthropic signature, or redacted data) is sealed (HMAC) into the thoughtSignature of the part that follows it (a trailing {\"text\":\"\",\"thoughtSignature\"} part when none does); the thinking text is also shown as {\"text\",\"thought\":true} parts when includeThoughts is set. A Gemini caller that sends the part back gets the exact blocks restored for Anthropic.",
        "to": "thoughtSignature of the next part (sealed) + thought parts"
      },
      {
        "field": "content[server_tool_use, *_tool_result]",
        "note": "Never requested by this pair (no server tools are sent).",
        "to": "(not carried)"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "anthropic-messages",
    "transcoder": "formats/gemini/mapper.ts → formats/anthropic-messages/mapper.ts",
    "unsupported": [
      {
        "field": "safetySettings",
        "loss": "advisory",
        "reason": "Gemini safety filter thresholds: the other provider applies its own policies."
      },
      {
        "field": "cachedContent",
        "loss": "semantic",
        "reason": "A Gemini explicit context cache: its content exists only on Gemini."
      },
      {
        "field": "labels",
        "loss": "advisory",
        "reason": "Billing labels (Vertex AI)."
      },
      {
        "field": "serviceTier",
        "loss": "advisory",
        "reason": "Gemini service tiers."
      },
      {
        "field": "store",
        "loss": "semantic",
        "reason": "Gemini response storage (true)."
      },
      {
        "field": "generationConfig.presencePenalty",
        "loss": "semantic",
        "reason": "Repetition penalty (non-zero): the IR does not carry it."
      },
      {
        "field": "generationConfig.frequencyPenalty",
        "loss": "semantic",
        "reason": "Repetition penalty (non-zero): the IR does not carry it."
      },
      {
        "field": "generationConfig.seed",
        "loss": "semantic",
        "reason": "Deterministic sampling seed: the IR does not carry it."
      },
      {
        "field": "generationConfig.responseLogprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities."
      },
      {
        "field": "generationConfig.logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities."
      },
      {
        "field": "generationConfig.enableEnhancedCivicAnswers",
        "loss": "advisory",
        "reason": "Gemini-specific answer style."
      },
      {
        "field": "generationConfig.speechConfig",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "generationConfig.imageConfig",
        "loss": "semantic",
        "reason": "Image output."
      },
      {
        "field": "generationConfig.mediaResolution",
        "loss": "advisory",
        "reason": "Gemini input-media tokenisation hint."
      },
      {
        "field": "generationConfig.audioTimestamp",
        "loss": "semantic",
        "reason": "Audio understanding option."
      },
      {
        "field": "generationConfig.<other key>",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      },
      {
        "field": "generationConfig.candidateCount",
        "loss": "semantic",
        "reason": "One candidate is answered (candidateCount > 1)."
      },
      {
        "field": "generationConfig.responseModalities",
        "loss": "semantic",
        "reason": "Output modalities other than TEXT."
      },
      {
        "field": "generationConfig.responseMimeType",
        "loss": "semantic",
        "reason": "Output types other than application/json and text/plain (text/x.enum, XML, YAML)."
      },
      {
        "field": "toolConfig.<other key>",
        "loss": "advisory",
        "reason": "retrievalConfig (location for Google Maps grounding), which only Gemini tools use."
      },
      {
        "field": "parts[].fileData (not fetchable)",
        "loss": "semantic",
        "reason": "Files API, Cloud Storage and YouTube URIs (and files other than images and PDFs) can only be read by Gemini."
      },
      {
        "field": "parts[].thought (unsigned)",
        "loss": "advisory",
        "reason": "Gemini thought summaries sent back without a signature the gateway sealed cannot be replayed to another provider (models do not read earlier thoughts anyway)."
      },
      {
        "field": "parts[].thoughtSignature (not the upstream's)",
        "loss": "advisory",
        "reason": "A Gemini thought signature is only meaningful to Gemini; a sealed one that does not verify (altered by the caller, or sealed under another SWITCHYARD_SIGNATURE_KEY) is never opened, so no thinking block can be forged."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "Gemini built-in tools (googleSearch, codeExecution, urlContext, fileSearch, googleMaps, computerUse) run on Gemini only."
      },
      {
        "field": "response_format",
        "loss": "semantic",
        "reason": "Structured output (responseMimeType application/json) combined with tools or thinking, or a non-object schema: the forced-tool emulation cannot apply."
      },
      {
        "field": "reasoning_effort (with a tool_choice that forces tool use)",
        "loss": "advisory",
        "reason": "Anthropic rejects extended thinking with a forced tool (functionCallingConfig ANY): the forced tool wins and thinking is off for that request (reported as thinking or reasoning_effort)."
      },
      {
        "field": "reasoning_effort (replayed tool call without a thinking block)",
        "loss": "advisory",
        "reason": "With thinking enabled Anthropic requires an open tool loop's model turn to start with a signed thinking block; a Gemini conversation that did not come from Claude has none, so thinking is off for that request."
      }
    ]
  },
  {
    "from": "gemini",
    "request": [
      {
        "field": "(path model)",
        "note": "The alias in the URL; the target's upstream model is sent.",
        "to": "model"
      },
      {
        "field": "contents[role=user|model]",
        "note": "A missing role is user; role function (legacy) is read as user. snake_case field names are accepted everywhere (Google's parser does).",
        "to": "messages[role=user|assistant]"
      },
      {
        "field": "systemInstruction",
        "note": "Text parts (a plain string is accepted too).",
        "to": "system"
      },
      {
        "field": "parts[].text",
        "note": "Empty text parts are skipped unless they are the only part.",
        "to": "text blocks"
      },
      {
        "field": "parts[].inlineData",
        "note": "image/* → image base64; application/pdf → document base64; text/* → text document (decoded); other types (audio, video) → 400.",
        "to": "image / document blocks"
      },
      {
        "field": "parts[].fileData",
        "note": "http(s) URLs of images or PDFs that the upstream fetches itself; Files API, gs:// and YouTube URIs and other types are a semantic loss.",
        "to": "image / document url"
      },
      {
        "field": "parts[].functionCall",
        "note": "id kept; none (Gemini 2.x) → gcall_<content>_<part> (stable as the history grows).",
        "to": "tool_use"
      },
      {
        "field": "parts[].functionResponse",
        "note": "Matched to the previous model turn's calls by id, else by name in order (Gemini CLI answers id-less calls with ids of its own), and given the call's id; no match → 400. response {output|result: string} → that text, {error} → is_error, other → JSON text; multimodal parts → image/document blocks.",
        "to": "tool_result"
      },
      {
        "field": "parts[].thoughtSignature (sealed)",
        "note": "A signature the gateway sealed for a Claude answer restores the exact blocks (byte for byte) before the part; one that does not verify (altered, or sealed under another signing key) is never opened: dropped and reported (see unsupported).",
        "to": "thinking / redacted_thinking blocks"
      },
      {
        "field": "parts[].thought",
        "note": "The display copy of sealed thinking is redundant; unsigned thought summaries are a loss (see unsupported).",
        "to": "(dropped)"
      },
      {
        "field": "tools[].functionDeclarations",
        "note": "parametersJsonSchema as is, else parameters converted from Gemini Schema (type lower-cased, nullable → [type,\"null\"], propertyOrdering dropped); no schema → {type:\"object\",properties:{}}. Other declaration fields (behavior, response) are kept as Gemini vendor fields.",
        "to": "tools[] function"
      },
      {
        "field": "toolConfig.functionCallingConfig",
        "note": "AUTO/VALIDATED → auto, NONE → none, ANY → any; ANY with one allowedFunctionNames → that tool; with several → any and only those tools are sent.",
        "to": "tool_choice"
      },
      {
        "field": "generationConfig.temperature, topP, topK",
        "to": "temperature, top_p, top_k"
      },
      {
        "field": "generationConfig.maxOutputTokens",
        "note": "Absent → the model catalog's max output.",
        "to": "max_tokens"
      },
      {
        "field": "generationConfig.stopSequences",
        "to": "stop sequences"
      },
      {
        "field": "generationConfig.candidateCount",
        "note": "Other values: see unsupported.",
        "to": "(1 only)"
      },
      {
        "field": "generationConfig.responseMimeType, responseSchema, responseJsonSchema",
        "note": "application/json + responseJsonSchema (or responseSchema converted) → json_schema; without a schema → json_object; text/plain → nothing.",
        "to": "structured output"
      },
      {
        "field": "generationConfig.responseModalities",
        "to": "([\"TEXT\"] only)"
      },
      {
        "field": "generationConfig.thinkingConfig",
        "note": "thinkingBudget 0 → disabled, −1 → effort medium, N → enabled with budget max(N, 1024); thinkingLevel → effort of that name; includeThoughts decides whether thought parts are shown to the caller.",
        "to": "thinking / effort"
      },
      {
        "field": "safetySettings",
        "note": "Advisory towards other providers.",
        "to": "(see unsupported)"
      },
      {
        "field": "cachedContent \"\", labels {}, store false, default generationConfig values",
        "note": "Defaults change nothing and are accepted.",
        "to": "(omitted)"
      }
    ],
    "response": [
      {
        "field": "id",
        "to": "responseId"
      },
      {
        "field": "(alias)",
        "to": "modelVersion"
      },
      {
        "field": "text",
        "note": "Stream: one chunk per text delta.",
        "to": "candidates[0].content.parts[] {text}"
      },
      {
        "field": "tool_use",
        "note": "The upstream's id is kept (the caller echoes it as functionResponse.id). Stream: one chunk per call, whole. finishMessage \"Model generated function call(s).\"",
        "to": "{functionCall:{id,name,args}}"
      },
      {
        "field": "usage",
        "note": "promptTokenCount = input + cache writes + cache reads, cachedContentTokenCount = cache reads, candidatesTokenCount = output − reasoning, thoughtsTokenCount = reasoning, totalTokenCount = sum; zero optional counters omitted. Cumulative in every stream chunk.",
        "to": "usageMetadata"
      },
      {
        "field": "stream framing",
        "note": "As the caller chose (alt=sse or not). No terminal event: the chunk with finishReason is the last.",
        "to": "SSE data: …\\r\\n\\r\\n or the JSON array [{…}\\n,\\r\\n{…}\\n]"
      },
      {
        "field": "stream error / truncation",
        "note": "Then the stream ends (JSON array closed). @google/genai raises ApiError on it.",
        "to": "a chunk {\"error\":{code,message,status}}"
      },
      {
        "field": "error body + status",
        "note": "Status kept; status names by code (GOOGLE_STATUS_NAMES): 400 INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503/529 UNAVAILABLE, 504 DEADLINE_EXCEEDED, …",
        "to": "{\"error\":{code,message,status}}"
      },
      {
        "field": "choices[0].finish_reason (via IR stop reason)",
        "note": "stop → STOP, length → MAX_TOKENS, tool_calls → STOP, content_filter → SAFETY.",
        "to": "candidates[0].finishReason"
      },
      {
        "field": "reasoning_content | reasoning",
        "note": "Only when includeThoughts is set; unsigned, so nothing is sealed.",
        "to": "{\"text\",\"thought\":true} parts"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "openai-chat",
    "transcoder": "formats/gemini/mapper.ts → formats/openai-chat/mapper.ts",
    "unsupported": [
      {
        "field": "safetySettings",
        "loss": "advisory",
        "reason": "Gemini safety filter thresholds: the other provider applies its own policies."
      },
      {
        "field": "cachedContent",
        "loss": "semantic",
        "reason": "A Gemini explicit context cache: its content exists only on Gemini."
      },
      {
        "field": "labels",
        "loss": "advisory",
        "reason": "Billing labels (Vertex AI)."
      },
      {
        "field": "serviceTier",
        "loss": "advisory",
        "reason": "Gemini service tiers."
      },
      {
        "field": "store",
        "loss": "semantic",
        "reason": "Gemini response storage (true)."
      },
      {
        "field": "generationConfig.presencePenalty",
        "loss": "semantic",
        "reason": "Repetition penalty (non-zero): the IR does not carry it."
      },
      {
        "field": "generationConfig.frequencyPenalty",
        "loss": "semantic",
        "reason": "Repetition penalty (non-zero): the IR does not carry it."
      },
      {
        "field": "generationConfig.seed",
        "loss": "semantic",
        "reason": "Deterministic sampling seed: the IR does not carry it."
      },
      {
        "field": "generationConfig.responseLogprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities."
      },
      {
        "field": "generationConfig.logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities."
      },
      {
        "field": "generationConfig.enableEnhancedCivicAnswers",
        "loss": "advisory",
        "reason": "Gemini-specific answer style."
      },
      {
        "field": "generationConfig.speechConfig",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "generationConfig.imageConfig",
        "loss": "semantic",
        "reason": "Image output."
      },
      {
        "field": "generationConfig.mediaResolution",
        "loss": "advisory",
        "reason": "Gemini input-media tokenisation hint."
      },
      {
        "field": "generationConfig.audioTimestamp",
        "loss": "semantic",
        "reason": "Audio understanding option."
      },
      {
        "field": "generationConfig.<other key>",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      },
      {
        "field": "generationConfig.candidateCount",
        "loss": "semantic",
        "reason": "One candidate is answered (candidateCount > 1)."
      },
      {
        "field": "generationConfig.responseModalities",
        "loss": "semantic",
        "reason": "Output modalities other than TEXT."
      },
      {
        "field": "generationConfig.responseMimeType",
        "loss": "semantic",
        "reason": "Output types other than application/json and text/plain (text/x.enum, XML, YAML)."
      },
      {
        "field": "toolConfig.<other key>",
        "loss": "advisory",
        "reason": "retrievalConfig (location for Google Maps grounding), which only Gemini tools use."
      },
      {
        "field": "parts[].fileData (not fetchable)",
        "loss": "semantic",
        "reason": "Files API, Cloud Storage and YouTube URIs (and files other than images and PDFs) can only be read by Gemini."
      },
      {
        "field": "parts[].thought (unsigned)",
        "loss": "advisory",
        "reason": "Gemini thought summaries sent back without a signature the gateway sealed cannot be replayed to another provider (models do not read earlier thoughts anyway)."
      },
      {
        "field": "parts[].thoughtSignature (not the upstream's)",
        "loss": "advisory",
        "reason": "A Gemini thought signature is only meaningful to Gemini; a sealed one that does not verify (altered by the caller, or sealed under another SWITCHYARD_SIGNATURE_KEY) is never opened, so no thinking block can be forged."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      },
      {
        "field": "top_k",
        "loss": "semantic",
        "reason": "No top-k sampling on Chat Completions."
      },
      {
        "field": "tools[type=<server tool>]",
        "loss": "semantic",
        "reason": "Gemini built-in tools (googleSearch, codeExecution, …) run on Gemini only."
      },
      {
        "field": "messages[role=assistant] thinking / redacted_thinking",
        "loss": "advisory",
        "reason": "Claude thinking restored from a sealed thoughtSignature cannot be replayed to Chat Completions; reported as \"thinking\"."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Function declaration fields Chat Completions has no place for (behavior, response, responseJsonSchema); named by their key."
      },
      {
        "field": "(parameter the target provider rejects)",
        "loss": "semantic",
        "reason": "A parameter the target provider's dialect lists as rejected is not sent."
      }
    ]
  },
  {
    "from": "anthropic-messages",
    "request": [
      {
        "field": "model",
        "note": "The body carries no model.",
        "to": "(path) /v1beta/models/{model}:generateContent"
      },
      {
        "field": "messages[role=user|assistant]",
        "note": "Consecutive same-role turns merged; tool results first in their user content.",
        "to": "contents[role=user|model]"
      },
      {
        "field": "text / image / document blocks",
        "note": "base64 → inlineData; url → fileData (images: MIME type from the extension, else image/jpeg; documents application/pdf); text documents → text parts.",
        "to": "parts text / inlineData / fileData"
      },
      {
        "field": "tool_use",
        "note": "Ids are sent (Gemini accepts and echoes them).",
        "to": "functionCall {id,name,args}"
      },
      {
        "field": "tool_result",
        "note": "Name from the earlier tool call with that id (none → 400); images/PDFs inside follow as parts of the same content.",
        "to": "functionResponse {id,name,response:{output}|{error}}"
      },
      {
        "field": "temperature, top_p",
        "to": "generationConfig.temperature, topP"
      },
      {
        "field": "tools (function)",
        "note": "The JSON Schema as is (parametersJsonSchema takes full JSON Schema).",
        "to": "tools[0].functionDeclarations[] {name,description,parametersJsonSchema}"
      },
      {
        "field": "max_tokens",
        "to": "generationConfig.maxOutputTokens"
      },
      {
        "field": "top_k",
        "to": "generationConfig.topK"
      },
      {
        "field": "stop_sequences",
        "to": "generationConfig.stopSequences"
      },
      {
        "field": "thinking",
        "note": "enabled → thinkingBudget = budget_tokens (Gemini 3: thinkingLevel low ≤ 2048 < medium ≤ 8192 < high), includeThoughts: true; adaptive → dynamic (−1); disabled → 0 (Gemini 3: minimal).",
        "to": "generationConfig.thinkingConfig"
      },
      {
        "field": "output_config.effort",
        "note": "Gemini 3: thinkingLevel (minimal, low, medium, high; xhigh/max → high); earlier models: the effort's budget (REASONING_EFFORT_BUDGETS), none → 0.",
        "to": "generationConfig.thinkingConfig"
      },
      {
        "field": "output_config.format (json_schema)",
        "to": "generationConfig.responseMimeType application/json + responseJsonSchema"
      },
      {
        "field": "tool_choice",
        "note": "auto → AUTO, any → ANY, none → NONE, tool → ANY + allowedFunctionNames [name].",
        "to": "toolConfig.functionCallingConfig"
      },
      {
        "field": "messages[role=assistant] thinking with a sealed Gemini signature",
        "note": "Byte for byte the signature the Gemini upstream issued, on the part it came with (functionCall, or a trailing empty text part).",
        "to": "thoughtSignature on the next part"
      },
      {
        "field": "metadata",
        "note": "user_id has no Gemini equivalent: reported as user (advisory).",
        "to": "(see unsupported)"
      },
      {
        "field": "stream",
        "note": "The body carries no stream flag; geminiUpstreamPath(model, stream) gives the upstream path.",
        "to": "(path) :streamGenerateContent?alt=sse"
      },
      {
        "field": "system",
        "to": "systemInstruction.parts[]"
      },
      {
        "field": "cache_control",
        "note": "Gemini caches implicitly (explicit caches are cachedContents): an advisory loss.",
        "to": "(dropped, reported)"
      }
    ],
    "response": [
      {
        "field": "responseId",
        "to": "id"
      },
      {
        "field": "candidates[0].content.parts[].text",
        "note": "Stream: one text block while text parts follow each other.",
        "to": "text blocks"
      },
      {
        "field": "parts[].thought: true",
        "note": "Thought summaries (includeThoughts).",
        "to": "thinking blocks"
      },
      {
        "field": "parts[].thoughtSignature",
        "note": "The Gemini signature sealed (HMAC) as the signature of the thinking block before the part (an empty one when no thought part is open); sent back, it returns to that part byte for byte.",
        "to": "thinking block signature (sealed)"
      },
      {
        "field": "parts[].functionCall",
        "note": "id kept; none (Gemini 2.x) → call_ + 24 hex of SHA-256(responseId, call number, name, args). Stream: a call arrives whole (start, one input_json_delta, stop).",
        "to": "tool_use"
      },
      {
        "field": "candidates[0].finishReason",
        "note": "Table GEMINI_FINISH_TO_IR (runtime/formats/gemini/tables.ts): STOP → end_turn (tool_use when the turn has function calls), MAX_TOKENS → max_tokens, SAFETY/RECITATION/LANGUAGE/BLOCKLIST/PROHIBITED_CONTENT/SPII/IMAGE_SAFETY/… → refusal, OTHER/MALFORMED_FUNCTION_CALL/UNEXPECTED_TOOL_CALL/TOO_MANY_TOOL_CALLS/MISSING_THOUGHT_SIGNATURE → end_turn. A blocked prompt (promptFeedback.blockReason) → refusal.",
        "to": "stop reason"
      },
      {
        "field": "usageMetadata",
        "note": "input = promptTokenCount + toolUsePromptTokenCount − cachedContentTokenCount, cache reads = cachedContentTokenCount, output = candidatesTokenCount + thoughtsTokenCount, reasoning = thoughtsTokenCount. Cumulative per stream chunk (replaces).",
        "to": "usage"
      },
      {
        "field": "stream end",
        "note": "Gemini sends no terminal event: EOF after a finishReason ends the message; EOF before one → truncation error.",
        "to": "message end"
      },
      {
        "field": "stream data {\"error\":…}",
        "note": "Type by status name (UNAVAILABLE → overloaded_error, RESOURCE_EXHAUSTED → rate_limit_error, …).",
        "to": "in-stream error"
      },
      {
        "field": "error body + status",
        "note": "Status kept; type by error.status (GOOGLE_STATUS_TO_IR_TYPE); an invalid key (400 with ErrorInfo reason API_KEY_INVALID) → authentication_error.",
        "to": "caller error envelope"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "gemini",
    "transcoder": "formats/anthropic-messages/mapper.ts → formats/gemini/mapper.ts",
    "unsupported": [
      {
        "field": "container",
        "loss": "semantic",
        "reason": "Anthropic code-execution containers."
      },
      {
        "field": "mcp_servers",
        "loss": "semantic",
        "reason": "Anthropic MCP connector."
      },
      {
        "field": "context_management",
        "loss": "advisory",
        "reason": "Anthropic context editing."
      },
      {
        "field": "inference_geo",
        "loss": "semantic",
        "reason": "Anthropic data residency."
      },
      {
        "field": "diagnostics",
        "loss": "advisory",
        "reason": "Anthropic cache diagnostics."
      },
      {
        "field": "user_profile_id",
        "loss": "advisory",
        "reason": "Anthropic-specific."
      },
      {
        "field": "workspace_id",
        "loss": "semantic",
        "reason": "Anthropic-specific."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "Values other than auto/standard_only."
      },
      {
        "field": "speed",
        "loss": "advisory",
        "reason": "Values other than standard."
      },
      {
        "field": "metadata.<key other than user_id>",
        "loss": "semantic",
        "reason": "Only user_id has a meaning elsewhere (and none on Gemini)."
      },
      {
        "field": "output_config.<other key>",
        "loss": "semantic",
        "reason": "Only effort and format translate."
      },
      {
        "field": "cache_control (top level, system, blocks, tools)",
        "loss": "advisory",
        "reason": "Gemini caches implicitly; explicit caches are cachedContents resources."
      },
      {
        "field": "messages[role=assistant] thinking / redacted_thinking",
        "loss": "advisory",
        "reason": "Claude-signed (or unsigned) reasoning means nothing to Gemini; reported as \"thinking\". Sealed Gemini signatures are carried."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Fields of a block or tool Gemini has no place for (tool_use `caller`, citations, …); named by their key."
      },
      {
        "field": "metadata.user_id | user",
        "loss": "advisory",
        "reason": "The Gemini API has no end-user id; reported as user."
      },
      {
        "field": "parallel_tool_calls",
        "loss": "semantic",
        "reason": "Gemini cannot be limited to one function call per turn (OpenAI parallel_tool_calls: false, Anthropic disable_parallel_tool_use: true); reported as parallel_tool_calls."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "Provider-hosted tools (Anthropic server tools, OpenAI hosted tools) run on their own provider only."
      },
      {
        "field": "tools[].strict",
        "loss": "advisory",
        "reason": "Gemini has no strict schema adherence flag for function declarations."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  },
  {
    "from": "openai-chat",
    "request": [
      {
        "field": "model",
        "note": "The body carries no model.",
        "to": "(path) /v1beta/models/{model}:generateContent"
      },
      {
        "field": "messages[role=user|assistant]",
        "note": "Consecutive same-role turns merged; tool results first in their user content.",
        "to": "contents[role=user|model]"
      },
      {
        "field": "text / image / document blocks",
        "note": "base64 → inlineData; url → fileData (images: MIME type from the extension, else image/jpeg; documents application/pdf); text documents → text parts.",
        "to": "parts text / inlineData / fileData"
      },
      {
        "field": "tool_use",
        "note": "Ids are sent (Gemini accepts and echoes them).",
        "to": "functionCall {id,name,args}"
      },
      {
        "field": "tool_result",
        "note": "Name from the earlier tool call with that id (none → 400); images/PDFs inside follow as parts of the same content.",
        "to": "functionResponse {id,name,response:{output}|{error}}"
      },
      {
        "field": "temperature, top_p",
        "to": "generationConfig.temperature, topP"
      },
      {
        "field": "tools (function)",
        "note": "The JSON Schema as is (parametersJsonSchema takes full JSON Schema).",
        "to": "tools[0].functionDeclarations[] {name,description,parametersJsonSchema}"
      },
      {
        "field": "max_completion_tokens | max_tokens",
        "to": "generationConfig.maxOutputTokens"
      },
      {
        "field": "stop",
        "to": "generationConfig.stopSequences"
      },
      {
        "field": "top_k",
        "note": "Non-standard; passed on.",
        "to": "generationConfig.topK"
      },
      {
        "field": "presence_penalty, frequency_penalty, seed",
        "note": "Carried natively (Gemini has them).",
        "to": "generationConfig.presencePenalty, frequencyPenalty, seed"
      },
      {
        "field": "reasoning_effort",
        "note": "Gemini 3: thinkingLevel (minimal, low, medium, high; xhigh/max → high); earlier models: thinkingBudget of the effort bucket (minimal 1024 … max 65536), none → 0; includeThoughts: true.",
        "to": "generationConfig.thinkingConfig"
      },
      {
        "field": "thinking",
        "note": "Non-standard Anthropic object, as for Anthropic callers.",
        "to": "generationConfig.thinkingConfig"
      },
      {
        "field": "response_format",
        "to": "generationConfig.responseMimeType application/json (+ responseJsonSchema for json_schema)"
      },
      {
        "field": "tool_choice",
        "note": "auto → AUTO, required → ANY, none → NONE, {function:{name}} → ANY + allowedFunctionNames [name].",
        "to": "toolConfig.functionCallingConfig"
      },
      {
        "field": "messages[role=system|developer]",
        "note": "Hoisted from any position, in order.",
        "to": "systemInstruction.parts[]"
      },
      {
        "field": "messages[role=tool]",
        "note": "The name comes from the assistant tool call with that id; is_error → response {error}.",
        "to": "functionResponse parts {id,name,response:{output}}"
      },
      {
        "field": "messages[role=assistant].thinking_blocks",
        "note": "Only blocks whose signature is a sealed Gemini signature; Claude-signed blocks are reported as thinking.",
        "to": "thoughtSignature on the next part"
      },
      {
        "field": "user | safety_identifier",
        "note": "No Gemini equivalent.",
        "to": "(see unsupported)"
      },
      {
        "field": "parallel_tool_calls",
        "note": "false has no Gemini equivalent.",
        "to": "(see unsupported)"
      },
      {
        "field": "stream, stream_options",
        "note": "Gemini always reports usage in stream chunks; the usage chunk is synthesized only when asked.",
        "to": "(path) :streamGenerateContent?alt=sse"
      },
      {
        "field": "prompt_cache_key | prompt_cache_retention | prompt_cache_options",
        "note": "Caching hints: an advisory loss.",
        "to": "(dropped, reported)"
      }
    ],
    "response": [
      {
        "field": "responseId",
        "to": "id"
      },
      {
        "field": "candidates[0].content.parts[].text",
        "note": "Stream: one text block while text parts follow each other.",
        "to": "text blocks"
      },
      {
        "field": "parts[].thought: true",
        "note": "Thought summaries (includeThoughts).",
        "to": "thinking blocks"
      },
      {
        "field": "parts[].thoughtSignature",
        "note": "The Gemini signature sealed (HMAC) as the signature of the thinking block before the part (an empty one when no thought part is open); sent back, it returns to that part byte for byte.",
        "to": "thinking block signature (sealed)"
      },
      {
        "field": "parts[].functionCall",
        "note": "id kept; none (Gemini 2.x) → call_ + 24 hex of SHA-256(responseId, call number, name, args). Stream: a call arrives whole (start, one input_json_delta, stop).",
        "to": "tool_use"
      },
      {
        "field": "candidates[0].finishReason",
        "note": "Table GEMINI_FINISH_TO_IR (runtime/formats/gemini/tables.ts): STOP → end_turn (tool_use when the turn has function calls), MAX_TOKENS → max_tokens, SAFETY/RECITATION/LANGUAGE/BLOCKLIST/PROHIBITED_CONTENT/SPII/IMAGE_SAFETY/… → refusal, OTHER/MALFORMED_FUNCTION_CALL/UNEXPECTED_TOOL_CALL/TOO_MANY_TOOL_CALLS/MISSING_THOUGHT_SIGNATURE → end_turn. A blocked prompt (promptFeedback.blockReason) → refusal.",
        "to": "stop reason"
      },
      {
        "field": "usageMetadata",
        "note": "input = promptTokenCount + toolUsePromptTokenCount − cachedContentTokenCount, cache reads = cachedContentTokenCount, output = candidatesTokenCount + thoughtsTokenCount, reasoning = thoughtsTokenCount. Cumulative per stream chunk (replaces).",
        "to": "usage"
      },
      {
        "field": "stream end",
        "note": "Gemini sends no terminal event: EOF after a finishReason ends the message; EOF before one → truncation error.",
        "to": "message end"
      },
      {
        "field": "stream data {\"error\":…}",
        "note": "Type by status name (UNAVAILABLE → overloaded_error, RESOURCE_EXHAUSTED → rate_limit_error, …).",
        "to": "in-stream error"
      },
      {
        "field": "error body + status",
        "note": "Status kept; type by error.status (GOOGLE_STATUS_TO_IR_TYPE); an invalid key (400 with ErrorInfo reason API_KEY_INVALID) → authentication_error.",
        "to": "caller error envelope"
      }
    ],
    "routeType": "llm/v1/chat",
    "to": "gemini",
    "transcoder": "formats/openai-chat/mapper.ts → formats/gemini/mapper.ts",
    "unsupported": [
      {
        "field": "n",
        "loss": "semantic",
        "reason": "Only one candidate is read (candidateCount > 1 is not translated)."
      },
      {
        "field": "logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities are not translated."
      },
      {
        "field": "top_logprobs",
        "loss": "semantic",
        "reason": "Token log-probabilities are not translated."
      },
      {
        "field": "logit_bias",
        "loss": "semantic",
        "reason": "No logit bias on Gemini."
      },
      {
        "field": "store",
        "loss": "semantic",
        "reason": "OpenAI stored completions (true)."
      },
      {
        "field": "metadata",
        "loss": "advisory",
        "reason": "OpenAI stored-completion metadata (non-empty)."
      },
      {
        "field": "modalities",
        "loss": "semantic",
        "reason": "Audio output (anything but [\"text\"])."
      },
      {
        "field": "audio",
        "loss": "semantic",
        "reason": "Audio output."
      },
      {
        "field": "prediction",
        "loss": "advisory",
        "reason": "Predicted outputs."
      },
      {
        "field": "service_tier",
        "loss": "advisory",
        "reason": "OpenAI tiers other than auto/default."
      },
      {
        "field": "verbosity",
        "loss": "advisory",
        "reason": "No verbosity control on Gemini."
      },
      {
        "field": "web_search_options",
        "loss": "semantic",
        "reason": "OpenAI-hosted web search."
      },
      {
        "field": "functions",
        "loss": "semantic",
        "reason": "Legacy function calling; use tools."
      },
      {
        "field": "function_call",
        "loss": "semantic",
        "reason": "Legacy function calling; use tool_choice."
      },
      {
        "field": "moderation",
        "loss": "semantic",
        "reason": "OpenAI moderation options."
      },
      {
        "field": "response_format",
        "loss": "semantic",
        "reason": "A response_format type other than json_schema / json_object / text."
      },
      {
        "field": "prompt_cache_key | prompt_cache_retention | prompt_cache_options",
        "loss": "advisory",
        "reason": "Caching hints with no Gemini request equivalent (Gemini caches implicitly)."
      },
      {
        "field": "cache_control (top level, system, blocks, tools)",
        "loss": "advisory",
        "reason": "Gemini caches implicitly; explicit caches are cachedContents resources."
      },
      {
        "field": "messages[role=assistant] thinking / redacted_thinking",
        "loss": "advisory",
        "reason": "Claude-signed (or unsigned) reasoning means nothing to Gemini; reported as \"thinking\". Sealed Gemini signatures are carried."
      },
      {
        "field": "(other fields of a block or tool)",
        "loss": "advisory",
        "reason": "Fields of a block or tool Gemini has no place for (tool_use `caller`, citations, …); named by their key."
      },
      {
        "field": "metadata.user_id | user",
        "loss": "advisory",
        "reason": "The Gemini API has no end-user id; reported as user."
      },
      {
        "field": "parallel_tool_calls",
        "loss": "semantic",
        "reason": "Gemini cannot be limited to one function call per turn (OpenAI parallel_tool_calls: false, Anthropic disable_parallel_tool_use: true); reported as parallel_tool_calls."
      },
      {
        "field": "tools[type!=function]",
        "loss": "semantic",
        "reason": "Provider-hosted tools (Anthropic server tools, OpenAI hosted tools) run on their own provider only."
      },
      {
        "field": "tools[].strict",
        "loss": "advisory",
        "reason": "Gemini has no strict schema adherence flag for function declarations."
      },
      {
        "field": "(any other field)",
        "loss": "semantic",
        "reason": "Unknown to this transcoder: rejected rather than silently ignored."
      }
    ]
  }
];
