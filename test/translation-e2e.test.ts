/**
 * Issue 3 end to end: the official `openai` and `@anthropic-ai/sdk` clients
 * through the gateway, both directions, with the simulator as the upstream
 * replaying recorded provider answers (runtime/simulator/recordings/) and a few crafted
 * streams (test/helpers/translation.ts).
 *
 * - OpenAI Chat Completions ingress → openai target: native passthrough.
 * - OpenAI Chat Completions ingress → anthropic target: translated
 *   (runtime/transcode/openai-chat__anthropic-messages.ts).
 * - Anthropic Messages ingress → openai target: translated
 *   (runtime/transcode/anthropic-messages__openai-chat.ts).
 * - One named regression test per bug class peers ship (DESIGN.md §6), at the
 *   HTTP level with the real SDK.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import {
  startTranslationStack,
  fixtureBytes,
  fixtureJson,
  sseEvents,
  anthropicEvents,
  recordedThinking,
  CALLER_KEY,
  PROVIDER_KEY_ANTHROPIC,
  PROVIDER_KEY_OPENAI,
  type Obj,
  type TranslationStack,
} from './helpers/translation.ts';

let stack: TranslationStack;
beforeAll(async () => {
  stack = await startTranslationStack();
});
afterAll(async () => stack?.close());

const openai = (prefix = '/v1') => new OpenAI({ baseURL: `${stack.url}${prefix}`, apiKey: CALLER_KEY, maxRetries: 0 });
const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const user = (content: string) => [{ role: 'user' as const, content }];

/** POSTs JSON to the gateway with the caller key; returns the raw Response. */
function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Collects every chunk of an openai SDK stream (throws what the SDK throws). */
async function chunks(s: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>): Promise<OpenAI.Chat.Completions.ChatCompletionChunk[]> {
  const out: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
  for await (const c of s) out.push(c);
  return out;
}

/** The data payloads of an OpenAI SSE body (`[DONE]` kept as a string). */
function openaiData(body: string): Array<Obj | '[DONE]'> {
  return sseEvents(body).map((e) => (e.data === '[DONE]' ? '[DONE]' : (JSON.parse(e.data) as Obj)));
}

/** Tool-call fragments of a chunk list, in order. */
function toolFragments(cs: OpenAI.Chat.Completions.ChatCompletionChunk[]): Obj[] {
  return cs.flatMap((c) => (c.choices[0]?.delta.tool_calls ?? []) as Obj[]);
}

/** Accumulates tool calls from fragments, keyed by index, following the OpenAI grammar. */
function accumulateToolCalls(frags: Obj[]): Array<{ index: number; id: string; name: string; arguments: string }> {
  const byIndex = new Map<number, { index: number; id: string; name: string; arguments: string }>();
  for (const f of frags) {
    let t = byIndex.get(f.index as number);
    if (!t) {
      t = { index: f.index as number, id: f.id as string, name: f.function.name as string, arguments: '' };
      byIndex.set(t.index, t);
    }
    t.arguments += (f.function?.arguments as string | undefined) ?? '';
  }
  return [...byIndex.values()];
}

// =============================================================================================
// 1. OpenAI SDK → openai target: native passthrough
// =============================================================================================

