/**
 * `anthropic-beta` facts shared by the Claude-serving provider specs
 * (specs/providers/<type>.ts `betas`, schema and semantics in
 * specs/capability.ts `AnthropicBetas`).
 *
 * Sources: Anthropic "Beta headers" doc (docs.anthropic.com/en/api/beta-headers);
 * Amazon Bedrock user guide, "Anthropic Claude Messages API — Request and
 * Response" (`anthropic_beta` body field) and the beta list it documents (as
 * cited in BerriAI/litellm PR #19877); Claude Code's own beta constants
 * (tool search is `advanced-tool-use-2025-11-20` on the Claude API and
 * `tool-search-tool-2025-10-19` on Bedrock and Vertex AI); field reports of
 * "invalid beta flag" (anthropics/claude-code #49370, #56595, LiteLLM #20021).
 */

/**
 * Betas whose request-body features fail or change meaning without them, so
 * dropping one is a semantic loss (400 naming it): file references, remote MCP
 * servers, server-side code execution and skills, web fetch, schema-constrained
 * output. Every other beta an upstream does not accept is advisory (dropped and
 * named): markers (`claude-code-20250219`), streaming or token-count refinements,
 * caching scope, and the like.
 */
export const SEMANTIC_BETAS: readonly string[] = [
  'files-api-2025-04-14',
  'mcp-client-2025-04-04',
  'mcp-client-2025-11-20',
  'code-execution-2025-05-22',
  'code-execution-2025-08-25',
  'skills-2025-10-02',
  'web-fetch-2025-09-10',
  'structured-outputs-2025-11-13',
];

/**
 * `anthropic_beta` values Amazon Bedrock's InvokeModel accepts for Claude (the
 * list of the Bedrock user guide; anything else is answered with 400
 * ValidationException "invalid beta flag").
 */
export const BEDROCK_BETAS: readonly string[] = [
  'computer-use-2024-10-22',
  'computer-use-2025-01-24',
  'computer-use-2025-11-24',
  'token-efficient-tools-2025-02-19',
  'interleaved-thinking-2025-05-14',
  'output-128k-2025-02-19',
  'dev-full-thinking-2025-05-14',
  'context-1m-2025-08-07',
  'context-management-2025-06-27',
  'effort-2025-11-24',
  'tool-search-tool-2025-10-19',
  'tool-examples-2025-10-29',
];

/** Betas the clouds (Bedrock, Vertex AI) know under another name than the Claude API: caller value → cloud value. */
export const CLOUD_RENAMED_BETAS: Readonly<Record<string, string>> = {
  'advanced-tool-use-2025-11-20': 'tool-search-tool-2025-10-19',
};

/**
 * `anthropic-beta` header values Vertex AI accepts for Claude on `rawPredict` /
 * `streamRawPredict`: the cloud list (as Bedrock's) without `effort-2025-11-24`
 * and `dev-full-thinking-2025-05-14`. Vertex answers anything else with 400
 * "Unexpected value(s) `…` for the `anthropic-beta` header" — reported for
 * Claude Code's `effort-2025-11-24`, `adaptive-thinking-2026-01-28`,
 * `prompt-caching-scope-2026-01-05`, `structured-outputs-2025-11-13`,
 * `web-search-2025-03-05` (anthropics/claude-code #34802, #21625, #12429;
 * vercel/ai #10981); `interleaved-thinking-2025-05-14` and
 * `context-1m-2025-08-07` are confirmed accepted (claude-code #1229, #11154).
 */
export const VERTEX_BETAS: readonly string[] = BEDROCK_BETAS.filter((b) => b !== 'effort-2025-11-24' && b !== 'dev-full-thinking-2025-05-14');
