/**
 * Capability table of the `deepseek` provider type (DeepSeek API).
 *
 * Dialect: the output limit is `max_tokens`; `deepseek-reasoner` returns its
 * chain of thought in `reasoning_content` (beside `content`, in messages and
 * stream deltas); streams honour `stream_options.include_usage`.
 *
 * Source: https://api-docs.deepseek.com/api/create-chat-completion,
 * https://api-docs.deepseek.com/guides/reasoning_model (reasoning_content,
 * max_tokens up to 64K including reasoning),
 * https://api-docs.deepseek.com/quick_start/pricing (128K context; 8K max
 * output for deepseek-chat).
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const deepseek: ProviderSpec = {
  type: 'deepseek',
  displayName: 'DeepSeek',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.deepseek.com/v1',
  docs: 'https://api-docs.deepseek.com/api/create-chat-completion',
  auth: BEARER,
  dialect: {
    maxTokensField: 'max_tokens',
    reasoningField: 'reasoning_content',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'DeepSeek', modelExample: 'deepseek-chat', minVersion: '0.1.0' }),
  models: [
    { id: 'deepseek-chat', displayName: 'DeepSeek Chat', contextWindow: 128000, maxOutputTokens: 8192, inputModalities: ['text'], thinking: false },
    { id: 'deepseek-reasoner', displayName: 'DeepSeek Reasoner', contextWindow: 128000, maxOutputTokens: 65536, inputModalities: ['text'], thinking: true },
  ],
};
export default deepseek;
