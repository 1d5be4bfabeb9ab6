// generated from specs/ — do not edit (npm run gen)
// Source: specs/wire-formats.ts. Renderer: scripts/gen/seams.ts.

/**
 * Wire-format facts that are data (the codecs under runtime/formats/ hold the
 * code): ingress prefix, the request-id header the format's SDKs read, and the
 * request validators per route type (names of generated/validators/).
 */
import type { Format, RouteType } from './routes.ts';
import type { ValidatorName } from './validators/index.ts';

/** Validators of one route type: minimal (every request) and full (translated requests). */
export interface RouteValidatorNames {
  readonly passthrough: ValidatorName | null;
  readonly translated: ValidatorName | null;
}

export interface WireFormatInfo {
  readonly format: Format;
  readonly displayName: string;
  readonly docs: string;
  /** The main listener also serves the format's ingress paths under this prefix. */
  readonly ingressPrefix: string;
  /** Response header the format's SDKs read as the request id. */
  readonly requestIdHeader: string;
  /** A request header only this format's clients send; null: none. */
  readonly identifyingHeader: string | null;
  readonly validators: Readonly<Partial<Record<RouteType, RouteValidatorNames>>>;
  readonly unmatchedPathFallback: boolean;
}

/** Every wire format's facts. */
export const WIRE_FORMATS: Readonly<Record<Format, WireFormatInfo>> = {
  "anthropic-messages": {
    "displayName": "Anthropic Messages",
    "docs": "https://docs.anthropic.com/en/api/messages",
    "format": "anthropic-messages",
    "identifyingHeader": "anthropic-version",
    "ingressPrefix": "/anthropic",
    "requestIdHeader": "request-id",
    "unmatchedPathFallback": false,
    "validators": {
      "files/v1/batches": {
        "passthrough": "anthropic-batch-create-request",
        "translated": null
      },
      "llm/v1/chat": {
        "passthrough": "anthropic-messages-passthrough",
        "translated": "anthropic-messages-request"
      },
      "llm/v1/completions": {
        "passthrough": "anthropic-complete-request",
        "translated": null
      },
      "llm/v1/count_tokens": {
        "passthrough": "anthropic-count-tokens-passthrough",
        "translated": null
      }
    }
  },
  "gemini": {
    "displayName": "Gemini API",
    "docs": "https://ai.google.dev/api/generate-content",
    "format": "gemini",
    "identifyingHeader": "x-goog-api-key",
    "ingressPrefix": "/gemini",
    "requestIdHeader": "x-request-id",
    "unmatchedPathFallback": false,
    "validators": {
      "llm/v1/chat": {
        "passthrough": "gemini-generate-content-passthrough",
        "translated": null
      },
      "llm/v1/count_tokens": {
        "passthrough": "gemini-count-tokens-passthrough",
        "translated": null
      }
    }
  },
  "openai-chat": {
    "displayName": "OpenAI Chat Completions",
    "docs": "https://platform.openai.com/docs/api-reference/chat",
    "format": "openai-chat",
    "identifyingHeader": null,
    "ingressPrefix": "/openai",
    "requestIdHeader": "x-request-id",
    "unmatchedPathFallback": true,
    "validators": {
      "llm/v1/chat": {
        "passthrough": "openai-chat-passthrough",
        "translated": "openai-chat-request"
      },
      "llm/v1/completions": {
        "passthrough": "openai-completions-request",
        "translated": null
      },
      "llm/v1/embeddings": {
        "passthrough": "openai-embeddings-request",
        "translated": null
      }
    }
  },
  "openai-responses": {
    "displayName": "OpenAI Responses",
    "docs": "https://platform.openai.com/docs/api-reference/responses",
    "format": "openai-responses",
    "identifyingHeader": null,
    "ingressPrefix": "/openai",
    "requestIdHeader": "x-request-id",
    "unmatchedPathFallback": false,
    "validators": {}
  }
};
