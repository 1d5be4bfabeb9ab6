/**
 * Tests of the built-in provider simulator (runtime/simulator): byte-exact
 * fixture replay, grammar of synthesized Anthropic/OpenAI streams, JSON
 * endpoints, auth, every fault mode, abort recording, the fault queue,
 * Message Batches and a couple of real-SDK round trips.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import { connect } from 'node:net';
import { request } from 'undici';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator, splitSseEvents, parseFaults, type Simulator } from '../runtime/simulator/index.ts';
import { defaultFixturesDir } from '../runtime/simulator/fixtures.ts';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

const AH = { 'x-api-key': 'sk-ant-test', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
const OH = { authorization: 'Bearer sk-test', 'content-type': 'application/json' };
const MSG = { model: 'claude-sim-1', max_tokens: 1024, messages: [{ role: 'user', content: 'hello' }] };
const CHAT = { model: 'gpt-sim-1', messages: [{ role: 'user', content: 'hello' }] };

async function post(path: string, body: unknown, headers: Record<string, string>) {
  const res = await request(`${sim.url}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const buf = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, buf, text: buf.toString('utf8') };
}

async function get(path: string, headers: Record<string, string>, method: 'GET' | 'DELETE' | 'POST' = 'GET') {
  const res = await request(`${sim.url}${path}`, { method, headers });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text };
}

interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Minimal SSE parser for tests (LF framing, single data line per event as both providers send). */
function parseSse(text: string): SseEvent[] {
  const out: SseEvent[] = [];
  for (const block of text.split('\n\n')) {
    if (block.trim() === '') continue;
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    out.push({ event, data: data.join('\n') });
  }
  return out;
}

/** Checks the Anthropic stream grammar of wire-formats.md §1.3 and returns the parsed data objects. */
function checkAnthropicGrammar(events: SseEvent[]): Array<Record<string, any>> {
  const datas = events.map((e) => JSON.parse(e.data) as Record<string, any>);
  events.forEach((e, i) => expect(e.event).toBe(datas[i]?.type));
  expect(datas[0]?.type).toBe('message_start');
  expect(datas[datas.length - 1]?.type).toBe('message_stop');
  expect(datas[datas.length - 2]?.type).toBe('message_delta');
  let open: number | null = null;
  let next = 0;
  for (const d of datas.slice(1, -2)) {
    if (d.type === 'ping') continue;
    if (d.type === 'content_block_start') {
      expect(open).toBeNull();
      expect(d.index).toBe(next);
      open = d.index;
    } else if (d.type === 'content_block_delta') {
      expect(d.index).toBe(open);
    } else if (d.type === 'content_block_stop') {
      expect(d.index).toBe(open);
      open = null;
      next++;
    } else throw new Error(`unexpected event ${d.type}`);
  }
  expect(open).toBeNull();
  return datas;
}

