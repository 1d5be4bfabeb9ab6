/**
 * Capability table of the `ollama` provider type (a local Ollama server's
 * OpenAI-compatible API, default `http://127.0.0.1:11434/v1`). No
 * authentication: no provider key is sent (put one in `headers` for a
 * server behind an authenticating proxy).
 *
 * Dialect: the output limit is `max_tokens` (the documented request fields
 * have no `max_completion_tokens`); thinking models return reasoning in
 * `reasoning`; `stream_options.include_usage` is honoured.
 *
 * Source: https://docs.ollama.com/api/openai-compatibility (supported request
 * fields), https://ollama.com/library/gpt-oss (context window). Catalog: a
 * model as published in the Ollama library; any pulled model is routed.
 * The library publishes no separate output limit, so max output is the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { openaiCompatibleRoutes } from '../openai-compatible.ts';

const ollama: ProviderSpec = {
  type: 'ollama',
  displayName: 'Ollama',
  nativeFormat: 'openai-chat',
  baseUrl: 'http://127.0.0.1:11434/v1',
  docs: 'https://docs.ollama.com/api/openai-compatibility',
  auth: null,
  dialect: {
    maxTokensField: 'max_tokens',
    reasoningField: 'reasoning',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'Ollama', modelExample: 'gpt-oss:20b', minVersion: '0.1.0', embeddingsPath: '/embeddings', embeddingsModelExample: 'all-minilm' }),
  models: [
    { id: 'gpt-oss:20b', displayName: 'gpt-oss 20B', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text'], thinking: true },
  ],
};
export default ollama;
