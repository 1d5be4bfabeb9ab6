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
export type ProviderType = 'anthropic' | 'openai';

/** All provider types, sorted. */
export const PROVIDER_TYPES: readonly ProviderType[] = ["anthropic","openai"];

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
    "capabilities": [
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-4-5",
        "name": "Chat completions",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai"
        ],
        "upstreamPath": "/v1/messages",
        "usageReported": true
      },
      {
        "method": "POST",
        "minVersion": "0.1.0",
        "modelExample": "claude-sonnet-4-5",
        "name": "Function calling",
        "nativeFormatLimitations": [],
        "nativeFormats": [
          "anthropic"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "openai"
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
          "anthropic"
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
        "modelExample": "claude-sonnet-4-5",
        "name": "Token counting",
        "nativeFormatLimitations": [
          "Served only by an Anthropic-backed target; never estimated."
        ],
        "nativeFormats": [
          "anthropic"
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
        "modelExample": "claude-sonnet-4-5",
        "name": "Batches",
        "nativeFormatLimitations": [
          "Native Anthropic format only: batches are not translated from other formats."
        ],
        "nativeFormats": [
          "anthropic"
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
        "contextWindow": 200000,
        "displayName": "Claude Opus 5.5",
        "id": "claude-opus-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 128000,
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 5.5",
        "id": "claude-sonnet-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 128000,
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "Claude Haiku 5.5",
        "id": "claude-haiku-5-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 64000,
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "Claude Sonnet 4.5",
        "id": "claude-sonnet-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 64000,
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "Claude Haiku 4.5",
        "id": "claude-haiku-4-5",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 64000,
        "thinking": true
      },
      {
        "contextWindow": 200000,
        "displayName": "Claude Opus 4.1",
        "id": "claude-opus-4-1",
        "inputModalities": [
          "text",
          "image",
          "pdf"
        ],
        "maxOutputTokens": 32000,
        "thinking": true
      }
    ],
    "nativeFormat": "anthropic",
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
          "openai"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [
          "Streams report usage only when `stream_options.include_usage` is set; the gateway sets it on translated streams."
        ],
        "streaming": true,
        "translatedFormats": [
          "anthropic"
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
          "openai"
        ],
        "nativeOnly": false,
        "routeType": "llm/v1/chat",
        "statisticsLimitations": [],
        "streaming": true,
        "translatedFormats": [
          "anthropic"
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
          "openai"
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
          "openai"
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
    "nativeFormat": "openai",
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
  }
} as const satisfies Record<ProviderType, ProviderSpec>;

/** Unsupported-route-type error texts, precomputed. */
const UNSUPPORTED: Readonly<Record<ProviderType, Partial<Record<RouteType, string>>>> = {
  "anthropic": {
    "llm/v1/embeddings": "llm/v1/embeddings is not supported by provider anthropic: Anthropic has no embeddings API."
  },
  "openai": {
    "files/v1/batches": "files/v1/batches is not supported by provider openai: Anthropic Message Batches are not an OpenAI API.",
    "llm/v1/count_tokens": "llm/v1/count_tokens is not supported by provider openai: OpenAI has no token counting endpoint."
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
    "claude-haiku-4-5": {
      "contextWindow": 200000,
      "displayName": "Claude Haiku 4.5",
      "id": "claude-haiku-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 64000,
      "thinking": true
    },
    "claude-haiku-5-5": {
      "contextWindow": 200000,
      "displayName": "Claude Haiku 5.5",
      "id": "claude-haiku-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 64000,
      "thinking": true
    },
    "claude-opus-4-1": {
      "contextWindow": 200000,
      "displayName": "Claude Opus 4.1",
      "id": "claude-opus-4-1",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 32000,
      "thinking": true
    },
    "claude-opus-5-5": {
      "contextWindow": 200000,
      "displayName": "Claude Opus 5.5",
      "id": "claude-opus-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 128000,
      "thinking": true
    },
    "claude-sonnet-4-5": {
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 4.5",
      "id": "claude-sonnet-4-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 64000,
      "thinking": true
    },
    "claude-sonnet-5-5": {
      "contextWindow": 200000,
      "displayName": "Claude Sonnet 5.5",
      "id": "claude-sonnet-5-5",
      "inputModalities": [
        "text",
        "image",
        "pdf"
      ],
      "maxOutputTokens": 128000,
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
  }
};

/** The catalog entry for a provider's model id, or undefined (unknown models are allowed; they just have no catalog data). */
export function findModel(provider: ProviderType, id: string): ModelInfo | undefined {
  const table = MODELS[provider];
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Translation coverage per (from, to, route type), in spec order (see specs/translation.ts). */
export const TRANSLATIONS: readonly TranslationCoverage[] = [];
