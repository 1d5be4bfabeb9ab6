/**
 * OpenAI Chat ingress → Anthropic Messages upstream: request mapper tables,
 * every recorded Anthropic stream and message through the transcoder, and one
 * named regression test per known bug class of peer gateways.
 */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/errors.ts';
import {
  ANTHROPIC_VERSION,
  REASONING_EFFORT_BUDGETS,
  SYNTHETIC_JSON_TOOL,
  encodeToolChoice as encodeAnthropicToolChoice,
} from '../../runtime/formats/anthropic-messages/mapper.ts';
import { decodeToolChoice as decodeOpenAIToolChoice, encodeStopReason } from '../../runtime/formats/openai-chat/mapper.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import { ctx, events, fixture, fixtureJson, listFixtures, mapped, runBytewise, runChunked, runWhole, type Obj } from './helpers.ts';

/** The pair as the executor sees it: OpenAI decoder → IR → Anthropic encoder (and back). */
const T = selectTranscoder('openai-chat', 'anthropic-messages');
const mapError = T.mapError;
/** IR stop reason (= Anthropic stop_reason) → OpenAI finish_reason. */
const mapStopReason = encodeStopReason;
/** OpenAI tool_choice + parallel_tool_calls → IR → Anthropic tool_choice. */
function mapToolChoice(choice: unknown, parallelToolCalls: unknown): Record<string, unknown> | undefined {
  return encodeAnthropicToolChoice(decodeOpenAIToolChoice(choice, 'anthropic'), parallelToolCalls === false ? false : undefined);
}

// ---------------------------------------------------------------------------------------------
// Output grammar
// ---------------------------------------------------------------------------------------------

interface Summary {
  content: string;
  reasoning: string;
  thinkingBlocks: Obj[];
  toolCalls: { id: string; name: string; args: string }[];
  finish: string | null;
  usage: Obj | null;
  error: Obj | null;
  done: boolean;
  chunks: Obj[];
}

/** Checks the OpenAI chunk grammar and folds the stream into a summary. */
function checkOpenAIStream(out: string, includeUsage: boolean): Summary {
  const evs = events(out);
  const s: Summary = { content: '', reasoning: '', thinkingBlocks: [], toolCalls: [], finish: null, usage: null, error: null, done: false, chunks: [] };
  expect(out).not.toMatch(/"type": ?"ping"|event: ?ping/);
  evs.forEach((e, i) => {
    expect(e.event).toBeUndefined();
    expect(s.done).toBe(false); // nothing after [DONE]
    expect(s.error).toBeNull(); // nothing after an error
    if (e.data === '[DONE]') {
      expect(i).toBe(evs.length - 1);
      s.done = true;
      return;
    }
    const c = JSON.parse(e.data) as Obj;
    if (c.error) {
      expect(Object.keys(c.error).sort()).toEqual(['code', 'message', 'param', 'type']);
      s.error = c.error as Obj;
      return;
    }
    s.chunks.push(c);
    expect(c.object).toBe('chat.completion.chunk');
    expect(c.model).toBe('my-alias');
    if (c.choices.length === 0) {
      expect(includeUsage).toBe(true);
      expect(s.finish).not.toBeNull();
      s.usage = c.usage as Obj;
      return;
    }
    expect(s.finish).toBeNull(); // the finish chunk is the last choice chunk
    expect(c.choices).toHaveLength(1);
    const ch = c.choices[0] as Obj;
    expect(ch.index).toBe(0);
    if (includeUsage) expect(c.usage).toBeNull();
    else expect('usage' in c).toBe(false);
    const d = ch.delta as Obj;
    if (s.chunks.length === 1) expect(d).toEqual({ role: 'assistant', content: '' });
    if (typeof d.content === 'string') s.content += d.content;
    if (typeof d.reasoning_content === 'string') s.reasoning += d.reasoning_content;
    if (Array.isArray(d.thinking_blocks)) s.thinkingBlocks.push(...(d.thinking_blocks as Obj[]));
    if (Array.isArray(d.tool_calls)) {
      expect(d.tool_calls).toHaveLength(1);
      const tc = d.tool_calls[0] as Obj;
      if (tc.index === s.toolCalls.length) {
        // first fragment: id, type, name, arguments ""
        expect(tc.id).toEqual(expect.any(String));
        expect(tc.type).toBe('function');
        expect(tc.function.arguments).toBe('');
        s.toolCalls.push({ id: tc.id as string, name: tc.function.name as string, args: '' });
      } else {
        expect(tc.index).toBeLessThan(s.toolCalls.length);
        expect(tc.id).toBeUndefined();
        expect(tc.function.name).toBeUndefined();
        expect(tc.function.arguments).not.toBe('');
        (s.toolCalls[tc.index as number] as { args: string }).args += tc.function.arguments as string;
      }
    }
    if (ch.finish_reason !== null) {
      expect(d).toEqual({});
      s.finish = ch.finish_reason as string;
    }
  });
  if (s.error === null) {
    expect(s.done).toBe(true);
    expect(s.finish).not.toBeNull();
    if (includeUsage) expect(s.usage).not.toBeNull();
  } else {
    expect(s.done).toBe(false); // an error is terminal: no [DONE] after it
  }
  return s;
}

