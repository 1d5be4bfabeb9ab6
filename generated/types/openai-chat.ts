// generated from specs/ — do not edit (npm run gen)
// Source schema: OpenAIChatRequest (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export type OpenAIChatMessage =
  OpenAISystemMessage | OpenAIDeveloperMessage | OpenAIUserMessage | OpenAIAssistantMessage | OpenAIToolMessage;
export type OpenAITool = OpenAIFunctionTool | OpenAICustomTool;
export type OpenAIToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | (
      | {
          type: 'function';
          function: {
            name: string;
            [k: string]: unknown;
          };
          [k: string]: unknown;
        }
      | {
          type: 'custom';
          custom: {
            name: string;
            [k: string]: unknown;
          };
          [k: string]: unknown;
        }
      | {
          type: 'allowed_tools';
          allowed_tools: {
            [k: string]: unknown;
          };
          [k: string]: unknown;
        }
    );
export type OpenAIResponseFormat =
  | {
      type: 'text';
      [k: string]: unknown;
    }
  | {
      type: 'json_object';
      [k: string]: unknown;
    }
  | {
      type: 'json_schema';
      json_schema: {
        name: string;
        description?: string;
        schema?: {
          [k: string]: unknown;
        };
        strict?: boolean | null;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    };
export type OpenAIReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh';

/**
 * POST /v1/chat/completions request body (full schema).
 */
export interface OpenAIChatRequest {
  /**
   * Model id or gateway model alias.
   */
  model: string;
  /**
   * @maxItems 100000
   */
  messages: OpenAIChatMessage[];
  /**
   * @maxItems 10000
   */
  tools?: OpenAITool[];
  tool_choice?: OpenAIToolChoice;
  parallel_tool_calls?: boolean | null;
  stop?: (string[] | string) | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  n?: number | null;
  user?: string;
  response_format?: OpenAIResponseFormat;
  reasoning_effort?: OpenAIReasoningEffort | null;
  stream?: boolean | null;
  stream_options?: {
    include_usage?: boolean;
    include_obfuscation?: boolean;
    [k: string]: unknown;
  } | null;
  thinking?: OpenAIThinkingExtension;
  seed?: number | null;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  logit_bias?: {
    /**
     * Keys match the pattern "^(.*)$".
     */
    [k: string]: number;
  } | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  metadata?: {
    /**
     * Keys match the pattern "^(.*)$".
     */
    [k: string]: string;
  } | null;
  store?: boolean | null;
  service_tier?: string | null;
  [k: string]: unknown;
}
export interface OpenAISystemMessage {
  role: 'system';
  content: OpenAITextPart[] | string;
  name?: string;
  [k: string]: unknown;
}
export interface OpenAITextPart {
  type: 'text';
  text: string;
  [k: string]: unknown;
}
export interface OpenAIDeveloperMessage {
  role: 'developer';
  content: OpenAITextPart[] | string;
  name?: string;
  [k: string]: unknown;
}
export interface OpenAIUserMessage {
  role: 'user';
  content: (OpenAITextPart | OpenAIImageUrlPart | OpenAIFilePart | OpenAIInputAudioPart)[] | string;
  name?: string;
  [k: string]: unknown;
}
export interface OpenAIImageUrlPart {
  type: 'image_url';
  image_url: {
    url: string;
    detail?: 'auto' | 'low' | 'high';
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAIFilePart {
  type: 'file';
  file: {
    file_id?: string;
    file_data?: string;
    filename?: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAIInputAudioPart {
  type: 'input_audio';
  input_audio: {
    data: string;
    format: 'wav' | 'mp3';
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAIAssistantMessage {
  role: 'assistant';
  content?: ((OpenAITextPart | OpenAIRefusalPart)[] | string) | null;
  refusal?: string | null;
  tool_calls?: OpenAIToolCall[] | null;
  name?: string;
  [k: string]: unknown;
}
export interface OpenAIRefusalPart {
  type: 'refusal';
  refusal: string;
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
export interface OpenAIToolMessage {
  role: 'tool';
  content: OpenAITextPart[] | string;
  tool_call_id: string;
  [k: string]: unknown;
}
export interface OpenAIFunctionTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters?: {
      [k: string]: unknown;
    };
    strict?: boolean | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAICustomTool {
  type: 'custom';
  custom: {
    name: string;
    description?: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface OpenAIThinkingExtension {
  type: 'enabled' | 'disabled' | 'adaptive';
  budget_tokens?: number;
  [k: string]: unknown;
}
