// generated from specs/ — do not edit (npm run gen)
// Source schema: AnthropicErrorResponse (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

/**
 * Anthropic error envelope (HTTP error body and SSE `error` event data).
 */
export interface AnthropicErrorResponse {
  type: 'error';
  error: AnthropicErrorObject;
  request_id?: string | null;
  [k: string]: unknown;
}
export interface AnthropicErrorObject {
  type: string;
  message: string;
  [k: string]: unknown;
}
