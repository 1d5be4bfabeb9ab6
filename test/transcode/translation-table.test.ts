/**
 * specs/translation.ts (TRANSLATIONS) must describe exactly what the
 * transcoders do: every field a transcoder maps is listed as a request
 * mapping, every field it rejects is listed as unsupported and is rejected
 * with a 400 naming it; and selection covers every cross-format pair.
 */
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS, TranslationCoverage } from '../../specs/translation.ts';
import { GatewayError } from '../../runtime/errors.ts';
import * as a2o from '../../runtime/transcode/anthropic-messages__openai-chat.ts';
import * as o2a from '../../runtime/transcode/openai-chat__anthropic-messages.ts';
import { TRANSCODERS, selectTranscoder } from '../../runtime/transcode/index.ts';
import type { Transcoder } from '../../runtime/transcode/types.ts';
import { ctx } from './helpers.ts';

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

function rejectsWithParam(t: Transcoder, base: Record<string, unknown>, field: string, value: unknown): void {
  try {
    t.mapRequest({ ...base, [field]: value }, ctx());
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).param).toBe(field);
    return;
  }
  throw new Error(`${field} was not rejected`);
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

  it('has one row per transcoder pair, naming an existing transcoder file', () => {
    expect(TRANSLATIONS.map((t) => `${t.from}->${t.to}:${t.transcoder}`).sort()).toEqual([
      'anthropic-messages->openai-chat:anthropic-messages__openai-chat.ts',
      'openai-chat->anthropic-messages:openai-chat__anthropic-messages.ts',
    ]);
  });

  describe('openai → anthropic', () => {
    const e = entry('openai-chat', 'anthropic-messages');
    it('lists every mapped field as a request mapping', () => {
      for (const f of [...o2a.MAPPED_FIELDS, ...o2a.CACHE_HINT_FIELDS]) expect(mentioned(e, f), f).toBe(true);
    });
    it('lists every default-only field as unsupported, and each is rejected with a 400 naming it', () => {
      const bare = e.unsupported.map((u) => u.field).filter((f) => BARE.test(f));
      for (const f of Object.keys(o2a.ACCEPTED_IF_DEFAULT)) expect(bare).toContain(f);
      expect(Object.keys(O2A_SAMPLES).sort()).toEqual([...bare].sort());
      for (const f of bare) rejectsWithParam(o2a.openaiChatToAnthropicMessages, { model: 'm', messages: [{ role: 'user', content: 'x' }] }, f, O2A_SAMPLES[f]);
    });
  });

  describe('anthropic → openai', () => {
    const e = entry('anthropic-messages', 'openai-chat');
    it('lists every mapped field as a request mapping', () => {
      for (const f of a2o.MAPPED_FIELDS) expect(mentioned(e, f), f).toBe(true);
    });
    it('lists every default-only field as unsupported, and each is rejected with a 400 naming it', () => {
      const bare = e.unsupported.map((u) => u.field).filter((f) => BARE.test(f));
      for (const f of Object.keys(a2o.ACCEPTED_IF_DEFAULT)) expect(bare).toContain(f);
      expect(Object.keys(A2O_SAMPLES).sort()).toEqual([...bare].sort());
      for (const f of bare) rejectsWithParam(a2o.anthropicMessagesToOpenAIChat, { model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }, f, A2O_SAMPLES[f]);
    });
  });
});

describe('selectTranscoder', () => {
  it('selects the pair by (ingress, upstream)', () => {
    expect(selectTranscoder('openai-chat', 'anthropic-messages')).toBe(o2a.openaiChatToAnthropicMessages);
    expect(selectTranscoder('anthropic-messages', 'openai-chat')).toBe(a2o.anthropicMessagesToOpenAIChat);
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
