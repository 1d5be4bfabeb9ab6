// generated from specs/ — do not edit (npm run gen)
// Source schema: AnthropicStreamEvent (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

/**
 * Data of one Anthropic SSE event.
 */
export type AnthropicStreamEvent =
  | {
      type: 'message_start';
      message: {
        id: string;
        model: string;
        usage: {
          [k: string]: unknown;
        };
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'content_block_start';
      index: number;
      content_block: AnthropicResponseContentBlock;
      [k: string]: unknown;
    }
  | {
      type: 'content_block_delta';
      index: number;
      delta: AnthropicDelta;
      [k: string]: unknown;
    }
  | {
      type: 'content_block_stop';
      index: number;
      [k: string]: unknown;
    }
  | {
      type: 'message_delta';
      delta: {
        stop_reason?: AnthropicStopReason | null;
        stop_sequence?: string | null;
        [k: string]: unknown;
      };
      usage: {
        output_tokens: number;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'message_stop';
      [k: string]: unknown;
    }
  | {
      type: 'ping';
      [k: string]: unknown;
    }
  | {
      type: 'error';
      error: AnthropicErrorObject;
      [k: string]: unknown;
    };
export type AnthropicDelta =
  | {
      type: 'text_delta';
      text: string;
      [k: string]: unknown;
    }
  | {
      type: 'input_json_delta';
      partial_json: string;
      [k: string]: unknown;
    }
  | {
      type: 'thinking_delta';
      thinking: string;
      [k: string]: unknown;
    }
  | {
      type: 'signature_delta';
      signature: string;
      [k: string]: unknown;
    }
  | {
      type: 'citations_delta';
      citation: AnthropicCitation;
      [k: string]: unknown;
    };
export type AnthropicStopReason =
  'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'model_context_window_exceeded';

export interface AnthropicResponseContentBlock {
  type: string;
  [k: string]: unknown;
}
export interface AnthropicCitation {
  type: string;
  cited_text?: string;
  [k: string]: unknown;
}
export interface AnthropicErrorObject {
  type: string;
  message: string;
  [k: string]: unknown;
}
