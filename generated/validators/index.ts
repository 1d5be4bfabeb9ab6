// generated from specs/ — do not edit (npm run gen)
// Renderer: scripts/gen/validators.ts.

/**
 * Compiled request/response validators by name. Each is
 * `(data: unknown) => boolean` with `.errors` (AJV `ErrorObject`:
 * `instancePath` names the failing field) after a failure: the first error
 * only, except for config (every error).
 */
import type { ErrorObject } from 'ajv';
import anthropicBatchCreateRequest from './anthropic-batch-create-request.js';
import anthropicCompleteRequest from './anthropic-complete-request.js';
import anthropicCountTokensPassthrough from './anthropic-count-tokens-passthrough.js';
import anthropicError from './anthropic-error.js';
import anthropicMessageResponse from './anthropic-message-response.js';
import anthropicMessagesPassthrough from './anthropic-messages-passthrough.js';
import anthropicMessagesRequest from './anthropic-messages-request.js';
import anthropicStreamEvent from './anthropic-stream-event.js';
import config from './config.js';
import geminiCountTokensPassthrough from './gemini-count-tokens-passthrough.js';
import geminiError from './gemini-error.js';
import geminiGenerateContentPassthrough from './gemini-generate-content-passthrough.js';
import openaiChatCompletionChunk from './openai-chat-completion-chunk.js';
import openaiChatCompletionResponse from './openai-chat-completion-response.js';
import openaiChatPassthrough from './openai-chat-passthrough.js';
import openaiChatRequest from './openai-chat-request.js';
import openaiCompletionsRequest from './openai-completions-request.js';
import openaiEmbeddingsRequest from './openai-embeddings-request.js';
import openaiError from './openai-error.js';

/** A compiled validator. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export { anthropicBatchCreateRequest, anthropicCompleteRequest, anthropicCountTokensPassthrough, anthropicError, anthropicMessageResponse, anthropicMessagesPassthrough, anthropicMessagesRequest, anthropicStreamEvent, config, geminiCountTokensPassthrough, geminiError, geminiGenerateContentPassthrough, openaiChatCompletionChunk, openaiChatCompletionResponse, openaiChatPassthrough, openaiChatRequest, openaiCompletionsRequest, openaiEmbeddingsRequest, openaiError };

/** Validator names (the keys of specs/formats/index.ts VALIDATED_SCHEMAS). */
export type ValidatorName = 'anthropic-batch-create-request' | 'anthropic-complete-request' | 'anthropic-count-tokens-passthrough' | 'anthropic-error' | 'anthropic-message-response' | 'anthropic-messages-passthrough' | 'anthropic-messages-request' | 'anthropic-stream-event' | 'config' | 'gemini-count-tokens-passthrough' | 'gemini-error' | 'gemini-generate-content-passthrough' | 'openai-chat-completion-chunk' | 'openai-chat-completion-response' | 'openai-chat-passthrough' | 'openai-chat-request' | 'openai-completions-request' | 'openai-embeddings-request' | 'openai-error';

/** Every validator keyed by its name. */
export const validators: Readonly<Record<ValidatorName, Validator>> = {
  'anthropic-batch-create-request': anthropicBatchCreateRequest,
  'anthropic-complete-request': anthropicCompleteRequest,
  'anthropic-count-tokens-passthrough': anthropicCountTokensPassthrough,
  'anthropic-error': anthropicError,
  'anthropic-message-response': anthropicMessageResponse,
  'anthropic-messages-passthrough': anthropicMessagesPassthrough,
  'anthropic-messages-request': anthropicMessagesRequest,
  'anthropic-stream-event': anthropicStreamEvent,
  'config': config,
  'gemini-count-tokens-passthrough': geminiCountTokensPassthrough,
  'gemini-error': geminiError,
  'gemini-generate-content-passthrough': geminiGenerateContentPassthrough,
  'openai-chat-completion-chunk': openaiChatCompletionChunk,
  'openai-chat-completion-response': openaiChatCompletionResponse,
  'openai-chat-passthrough': openaiChatPassthrough,
  'openai-chat-request': openaiChatRequest,
  'openai-completions-request': openaiCompletionsRequest,
  'openai-embeddings-request': openaiEmbeddingsRequest,
  'openai-error': openaiError,
};
