/**
 * Capability table of the `vertex` provider type: Claude on Google Cloud
 * Vertex AI (Anthropic's Messages API behind Vertex's `rawPredict`).
 *
 * URL: `{base_url}/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
 * (JSON) and `…:streamRawPredict` (Anthropic SSE, chosen when the caller
 * streams); token counting at `…/publishers/anthropic/models/count-tokens:rawPredict`.
 * `{project}` and `{region}` come from `providers.<name>.project` / `.region`,
 * `{model}` is the target's model (Vertex ids: `claude-sonnet-4-5@20250929`).
 * The default base URL depends on the region: `https://{region}-aiplatform.googleapis.com`,
 * and `https://aiplatform.googleapis.com` for `global` (the adapter's `configure`).
 * Body: `model` removed and `anthropic_version: "vertex-2023-10-16"` added
 * (count-tokens keeps `model`, as Vertex's token counting requires); betas
 * travel in the `anthropic-beta` header; no `anthropic-version` header.
 * Auth: `Authorization: Bearer <OAuth 2.0 access token>` — a fixed
 * `access_token`, or tokens minted by google-auth-library from a service-account
 * key file (`credentials_file`) or application-default credentials, cached and
 * refreshed before expiry (runtime/providers/vertex.ts). Request id: Vertex
 * relays none of Anthropic's; `x-request-id` is used when present.
 *
 * Source: Google Cloud "Use Claude models" / "Count tokens for Claude models"
 * (https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude),
 * @anthropic-ai/vertex-sdk (path building, body rewriting), google-auth-library.
 */
import type { ProviderSpec } from '../capability.ts';
import { claudeModelsFor } from '../models/claude.ts';
import { CLOUD_RENAMED_BETAS, SEMANTIC_BETAS, VERTEX_BETAS } from '../anthropic-betas.ts';

const PREDICT = '/v1/projects/{project}/locations/{region}/publishers/anthropic/models';

const vertex: ProviderSpec = {
  type: 'vertex',
  displayName: 'Claude on Vertex AI',
  nativeFormat: 'anthropic-messages',
  // Shown in docs; the real default is computed from `region` by the adapter (global → https://aiplatform.googleapis.com).
  baseUrl: 'https://{region}-aiplatform.googleapis.com',
  docs: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude',
  auth: { header: 'authorization', prefix: 'Bearer ' },
  configOptions: {
    project: { description: 'Google Cloud project id (the `{project}` of the rawPredict path). Required.', default: '' },
    region: { description: 'Vertex AI location (`us-east5`, `europe-west1`, … or `global`): the `{region}` of the path and of the default base URL.', default: 'global' },
    access_token: { description: 'A fixed OAuth 2.0 access token sent as `Authorization: Bearer` (it expires: for short tests; prefer credentials_file).', default: '', secret: true },
    credentials_file: { description: 'Path of a service-account key file (JSON); tokens are minted with google-auth-library, cached and refreshed before expiry. Neither this nor access_token: application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud, metadata server).', default: '' },
    token_url: { description: 'OAuth 2.0 token endpoint replacing `https://oauth2.googleapis.com/token` for minted tokens (private Google endpoints, local tests).', default: '' },
  },
  versionHeader: null,
  requestIdHeader: 'x-request-id',
  forwardHeaders: ['anthropic-beta', 'user-agent'],
  // Vertex takes a fixed set of betas in the header and rejects the rest (400): the others are dropped and named, or refused when semantic.
  betas: {
    transport: 'header', accepted: [...VERTEX_BETAS], renamed: { ...CLOUD_RENAMED_BETAS }, semantic: [...SEMANTIC_BETAS],
    source: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude (betas as observed: anthropics/claude-code #1229, #11154, #12429, #21625, #34802)',
  },
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: `${PREDICT}/{model}:rawPredict`, streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat'], nativeOnly: false,
      nativeFormatLimitations: ['`model` travels in the path (the body\'s is removed); streaming goes to `:streamRawPredict`.'],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: `${PREDICT}/{model}:rawPredict`, streaming: true,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: ['openai-chat'], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: `${PREDICT}/count-tokens:rawPredict`, streaming: false,
      modelExample: 'claude-sonnet-5-5', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Vertex\'s count-tokens endpoint; the model stays in the body.', '`anthropic-beta` is not sent: Vertex\'s count-tokens rejects every beta value (none changes a count).'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Claude has no embeddings API.' },
    { routeType: 'llm/v1/completions', reason: 'Vertex AI serves Claude through the Messages API only.' },
    { routeType: 'files/v1/batches', reason: 'Vertex batch prediction is a separate job API (BigQuery / Cloud Storage), not Message Batches.' },
  ],
  // The Claude catalog's ids on Vertex AI (specs/models/claude.ts): capabilities and lifecycle per model; any other model enabled in the project is routed, only not catalogued.
  models: claudeModelsFor('vertex'),
};
export default vertex;