function waitFor(cond: () => boolean, ms = 3000): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (cond()) resolve();
      else if (Date.now() - t0 > ms) reject(new Error('waitFor: timed out'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('fixture replay', () => {
  const anthropicSse = readdirSync(join(defaultFixturesDir(), 'anthropic')).filter((f) => f.endsWith('.sse'));
  const openaiSse = readdirSync(join(defaultFixturesDir(), 'openai')).filter((f) => f.endsWith('.sse'));

  it('finds the fixtures', () => {
    expect(anthropicSse.length).toBeGreaterThan(10);
  });

  it.each(anthropicSse)('anthropic/%s is replayed byte-exact', async (f) => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fixture': `anthropic/${f}` });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(r.buf.equals(readFileSync(join(sim.fixturesDir, 'anthropic', f)))).toBe(true);
  });

  it.each(openaiSse)('openai/%s is replayed byte-exact', async (f) => {
    const r = await post('/v1/chat/completions', { ...CHAT, stream: true }, { ...OH, 'x-sim-fixture': `openai/${f}` });
    expect(r.status).toBe(200);
    expect(r.buf.equals(readFileSync(join(sim.fixturesDir, 'openai', f)))).toBe(true);
  });

  it('selects a fixture by model name (fixture:<path>) for SDK clients', async () => {
    const r = await post('/v1/messages', { ...MSG, model: 'fixture:anthropic/stream-text.sse', stream: true }, AH);
    expect(r.buf.equals(readFileSync(join(sim.fixturesDir, 'anthropic/stream-text.sse')))).toBe(true);
  });

  it('sends .json fixtures with the recorded status and relevant headers', async () => {
    const r = await post('/v1/messages', MSG, { ...AH, 'x-sim-fixture': 'anthropic/message-with-ratelimit-headers.json' });
    expect(r.status).toBe(200);
    expect(r.buf.equals(readFileSync(join(sim.fixturesDir, 'anthropic/message-with-ratelimit-headers.json')))).toBe(true);
    expect(r.headers['anthropic-ratelimit-requests-limit']).toBe('50');
    expect(r.headers['request-id']).toMatch(/^req_sim_\d+$/);
    expect(r.headers['content-length']).toBe(String(r.buf.length));

    const e429 = await post('/v1/messages', MSG, { ...AH, 'x-sim-fixture': 'anthropic/error-429-rate-limit.json' });
    expect(e429.status).toBe(429);
    expect(e429.headers['x-should-retry']).toBe('true');
    const e529 = await post('/v1/messages', MSG, { ...AH, 'x-sim-fixture': 'anthropic/error-529-overloaded.json' });
    expect(e529.status).toBe(529);
    expect(JSON.parse(e529.text).error.type).toBe('overloaded_error');
    const o404 = await post('/v1/chat/completions', CHAT, { ...OH, 'x-sim-fixture': 'openai/error-404-model-not-found.json' });
    expect(o404.status).toBe(404);
    expect(o404.headers['x-request-id']).toMatch(/^req_sim_/);
  });

  it('rejects missing fixtures and path traversal with a 400', async () => {
    expect((await post('/v1/messages', MSG, { ...AH, 'x-sim-fixture': 'anthropic/nope.sse' })).status).toBe(400);
    expect((await post('/v1/messages', MSG, { ...AH, 'x-sim-fixture': '../../main/package.json' })).status).toBe(400);
  });

  it('splitSseEvents keeps every byte', () => {
    const b = readFileSync(join(sim.fixturesDir, 'anthropic/stream-text-padded-real.sse'));
    const parts = splitSseEvents(b);
    expect(parts.length).toBeGreaterThan(5);
    expect(Buffer.concat(parts).equals(b)).toBe(true);
  });
});

describe('synthesized Anthropic responses', () => {
  it('streams a grammatical message with deterministic text and echoes the model', async () => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, AH);
    expect(r.status).toBe(200);
    expect(r.headers['x-switchyard-simulator']).toBe('1');
    expect(r.headers['request-id']).toMatch(/^req_sim_\d+$/);
    const datas = checkAnthropicGrammar(parseSse(r.text));
    expect(datas[0]?.message.model).toBe('claude-sim-1');
    const text = datas.filter((d) => d.delta?.type === 'text_delta').map((d) => d.delta.text).join('');
    expect(text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const md = datas[datas.length - 2];
    expect(md?.delta.stop_reason).toBe('end_turn');
    expect(md?.usage.output_tokens).toBe(8);
    expect(datas.some((d) => d.type === 'ping')).toBe(true);
  });

  it('honours x-sim-events and max_tokens truncation', async () => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-events': '3' });
    expect(parseSse(r.text).filter((e) => e.data.includes('text_delta'))).toHaveLength(3);
    const t = await post('/v1/messages', { ...MSG, max_tokens: 2, stream: true }, AH);
    const datas = checkAnthropicGrammar(parseSse(t.text));
    expect(datas[datas.length - 2]?.delta.stop_reason).toBe('max_tokens');
    expect(datas.filter((d) => d.delta?.type === 'text_delta')).toHaveLength(2);
    // an explicit event count wins over max_tokens
    const x = await post('/v1/messages', { ...MSG, max_tokens: 2, stream: true }, { ...AH, 'x-sim-events': '5' });
    const xd = checkAnthropicGrammar(parseSse(x.text));
    expect(xd.filter((d) => d.delta?.type === 'text_delta')).toHaveLength(5);
    expect(xd[xd.length - 2]?.delta.stop_reason).toBe('end_turn');
  });

  it('returns a JSON message', async () => {
    const r = await post('/v1/messages', MSG, AH);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json');
    const m = JSON.parse(r.text);
    expect(m).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sim-1', stop_reason: 'end_turn' });
    expect(m.content).toEqual([{ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' }]);
    expect(m.usage.input_tokens).toBeGreaterThan(0);
  });

  it('synthesizes a thinking block with a signature when thinking is enabled', async () => {
    const r = await post('/v1/messages', { ...MSG, thinking: { type: 'enabled', budget_tokens: 1024 }, stream: true }, AH);
    const datas = checkAnthropicGrammar(parseSse(r.text));
    expect(datas[1]?.content_block.type).toBe('thinking');
    expect(datas.some((d) => d.delta?.type === 'signature_delta')).toBe(true);
  });

  const tools = [{ name: 'get_weather', description: 'w', input_schema: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] } }];

  it('calls a forced tool with streamed input_json_delta fragments', async () => {
    const r = await post('/v1/messages', { ...MSG, tools, tool_choice: { type: 'tool', name: 'get_weather' }, stream: true }, AH);
    const datas = checkAnthropicGrammar(parseSse(r.text));
    const start = datas.find((d) => d.type === 'content_block_start');
    expect(start?.content_block).toMatchObject({ type: 'tool_use', name: 'get_weather', input: {} });
    const json = datas.filter((d) => d.delta?.type === 'input_json_delta').map((d) => d.delta.partial_json);
    expect(json[0]).toBe('');
    expect(json.length).toBeGreaterThan(2);
    expect(JSON.parse(json.join(''))).toEqual({ city: 'sim' });
    expect(datas[datas.length - 2]?.delta.stop_reason).toBe('tool_use');
  });

  it('calls the tool named by x-sim-tool with x-sim-tool-input, and answers text after a tool_result', async () => {
    const r = await post('/v1/messages', { ...MSG, tools }, { ...AH, 'x-sim-tool': 'get_weather', 'x-sim-tool-input': '{"city":"Paris"}' });
    const m = JSON.parse(r.text);
    expect(m.stop_reason).toBe('tool_use');
    expect(m.content[0]).toMatchObject({ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } });
    const followUp = {
      ...MSG,
      tools,
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: [m.content[0]] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: m.content[0].id, content: 'sunny' }] },
      ],
    };
    const r2 = await post('/v1/messages', followUp, { ...AH, 'x-sim-tool': 'get_weather' });
    const m2 = JSON.parse(r2.text);
    expect(m2.stop_reason).toBe('end_turn');
    expect(m2.content[0].type).toBe('text');
  });

  it('calls a tool named by a [sim-tool:NAME] marker in the last user message', async () => {
    const r = await post('/v1/messages', { ...MSG, tools, messages: [{ role: 'user', content: 'please [sim-tool:get_weather:{"city":"Oslo"}]' }] }, AH);
    expect(JSON.parse(r.text).content[0]).toMatchObject({ type: 'tool_use', input: { city: 'Oslo' } });
  });

  it('answers count_tokens and the legacy complete endpoint', async () => {
    const c = await post('/v1/messages/count_tokens', { model: 'claude-sim-1', messages: MSG.messages }, AH);
    const n = JSON.parse(c.text).input_tokens;
    expect(Number.isInteger(n) && n > 0).toBe(true);
    const c2 = await post('/v1/messages/count_tokens', { model: 'claude-sim-1', messages: MSG.messages }, AH);
    expect(JSON.parse(c2.text).input_tokens).toBe(n);
    const k = await post('/v1/complete', { model: 'claude-2.1', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 10 }, AH);
    expect(JSON.parse(k.text)).toMatchObject({ type: 'completion', stop_reason: 'stop_sequence', model: 'claude-2.1' });
  });

  it('validates required fields in the Anthropic envelope', async () => {
    const r = await post('/v1/messages', { model: 'x', messages: [] }, AH);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } });
    const bad = await post('/v1/messages', '{not json', AH);
    expect(bad.status).toBe(400);
  });

  it('serves the paths without the /v1 prefix and ignores the query string', async () => {
    expect((await post('/messages', MSG, AH)).status).toBe(200);
    const r = await post('/v1/messages?beta=true', MSG, AH);
    expect(r.status).toBe(200);
    expect(sim.requests.at(-1)).toMatchObject({ path: '/v1/messages', query: 'beta=true' });
  });
});

