// generated from specs/ — do not edit (npm run gen)
// Source schema: OpenAIChatCompletionChunk (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export type OpenAIFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

/**
 * Data of one Chat Completions SSE chunk.
 */
export interface OpenAIChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: {
    index: number;
    delta: {
      role?: 'assistant';
      content?: string | null;
      refusal?: string | null;
      tool_calls?: OpenAIToolCallDelta[];
      reasoning_content?: string | null;
      [k: string]: unknown;
    };
    logprobs?: {
      [k: string]: unknown;
    } | null;
    finish_reason: OpenAIFinishReason | null;
    [k: string]: unknown;
  }[];
  usage?: OpenAIUsage | null;
  [k: string]: unknown;
}
export interface OpenAIToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: {
    name?: string;
    arguments?: string;
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
