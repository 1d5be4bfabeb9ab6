/**
 * Adapter of the `azure-openai` provider type: what its spec
 * (specs/providers/azure-openai.ts) cannot say.
 *
 * - URL template: the deployment (the target's `model`) goes into the path —
 *   the capability paths are `/openai/deployments/{model}/…` — and every
 *   request carries the `api-version` query parameter from
 *   `providers.<name>.api_version` (spec default `2024-10-21`) — unless the
 *   `base_url` already carries an `api-version` query, which is sent as is.
 *
 * Authentication needs no hook: the spec's `auth` (`api-key` header, no
 * prefix) is the default. The body keeps `model` (Azure ignores it; the
 * deployment in the path decides).
 *
 * Source: Azure OpenAI REST reference, "Chat completions"
 * (`POST {endpoint}/openai/deployments/{deployment-id}/chat/completions?api-version={api-version}`).
 */
import type { ProviderAdapter } from './types.ts';

const azureOpenai: ProviderAdapter = {
  url(req, ctx) {
    // The default URL template's `{model}` substitution (runtime/providers/index.ts defaultUrl), without importing the registry (no import circle).
    if (ctx.model !== null) req.path = req.path.replaceAll('{model}', encodeURIComponent(ctx.model));
    // A base_url that already carries api-version (its query is sent on every request) wins over the setting.
    if (/[?&]api-version=/.test(ctx.provider.baseUrl)) return;
    const v = `api-version=${encodeURIComponent(ctx.provider.options.api_version ?? '')}`;
    req.query = req.query ? `${req.query}&${v}` : v;
  },
};
export default azureOpenai;