function stream(rel: string, includeUsage = true, over: Parameters<typeof mapped>[0] = {}): { out: string; s: Summary; t: ReturnType<typeof T.createStream> } {
  const t = T.createStream(ctx(), mapped({ includeUsage, ...over }));
  const out = runWhole(t, fixture(rel));
  return { out, s: checkOpenAIStream(out, includeUsage), t };
}

// ---------------------------------------------------------------------------------------------
// Request mapping
// ---------------------------------------------------------------------------------------------

function req(body: Obj, over: Parameters<typeof ctx>[0] = {}) {
  return T.mapRequest({ model: 'my-alias', messages: [{ role: 'user', content: 'hi' }], ...body }, ctx(over));
}

function rejects(body: Obj, param: string): void {
  try {
    req(body);
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).status).toBe(400);
    expect((e as GatewayError).param).toBe(param);
    return;
  }
  throw new Error(`expected a 400 for ${param}`);
}

describe('mapToolChoice (OpenAI → Anthropic)', () => {
  const table: [unknown, unknown, unknown][] = [
    ['auto', undefined, { type: 'auto' }],
    ['none', undefined, { type: 'none' }],
    ['required', undefined, { type: 'any' }],
    [{ type: 'function', function: { name: 'f' } }, undefined, { type: 'tool', name: 'f' }],
    [undefined, undefined, undefined],
    [undefined, false, { type: 'auto', disable_parallel_tool_use: true }],
    ['required', false, { type: 'any', disable_parallel_tool_use: true }],
    [{ type: 'function', function: { name: 'f' } }, false, { type: 'tool', name: 'f', disable_parallel_tool_use: true }],
    ['none', false, { type: 'none' }],
    ['auto', true, { type: 'auto' }],
  ];
  for (const [choice, ptc, expected] of table) {
    it(`${JSON.stringify(choice)} + parallel_tool_calls ${String(ptc)}`, () => {
      expect(mapToolChoice(choice, ptc)).toEqual(expected);
    });
  }
  it('rejects allowed_tools', () => {
    expect(() => mapToolChoice({ type: 'allowed_tools', allowed_tools: {} }, undefined)).toThrow(GatewayError);
  });
});

describe('mapStopReason (Anthropic → OpenAI finish_reason)', () => {
  const table: [unknown, string][] = [
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    [null, 'stop'],
    ['something_new', 'stop'],
  ];
  for (const [r, f] of table) it(`${String(r)} → ${f}`, () => expect(mapStopReason(r)).toBe(f));
});

