/**
 * Anthropic Messages ingress → OpenAI Chat upstream: request mapper tables,
 * every recorded OpenAI / OpenAI-compatible stream and completion through the
 * transcoder, and named regression tests per bug class.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, GatewayError, anthropicErrorTypeForStatus } from '../../runtime/errors.ts';
import { decodeToolChoice as decodeAnthropicToolChoice } from '../../runtime/formats/anthropic-messages/mapper.ts';
import { decodeFinishReason, encodeToolChoice, irErrorTypeForOpenAI, thinkingToEffort } from '../../runtime/formats/openai-chat/mapper.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import { ctx, events, fixture, fixtureJson, listFixtures, mapped, runBytewise, runChunked, runWhole, type Obj } from './helpers.ts';

/** The pair as the executor sees it: Anthropic decoder → IR → OpenAI encoder (and back). */
const T = selectTranscoder('anthropic-messages', 'openai-chat');
const mapError = T.mapError;
/** OpenAI finish_reason → IR stop reason (= Anthropic stop_reason). */
const mapFinishReason = decodeFinishReason;
/** Anthropic thinking → OpenAI reasoning_effort. */
const mapThinking = thinkingToEffort;
const anthropicErrorTypeForOpenAI = irErrorTypeForOpenAI;
/** Anthropic tool_choice → IR → OpenAI tool_choice + parallel_tool_calls. */
function mapToolChoice(choice: unknown): { toolChoice?: unknown; parallelToolCalls?: boolean } {
  const d = decodeAnthropicToolChoice(choice, 'openai');
  return encodeToolChoice(d.toolChoice, d.parallelToolCalls);
}

// ---------------------------------------------------------------------------------------------
// Output grammar
// ---------------------------------------------------------------------------------------------

interface Block {
  type: string;
  text: string;
  thinking: string;
  json: string;
  start: Obj;
}
interface Summary {
  names: string[];
  blocks: Block[];
  stopReason: string | null;
  usage: Obj | null;
  error: Obj | null;
  messageStart: Obj | null;
}

/** Checks the Anthropic event grammar and folds the stream into a summary. */
function checkAnthropicStream(out: string): Summary {
  const evs = events(out);
  const s: Summary = { names: [], blocks: [], stopReason: null, usage: null, error: null, messageStart: null };
  let open: number | null = null;
  let stopped = false;
  for (const e of evs) {
    expect(stopped).toBe(false);
    expect(s.error).toBeNull();
    const d = JSON.parse(e.data) as Obj;
    expect(e.event).toBe(d.type);
    s.names.push(d.type as string);
    switch (d.type) {
      case 'message_start':
        expect(s.messageStart).toBeNull(); // exactly one, first
        expect(s.names).toHaveLength(1);
        expect(d.message.model).toBe('my-alias');
        expect(d.message.id).toMatch(/^msg_/);
        s.messageStart = d.message as Obj;
        break;
      case 'content_block_start':
        expect(s.messageStart).not.toBeNull();
        expect(open).toBeNull();
        expect(d.index).toBe(s.blocks.length);
        open = d.index as number;
        s.blocks.push({ type: d.content_block.type as string, text: '', thinking: '', json: '', start: d.content_block as Obj });
        break;
      case 'content_block_delta': {
        const b = s.blocks[d.index as number];
        expect(b).toBeDefined();
        expect(d.index).toBe(open);
        if (d.delta.type === 'text_delta') {
          expect(b!.type).toBe('text');
          b!.text += d.delta.text;
        } else if (d.delta.type === 'thinking_delta') {
          expect(b!.type).toBe('thinking');
          b!.thinking += d.delta.thinking;
        } else if (d.delta.type === 'input_json_delta') {
          expect(b!.type).toBe('tool_use');
          expect(d.delta.partial_json).not.toBe('');
          b!.json += d.delta.partial_json;
        } else throw new Error(`unexpected delta ${String(d.delta.type)}`);
        break;
      }
      case 'content_block_stop':
        expect(d.index).toBe(open);
        open = null;
        break;
      case 'message_delta':
        expect(open).toBeNull();
        expect(s.stopReason).toBeNull();
        s.stopReason = d.delta.stop_reason as string;
        s.usage = d.usage as Obj;
        break;
      case 'message_stop':
        expect(s.stopReason).not.toBeNull();
        stopped = true;
        break;
      case 'error':
        expect(d.error.type).toEqual(expect.any(String));
        expect(d.error.message).toEqual(expect.any(String));
        s.error = d.error as Obj;
        break;
      default:
        throw new Error(`unexpected event ${String(d.type)}`);
    }
  }
  if (s.error === null) expect(stopped).toBe(true);
  return s;
}

