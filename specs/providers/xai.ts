/**
 * Capability table of the `xai` provider type (xAI Grok API).
 *
 * Dialect: reasoning models stream their reasoning in `reasoning_content`
 * (recorded: runtime/simulator/recordings/openai-compatible/xai-reasoning-content-tool-call.sse,
 * grok-3-mini) and report reasoning tokens outside `completion_tokens`;
 * streams honour `stream_options.include_usage`.
 *
 * Source: https://docs.x.ai/docs/api-reference (chat completions),
 * https://docs.x.ai/docs/guides/reasoning, https://docs.x.ai/docs/models
 * (context windows). xAI publishes no output limit separate from the context
 * window, so the catalog's max output is the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const xai: ProviderSpec = {
  type: 'xai',
  displayName: 'xAI',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.x.ai/v1',
  docs: 'https://docs.x.ai/docs/api-reference',
  auth: BEARER,
  dialect: {
    reasoningField: 'reasoning_content',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'xAI', modelExample: 'grok-3-mini', minVersion: '0.1.0' }),
  models: [
    { id: 'grok-3-mini', displayName: 'Grok 3 Mini', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text'], thinking: true },
    { id: 'grok-4', displayName: 'Grok 4', contextWindow: 256000, maxOutputTokens: 256000, inputModalities: ['text', 'image'], thinking: true },
  ],
};
export default xai;