describe('mapRequest (OpenAI → Anthropic)', () => {
  it('pins anthropic-version and sets the upstream model and default max_tokens', () => {
    const m = req({});
    expect(m.headers).toEqual({ 'anthropic-version': ANTHROPIC_VERSION });
    expect(m.body).toEqual({ model: 'upstream-model', messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }], max_tokens: 4096 });
    expect(m.stream).toBe(false);
    expect(m.dropped).toEqual([]);
  });

  it('hoists system and developer messages (any position) into system blocks, keeping cache_control', () => {
    const m = req({
      messages: [
        { role: 'system', content: 'S1' },
        { role: 'user', content: 'u1' },
        { role: 'developer', content: [{ type: 'text', text: 'S2', cache_control: { type: 'ephemeral' } }] },
        { role: 'assistant', content: 'a1' },
      ],
    });
    expect(m.body.system).toEqual([{ type: 'text', text: 'S1' }, { type: 'text', text: 'S2', cache_control: { type: 'ephemeral' } }]);
    expect(m.body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'u1' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'a1' }] },
    ]);
  });

  it('merges consecutive same-role turns; tool messages become user tool_result blocks before the next user text', () => {
    const m = req({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'user', content: 'q2' },
        { role: 'assistant', content: 'Let me check.', tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
          { id: 'call_2', type: 'function', function: { name: 'b', arguments: '' } },
        ] },
        { role: 'tool', tool_call_id: 'call_1', content: 'r1' },
        { role: 'tool', tool_call_id: 'call_2', content: 'boom', is_error: true },
        { role: 'user', content: 'and?' },
      ],
    });
    expect(m.body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'q' }, { type: 'text', text: 'q2' }] },
      { role: 'assistant', content: [
        { type: 'text', text: 'Let me check.' },
        { type: 'tool_use', id: 'call_1', name: 'a', input: { x: 1 } },
        { type: 'tool_use', id: 'call_2', name: 'b', input: {} },
      ] },
      { role: 'user', content: [
        { type: 'tool_result', tool_use_id: 'call_1', content: 'r1' },
        { type: 'tool_result', tool_use_id: 'call_2', content: 'boom', is_error: true },
        { type: 'text', text: 'and?' },
      ] },
    ]);
  });

  it('keeps images inside tool results', () => {
    const m = req({
      messages: [
        { role: 'user', content: 'look' },
        { role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'shot', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c', content: [
          { type: 'text', text: 'screenshot:' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        ] },
      ],
    });
    const last = (m.body.messages as Obj[])[2] as Obj;
    expect(last.content).toEqual([
      { type: 'tool_result', tool_use_id: 'c', content: [
        { type: 'text', text: 'screenshot:' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      ] },
    ]);
  });

  it('maps image_url (data:, https, pdf) and file parts', () => {
    const m = req({
      messages: [{ role: 'user', content: [
        { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA', detail: 'high' } },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png?x=1' } },
        { type: 'image_url', image_url: { url: 'https://example.com/paper.PDF' } },
        { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0=' } },
        { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' } },
        { type: 'file', file: { filename: 'notes.txt', file_data: 'data:text/plain;base64,aGVsbG8=' } },
      ] }],
    });
    expect((m.body.messages as Obj[])[0]!.content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: 'AAAA' } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.png?x=1' } },
      { type: 'document', source: { type: 'url', url: 'https://example.com/paper.PDF' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'a.pdf' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'hello' }, title: 'notes.txt' },
    ]);
  });

  it('rejects content it cannot carry (file_id, input_audio, ftp image) whatever the policy', () => {
    rejects({ messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }] }, 'messages[0].content[0].file');
    rejects({ messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: '', format: 'wav' } }] }] }, 'messages[0].content[0].type');
    rejects({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x/y.png' } }] }] }, 'messages[0].content[0].image_url');
    rejects({ messages: [{ role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{oops' } }] }] }, 'messages[0].tool_calls[0].function.arguments');
  });

  it('maps tools, tool_choice, parallel_tool_calls, stop, temperature/top_p, user', () => {
    const m = req({
      tools: [{ type: 'function', function: { name: 'get', description: 'd', parameters: { type: 'object', properties: { a: { type: 'string' } } }, strict: true } },
        { type: 'function', function: { name: 'noargs' } }],
      tool_choice: 'required',
      parallel_tool_calls: false,
      stop: 'END',
      temperature: 0.2,
      top_p: 0.9,
      user: 'u-1',
    });
    expect(m.body.tools).toEqual([
      { name: 'get', description: 'd', input_schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true },
      { name: 'noargs', input_schema: { type: 'object', properties: {} } },
    ]);
    expect(m.body.tool_choice).toEqual({ type: 'any', disable_parallel_tool_use: true });
    expect(m.body.stop_sequences).toEqual(['END']);
    expect(m.body.temperature).toBe(0.2);
    expect(m.body.top_p).toBe(0.9);
    expect(m.body.metadata).toEqual({ user_id: 'u-1' });
    expect(m.headers['anthropic-version']).toBe('2023-06-01');
  });

  it('max_completion_tokens wins over max_tokens; defaultMaxTokens from the context otherwise', () => {
    expect(req({ max_tokens: 10, max_completion_tokens: 20 }).body.max_tokens).toBe(20);
    expect(req({ max_tokens: 10 }).body.max_tokens).toBe(10);
    expect(req({}, { defaultMaxTokens: 64000 }).body.max_tokens).toBe(64000);
  });

  describe('reasoning_effort → thinking budget', () => {
    for (const [effort, budget] of Object.entries(REASONING_EFFORT_BUDGETS)) {
      it(`${effort} → ${budget} (capped below max_tokens)`, () => {
        const m = req({ reasoning_effort: effort }, { defaultMaxTokens: 128000 });
        expect(m.body.thinking).toEqual({ type: 'enabled', budget_tokens: budget });
        expect(m.body.max_tokens as number).toBeGreaterThan(budget);
      });
    }
    it('caps the budget at max_tokens − 1', () => {
      const m = req({ reasoning_effort: 'high', max_completion_tokens: 5000 });
      expect(m.body.thinking).toEqual({ type: 'enabled', budget_tokens: 4999 });
      expect(m.body.max_tokens).toBe(5000);
    });
    it('rejects a limit too small for the minimum budget', () => {
      rejects({ reasoning_effort: 'low', max_completion_tokens: 1000 }, 'max_completion_tokens');
    });
    it('none → no thinking; an explicit thinking field passes as is and wins', () => {
      expect(req({ reasoning_effort: 'none' }).body.thinking).toBeUndefined();
      expect(req({ reasoning_effort: 'high', thinking: { type: 'enabled', budget_tokens: 2000 } }).body.thinking).toEqual({ type: 'enabled', budget_tokens: 2000 });
    });
  });

  it('response_format json_schema → forced synthetic tool; json_object → object schema', () => {
    const schema = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
    const m = req({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema } } });
    expect(m.body.tools).toEqual([{ name: SYNTHETIC_JSON_TOOL, description: expect.any(String), input_schema: schema }]);
    expect(m.body.tool_choice).toEqual({ type: 'tool', name: SYNTHETIC_JSON_TOOL });
    expect(m.syntheticJsonTool).toBe(SYNTHETIC_JSON_TOOL);
    expect((req({ response_format: { type: 'json_object' } }).body.tools as Obj[])[0]!.input_schema).toEqual({ type: 'object' });
    expect(req({ response_format: { type: 'text' } }).body.tools).toBeUndefined();
    rejects({ response_format: { type: 'json_object' }, tools: [{ type: 'function', function: { name: 'f' } }] }, 'response_format');
  });

  it('stream + stream_options.include_usage', () => {
    const m = req({ stream: true, stream_options: { include_usage: true } });
    expect(m.body.stream).toBe(true);
    expect(m.stream).toBe(true);
    expect(m.includeUsage).toBe(true);
    expect(req({ stream: true }).includeUsage).toBe(false);
  });

  describe('unsupported fields', () => {
    const table: [string, unknown][] = [
      ['n', 2], ['logprobs', true], ['top_logprobs', 3], ['logit_bias', { '50256': -100 }], ['presence_penalty', 0.5],
      ['frequency_penalty', 1], ['seed', 42], ['audio', { voice: 'alloy', format: 'mp3' }], ['modalities', ['text', 'audio']],
      ['prediction', { type: 'content', content: 'x' }], ['store', true], ['metadata', { a: 'b' }], ['service_tier', 'flex'],
      ['verbosity', 'low'], ['web_search_options', {}], ['functions', [{ name: 'f' }]], ['function_call', 'auto'], ['some_unknown_field', 1],
    ];
    /** Advisory losses (specs/translation.ts): the default policy drops them and names them in `degraded`; `strict` rejects them. */
    const ADVISORY = new Set(['prediction', 'metadata', 'service_tier', 'verbosity']);
    for (const [field, value] of table) {
      const advisory = ADVISORY.has(field);
      it(`${field}: 400 naming the field ${advisory ? 'under strict (advisory: dropped and reported as degraded by default)' : 'by default'}, dropped and reported under drop`, () => {
        try {
          req({ [field]: value }, advisory ? { unsupportedParams: 'strict' } : {});
          throw new Error('expected rejection');
        } catch (e) {
          expect(e).toBeInstanceOf(GatewayError);
          expect((e as GatewayError).param).toBe(field);
          expect((e as GatewayError).message).toContain(`\`${field}\` is not supported by the anthropic upstream`);
        }
        if (advisory) {
          const d = req({ [field]: value });
          expect(d.dropped).toEqual([field]);
          expect(d.degraded).toEqual([field]);
          expect(field in d.body).toBe(false);
        } else {
          expect(() => req({ [field]: value }, { unsupportedParams: 'strict' })).toThrow(GatewayError);
        }
        const m = req({ [field]: value }, { unsupportedParams: 'drop' });
        expect(m.dropped).toEqual([field]);
        expect(field in m.body).toBe(false);
      });
    }
    it('accepts defaults that change nothing (n:1, logprobs:false, penalties 0, store:false, modalities:[text])', () => {
      const m = req({ n: 1, logprobs: false, presence_penalty: 0, frequency_penalty: 0, store: false, modalities: ['text'], seed: null, service_tier: 'auto' });
      expect(m.dropped).toEqual([]);
    });
    it('prompt caching hints are dropped and reported, never rejected', () => {
      const m = req({ prompt_cache_key: 'k', prompt_cache_options: { mode: 'explicit' } });
      expect(m.dropped).toEqual(['prompt_cache_key', 'prompt_cache_options']);
    });
  });

  it('does not mutate the caller body', () => {
    const body = { model: 'm', messages: [{ role: 'system', content: 's' }, { role: 'assistant', content: 'x  ' }], tools: [{ type: 'function', function: { name: 'f' } }] };
    const copy = structuredClone(body);
    T.mapRequest(body, ctx());
    expect(body).toEqual(copy);
  });

  it('trims trailing whitespace of a final assistant prefill', () => {
    const m = req({ messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'Answer: ' }] });
    expect((m.body.messages as Obj[])[1]).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'Answer:' }] });
  });

  describe('recorded OpenAI requests map without error (drop policy)', () => {
    for (const rel of [...listFixtures('openai', '.request.json'), ...listFixtures('openai/tool-choice', '.request.json')]) {
      it(rel, () => {
        const body = fixtureJson(rel) as Obj;
        if (rel.includes('/error-400-unsupported-parameter')) {
          // recorded to provoke a 400 (max_tokens: 0): the gateway answers the 400 itself
          expect(() => T.mapRequest(body, ctx({ unsupportedParams: 'drop' }))).toThrow(/max_tokens/);
          return;
        }
        const m = T.mapRequest(body, ctx({ unsupportedParams: 'drop' }));
        expect(m.body.model).toBe('upstream-model');
        expect(Array.isArray(m.body.messages)).toBe(true);
        expect(m.body.max_tokens).toEqual(expect.any(Number));
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Response mapping
// ---------------------------------------------------------------------------------------------

describe('mapResponse (Anthropic Message → chat.completion)', () => {
  const jsonFixtures = [...listFixtures('anthropic', '.json').filter((f) => /\/message-[^.]+\.json$/.test(f)), ...listFixtures('anthropic/tool-choice', '.json').filter((f) => !f.endsWith('.request.json'))];
  for (const rel of jsonFixtures) {
    it(`${rel}: well-formed`, () => {
      const msg = fixtureJson(rel) as Obj;
      const { body, usage } = T.mapResponse(msg, ctx(), mapped({ stream: false }));
      const b = body as Obj;
      expect(b.object).toBe('chat.completion');
      expect(b.id).toBe(msg.id);
      expect(b.model).toBe('my-alias');
      expect(b.created).toBe(1_700_000_000);
      const choice = b.choices[0] as Obj;
      expect(choice.finish_reason).toBe(mapStopReason(msg.stop_reason));
      const u = msg.usage as Obj;
      const prompt = u.input_tokens + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
      expect(b.usage.prompt_tokens).toBe(prompt);
      expect(b.usage.completion_tokens).toBe(u.output_tokens);
      expect(b.usage.total_tokens).toBe(prompt + u.output_tokens);
      expect(b.usage.prompt_tokens_details.cached_tokens).toBe(u.cache_read_input_tokens ?? 0);
      expect(usage.reported).toBe(true);
      const tools = (msg.content as Obj[]).filter((c) => c.type === 'tool_use');
      if (tools.length > 0) {
        expect(choice.message.tool_calls).toEqual(tools.map((t) => ({ id: t.id, type: 'function', function: { name: t.name, arguments: JSON.stringify(t.input) } })));
      }
    });
  }

  it('concatenates text; tool calls keep order; cache usage is summed into prompt_tokens', () => {
    const { body } = T.mapResponse(fixtureJson('anthropic/message-cache-read-and-creation.json'), ctx(), mapped());
    const b = body as Obj;
    expect(b.usage).toEqual({ prompt_tokens: 3 + 418 + 1111, completion_tokens: (fixtureJson('anthropic/message-cache-read-and-creation.json') as Obj).usage.output_tokens, total_tokens: expect.any(Number), prompt_tokens_details: { cached_tokens: 1111, cache_write_tokens: 418 } });
  });

  it('parallel tool use (4 calls)', () => {
    const { body } = T.mapResponse(fixtureJson('anthropic/message-parallel-tool-use-4.json'), ctx(), mapped());
    const m = (body as Obj).choices[0].message as Obj;
    expect(m.tool_calls).toHaveLength(4);
    expect((body as Obj).choices[0].finish_reason).toBe('tool_calls');
  });

  it('tool call with no arguments → arguments "{}"', () => {
    const { body } = T.mapResponse(fixtureJson('anthropic/message-tool-use-no-args.json'), ctx(), mapped());
    const tc = ((body as Obj).choices[0].message as Obj).tool_calls as Obj[];
    expect(tc[0]!.function.arguments).toBe('{}');
  });

  it('refusal → finish_reason content_filter', () => {
    const { body } = T.mapResponse(fixtureJson('anthropic/message-refusal.json'), ctx(), mapped());
    expect((body as Obj).choices[0].finish_reason).toBe('content_filter');
    expect((body as Obj).choices[0].message.content).toBeNull();
  });

  it('thinking → reasoning_content + thinking_blocks with signature', () => {
    const msg = fixtureJson('anthropic/message-thinking.json') as Obj;
    const { body } = T.mapResponse(msg, ctx(), mapped());
    const m = (body as Obj).choices[0].message as Obj;
    expect(m.reasoning_content).toBe('925 divided by 5 = 185');
    expect(m.thinking_blocks).toEqual([{ type: 'thinking', thinking: '925 divided by 5 = 185', signature: (msg.content as Obj[])[0]!.signature }]);
    expect(m.content).toBe('925 ÷ 5 = 185');
  });

  it('synthetic JSON tool → content, finish_reason stop', () => {
    const msg = { id: 'msg_1', content: [{ type: 'tool_use', id: 't', name: SYNTHETIC_JSON_TOOL, input: { a: 1 } }], stop_reason: 'tool_use', usage: { input_tokens: 1, output_tokens: 2 } };
    const { body } = T.mapResponse(msg, ctx(), mapped({ syntheticJsonTool: SYNTHETIC_JSON_TOOL }));
    const c = (body as Obj).choices[0] as Obj;
    expect(c.message.content).toBe('{"a":1}');
    expect(c.message.tool_calls).toBeUndefined();
    expect(c.finish_reason).toBe('stop');
  });

  it('rejects a body that is not a Message (502)', () => {
    expect(() => T.mapResponse({ foo: 1 }, ctx(), mapped())).toThrow(GatewayError);
  });
});

describe('mapError (Anthropic → OpenAI envelope)', () => {
  const table: [string, number, string, string | null][] = [
    ['anthropic/error-429-rate-limit.json', 429, 'rate_limit_exceeded', 'rate_limit_exceeded'],
    ['anthropic/error-529-overloaded.json', 529, 'server_error', 'overloaded'],
    ['anthropic/error-400-invalid-request-tool-result.json', 400, 'invalid_request_error', null],
    ['anthropic/error-404-not-found-count-tokens.json', 404, 'invalid_request_error', 'not_found'],
  ];
  for (const [rel, status, type, code] of table) {
    it(rel, () => {
      const src = fixtureJson(rel) as Obj;
      const r = mapError(status, src);
      expect(r.status).toBe(status);
      expect(r.body).toEqual({ error: { message: src.error.message, type, param: null, code } });
    });
  }
  it('non-JSON body → by status', () => {
    expect(mapError(500, 'oops')).toEqual({ status: 500, body: { error: { message: 'The anthropic upstream returned HTTP 500.', type: 'server_error', param: null, code: null } } });
  });
});

// ---------------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------------

describe('every Anthropic SSE fixture → OpenAI chunks', () => {
  for (const rel of listFixtures('anthropic', '.sse')) {
    for (const includeUsage of [true, false]) {
      it(`${rel} (include_usage ${includeUsage}): valid grammar, identical when split at every byte`, () => {
        const { out, t } = stream(rel, includeUsage);
        const t2 = T.createStream(ctx(), mapped({ includeUsage }));
        expect(runBytewise(t2, fixture(rel))).toBe(out);
        const t3 = T.createStream(ctx(), mapped({ includeUsage }));
        expect(runChunked(t3, fixture(rel), 7)).toBe(out);
        expect(t.finished).toBe(true);
        expect(t2.usage).toEqual(t.usage);
      });
    }
  }

  it('text stream: content and usage', () => {
    const { s } = stream('anthropic/stream-text.sse');
    expect(s.content.length).toBeGreaterThan(10);
    expect(s.finish).toBe('stop');
  });

  it('tool use only: one tool call, arguments are valid JSON', () => {
    const { s } = stream('anthropic/stream-tool-use-only.sse');
    expect(s.toolCalls).toHaveLength(1);
    expect(() => JSON.parse(s.toolCalls[0]!.args) as unknown).not.toThrow();
    expect(s.finish).toBe('tool_calls');
  });

  it('pause_turn → stop', () => {
    expect(stream('anthropic/stream-pause-turn.sse').s.finish).toBe('stop');
  });
});

describe('regressions (named per bug class)', () => {
  it('wrong tool-call indexes: text then tool_use (Anthropic block index 1) → tool_calls index 0', () => {
    for (const rel of ['anthropic/stream-text-then-tool-use.sse', 'anthropic/stream-tool-use-sdkfixture.sse', 'anthropic/stream-text-then-tool-use-no-args.sse']) {
      const { s } = stream(rel);
      expect(s.content.length).toBeGreaterThan(0);
      expect(s.toolCalls).toHaveLength(1); // the checker asserts the first fragment has index 0
      expect(s.finish).toBe('tool_calls');
    }
  });

  it('double-counted cache tokens: stream-prompt-cache-usage reports message_delta usage once (replace, not add)', () => {
    const { s, t } = stream('anthropic/stream-prompt-cache-usage.sse');
    expect(s.usage).toEqual({ prompt_tokens: 6 + 3337 + 6289, completion_tokens: 198, total_tokens: 6 + 3337 + 6289 + 198, prompt_tokens_details: { cached_tokens: 6289, cache_write_tokens: 3337 } });
    expect(t.usage).toEqual({ input: 6, output: 198, cacheCreation: 3337, cacheCreation1h: 0, cacheRead: 6289, reasoning: 0, reported: true });
  });

  it('usage from message_start is kept when message_delta only repeats output_tokens', () => {
    const { s } = stream('anthropic/stream-text-then-tool-use.sse');
    expect(s.usage!.prompt_tokens).toBe(849);
    expect(s.usage!.completion_tokens).toBe(47);
  });

  it('mid-stream errors turned into truncations: stream-error-overloaded-midstream → error data event, no [DONE]', () => {
    const { out, s, t } = stream('anthropic/stream-error-overloaded-midstream.sse');
    expect(s.content).toBe('Hello');
    expect(s.error).toEqual({ message: 'Overloaded', type: 'server_error', param: null, code: 'overloaded' });
    expect(s.done).toBe(false);
    expect(s.finish).toBeNull(); // no invented finish_reason
    expect(t.sawUpstreamError).toBe(true);
    expect(out.endsWith('"code":"overloaded"}}\n\n')).toBe(true);
  });

  it('upstream EOF without message_stop → error event (code upstream_stream_truncated), not a silent end', () => {
    const body = fixture('anthropic/stream-text.sse');
    const cut = body.subarray(0, body.indexOf('message_delta'));
    const t = T.createStream(ctx(), mapped({ includeUsage: true }));
    const out = runWhole(t, cut);
    const s = checkOpenAIStream(out, true);
    expect(s.error!.code).toBe('upstream_stream_truncated');
    expect(t.sawUpstreamError).toBe(false);
    expect(t.finished).toBe(true);
  });

  it('ping leaking into OpenAI streams: no event for ping, in any spelling', () => {
    for (const rel of ['anthropic/stream-text-then-tool-use-no-args.sse', 'anthropic/stream-redacted-thinking.sse', 'anthropic/stream-text-padded-real.sse']) {
      expect(fixture(rel).toString()).toMatch(/"type": ?"ping"/);
      const { out } = stream(rel);
      expect(out).not.toMatch(/"type": ?"ping"|event: ?ping/);
    }
  });

  it('lost thinking signatures: response reasoning + signature → next request replays the thinking block verbatim', () => {
    const { s } = stream('anthropic/stream-thinking-signature.sse');
    expect(s.thinkingBlocks).toHaveLength(1);
    const block = s.thinkingBlocks[0] as Obj;
    expect(block.type).toBe('thinking');
    expect(block.thinking).toBe(s.reasoning);
    expect(block.signature.length).toBeGreaterThan(20);
    // the raw upstream thinking text and signature, concatenated from the fixture
    const raw = events(fixture('anthropic/stream-thinking-signature.sse').toString());
    let thinking = '';
    let signature = '';
    for (const e of raw) {
      const d = JSON.parse(e.data) as Obj;
      if (d.type === 'content_block_delta' && d.delta.type === 'thinking_delta') thinking += d.delta.thinking;
      if (d.type === 'content_block_delta' && d.delta.type === 'signature_delta') signature += d.delta.signature;
    }
    expect(block).toEqual({ type: 'thinking', thinking, signature });
    // next turn: the caller sends the assistant message back with thinking_blocks
    const next = req({
      reasoning_effort: 'low',
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: s.content, reasoning_content: s.reasoning, thinking_blocks: s.thinkingBlocks },
        { role: 'user', content: 'more' },
      ],
    });
    const assistant = (next.body.messages as Obj[])[1] as Obj;
    expect(assistant.content[0]).toEqual({ type: 'thinking', thinking, signature });
    expect(assistant.content[1]).toEqual({ type: 'text', text: s.content });
  });

  it('lost thinking signatures (JSON): message-thinking → thinking_blocks → replay; reasoning_signature also accepted', () => {
    const msg = fixtureJson('anthropic/message-thinking.json') as Obj;
    const m = (T.mapResponse(msg, ctx(), mapped()).body as Obj).choices[0].message as Obj;
    const next = req({ messages: [{ role: 'user', content: 'q' }, m, { role: 'user', content: 'again' }] });
    expect(((next.body.messages as Obj[])[1] as Obj).content[0]).toEqual(msg.content[0]);
    const alt = req({ messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a', reasoning_content: 'r', reasoning_signature: 'sig' }, { role: 'user', content: 'x' }] });
    expect(((alt.body.messages as Obj[])[1] as Obj).content[0]).toEqual({ type: 'thinking', thinking: 'r', signature: 'sig' });
  });

  it('redacted_thinking replayed: streamed data blocks come back verbatim', () => {
    const { s } = stream('anthropic/stream-redacted-thinking.sse');
    expect(s.thinkingBlocks.map((b) => b.type)).toEqual(['redacted_thinking', 'redacted_thinking']);
    const raw = events(fixture('anthropic/stream-redacted-thinking.sse').toString())
      .map((e) => JSON.parse(e.data) as Obj)
      .filter((d) => d.type === 'content_block_start' && d.content_block.type === 'redacted_thinking')
      .map((d) => d.content_block as Obj);
    expect(s.thinkingBlocks).toEqual(raw);
    const next = req({ messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: s.content, thinking_blocks: s.thinkingBlocks }, { role: 'user', content: 'x' }] });
    expect(((next.body.messages as Obj[])[1] as Obj).content.slice(0, 2)).toEqual(raw);
  });

  it('dropped cache_control: part, message and tool cache_control (and prompt_cache_breakpoint) reach Anthropic', () => {
    const m = req({
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'big system', cache_control: { type: 'ephemeral' } }] },
        { role: 'user', content: [{ type: 'text', text: 'doc', prompt_cache_breakpoint: { mode: 'explicit' } }] },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: 'q', cache_control: { type: 'ephemeral', ttl: '1h' } },
      ],
      tools: [{ type: 'function', function: { name: 'f' }, cache_control: { type: 'ephemeral' } }],
    });
    expect((m.body.system as Obj[])[0]!.cache_control).toEqual({ type: 'ephemeral' });
    const msgs = m.body.messages as Obj[];
    expect(msgs[0]!.content[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(msgs[2]!.content[0].cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    expect((m.body.tools as Obj[])[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(m.dropped).toEqual([]);
  });

  it('empty first partial_json: skipped (the first fragment carries arguments "")', () => {
    const { out, s } = stream('anthropic/stream-tool-use-only.sse');
    expect(fixture('anthropic/stream-tool-use-only.sse').toString()).toContain('"partial_json":""');
    expect(out).not.toContain('"function":{"arguments":""}}');
    expect(s.toolCalls[0]!.args.startsWith('{')).toBe(true);
  });

  it('tool call with no arguments: the accumulated arguments are "{}", as in the JSON response', () => {
    const { s } = stream('anthropic/stream-text-then-tool-use-no-args.sse');
    expect(s.toolCalls).toHaveLength(1);
    expect(s.toolCalls[0]!.args).toBe('{}');
    expect(s.finish).toBe('tool_calls');
  });

  it('max_tokens cut mid tool JSON: fragments verbatim, finish_reason length', () => {
    const { s } = stream('anthropic/stream-max-tokens-incomplete-tool-json.sse');
    expect(s.toolCalls).toHaveLength(1);
    expect(() => JSON.parse(s.toolCalls[0]!.args) as unknown).toThrow();
    expect(s.finish).toBe('length');
  });

  it('refusal: stream-refusal-stop-details → finish_reason content_filter, no content', () => {
    const { s } = stream('anthropic/stream-refusal-stop-details.sse');
    expect(s.finish).toBe('content_filter');
    expect(s.content).toBe('');
  });

  it('duplicate message_start is ignored (one role chunk, usage not doubled)', () => {
    const body = fixture('anthropic/stream-text.sse').toString();
    const first = body.slice(0, body.indexOf('\n\n') + 2);
    const t = T.createStream(ctx(), mapped({ includeUsage: true }));
    const out = runWhole(t, Buffer.from(first + body));
    const s = checkOpenAIStream(out, true);
    expect(s.chunks.filter((c) => c.choices[0]?.delta.role === 'assistant')).toHaveLength(1);
    const once = stream('anthropic/stream-text.sse').s;
    expect(s.usage).toEqual(once.usage);
  });

  it('synthetic JSON tool streams as content with finish_reason stop', () => {
    const sse = [
      'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","usage":{"input_tokens":5,"output_tokens":1}}}\n\n',
      `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t","name":"${SYNTHETIC_JSON_TOOL}","input":{}}}\n\n`,
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\\"a\\":"}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"1}"}}\n\n',
      'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":9}}\n\n',
      'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    ].join('');
    const t = T.createStream(ctx(), mapped({ syntheticJsonTool: SYNTHETIC_JSON_TOOL }));
    const s = checkOpenAIStream(runWhole(t, Buffer.from(sse)), false);
    expect(s.content).toBe('{"a":1}');
    expect(s.toolCalls).toEqual([]);
    expect(s.finish).toBe('stop');
  });

  it('unknown event types are ignored', () => {
    const body = fixture('anthropic/stream-text.sse').toString();
    const withUnknown = body.replace('event: content_block_stop', 'event: brand_new\ndata: {"type":"brand_new","x":1}\n\nevent: content_block_stop');
    const a = runWhole(T.createStream(ctx(), mapped()), Buffer.from(body));
    const b = runWhole(T.createStream(ctx(), mapped()), Buffer.from(withUnknown));
    expect(b).toBe(a);
  });
});
