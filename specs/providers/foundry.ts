/**
 * Capability table of the `foundry` provider type: Claude in Microsoft Foundry
 * (Azure AI Foundry), Anthropic's Messages API as is.
 *
 * URL: `{base_url}/v1/messages` and `{base_url}/v1/messages/count_tokens`,
 * where `base_url` is the resource's Anthropic endpoint
 * `https://{resource}.services.ai.azure.com/anthropic` (required: there is no
 * default). The target's `model` is the deployment name, in the body as on
 * Anthropic's API; `anthropic-version` and `anthropic-beta` travel as headers.
 * Auth: the resource key in `x-api-key` (what @anthropic-ai/foundry-sdk sends;
 * `key_header: api-key` sends Azure's `api-key` header instead), or a
 * Microsoft Entra ID access token (`entra_token`, audience
 * `https://cognitiveservices.azure.com`) as `Authorization: Bearer` — the
 * adapter (runtime/providers/foundry.ts) picks it. Request id: `request-id`
 * (Azure adds `apim-request-id`).
 *
 * Source: Microsoft Foundry "Deploy and use Claude models"
 * (https://learn.microsoft.com/azure/ai-foundry/foundry-models/how-to/use-foundry-models-claude),
 * @anthropic-ai/foundry-sdk (base URL, `x-api-key`, `azureADTokenProvider` → Bearer).
 */
import type { ProviderSpec } from '../capability.ts';
import { claudeModelsFor } from '../models/claude.ts';

const foundry: ProviderSpec = {
  type: 'foundry',
  displayName: 'Claude in Microsoft Foundry',
  nativeFormat: 'anthropic-messages',
  baseUrl: null,
  docs: 'https://learn.microsoft.com/azure/ai-foundry/foundry-models/how-to/use-foundry-models-claude',
  auth: { header: 'x-api-key', prefix: '' },
  configOptions: {
    key_header: { description: 'Header that carries the resource key (`api_key`): `x-api-key` (as @anthropic-ai/foundry-sdk) or `api-key` (Azure\'s own).', default: 'x-api-key' },
    entra_token: { description: 'A Microsoft Entra ID access token (audience https://cognitiveservices.azure.com) sent as `Authorization: Bearer` instead of a resource key. It expires (about an hour): rotate it with a config reload.', default: '', secret: true },
  },
  versionHeader: { name: 'anthropic-version', default: '2023-06-01', accepted: ['2023-06-01', '2026-10-21'] },
  requestIdHeader: 'request-id',
  forwardHeaders: ['anthropic-version', 'anthropic-beta', 'user-agent'],
  // Claude in Foundry runs on Anthropic's infrastructure behind Azure's endpoint: the caller's betas go through byte for byte.
  betas: { transport: 'header', accepted: 'all', semantic: [], source: 'https://platform.claude.com/docs/en/build-with-claude/claude-in-microsoft-foundry' },
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat'], nativeOnly: false,
      nativeFormatLimitations: ['`model` is the Foundry deployment name.'],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/v1/messages', streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: '/v1/messages/count_tokens', streaming: false,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: [],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Claude has no embeddings API.' },
    { routeType: 'llm/v1/completions', reason: 'Foundry serves Claude through the Messages API only.' },
    { routeType: 'files/v1/batches', reason: 'Foundry\'s Claude endpoint has no Message Batches.' },
  ],
  // The Claude catalog's ids on Foundry (specs/models/claude.ts): capabilities and lifecycle per model; any other deployment is routed, only not catalogued.
  models: claudeModelsFor('foundry'),
};
export default foundry;
