/**
 * Issue 12 (item 4): the shared Claude catalog (specs/models/claude.ts) and what
 * the gateway does with it — requests a Claude model cannot take are adapted
 * or rejected per the loss policy before the upstream call
 * (runtime/routing/model-fit.ts), lifecycle warnings at start-up, and the
 * per-upstream ids the cloud provider specs use.
 *
 * End-to-end cases use the official Anthropic and OpenAI SDKs against the
 * gateway with the simulator as upstream, and assert on the body the upstream
 * received (stack.sim.requests) and on x-switchyard-degraded.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { MODELS, type ModelInfo } from '../generated/capabilities.ts';
import { CLAUDE_MODELS, claudeModelsFor } from '../specs/models/claude.ts';
import { fitToModel, budgetFor, nearestEffort, lifecycleWarning } from '../runtime/routing/model-fit.ts';
import { parseConfig, embeddedDefault } from '../runtime/config/index.ts';
import { GatewayError } from '../runtime/errors.ts';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

const claude = (id: string): ModelInfo => {
  const m = MODELS.anthropic[id];
  if (!m) throw new Error(`${id} not in the generated catalog`);
  return m as ModelInfo;
};
const user = [{ role: 'user', content: 'hi' }];

describe('the shared catalog (specs/models/claude.ts)', () => {
  it('is current: Claude Code\'s default ids are active models with 1M context and 128K output; Sonnet 4.5 is retired on 2026-11-30', () => {
    for (const id of ['claude-opus-5-5', 'claude-sonnet-5-5', 'claude-haiku-5-5']) {
      const m = claude(id);
      expect(m.lifecycleDetail?.status).toBe('active');
      expect(m.contextWindow).toBe(1_000_000);
      expect(m.maxOutputTokens).toBe(128_000);
      expect(m.thinkingTypes).toContain('adaptive');
      expect(m.thinkingTypes).not.toContain('enabled');
    }
    expect(claude('claude-sonnet-4-5').lifecycleDetail).toMatchObject({ status: 'retired', retires: '2026-11-30', replacement: 'claude-sonnet-5-5' });
    expect(claude('claude-sonnet-4-5-20250929').canonicalId).toBe('claude-sonnet-4-5');
    expect(claude('claude-opus-4-5').lifecycleDetail).toMatchObject({ status: 'deprecated', retires: '2027-01-22' });
  });

  it('every row has a source and date for its price and lifecycle, and ids for each cloud it is offered on', () => {
    for (const m of CLAUDE_MODELS) {
      expect(m.lifecycle.source).toMatch(/^https:\/\//);
      if (m.pricing) expect(m.pricing.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const e of m.effortLevels) expect(['low', 'medium', 'high', 'xhigh', 'max']).toContain(e);
    }
    const bedrock = claudeModelsFor('bedrock').map((r) => r.id);
    expect(bedrock).toContain('anthropic.claude-opus-5-5');
    expect(bedrock).toContain('global.anthropic.claude-opus-5-5');
    expect(bedrock).toContain('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    const vertex = claudeModelsFor('vertex');
    expect(vertex.map((r) => r.id)).toContain('claude-sonnet-4-5@20250929');
    expect(vertex.find((r) => r.id === 'claude-haiku-5-5')?.canonicalId).toBe('claude-haiku-5-5');
    expect(claudeModelsFor('foundry').map((r) => r.id)).toContain('claude-opus-5-5');
    // Partner clouds keep their own retirement schedules: without a date read for that cloud, no date is claimed.
    const sonnet45OnVertex = vertex.find((r) => r.id === 'claude-sonnet-4-5@20250929');
    expect(sonnet45OnVertex?.lifecycleDetail?.retires).toBeUndefined();
    expect(sonnet45OnVertex?.lifecycleDetail?.status).toBe('deprecated');
  });

  it('the README and the embedded default config target no deprecated or retired model', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    // Model values in the README's configs, requests and SDK calls (`model: claude-…`, `"model":"claude-…"`, `anthropic('claude-…')`).
    const used = [...readme.matchAll(/(?:(?<![.\w])model["']?\s*[:=]\s*["']?|anthropic\(["'])(claude-[a-z0-9-]+)/g)].map((m) => m[1]!);
    const embedded = embeddedDefault('http://127.0.0.1:1', {});
    for (const a of Object.values(embedded.models ?? {})) for (const t of a.targets) used.push(t.model);
    const ids = new Set(used.filter((id) => MODELS.anthropic[id]));
    expect(ids.size).toBeGreaterThan(1);
    for (const id of ids) expect(['active', 'legacy'], `README / embedded default use ${id}`).toContain(claude(id).lifecycleDetail?.status);
  });
});

describe('fitToModel (table)', () => {
  it('max_tokens above the max output is clamped (advisory) and 400 under strict', () => {
    const r = fitToModel({ model: 'x', max_tokens: 128_000, messages: user }, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'reject');
    expect(r?.body.max_tokens).toBe(64_000);
    expect(r?.degraded).toEqual(['max_tokens']);
    expect(() => fitToModel({ max_tokens: 128_000 }, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'strict')).toThrow(GatewayError);
    try {
      fitToModel({ max_tokens: 128_000 }, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'strict');
    } catch (e) {
      expect((e as GatewayError).param).toBe('max_tokens');
      expect((e as GatewayError).status).toBe(400);
    }
    expect(fitToModel({ max_tokens: 128_000, messages: user }, claude('claude-opus-5-5'), 'claude-opus-5-5', 'reject')).toBeNull();
  });

  it('thinking: enabled → adaptive on Claude 5, adaptive → enabled with a budget on Claude 4.x, disabled on always-on models', () => {
    const toAdaptive = fitToModel({ max_tokens: 8000, thinking: { type: 'enabled', budget_tokens: 4000 } }, claude('claude-opus-5-5'), 'claude-opus-5-5', 'reject');
    expect(toAdaptive?.body.thinking).toEqual({ type: 'adaptive' });
    expect(toAdaptive?.degraded).toEqual(['thinking.type']);

    const toEnabled = fitToModel({ max_tokens: 10_000, thinking: { type: 'adaptive', display: 'omitted' }, output_config: { effort: 'medium' } }, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'reject');
    expect(toEnabled?.body.thinking).toEqual({ type: 'enabled', display: 'omitted', budget_tokens: 3000 });
    expect(toEnabled?.body).not.toHaveProperty('output_config'); // Haiku 4.5 takes no effort
    expect(toEnabled?.degraded.sort()).toEqual(['output_config.effort', 'thinking.type']);

    // Too small a max_tokens for any budget (Anthropic needs 1024 ≤ budget < max_tokens): thinking is omitted.
    const noRoom = fitToModel({ max_tokens: 1000, thinking: { type: 'adaptive' } }, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'reject');
    expect(noRoom?.body).not.toHaveProperty('thinking');

    const offOpus = fitToModel({ max_tokens: 100, thinking: { type: 'disabled' } }, claude('claude-opus-5-5'), 'claude-opus-5-5', 'reject');
    expect(offOpus?.body).not.toHaveProperty('thinking');
    const offSonnet55 = fitToModel({ max_tokens: 100, thinking: { type: 'disabled' } }, claude('claude-sonnet-5-5'), 'claude-sonnet-5-5', 'reject');
    expect(offSonnet55?.body.thinking).toEqual({ type: 'between_tools' });
    // Accepted as sent: no copy, no loss.
    expect(fitToModel({ max_tokens: 100, thinking: { type: 'disabled' } }, claude('claude-haiku-5-5'), 'claude-haiku-5-5', 'reject')).toBeNull();
  });

  it('effort: a level the model lacks goes to the next lower one; above high needs thinking on (Claude 5)', () => {
    const sonnet5 = fitToModel({ max_tokens: 100, output_config: { effort: 'xhigh', format: { type: 'json_schema' } } }, claude('claude-sonnet-5'), 'claude-sonnet-5', 'reject');
    expect(sonnet5?.body.output_config).toEqual({ format: { type: 'json_schema' }, effort: 'high' });
    const opus45 = fitToModel({ max_tokens: 100, output_config: { effort: 'max' } }, claude('claude-opus-4-5'), 'claude-opus-4-5', 'reject');
    expect(opus45?.body.output_config).toEqual({ effort: 'high' });
    const haikuOff = fitToModel({ max_tokens: 100, thinking: { type: 'disabled' }, output_config: { effort: 'max' } }, claude('claude-haiku-5-5'), 'claude-haiku-5-5', 'reject');
    expect(haikuOff?.body.output_config).toEqual({ effort: 'high' });
    expect(haikuOff?.body.thinking).toEqual({ type: 'disabled' });
    expect(nearestEffort('xhigh', ['low', 'medium', 'high', 'max'])).toBe('high');
    expect(nearestEffort('low', ['medium', 'high'])).toBe('medium');
    expect(budgetFor(32_000, undefined)).toBe(19_200);
    expect(budgetFor(1024, 'low')).toBeNull();
  });

  // No current Claude model lacks the 1-hour cache, images or PDFs: these rows are the catalog shape with the flag off.
  const without = (over: Partial<ModelInfo>): ModelInfo => ({ ...claude('claude-haiku-4-5'), ...over });

  it('1-hour cache TTL to a model without it: the default 5-minute TTL is used (advisory), everywhere cache_control appears', () => {
    const body = {
      max_tokens: 100,
      system: [{ type: 'text', text: 's', cache_control: { type: 'ephemeral', ttl: '1h' } }],
      tools: [{ name: 't', input_schema: { type: 'object' }, cache_control: { type: 'ephemeral', ttl: '5m' } }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'u', cache_control: { type: 'ephemeral', ttl: '1h' } }] }],
    };
    const r = fitToModel(body, without({ cacheTtl1h: false }), 'm', 'reject');
    expect(r?.degraded).toEqual(['cache_control.ttl']);
    expect(JSON.stringify(r?.body)).not.toContain('"1h"');
    expect((r?.body.tools as { cache_control: unknown }[])[0]!.cache_control).toEqual({ type: 'ephemeral', ttl: '5m' });
    expect(body.system[0]!.cache_control.ttl).toBe('1h'); // the caller's body is not mutated
    expect(fitToModel(body, claude('claude-haiku-4-5'), 'claude-haiku-4-5', 'reject')).toBeNull();
  });

  it('a PDF or image to a model without that input is a semantic loss: 400 naming the block; drop removes it', () => {
    const pdf = { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } };
    const body = { max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'text', text: 'read' }, pdf] }] };
    const noPdf = without({ inputModalities: ['text', 'image'] });
    let err: unknown;
    try {
      fitToModel(body, noPdf, 'm', 'reject');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).param).toBe('messages[0].content[1]');
    expect((err as GatewayError).message).toContain('PDF input is not supported');
    const dropped = fitToModel(body, noPdf, 'm', 'drop');
    expect((dropped?.body.messages as { content: unknown[] }[])[0]!.content).toEqual([{ type: 'text', text: 'read' }]);
    expect(dropped?.dropped).toEqual(['messages[0].content[1]']);
    // A plain-text document is text, not PDF.
    const textDoc = { max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'x' } }] }] };
    expect(fitToModel(textDoc, noPdf, 'm', 'reject')).toBeNull();
    const img = { max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBO' } }] }] }] };
    expect(() => fitToModel(img, without({ inputModalities: ['text'] }), 'm', 'reject')).toThrow(/image input is not supported/);
  });
});

describe('lifecycle warnings at start-up', () => {
  it('an alias that targets a retired or deprecated model is named with the date and the replacement; current models draw none', () => {
    const cfg = parseConfig(
      [
        'providers:',
        '  anthropic: { type: anthropic, api_key: sk-x }',
        'models:',
        '  old: { targets: [ { provider: anthropic, model: claude-sonnet-4-5 } ] }',
        '  aging: { targets: [ { provider: anthropic, model: claude-opus-4-5-20251101 } ] }',
        '  current: { targets: [ { provider: anthropic, model: claude-opus-5-5 } ] }',
        'callers: [ { name: c, key: k, models: ["*"] } ]',
      ].join('\n'),
      {},
    );
    const w = cfg.warnings.join('\n');
    expect(w).toContain("models.old.targets.0.model: 'claude-sonnet-4-5' was retired on 2026-11-30; replacement: 'claude-sonnet-5-5'");
    expect(w).toContain("models.aging.targets.0.model: 'claude-opus-4-5-20251101' is deprecated, retiring on 2027-01-22; replacement: 'claude-opus-5-5'");
    expect(w).not.toContain('models.current');
  });

  it('the retirement date is compared with the clock: before it, a deprecation; from it on, retired', () => {
    const m = claude('claude-opus-4-5');
    expect(lifecycleWarning('x', 'claude-opus-4-5', m, Date.parse('2026-12-06T00:00:00Z'))).toContain('is deprecated, retiring on 2027-01-22');
    expect(lifecycleWarning('x', 'claude-opus-4-5', m, Date.parse('2027-01-22T00:00:00Z'))).toContain('was retired on 2027-01-22');
    expect(lifecycleWarning('x', 'claude-opus-5-5', claude('claude-opus-5-5'), Date.now())).toBeNull();
  });
});

describe('through the gateway (SDKs → gateway → simulator)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack((c) => {
      c.models!['haiku45'] = { targets: [{ provider: 'anthropic', model: 'claude-haiku-4-5' }] };
      c.models!['haiku45-strict'] = { targets: [{ provider: 'anthropic', model: 'claude-haiku-4-5' }], unsupported_params: 'strict' };
      c.models!['opus55'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-5-5' }] };
    });
  });
  afterAll(async () => stack?.close());
  const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0, timeout: 60_000 });
  const lastUpstreamBody = () => JSON.parse(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString()) as Record<string, unknown>;

  it('Claude Code\'s request shape (max_tokens 128000, adaptive thinking, effort) to Claude Haiku 4.5 is adapted, not failed upstream', async () => {
    const body = {
      model: 'haiku45', max_tokens: 128_000, messages: [{ role: 'user' as const, content: 'hi' }],
      thinking: { type: 'adaptive', display: 'omitted' }, output_config: { effort: 'high' },
      context_management: { edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] },
    } as unknown as Anthropic.MessageCreateParamsNonStreaming;
    const { data, response } = await anthropic().messages.create(body).withResponse();
    expect(data.type).toBe('message');
    expect(response.headers.get('x-switchyard-degraded')?.split(',').sort()).toEqual(['max_tokens', 'output_config.effort', 'thinking.type']);
    const up = lastUpstreamBody();
    expect(up.model).toBe('claude-haiku-4-5');
    expect(up.max_tokens).toBe(64_000);
    expect(up.thinking).toEqual({ type: 'enabled', display: 'omitted', budget_tokens: 38_400 });
    expect(up).not.toHaveProperty('output_config');
    expect(up.context_management).toEqual({ edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] }); // unknown fields survive
  });

  it('streaming too, and budget-based thinking to Claude Opus 5.5 becomes adaptive', async () => {
    const stream = anthropic().messages.stream({ model: 'opus55', max_tokens: 2000, stream: true, messages: [{ role: 'user', content: 'hi' }], thinking: { type: 'enabled', budget_tokens: 1500 } });
    const msg = await stream.finalMessage();
    expect(msg.type).toBe('message');
    expect(lastUpstreamBody().thinking).toEqual({ type: 'adaptive' });
  });

  it('a request that fits is relayed byte for byte (no re-serialisation)', async () => {
    const raw = '{"model":"opus55","max_tokens":64,  "messages":[{"role":"user","content":"hi"}],"thinking":{"type":"adaptive"}}';
    const res = await fetch(`${stack.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' }, body: raw });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-switchyard-degraded')).toBeNull();
    expect(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString()).toBe(raw.replace('"opus55"', '"claude-opus-5-5"'));
  });

  it('strict alias: 400 invalid_request_error naming max_tokens, no upstream call', async () => {
    const before = stack.sim.requests.length;
    const err = await anthropic().messages.create({ model: 'haiku45-strict', max_tokens: 128_000, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as Error).message).toContain('max_tokens: 128000 is above the model\'s max output of 64000 tokens');
    expect(stack.sim.requests.length).toBe(before);
  });

  it('OpenAI caller translated to Claude: max_completion_tokens above the max output is clamped and named', async () => {
    const client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, timeout: 60_000 });
    const { data, response } = await client.chat.completions.create({ model: 'haiku45', max_completion_tokens: 100_000, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(data.object).toBe('chat.completion');
    expect(response.headers.get('x-switchyard-degraded')).toContain('max_tokens');
    expect(lastUpstreamBody().max_tokens).toBe(64_000);
  });
});