describe('synthesized OpenAI responses', () => {
  function chunks(text: string): Array<Record<string, any> | '[DONE]'> {
    return parseSse(text).map((e) => (e.data === '[DONE]' ? '[DONE]' : (JSON.parse(e.data) as Record<string, any>)));
  }

  it('streams role chunk, content deltas, finish chunk, usage chunk and [DONE]', async () => {
    const r = await post('/v1/chat/completions', { ...CHAT, stream: true, stream_options: { include_usage: true } }, OH);
    expect(r.status).toBe(200);
    expect(r.headers['x-request-id']).toMatch(/^req_sim_/);
    const cs = chunks(r.text);
    expect(cs.at(-1)).toBe('[DONE]');
    const objs = cs.slice(0, -1) as Array<Record<string, any>>;
    for (const c of objs) {
      expect(c.object).toBe('chat.completion.chunk');
      expect(c.model).toBe('gpt-sim-1');
    }
    expect(objs[0]?.choices[0].delta).toMatchObject({ role: 'assistant', content: '' });
    const usage = objs.at(-1);
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage.completion_tokens).toBe(8);
    const finish = objs.at(-2);
    expect(finish?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    for (const c of objs.slice(0, -1)) expect(c.usage).toBeNull();
    const text = objs.slice(1, -2).map((c) => c.choices[0].delta.content).join('');
    expect(text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
  });

  it('omits usage without include_usage', async () => {
    const r = await post('/v1/chat/completions', { ...CHAT, stream: true }, { ...OH, 'x-sim-events': '2' });
    const cs = chunks(r.text);
    expect(cs).toHaveLength(5); // role, 2 deltas, finish, [DONE]
    for (const c of cs.slice(0, -1) as Array<Record<string, any>>) expect('usage' in c).toBe(false);
  });

  it('streams a tool call with id/name on the first fragment only', async () => {
    const tools = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } } }];
    const r = await post('/v1/chat/completions', { ...CHAT, tools, tool_choice: 'required', stream: true }, OH);
    const objs = chunks(r.text).slice(0, -1) as Array<Record<string, any>>;
    expect(objs[0]?.choices[0].delta).toMatchObject({ role: 'assistant', content: null });
    const frags = objs.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(frags[0]).toMatchObject({ index: 0, type: 'function', function: { name: 'lookup', arguments: '' } });
    expect(frags[0].id).toMatch(/^call_/);
    for (const f of frags.slice(1)) {
      expect(f.id).toBeUndefined();
      expect(f.index).toBe(0);
    }
    expect(JSON.parse(frags.map((f) => f.function.arguments).join(''))).toEqual({ q: 'sim' });
    expect(objs.at(-1)?.choices[0].finish_reason).toBe('tool_calls');
    // after a tool message: text
    const r2 = await post('/v1/chat/completions', { ...CHAT, tools, tool_choice: 'required', messages: [...CHAT.messages, { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'call_1', content: 'ok' }] }, OH);
    expect(JSON.parse(r2.text).choices[0].finish_reason).toBe('stop');
  });

  it('returns chat, completions and embeddings JSON', async () => {
    const c = JSON.parse((await post('/v1/chat/completions', { ...CHAT, max_tokens: 3 }, OH)).text);
    expect(c).toMatchObject({ object: 'chat.completion', model: 'gpt-sim-1', choices: [{ index: 0, message: { role: 'assistant', content: 'word0 word1 word2' }, finish_reason: 'length' }] });
    expect(c.usage.total_tokens).toBe(c.usage.prompt_tokens + c.usage.completion_tokens);
    const k = JSON.parse((await post('/v1/completions', { model: 'gpt-3.5-turbo-instruct', prompt: 'hi' }, OH)).text);
    expect(k).toMatchObject({ object: 'text_completion', choices: [{ index: 0, finish_reason: 'stop' }] });
    const e = JSON.parse((await post('/v1/embeddings', { model: 'text-embedding-3-small', input: ['a', 'b'] }, OH)).text);
    expect(e.object).toBe('list');
    expect(e.data).toHaveLength(2);
    expect(e.data[0].embedding).toHaveLength(8);
    const again = JSON.parse((await post('/v1/embeddings', { model: 'text-embedding-3-small', input: 'a' }, OH)).text);
    expect(again.data[0].embedding).toEqual(e.data[0].embedding);
    expect(e.usage.prompt_tokens).toBeGreaterThan(0);
    const b64 = JSON.parse((await post('/v1/embeddings', { model: 'm', input: 'a', encoding_format: 'base64' }, OH)).text);
    const buf = Buffer.from(b64.data[0].embedding, 'base64');
    expect(Array.from(new Float32Array(buf.buffer, buf.byteOffset, 8))).toEqual(e.data[0].embedding);
  });

  it('validates required parameters in the OpenAI envelope', async () => {
    const r = await post('/v1/chat/completions', { model: 'x' }, OH);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ error: { message: "Missing required parameter: 'messages'.", type: 'invalid_request_error', param: 'messages', code: 'missing_required_parameter' } });
  });
});

