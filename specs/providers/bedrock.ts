/**
 * Capability table of the `bedrock` provider type: Claude on Amazon Bedrock
 * through InvokeModel (the Anthropic Messages body in Bedrock's envelope).
 *
 * URL: `{base}/model/{modelId}/invoke`, `…/invoke-with-response-stream` when
 * the caller streams, `…/count-tokens` for token counting; base default
 * `https://bedrock-runtime.{region}.amazonaws.com` (`region` from
 * `providers.<name>.region`). `{modelId}` is the target's `model`: a Bedrock
 * model id (`anthropic.claude-…-v1:0`), an inference profile (`us.…`,
 * `eu.…`, `global.…`) or an ARN, percent-encoded as the AWS SDK does.
 * Body: `model` and `stream` removed, `anthropic_version: "bedrock-2023-05-31"`
 * added, accepted betas as the body array `anthropic_beta` (see `betas`).
 * Auth: AWS SigV4 (service `bedrock`) from `aws_access_key_id`,
 * `aws_secret_access_key` and optional `aws_session_token`, or a Bedrock API
 * key in `api_key` sent as `Authorization: Bearer`. Streams arrive as
 * `application/vnd.amazon.eventstream` and are decoded into Anthropic SSE.
 * Everything the spec cannot say is the adapter's (runtime/providers/bedrock.ts).
 *
 * Source: Amazon Bedrock API reference (InvokeModel,
 * InvokeModelWithResponseStream, CountTokens), user guide "Anthropic Claude
 * Messages API" (request and response, `anthropic_beta`), SigV4 docs, Bedrock
 * API keys doc. Model ids: the shared Claude catalog (specs/models/claude.ts:
 * Bedrock model ids and cross-region inference-profile ids).
 */
import type { ProviderSpec } from '../capability.ts';
import { claudeModelsFor } from '../models/claude.ts';
import { BEDROCK_BETAS, CLOUD_RENAMED_BETAS, SEMANTIC_BETAS } from '../anthropic-betas.ts';

const translatedFormats = ['openai-chat'] as const;

const bedrock: ProviderSpec = {
  type: 'bedrock',
  displayName: 'Amazon Bedrock',
  nativeFormat: 'anthropic-messages',
  baseUrl: 'https://bedrock-runtime.{region}.amazonaws.com',
  docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
  // A Bedrock API key travels as a bearer token; SigV4 signing is the adapter's `authenticate`.
  auth: { header: 'authorization', prefix: 'Bearer ' },
  configOptions: {
    region: { description: 'AWS region of the Bedrock runtime endpoint (e.g. `us-east-1`); also the SigV4 signing region.', default: '', required: true },
    aws_access_key_id: { description: 'AWS access key id for SigV4 signing (with `aws_secret_access_key`); stands for the credential in key rotation and /health.', default: '', providerKey: true },
    aws_secret_access_key: { description: 'AWS secret access key for SigV4 signing; never sent, logged or shown.', default: '', secret: true },
    aws_session_token: { description: 'Optional AWS session token (temporary credentials), sent as `x-amz-security-token`.', default: '', secret: true },
  },
  versionHeader: null,
  requestIdHeader: 'x-amzn-requestid',
  forwardHeaders: ['user-agent'],
  betas: {
    transport: 'body',
    accepted: [...BEDROCK_BETAS],
    renamed: { ...CLOUD_RENAMED_BETAS },
    semantic: [...SEMANTIC_BETAS],
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
  },
  capabilities: [
    {
      name: 'Chat completions', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/model/{model}/invoke', streaming: true,
      modelExample: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [...translatedFormats], nativeOnly: false,
      nativeFormatLimitations: [
        'Streams use InvokeModelWithResponseStream (`/model/{model}/invoke-with-response-stream`, AWS event-stream framing), decoded into Anthropic SSE.',
        '`anthropic-beta` values Bedrock does not accept are dropped (advisory, named in x-switchyard-degraded) or rejected (semantic).',
      ],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Function calling', routeType: 'llm/v1/chat', method: 'POST', upstreamPath: '/model/{model}/invoke', streaming: true,
      modelExample: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [...translatedFormats], nativeOnly: false,
      nativeFormatLimitations: [],
      usageReported: true, statisticsLimitations: [],
    },
    {
      name: 'Token counting', routeType: 'llm/v1/count_tokens', method: 'POST', upstreamPath: '/model/{model}/count-tokens', streaming: false,
      modelExample: 'anthropic.claude-haiku-4-5-20251001-v1:0', minVersion: '0.1.0', nativeFormats: ['anthropic-messages'], translatedFormats: [], nativeOnly: true,
      nativeFormatLimitations: ['Bedrock CountTokens with the InvokeModel body (base64 in `input.invokeModel.body`); its `inputTokens` answer becomes `input_tokens`.'],
      usageReported: false, statisticsLimitations: ['Counting is not billed and reports no usage.'],
    },
  ],
  unsupported: [
    { routeType: 'llm/v1/embeddings', reason: 'Claude has no embeddings; Bedrock embedding models are not served by this provider type.' },
    { routeType: 'llm/v1/completions', reason: 'Bedrock serves Claude through the Messages body only (no Text Completions).' },
    { routeType: 'files/v1/batches', reason: 'Bedrock batch inference is an S3 job API, not the Message Batches API.' },
  ],
  // The shared Claude catalog (limits, capabilities, prices, lifecycle) with Bedrock's model ids and inference profiles: specs/models/claude.ts.
  models: claudeModelsFor('bedrock'),
};
export default bedrock;
