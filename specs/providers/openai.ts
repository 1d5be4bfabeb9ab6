/**
 * Capability table of the `openai` provider.
 *
 * Source: OpenAI API reference (https://platform.openai.com/docs/api-reference),
 * Kong AI Proxy "OpenAI" provider page. Model catalog values are the published
 * limits at the time of writing; edit here and run `npm run gen`.
 */
import type { ProviderSpec } from '../capability.ts';

const openai: ProviderSpec = {
  type: 'openai',
  displayName: 'OpenAI',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.openai.com/v1',
  docs: 'https://platform.openai.com/docs/api-reference/chat',
  auth: { header: 'authorization', prefix: 'Bearer ' },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['openai-organization', 'openai-project', 'user-agent'],
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/chat/completions', streaming: true,
      modelExample: 'gpt-4.1', minVersion: '0.1.0', nativeFormats: ['openai-chat'], translatedFormats: ['anthropic-messages'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: ['Streams report usage only when `stream_options.include_usage` is set; the gateway sets it on translated streams.'],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/chat/completions', streaming: true,
      modelExample: 'gpt-4.1', minVersion: '0.1.0', nativeFormats: ['openai-chat'], translatedFormats: ['anthropic-messages'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Responses', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/responses', streaming: true,
      modelExample: 'gpt-4.1', minVersion: '0.1.0', nativeFormats: ['openai-responses'], translatedFormats: [], nativeOnly: false,
      nativeFormatLimitations: ['previous_response_id chains of responses created by OpenAI are kept by OpenAI (passed through); the gateway also stores them for retrieval by their owner.'],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Responses input token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: '/responses/input_tokens', streaming: false,
      modelExample: 'gpt-4.1', minVersion: '0.1.0', nativeFormats: ['openai-responses'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Only from the Responses format (`POST /v1/responses/input_tokens`); Chat Completions has no counting endpoint.'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
    {
      name: 'Completions (legacy)', routeType: 'llm/v1/completions', method: 'POST', upstreamPath: '/completions', streaming: true,
      modelExample: 'gpt-3.5-turbo-instruct', minVersion: '0.1.0', nativeFormats: ['openai-chat'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Embeddings', routeType: 'llm/v1/embeddings', method: 'POST', upstreamPath: '/embeddings', streaming: false,
      modelExample: 'text-embedding-3-small', minVersion: '0.1.0', nativeFormats: ['openai-chat'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: ['Only input tokens are reported.'],
    },
  ],
  unsupported: [
    { routeType: 'files/v1/batches', reason: 'Anthropic Message Batches are not an OpenAI API.' },
  ],
  // Prices: USD per million tokens from OpenAI's own model pages (source and date per entry). The other
  // models stay unpriced: no OpenAI page with their current price was found (OpenAI's pricing page no
  // longer lists the GPT-4.x family); set providers.NAME.pricing to price them.
  models: [
    { id: 'gpt-4.1', displayName: 'GPT-4.1', contextWindow: 1047576, maxOutputTokens: 32768, inputModalities: ['text', 'image'], thinking: false },
    { id: 'gpt-4.1-nano', displayName: 'GPT-4.1 nano', contextWindow: 1047576, maxOutputTokens: 32768, inputModalities: ['text', 'image'], thinking: false },
    { id: 'gpt-4o-mini', displayName: 'GPT-4o mini', contextWindow: 128000, maxOutputTokens: 16384, inputModalities: ['text', 'image'], thinking: false },
    { id: 'gpt-5-nano', displayName: 'GPT-5 nano', contextWindow: 400000, maxOutputTokens: 128000, inputModalities: ['text', 'image'], thinking: true,
      pricing: { input: 0.05, output: 0.4, cacheRead: 0.005, date: '2026-12-06', source: 'https://developers.openai.com/api/docs/models/gpt-5-nano' } },
    { id: 'o4-mini', displayName: 'o4-mini', contextWindow: 200000, maxOutputTokens: 100000, inputModalities: ['text', 'image'], thinking: true },
    { id: 'gpt-3.5-turbo-instruct', displayName: 'GPT-3.5 Turbo Instruct', contextWindow: 4096, maxOutputTokens: 4096, inputModalities: ['text'], thinking: false },
    { id: 'text-embedding-3-small', displayName: 'text-embedding-3-small', contextWindow: 8191, maxOutputTokens: 0, inputModalities: ['text'], thinking: false },
  ],
};
export default openai;
