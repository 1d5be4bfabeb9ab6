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
import {
  OpenAIChatCompletionChunk,
  OpenAIChatCompletionResponse,
  OpenAIChatPassthroughRequest,
  OpenAIChatRequest,
  OpenAICompletionsRequest,
  OpenAIEmbeddingsRequest,
  OpenAIErrorResponse,
} from './openai-chat.ts';

/** Validator name (kebab-case, also the file name) → schema. */
export const VALIDATED_SCHEMAS: Record<string, TSchema> = {
  config: GatewayConfig,
  // Anthropic
  'anthropic-messages': AnthropicMessagesRequest,
  'anthropic-messages-passthrough': AnthropicMessagesPassthroughRequest,
  'anthropic-count-tokens': AnthropicCountTokensRequest,
  'anthropic-complete': AnthropicCompleteRequest,
  'anthropic-batch-create': AnthropicBatchCreateRequest,
  'anthropic-message-response': AnthropicMessageResponse,
  'anthropic-stream-event': AnthropicStreamEvent,
  'anthropic-error': AnthropicErrorResponse,
  // OpenAI
  'openai-chat': OpenAIChatRequest,
  'openai-chat-passthrough': OpenAIChatPassthroughRequest,
  'openai-completions': OpenAICompletionsRequest,
  'openai-embeddings': OpenAIEmbeddingsRequest,
  'openai-chat-completion-response': OpenAIChatCompletionResponse,
  'openai-chat-completion-chunk': OpenAIChatCompletionChunk,
  'openai-error': OpenAIErrorResponse,
};

/** Schemas rendered to TypeScript under generated/types/<file>.ts (file name → schema). */
export const TYPED_SCHEMAS: Record<string, TSchema> = {
  config: GatewayConfig,
  'anthropic-messages': AnthropicMessagesRequest,
  'anthropic-responses': AnthropicMessageResponse,
  'anthropic-stream': AnthropicStreamEvent,
  'anthropic-error': AnthropicErrorResponse,
  'openai-chat': OpenAIChatRequest,
  'openai-responses': OpenAIChatCompletionResponse,
  'openai-stream': OpenAIChatCompletionChunk,
  'openai-error': OpenAIErrorResponse,
};
