/**
 * Issue 14, the HTTP/SSE half: the OpenAI Responses API served by the gateway,
 * with the official `openai` SDK as the client and the built-in simulator as
 * the upstream. Three kinds of target:
 * - `claude-prod`: an Anthropic target (translated Responses ⇄ Messages);
 * - `compat-chat`: an OpenAI-compatible target (translated Responses ⇄ Chat Completions);
 * - `gpt-prod`: an OpenAI target (native passthrough of `/v1/responses`).
 * Covered: create (JSON), stream (`responses.stream`), a function tool round
 * trip, `previous_response_id` multi-turn, retrieve / delete / input_items,
 * owner isolation (another caller key gets 404), `store: false` with
 * `previous_response_id` (400), input_tokens, the `/openai/` prefix, errors
 * in OpenAI's envelope; and the Vercel AI SDK's default (Responses) provider.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import OpenAI from 'openai';
import { generateText, streamText } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

const OTHER_KEY = 'sk-test-other-caller-98765';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    for (const p of Object.values(c.providers)) p.simulated = true; // x-sim-* controls reach the simulator
    c.providers.compat = { type: 'openai-compatible', base_url: `${simUrl}/v1`, api_key: 'sk-compat-provider', simulated: true };
    c.providers.gem = { type: 'gemini', base_url: simUrl, api_key: 'gem-provider-key', simulated: true };
    c.models = { ...c.models, 'compat-chat': { targets: [{ provider: 'compat', model: 'local-model' }] }, 'gemini-alias': { targets: [{ provider: 'gem', model: 'gemini-2.5-flash' }] } };
    c.callers = [...(c.callers ?? []), { name: 'other', key: OTHER_KEY, models: ['*'] }];
  });
}, 60_000);
afterAll(async () => stack?.close());

const client = (key = CALLER_KEY, prefix = '/v1') => new OpenAI({ baseURL: `${stack.url}${prefix}`, apiKey: key, maxRetries: 0, timeout: 60_000 });

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Weather of a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  strict: true,
};

/** The last request the simulator received on `path`. */
function lastUpstream(path: string) {
  const r = [...stack.sim.requests].reverse().find((q) => q.path.endsWith(path));
  if (!r) throw new Error(`no upstream request on ${path}`);
  return { ...r, json: JSON.parse(r.body.toString('utf8')) as Record<string, any> };
}

