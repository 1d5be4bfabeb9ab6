// generated from specs/ — do not edit (npm run gen)
// Source schema: TranslationCoverage (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).

/**
 * An API wire format: what the caller speaks (ingress) or what the upstream speaks (native format). Named after the API, not the vendor: a provider type (specs/providers/) is a different thing, and several provider types share a format. `openai-responses` (OpenAI Responses API, served at /v1/responses) and `gemini` (Gemini API, no ingress routes yet) translate to and from the others.
 */
export type Format = 'anthropic-messages' | 'openai-chat' | 'openai-responses' | 'gemini';
/**
 * Kind of call, independent of wire format (Kong naming).
 */
export type RouteType =
  'llm/v1/chat' | 'llm/v1/completions' | 'llm/v1/embeddings' | 'llm/v1/count_tokens' | 'files/v1/batches';

export interface TranslationCoverage {
  from: Format;
  to: Format;
  routeType: RouteType;
  /**
   * The two format mappers composing the pair through the translation IR (ingress mapper → upstream mapper), paths under runtime/.
   */
  transcoder: string;
  request: {
    field: string;
    to: string;
    note?: string;
  }[];
  response: {
    field: string;
    to: string;
    note?: string;
  }[];
  unsupported: {
    field: string;
    /**
     * advisory: dropping it does not change what the caller relies on; semantic: it does.
     */
    loss: 'advisory' | 'semantic';
    reason: string;
  }[];
}
