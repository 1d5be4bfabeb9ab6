/**
 * Capability table of the `openrouter` provider type (OpenRouter).
 *
 * Dialect: reasoning arrives in `reasoning` (messages and stream deltas);
 * usage accounting is always on — the last SSE message of a stream carries
 * `usage` — and `stream_options.include_usage` is accepted. Model ids are
 * `<vendor>/<model>`.
 *
 * Source: https://openrouter.ai/docs/api-reference/overview,
 * https://openrouter.ai/docs/use-cases/reasoning-tokens (reasoning field),
 * https://openrouter.ai/docs/use-cases/usage-accounting (usage in the last
 * SSE message). Catalog: OpenAI models with OpenAI's published limits.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const openrouter: ProviderSpec = {
  type: 'openrouter',
  displayName: 'OpenRouter',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://openrouter.ai/api/v1',
  docs: 'https://openrouter.ai/docs/api-reference/overview',
  auth: BEARER,
  dialect: {
    maxTokensField: 'max_tokens',
    reasoningField: 'reasoning',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent', 'http-referer', 'x-title'],
  ...openaiCompatibleRoutes({ name: 'OpenRouter', modelExample: 'openai/gpt-4o-mini', minVersion: '0.1.0' }),
  models: [
    { id: 'openai/gpt-4o-mini', displayName: 'OpenAI: GPT-4o mini', contextWindow: 128000, maxOutputTokens: 16384, inputModalities: ['text', 'image'], thinking: false },
    { id: 'openai/o4-mini', displayName: 'OpenAI: o4-mini', contextWindow: 200000, maxOutputTokens: 100000, inputModalities: ['text', 'image'], thinking: true },
  ],
};
export default openrouter;