describe.each([
  ['claude-prod', '/v1/messages'],
  ['compat-chat', '/chat/completions'],
  ['gpt-prod', '/responses'],
])('Responses API through %s', (model, upstreamPath) => {
  it('responses.create (JSON) returns a Response the SDK parses', async () => {
    const r = await client().responses.create({ model, input: 'Say hello', max_output_tokens: 64 });
    expect(r.object).toBe('response');
    expect(r.status).toBe('completed');
    expect(r.id).toMatch(/^resp_/);
    expect(r.output_text.length).toBeGreaterThan(0);
    expect(r.usage?.input_tokens).toBeGreaterThan(0);
    expect(r.usage?.output_tokens).toBeGreaterThan(0);
    expect(lastUpstream(upstreamPath).path).toMatch(new RegExp(`${upstreamPath.replace('/', '\\/')}$`));
  });

  it('responses.stream yields the event grammar and a final response', async () => {
    const s = client().responses.stream({ model, input: 'Stream something', max_output_tokens: 64 });
    const types: string[] = [];
    let text = '';
    for await (const ev of s) {
      types.push(ev.type);
      if (ev.type === 'response.output_text.delta') text += ev.delta;
    }
    const final = await s.finalResponse();
    expect(types[0]).toBe('response.created');
    expect(types).toContain('response.output_text.delta');
    expect(types.at(-1)).toBe('response.completed');
    expect(final.output_text).toBe(text);
    expect(final.usage?.total_tokens).toBeGreaterThan(0);
    // Stored: retrievable by its id.
    const got = await client().responses.retrieve(final.id);
    expect(got.id).toBe(final.id);
    expect(got.output_text).toBe(text);
  });

  it('function tool round trip, then previous_response_id continues the conversation', async () => {
    const oa = client();
    const first = await oa.responses.create(
      { model, input: 'What is the weather in Paris?', tools: [weatherTool] },
      { headers: { 'x-sim-tool': 'get_weather', 'x-sim-tool-input': '{"city":"Paris"}' } },
    );
    const call = first.output.find((o) => o.type === 'function_call');
    expect(call?.type).toBe('function_call');
    if (call?.type !== 'function_call') return;
    expect(call.name).toBe('get_weather');
    expect(JSON.parse(call.arguments)).toEqual({ city: 'Paris' });
    const second = await oa.responses.create({
      model,
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"temp_c":21}' }],
      tools: [weatherTool],
    });
    expect(second.status).toBe('completed');
    expect(second.output_text.length).toBeGreaterThan(0);
    const up = lastUpstream(upstreamPath).json;
    if (upstreamPath === '/responses') {
      // Native: OpenAI keeps the conversation; the id goes through, the body is the caller's.
      expect(up.previous_response_id).toBe(first.id);
    } else {
      // Translated: the gateway rebuilt the conversation for the stateless upstream.
      const text = JSON.stringify(up);
      expect(text).toContain('What is the weather in Paris?');
      expect(text).toContain(call.call_id.slice(0, 8));
      expect(text).toContain('temp_c');
    }
    // The stored object names the turn it continued; input_items lists the second request's own input.
    expect((await oa.responses.retrieve(second.id)).previous_response_id).toBe(first.id);
    const items = await oa.responses.inputItems.list(second.id);
    expect(items.data.map((i) => i.type)).toEqual(['function_call_output']);
  });

  it('a third turn chains through two stored responses', async () => {
    const oa = client();
    const a = await oa.responses.create({ model, input: 'My name is Ada.' });
    const b = await oa.responses.create({ model, input: 'Remember it.', previous_response_id: a.id });
    await oa.responses.create({ model, input: 'What is my name?', previous_response_id: b.id });
    const up = JSON.stringify(lastUpstream(upstreamPath).json);
    if (upstreamPath !== '/responses') {
      expect(up.indexOf('My name is Ada.')).toBeGreaterThanOrEqual(0);
      expect(up.indexOf('Remember it.')).toBeGreaterThan(up.indexOf('My name is Ada.'));
      expect(up.indexOf('What is my name?')).toBeGreaterThan(up.indexOf('Remember it.'));
    } else {
      expect(JSON.parse(up).previous_response_id).toBe(b.id);
    }
  });

  it('retrieve, input_items and delete are the owner\'s only', async () => {
    const oa = client();
    const r = await oa.responses.create({ model, input: [{ role: 'user', content: 'Keep this' }] });
    const got = await oa.responses.retrieve(r.id);
    expect(got.output_text).toBe(r.output_text);
    const items = await oa.responses.inputItems.list(r.id, { order: 'asc' });
    expect(items.data).toHaveLength(1);
    expect(JSON.stringify(items.data[0])).toContain('Keep this');
    // Another caller key: not found, whatever the operation.
    const other = client(OTHER_KEY);
    await expect(other.responses.retrieve(r.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.responses.delete(r.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.responses.create({ model, input: 'x', previous_response_id: r.id })).rejects.toMatchObject({ status: 404 });
    // The owner deletes it; then it is gone.
    await oa.responses.delete(r.id);
    await expect(oa.responses.retrieve(r.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe('Responses API to a Gemini target (translated Responses ⇄ Gemini API)', () => {
  it('create (JSON) and stream reach generateContent / streamGenerateContent', async () => {
    const oa = client();
    const r = await oa.responses.create({ model: 'gemini-alias', input: 'Hello Gemini' });
    expect(r.status).toBe('completed');
    expect(r.output_text.length).toBeGreaterThan(0);
    expect(lastUpstream(':generateContent').json.contents[0].parts[0].text).toBe('Hello Gemini');
    const s = oa.responses.stream({ model: 'gemini-alias', input: 'Stream from Gemini' });
    let text = '';
    for await (const ev of s) if (ev.type === 'response.output_text.delta') text += ev.delta;
    expect((await s.finalResponse()).output_text).toBe(text);
    expect(lastUpstream(':streamGenerateContent').path).toContain('gemini-2.5-flash');
  });
});

describe('Vercel AI SDK: its default OpenAI provider speaks the Responses API', () => {
  it('generateText and streamText reach a Claude-backed alias', async () => {
    const openai = createOpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY });
    const { text } = await generateText({ model: openai('claude-prod'), prompt: 'Hello there' });
    expect(text.length).toBeGreaterThan(0);
    expect(JSON.stringify(lastUpstream('/v1/messages').json)).toContain('Hello there');
    let streamed = '';
    for await (const d of streamText({ model: openai('claude-prod'), prompt: 'Stream please' }).textStream) streamed += d;
    expect(streamed.length).toBeGreaterThan(0);
    expect(lastUpstream('/v1/messages').json.stream).toBe(true);
  });
});

describe('Responses API errors and state rules', () => {
  it('store: false with previous_response_id is a 400 naming the field', async () => {
    const oa = client();
    const a = await oa.responses.create({ model: 'claude-prod', input: 'hi' });
    const err = await oa.responses.create({ model: 'claude-prod', input: 'again', store: false, previous_response_id: a.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('previous_response_id');
    expect((err as Error).message).toMatch(/store: false/);
  });

  it('store: false keeps nothing', async () => {
    const oa = client();
    const r = await oa.responses.create({ model: 'claude-prod', input: 'do not keep', store: false });
    expect((r as unknown as { store: boolean }).store).toBe(false);
    await expect(oa.responses.retrieve(r.id)).rejects.toMatchObject({ status: 404 });
  });

  it('an unknown previous_response_id on a translated target is 404 previous_response_not_found', async () => {
    const err = await client().responses.create({ model: 'claude-prod', input: 'x', previous_response_id: 'resp_nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('previous_response_not_found');
  });

  it('is served under /openai/ too, and bad requests get OpenAI\'s envelope', async () => {
    const r = await client(CALLER_KEY, '/openai/v1').responses.create({ model: 'claude-prod', input: 'prefixed' });
    expect(r.status).toBe('completed');
    const res = await fetch(`${stack.url}/v1/responses`, { method: 'POST', headers: { authorization: `Bearer ${CALLER_KEY}`, 'content-type': 'application/json' }, body: '{"input":"no model"}' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { type: string; param: string } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.param).toBe('model');
    const unauth = await fetch(`${stack.url}/v1/responses/resp_x`, { headers: { authorization: 'Bearer wrong-key-000000' } });
    expect(unauth.status).toBe(401);
    expect(((await unauth.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('input_tokens counts through Anthropic (mapped) and OpenAI (native), never estimated', async () => {
    const oa = client();
    const claude = await oa.responses.inputTokens.count({ model: 'claude-prod', input: 'Count these words please', instructions: 'Be brief.' });
    expect(claude.object).toBe('response.input_tokens');
    expect(claude.input_tokens).toBeGreaterThan(0);
    const up = lastUpstream('/v1/messages/count_tokens');
    expect(up.json.messages[0].role).toBe('user');
    expect(JSON.stringify(up.json)).toContain('Count these words please');
    expect(up.json.max_tokens).toBeUndefined(); // only the fields count_tokens takes
    const gpt = await oa.responses.inputTokens.count({ model: 'gpt-prod', input: 'Count these words please' });
    expect(gpt.object).toBe('response.input_tokens');
    expect(gpt.input_tokens).toBeGreaterThan(0);
    expect(lastUpstream('/responses/input_tokens').path).toBe('/v1/responses/input_tokens');
    // An OpenAI-compatible target cannot count: a 400 naming why, in OpenAI's envelope.
    const err = await oa.responses.inputTokens.count({ model: 'compat-chat', input: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toMatch(/count_tokens/);
  });

  it('cancel of a response that is not running in the background is a clear 400', async () => {
    const oa = client();
    const r = await oa.responses.create({ model: 'claude-prod', input: 'quick' });
    const err = await oa.responses.cancel(r.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toMatch(/background/);
  });
});
