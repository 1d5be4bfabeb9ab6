// generated from specs/ — do not edit (npm run gen)
// Source schema: OpenAIErrorResponse (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

/**
 * OpenAI error envelope.
 */
export interface OpenAIErrorResponse {
  error: {
    message: string;
    type?: string | null;
    param?: string | null;
    code?: (string | number) | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
