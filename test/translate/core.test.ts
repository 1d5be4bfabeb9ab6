/**
 * The translation IR carries everything Anthropic Messages carries: an
 * Anthropic request or response decoded into the IR and encoded back with the
 * same mapper is the same value (thinking with signature, redacted thinking,
 * cache_control with TTL, citations, images, documents, server-tool blocks and
 * tools as opaque values, Anthropic-only fields as extras). Plus the loss
 * policy matrix of LossReport (advisory/semantic × reject/drop/strict).
 */
import { describe, expect, it } from 'vitest';
import { anthropicMessagesMapper as A } from '../../runtime/formats/anthropic-messages/mapper.ts';
import { openaiChatMapper as O } from '../../runtime/formats/openai-chat/mapper.ts';
import { GatewayError } from '../../runtime/errors.ts';
import { LossReport } from '../../runtime/translate/core.ts';
import { ctx, fixtureJson, listFixtures, mapped, type Obj } from '../transcode/helpers.ts';

const CACHE_1H = { type: 'ephemeral', ttl: '1h' };

/** An Anthropic request using every block and field kind the IR must carry. */
const RICH: Obj = {
  model: 'upstream-model',
  max_tokens: 2048,
  system: [{ type: 'text', text: 'Be brief.', cache_control: CACHE_1H }],
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Look:', cache_control: { type: 'ephemeral' } },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
        { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } },
        { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'a.pdf', context: 'ctx', citations: { enabled: true } },
        { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'plain' } },
        { type: 'document', source: { type: 'file', file_id: 'file_1' } },
      ],
    },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'Hmm.', signature: 'sig-1' },
        { type: 'redacted_thinking', data: 'opaque-data' },
        { type: 'text', text: 'Cited.', citations: [{ type: 'char_location', cited_text: 'plain', document_index: 1, start_char_index: 0, end_char_index: 5 }] },
        { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'q' } },
        { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [{ type: 'web_search_result', url: 'https://x', title: 'X', encrypted_content: 'e' }] },
        { type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: 1 } },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_1', is_error: true, content: [{ type: 'text', text: 'failed' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AA==' } }], cache_control: CACHE_1H },
        { type: 'text', text: 'Go on.' },
      ],
    },
  ],
  tools: [
    { name: 'f', description: 'F', input_schema: { type: 'object', properties: { a: { type: 'number' } } }, strict: true, cache_control: CACHE_1H },
    { type: 'web_search_20250305', name: 'web_search', max_uses: 2 },
  ],
  tool_choice: { type: 'auto', disable_parallel_tool_use: true },
  thinking: { type: 'enabled', budget_tokens: 1024 },
  output_config: { effort: 'high' },
  metadata: { user_id: 'u-1' },
  stop_sequences: ['END'],
  temperature: 1,
  top_p: 0.9,
  top_k: 40,
  stream: true,
  cache_control: { type: 'ephemeral' },
  context_management: { edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] },
  container: 'cntr_1',
  service_tier: 'standard_only',
};

/**
 * Equivalent spellings made one: `system` and message `content` strings as one
 * text block, `stream: false` omitted (the default).
 */
function normal(body: Obj): Obj {
  const out: Obj = { ...body };
  if (typeof out.system === 'string') out.system = out.system === '' ? undefined : [{ type: 'text', text: out.system }];
  if (out.system === undefined) delete out.system;
  if (out.stream === false) delete out.stream;
  if (Array.isArray(out.messages)) out.messages = out.messages.map((m: Obj) => (typeof m.content === 'string' ? { ...m, content: [{ type: 'text', text: m.content }] } : m));
  return out;
}

/** Anthropic → IR → Anthropic with the same mapper. */
function roundTrip(body: Obj): Obj {
  const losses = new LossReport('strict', 'anthropic-messages', 'anthropic-messages', 'anthropic');
  const c = ctx({ upstreamModel: body.model as string });
  const out = A.encodeRequest(A.decodeRequest(body, losses, c), losses, c);
  expect(losses.dropped).toEqual([]);
  return out.body;
}

