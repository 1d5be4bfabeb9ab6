/**
 * specs/translation.ts (TRANSLATIONS) must describe exactly what the composed
 * transcoders do: every field a format's decoder maps is listed as a request
 * mapping of the pair (or as a loss the pair's encoder reports), every loss is
 * listed as unsupported with its class and is rejected with a 400 naming it
 * when the policy rejects that class; and selection covers every cross-format pair.
 */
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS, TranslationCoverage } from '../../specs/translation.ts';
import { GatewayError } from '../../runtime/errors.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as anthropicMapper from '../../runtime/formats/anthropic-messages/mapper.ts';
import * as openaiMapper from '../../runtime/formats/openai-chat/mapper.ts';
import { MAPPERS, TRANSCODERS, selectTranscoder } from '../../runtime/transcode/index.ts';
import type { Transcoder } from '../../runtime/transcode/types.ts';
import { ctx } from './helpers.ts';

/** Each pair: the ingress format's decoder fields, and the composed transcoder. */
const o2a = { ...openaiMapper, transcoder: selectTranscoder('openai-chat', 'anthropic-messages') };
const a2o = { ...anthropicMapper, transcoder: selectTranscoder('anthropic-messages', 'openai-chat') };

const BARE = /^[a-z_]+$/;

function entry(from: string, to: string): TranslationCoverage {
  const e = TRANSLATIONS.find((t) => t.from === from && t.to === to);
  if (!e) throw new Error(`no TRANSLATIONS row for ${from} → ${to}`);
  return e;
}

function mentioned(e: TranslationCoverage, field: string): boolean {
  const re = new RegExp(`(^|[^a-z_])${field}([^a-z_]|$)`);
  return e.request.some((m) => re.test(m.field));
}

function rejectsWithParam(t: Transcoder, base: Record<string, unknown>, field: string, value: unknown, policy: 'reject' | 'strict' = 'reject'): void {
  try {
    t.mapRequest({ ...base, [field]: value }, ctx({ unsupportedParams: policy }));
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).param).toBe(field);
    return;
  }
  throw new Error(`${field} was not rejected`);
}

/**
 * The loss policy on one bare field, by its class in the table: semantic → 400
 * by default; advisory → dropped and named in `degraded` by default, 400 under
 * strict; both dropped under drop.
 */
function appliesPolicy(e: TranslationCoverage, t: Transcoder, base: Record<string, unknown>, field: string, value: unknown): void {
  const cls = e.unsupported.find((u) => u.field === field)?.loss;
  expect(cls, field).toMatch(/^(advisory|semantic)$/);
  if (cls === 'semantic') rejectsWithParam(t, base, field, value);
  else {
    const m = t.mapRequest({ ...base, [field]: value }, ctx());
    expect(m.degraded, field).toEqual([field]);
    expect(m.dropped, field).toEqual([field]);
    expect(field in m.body, field).toBe(false);
  }
  rejectsWithParam(t, base, field, value, 'strict');
  expect(t.mapRequest({ ...base, [field]: value }, ctx({ unsupportedParams: 'drop' })).dropped, field).toEqual([field]);
}

/** A non-default value for every bare unsupported field. */
const O2A_SAMPLES: Record<string, unknown> = {
  n: 2, logprobs: true, top_logprobs: 2, logit_bias: { '1': 1 }, presence_penalty: 1, frequency_penalty: 1, seed: 1, store: true, metadata: { k: 'v' },
  modalities: ['audio'], audio: { voice: 'alloy' }, prediction: { type: 'content', content: 'x' }, service_tier: 'flex', verbosity: 'high',
  web_search_options: {}, functions: [], function_call: 'auto', moderation: {}, response_format: { type: 'xml' },
};
const A2O_SAMPLES: Record<string, unknown> = {
  top_k: 3, container: 'c', mcp_servers: [{}], context_management: {}, inference_geo: 'us', diagnostics: {}, user_profile_id: 'p', workspace_id: 'w',
  service_tier: 'priority', speed: 'fast',
};

