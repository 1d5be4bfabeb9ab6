/**
 * Work done once at config load instead of per request: the passthrough-provider
 * flag, the per-provider upstream header template, and each target's catalog
 * entry (used by the context-window check).
 */
import { describe, it, expect } from 'vitest';
import { normalize } from '../runtime/config/index.ts';
import { upstreamHeaders } from '../runtime/upstream/index.ts';
import { resolve } from '../runtime/routing/index.ts';
import { checkPlan } from '../runtime/routing/catalog.ts';
import { countTopLevelKey, findTopLevelString } from '../runtime/relay/patch.ts';
import { findModel } from '../generated/capabilities.ts';
import { GatewayError } from '../runtime/errors.ts';
import type { Caller } from '../runtime/auth/index.ts';
import type { GatewayConfig } from '../generated/types/config.ts';

const base = (): GatewayConfig => ({
  providers: {
    ant: { type: 'anthropic', base_url: 'http://127.0.0.1:1', api_key: 'sk-a', headers: { 'X-Team': 'search', 'Anthropic-Beta': 'forced' } },
    oai: { type: 'openai', base_url: 'http://127.0.0.1:1/v1', api_key: 'sk-o' },
  },
  models: {
    known: { targets: [{ provider: 'ant', model: 'claude-sonnet-4-5' }] },
    unknown: { targets: [{ provider: 'oai', model: 'my-finetune' }] },
  },
  callers: [],
});
const caller: Caller = { name: 'c', models: ['*'], directProviderRouting: true, metadata: {}, entry: null, providerKey: null };

describe('config load: passthrough-provider flag', () => {
  it('is set only when a provider has caller_keys: passthrough', () => {
    expect(normalize(base()).hasPassthroughProvider).toBe(false);
    const c = base();
    c.providers.oai!.caller_keys = 'passthrough';
    expect(normalize(c).hasPassthroughProvider).toBe(true);
  });
});

describe('config load: upstream header template', () => {
  it('anthropic: forwarded headers, version default, x-api-key, configured headers lower-cased and applied last (before overrides)', () => {
    const p = normalize(base()).providers.get('ant')!;
    expect(p.headerTemplate.fixed).toEqual({ 'x-team': 'search', 'anthropic-beta': 'forced' });
    const h = upstreamHeaders(p, { 'anthropic-beta': 'caller', 'user-agent': 'sdk', 'x-other': 'no', accept: 'text/event-stream' }, 'sk-a', { 'x-pin': '1' });
    expect(h).toEqual({
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'anthropic-beta': 'forced',
      'user-agent': 'sdk',
      'anthropic-version': '2023-06-01',
      'x-api-key': 'sk-a',
      'x-team': 'search',
      'x-pin': '1',
    });
    expect(upstreamHeaders(p, { 'anthropic-version': '2026-10-21' }, null)['anthropic-version']).toBe('2026-10-21');
    expect(upstreamHeaders(p, {}, null)).not.toHaveProperty('x-api-key');
  });
  it('openai: Bearer auth, no version header, x-sim-* only for simulated providers', () => {
    const c = base();
    const p = normalize(c).providers.get('oai')!;
    expect(upstreamHeaders(p, { 'openai-organization': 'org', 'x-sim-fault': 'x' }, 'sk-o')).toEqual({
      'content-type': 'application/json', accept: 'application/json', 'openai-organization': 'org', authorization: 'Bearer sk-o',
    });
    c.providers.oai!.simulated = true;
    expect(upstreamHeaders(normalize(c).providers.get('oai')!, { 'x-sim-fault': 'x' }, null)['x-sim-fault']).toBe('x');
  });
});

describe('config load: catalog entry per target', () => {
  it('alias targets carry their catalog entry (null outside the catalog); direct routing too', () => {
    const cfg = normalize(base());
    expect(cfg.aliases.get('known')!.targets[0]!.modelInfo).toBe(findModel('anthropic', 'claude-sonnet-4-5'));
    expect(cfg.aliases.get('unknown')!.targets[0]!.modelInfo).toBeNull();
    const direct = resolve(cfg, caller, 'ant:claude-haiku-4-5', 'llm/v1/chat', 'anthropic-messages');
    expect(direct.attempts[0]!.target.modelInfo).toBe(findModel('anthropic', 'claude-haiku-4-5'));
  });
  it('the context-window check reads the target\'s catalog entry', () => {
    const cfg = normalize(base());
    const plan = resolve(cfg, caller, 'known', 'llm/v1/chat', 'anthropic-messages');
    const json = { model: 'known', max_tokens: 100, messages: [{ role: 'user', content: 'x'.repeat(4000) }] };
    expect(checkPlan(plan, json, 'llm/v1/chat', 4100)).toBe(plan);
    const t = plan.attempts[0]!.target;
    const small = { ...t, modelInfo: { ...t.modelInfo!, contextWindow: 500, stopsAtWindow: false } };
    const tight = { ...plan, attempts: [{ ...plan.attempts[0]!, target: small }] };
    expect(() => checkPlan(tight, json, 'llm/v1/chat', 4100)).toThrow(GatewayError);
    expect(() => checkPlan(tight, json, 'llm/v1/chat', 4100)).toThrow(/context window of model claude-sonnet-4-5.*> 500 tokens/);
  });
});

describe('patch: key encodings cached per key', () => {
  it('alternating keys (one needing escapes) keep their own encodings', () => {
    const b = Buffer.from('{"a\\"b":"x","model":"m","stream":true,"model2":"n"}');
    for (let i = 0; i < 3; i++) {
      expect(countTopLevelKey(b, 'model')).toBe(1);
      expect(countTopLevelKey(b, 'a"b')).toBe(1);
      expect(findTopLevelString(b, 'model2')).toEqual([b.indexOf('"n"'), b.indexOf('"n"') + 3]);
      expect(countTopLevelKey(b, 'stream')).toBe(1);
      expect(countTopLevelKey(b, 'mode')).toBe(0);
    }
  });
});