describe('IR carries Anthropic Messages', () => {
  it('a request with every block kind round-trips (defaults such as service_tier standard_only are omitted)', () => {
    const { service_tier: _, ...expected } = RICH;
    expect(roundTrip(RICH)).toEqual(expected);
  });

  const requests = listFixtures('anthropic', '.request.json').filter((f) => !/count-tokens|error-/.test(f));
  for (const rel of requests) {
    it(`recorded request ${rel} round-trips`, () => {
      const body = fixtureJson(rel) as Obj;
      expect(normal(roundTrip(body))).toEqual(normal(body));
    });
  }

  const messages = listFixtures('anthropic', '.json').filter((f) => /\/message-[^.]+\.json$/.test(f));
  for (const rel of messages) {
    it(`recorded response ${rel}: content and stop reason round-trip`, () => {
      const src = fixtureJson(rel) as Obj;
      const ir = A.decodeResponse(src, ctx(), mapped({ stream: false }));
      const back = A.encodeResponse(ir, ctx(), mapped({ stream: false })) as Obj;
      expect(back.content).toEqual(src.content);
      expect(back.stop_reason).toBe(src.stop_reason);
      expect(back.usage).toEqual({
        input_tokens: src.usage.input_tokens,
        output_tokens: src.usage.output_tokens,
        cache_creation_input_tokens: src.usage.cache_creation_input_tokens ?? 0,
        cache_read_input_tokens: src.usage.cache_read_input_tokens ?? 0,
      });
    });
  }

  it('what another format cannot carry is reported block by block, not silently lost', () => {
    const losses = new LossReport('drop', 'anthropic-messages', 'openai-chat', 'openai');
    const user0 = { role: 'user', content: RICH.messages[0].content.filter((b: Obj) => b.source?.type !== 'file') };
    const ir = A.decodeRequest({ ...RICH, messages: [user0].concat([{ role: 'assistant', content: RICH.messages[1].content.filter((b: Obj) => !/server_tool|web_search/.test(b.type)) }], RICH.messages.slice(2)) }, losses, ctx());
    O.encodeRequest(ir, losses, ctx());
    // citations: on the assistant text block and in the PDF's settings; context: the PDF's context field.
    expect([...losses.dropped].sort()).toEqual(['cache_control', 'citations', 'container', 'context', 'context_management', 'thinking', 'tools[1]', 'top_k']);
    expect([...losses.degraded].sort()).toEqual(['cache_control', 'citations', 'context', 'context_management', 'thinking']);
  });
});

describe('LossReport policy matrix', () => {
  const report = (policy: 'reject' | 'drop' | 'strict') => new LossReport(policy, 'anthropic-messages', 'openai-chat', 'openai');
  it('reject (default): advisory dropped and degraded, semantic 400', () => {
    const r = report('reject');
    r.lose('context_management');
    expect(r.dropped).toEqual(['context_management']);
    expect(r.degraded).toEqual(['context_management']);
    expect(() => r.lose('top_k')).toThrow(GatewayError);
  });
  it('drop: both dropped, only advisory degraded', () => {
    const r = report('drop');
    r.lose('context_management');
    r.lose('top_k');
    expect(r.dropped).toEqual(['context_management', 'top_k']);
    expect(r.degraded).toEqual(['context_management']);
  });
  it('strict: both 400 naming the field', () => {
    const r = report('strict');
    for (const f of ['context_management', 'top_k']) {
      try {
        r.lose(f);
        throw new Error('expected rejection');
      } catch (e) {
        expect(e).toBeInstanceOf(GatewayError);
        expect((e as GatewayError).param).toBe(f);
      }
    }
  });
  it('an unclassified field is semantic; a field lost twice is listed once', () => {
    expect(report('reject').classOf('brand_new_field')).toBe('semantic');
    const r = report('drop');
    r.lose('cache_control', 'cache_control (top level, system, blocks, tools)');
    r.lose('cache_control', 'cache_control (top level, system, blocks, tools)');
    expect(r.dropped).toEqual(['cache_control']);
    expect(r.degraded).toEqual(['cache_control']);
  });
});