describe('TRANSLATIONS', () => {
  it('matches the TypeBox schema', () => {
    for (const t of TRANSLATIONS) expect(Value.Check(TranslationCoverage, t)).toBe(true);
  });

  it('has one row per transcoder pair, naming the two existing mapper files', () => {
    expect(TRANSLATIONS.map((t) => `${t.from}->${t.to}:${t.transcoder}`).sort()).toEqual([
      'anthropic-messages->openai-chat:formats/anthropic-messages/mapper.ts → formats/openai-chat/mapper.ts',
      'openai-chat->anthropic-messages:formats/openai-chat/mapper.ts → formats/anthropic-messages/mapper.ts',
    ]);
    for (const t of TRANSLATIONS) {
      for (const f of t.transcoder.split(' → ')) expect(existsSync(fileURLToPath(new URL(`../../runtime/${f}`, import.meta.url))), f).toBe(true);
    }
  });

  it('classifies every loss the mappers report (composite entries included)', () => {
    const classified = (from: string, to: string, field: string) => entry(from, to).unsupported.some((u) => u.field === field);
    for (const f of ['prompt_cache_key | prompt_cache_retention | prompt_cache_options', 'reasoning_effort (replayed tool call without a thinking block)', 'reasoning_effort (with a tool_choice that forces tool use)', 'tools[type!=function]', 'response_format']) {
      expect(classified('openai-chat', 'anthropic-messages', f), f).toBe(true);
    }
    for (const f of ['cache_control (top level, system, blocks, tools)', 'messages[role=assistant] thinking / redacted_thinking', 'tools[type=<server tool>]', 'metadata.<key other than user_id>', 'output_config.<other key>', '(parameter the target provider rejects)', '(other fields of a block or tool)', 'top_k']) {
      expect(classified('anthropic-messages', 'openai-chat', f), f).toBe(true);
    }
  });

  describe('openai → anthropic', () => {
    const e = entry('openai-chat', 'anthropic-messages');
    it('lists every mapped field as a request mapping', () => {
      for (const f of [...o2a.MAPPED_FIELDS, ...o2a.CACHE_HINT_FIELDS]) expect(mentioned(e, f), f).toBe(true);
    });
    it('lists every default-only field as unsupported, and each follows the policy of its loss class (400 naming it when rejected)', () => {
      const bare = e.unsupported.map((u) => u.field).filter((f) => BARE.test(f));
      for (const f of Object.keys(o2a.ACCEPTED_IF_DEFAULT)) expect(bare).toContain(f);
      expect(Object.keys(O2A_SAMPLES).sort()).toEqual([...bare].sort());
      for (const f of bare) appliesPolicy(e, o2a.transcoder, { model: 'm', messages: [{ role: 'user', content: 'x' }] }, f, O2A_SAMPLES[f]);
    });
  });

  describe('anthropic → openai', () => {
    const e = entry('anthropic-messages', 'openai-chat');
    it('lists every mapped field as a request mapping', () => {
      // top_k is decoded into the IR (Anthropic carries it) but the OpenAI encoder cannot: it is a listed loss of this pair.
      const bare = e.unsupported.map((u) => u.field).filter((f) => BARE.test(f));
      for (const f of a2o.MAPPED_FIELDS) expect(mentioned(e, f) || bare.includes(f), f).toBe(true);
      expect([...a2o.MAPPED_FIELDS].filter((f) => !mentioned(e, f))).toEqual(['top_k']);
    });
    it('lists every default-only field as unsupported, and each follows the policy of its loss class (400 naming it when rejected)', () => {
      const bare = e.unsupported.map((u) => u.field).filter((f) => BARE.test(f));
      for (const f of Object.keys(a2o.ACCEPTED_IF_DEFAULT)) expect(bare).toContain(f);
      expect(Object.keys(A2O_SAMPLES).sort()).toEqual([...bare].sort());
      for (const f of bare) appliesPolicy(e, a2o.transcoder, { model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }, f, A2O_SAMPLES[f]);
    });
  });
});

describe('selectTranscoder', () => {
  it('selects the pair by (ingress, upstream)', () => {
    expect(selectTranscoder('openai-chat', 'anthropic-messages')).toBe(TRANSCODERS['openai-chat']['anthropic-messages']);
    expect(selectTranscoder('anthropic-messages', 'openai-chat')).toBe(TRANSCODERS['anthropic-messages']['openai-chat']);
    for (const [f, m] of Object.entries(MAPPERS)) expect(m.format).toBe(f);
    expect(selectTranscoder('openai-chat', 'anthropic-messages').upstreamPath).toBe('/v1/messages');
    expect(selectTranscoder('anthropic-messages', 'openai-chat').upstreamPath).toBe('/chat/completions');
  });
  it('throws for same-format (passthrough) and unknown pairs', () => {
    expect(TRANSCODERS['openai-chat']['openai-chat']).toBeNull(); // same format: passthrough, no transcoder
    expect(() => selectTranscoder('openai-chat', 'openai-chat')).toThrow(GatewayError);
    expect(() => selectTranscoder('anthropic-messages', 'anthropic-messages')).toThrow(GatewayError);
    expect(() => selectTranscoder('gemini' as never, 'openai-chat')).toThrow(GatewayError);
  });
  it('the table covers every cross-format pair', () => {
    for (const i of Object.keys(TRANSCODERS) as (keyof typeof TRANSCODERS)[]) {
      for (const u of Object.keys(TRANSCODERS[i]) as (keyof typeof TRANSCODERS)[]) {
        expect(TRANSCODERS[i][u] !== null).toBe(i !== u);
      }
    }
  });
});
