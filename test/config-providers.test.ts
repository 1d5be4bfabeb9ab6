/**
 * Config of the OpenAI-compatible provider types (specs/providers/): the
 * README's example loads; `base_url` is required where a spec has no default;
 * a provider-specific setting (`api_version`) is defaulted from the spec and
 * refused on other types; `auth: null` types need no key (no warning); the
 * azure-openai adapter puts the deployment and `api-version` into the URL.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig, ConfigError, normalize } from '../runtime/config/index.ts';
import { adapterFor } from '../runtime/providers/index.ts';
import type { UpstreamRequest } from '../runtime/providers/index.ts';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const CALLERS = 'callers: [{ name: c, key: k }]\n';

/** The YAML block of the README's "OpenAI-compatible providers" section. */
function readmeExample(): string {
  const i = README.indexOf('## OpenAI-compatible providers');
  const j = README.indexOf('```yaml', i);
  return README.slice(j + 7, README.indexOf('```', j + 7));
}

const errorOf = (yaml: string): string => {
  try {
    parseConfig(yaml + CALLERS, {});
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return 'accepted';
};

describe('OpenAI-compatible provider config', () => {
  it('loads the README example: one provider per kind, defaults from the specs', () => {
    const cfg = parseConfig(readmeExample() + CALLERS, { LOCAL_LLM_KEY: 'a', AZURE_OPENAI_API_KEY: 'b', GROQ_API_KEY: 'c' });
    const p = (n: string) => cfg.providers.get(n)!;
    expect(p('local-llm')).toMatchObject({ type: 'openai-compatible', baseUrl: 'http://10.0.0.5:8080/v1', options: {} });
    expect(p('azure')).toMatchObject({ type: 'azure-openai', baseUrl: 'https://my-resource.openai.azure.com', options: { api_version: '2024-10-21' } });
    expect(p('groq')).toMatchObject({ type: 'groq', baseUrl: 'https://api.groq.com/openai/v1' });
    expect(p('ollama')).toMatchObject({ type: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', keys: [] });
    expect(p('ollama').headerTemplate.authHeader).toBeNull();
    expect(p('vllm').baseUrl).toBe('http://gpu-box:8000/v1');
    // No "no api_key" warning for auth-less types; the one warning is vLLM's empty catalog (whatever the server was started with).
    expect(cfg.warnings).toEqual(["models.local.targets.1.model: 'Qwen/Qwen3-8B' is not in the vllm model catalog; it is sent upstream as is, without context-window checks"]);
    expect(cfg.aliases.get('local')!.targets.map((t) => t.modelInfo?.id ?? null)).toEqual(['gpt-oss:20b', null]);
  });

  it('base_url is required for a type without a default', () => {
    expect(errorOf('providers:\n  x: { type: openai-compatible, api_key: k }\n')).toContain("providers.x.base_url: required for provider type 'openai-compatible'");
    expect(errorOf('providers:\n  x: { type: azure-openai, api_key: k }\n')).toContain("providers.x.base_url: required for provider type 'azure-openai'");
    expect(errorOf('providers:\n  x: { type: groq, api_key: k }\n')).toBe('accepted');
  });

  it('api_version: defaulted for azure-openai, a config error on other types', () => {
    expect(parseConfig('providers:\n  a: { type: azure-openai, base_url: "https://r.openai.azure.com", api_key: k, api_version: 2025-04-01-preview }\n' + CALLERS, {})
      .providers.get('a')!.options).toEqual({ api_version: '2025-04-01-preview' });
    expect(errorOf('providers:\n  x: { type: groq, api_key: k, api_version: "2024-10-21" }\n'))
      .toContain("providers.x.api_version: not a setting of provider type 'groq' (only azure-openai)");
  });

  it('warns about a missing key only where the spec has auth', () => {
    expect(parseConfig('providers:\n  g: { type: groq }\n  v: { type: vllm }\n' + CALLERS, {}).warnings)
      .toEqual(['providers.g: no api_key configured; requests to it will fail with 401 upstream']);
  });

  it('azure-openai adapter: deployment in the path, api-version query', () => {
    const cfg = normalize({ providers: { a: { type: 'azure-openai', base_url: 'https://r.openai.azure.com', api_key: 'k', api_version: '2024-10-21' } }, callers: [{ name: 'c', key: 'k' }] });
    const req: UpstreamRequest = { method: 'POST', path: '/openai/deployments/{model}/chat/completions', query: '', headers: {}, body: '{}' };
    adapterFor('azure-openai').url!(req, { provider: cfg.providers.get('a')!, routeType: 'llm/v1/chat', model: 'my gpt', stream: false, mode: 'passthrough', betas: [] });
    expect(req).toMatchObject({ path: '/openai/deployments/my%20gpt/chat/completions', query: 'api-version=2024-10-21' });
    // An api-version already in base_url (sent on every request) is not doubled.
    const withQuery = normalize({ providers: { a: { type: 'azure-openai', base_url: 'https://r.openai.azure.com?api-version=2025-04-01-preview', api_key: 'k' } }, callers: [{ name: 'c', key: 'k' }] });
    const req2: UpstreamRequest = { method: 'POST', path: '/openai/deployments/{model}/chat/completions', query: '', headers: {}, body: '{}' };
    adapterFor('azure-openai').url!(req2, { provider: withQuery.providers.get('a')!, routeType: 'llm/v1/chat', model: 'd', stream: false, mode: 'passthrough', betas: [] });
    expect(req2).toMatchObject({ path: '/openai/deployments/d/chat/completions', query: '' });
  });
});
