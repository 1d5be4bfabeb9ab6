/**
 * Adapter of the `bedrock` provider type (Claude on Amazon Bedrock,
 * InvokeModel): what its spec (specs/providers/bedrock.ts) cannot say.
 *
 * - url: `/model/{modelId}/invoke`, `/invoke-with-response-stream` when the
 *   caller streams, `/count-tokens`; the model id percent-encoded as the AWS
 *   SDK encodes a path label (`:` → `%3A`).
 * - body envelope (native and translated): `model` and `stream` removed,
 *   `anthropic_version: "bedrock-2023-05-31"` added, the accepted betas
 *   (`ctx.betas`, runtime/providers/betas.ts) as `anthropic_beta`; on the
 *   native route at the byte level (unknown fields, thinking signatures keep
 *   their exact bytes). CountTokens wraps that InvokeModel body as
 *   `{"input":{"invokeModel":{"body":"<base64>"}}}` (with `max_tokens: 1`
 *   when the count request has none: InvokeModel requires it, counting ignores it).
 * - authenticate: a Bedrock API key → `Authorization: Bearer`; the
 *   `aws_access_key_id` credential → AWS SigV4 (service `bedrock`, the
 *   provider's `region`) with `@smithy/signature-v4` and `@aws-crypto/sha256-js`,
 *   one signer per credential (it caches the day's signing key). The payload
 *   hash is computed natively and declared in `x-amz-content-sha256`, so the
 *   signer does not hash the body in JavaScript.
 * - streamFraming: `application/vnd.amazon.eventstream` → Anthropic SSE
 *   (./bedrock/event-stream.ts).
 * - responseBody: CountTokens `{"inputTokens": N}` → `{"input_tokens": N}`.
 * - normalizeError: Bedrock's `x-amzn-ErrorType` + `{"message"}` → the
 *   Anthropic error envelope (./bedrock/event-stream.ts `bedrockErrorType`).
 *
 * Source: Amazon Bedrock API reference (InvokeModel,
 * InvokeModelWithResponseStream, CountTokens, Common errors), AWS SigV4
 * documentation, Bedrock API keys (user guide, "Use an Amazon Bedrock API key").
 */
import { createHash } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { countTopLevelKey, rewriteTopLevel } from '../relay/patch.ts';
import { splitBaseUrl } from '../upstream/index.ts';
import type { ProviderRuntime } from '../config/index.ts';
import type { AdapterContext, ProviderAdapter, UpstreamRequest } from './types.ts';
import { BedrockEventStreamDecoder, normalizeBedrockError } from './bedrock/event-stream.ts';

/** The `anthropic_version` InvokeModel requires for Claude. */
export const BEDROCK_ANTHROPIC_VERSION = 'bedrock-2023-05-31';
const VERSION_JSON = JSON.stringify(BEDROCK_ANTHROPIC_VERSION);
const REMOVED = ['model', 'stream'] as const;

/** The InvokeModel body from the native (Anthropic Messages) body bytes. */
function invokeBody(body: Buffer, ctx: AdapterContext, countTokens: boolean): Buffer {
  const add: Array<[string, string]> = [['anthropic_version', VERSION_JSON]];
  if (ctx.betas.length) add.push(['anthropic_beta', JSON.stringify(ctx.betas)]);
  if (countTokens && countTopLevelKey(body, 'max_tokens') === 0) add.push(['max_tokens', '1']);
  return rewriteTopLevel(body, REMOVED, add);
}

/** CountTokens request: the InvokeModel body, base64, in Bedrock's `input.invokeModel` envelope. */
function countTokensBody(invoke: Buffer): string {
  return `{"input":{"invokeModel":{"body":"${invoke.toString('base64')}"}}}`;
}

/** One signer per (provider, credential): SignatureV4 caches the signing key of the day. */
const signers = new WeakMap<ProviderRuntime, { key: string; signer: SignatureV4 }>();

function signerFor(p: ProviderRuntime, accessKeyId: string): SignatureV4 {
  const cached = signers.get(p);
  if (cached && cached.key === accessKeyId) return cached.signer;
  const o = p.options;
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: o.aws_secret_access_key ?? '', ...(o.aws_session_token ? { sessionToken: o.aws_session_token } : {}) },
    region: o.region ?? '',
    service: 'bedrock',
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  signers.set(p, { key: accessKeyId, signer });
  return signer;
}

/** Parses a query string into the HttpRequest query shape the signer reads. */
function queryOf(q: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!q) return out;
  for (const [k, v] of new URLSearchParams(q)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** Signs `req` in place with AWS SigV4 (service `bedrock`). */
async function signSigV4(req: UpstreamRequest, p: ProviderRuntime, accessKeyId: string): Promise<void> {
  const { origin, prefix, query: baseQuery } = splitBaseUrl(p.baseUrl);
  const url = new URL(origin);
  const query = baseQuery && req.query ? `${baseQuery}&${req.query}` : baseQuery || req.query;
  const headers = req.headers;
  delete headers.authorization;
  headers.host = url.host; // undici sends this host header as is: it is what was signed
  headers['x-amz-content-sha256'] = createHash('sha256').update(req.body ?? '').digest('hex');
  const signed = await signerFor(p, accessKeyId).sign({
    method: req.method,
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: prefix + req.path,
    query: queryOf(query),
    headers,
    body: req.body ?? undefined,
  });
  req.headers = signed.headers as Record<string, string>;
}

const bedrock: ProviderAdapter = {
  url(req, ctx) {
    if (ctx.model !== null) req.path = req.path.replaceAll('{model}', encodeURIComponent(ctx.model));
    if (ctx.stream && ctx.routeType === 'llm/v1/chat' && req.path.endsWith('/invoke')) req.path += '-with-response-stream';
  },

  nativeBody(body, ctx) {
    if (ctx.routeType === 'llm/v1/count_tokens') return countTokensBody(invokeBody(body, ctx, true));
    return invokeBody(body, ctx, false);
  },

  translatedBody(body, ctx) {
    const { model: _m, stream: _s, ...rest } = body;
    void _m; void _s;
    const out: Record<string, unknown> = { anthropic_version: BEDROCK_ANTHROPIC_VERSION, ...rest };
    if (ctx.betas.length) out.anthropic_beta = [...ctx.betas];
    return out;
  },

  async authenticate(req, key, ctx) {
    if (key === null) return;
    const p = ctx.provider;
    // The aws_access_key_id option stands for the SigV4 credential in key rotation; any other key is a Bedrock API key.
    if (p.options.aws_access_key_id && key === p.options.aws_access_key_id && p.options.aws_secret_access_key) await signSigV4(req, p, key);
    else req.headers.authorization = `Bearer ${key}`;
  },

  streamFraming: {
    contentType: 'application/vnd.amazon.eventstream',
    create: () => new BedrockEventStreamDecoder(),
  },

  responseBody(body, ctx) {
    if (ctx.routeType !== 'llm/v1/count_tokens') return body;
    try {
      const v = JSON.parse(body.toString('utf8')) as { inputTokens?: unknown };
      if (typeof v.inputTokens === 'number') return Buffer.from(JSON.stringify({ input_tokens: v.inputTokens }));
    } catch { /* not JSON: relayed as is */ }
    return body;
  },

  normalizeError: normalizeBedrockError,
};
export default bedrock;
