/**
 * Capability table of the `openai-compatible` provider type: any server that
 * speaks OpenAI's Chat Completions (LiteLLM, LM Studio, llama.cpp server,
 * TGI, SGLang, corporate proxies…). No default base URL: `base_url` is
 * required in the config. Reference behaviour of OpenAI's API (no dialect);
 * streamed reasoning in `reasoning_content` or `reasoning` is read either way.
 *
 * Source: OpenAI Chat Completions reference
 * (https://platform.openai.com/docs/api-reference/chat). No model catalog:
 * the models are whatever the server hosts.
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const openaiCompatible: ProviderSpec = {
  type: 'openai-compatible',
  displayName: 'OpenAI-compatible server',
  nativeFormat: 'openai-chat',
  baseUrl: null,
  docs: 'https://platform.openai.com/docs/api-reference/chat',
  auth: BEARER,
  dialect: {},
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'the server', modelExample: 'my-model', embeddingsPath: '/embeddings', minVersion: '0.1.0' }),
  models: [],
};
export default openaiCompatible;
