/**
 * Adapter of the `foundry` provider type (Claude in Microsoft Foundry): what
 * its spec (specs/providers/foundry.ts) cannot say.
 *
 * - configure: `key_header` is `x-api-key` or `api-key`; a provider with
 *   neither a resource key nor `entra_token` gets a start-up warning.
 * - Authentication: `entra_token` set → `Authorization: Bearer <token>`
 *   (Microsoft Entra ID); otherwise the resource key (`api_key`, or the
 *   caller's own under `caller_keys: passthrough`) in `key_header`
 *   (default `x-api-key`, as @anthropic-ai/foundry-sdk sends it).
 * - Error normalisation: failures answered by Azure's API gateway in front of
 *   the model (401 key/token, 404 unknown deployment or path, 429 quota) use
 *   Azure's envelope `{"error":{"code":"401","message"}}`; they become
 *   Anthropic's envelope with the same status. The model's own errors are
 *   already Anthropic's and pass unchanged.
 *
 * URL, body and streaming need no hook: Foundry's Claude endpoint is
 * Anthropic's Messages API under `{base}/v1/messages`.
 *
 * Source: Microsoft Foundry "Deploy and use Claude models", @anthropic-ai/foundry-sdk.
 */
import { cloudErrorToAnthropic } from './vertex.ts';
import type { ProviderAdapter } from './types.ts';

const KEY_HEADERS = new Set(['x-api-key', 'api-key']);

const foundry: ProviderAdapter = {
  configure(p) {
    const problems: string[] = [];
    const warnings: string[] = [];
    const header = p.options.key_header ?? 'x-api-key';
    if (!KEY_HEADERS.has(header)) problems.push(`providers.${p.name}.key_header: must be x-api-key or api-key`);
    if (!p.options.entra_token && p.keys.length === 0 && p.callerKeys === 'stored' && !p.simulated) {
      warnings.push(`providers.${p.name}: no api_key or entra_token configured; requests to it will fail with 401 upstream`);
    }
    return { problems, warnings };
  },

  authenticate(req, key, ctx) {
    const entra = ctx.provider.options.entra_token;
    if (entra) req.headers.authorization = `Bearer ${entra}`;
    else if (key !== null) req.headers[ctx.provider.options.key_header || 'x-api-key'] = key;
  },

  normalizeError(status, body) {
    return cloudErrorToAnthropic('Microsoft Foundry', status, body);
  },
};
export default foundry;