function stream(rel: string): { out: string; s: Summary; t: ReturnType<typeof T.createStream> } {
  const t = T.createStream(ctx(), mapped({ includeUsage: true }));
  const out = runWhole(t, fixture(rel));
  return { out, s: checkAnthropicStream(out), t };
}

function streamText(sse: string): { s: Summary; t: ReturnType<typeof T.createStream> } {
  const t = T.createStream(ctx(), mapped({ includeUsage: true }));
  return { s: checkAnthropicStream(runWhole(t, Buffer.from(sse))), t };
}

const chunk = (delta: Obj, finish: string | null = null, extra: Obj = {}) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt', choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
const usageChunk = (u: Obj) => `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt', choices: [], usage: u })}\n\n`;
const DONE = 'data: [DONE]\n\n';

// ---------------------------------------------------------------------------------------------
// Request mapping
// ---------------------------------------------------------------------------------------------

function req(body: Obj, over: Parameters<typeof ctx>[0] = {}) {
  return T.mapRequest({ model: 'claude-x', max_tokens: 1000, messages: [{ role: 'user', content: 'hi' }], ...body }, ctx(over));
}

describe('mapToolChoice (Anthropic → OpenAI)', () => {
  const table: [unknown, Obj][] = [
    [{ type: 'auto' }, { toolChoice: 'auto' }],
    [{ type: 'any' }, { toolChoice: 'required' }],
    [{ type: 'none' }, { toolChoice: 'none' }],
    [{ type: 'tool', name: 'f' }, { toolChoice: { type: 'function', function: { name: 'f' } } }],
    [{ type: 'auto', disable_parallel_tool_use: true }, { toolChoice: 'auto', parallelToolCalls: false }],
    [{ type: 'any', disable_parallel_tool_use: true }, { toolChoice: 'required', parallelToolCalls: false }],
    [{ type: 'none', disable_parallel_tool_use: true }, { toolChoice: 'none' }],
    [undefined, {}],
  ];
  for (const [c, e] of table) it(JSON.stringify(c) ?? 'undefined', () => expect(mapToolChoice(c)).toEqual(e));
});

describe('mapFinishReason (OpenAI → Anthropic stop_reason)', () => {
  const table: [unknown, boolean, boolean, string][] = [
    ['stop', false, false, 'end_turn'],
    ['length', false, false, 'max_tokens'],
    ['tool_calls', false, false, 'tool_use'],
    ['function_call', false, false, 'tool_use'],
    ['content_filter', false, false, 'refusal'],
    ['stop', true, false, 'tool_use'],
    ['stop', false, true, 'refusal'],
    [null, false, false, 'end_turn'],
  ];
  for (const [r, tools, refusal, e] of table) it(`${String(r)} tools=${tools} refusal=${refusal} → ${e}`, () => expect(mapFinishReason(r, tools, refusal)).toBe(e));
});

describe('mapThinking (budget → reasoning_effort)', () => {
  const table: [unknown, string | undefined][] = [
    [{ type: 'enabled', budget_tokens: 1024 }, 'low'],
    [{ type: 'enabled', budget_tokens: 4095 }, 'low'],
    [{ type: 'enabled', budget_tokens: 4096 }, 'medium'],
    [{ type: 'enabled', budget_tokens: 16383 }, 'medium'],
    [{ type: 'enabled', budget_tokens: 16384 }, 'high'],
    [{ type: 'disabled' }, undefined],
    [{ type: 'adaptive' }, undefined],
    [undefined, undefined],
  ];
  for (const [t, e] of table) it(JSON.stringify(t) ?? 'undefined', () => expect(mapThinking(t)).toBe(e));
});