describe('auth', () => {
  it('Anthropic accepts x-api-key or Bearer, rejects missing and bad- keys', async () => {
    expect((await post('/v1/messages', MSG, { 'anthropic-version': '2023-06-01', authorization: 'Bearer tok' })).status).toBe(200);
    const missing = await post('/v1/messages', MSG, { 'anthropic-version': '2023-06-01' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.text)).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    const bad = await post('/v1/messages', MSG, { ...AH, 'x-api-key': 'bad-key-1' });
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.text).request_id).toBe(bad.headers['request-id']);
  });

  it('OpenAI requires Bearer and rejects bad- keys', async () => {
    expect((await post('/v1/chat/completions', CHAT, { 'x-api-key': 'k' })).status).toBe(401);
    const bad = await post('/v1/chat/completions', CHAT, { authorization: 'Bearer bad-abcdef123' });
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.text).error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });
  });

  it('a 401 does not consume a queued fault', async () => {
    sim.queueFaults(['status:500']);
    expect((await post('/v1/messages', MSG, { ...AH, 'x-api-key': 'bad-x' })).status).toBe(401);
    expect((await post('/v1/messages', MSG, AH)).status).toBe(500);
  });
});

describe('faults', () => {
  it('status:N returns the provider error envelope', async () => {
    const a529 = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'status:529' });
    expect(a529.status).toBe(529);
    expect(JSON.parse(a529.text)).toEqual({ type: 'error', error: { details: null, type: 'overloaded_error', message: 'Overloaded' }, request_id: a529.headers['request-id'] });
    const a500 = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'status:500' });
    expect(JSON.parse(a500.text).error.type).toBe('api_error');
    const o500 = await post('/v1/chat/completions', CHAT, { ...OH, 'x-sim-fault': 'status:500' });
    expect(o500.status).toBe(500);
    expect(JSON.parse(o500.text).error).toMatchObject({ type: 'server_error', param: null, code: null });
    const o503 = await post('/v1/chat/completions', CHAT, { ...OH, 'x-sim-fault': 'status:503' });
    expect(o503.status).toBe(503);
    expect(o503.headers['x-should-retry']).toBe('true');
  });

  it('429 carries retry-after (default 1, x-sim-retry-after, status:429:S) and x-should-retry', async () => {
    const a = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'status:429' });
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBe('1');
    expect(a.headers['x-should-retry']).toBe('true');
    expect(JSON.parse(a.text).error.type).toBe('rate_limit_error');
    const b = await post('/v1/chat/completions', CHAT, { ...OH, 'x-sim-fault': 'status:429', 'x-sim-retry-after': '0' });
    expect(b.headers['retry-after']).toBe('0');
    expect(JSON.parse(b.text).error).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded' });
    const c = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'status:429:7' });
    expect(c.headers['retry-after']).toBe('7');
  });

  it('model suffix ?fault= drives faults for header-less clients', async () => {
    const r = await post('/v1/messages', { ...MSG, model: 'claude-sim-1?fault=status:503' }, AH);
    expect(r.status).toBe(503);
  });

  it('error-after:N emits N events then the Anthropic error event and ends', async () => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fault': 'error-after:3' });
    expect(r.status).toBe(200);
    const evs = parseSse(r.text);
    expect(evs).toHaveLength(4);
    expect(evs[3]).toEqual({ event: 'error', data: '{"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}' });
    expect(r.text).not.toContain('message_stop');
  });

  it('error-after:N on OpenAI emits a data error object and no [DONE]', async () => {
    const r = await post('/v1/chat/completions', { ...CHAT, stream: true }, { ...OH, 'x-sim-fault': 'error-after:2' });
    const evs = parseSse(r.text);
    expect(evs).toHaveLength(3);
    expect(JSON.parse(evs[2]?.data ?? '').error.type).toBe('server_error');
    expect(r.text).not.toContain('[DONE]');
  });

  it('error-after works on replayed fixtures (byte-exact prefix)', async () => {
    const file = readFileSync(join(sim.fixturesDir, 'anthropic/stream-text.sse'));
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fixture': 'anthropic/stream-text.sse', 'x-sim-fault': 'error-after:2' });
    const prefix = Buffer.concat(splitSseEvents(file).slice(0, 2));
    expect(r.buf.subarray(0, prefix.length).equals(prefix)).toBe(true);
    expect(r.buf.subarray(prefix.length).toString()).toMatch(/^event: error\n/);
  });

  it('error-before-content sends HTTP 200 whose first event is the error', async () => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fault': 'error-before-content' });
    expect(r.status).toBe(200);
    const evs = parseSse(r.text);
    expect(evs).toHaveLength(1);
    expect(evs[0]?.event).toBe('error');
  });

  it('reset-after:0 destroys the connection before headers', async () => {
    await expect(post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fault': 'reset-after:0' })).rejects.toThrow();
    await waitFor(() => sim.stats.open === 0);
    expect(sim.requests.at(-1)).toMatchObject({ completed: false, aborted: false });
  });

  it('reset-after:N destroys the connection after N events', async () => {
    const res = await request(`${sim.url}/v1/messages`, { method: 'POST', headers: { ...AH, 'x-sim-fault': 'reset-after:4' }, body: JSON.stringify({ ...MSG, stream: true }) });
    expect(res.statusCode).toBe(200);
    const got: Buffer[] = [];
    await expect(
      (async () => {
        for await (const c of res.body) got.push(c as Buffer);
      })(),
    ).rejects.toThrow();
    expect(parseSse(Buffer.concat(got).toString())).toHaveLength(4);
    // JSON responses: headers and half a body, then reset
    await expect(post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'reset-after:1' })).rejects.toThrow();
  });

  it('stall-ms:N delays the headers', async () => {
    const t0 = Date.now();
    const r = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'stall-ms:250' });
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
  });

  it('stall-after:N:MS stalls mid-stream', async () => {
    const t0 = Date.now();
    const res = await request(`${sim.url}/v1/messages`, { method: 'POST', headers: { ...AH, 'x-sim-fault': 'stall-after:2:300' }, body: JSON.stringify({ ...MSG, stream: true }) });
    const tHeaders = Date.now() - t0;
    const text = await res.body.text();
    const tEnd = Date.now() - t0;
    expect(tHeaders).toBeLessThan(200);
    expect(tEnd).toBeGreaterThanOrEqual(290);
    checkAnthropicGrammar(parseSse(text));
  });

  it('x-sim-pace-ms paces events', async () => {
    const t0 = Date.now();
    const r = await post('/v1/chat/completions', { ...CHAT, stream: true }, { ...OH, 'x-sim-events': '3', 'x-sim-pace-ms': '60' });
    // role + 3 deltas + finish + [DONE] = 6 events -> 5 gaps
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(parseSse(r.text)).toHaveLength(6);
  });

  it('combines faults and rejects malformed specs', async () => {
    const r = await post('/v1/messages', { ...MSG, stream: true }, { ...AH, 'x-sim-fault': 'stall-ms:50,error-after:1' });
    expect(parseSse(r.text).map((e) => e.event)).toEqual(['message_start', 'error']);
    const bad = await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'explode' });
    expect(bad.status).toBe(400);
    expect(() => parseFaults('status:abc')).toThrow();
    expect(() => sim.queueFaults(['nope'])).toThrow();
    expect(parseFaults('status:429:3,stall-after:2:10')).toEqual([
      { kind: 'status', status: 429, retryAfter: 3 },
      { kind: 'stall-after', n: 2, ms: 10 },
    ]);
  });
});

