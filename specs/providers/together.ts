/**
 * Capability table of the `together` provider type (Together AI).
 *
 * Dialect: the output limit is `max_tokens`; streams end with a usage chunk
 * when `stream_options.include_usage` is set.
 *
 * Source: https://docs.together.ai/docs/openai-api-compatibility,
 * https://docs.together.ai/reference/chat-completions-1,
 * https://docs.together.ai/docs/serverless-models (context length). Together
 * publishes no output limit separate from the context length, so the
 * catalog's max output is the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const together: ProviderSpec = {
  type: 'together',
  displayName: 'Together AI',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.together.xyz/v1',
  docs: 'https://docs.together.ai/docs/openai-api-compatibility',
  auth: BEARER,
  dialect: {
    maxTokensField: 'max_tokens',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({
    name: 'Together AI', modelExample: 'meta-llama/Llama-3.3-70B-Instruct-Turbo', minVersion: '0.1.0',
    embeddingsPath: '/embeddings', embeddingsModelExample: 'BAAI/bge-large-en-v1.5',
  }),
  models: [
    { id: 'meta-llama/Llama-3.3-70B-Instruct-Turbo', displayName: 'Llama 3.3 70B Instruct Turbo', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text'], thinking: false },
  ],
};
export default together;
