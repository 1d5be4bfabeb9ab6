/**
 * Capability table of the `azure-openai` provider type: Azure OpenAI in
 * Microsoft Foundry, data-plane inference API with dated versions.
 *
 * URL: `{base_url}/openai/deployments/{deployment}/chat/completions?api-version=…`
 * where `base_url` is the resource endpoint (`https://<resource>.openai.azure.com`,
 * required: there is no default) and the target's `model` is the deployment
 * name. The `api-version` query comes from `providers.<name>.api_version`
 * (default `2024-10-21`, the latest GA version of the dated inference API);
 * the URL template and query are the adapter's (runtime/providers/azure-openai.ts).
 * Auth: the `api-key` header. Request id: `apim-request-id`.
 *
 * Source: Azure OpenAI REST reference
 * (https://learn.microsoft.com/azure/ai-foundry/openai/reference), API version
 * lifecycle page. Catalog: the models most often deployed under their own
 * name, with OpenAI's published limits (a deployment of another name is
 * routed, only not catalogued).
 */
import type { ProviderSpec } from '../capability.ts';
import { openaiCompatibleRoutes } from '../openai-compatible.ts';

const azureOpenai: ProviderSpec = {
  type: 'azure-openai',
  displayName: 'Azure OpenAI',
  nativeFormat: 'openai-chat',
  baseUrl: null,
  docs: 'https://learn.microsoft.com/azure/ai-foundry/openai/reference',
  auth: { header: 'api-key', prefix: '' },
  configOptions: {
    api_version: {
      description: 'Azure OpenAI `api-version` query parameter sent with every request (dated data-plane inference API).',
      default: '2024-10-21',
    },
  },
  dialect: {},
  versionHeader: null,
  requestIdHeader: 'apim-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({
    name: 'Azure OpenAI', modelExample: 'gpt-4.1', minVersion: '0.1.0',
    chatPath: '/openai/deployments/{model}/chat/completions',
    embeddingsPath: '/openai/deployments/{model}/embeddings', embeddingsModelExample: 'text-embedding-3-small',
  }),
  models: [
    { id: 'gpt-4.1', displayName: 'GPT-4.1', contextWindow: 1047576, maxOutputTokens: 32768, inputModalities: ['text', 'image'], thinking: false },
    { id: 'gpt-4o-mini', displayName: 'GPT-4o mini', contextWindow: 128000, maxOutputTokens: 16384, inputModalities: ['text', 'image'], thinking: false },
    { id: 'o4-mini', displayName: 'o4-mini', contextWindow: 200000, maxOutputTokens: 100000, inputModalities: ['text', 'image'], thinking: true },
  ],
};
export default azureOpenai;
