/**
 * Simulated Microsoft Foundry (Claude in Azure AI Foundry) — the upstream of
 * the gateway's `foundry` provider type in tests, benchmarks and
 * `switchyard simulate` (base URL `{sim}/anthropic`, like
 * `https://{resource}.services.ai.azure.com/anthropic`).
 *
 * Routes: `POST /anthropic/v1/messages` (the Anthropic module's Messages route:
 * `model` = the deployment name in the body, JSON or SSE per body `stream`,
 * text, tool_use and signed thinking from ../anthropic.ts) and
 * `POST /anthropic/v1/messages/count_tokens`. The `anthropic-version` header is
 * required; `anthropic-beta` values must be ones Foundry takes (the `foundry`
 * spec's accepted betas, or `betas`; any when neither lists them). Query
 * strings (`?beta=true`) are ignored as on the first-party API.
 *
 * Auth: the resource key in `api-key` or `x-api-key` (@anthropic-ai/foundry-sdk
 * sends `x-api-key`), or `Authorization: Bearer <Entra token>`. Keys and tokens
 * must be in `apiKeys` / `entraTokens` when given; otherwise (the
 * `switchyard simulate` default) any value passes except one starting `bad-`.
 * Auth failures are 401 in Azure's envelope `{"error":{"code":"401","message"}}`
 * (the API-management gateway in front of the model answers them); every other
 * error is Anthropic's envelope (`event: error` mid-stream). Answers carry
 * `request-id`, `apim-request-id` and `x-ms-region`.
 *
 * Sources: Microsoft Foundry "Deploy and use Claude models" docs (endpoint shape,
 * `api-key`/Entra auth), the @anthropic-ai/foundry-sdk client (base URL,
 * `x-api-key`, `azureADTokenProvider` → Bearer), Azure AI services 401 messages.
 */
import { timingSafeEqual } from 'node:crypto';
import { PROVIDERS } from '../../../generated/capabilities.ts';
import { anthropicErrorBody } from '../anthropic.ts';
import { anthropic } from './anthropic.ts';
import { HttpError, type SimRoute, type SimulatedProvider } from './types.ts';

/** Options of the simulated Foundry (`startSimulator({ foundry })`). */
export interface FoundrySimOptions {
  /** Resource keys accepted in `api-key` / `x-api-key`; default: any but `bad-…` (when entraTokens is unset too). */
  apiKeys?: string[];
  /** Microsoft Entra access tokens accepted as `Authorization: Bearer`. */
  entraTokens?: string[];
  /** `anthropic-beta` values accepted; default the `foundry` spec's accepted betas (any when it lists none). */
  betas?: readonly string[];
  /** Azure region reported in `x-ms-region`; default `East US 2`. */
  region?: string;
}

const KEY_DENIED = 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
const TOKEN_DENIED = 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.';
const MISSING = 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.';
/** Marks an error answered by Azure's gateway (Azure envelope) rather than the model. */
const AZURE = 'AZURE';

function contains(list: readonly string[], value: string): boolean {
  const v = Buffer.from(value);
  let hit = false;
  for (const k of list) {
    const b = Buffer.from(k);
    if (b.length === v.length && timingSafeEqual(b, v)) hit = true;
  }
  return hit;
}

function specBetas(): readonly string[] | undefined {
  const b = (PROVIDERS.foundry as { betas?: { accepted?: unknown } }).betas?.accepted;
  return Array.isArray(b) ? (b as string[]) : undefined;
}

/** The simulated Foundry of one simulator. */
export function foundryProvider(opts: FoundrySimOptions = {}): SimulatedProvider {
  const keys = opts.apiKeys ?? [];
  const entra = opts.entraTokens ?? [];
  const permissive = keys.length === 0 && entra.length === 0;
  const betaList = opts.betas ?? specBetas();
  const betas = betaList ? new Set(betaList) : undefined;
  const region = opts.region ?? 'East US 2';
  const azure401 = (message: string) => new HttpError(401, message, null, AZURE, [['www-authenticate', 'Bearer']]);
  const wrap = (r: SimRoute): SimRoute => ({
    ...r,
    path: `/anthropic(?:/v1)?${r.path}`,
    handler: (ex, body, c, params) => {
      if (!ex.rec.headers['anthropic-version']) throw new HttpError(400, 'anthropic-version: header is required');
      const header = ex.rec.headers['anthropic-beta'];
      if (header && betas) {
        for (const b of header.split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!betas.has(b)) throw new HttpError(400, `Unexpected value(s) \`${b}\` for the \`anthropic-beta\` header.`);
        }
      }
      if (typeof body.model === 'string') body.model = body.model.split('?')[0]; // the deployment, without simulator controls
      return r.handler(ex, body, c, params);
    },
  });
  return {
    ...anthropic,
    name: 'foundry',
    routes: anthropic.routes.filter((r) => r.method === 'POST' && (r.path === '/messages' || r.path === '/messages/count_tokens')).map(wrap),
    claims: (path) => path.startsWith('/anthropic/'),
    apiKey: (headers) => headers['api-key'] || headers['x-api-key'] || /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1],
    authenticate(headers) {
      const key = headers['api-key'] || headers['x-api-key'];
      if (key) return (permissive ? !key.startsWith('bad-') : contains(keys, key)) ? undefined : azure401(KEY_DENIED);
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
      if (bearer) return (permissive ? !bearer.startsWith('bad-') : contains(entra, bearer)) ? undefined : azure401(TOKEN_DENIED);
      return azure401(MISSING);
    },
    missingKeyMessage: MISSING,
    badKey: () => azure401(KEY_DENIED),
    headers: (reqId) => [['request-id', reqId], ['apim-request-id', `00000000-0000-4000-8000-${reqId.replace(/\D/g, '').padStart(12, '0').slice(-12)}`], ['x-ms-region', region], ['x-switchyard-simulator', '1']],
    errorBody: (ex, status, message, err) => (err?.code === AZURE || (err !== undefined && status === 404)
      ? { error: { code: String(status), message: message ?? 'Error' } }
      : anthropicErrorBody(status, ex.reqId, message)),
    notFoundMessage: (_method, _path, pathKnown) => (pathKnown ? 'Method not allowed' : 'Resource not found'),
  };
}
