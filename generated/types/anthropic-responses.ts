// generated from specs/ — do not edit (npm run gen)
// Source schema: AnthropicMessageResponse (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

export type AnthropicStopReason =
  'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'model_context_window_exceeded';

/**
 * POST /v1/messages response (Message object).
 */
export interface AnthropicMessageResponse {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: AnthropicResponseContentBlock[];
  stop_reason: AnthropicStopReason | null;
  stop_sequence?: string | null;
  usage: AnthropicUsage;
  [k: string]: unknown;
}
export interface AnthropicResponseContentBlock {
  type: string;
  [k: string]: unknown;
}
export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: {
    ephemeral_5m_input_tokens?: number;
    ephemeral_1h_input_tokens?: number;
    [k: string]: unknown;
  } | null;
  server_tool_use?: {
    [k: string]: unknown;
  } | null;
  service_tier?: string | null;
  [k: string]: unknown;
}
