/**
 * Capability table of the `mistral` provider type (Mistral AI La Plateforme).
 *
 * Dialect: the output limit is `max_tokens` (the API has no
 * `max_completion_tokens`; unknown fields are refused), the sampling seed is
 * `random_seed` (OpenAI `seed`), and tool-call ids are 9 alphanumeric
 * characters (a replayed id of another shape is refused). Streams end with a
 * usage chunk.
 *
 * Source: https://docs.mistral.ai/api/ (chat completion request schema),
 * https://docs.mistral.ai/capabilities/function_calling/ (tool call ids),
 * https://docs.mistral.ai/getting-started/models/ (context windows). Mistral
 * publishes no output limit separate from the context window, so the
 * catalog's max output is the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const mistral: ProviderSpec = {
  type: 'mistral',
  displayName: 'Mistral AI',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.mistral.ai/v1',
  docs: 'https://docs.mistral.ai/api/',
  auth: BEARER,
  dialect: {
    maxTokensField: 'max_tokens',
    rejectedParams: ['max_completion_tokens'],
    renamedParams: { seed: 'random_seed' },
    streamUsage: true,
    toolCallId: { maxLength: 9, pattern: '^[a-zA-Z0-9]{9}$' },
  },
  versionHeader: null,
  requestIdHeader: 'mistral-correlation-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'Mistral', modelExample: 'mistral-large-latest', minVersion: '0.1.0', embeddingsPath: '/embeddings', embeddingsModelExample: 'mistral-embed' }),
  models: [
    { id: 'mistral-large-latest', displayName: 'Mistral Large', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text', 'image'], thinking: false },
    { id: 'mistral-small-latest', displayName: 'Mistral Small', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text', 'image'], thinking: false },
    { id: 'codestral-latest', displayName: 'Codestral', contextWindow: 262144, maxOutputTokens: 262144, inputModalities: ['text'], thinking: false },
  ],
};
export default mistral;
