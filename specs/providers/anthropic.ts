/**
 * Capability table of the `anthropic` provider.
 *
 * Source: Anthropic API reference (https://docs.anthropic.com/en/api), Kong AI
 * Proxy "Anthropic" provider page (capability rows), Anthropic versioning doc
 * (`anthropic-version` 2023-06-01 and 2026-10-21). Model catalog values are the
 * published limits at the time of writing; edit here and run `npm run gen`.
 * `stopsAtWindow`: from Claude Sonnet 4.5 on, a request whose prompt + max_tokens
 * exceeds the window is accepted and stops with `model_context_window_exceeded`
 * (Anthropic context-windows doc), so only the prompt is checked against the window.
 */
import type { ProviderSpec } from '../capability.ts';

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
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-4-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat', 'openai-responses'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-4-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat', 'openai-responses'], nativeOnly: false,
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
      modelExample: 'claude-sonnet-4-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-responses'], nativeOnly: false,
      nativeFormatLimitations: ['Served only by an Anthropic-backed target; never estimated. From the Responses format (`POST /v1/responses/input_tokens`) the request is mapped to Anthropic\'s first.'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
    {
      name: 'Batches', routeType: 'files/v1/batches', method: 'POST', upstreamPath: '/v1/messages/batches', streaming: false,
      modelExample: 'claude-sonnet-4-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Native Anthropic format only: batches are not translated from other formats.'],
      usageReported: false, statisticsLimitations: ['Usage is only known per result line once the batch ends; not accounted by the gateway.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Anthropic has no embeddings API.' },
  ],
  // Prices: USD per million tokens as published by Anthropic (each entry names its page and the date it was read).
  // claude-haiku-5-5 stays unpriced: its official page gives only "from $0.10 / $0.50" (its cache and
  // long-prompt tier prices were not found on an Anthropic page); set providers.NAME.pricing to price it.
  models: [
    { id: 'claude-opus-5-5', displayName: 'Claude Opus 5.5', contextWindow: 200000, maxOutputTokens: 128000, inputModalities: ['text', 'image', 'pdf'], thinking: true, stopsAtWindow: true,
      pricing: { input: 4, output: 20, cacheRead: 0.2, cacheWrite5m: 5, cacheWrite1h: 8, batchDiscount: 0.5, date: '2026-12-06', source: 'https://platform.claude.com/docs/zh-CN/models/opus-5-5/overview' } },
    { id: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5', contextWindow: 200000, maxOutputTokens: 128000, inputModalities: ['text', 'image', 'pdf'], thinking: true, stopsAtWindow: true,
      pricing: { input: 2, output: 10, cacheRead: 0.2, cacheWrite5m: 2.5, cacheWrite1h: 4, batchDiscount: 0.5, date: '2026-12-06', source: 'https://platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview' } },
    { id: 'claude-haiku-5-5', displayName: 'Claude Haiku 5.5', contextWindow: 200000, maxOutputTokens: 64000, inputModalities: ['text', 'image', 'pdf'], thinking: true, stopsAtWindow: true },
    { id: 'claude-sonnet-4-5', displayName: 'Claude Sonnet 4.5', contextWindow: 200000, maxOutputTokens: 64000, inputModalities: ['text', 'image', 'pdf'], thinking: true, stopsAtWindow: true,
      pricing: { input: 3, output: 15, cacheRead: 0.3, cacheWrite5m: 3.75, cacheWrite1h: 6, date: '2026-12-06', source: 'https://platform.claude.com/docs/zh-CN/about-claude/pricing' } },
    { id: 'claude-haiku-4-5', displayName: 'Claude Haiku 4.5', contextWindow: 200000, maxOutputTokens: 64000, inputModalities: ['text', 'image', 'pdf'], thinking: true, stopsAtWindow: true,
      pricing: { input: 1, output: 5, cacheRead: 0.1, cacheWrite5m: 1.25, cacheWrite1h: 2, date: '2026-12-06', source: 'https://platform.claude.com/docs/zh-CN/about-claude/pricing' } },
    { id: 'claude-opus-4-1', displayName: 'Claude Opus 4.1', contextWindow: 200000, maxOutputTokens: 32000, inputModalities: ['text', 'image', 'pdf'], thinking: true,
      pricing: { input: 15, output: 75, cacheRead: 1.5, cacheWrite5m: 18.75, cacheWrite1h: 30, date: '2026-12-06', source: 'https://platform.claude.com/docs/zh-CN/about-claude/pricing' } },
  ],
};
export default anthropic;
