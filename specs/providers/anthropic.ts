/**
 * Capability table of the `anthropic` provider.
 *
 * Source: Anthropic API reference (https://docs.anthropic.com/en/api), Kong AI
 * Proxy "Anthropic" provider page (capability rows), Anthropic versioning doc
 * (`anthropic-version` 2023-06-01 and 2026-10-21). The model catalog is the
 * shared Claude catalog (specs/models/claude.ts): edit there and run `npm run gen`.
 * `stopsAtWindow`: from Claude Sonnet 4.5 on, a request whose prompt + max_tokens
 * exceeds the window is accepted and stops with `model_context_window_exceeded`
 * (Anthropic context-windows doc), so only the prompt is checked against the window.
 */
import type { ProviderSpec } from '../capability.ts';
import { claudeModelsFor } from '../models/claude.ts';

const anthropic: ProviderSpec = {
  type: 'anthropic',
  displayName: 'Anthropic',
  nativeFormat: 'anthropic-messages',
  baseUrl: 'https://api.anthropic.com',
  docs: 'https://docs.anthropic.com/en/api/messages',
  auth: { header: 'x-api-key', prefix: '' },
  versionHeader: { name: 'anthropic-version', default: '2023-06-01', accepted: ['2023-06-01', '2026-10-21'] },
  requestIdHeader: 'request-id',
  forwardHeaders: ['anthropic-version', 'anthropic-beta', 'x-stainless-helper-method', 'user-agent'],
  // Anthropic's own API takes every beta: the caller's header goes upstream byte for byte.
  betas: { transport: 'header', accepted: 'all', semantic: [], source: 'https://docs.anthropic.com/en/api/beta-headers' },
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat', 'gemini', 'openai-responses'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat', 'gemini', 'openai-responses'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Completions (legacy)', routeType: 'llm/v1/completions', method: 'POST', upstreamPath: '/v1/complete', streaming: false,
      modelExample: 'claude-2.1', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Streaming is not supported through the gateway.', 'Legacy API: only models that still serve Text Completions accept it.'],
      usageReported: false, statisticsLimitations: ['The Text Completions response carries no token usage.'],
    },
    {
      name: 'Token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: '/v1/messages/count_tokens', streaming: false,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['gemini', 'openai-responses'], nativeOnly: false,
      nativeFormatLimitations: ['Served only by an Anthropic-backed target; never estimated.', 'Gemini countTokens is translated (contents, systemInstruction, tools); Responses `POST /v1/responses/input_tokens` is mapped to Anthropic\'s request first; OpenAI Chat has no token counting.'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
    {
      name: 'Batches', routeType: 'files/v1/batches', method: 'POST', upstreamPath: '/v1/messages/batches', streaming: false,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Native Anthropic format only: batches are not translated from other formats.'],
      usageReported: false, statisticsLimitations: ['Usage is only known per result line once the batch ends; not accounted by the gateway.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Anthropic has no embeddings API.' },
  ],
  // The Claude catalog (limits, capabilities, prices, lifecycle) is shared with the cloud providers: specs/models/claude.ts.
  models: claudeModelsFor('anthropic'),
};
export default anthropic;
