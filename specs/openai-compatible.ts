/**
 * Shared rows of the OpenAI-compatible provider specs (specs/providers/*.ts
 * whose native format is `openai-chat` and whose API follows OpenAI's Chat
 * Completions: groq, mistral, deepseek, xai, together, fireworks, openrouter,
 * ollama, vllm, azure-openai, openai-compatible).
 *
 * `openaiCompatibleRoutes` returns the `capabilities` and `unsupported` rows of
 * such a provider: chat completions and function calling (native for OpenAI
 * callers, translated for Anthropic callers), embeddings when the provider
 * serves them, and a reason for every other route type. A provider spec
 * spreads it and adds what is its own (base URL, auth, dialect, catalog).
 *
 * Source: OpenAI Chat Completions reference
 * (https://platform.openai.com/docs/api-reference/chat) as the reference API;
 * each provider's compatibility page, cited in its spec file, for the rest.
 */
import type { Capability, Unsupported } from './capability.ts';

/** What differs between the OpenAI-compatible providers' route rows. */
export interface OpenAICompatibleRoutes {
  /** Provider name used in the reasons (e.g. "Groq"). */
  name: string;
  /** Model id shown as the example of every capability. */
  modelExample: string;
  /** Upstream path of chat completions below the base URL. Default `/chat/completions`. */
  chatPath?: string;
  /** Upstream path of embeddings when the provider serves them; absent: unsupported. */
  embeddingsPath?: string;
  /** Embedding model example (with embeddingsPath). */
  embeddingsModelExample?: string;
  /** Statistics-logging limitations of chat (e.g. how streamed usage arrives). */
  chatStatisticsLimitations?: string[];
  /** Switchyard version that introduced the provider type. */
  minVersion: string;
}

/** Capability and unsupported rows of an OpenAI-compatible provider. */
export function openaiCompatibleRoutes(o: OpenAICompatibleRoutes): { capabilities: Capability[]; unsupported: Unsupported[] } {
  const chatPath = o.chatPath ?? '/chat/completions';
  const chat = (name: string): Capability => ({
    name, routeType: 'llm/v1/chat', method: 'POST', upstreamPath: chatPath, streaming: true,
    modelExample: o.modelExample, minVersion: o.minVersion, nativeFormats: ['openai-chat'], translatedFormats: ['anthropic-messages', 'openai-responses'], nativeOnly: false,
    nativeFormatLimitations: [],
    usageReported: true, statisticsLimitations: [...(o.chatStatisticsLimitations ?? [])],
  });
  const capabilities: Capability[] = [chat('Chat completions'), chat('Function calling')];
  const unsupported: Unsupported[] = [
    { routeType: 'llm/v1/completions', reason: `Switchyard does not route the legacy Completions API to ${o.name}; use chat completions.` },
    { routeType: 'llm/v1/count_tokens', reason: `${o.name} has no token counting endpoint.` },
    { routeType: 'files/v1/batches', reason: `Anthropic Message Batches are not an ${o.name} API.` },
  ];
  if (o.embeddingsPath) {
    capabilities.push({
      name: 'Embeddings', routeType: 'llm/v1/embeddings', method: 'POST', upstreamPath: o.embeddingsPath, streaming: false,
      modelExample: o.embeddingsModelExample ?? o.modelExample, minVersion: o.minVersion, nativeFormats: ['openai-chat'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: ['Only input tokens are reported.'],
    });
  } else {
    unsupported.push({ routeType: 'llm/v1/embeddings', reason: `${o.name} serves no embeddings through its OpenAI-compatible API.` });
  }
  return { capabilities, unsupported };
}

/** Bearer authentication (`authorization: Bearer <key>`), as OpenAI. */
export const BEARER = { header: 'authorization', prefix: 'Bearer ' } as const;