describe('anthropicErrorTypeForStatus', () => {
  const table: [number, string][] = [
    [400, 'invalid_request_error'], [401, 'authentication_error'], [402, 'billing_error'], [403, 'permission_error'], [404, 'not_found_error'],
    [413, 'request_too_large'], [422, 'invalid_request_error'], [429, 'rate_limit_error'], [500, 'api_error'], [502, 'api_error'],
    [503, 'overloaded_error'], [504, 'timeout_error'], [529, 'overloaded_error'],
  ];
  for (const [st, t] of table) it(`${st} → ${t}`, () => expect(anthropicErrorTypeForStatus(st)).toBe(t));
  it('is the one table: the gateway\'s own errors agree with it (503 circuit open → overloaded_error)', () => {
    for (const k of Object.values(ERROR_KINDS)) expect(k.anthropicType, String(k.status)).toBe(anthropicErrorTypeForStatus(k.status));
    expect(ERROR_KINDS.unavailable).toMatchObject({ status: 503, anthropicType: 'overloaded_error' });
    expect(mapError(503, null).body).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'The openai upstream returned HTTP 503.' } });
  });
});

describe('mapRequest (Anthropic → OpenAI)', () => {
  it('system → leading system message; max_tokens → max_completion_tokens; no extra headers', () => {
    const m = req({ system: [{ type: 'text', text: 'A' }, { type: 'text', text: 'B' }] });
    expect(m.body).toEqual({ model: 'upstream-model', messages: [{ role: 'system', content: 'A\nB' }, { role: 'user', content: 'hi' }], max_completion_tokens: 1000 });
    expect(m.headers).toEqual({});
  });

  it('tool_result blocks → tool messages emitted before the remaining user text; tool_use → tool_calls', () => {
    const m = req({
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: [{ type: 'text', text: 'Checking.' }, { type: 'tool_use', id: 'toolu_1', name: 'w', input: { city: 'Paris' } }, { type: 'tool_use', id: 'toolu_2', name: 'n', input: {} }] },
        { role: 'user', content: [
          { type: 'text', text: 'here you go' },
          { type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' },
          { type: 'tool_result', tool_use_id: 'toolu_2', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }], is_error: true },
        ] },
      ],
    });
    expect(m.body.messages).toEqual([
      { role: 'user', content: 'weather?' },
      { role: 'assistant', content: 'Checking.', tool_calls: [
        { id: 'toolu_1', type: 'function', function: { name: 'w', arguments: '{"city":"Paris"}' } },
        { id: 'toolu_2', type: 'function', function: { name: 'n', arguments: '{}' } },
      ] },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'sunny' },
      { role: 'tool', tool_call_id: 'toolu_2', content: [{ type: 'text', text: 'Error: a' }, { type: 'text', text: 'b' }] },
      { role: 'user', content: 'here you go' },
    ]);
  });

  it('tool_result is_error: true is carried in the tool message content ("Error: " prefix); false/absent leaves it alone', () => {
    const tr = (extra: Obj) => ({ type: 'tool_result', tool_use_id: 't', ...extra });
    const m = req({ messages: [{ role: 'user', content: [
      tr({ content: 'file not found', is_error: true }),
      tr({ content: 'ok', is_error: false }),
      tr({ is_error: true }),
      tr({ content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAA' } }], is_error: true }),
    ] }] });
    expect(m.body.messages).toEqual([
      { role: 'tool', tool_call_id: 't', content: 'Error: file not found' },
      { role: 'tool', tool_call_id: 't', content: 'ok' },
      { role: 'tool', tool_call_id: 't', content: 'Error' },
      { role: 'tool', tool_call_id: 't', content: [{ type: 'text', text: 'Error' }] },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAA' } }] },
    ]);
  });

  it('images (base64, url), PDFs and images inside tool results', () => {
    const m = req({
      messages: [{ role: 'user', content: [
        { type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: 'shot' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAA' } }] },
        { type: 'image', source: { type: 'url', url: 'https://x/y.png' } },
        { type: 'document', title: 'p.pdf', source: { type: 'base64', media_type: 'application/pdf', data: 'JVB' } },
      ] }],
    });
    expect(m.body.messages).toEqual([
      { role: 'tool', tool_call_id: 't', content: 'shot' },
      { role: 'user', content: [
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AAA' } },
        { type: 'image_url', image_url: { url: 'https://x/y.png' } },
        { type: 'file', file: { filename: 'p.pdf', file_data: 'data:application/pdf;base64,JVB' } },
      ] },
    ]);
  });

  it('tools, tool_choice any + disable_parallel_tool_use, stop_sequences, metadata.user_id, temperature/top_p', () => {
    const m = req({
      tools: [{ name: 'f', description: 'd', input_schema: { type: 'object', properties: {} } }],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      stop_sequences: ['X'],
      metadata: { user_id: 'u' },
      temperature: 0.5,
      top_p: 0.8,
    });
    expect(m.body.tools).toEqual([{ type: 'function', function: { name: 'f', description: 'd', parameters: { type: 'object', properties: {} } } }]);
    expect(m.body.tool_choice).toBe('required');
    expect(m.body.parallel_tool_calls).toBe(false);
    expect(m.body.stop).toEqual(['X']);
    expect(m.body.user).toBe('u');
    expect(m.body.temperature).toBe(0.5);
    expect(m.body.top_p).toBe(0.8);
  });

  it('thinking → reasoning_effort; output_config.effort wins; output_config.format → response_format json_schema', () => {
    expect(req({ thinking: { type: 'enabled', budget_tokens: 10000 } }).body.reasoning_effort).toBe('medium');
    expect(req({ thinking: { type: 'enabled', budget_tokens: 10000 }, output_config: { effort: 'high' } }).body.reasoning_effort).toBe('high');
    const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false };
    expect(req({ output_config: { format: { type: 'json_schema', schema } } }).body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'response', schema, strict: true } });
  });

  it('stream → stream + stream_options.include_usage', () => {
    const m = req({ stream: true });
    expect(m.body.stream).toBe(true);
    expect(m.body.stream_options).toEqual({ include_usage: true });
    expect(m.stream).toBe(true);
  });

  it('cache_control (blocks, system, tools, top-level) has no OpenAI equivalent: dropped but always reported', () => {
    const m = req({
      cache_control: { type: 'ephemeral' },
      system: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'q', cache_control: { type: 'ephemeral' } }] }],
      tools: [{ name: 'f', input_schema: { type: 'object' }, cache_control: { type: 'ephemeral' } }],
    });
    expect(m.dropped).toEqual(['cache_control']);
    expect(JSON.stringify(m.body)).not.toContain('cache_control');
  });

  it('assistant thinking history is dropped and reported', () => {
    const m = req({ messages: [
      { role: 'user', content: 'q' },
      { role: 'assistant', content: [{ type: 'thinking', thinking: 't', signature: 's' }, { type: 'redacted_thinking', data: 'd' }, { type: 'text', text: 'a' }] },
      { role: 'user', content: 'q2' },
    ] });
    expect((m.body.messages as Obj[])[1]).toEqual({ role: 'assistant', content: 'a' });
    expect(m.dropped).toEqual(['thinking']);
  });

  describe('unsupported fields: 400 by default, dropped under drop', () => {
    const table: [string, Obj, string][] = [
      ['top_k', { top_k: 5 }, 'top_k'],
      ['server tool', { tools: [{ type: 'web_search_20250305', name: 'web_search' }] }, 'tools[0]'],
      ['container', { container: 'c' }, 'container'],
      ['mcp_servers', { mcp_servers: [{ type: 'url', url: 'u', name: 'n' }] }, 'mcp_servers'],
      ['metadata other key', { metadata: { user_id: 'u', other: 1 } }, 'metadata.other'],
      ['unknown', { brand_new: true }, 'brand_new'],
    ];
    for (const [name, body, param] of table) {
      it(name, () => {
        try {
          req(body);
          throw new Error('expected rejection');
        } catch (e) {
          expect(e).toBeInstanceOf(GatewayError);
          expect((e as GatewayError).param).toBe(param);
          expect((e as GatewayError).message).toContain('not supported by the openai upstream');
        }
        expect(req(body, { unsupportedParams: 'drop' }).dropped).toContain(param);
      });
    }
    it('content that cannot be carried is a 400 whatever the policy (document url, server_tool_use history)', () => {
      const bad = [
        { messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'url', url: 'https://x/a.pdf' } }] }] },
        { messages: [{ role: 'assistant', content: [{ type: 'server_tool_use', id: 's', name: 'web_search', input: {} }] }] },
      ];
      for (const b of bad) expect(() => req(b, { unsupportedParams: 'drop' })).toThrow(GatewayError);
    });
  });

  describe('recorded Anthropic requests map (drop policy)', () => {
    for (const rel of [...listFixtures('anthropic', '.request.json'), ...listFixtures('anthropic/tool-choice', '.request.json')]) {
      it(rel, () => {
        const m = T.mapRequest(fixtureJson(rel) as Obj, ctx({ unsupportedParams: 'drop' }));
        expect(m.body.model).toBe('upstream-model');
        expect(Array.isArray(m.body.messages)).toBe(true);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Response mapping
// ---------------------------------------------------------------------------------------------

describe('mapResponse (chat.completion → Anthropic Message)', () => {
  const files = [...listFixtures('openai', '.json').filter((f) => /\/completion-[^.]+\.json$/.test(f)), ...listFixtures('openai/tool-choice', '.json').filter((f) => !f.endsWith('.request.json'))];
  for (const rel of files) {
    it(`${rel}: well-formed`, () => {
      const src = fixtureJson(rel) as Obj;
      const { body, usage } = T.mapResponse(src, ctx(), mapped({ stream: false }));
      const b = body as Obj;
      expect(b.type).toBe('message');
      expect(b.role).toBe('assistant');
      expect(b.id).toMatch(/^msg_/);
      expect(b.model).toBe('my-alias');
      const cached = src.usage.prompt_tokens_details?.cached_tokens ?? 0;
      expect(b.usage).toEqual({ input_tokens: src.usage.prompt_tokens - cached, output_tokens: src.usage.completion_tokens, cache_creation_input_tokens: 0, cache_read_input_tokens: cached });
      expect(usage.input + usage.cacheRead + usage.cacheCreation).toBe(src.usage.prompt_tokens);
      const choice = src.choices[0] as Obj;
      if (choice.message.tool_calls) {
        expect(b.stop_reason).toBe('tool_use');
        expect((b.content as Obj[]).filter((c) => c.type === 'tool_use')).toHaveLength(choice.message.tool_calls.length);
      }
    });
  }

  it('cached tokens: input_tokens = prompt_tokens − cached_tokens, cache_read = cached_tokens', () => {
    const src = fixtureJson('openai/completion-cached-tokens.json') as Obj;
    const { body } = T.mapResponse(src, ctx(), mapped());
    expect((body as Obj).usage.cache_read_input_tokens).toBe(src.usage.prompt_tokens_details.cached_tokens);
    expect((body as Obj).usage.input_tokens).toBe(src.usage.prompt_tokens - src.usage.prompt_tokens_details.cached_tokens);
  });

  it('refusal → text + stop_reason refusal; length → max_tokens', () => {
    const r = T.mapResponse(fixtureJson('openai/completion-refusal.json'), ctx(), mapped()).body as Obj;
    expect(r.stop_reason).toBe('refusal');
    expect(r.content[0].type).toBe('text');
    expect((T.mapResponse(fixtureJson('openai/completion-finish-length.json'), ctx(), mapped()).body as Obj).stop_reason).toBe('max_tokens');
  });

  it('tool arguments that are not JSON (cut by length) → input {}', () => {
    const src = { id: 'x', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{"a": 1' } }] }, finish_reason: 'length' }], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } };
    const b = T.mapResponse(src, ctx(), mapped()).body as Obj;
    expect(b.content).toEqual([{ type: 'tool_use', id: 'c', name: 'f', input: {} }]);
    expect(b.stop_reason).toBe('max_tokens');
  });
});

describe('mapError (OpenAI → Anthropic envelope)', () => {
  const table: [string, number, string][] = [
    ['openai/error-400-unsupported-parameter.json', 400, 'invalid_request_error'],
    ['openai/error-400-unsupported-value.json', 400, 'invalid_request_error'],
    ['openai/error-404-model-not-found.json', 404, 'not_found_error'],
  ];
  for (const [rel, status, type] of table) {
    it(rel, () => {
      const src = fixtureJson(rel) as Obj;
      expect(mapError(status, src)).toEqual({ status, body: { type: 'error', error: { type, message: src.error.message } } });
    });
  }
  it('429 insufficient_quota (OpenAI: "check your plan and billing") → billing_error, status kept; other 429s stay rate_limit_error', () => {
    const quota = { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } };
    expect(mapError(429, quota)).toEqual({ status: 429, body: { type: 'error', error: { type: 'billing_error', message: quota.error.message } } });
    const codeOnly = { error: { message: 'quota', type: 'requests', param: null, code: 'insufficient_quota' } };
    expect((mapError(429, codeOnly).body as Obj).error.type).toBe('billing_error');
    expect(anthropicErrorTypeForOpenAI(codeOnly.error)).toBe('billing_error');
    const rate = { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
    expect((mapError(429, rate).body as Obj).error.type).toBe('rate_limit_error');
    // The body never overrides the status otherwise: a 404 with type invalid_request_error stays not_found_error.
    expect((mapError(404, { error: { message: 'm', type: 'invalid_request_error', code: 'model_not_found' } }).body as Obj).error.type).toBe('not_found_error');
  });

  it('429 and 5xx without a JSON body', () => {
    expect(mapError(429, null).body).toEqual({ type: 'error', error: { type: 'rate_limit_error', message: 'The openai upstream returned HTTP 429.' } });
    expect(mapError(500, 'x').body).toEqual({ type: 'error', error: { type: 'api_error', message: 'The openai upstream returned HTTP 500.' } });
  });
});

// ---------------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------------

describe('every OpenAI / OpenAI-compatible SSE fixture → Anthropic events', () => {
  for (const rel of [...listFixtures('openai', '.sse'), ...listFixtures('openai-compatible', '.sse')]) {
    it(`${rel}: valid grammar, identical when split at every byte`, () => {
      const { out, t } = stream(rel);
      const t2 = T.createStream(ctx(), mapped({ includeUsage: true }));
      expect(runBytewise(t2, fixture(rel))).toBe(out);
      expect(runChunked(T.createStream(ctx(), mapped({ includeUsage: true })), fixture(rel), 5)).toBe(out);
      expect(t.finished).toBe(true);
      expect(t2.usage).toEqual(t.usage);
    });
  }

  it('usage from the include_usage chunk lands in message_delta (cumulative)', () => {
    const { s, t } = stream('openai/stream-text-include-usage.sse');
    expect(s.usage!.output_tokens).toBeGreaterThan(0);
    expect(s.usage!.input_tokens).toBeGreaterThan(0);
    expect(t.usage.reported).toBe(true);
  });

  it('parallel tool calls → two tool_use blocks, stop_reason tool_use', () => {
    const { s } = stream('openai/stream-parallel-tool-calls.sse');
    expect(s.blocks.map((b) => b.type)).toEqual(['tool_use', 'tool_use']);
    for (const b of s.blocks) expect(() => JSON.parse(b.json) as unknown).not.toThrow();
    expect(s.stopReason).toBe('tool_use');
  });

  it('xAI: reasoning_content → thinking block, whole tool call in one chunk, reasoning tokens counted as output', () => {
    const { s, t } = stream('openai-compatible/xai-reasoning-content-tool-call.sse');
    expect(s.blocks.map((b) => b.type)).toEqual(['thinking', 'tool_use']);
    expect(s.blocks[0]!.thinking.length).toBeGreaterThan(100);
    expect(JSON.parse(s.blocks[1]!.json)).toEqual({ location: 'San Francisco' });
    expect(t.usage).toEqual({ input: 1, output: 253, cacheCreation: 0, cacheCreation1h: 0, cacheRead: 306, reasoning: 227, reported: true });
  });

  it('n=3 stream: only choice 0 is read', () => {
    const { s } = stream('openai/stream-n3-choices.sse');
    expect(s.blocks).toHaveLength(1);
  });

  it('finish_reason length → max_tokens', () => {
    expect(stream('openai/stream-finish-length.sse').s.stopReason).toBe('max_tokens');
    expect(stream('openai/stream-include-usage-finish-length.sse').s.stopReason).toBe('max_tokens');
  });
});

describe('regressions (named per bug class)', () => {
  it('end_turn instead of tool_use: OpenAI tool_calls after text → stop_reason tool_use', () => {
    const { s } = stream('openai-compatible/anthropic-openai-compat-tool-call.sse');
    expect(s.blocks.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(s.blocks[0]!.text).toBe('Reading it.');
    expect(s.blocks[1]!.start).toEqual({ type: 'tool_use', id: 'toolu_sanitized', name: 'read_file', input: {} });
    expect(JSON.parse(s.blocks[1]!.json)).toEqual({ path: 'a.txt' });
    expect(s.stopReason).toBe('tool_use');
  });

  it('end_turn instead of tool_use: finish_reason "stop" after tool calls still → tool_use', () => {
    const { s } = streamText(chunk({ role: 'assistant', content: 'x' }) + chunk({ tool_calls: [{ index: 0, id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] }) + chunk({}, 'stop') + DONE);
    expect(s.stopReason).toBe('tool_use');
  });

  it('duplicate message_start: exactly one, even with role chunks repeated and a usage-only chunk', () => {
    const { s } = streamText(chunk({ role: 'assistant', content: '' }) + chunk({ role: 'assistant', content: 'a' }) + chunk({ content: 'b' }) + chunk({}, 'stop') + usageChunk({ prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 }) + DONE);
    expect(s.names.filter((n) => n === 'message_start')).toHaveLength(1);
    expect(s.usage).toEqual({ input_tokens: 3, output_tokens: 2, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
  });

  it('Azure-style first chunk with choices: [] is ignored (stream-azure-content-filter)', () => {
    const { s } = stream('openai/stream-azure-content-filter.sse');
    expect(s.messageStart!.id).toBe('msg_chatcmpl-CYPS1lijGoK8gd9lYzY3r9Sx50nbt');
    expect(s.blocks.map((b) => b.type)).toEqual(['text']);
    expect(s.stopReason).toBe('end_turn');
    expect(s.usage).toEqual({ input_tokens: 15, output_tokens: 78, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
  });

  it('a chunk with content and tool_calls: [] is text, not a tool call', () => {
    const { s } = streamText(chunk({ role: 'assistant', content: 'hi', tool_calls: [] }) + chunk({}, 'stop') + DONE);
    expect(s.blocks.map((b) => b.type)).toEqual(['text']);
    expect(s.stopReason).toBe('end_turn');
  });

  it('mid-stream {"error":…} → event: error (no message_stop), not a truncation', () => {
    const { s, t } = streamText(chunk({ role: 'assistant', content: 'partial' }) + 'data: {"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}\n\n');
    expect(s.error).toEqual({ type: 'rate_limit_error', message: 'Rate limit reached' });
    expect(s.names.at(-1)).toBe('error');
    expect(s.names).not.toContain('message_stop');
    expect(t.sawUpstreamError).toBe(true);
  });

  it('EOF without finish_reason → event: error; EOF after finish_reason without [DONE] → normal end', () => {
    const cut = streamText(chunk({ role: 'assistant', content: 'partial' }));
    expect(cut.s.error).toEqual({ type: 'api_error', message: expect.stringContaining('ended before') });
    const noDone = streamText(chunk({ role: 'assistant', content: 'ok' }) + chunk({}, 'stop'));
    expect(noDone.s.error).toBeNull();
    expect(noDone.s.names.at(-1)).toBe('message_stop');
  });

  it('empty first argument fragment and tool call with no arguments', () => {
    const { s } = streamText(chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'c', type: 'function', function: { name: 'noargs', arguments: '' } }] }) + chunk({}, 'tool_calls') + DONE);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0]!.json).toBe(''); // no input_json_delta: the client's accumulated input stays {}
    expect(s.stopReason).toBe('tool_use');
  });

  describe('interleaved tool-call fragments keep the Anthropic block grammar', () => {
    const tool = (index: number, args: string, first = false) =>
      first ? { index, id: `call_${index}`, type: 'function', function: { name: `f${index}`, arguments: args } } : { index, function: { arguments: args } };
    /** Grammar beyond checkAnthropicStream: each index started and stopped once, no delta outside its start…stop. */
    const strictGrammar = (out: string) => {
      const started = new Set<number>();
      const stopped = new Set<number>();
      let error = false;
      for (const e of events(out)) {
        const d = JSON.parse(e.data) as Obj;
        if (d.type === 'error') error = true;
        if (d.type === 'content_block_start') {
          expect(started.has(d.index)).toBe(false);
          started.add(d.index);
        } else if (d.type === 'content_block_delta') {
          expect(started.has(d.index)).toBe(true);
          expect(stopped.has(d.index)).toBe(false);
        } else if (d.type === 'content_block_stop') {
          expect(stopped.has(d.index)).toBe(false);
          stopped.add(d.index);
        }
      }
      if (!error) expect([...stopped].sort()).toEqual([...started].sort()); // an error event may end the stream inside a block
    };
    const run = (sse: string) => {
      const out = runWhole(T.createStream(ctx(), mapped({ includeUsage: true })), Buffer.from(sse));
      expect(runBytewise(T.createStream(ctx(), mapped({ includeUsage: true })), Buffer.from(sse))).toBe(out);
      strictGrammar(out);
      return { out, s: checkAnthropicStream(out) };
    };

    it('fragments of index 0 after index 1 started: no delta for a stopped block, each call whole', () => {
      const sse = chunk({ role: 'assistant', content: null, tool_calls: [tool(0, '{"a":', true)] })
        + chunk({ tool_calls: [tool(1, '{"b":', true)] })
        + chunk({ tool_calls: [tool(0, '1}')] })
        + chunk({ tool_calls: [tool(1, '2}')] })
        + chunk({}, 'tool_calls') + DONE;
      const { out, s } = run(sse);
      expect(s.blocks.map((b) => [b.start.id, b.start.name, JSON.parse(b.json)])).toEqual([['call_0', 'f0', { a: 1 }], ['call_1', 'f1', { b: 2 }]]);
      expect(s.stopReason).toBe('tool_use');
      // The deferred call arrives whole: start, one input_json_delta, stop.
      const second = events(out).map((e) => JSON.parse(e.data) as Obj).filter((d) => d.index === 1);
      expect(second.map((d) => d.type)).toEqual(['content_block_start', 'content_block_delta', 'content_block_stop']);
    });

    it('every chunk carrying fragments of both calls (vLLM-style), with text after the calls', () => {
      const sse = chunk({ role: 'assistant', content: null, tool_calls: [tool(0, '', true), tool(1, '', true)] })
        + chunk({ tool_calls: [tool(0, '{"x"'), tool(1, '{"y"')] })
        + chunk({ tool_calls: [tool(1, ':true}'), tool(0, ':[1,2]}')] })
        + chunk({ content: 'done' })
        + chunk({}, 'tool_calls') + DONE;
      const { s } = run(sse);
      expect(s.blocks.map((b) => b.type)).toEqual(['tool_use', 'tool_use', 'text']);
      expect(JSON.parse(s.blocks[0]!.json)).toEqual({ x: [1, 2] });
      expect(JSON.parse(s.blocks[1]!.json)).toEqual({ y: true });
      expect(s.blocks[2]!.text).toBe('done');
    });

    it('sequential calls (OpenAI\'s order) still stream live: the first block stops as soon as the second starts', () => {
      const t = T.createStream(ctx(), mapped({ includeUsage: true }));
      const a = t.push(Buffer.from(chunk({ role: 'assistant', content: null, tool_calls: [tool(0, '', true)] }) + chunk({ tool_calls: [tool(0, '{"q":"a"}')] })));
      expect(a).toContain('"partial_json":"{\\"q\\":\\"a\\"}"');
      const b = t.push(Buffer.from(chunk({ tool_calls: [tool(1, '{"q":', true)] })));
      expect(b).toContain('"type":"content_block_stop","index":0');
      expect(b).toContain('"type":"content_block_start","index":1');
      expect(b).toContain('"partial_json":"{\\"q\\":"');
      const rest = t.push(Buffer.from(chunk({ tool_calls: [tool(1, '"b"}')] }) + chunk({}, 'tool_calls') + DONE)) + t.end();
      const s = checkAnthropicStream(a + b + rest);
      expect(s.blocks.map((x) => JSON.parse(x.json))).toEqual([{ q: 'a' }, { q: 'b' }]);
    });

    it('arguments for a call whose complete block was stopped → event: error; blank ones are ignored', () => {
      const base = chunk({ role: 'assistant', content: null, tool_calls: [tool(0, '{}', true)] }) + chunk({ tool_calls: [tool(1, '{}', true)] });
      const blank = run(base + chunk({ tool_calls: [tool(0, '  ')] }) + chunk({}, 'tool_calls') + DONE);
      expect(blank.s.error).toBeNull();
      expect(blank.s.blocks).toHaveLength(2);
      const late = run(base + chunk({ tool_calls: [tool(0, '{"more":1}')] }) + chunk({}, 'tool_calls') + DONE);
      expect(late.s.error).toEqual({ type: 'api_error', message: expect.stringContaining('tool call 0 after the call was complete') });
    });
  });

  it('refusal stream → text + stop_reason refusal', () => {
    const { s } = stream('openai/stream-refusal.sse');
    expect(s.blocks.map((b) => b.type)).toEqual(['text']);
    expect(s.stopReason).toBe('refusal');
  });

  it('content_filter → refusal', () => {
    expect(streamText(chunk({ role: 'assistant', content: 'x' }) + chunk({}, 'content_filter') + DONE).s.stopReason).toBe('refusal');
  });

  it('no ping events are invented; output only has known Anthropic event names', () => {
    for (const rel of listFixtures('openai', '.sse')) {
      const { s } = stream(rel);
      for (const n of s.names) expect(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']).toContain(n);
    }
  });
});
