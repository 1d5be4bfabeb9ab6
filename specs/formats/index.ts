/**
 * Registry of every schema that gets a standalone AJV validator
 * (generated/validators/<name>.js) — keys are the validator names.
 *
 * Request validators are what the pipeline's validate stage runs; response,
 * stream-event and error validators serve tests, the simulator and conformance
 * checks. Adding a schema here and running `npm run gen` is all it takes.
 */
import type { TSchema } from '@sinclair/typebox';
import { GatewayConfig } from '../config.ts';
import {
  AnthropicBatchCreateRequest,
  AnthropicCompleteRequest,
  AnthropicCountTokensRequest,
  AnthropicErrorResponse,
  AnthropicMessageResponse,
  AnthropicMessagesPassthroughRequest,
  AnthropicMessagesRequest,
  AnthropicStreamEvent,
} from './anthropic-messages.ts';
import { GeminiCountTokensRequest, GeminiErrorResponse, GeminiGenerateContentPassthroughRequest } from './gemini.ts';
import {
  OpenAIChatCompletionChunk,
  OpenAIChatCompletionResponse,
  OpenAIChatPassthroughRequest,
  OpenAIChatRequest,
  OpenAICompletionsRequest,
  OpenAIEmbeddingsRequest,
  OpenAIErrorResponse,
} from './openai-chat.ts';

/**
 * Validator name (kebab-case, also the file name) → schema.
 * Naming: `<format>-<thing>-request` = full request schema (transcoded routes),
 * `<format>-<thing>-passthrough` = minimal schema (native passthrough routes),
 * `*-response`, `*-event`/`*-chunk`, `*-error` = what upstreams send back.
 */
export const VALIDATED_SCHEMAS: Record<string, TSchema> = {
  config: GatewayConfig,
  // Anthropic
  'anthropic-messages-request': AnthropicMessagesRequest,
  'anthropic-messages-passthrough': AnthropicMessagesPassthroughRequest,
  'anthropic-count-tokens-passthrough': AnthropicCountTokensRequest,
  'anthropic-complete-request': AnthropicCompleteRequest,
  'anthropic-batch-create-request': AnthropicBatchCreateRequest,
  'anthropic-message-response': AnthropicMessageResponse,
  'anthropic-stream-event': AnthropicStreamEvent,
  'anthropic-error': AnthropicErrorResponse,
  // OpenAI
  'openai-chat-request': OpenAIChatRequest,
  'openai-chat-passthrough': OpenAIChatPassthroughRequest,
  'openai-completions-request': OpenAICompletionsRequest,
  'openai-embeddings-request': OpenAIEmbeddingsRequest,
  'openai-chat-completion-response': OpenAIChatCompletionResponse,
  'openai-chat-completion-chunk': OpenAIChatCompletionChunk,
  'openai-error': OpenAIErrorResponse,
  // Gemini
  'gemini-generate-content-passthrough': GeminiGenerateContentPassthroughRequest,
  'gemini-count-tokens-passthrough': GeminiCountTokensRequest,
  'gemini-error': GeminiErrorResponse,
};

/**
 * Schemas rendered to TypeScript under generated/types/<file>.ts (file name →
 * schema). Only what the runtime or tests import: a generated file nothing
 * uses is not generated (add a schema here when code starts to use its type).
 */
export const TYPED_SCHEMAS: Record<string, TSchema> = {
  config: GatewayConfig,
};
