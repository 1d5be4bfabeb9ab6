/**
 * Capability table of the `vllm` provider type (a vLLM OpenAI-compatible
 * server, default `http://127.0.0.1:8000/v1`). No authentication by default
 * (a server started with `--api-key` takes a bearer token: set it in
 * `headers`).
 *
 * Dialect: models served with a `--reasoning-parser` return reasoning in
 * `reasoning` (called `reasoning_content` before vLLM 0.11; the gateway reads
 * both); `stream_options.include_usage` is honoured; `max_tokens` and
 * `max_completion_tokens` are both accepted.
 *
 * Source: https://docs.vllm.ai/en/stable/serving/openai_compatible_server.html,
 * https://docs.vllm.ai/en/stable/features/reasoning_outputs/. No model
 * catalog: the model is whatever the server was started with.
 */
import type { ProviderSpec } from '../capability.ts';
import { openaiCompatibleRoutes } from '../openai-compatible.ts';

const vllm: ProviderSpec = {
  type: 'vllm',
  displayName: 'vLLM',
  nativeFormat: 'openai-chat',
  baseUrl: 'http://127.0.0.1:8000/v1',
  docs: 'https://docs.vllm.ai/en/stable/serving/openai_compatible_server.html',
  auth: null,
  dialect: {
    reasoningField: 'reasoning',
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'vLLM', modelExample: 'Qwen/Qwen3-8B', minVersion: '0.1.0', embeddingsPath: '/embeddings', embeddingsModelExample: 'BAAI/bge-m3' }),
  models: [],
};
export default vllm;
