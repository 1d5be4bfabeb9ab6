// generated from specs/ — do not edit (npm run gen)
// Source schema: OpenAIChatCompletionResponse (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export type OpenAIFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

/**
 * POST /v1/chat/completions response.
 */
export interface OpenAIChatCompletionResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    message: {
      role: 'assistant';
      content: string | null;
      refusal?: string | null;
      tool_calls?: OpenAIToolCall[];
      [k: string]: unknown;
    };
    logprobs?: {
      [k: string]: unknown;
    } | null;
    finish_reason: OpenAIFinishReason | null;
    [k: string]: unknown;
  }[];
  usage?: OpenAIUsage;
  service_tier?: string | null;
  system_fingerprint?: string | null;
  [k: string]: unknown;
}
export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: {
    name: string;
    arguments: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: {
    cached_tokens?: number;
    audio_tokens?: number;
    [k: string]: unknown;
  } | null;
  completion_tokens_details?: {
    reasoning_tokens?: number;
    audio_tokens?: number;
    accepted_prediction_tokens?: number;
    rejected_prediction_tokens?: number;
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
