/**
 * Capability table of the `fireworks` provider type (Fireworks AI).
 *
 * Dialect: the output limit is `max_tokens`; streams honour
 * `stream_options.include_usage`. Model ids are account paths
 * (`accounts/fireworks/models/<name>`).
 *
 * Source: https://docs.fireworks.ai/tools-sdks/openai-compatibility,
 * https://docs.fireworks.ai/api-reference/post-chatcompletions, the model
 * pages (context length). Fireworks publishes no output limit separate from
 * the context length, so the catalog's max output is the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const fireworks: ProviderSpec = {
  type: 'fireworks',
  displayName: 'Fireworks AI',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.fireworks.ai/inference/v1',
  docs: 'https://docs.fireworks.ai/tools-sdks/openai-compatibility',
  auth: BEARER,
  dialect: {
    maxTokensField: 'max_tokens',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({
    name: 'Fireworks AI', modelExample: 'accounts/fireworks/models/llama-v3p3-70b-instruct', minVersion: '0.1.0',
    embeddingsPath: '/embeddings', embeddingsModelExample: 'nomic-ai/nomic-embed-text-v1.5',
  }),
  models: [
    { id: 'accounts/fireworks/models/llama-v3p3-70b-instruct', displayName: 'Llama 3.3 70B Instruct', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text'], thinking: false },
  ],
};
export default fireworks;