describe('fault queue and default fault', () => {
  it('queueFaults is consumed one per request in order and wins over headers', async () => {
    sim.queueFaults(['status:529', 'status:529']);
    expect((await post('/v1/messages', MSG, AH)).status).toBe(529);
    expect((await post('/v1/chat/completions', CHAT, { ...OH, 'x-sim-fault': 'status:500' })).status).toBe(529);
    expect((await post('/v1/messages', MSG, AH)).status).toBe(200);
  });

  it('setDefaultFault applies until cleared; headers override it', async () => {
    sim.setDefaultFault('status:500');
    expect((await post('/v1/messages', MSG, AH)).status).toBe(500);
    expect((await post('/v1/messages', MSG, { ...AH, 'x-sim-fault': 'none' })).status).toBe(200);
    sim.setDefaultFault(null);
    expect((await post('/v1/messages', MSG, AH)).status).toBe(200);
  });
});

describe('recording and aborts', () => {
  it('records method, path, lowercased headers and body bytes', async () => {
    const body = JSON.stringify(MSG);
    await post('/v1/messages', body, { ...AH, 'X-Custom-Header': 'Yes' });
    const rec = sim.requests.at(-1);
    expect(rec?.method).toBe('POST');
    expect(rec?.headers['x-custom-header']).toBe('Yes');
    expect(rec?.body.toString()).toBe(body);
    expect(rec?.completed).toBe(true);
    expect(sim.stats).toMatchObject({ received: 1, aborted: 0, open: 0 });
  });

  it('marks the request aborted and stops writing when the client leaves mid-stream', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.request(`${sim.url}/v1/messages`, { method: 'POST', headers: { ...AH, 'x-sim-events': '200', 'x-sim-pace-ms': '20' } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (e) => {
        if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(e);
      });
      req.end(JSON.stringify({ ...MSG, stream: true }));
    });
    await waitFor(() => sim.stats.aborted === 1);
    expect(sim.requests.at(-1)).toMatchObject({ aborted: true, completed: false });
    await waitFor(() => sim.stats.open === 0);
  });

  it('records an abort during a pre-header stall', async () => {
    const ac = new AbortController();
    const p = request(`${sim.url}/v1/messages`, { method: 'POST', headers: { ...AH, 'x-sim-fault': 'stall-ms:5000' }, body: JSON.stringify(MSG), signal: ac.signal });
    await waitFor(() => sim.stats.open === 1);
    ac.abort();
    await expect(p).rejects.toThrow();
    await waitFor(() => sim.stats.aborted === 1);
    expect(sim.stats.open).toBe(0);
  });

  it('keeps a bounded ring when recordLimit is set', async () => {
    const small = await startSimulator({ recordLimit: 2 });
    try {
      for (let i = 0; i < 4; i++) await request(`${small.url}/v1/messages`, { method: 'POST', headers: { ...AH, 'x-n': String(i) }, body: JSON.stringify(MSG) }).then((r) => r.body.text());
      expect(small.requests.map((r) => r.headers['x-n'])).toEqual(['2', '3']);
      expect(small.stats.received).toBe(4);
    } finally {
      await small.close();
    }
  });

  it('delivers a large stream completely (backpressure path)', async () => {
    const r = await post('/v1/messages', { ...MSG, max_tokens: 100_000, stream: true }, { ...AH, 'x-sim-events': '40000' });
    const datas = checkAnthropicGrammar(parseSse(r.text));
    expect(datas.filter((d) => d.delta?.type === 'text_delta')).toHaveLength(40000);
    expect(r.buf.length).toBeGreaterThan(3_000_000);
  });
});

