/**
 * Capability table of the `groq` provider type (GroqCloud, OpenAI-compatible).
 *
 * Dialect: `logprobs`, `logit_bias`, `top_logprobs` and `messages[].name` are
 * answered with a 400 ("currently not supported and will result in a 400
 * error"); reasoning models return their reasoning in `reasoning`
 * (`reasoning_format: parsed`, the default for them when tools or JSON mode
 * are used).
 *
 * Source: https://console.groq.com/docs/openai (unsupported fields),
 * https://console.groq.com/docs/reasoning (reasoning field),
 * https://console.groq.com/docs/models (context window, max output).
 */
import type { ProviderSpec } from '../capability.ts';
import { BEARER, openaiCompatibleRoutes } from '../openai-compatible.ts';

const groq: ProviderSpec = {
  type: 'groq',
  displayName: 'Groq',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.groq.com/openai/v1',
  docs: 'https://console.groq.com/docs/openai',
  auth: BEARER,
  dialect: {
    reasoningField: 'reasoning',
    rejectedParams: ['logprobs', 'logit_bias', 'top_logprobs', 'messages[].name'],
    streamUsage: true,
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'Groq', modelExample: 'llama-3.3-70b-versatile', minVersion: '0.1.0' }),
  models: [
    { id: 'llama-3.3-70b-versatile', displayName: 'Llama 3.3 70B Versatile', contextWindow: 131072, maxOutputTokens: 32768, inputModalities: ['text'], thinking: false },
    { id: 'llama-3.1-8b-instant', displayName: 'Llama 3.1 8B Instant', contextWindow: 131072, maxOutputTokens: 131072, inputModalities: ['text'], thinking: false },
    { id: 'openai/gpt-oss-120b', displayName: 'GPT-OSS 120B', contextWindow: 131072, maxOutputTokens: 65536, inputModalities: ['text'], thinking: true },
  ],
};
export default groq;