describe('OpenAI SDK → openai target (native passthrough)', () => {
  it.each(['/v1', '/openai/v1'])('chat.completions.create via %s: provider key and upstream model go upstream', async (prefix) => {
    const r = await openai(prefix).chat.completions.create({ model: 'gpt-prod', messages: user('Hello') });
    expect(r.object).toBe('chat.completion');
    expect(r.choices[0]?.message.role).toBe('assistant');
    const up = stack.last();
    expect(up.path).toBe('/v1/chat/completions');
    expect(up.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_OPENAI}`);
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
    expect(stack.lastBody().model).toBe('gpt-4.1');
  });

  it('the request body is patched, not re-serialised (unknown fields, order, whitespace survive)', async () => {
    const raw = '{ "model" :  "gpt-prod",\n "messages":[{"role":"user","content":"x"}], "some_future_field": {"a": [1, 2]}, "seed": 7 }';
    const r = await post('/v1/chat/completions', raw);
    expect(r.status).toBe(200);
    expect(stack.last().body.toString()).toBe(raw.replace('"gpt-prod"', '"gpt-4.1"'));
  });

  it('SSE bytes of a recorded OpenAI stream are relayed identically', async () => {
    for (const f of ['stream-text-include-usage.sse', 'stream-parallel-tool-calls.sse', 'stream-azure-content-filter.sse']) {
      const r = await post('/openai/v1/chat/completions', { model: `fx-openai/${f}`, stream: true, messages: user('x') });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/event-stream');
      expect(Buffer.from(await r.arrayBuffer()).equals(fixtureBytes(`openai/${f}`))).toBe(true);
    }
  });

  it('the SDK parses the relayed stream (usage chunk with include_usage)', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-openai/stream-text-include-usage.sse', messages: user('x'), stream: true, stream_options: { include_usage: true } }));
    expect(cs.length).toBe(33);
    expect(cs[cs.length - 1]?.usage).toMatchObject({ prompt_tokens: 14, completion_tokens: 30 });
  });

  it('upstream errors pass through unchanged (SDK NotFoundError with the upstream code)', async () => {
    const err = await openai().chat.completions.create({ model: 'fx-openai/error-404-model-not-found.json', messages: user('x') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('model_not_found');
  });
});

// =============================================================================================
// 2. OpenAI SDK → anthropic target: translation
// =============================================================================================

describe('OpenAI SDK → anthropic target (translated): JSON', () => {
  it('chat.completions.create: text, usage, id, model = alias; upstream request is a valid Anthropic body', async () => {
    const r = await openai().chat.completions.create({
      model: 'fx-anthropic/message-text.json',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: 'Answer in English.' },
        { role: 'user', content: 'Hello' },
      ],
      max_completion_tokens: 300,
      stop: ['END'],
      temperature: 0.5,
      user: 'user-42',
    });
    const fx = fixtureJson('anthropic/message-text.json');
    expect(r.object).toBe('chat.completion');
    expect(r.id).toBe(fx.id);
    expect(r.model).toBe('fx-anthropic/message-text.json');
    expect(r.choices[0]?.message.content).toBe(fx.content[0].text);
    expect(r.choices[0]?.finish_reason).toBe('stop');
    const u = fx.usage;
    expect(r.usage).toMatchObject({
      prompt_tokens: u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens,
      completion_tokens: u.output_tokens,
      prompt_tokens_details: { cached_tokens: u.cache_read_input_tokens },
    });
    const up = stack.last();
    expect(up.path).toBe('/v1/messages');
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(up.headers.authorization).toBeUndefined();
    expect(up.headers['anthropic-version']).toBe('2023-06-01');
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
    expect(stack.lastBody()).toEqual({
      model: 'fixture:anthropic/message-text.json',
      system: [{ type: 'text', text: 'Be brief.' }, { type: 'text', text: 'Answer in English.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }],
      max_tokens: 300,
      temperature: 0.5,
      stop_sequences: ['END'],
      metadata: { user_id: 'user-42' },
    });
  });

  it('synthesized answer through /openai/v1 with the default max_tokens from the model catalog', async () => {
    const r = await openai('/openai/v1').chat.completions.create({ model: 'claude-sonnet-4-5', messages: user('Hello there') });
    expect(r.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(r.model).toBe('claude-sonnet-4-5');
    const body = stack.lastBody();
    expect(body.model).toBe('claude-sonnet-4-5');
    expect(body.max_tokens).toBe(64000);
  });

  it('tool calls: tools and tool_choice mapped; tool_use → tool_calls with JSON-string arguments', async () => {
    const r = await openai().chat.completions.create({
      model: 'claude-prod',
      messages: user('Weather in Paris?'),
      tools: [{ type: 'function', function: { name: 'get_weather', description: 'Weather by city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    });
    const body = stack.lastBody();
    expect(body.tools).toEqual([{ name: 'get_weather', description: 'Weather by city', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }]);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'get_weather', disable_parallel_tool_use: true });
    const c = r.choices[0]!;
    expect(c.finish_reason).toBe('tool_calls');
    expect(c.message.tool_calls).toHaveLength(1);
    const tc = c.message.tool_calls![0]!;
    expect(tc.type).toBe('function');
    if (tc.type !== 'function') throw new Error('function tool call expected');
    expect(tc.function.name).toBe('get_weather');
    expect(JSON.parse(tc.function.arguments)).toMatchObject({ city: expect.any(String) });

    // Second turn: the tool result goes back; the upstream sees tool_use + tool_result blocks.
    const r2 = await openai().chat.completions.create({
      model: 'claude-prod',
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        c.message as OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam,
        { role: 'tool', tool_call_id: tc.id, content: '18°C, sunny' },
      ],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    expect(r2.choices[0]?.finish_reason).toBe('stop');
    const b2 = stack.lastBody();
    expect(b2.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: tc.id, name: 'get_weather', input: JSON.parse(tc.function.arguments) }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: tc.id, content: '18°C, sunny' }] },
    ]);
  });

  it('parallel tool calls (message-parallel-tool-use-4.json): four calls in order, text kept', async () => {
    const r = await openai().chat.completions.create({ model: 'fx-anthropic/message-parallel-tool-use-4.json', messages: user('Who is youngest?') });
    const fx = fixtureJson('anthropic/message-parallel-tool-use-4.json');
    const m = r.choices[0]!.message;
    expect(r.choices[0]?.finish_reason).toBe('tool_calls');
    expect(m.content).toBe(fx.content[0].text);
    const calls = (m.tool_calls ?? []).map((t) => (t.type === 'function' ? { id: t.id, name: t.function.name, input: JSON.parse(t.function.arguments) as unknown } : null));
    expect(calls).toEqual(fx.content.slice(1).map((b: Obj) => ({ id: b.id, name: b.name, input: b.input })));
  });

  it('refusal → finish_reason content_filter (JSON and stream)', async () => {
    const r = await openai().chat.completions.create({ model: 'fx-anthropic/message-refusal.json', messages: user('x') });
    expect(r.choices[0]?.finish_reason).toBe('content_filter');
    expect(r.choices[0]?.message.content).toBeNull();
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-refusal-stop-details.sse', messages: user('x'), stream: true }));
    expect(cs.map((c) => c.choices[0]?.finish_reason).filter(Boolean)).toEqual(['content_filter']);
  });

  it('unsupported_params: reject → 400 in the OpenAI envelope naming the field; nothing goes upstream', async () => {
    const before = stack.sim.stats.received;
    const err = await openai()
      .chat.completions.create({ model: 'claude-prod', messages: user('x'), presence_penalty: 0.5 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    const e = err as InstanceType<typeof OpenAI.BadRequestError>;
    expect(e.status).toBe(400);
    expect(e.param).toBe('presence_penalty');
    expect(e.type).toBe('invalid_request_error');
    expect(e.message).toContain('presence_penalty');
    expect(stack.sim.stats.received).toBe(before);
    const raw = await post('/v1/chat/completions', { model: 'claude-prod', messages: user('x'), logit_bias: { '50256': -100 } });
    expect(raw.status).toBe(400);
    const b = (await raw.json()) as Obj;
    expect(Object.keys(b)).toEqual(['error']);
    expect(b.error).toMatchObject({ type: 'invalid_request_error', param: 'logit_bias' });
    expect(b.error.message).toContain('logit_bias');
  });

  it('unsupported_params: drop → fields dropped upstream and listed in x-switchyard-dropped-params', async () => {
    const { data, response } = await openai()
      .chat.completions.create({ model: 'claude-drop', messages: user('x'), presence_penalty: 0.5, seed: 7 })
      .withResponse();
    expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(response.headers.get('x-switchyard-dropped-params')?.split(',').sort()).toEqual(['presence_penalty', 'seed']);
    const body = stack.lastBody();
    expect(body).not.toHaveProperty('presence_penalty');
    expect(body).not.toHaveProperty('seed');
    // A streamed answer carries the header too.
    const s = await openai().chat.completions.create({ model: 'claude-drop', messages: user('x'), seed: 1, stream: true }).withResponse();
    expect(s.response.headers.get('x-switchyard-dropped-params')).toBe('seed');
    await chunks(s.data);
    // Nothing dropped → no header.
    const plain = await openai().chat.completions.create({ model: 'claude-drop', messages: user('x') }).withResponse();
    expect(plain.response.headers.get('x-switchyard-dropped-params')).toBeNull();
  });

  it('errors from the Anthropic upstream arrive in the OpenAI envelope (SDK error classes)', async () => {
    const fx = fixtureJson('anthropic/error-429-rate-limit.json');
    const e429 = await openai().chat.completions.create({ model: 'fx-anthropic/error-429-rate-limit.json', messages: user('x') }).catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(OpenAI.RateLimitError);
    const e = e429 as InstanceType<typeof OpenAI.RateLimitError>;
    expect(e.status).toBe(429);
    expect(e.error).toEqual({ message: fx.error.message, type: 'rate_limit_exceeded', param: null, code: 'rate_limit_exceeded' });
    // Same through a streaming request (the error comes before any byte of the stream).
    const s429 = await openai().chat.completions.create({ model: 'fx-anthropic/error-429-rate-limit.json', messages: user('x'), stream: true }).catch((x: unknown) => x);
    expect(s429).toBeInstanceOf(OpenAI.RateLimitError);

    const e400 = await openai().chat.completions.create({ model: 'fx-anthropic/error-400-invalid-request-tool-result.json', messages: user('x') }).catch((x: unknown) => x);
    expect(e400).toBeInstanceOf(OpenAI.BadRequestError);
    expect((e400 as InstanceType<typeof OpenAI.APIError>).message).toContain(fixtureJson('anthropic/error-400-invalid-request-tool-result.json').error.message);

    const e529 = await openai().chat.completions.create({ model: 'fx-anthropic/error-529-overloaded.json', messages: user('x') }).catch((x: unknown) => x);
    expect(e529).toBeInstanceOf(OpenAI.InternalServerError);
    expect((e529 as InstanceType<typeof OpenAI.APIError>).status).toBe(529);
    expect((e529 as InstanceType<typeof OpenAI.APIError>).type).toBe('server_error');

    const raw = await post('/v1/chat/completions', { model: 'fx-anthropic/error-429-rate-limit.json', messages: user('x') });
    const body = (await raw.json()) as Obj;
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.message).toBe(fx.error.message);
  });
});

describe('OpenAI SDK → anthropic target (translated): streaming', () => {
  it('stream: true — role first, text deltas, finish chunk, [DONE]', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-text.sse', messages: user('x'), stream: true }));
    expect(cs[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(cs.filter((c) => c.choices[0]?.delta.role !== undefined)).toHaveLength(1);
    const text = cs.map((c) => c.choices[0]?.delta.content ?? '').join('');
    const recorded = anthropicEvents(fixtureBytes('anthropic/stream-text.sse'))
      .filter((e) => e.data.delta?.type === 'text_delta')
      .map((e) => e.data.delta.text as string)
      .join('');
    expect(text).toBe(recorded);
    expect(cs[cs.length - 1]?.choices[0]?.finish_reason).toBe('stop');
    expect(cs.every((c) => c.object === 'chat.completion.chunk' && c.model === 'fx-anthropic/stream-text.sse')).toBe(true);
    expect(cs.every((c) => c.usage == null)).toBe(true); // no include_usage → no usage
    const raw = await (await post('/v1/chat/completions', { model: 'fx-anthropic/stream-text.sse', messages: user('x'), stream: true })).text();
    expect(raw.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('the upstream request streams and carries the mapped fields', async () => {
    await chunks(await openai().chat.completions.create({ model: 'claude-prod', messages: user('x'), stream: true, stream_options: { include_usage: true }, max_tokens: 77 }));
    const b = stack.lastBody();
    expect(b.stream).toBe(true);
    expect(b.max_tokens).toBe(77);
    expect(b).not.toHaveProperty('stream_options');
  });

  it('text then tool_use (stream-text-then-tool-use.sse): one tool call at index 0, finish tool_calls', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-text-then-tool-use.sse', messages: user('x'), stream: true }));
    expect(cs.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe("I'll invoke the JSON response tool.");
    const calls = accumulateToolCalls(toolFragments(cs));
    expect(calls).toEqual([{ index: 0, id: 'toolu_01KFbKqPYSuAKujiL6mTfzYA', name: 'json', arguments: '{"elements": [{"location": "San Francisco", "temperature": 58, "condition": "sunny"}]}' }]);
    expect(cs[cs.length - 1]?.choices[0]?.finish_reason).toBe('tool_calls');
    // The SDK's own accumulator agrees.
    const final = await openai().chat.completions.stream({ model: 'fx-anthropic/stream-text-then-tool-use.sse', messages: user('x') }).finalChatCompletion();
    const tc = final.choices[0]?.message.tool_calls?.[0];
    expect(tc?.type === 'function' && JSON.parse(tc.function.arguments)).toEqual({ elements: [{ location: 'San Francisco', temperature: 58, condition: 'sunny' }] });
  });

  it('parallel tool calls streamed: indexes 0..n, id/type/name on the first fragment only, arguments verbatim', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-crafted/anthropic-text-then-3-tools.sse', messages: user('x'), stream: true }));
    const frags = toolFragments(cs);
    const firsts = frags.filter((f) => f.id !== undefined);
    expect(firsts.map((f) => [f.index, f.id, f.type, f.function.name])).toEqual([
      [0, 'toolu_A', 'function', 'get_weather'],
      [1, 'toolu_B', 'function', 'get_weather'],
      [2, 'toolu_C', 'function', 'get_time'],
    ]);
    for (const f of frags.filter((x) => x.id === undefined)) {
      expect(f.type).toBeUndefined();
      expect(f.function.name).toBeUndefined();
    }
    expect(accumulateToolCalls(frags).map((t) => t.arguments)).toEqual(['{"city": "Paris"}', '{"city": "Oslo"}', '{}']);
    // Anthropic's empty first partial_json is not forwarded as an extra empty fragment.
    expect(frags.filter((f) => f.id === undefined && f.function.arguments === '')).toEqual([]);
    expect(cs[cs.length - 1]?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('stream_options.include_usage: a usage chunk with choices: [] after the finish chunk; prompt = input + cache_creation + cache_read', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-prompt-cache-usage.sse', messages: user('x'), stream: true, stream_options: { include_usage: true } }));
    const last = cs[cs.length - 1]!;
    expect(last.choices).toEqual([]);
    expect(last.usage).toEqual({
      prompt_tokens: 6 + 3337 + 6289,
      completion_tokens: 198,
      total_tokens: 6 + 3337 + 6289 + 198,
      prompt_tokens_details: { cached_tokens: 6289, cache_write_tokens: 3337 },
    });
    expect(cs[cs.length - 2]?.choices[0]?.finish_reason).toBe('stop');
    expect(cs.filter((c) => c.choices.length === 0)).toHaveLength(1);
    expect(cs.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });

  it('a mid-stream upstream error surfaces as an SDK APIError after the streamed text (not a silent truncation)', async () => {
    const seen: string[] = [];
    const s = await openai().chat.completions.create({ model: 'fx-anthropic/stream-error-overloaded-midstream.sse', messages: user('x'), stream: true });
    const err = await (async () => {
      for await (const c of s) seen.push(c.choices[0]?.delta.content ?? '');
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as Error).message).toContain('Overloaded');
    expect(seen.join('')).toBe('Hello');
    const raw = await (await post('/v1/chat/completions', { model: 'fx-anthropic/stream-error-overloaded-midstream.sse', messages: user('x'), stream: true })).text();
    const data = openaiData(raw);
    expect(data[data.length - 1]).toEqual({ error: { message: 'Overloaded', type: 'server_error', param: null, code: 'overloaded' } });
    expect(data).not.toContain('[DONE]');
    expect(data.some((d) => d !== '[DONE]' && d.choices?.[0]?.finish_reason)).toBe(false); // no invented finish_reason
  });

  it('the thinking round trip (JSON): reasoning_content + thinking_blocks out, replayed verbatim to Anthropic', async () => {
    const fx = fixtureJson('anthropic/message-thinking.json');
    const r = await openai().chat.completions.create({ model: 'fx-anthropic/message-thinking.json', messages: user('925 / 5?'), reasoning_effort: 'low', max_completion_tokens: 4096 });
    expect(stack.lastBody().thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    const msg = r.choices[0]!.message as OpenAI.Chat.Completions.ChatCompletionMessage & { reasoning_content?: string; thinking_blocks?: Obj[] };
    expect(msg.content).toBe('925 ÷ 5 = 185');
    expect(msg.reasoning_content).toBe(fx.content[0].thinking);
    expect(msg.thinking_blocks).toEqual([fx.content[0]]);
    // Next turn: the assistant message goes back as received.
    await openai().chat.completions.create({
      model: 'claude-prod',
      messages: [{ role: 'user', content: '925 / 5?' }, msg as OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam, { role: 'user', content: 'And / 37?' }],
      reasoning_effort: 'low',
      max_completion_tokens: 4096,
    });
    const sent = stack.lastBody().messages as Obj[];
    expect(sent[1]).toEqual({ role: 'assistant', content: [fx.content[0], { type: 'text', text: '925 ÷ 5 = 185' }] });
  });

  it('the thinking round trip (stream): reasoning_content deltas + one complete thinking_blocks entry with the signature', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-thinking-signature.sse', messages: user('x'), stream: true }));
    type ThinkingDelta = { reasoning_content?: string; thinking_blocks?: Obj[] };
    const deltas = cs.map((c) => (c.choices[0]?.delta ?? {}) as ThinkingDelta);
    const reasoning = deltas.map((d) => d.reasoning_content ?? '').join('');
    const blocks = deltas.flatMap((d) => d.thinking_blocks ?? []);
    const rec = recordedThinking('anthropic/stream-thinking-signature.sse');
    expect(reasoning).toBe(rec.thinking);
    expect(blocks).toEqual([{ type: 'thinking', thinking: rec.thinking, signature: rec.signature }]);
    const content = cs.map((c) => c.choices[0]?.delta.content ?? '').join('');
    await chunks(
      await openai().chat.completions.create({
        model: 'claude-prod',
        stream: true,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content, reasoning_content: reasoning, thinking_blocks: blocks } as OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam,
          { role: 'user', content: 'y' },
        ],
      }),
    );
    const sent = stack.lastBody().messages as Obj[];
    expect(sent[1]?.content[0]).toEqual({ type: 'thinking', thinking: rec.thinking, signature: rec.signature });
  });

  it('redacted_thinking is exposed in thinking_blocks and replayed with its data', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-redacted-thinking.sse', messages: user('x'), stream: true }));
    const blocks = cs.flatMap((c) => ((c.choices[0]?.delta ?? {}) as { thinking_blocks?: Obj[] }).thinking_blocks ?? []);
    const recorded = anthropicEvents(fixtureBytes('anthropic/stream-redacted-thinking.sse'))
      .filter((e) => e.data.type === 'content_block_start' && e.data.content_block.type === 'redacted_thinking')
      .map((e) => e.data.content_block as Obj);
    expect(recorded.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.type === 'redacted_thinking')).toEqual(recorded.map((b) => ({ type: 'redacted_thinking', data: b.data })));
    await openai().chat.completions.create({
      model: 'claude-prod',
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: 'ok', thinking_blocks: blocks } as OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam,
        { role: 'user', content: 'y' },
      ],
    });
    const sent = stack.lastBody().messages as Obj[];
    expect((sent[1]?.content as Obj[]).filter((b) => b.type === 'redacted_thinking')).toEqual(recorded.map((b) => ({ type: 'redacted_thinking', data: b.data })));
  });
});

describe('OpenAI SDK → anthropic target (translated): edge cases', () => {
  it('max_tokens cut mid tool JSON: fragments verbatim, finish_reason length', async () => {
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-max-tokens-incomplete-tool-json.sse', messages: user('x'), stream: true }));
    const calls = accumulateToolCalls(toolFragments(cs));
    expect(calls).toHaveLength(1);
    const recorded = anthropicEvents(fixtureBytes('anthropic/stream-max-tokens-incomplete-tool-json.sse'))
      .filter((e) => e.data.delta?.type === 'input_json_delta')
      .map((e) => e.data.delta.partial_json as string)
      .join('');
    expect(calls[0]?.arguments).toBe(recorded);
    expect(() => JSON.parse(recorded) as unknown).toThrow();
    expect(cs.map((c) => c.choices[0]?.finish_reason).filter(Boolean)).toEqual(['length']);
  });

  it('images and documents in user messages are carried (data: → base64 source, https → url source); tool text parts kept', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    await openai().chat.completions.create({
      model: 'claude-prod',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Compare' },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${png}` } },
            { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg', detail: 'high' } },
            { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' } },
          ],
        },
        { role: 'assistant', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'shot', arguments: '{}' } }] },
        // OpenAI tool messages carry text parts only (the gateway validates the OpenAI schema).
        { role: 'tool', tool_call_id: 'call_1', content: [{ type: 'text', text: 'screenshot taken' }, { type: 'text', text: 'size 1x1' }], is_error: true } as OpenAI.Chat.Completions.ChatCompletionToolMessageParam,
      ],
      tools: [{ type: 'function', function: { name: 'shot', parameters: { type: 'object', properties: {} } } }],
    });
    const m = stack.lastBody().messages as Obj[];
    expect(m[0]?.content).toEqual([
      { type: 'text', text: 'Compare' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'a.pdf' },
    ]);
    expect(m[1]?.content).toEqual([{ type: 'tool_use', id: 'call_1', name: 'shot', input: {} }]);
    expect(m[2]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'call_1', content: [{ type: 'text', text: 'screenshot taken' }, { type: 'text', text: 'size 1x1' }], is_error: true },
    ]);
  });

  it('response_format json_schema → a forced Anthropic tool; its input comes back as content (SDK .parse, JSON and stream)', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' }, temp_c: { type: 'number' } }, required: ['city', 'temp_c'], additionalProperties: false };
    const rf = { type: 'json_schema' as const, json_schema: { name: 'weather', schema, strict: true } };
    const parsed = await openai().chat.completions.parse({ model: 'claude-prod', messages: user('Weather?'), response_format: rf });
    const b = stack.lastBody();
    expect(b.tools).toEqual([{ name: 'json_response', description: expect.any(String), input_schema: schema }]);
    expect(b.tool_choice).toEqual({ type: 'tool', name: 'json_response' });
    const c = parsed.choices[0]!;
    expect(c.finish_reason).toBe('stop');
    expect(c.message.tool_calls ?? []).toEqual([]);
    expect(c.message.parsed).toMatchObject({ city: expect.any(String), temp_c: expect.any(Number) });
    const cs = await chunks(await openai().chat.completions.create({ model: 'claude-prod', messages: user('Weather?'), response_format: rf, stream: true }));
    expect(JSON.parse(cs.map((x) => x.choices[0]?.delta.content ?? '').join(''))).toMatchObject({ city: expect.any(String) });
    expect(toolFragments(cs)).toEqual([]);
    expect(cs.map((x) => x.choices[0]?.finish_reason).filter(Boolean)).toEqual(['stop']);
  });

  it('a caller that leaves mid-stream aborts the upstream request', async () => {
    const before = stack.sim.stats.aborted;
    const s = await openai().chat.completions.create({ model: 'claude-prod', messages: user('x'), stream: true }, { headers: { 'x-sim-events': '200', 'x-sim-pace-ms': '20' } });
    for await (const c of s) {
      void c;
      break; // leaving the loop cancels the response body
    }
    const end = Date.now() + 3000;
    while (stack.sim.stats.aborted === before && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(stack.sim.stats.aborted).toBe(before + 1);
  });

  it('the SDK stream helper accepts the non-standard thinking fields (it keeps the last value of each: the README says so)', async () => {
    const final = await openai().chat.completions.stream({ model: 'fx-anthropic/stream-thinking-signature.sse', messages: user('x') }).finalChatCompletion();
    const m = final.choices[0]!.message as OpenAI.Chat.Completions.ChatCompletionMessage & { thinking_blocks?: Obj[] };
    expect(m.content).toBe('925 ÷ 5 = 185');
    expect(final.choices[0]?.finish_reason).toBe('stop');
    // One thinking block → its single thinking_blocks entry survives the helper's overwrite-per-delta merge.
    const rec = recordedThinking('anthropic/stream-thinking-signature.sse');
    expect(m.thinking_blocks).toEqual([{ type: 'thinking', thinking: rec.thinking, signature: rec.signature }]);
  });

  it('keep-alive during a slow first byte is an SSE comment the openai SDK skips (never an Anthropic ping)', async () => {
    const slow = await startTranslationStack((c) => {
      c.server = { ...c.server, keepalive_ms: 40 };
    });
    try {
      const client = new OpenAI({ baseURL: `${slow.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
      const req = { model: 'fx-anthropic/stream-text.sse', messages: user('x'), stream: true as const };
      const cs = await chunks(await client.chat.completions.create(req, { headers: { 'x-sim-fault': 'stall-ms:250' } }));
      expect(cs.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(
        anthropicEvents(fixtureBytes('anthropic/stream-text.sse'))
          .filter((e) => e.data.delta?.type === 'text_delta')
          .map((e) => e.data.delta.text as string)
          .join(''),
      );
      const raw = await (
        await fetch(`${slow.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}`, 'x-sim-fault': 'stall-ms:250' },
          body: JSON.stringify(req),
        })
      ).text();
      expect(raw.startsWith(': keep-alive\n\n')).toBe(true);
      expect(raw).not.toContain('ping');
    } finally {
      await slow.close();
    }
  });
});

// =============================================================================================
// 3. Anthropic SDK → openai target: translation
// =============================================================================================

describe('Anthropic SDK → openai target (translated)', () => {
  const tools: Anthropic.Tool[] = [
    { name: 'GetWeatherArgs', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
  ];

  it('messages.stream (parallel tool calls): one tool_use block per call, stop_reason tool_use, usage', async () => {
    const stream = anthropic().messages.stream({ model: 'fx-openai/stream-parallel-tool-calls.sse', max_tokens: 200, system: 'You are terse.', tools, messages: user('Weather in two cities?') });
    const msg = await stream.finalMessage();
    expect(msg.model).toBe('fx-openai/stream-parallel-tool-calls.sse');
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content.map((b) => b.type)).toEqual(['tool_use', 'tool_use']);
    const recorded = accumulateToolCalls(
      openaiData(fixtureBytes('openai/stream-parallel-tool-calls.sse').toString()).flatMap((d) => (d === '[DONE]' ? [] : ((d.choices?.[0]?.delta?.tool_calls ?? []) as Obj[]))),
    );
    expect(recorded).toHaveLength(2);
    expect(msg.content.map((b) => (b.type === 'tool_use' ? { id: b.id, name: b.name, input: b.input } : null))).toEqual(
      recorded.map((t) => ({ id: t.id, name: t.name, input: JSON.parse(t.arguments) as unknown })),
    );
    expect(msg.usage).toMatchObject({ input_tokens: 149, output_tokens: 60 });
    // The upstream request is a valid OpenAI Chat Completions body.
    const up = stack.last();
    expect(up.path).toBe('/v1/chat/completions');
    expect(up.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_OPENAI}`);
    expect(up.headers['x-api-key']).toBeUndefined();
    expect(up.headers['anthropic-version']).toBeUndefined();
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
    expect(stack.lastBody()).toEqual({
      model: 'fixture:openai/stream-parallel-tool-calls.sse',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Weather in two cities?' },
      ],
      max_completion_tokens: 200,
      tools: [{ type: 'function', function: { name: 'GetWeatherArgs', description: 'Weather', parameters: tools[0]!.input_schema } }],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('messages.stream (text + include_usage): text block, end_turn, usage from the usage chunk', async () => {
    const msg = await anthropic().messages.stream({ model: 'fx-openai/stream-text-include-usage.sse', max_tokens: 50, messages: user('x') }).finalMessage();
    const recorded = openaiData(fixtureBytes('openai/stream-text-include-usage.sse').toString())
      .map((d) => (d === '[DONE]' ? '' : ((d.choices?.[0]?.delta?.content as string | undefined) ?? '')))
      .join('');
    expect(msg.content).toEqual([{ type: 'text', text: recorded }]);
    expect(msg.stop_reason).toBe('end_turn');
    expect(msg.usage).toMatchObject({ input_tokens: 14, output_tokens: 30 });
  });

  it('messages.create (JSON, completion-tool-call.json): tool_use with parsed input, stop_reason tool_use', async () => {
    const msg = await anthropic().messages.create({ model: 'fx-openai/completion-tool-call.json', max_tokens: 100, tools, tool_choice: { type: 'any' }, messages: user('Weather in Boston?') });
    expect(msg.type).toBe('message');
    expect(msg.id).toMatch(/^msg_/);
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content).toEqual([{ type: 'tool_use', id: 'call_8fxy20OEu9ulvvaa5b5CzVA4', name: 'get_current_weather', input: { location: 'Boston, MA', unit: 'fahrenheit' } }]);
    expect(msg.usage).toMatchObject({ input_tokens: 162, output_tokens: 287 });
    const b = stack.lastBody();
    expect(b.tool_choice).toBe('required');
    expect(b).not.toHaveProperty('stream_options');
  });

  it('Azure-style first chunk with choices: [] (stream-azure-content-filter.sse) parses cleanly', async () => {
    const msg = await anthropic().messages.stream({ model: 'fx-openai/stream-azure-content-filter.sse', max_tokens: 50, messages: user('x') }).finalMessage();
    expect(msg.content).toHaveLength(1);
    expect(msg.content[0]?.type).toBe('text');
    expect((msg.content[0] as Anthropic.TextBlock).text.startsWith('Capital')).toBe(true);
    expect(msg.stop_reason).toBe('end_turn');
    expect(msg.usage).toMatchObject({ input_tokens: 15, output_tokens: 78 });
  });

  it('synthesized round trip with tools: tool_use, then tool_result → tool message → text', async () => {
    const first = await anthropic().messages.create({ model: 'gpt-prod', max_tokens: 100, tools, tool_choice: { type: 'tool', name: 'GetWeatherArgs' }, messages: user('Weather?') });
    expect(first.stop_reason).toBe('tool_use');
    const tu = first.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use')!;
    expect(tu.name).toBe('GetWeatherArgs');
    expect(stack.lastBody().tool_choice).toEqual({ type: 'function', function: { name: 'GetWeatherArgs' } });
    const second = await anthropic().messages.create({
      model: 'gpt-prod',
      max_tokens: 100,
      tools,
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: tu.id, content: '18°C' }, { type: 'text', text: 'Summarise.' }] },
      ],
    });
    expect(second.stop_reason).toBe('end_turn');
    expect(second.content[0]?.type).toBe('text');
    const msgs = stack.lastBody().messages as Obj[];
    expect(msgs.slice(1)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: tu.id, type: 'function', function: { name: 'GetWeatherArgs', arguments: JSON.stringify(tu.input) } }] },
      { role: 'tool', tool_call_id: tu.id, content: '18°C' },
      { role: 'user', content: 'Summarise.' },
    ]);
  });

  it('finish reasons: content_filter/refusal → refusal, length → max_tokens (stream and JSON)', async () => {
    const refusal = await anthropic().messages.stream({ model: 'fx-openai/stream-refusal.sse', max_tokens: 50, messages: user('x') }).finalMessage();
    expect(refusal.stop_reason).toBe('refusal');
    const refusalText = sseEvents(fixtureBytes('openai/stream-refusal.sse'))
      .filter((e) => e.data !== '[DONE]')
      .map((e) => ((JSON.parse(e.data) as Obj).choices?.[0]?.delta?.refusal as string | undefined) ?? '')
      .join('');
    expect(refusal.content).toEqual([{ type: 'text', text: refusalText }]);
    const r2 = await anthropic().messages.create({ model: 'fx-openai/completion-refusal.json', max_tokens: 50, messages: user('x') });
    expect(r2.stop_reason).toBe('refusal');
    const len = await anthropic().messages.stream({ model: 'fx-openai/stream-include-usage-finish-length.sse', max_tokens: 50, messages: user('x') }).finalMessage();
    expect(len.stop_reason).toBe('max_tokens');
    const len2 = await anthropic().messages.create({ model: 'fx-openai/completion-finish-length.json', max_tokens: 50, messages: user('x') });
    expect(len2.stop_reason).toBe('max_tokens');
  });

  it('reasoning_content from an OpenAI-compatible upstream becomes a thinking block before the tool_use', async () => {
    const msg = await anthropic().messages.stream({ model: 'fx-compat/xai-reasoning-content-tool-call.sse', max_tokens: 50, messages: user('x') }).finalMessage();
    expect(msg.content.map((b) => b.type)).toEqual(['thinking', 'tool_use']);
    expect((msg.content[0] as Anthropic.ThinkingBlock).thinking.length).toBeGreaterThan(0);
    expect(msg.stop_reason).toBe('tool_use');
  });

  it('images inside tool_result are kept (tool message, then the image in a user message)', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    await anthropic().messages.create({
      model: 'gpt-prod',
      max_tokens: 8000,
      tools,
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      stop_sequences: ['END'],
      thinking: { type: 'enabled', budget_tokens: 5000 },
      metadata: { user_id: 'user-7' },
      messages: [
        { role: 'user', content: 'Screenshot please' },
        { role: 'assistant', content: [{ type: 'text', text: 'Taking it.' }, { type: 'tool_use', id: 'toolu_1', name: 'GetWeatherArgs', input: { city: 'Rome' } }] },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: 'here' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } }] },
            { type: 'text', text: 'Describe it.' },
          ],
        },
      ],
    });
    const b = stack.lastBody();
    expect(b.tool_choice).toBe('auto');
    expect(b.parallel_tool_calls).toBe(false);
    expect(b.stop).toEqual(['END']);
    expect(b.reasoning_effort).toBe('medium');
    expect(b.user).toBe('user-7');
    expect(b.max_completion_tokens).toBe(8000);
    expect(b.messages).toEqual([
      { role: 'user', content: 'Screenshot please' },
      { role: 'assistant', content: 'Taking it.', tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'GetWeatherArgs', arguments: '{"city":"Rome"}' } }] },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'here' },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${png}` } }, { type: 'text', text: 'Describe it.' }] },
    ]);
  });

  it('upstream OpenAI errors arrive in the Anthropic envelope (SDK error classes)', async () => {
    const e404 = await anthropic().messages.create({ model: 'fx-openai/error-404-model-not-found.json', max_tokens: 5, messages: user('x') }).catch((e: unknown) => e);
    expect(e404).toBeInstanceOf(Anthropic.NotFoundError);
    expect((e404 as InstanceType<typeof Anthropic.APIError>).error).toEqual({
      type: 'error',
      error: { type: 'not_found_error', message: fixtureJson('openai/error-404-model-not-found.json').error.message },
    });
    const e400 = await anthropic().messages.create({ model: 'fx-openai/error-400-unsupported-parameter.json', max_tokens: 5, messages: user('x') }).catch((e: unknown) => e);
    expect(e400).toBeInstanceOf(Anthropic.BadRequestError);
  });

  it('anthropic-beta is not sent to the openai target; an untranslatable server tool is a 400 naming it', async () => {
    await anthropic().beta.messages.create({ model: 'gpt-prod', max_tokens: 20, messages: user('x'), betas: ['context-management-2025-06-27'] });
    expect(stack.last().headers['anthropic-beta']).toBeUndefined();
    const err = await anthropic()
      .messages.create({ model: 'gpt-prod', max_tokens: 20, messages: user('x'), tools: [{ type: 'web_search_20250305', name: 'web_search' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as Error).message).toContain('tools[0]');
  });
});

describe('failover across formats (one alias, an anthropic and an openai target)', () => {
  let fo: TranslationStack;
  beforeAll(async () => {
    fo = await startTranslationStack((c) => {
      c.retry = { max_attempts: 2 };
      c.models!['mixed'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }, { provider: 'openai', model: 'gpt-4.1' }], strategy: 'failover' };
      c.models!['mixed-rev'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }, { provider: 'anthropic', model: 'claude-sonnet-4-5' }], strategy: 'failover' };
    });
  });
  afterAll(async () => fo?.close());
  beforeEach(() => fo.sim.reset());

  it('OpenAI caller: translated attempt answers 529, the native openai target serves the request (JSON and stream)', async () => {
    const client = new OpenAI({ baseURL: `${fo.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    fo.sim.queueFaults(['status:529']);
    const { data, response } = await client.chat.completions.create({ model: 'mixed', messages: user('x'), prompt_cache_key: 'k1' }).withResponse();
    expect(data.object).toBe('chat.completion');
    expect(fo.sim.requests.map((r) => r.path)).toEqual(['/v1/messages', '/v1/chat/completions']);
    // The native attempt sends the caller's bytes (prompt_cache_key kept); the dropped-params header of the
    // translated attempt does not leak into the answer of the native one.
    expect(JSON.parse(fo.sim.requests[1]!.body.toString()).prompt_cache_key).toBe('k1');
    expect(JSON.parse(fo.sim.requests[0]!.body.toString())).not.toHaveProperty('prompt_cache_key');
    expect(response.headers.get('x-switchyard-dropped-params')).toBeNull();
    fo.sim.queueFaults(['status:529']);
    const cs = await chunks(await client.chat.completions.create({ model: 'mixed', messages: user('x'), stream: true }));
    expect(cs.length).toBeGreaterThan(2);
    expect(cs.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
  });

  it('Anthropic caller: native attempt answers 529, the translated openai target serves the stream', async () => {
    const client = new Anthropic({ baseURL: fo.url, apiKey: CALLER_KEY, maxRetries: 0 });
    fo.sim.queueFaults(['status:529']);
    const msg = await client.messages.stream({ model: 'mixed', max_tokens: 20, messages: user('x') }).finalMessage();
    expect(msg.model).toBe('mixed');
    expect(msg.content[0]?.type).toBe('text');
    expect(msg.stop_reason).toBe('end_turn');
    expect(fo.sim.requests.map((r) => r.path)).toEqual(['/v1/messages', '/v1/chat/completions']);
  });

  it('Anthropic caller: the translated attempt fails before content (error event), the native target answers; one well-formed stream', async () => {
    fo.sim.queueFaults(['error-before-content']);
    const r = await fetch(`${fo.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'mixed-rev', max_tokens: 20, stream: true, messages: user('x') }),
    });
    const evs = anthropicEvents(await r.text());
    expect(fo.sim.requests.map((x) => x.path)).toEqual(['/v1/chat/completions', '/v1/messages']);
    expect(evs.filter((e) => e.event === 'message_start')).toHaveLength(1);
    expect(evs.some((e) => e.event === 'error')).toBe(false);
    expect(evs[evs.length - 1]?.event).toBe('message_stop');
  });
});

// =============================================================================================
// 4. Regression tests, one per bug class (through the gateway, real SDKs)
// =============================================================================================

describe('regressions: bug classes peers ship', () => {
  it('wrong tool-call indexes: OpenAI index counts tool calls (0..n), not Anthropic content blocks', async () => {
    // Anthropic blocks: text=0, tool_use=1,2,3 → OpenAI tool_calls 0,1,2.
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-crafted/anthropic-text-then-3-tools.sse', messages: user('x'), stream: true }));
    expect([...new Set(toolFragments(cs).map((f) => f.index as number))]).toEqual([0, 1, 2]);
    const final = await openai().chat.completions.stream({ model: 'fx-crafted/anthropic-text-then-3-tools.sse', messages: user('x') }).finalChatCompletion();
    expect(final.choices[0]?.message.tool_calls?.map((t) => t.id)).toEqual(['toolu_A', 'toolu_B', 'toolu_C']);
    // Reverse: the OpenAI-compat stream whose first tool index is 1 after text → contiguous Anthropic block indexes.
    const r = await post('/v1/messages', { model: 'fx-compat/anthropic-openai-compat-tool-call.sse', max_tokens: 10, stream: true, messages: user('x') }, { 'anthropic-version': '2023-06-01' });
    const evs = anthropicEvents(await r.text());
    const starts = evs.filter((e) => e.event === 'content_block_start').map((e) => [e.data.index, e.data.content_block.type]);
    expect(starts).toEqual([[0, 'text'], [1, 'tool_use']]);
    const stops = evs.filter((e) => e.event === 'content_block_stop').map((e) => e.data.index);
    expect(stops).toEqual([0, 1]);
  });

  it('end_turn instead of tool_use: stop_reason tool_use even when text came first (and when the upstream says "stop")', async () => {
    const a = await anthropic().messages.stream({ model: 'fx-compat/anthropic-openai-compat-tool-call.sse', max_tokens: 10, messages: user('x') }).finalMessage();
    expect(a.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(a.stop_reason).toBe('tool_use');
    const b = await anthropic().messages.stream({ model: 'fx-crafted/openai-role-every-chunk-tool-finish-stop.sse', max_tokens: 10, messages: user('x') }).finalMessage();
    expect(b.content).toEqual([
      { type: 'text', text: 'Let me look that up.' },
      { type: 'tool_use', id: 'call_1', name: 'lookup', input: { q: 'x' } },
    ]);
    expect(b.stop_reason).toBe('tool_use');
    // And OpenAI side: text then tool_use → finish_reason tool_calls.
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-text-then-tool-use-no-args.sse', messages: user('x'), stream: true }));
    expect(cs.map((c) => c.choices[0]?.finish_reason).filter(Boolean)).toEqual(['tool_calls']);
  });

  it('duplicate message_start: one message_start / one role chunk, usage counted once', async () => {
    // Anthropic ingress, an OpenAI upstream repeating role in every chunk: the SDK throws on a second message_start.
    const r = await post('/v1/messages', { model: 'fx-crafted/openai-role-every-chunk-tool-finish-stop.sse', max_tokens: 10, stream: true, messages: user('x') }, { 'anthropic-version': '2023-06-01' });
    const evs = anthropicEvents(await r.text());
    expect(evs.filter((e) => e.event === 'message_start')).toHaveLength(1);
    expect(evs.filter((e) => e.event === 'message_stop')).toHaveLength(1);
    const msg = await anthropic().messages.stream({ model: 'fx-crafted/openai-role-every-chunk-tool-finish-stop.sse', max_tokens: 10, messages: user('x') }).finalMessage();
    expect(msg.usage).toMatchObject({ input_tokens: 20, output_tokens: 9 });
    // OpenAI ingress, an Anthropic upstream repeating message_start.
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-crafted/anthropic-duplicate-message-start.sse', messages: user('x'), stream: true, stream_options: { include_usage: true } }));
    expect(cs.filter((c) => c.choices[0]?.delta.role !== undefined)).toHaveLength(1);
    expect(cs.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('Hi there');
    expect(cs[cs.length - 1]?.usage).toMatchObject({ prompt_tokens: 14, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 4 } });
  });

  it('lost thinking signatures: the signature streamed to the OpenAI caller reaches Anthropic byte-identical on the next turn', async () => {
    const rec = recordedThinking('anthropic/stream-thinking-real.sse');
    expect(rec.signature.length).toBeGreaterThan(20);
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-thinking-real.sse', messages: user('x'), stream: true }));
    const blocks = cs.flatMap((c) => ((c.choices[0]?.delta ?? {}) as { thinking_blocks?: Obj[] }).thinking_blocks ?? []);
    expect(blocks).toEqual([{ type: 'thinking', thinking: rec.thinking, signature: rec.signature }]);
    await openai().chat.completions.create({
      model: 'claude-prod',
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: 'answer', thinking_blocks: blocks } as OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam,
        { role: 'user', content: 'y' },
      ],
    });
    const raw = stack.last().body.toString('utf8');
    expect(raw).toContain(JSON.stringify(rec.signature));
    expect((stack.lastBody().messages as Obj[])[1]?.content[0]).toEqual({ type: 'thinking', thinking: rec.thinking, signature: rec.signature });
  });

  it('double-counted cache tokens: prompt_tokens = input + cache_creation + cache_read, once (both directions)', async () => {
    // Anthropic → OpenAI, JSON: message-cache-read-and-creation.json (3 + 418 + 1111).
    const r = await openai().chat.completions.create({ model: 'fx-anthropic/message-cache-read-and-creation.json', messages: user('x') });
    const u = fixtureJson('anthropic/message-cache-read-and-creation.json').usage;
    expect(r.usage?.prompt_tokens).toBe(u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens);
    expect(r.usage?.prompt_tokens_details?.cached_tokens).toBe(u.cache_read_input_tokens);
    // Anthropic → OpenAI, stream: message_start and message_delta both carry cache counts; the final ones win.
    const cs = await chunks(await openai().chat.completions.create({ model: 'fx-anthropic/stream-prompt-cache-usage.sse', messages: user('x'), stream: true, stream_options: { include_usage: true } }));
    expect(cs[cs.length - 1]?.usage?.prompt_tokens).toBe(6 + 3337 + 6289);
    // OpenAI → Anthropic: cached_tokens is a subset of prompt_tokens (4020 = 8 uncached + 4012 cached).
    const m = await anthropic().messages.create({ model: 'fx-openai/completion-cached-tokens.json', max_tokens: 10, messages: user('x') });
    expect(m.usage).toMatchObject({ input_tokens: 8, cache_read_input_tokens: 4012, cache_creation_input_tokens: 0, output_tokens: 4 });
  });

  it('dropped cache_control: an OpenAI system text part with cache_control reaches Anthropic as a cached system block', async () => {
    const { response } = await openai()
      .chat.completions.create({
        model: 'claude-prod',
        messages: [
          { role: 'system', content: [{ type: 'text', text: 'Long stable prefix.', cache_control: { type: 'ephemeral' } } as OpenAI.Chat.Completions.ChatCompletionContentPartText] },
          { role: 'system', content: 'Volatile suffix.' },
          { role: 'user', content: [{ type: 'text', text: 'Question', cache_control: { type: 'ephemeral', ttl: '1h' } } as OpenAI.Chat.Completions.ChatCompletionContentPartText] },
        ],
        tools: [{ type: 'function', function: { name: 't', parameters: { type: 'object', properties: {} } }, cache_control: { type: 'ephemeral' } } as OpenAI.Chat.Completions.ChatCompletionTool],
      })
      .withResponse();
    const b = stack.lastBody();
    expect(b.system).toEqual([
      { type: 'text', text: 'Long stable prefix.', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Volatile suffix.' },
    ]);
    expect(b.messages[0].content).toEqual([{ type: 'text', text: 'Question', cache_control: { type: 'ephemeral', ttl: '1h' } }]);
    expect(b.tools[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(response.headers.get('x-switchyard-dropped-params')).toBeNull();
    // The reverse direction cannot carry cache_control (OpenAI caches automatically): never silently — it is listed.
    const { response: r2 } = await anthropic()
      .messages.create({ model: 'gpt-prod', max_tokens: 10, system: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }], messages: user('x') })
      .withResponse();
    expect(r2.headers.get('x-switchyard-dropped-params')).toBe('cache_control');
  });

  it('mid-stream errors turned into truncations: an error event / error chunk in the caller format, both directions', async () => {
    // OpenAI ingress: recorded Anthropic overloaded_error after "Hello" → openai SDK APIError.
    const s = await openai().chat.completions.create({ model: 'fx-anthropic/stream-error-overloaded-midstream.sse', messages: user('x'), stream: true });
    await expect(chunks(s)).rejects.toBeInstanceOf(OpenAI.APIError);
    // OpenAI ingress: the upstream connection is reset mid-stream → APIError too, never a clean end.
    const reset = await openai().chat.completions.create({ model: 'claude-prod', messages: user('x'), stream: true }, { headers: { 'x-sim-fault': 'reset-after:4', 'x-sim-events': '20' } });
    await expect(chunks(reset)).rejects.toBeInstanceOf(OpenAI.APIError);
    // Anthropic ingress: the OpenAI upstream sends an error chunk after content → Anthropic `event: error`, SDK throws.
    const stream = anthropic().messages.stream({ model: 'gpt-prod', max_tokens: 50, messages: user('x') }, { headers: { 'x-sim-fault': 'error-after:3', 'x-sim-events': '20' } });
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(Anthropic.APIError);
    const raw = await (await post('/v1/messages', { model: 'gpt-prod', max_tokens: 50, stream: true, messages: user('x') }, { 'x-sim-fault': 'error-after:3', 'x-sim-events': '20' })).text();
    const evs = anthropicEvents(raw);
    expect(evs[evs.length - 1]?.event).toBe('error');
    expect(evs[evs.length - 1]?.data).toMatchObject({ type: 'error', error: { type: expect.any(String), message: expect.any(String) } });
    expect(evs.some((e) => e.event === 'message_stop' || e.event === 'message_delta')).toBe(false);
    // Anthropic ingress, upstream reset mid-stream → error event.
    const r2 = await anthropic().messages.stream({ model: 'gpt-prod', max_tokens: 50, messages: user('x') }, { headers: { 'x-sim-fault': 'reset-after:4', 'x-sim-events': '20' } });
    await expect(r2.finalMessage()).rejects.toBeInstanceOf(Anthropic.APIError);
  });

  it('ping leaking into OpenAI streams: recorded pings never reach the OpenAI caller', async () => {
    for (const f of ['stream-text-then-tool-use.sse', 'stream-text-padded-real.sse', 'stream-thinking-signature.sse', 'stream-redacted-thinking.sse']) {
      expect(fixtureBytes(`anthropic/${f}`).toString()).toMatch(/"type": ?"ping"/);
      const raw = await (await post('/v1/chat/completions', { model: `fx-anthropic/${f}`, messages: user('x'), stream: true })).text();
      expect(raw).not.toMatch(/ping|^event:/m);
      const data = openaiData(raw);
      expect(data[data.length - 1]).toBe('[DONE]');
      for (const d of data.slice(0, -1)) {
        expect(d).toMatchObject({ object: 'chat.completion.chunk', choices: [expect.objectContaining({ index: 0, delta: expect.any(Object) })] });
        // `ping` emits nothing: no chunk without content (an empty delta is only allowed on the finish chunk).
        const c = (d as Obj).choices[0];
        if (c.finish_reason === null) expect(Object.keys(c.delta).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('truncated passthrough streams (clean EOF without the terminal event) end with an error event', () => {
  it('Anthropic: no message_stop → the relayed events, then event: error api_error; the SDK raises it', async () => {
    const body = { model: 'fx-crafted/anthropic-no-message-stop.sse', max_tokens: 20, stream: true, messages: user('x') };
    const r = await post('/v1/messages', body, { 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01' });
    expect(r.status).toBe(200);
    const evs = anthropicEvents(await r.text());
    expect(evs.map((e) => e.event)).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'error']);
    expect(evs[evs.length - 1]?.data).toEqual({ type: 'error', error: { type: 'api_error', message: 'upstream stream ended before the message was complete' } });
    const err = await anthropic().messages.stream({ model: body.model, max_tokens: 20, messages: user('x') }).finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('upstream stream ended before the message was complete');
  });

  it('OpenAI: no [DONE] → the relayed chunks, then a data: {"error": …} line; the SDK raises it', async () => {
    const r = await post('/v1/chat/completions', { model: 'fx-crafted/openai-no-done.sse', stream: true, messages: user('x') });
    expect(r.status).toBe(200);
    const data = openaiData(await r.text());
    expect(data).toHaveLength(3);
    expect(data[1]).toMatchObject({ choices: [{ finish_reason: 'stop' }] });
    expect(data[2]).toMatchObject({ error: { message: 'upstream stream ended before the message was complete', type: 'server_error' } });
    await expect(chunks(await openai().chat.completions.create({ model: 'fx-crafted/openai-no-done.sse', stream: true, messages: user('x') }))).rejects.toBeInstanceOf(OpenAI.APIError);
  });

  it('complete recorded streams are untouched (terminal event found with LF and CRLF framing, in any chunking)', async () => {
    for (const f of ['stream-text-then-tool-use.sse', 'stream-thinking-signature.sse']) {
      const r = await post('/v1/messages', { model: `fx-anthropic/${f}`, max_tokens: 20, stream: true, messages: user('x') }, { 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', 'x-sim-pace-ms': '1' });
      expect(Buffer.from(await r.arrayBuffer()).equals(fixtureBytes(`anthropic/${f}`))).toBe(true);
    }
  });
});

describe('translated answers carry the request id under the caller SDK\'s header name', () => {
  it('OpenAI SDK → anthropic target: _request_id (x-request-id) = the upstream request-id', async () => {
    const { response } = await openai().chat.completions.create({ model: 'claude-prod', messages: user('x') }).withResponse();
    const upstreamId = response.headers.get('request-id');
    expect(upstreamId).toMatch(/^req_sim_/);
    expect(response.headers.get('x-request-id')).toBe(upstreamId);
    const data = await openai().chat.completions.create({ model: 'claude-prod', messages: user('x') });
    expect(data._request_id).toMatch(/^req_sim_/);
    expect(data._request_id).not.toBe(upstreamId); // the next request's own id
    const s = await openai().chat.completions.create({ model: 'claude-prod', messages: user('x'), stream: true }).withResponse();
    expect(s.response.headers.get('x-request-id')).toBe(s.response.headers.get('request-id'));
    expect(s.response.headers.get('x-request-id')).toMatch(/^req_sim_/);
    await chunks(s.data);
  });

  it('Anthropic SDK → openai target: _request_id (request-id) = the upstream x-request-id', async () => {
    const { response } = await anthropic().messages.create({ model: 'gpt-prod', max_tokens: 20, messages: user('x') }).withResponse();
    const upstreamId = response.headers.get('x-request-id');
    expect(upstreamId).toMatch(/^req_sim_/);
    expect(response.headers.get('request-id')).toBe(upstreamId);
    const data = await anthropic().messages.create({ model: 'gpt-prod', max_tokens: 20, messages: user('x') });
    expect(data._request_id).toMatch(/^req_sim_/);
  });

  it('passthrough answers keep only the upstream\'s own header', async () => {
    const { response } = await openai().chat.completions.create({ model: 'gpt-prod', messages: user('x') }).withResponse();
    expect(response.headers.get('x-request-id')).toMatch(/^req_sim_/);
    expect(response.headers.get('request-id')).toBeNull();
  });
});

describe('mixed-format aliases: a target that cannot carry a field is skipped, not fatal', () => {
  let mx: TranslationStack;
  beforeAll(async () => {
    mx = await startTranslationStack((c) => {
      c.retry = { max_attempts: 2 };
      c.models!['mixed'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }, { provider: 'openai', model: 'gpt-4.1' }], strategy: 'failover' };
      c.models!['mixed-rev'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }, { provider: 'anthropic', model: 'claude-sonnet-4-5' }], strategy: 'failover' };
      c.models!['two-claudes'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }, { provider: 'anthropic', model: 'claude-haiku-4-5' }], strategy: 'failover' };
    });
  });
  afterAll(async () => mx?.close());
  beforeEach(() => mx.sim.reset());
  const oa = () => new OpenAI({ baseURL: `${mx.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
  const an = () => new Anthropic({ baseURL: mx.url, apiKey: CALLER_KEY, maxRetries: 0 });
  const webSearch = { type: 'web_search_20250305', name: 'web_search', max_uses: 1 } as const;

  it('OpenAI caller, [anthropic, openai], logprobs: true → the native openai target serves it; nothing sent to anthropic', async () => {
    const r = await oa().chat.completions.create({ model: 'mixed', messages: user('x'), logprobs: true });
    expect(r.object).toBe('chat.completion');
    expect(mx.sim.requests.map((q) => q.path)).toEqual(['/v1/chat/completions']);
    expect(JSON.parse(mx.sim.requests[0]!.body.toString()).logprobs).toBe(true);
  });

  it('OpenAI caller, [openai, anthropic], logprobs: true → the openai target; when it fails, the untranslatable target is skipped and its upstream answer comes back', async () => {
    const ok = await oa().chat.completions.create({ model: 'mixed-rev', messages: user('x'), logprobs: true });
    expect(ok.object).toBe('chat.completion');
    mx.sim.reset();
    mx.sim.queueFaults(['status:529', 'status:529']);
    const err = await oa().chat.completions.create({ model: 'mixed-rev', messages: user('x'), logprobs: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(529);
    expect(mx.sim.requests.every((q) => q.path === '/v1/chat/completions')).toBe(true);
  });

  it('Anthropic caller, [openai, anthropic], a server tool → the native anthropic target serves it', async () => {
    const msg = await an().messages.create({ model: 'mixed-rev', max_tokens: 20, messages: user('x'), tools: [webSearch] });
    expect(msg.type).toBe('message');
    expect(mx.sim.requests.map((q) => q.path)).toEqual(['/v1/messages']);
  });

  it('no target can take the request → the first mapping error (400 naming the field), nothing sent upstream', async () => {
    const err = await oa().chat.completions.create({ model: 'two-claudes', messages: user('x'), logprobs: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((err as Error).message)).toContain('logprobs');
    expect(mx.sim.requests).toHaveLength(0);
  });
});
