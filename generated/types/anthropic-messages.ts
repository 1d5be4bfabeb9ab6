// generated from specs/ — do not edit (npm run gen)
// Source schema: AnthropicMessagesRequest (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export type AnthropicContentBlock =
  | AnthropicTextBlock
  | AnthropicImageBlock
  | AnthropicDocumentBlock
  | AnthropicSearchResultBlock
  | AnthropicToolUseBlock
  | AnthropicToolResultBlock
  | AnthropicThinkingBlock
  | AnthropicRedactedThinkingBlock
  | AnthropicServerToolUseBlock
  | AnthropicWebSearchToolResultBlock
  | AnthropicWebFetchToolResultBlock
  | AnthropicCodeExecutionToolResultBlock
  | AnthropicBashCodeExecutionToolResultBlock
  | AnthropicTextEditorCodeExecutionToolResultBlock
  | AnthropicToolSearchToolResultBlock
  | AnthropicMcpToolUseBlock
  | AnthropicMcpToolResultBlock
  | AnthropicContainerUploadBlock;
export type AnthropicImageSource =
  | {
      type: 'base64';
      media_type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
      data: string;
      [k: string]: unknown;
    }
  | {
      type: 'url';
      url: string;
      [k: string]: unknown;
    }
  | {
      type: 'file';
      file_id: string;
      [k: string]: unknown;
    };
export type AnthropicDocumentSource =
  | {
      type: 'base64';
      media_type: 'application/pdf';
      data: string;
      [k: string]: unknown;
    }
  | {
      type: 'url';
      url: string;
      [k: string]: unknown;
    }
  | {
      type: 'text';
      media_type: 'text/plain';
      data: string;
      [k: string]: unknown;
    }
  | {
      type: 'content';
      content: (AnthropicTextBlock | AnthropicImageBlock)[] | string;
      [k: string]: unknown;
    }
  | {
      type: 'file';
      file_id: string;
      [k: string]: unknown;
    };
export type AnthropicSystem = AnthropicTextBlock[] | string;
export type AnthropicTool = AnthropicCustomTool | AnthropicServerTool;
export type AnthropicToolChoice =
  | {
      type: 'auto';
      disable_parallel_tool_use?: boolean;
      [k: string]: unknown;
    }
  | {
      type: 'any';
      disable_parallel_tool_use?: boolean;
      [k: string]: unknown;
    }
  | {
      type: 'tool';
      name: string;
      disable_parallel_tool_use?: boolean;
      [k: string]: unknown;
    }
  | {
      type: 'none';
      [k: string]: unknown;
    };
export type AnthropicThinkingConfig =
  | {
      type: 'enabled';
      budget_tokens: number;
      [k: string]: unknown;
    }
  | {
      type: 'disabled';
      [k: string]: unknown;
    }
  | {
      type: 'adaptive';
      [k: string]: unknown;
    };

/**
 * POST /v1/messages request body (full schema).
 */
export interface AnthropicMessagesRequest {
  /**
   * Model id or gateway model alias.
   */
  model: string;
  /**
   * @maxItems 100000
   */
  messages: AnthropicMessage[];
  max_tokens: number;
  system?: AnthropicSystem;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  /**
   * @maxItems 8192
   */
  stop_sequences?: string[];
  stream?: boolean;
  metadata?: AnthropicMetadata;
  /**
   * @maxItems 10000
   */
  tools?: AnthropicTool[];
  tool_choice?: AnthropicToolChoice;
  service_tier?: 'auto' | 'standard_only';
  thinking?: AnthropicThinkingConfig;
  container?: string | null;
  context_management?: {
    [k: string]: unknown;
  } | null;
  output_config?: {
    [k: string]: unknown;
  };
  /**
   * @maxItems 1000
   */
  mcp_servers?: {
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}
export interface AnthropicMessage {
  role: 'user' | 'assistant' | 'system';
  content: AnthropicContentBlock[] | string;
  [k: string]: unknown;
}
export interface AnthropicTextBlock {
  type: 'text';
  text: string;
  citations?: AnthropicCitation[] | null;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicCitation {
  type: string;
  cited_text?: string;
  [k: string]: unknown;
}
export interface AnthropicCacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
  [k: string]: unknown;
}
export interface AnthropicImageBlock {
  type: 'image';
  source: AnthropicImageSource;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicDocumentBlock {
  type: 'document';
  source: AnthropicDocumentSource;
  title?: string | null;
  context?: string | null;
  citations?: {
    enabled?: boolean;
    [k: string]: unknown;
  } | null;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicSearchResultBlock {
  type: 'search_result';
  source: string;
  title: string;
  /**
   * @maxItems 10000
   */
  content: AnthropicTextBlock[];
  citations?: {
    enabled?: boolean;
    [k: string]: unknown;
  };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: {
    [k: string]: unknown;
  };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  content?: (AnthropicTextBlock | AnthropicImageBlock | AnthropicDocumentBlock | AnthropicSearchResultBlock)[] | string;
  is_error?: boolean;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicThinkingBlock {
  type: 'thinking';
  thinking: string;
  signature: string;
  [k: string]: unknown;
}
export interface AnthropicRedactedThinkingBlock {
  type: 'redacted_thinking';
  data: string;
  [k: string]: unknown;
}
export interface AnthropicServerToolUseBlock {
  type: 'server_tool_use';
  id: string;
  name: string;
  input: {
    [k: string]: unknown;
  };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicWebSearchToolResultBlock {
  type: 'web_search_tool_result';
  tool_use_id: string;
  content:
    | {
        type: 'web_search_result';
        url: string;
        title?: string;
        encrypted_content?: string;
        page_age?: string | null;
        [k: string]: unknown;
      }[]
    | {
        type: 'web_search_tool_result_error';
        error_code: string;
        [k: string]: unknown;
      };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicWebFetchToolResultBlock {
  type: 'web_fetch_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicCodeExecutionToolResultBlock {
  type: 'code_execution_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicBashCodeExecutionToolResultBlock {
  type: 'bash_code_execution_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicTextEditorCodeExecutionToolResultBlock {
  type: 'text_editor_code_execution_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicToolSearchToolResultBlock {
  type: 'tool_search_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicMcpToolUseBlock {
  type: 'mcp_tool_use';
  id: string;
  name: string;
  server_name?: string;
  input: {
    [k: string]: unknown;
  };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicMcpToolResultBlock {
  type: 'mcp_tool_result';
  tool_use_id: string;
  content?: unknown;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicContainerUploadBlock {
  type: 'container_upload';
  file_id: string;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicMetadata {
  user_id?: string | null;
  [k: string]: unknown;
}
export interface AnthropicCustomTool {
  type?: 'custom';
  name: string;
  description?: string;
  input_schema: {
    type: 'object';
    properties?: {
      [k: string]: unknown;
    } | null;
    required?: string[] | null;
    [k: string]: unknown;
  };
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
export interface AnthropicServerTool {
  type: string;
  name: string;
  cache_control?: AnthropicCacheControl | null;
  [k: string]: unknown;
}
