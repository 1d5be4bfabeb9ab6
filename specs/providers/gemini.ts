/**
 * Capability table of the `gemini` provider: the Gemini API of Google AI
 * Studio (`generativelanguage.googleapis.com`), native wire format `gemini`.
 *
 * - Auth: the API key in `x-goog-api-key` (what `@google/genai` sends; the
 *   API also takes `?key=`, which the gateway never uses: query strings end
 *   up in access logs).
 * - The model is in the path: `/v1beta/models/{model}:generateContent`; a
 *   stream is `:streamGenerateContent?alt=sse` and token counting
 *   `:countTokens`. The adapter (runtime/providers/gemini.ts) picks the
 *   stream variant and the query — the capability rows name the unary path.
 * - Errors: `{"error":{"code","message","status"}}`; an invalid API key is a
 *   400 INVALID_ARGUMENT with ErrorInfo reason API_KEY_INVALID (normalised to
 *   401 by the adapter so key rotation sees it), quota is 429
 *   RESOURCE_EXHAUSTED with RetryInfo `retryDelay` and no `retry-after` header.
 * - Request id: Google documents no request-id response header; the
 *   gateway's own id is the one callers get (`x-request-id`).
 *
 * Model catalog: published limits (input token limit = context window; output
 * token limit) and prices of the Gemini Developer API, standard tier, USD per
 * million tokens; `cacheRead` is the context-caching (implicit or explicit)
 * price of cached prompt tokens — cache storage per hour is not a per-request
 * price and is not modelled. Prompts above 200,000 tokens are priced by the
 * long-context tier where the model has one. Thinking tokens are billed as
 * output (usage `thoughtsTokenCount` counts into output tokens). Lifecycle
 * per ai.google.dev/gemini-api/docs/models and /deprecations.
 *
 * Source: Gemini API reference (https://ai.google.dev/api/generate-content,
 * https://ai.google.dev/api/tokens), API-key docs
 * (https://ai.google.dev/gemini-api/docs/api-key), errors
 * (https://ai.google.dev/gemini-api/docs/troubleshooting), models
 * (https://ai.google.dev/gemini-api/docs/models), prices
 * (https://ai.google.dev/gemini-api/docs/pricing).
 */
import type { ProviderSpec } from '../capability.ts';

const PRICES = 'https://ai.google.dev/gemini-api/docs/pricing';
const DATE = '2026-12-06';
const IN = 1_048_576;

const gemini: ProviderSpec = {
  type: 'gemini',
  displayName: 'Google Gemini API',
  nativeFormat: 'gemini',
  baseUrl: 'https://generativelanguage.googleapis.com',
  docs: 'https://ai.google.dev/api/generate-content',
  auth: { header: 'x-goog-api-key', prefix: '' },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent', 'x-goog-api-client'],
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1beta/models/{model}:generateContent', streaming: true,
      modelExample: 'gemini-2.5-flash', minVersion: '0.1.0', nativeFormats: ['gemini'], translatedFormats: ['anthropic-messages', 'openai-chat'], nativeOnly: false,
      nativeFormatLimitations: ['Streams are always requested as SSE (`:streamGenerateContent?alt=sse`).', 'candidateCount above 1 is not translated.'],
      usageReported: true, statisticsLimitations: ['Thinking tokens (`thoughtsTokenCount`) are counted as output tokens, as Google bills them.'],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1beta/models/{model}:generateContent', streaming: true,
      modelExample: 'gemini-2.5-flash', minVersion: '0.1.0', nativeFormats: ['gemini'], translatedFormats: ['anthropic-messages', 'openai-chat'], nativeOnly: false,
      nativeFormatLimitations: [
        'Thought signatures of Gemini 3 function calls round-trip through translated callers as thinking-block signatures (sealed, byte for byte).',
        'The signature Gemini 3 puts on the last part of a text answer is not carried to translated callers: it would be a thinking block after the answer text; Google validates signatures of function calls only.',
      ],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: '/v1beta/models/{model}:countTokens', streaming: false,
      modelExample: 'gemini-2.5-flash', minVersion: '0.1.0', nativeFormats: ['gemini'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Served only to Gemini-format callers (`:countTokens`); never estimated.'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Gemini embeddings (embedContent) have their own format, which no ingress format maps yet.' },
    { routeType: 'llm/v1/completions', reason: 'The Gemini API has no legacy text-completions API.' },
    { routeType: 'files/v1/batches', reason: 'Gemini batch mode (batchGenerateContent) is not served through the gateway.' },
  ],
  models: [
    { id: 'gemini-3-pro-preview', displayName: 'Gemini 3 Pro Preview', contextWindow: IN, maxOutputTokens: 65536, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: true, lifecycle: 'preview',
      pricing: { input: 2, output: 12, cacheRead: 0.2, longContext: { thresholdTokens: 200000, input: 4, output: 18, cacheRead: 0.4 }, batchDiscount: 0.5, date: DATE, source: PRICES } },
    { id: 'gemini-3-flash-preview', displayName: 'Gemini 3 Flash Preview', contextWindow: IN, maxOutputTokens: 65536, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: true, lifecycle: 'preview',
      pricing: { input: 0.5, output: 3, cacheRead: 0.05, batchDiscount: 0.5, date: DATE, source: PRICES } },
    { id: 'gemini-2.5-pro', displayName: 'Gemini 2.5 Pro', contextWindow: IN, maxOutputTokens: 65536, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: true, lifecycle: 'stable',
      pricing: { input: 1.25, output: 10, cacheRead: 0.125, longContext: { thresholdTokens: 200000, input: 2.5, output: 15, cacheRead: 0.25 }, batchDiscount: 0.5, date: DATE, source: PRICES } },
    { id: 'gemini-2.5-flash', displayName: 'Gemini 2.5 Flash', contextWindow: IN, maxOutputTokens: 65536, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: true, lifecycle: 'stable',
      pricing: { input: 0.3, output: 2.5, cacheRead: 0.03, batchDiscount: 0.5, date: DATE, source: PRICES } },
    { id: 'gemini-2.5-flash-lite', displayName: 'Gemini 2.5 Flash-Lite', contextWindow: IN, maxOutputTokens: 65536, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: true, lifecycle: 'stable',
      pricing: { input: 0.1, output: 0.4, cacheRead: 0.01, batchDiscount: 0.5, date: DATE, source: PRICES } },
    { id: 'gemini-2.0-flash', displayName: 'Gemini 2.0 Flash', contextWindow: IN, maxOutputTokens: 8192, inputModalities: ['text', 'image', 'pdf', 'audio'], thinking: false, lifecycle: 'deprecated',
      pricing: { input: 0.1, output: 0.4, cacheRead: 0.025, batchDiscount: 0.5, date: DATE, source: PRICES } },
  ],
};
export default gemini;