/**
 * Raw-socket slow reader: sends `head` (request line + headers + body), waits for
 * the first bytes, pauses reading for `pauseMs`, then resumes.
 * @returns whether the simulator still had the response open while paused, and the bytes received in total
 */
async function slowReader(head: string, pauseMs = 600): Promise<{ openWhilePaused: number; received: number }> {
  const sock = connect(sim.port, '127.0.0.1');
  let received = 0;
  sock.on('data', (d) => (received += d.length));
  sock.write(head);
  await waitFor(() => received > 0, 10_000);
  sock.pause();
  await new Promise((r) => setTimeout(r, pauseMs));
  const openWhilePaused = sim.stats.open;
  sock.resume();
  await waitFor(() => sim.stats.open === 0, 20_000);
  await new Promise((r) => setTimeout(r, 100));
  sock.destroy();
  return { openWhilePaused, received };
}

describe('backpressure with a slow reader', () => {
  it('a paused reader holds a large SSE stream open; it completes after resume', async () => {
    const body = JSON.stringify({ ...MSG, stream: true });
    const events = 400_000; // ~50 MB: more than the kernel socket buffers absorb
    const r = await slowReader(`POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: k\r\nx-sim-events: ${events}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    expect(r.openWhilePaused).toBe(1);
    expect(r.received).toBeGreaterThan(events * 90);
    expect(sim.requests.at(-1)).toMatchObject({ completed: true, aborted: false });
  });

  it('a paused reader holds a large content-length body (tryEnd path); it completes after resume', async () => {
    const requests = Array.from({ length: 80_000 }, (_, i) => ({ custom_id: `c${i}`, params: { model: 'm', max_tokens: 5, messages: [] } }));
    const id = JSON.parse((await post('/v1/messages/batches', { requests }, AH)).text).id as string;
    const full = await get(`/v1/messages/batches/${id}/results`, AH);
    const size = Buffer.byteLength(full.text);
    expect(size).toBeGreaterThan(30_000_000);
    const r = await slowReader(`GET /v1/messages/batches/${id}/results HTTP/1.1\r\nhost: x\r\nx-api-key: k\r\n\r\n`);
    expect(r.openWhilePaused).toBe(1);
    expect(r.received).toBeGreaterThan(size);
    expect(sim.requests.at(-1)).toMatchObject({ completed: true });
  });
});

describe('message batches', () => {
  const batch = {
    requests: [
      { custom_id: 'a', params: { model: 'claude-upstream-a', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] } },
      { custom_id: 'b', params: { model: 'claude-upstream-b', max_tokens: 10, messages: [{ role: 'user', content: 'yo' }] } },
    ],
  };

  it('create → get (ended) → results JSONL → list → delete', async () => {
    const c = await post('/v1/messages/batches', batch, AH);
    expect(c.status).toBe(200);
    const created = JSON.parse(c.text);
    expect(created).toMatchObject({ type: 'message_batch', processing_status: 'in_progress', request_counts: { processing: 2 }, results_url: null });
    expect(created.id).toMatch(/^msgbatch_/);

    const g = JSON.parse((await get(`/v1/messages/batches/${created.id}`, AH)).text);
    expect(g).toMatchObject({ processing_status: 'ended', request_counts: { processing: 0, succeeded: 2 } });
    expect(g.results_url).toBe(`${sim.url}/v1/messages/batches/${created.id}/results`);

    const res = await request(g.results_url, { headers: AH });
    expect(res.headers['content-type']).toBe('application/x-jsonl');
    const lines = (await res.body.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.custom_id, l.result.type, l.result.message.model])).toEqual([
      ['a', 'succeeded', 'claude-upstream-a'],
      ['b', 'succeeded', 'claude-upstream-b'],
    ]);

    const list = JSON.parse((await get('/v1/messages/batches?limit=10', AH)).text);
    expect(list).toMatchObject({ has_more: false, first_id: created.id, last_id: created.id });

    const d = await get(`/v1/messages/batches/${created.id}`, AH, 'DELETE');
    expect(JSON.parse(d.text)).toEqual({ id: created.id, type: 'message_batch_deleted' });
    expect((await get(`/v1/messages/batches/${created.id}`, AH)).status).toBe(404);
  });

  it('cancel of an in-progress batch → canceling, then ended with canceled results; delete refused while in progress', async () => {
    const created = JSON.parse((await post('/v1/messages/batches', batch, { ...AH, 'x-sim-batch-ms': '60000' })).text);
    expect(JSON.parse((await get(`/v1/messages/batches/${created.id}`, AH)).text).processing_status).toBe('in_progress');
    expect((await get(`/v1/messages/batches/${created.id}`, AH, 'DELETE')).status).toBe(400);
    expect((await get(`/v1/messages/batches/${created.id}/results`, AH)).status).toBe(400);
    const canceled = JSON.parse((await get(`/v1/messages/batches/${created.id}/cancel`, AH, 'POST')).text);
    expect(canceled.processing_status).toBe('canceling');
    expect(canceled.cancel_initiated_at).not.toBeNull();
    const g = JSON.parse((await get(`/v1/messages/batches/${created.id}`, AH)).text);
    expect(g).toMatchObject({ processing_status: 'ended', request_counts: { canceled: 2, succeeded: 0 } });
    const lines = (await get(`/v1/messages/batches/${created.id}/results`, AH)).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.result.type === 'canceled')).toBe(true);
  });

  it('paginates newest first and reports errored results for ?fault= models', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(JSON.parse((await post('/v1/messages/batches', batch, AH)).text).id);
    const p1 = JSON.parse((await get('/v1/messages/batches?limit=2', AH)).text);
    expect(p1.data.map((b: { id: string }) => b.id)).toEqual([ids[2], ids[1]]);
    expect(p1.has_more).toBe(true);
    const p2 = JSON.parse((await get(`/v1/messages/batches?limit=2&after_id=${p1.last_id}`, AH)).text);
    expect(p2.data.map((b: { id: string }) => b.id)).toEqual([ids[0]]);
    expect(p2.has_more).toBe(false);

    const e = JSON.parse((await post('/v1/messages/batches', { requests: [{ custom_id: 'x', params: { model: 'm?fault=status:529', max_tokens: 5, messages: [] } }] }, AH)).text);
    const lines = (await get(`/v1/messages/batches/${e.id}/results`, AH)).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].result).toMatchObject({ type: 'errored', error: { type: 'error', error: { type: 'overloaded_error' } } });
  });

  it('rejects invalid create bodies', async () => {
    expect((await post('/v1/messages/batches', { requests: [] }, AH)).status).toBe(400);
    expect((await post('/v1/messages/batches', { requests: [{ custom_id: 'a' }] }, AH)).status).toBe(400);
  });
});

describe('real SDK clients', () => {
  it('@anthropic-ai/sdk streams and parses a message, sees request-id, gets AuthenticationError for bad- keys', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-sim', baseURL: sim.url, maxRetries: 0 });
    const stream = client.messages.stream({ model: 'claude-sim-1', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    const msg = await stream.finalMessage();
    expect(msg.content[0]).toMatchObject({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    expect(msg.model).toBe('claude-sim-1');
    const plain = await client.messages.create({ model: 'claude-sim-1?events=2', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    expect(plain.content[0]).toMatchObject({ type: 'text', text: 'word0 word1' });
    const bad = new Anthropic({ apiKey: 'bad-key', baseURL: sim.url, maxRetries: 0 });
    await expect(bad.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 401 });
  });

  it('openai SDK streams chat and decodes base64 embeddings', async () => {
    const client = new OpenAI({ apiKey: 'sk-sim', baseURL: `${sim.url}/v1`, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'gpt-sim-1', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(usage).toMatchObject({ completion_tokens: 8 });
    const emb = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'a' });
    expect(emb.data[0]?.embedding).toHaveLength(8);
  });
});
