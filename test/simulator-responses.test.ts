/**
 * The Responses API simulator (runtime/simulator/responses/) proven with the
 * official openai SDK: create (JSON, SSE, the strict `responses.stream()`
 * accumulator, `responses.parse`), the function-call round trip through
 * `previous_response_id`, retrieve/delete/input_items/cancel, input_tokens,
 * OpenAI error envelopes and the fault controls.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import OpenAI, { APIConnectionError, APIError, AuthenticationError, BadRequestError, NotFoundError, RateLimitError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResponsesState, handleResponsesRequest, startResponsesSimulator, type ResponsesReply, type ResponsesSimulator } from '../runtime/simulator/responses/index.ts';

let sim: ResponsesSimulator;
let client: OpenAI;

/** The `type` literals of the SDK's `ResponseStreamEvent` union, read from its declaration file. */
function sdkStreamEventTypes(): Set<string> {
  const req = createRequire(import.meta.url);
  const root = dirname(req.resolve('openai'));
  const src = readFileSync(join(root, 'resources/responses/responses.d.ts'), 'utf8');
  const union = /export type ResponseStreamEvent =([^;]+);/.exec(src)?.[1] ?? '';
  const names = [...union.matchAll(/\|\s*(\w+)/g)].map((m) => m[1]);
  const types = new Set<string>();
  for (const n of names) {
    const body = new RegExp(`export interface ${n} \\{([\\s\\S]*?)\\n\\}`).exec(src)?.[1] ?? '';
    const t = /\n {4}type: '([^']+)';/.exec(body)?.[1];
    if (t) types.add(t);
  }
  return types;
}

beforeAll(async () => {
  sim = await startResponsesSimulator();
  client = new OpenAI({ apiKey: 'sk-sim-a', baseURL: `${sim.url}/v1`, maxRetries: 0, timeout: 20_000 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

const tools = [
  {
    type: 'function' as const,
    name: 'get_weather',
    description: 'Weather for a city',
    strict: true,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  },
];

describe('responses.create', () => {
  it('answers JSON with a message item, usage details and the request echoed', async () => {
    const r = await client.responses.create({ model: 'gpt-5.5', input: 'Say hi', instructions: 'Be brief', metadata: { t: '1' } });
    expect(r.object).toBe('response');
    expect(r.id).toMatch(/^resp_[0-9a-f]{50}$/);
    expect(r.status).toBe('completed');
    expect(r.output_text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const msg = r.output[0];
    expect(msg?.type).toBe('message');
    if (msg?.type !== 'message') throw new Error('not a message');
    expect(msg.id).toMatch(/^msg_/);
    expect(msg.role).toBe('assistant');
    expect(msg.content[0]).toMatchObject({ type: 'output_text', annotations: [] });
    expect(r.instructions).toBe('Be brief');
    expect(r.metadata).toEqual({ t: '1' });
    expect(r.usage?.input_tokens).toBeGreaterThan(0);
    expect(r.usage?.input_tokens_details.cached_tokens).toBe(0);
    expect(r.usage?.output_tokens_details.reasoning_tokens).toBe(0);
    expect(r.usage?.total_tokens).toBe((r.usage?.input_tokens ?? 0) + (r.usage?.output_tokens ?? 0));
    const rec = sim.requests.at(-1);
    expect(rec?.path).toBe('/v1/responses');
    expect(rec?.headers.authorization).toBe('Bearer sk-sim-a');
  });

  it('streams the official event grammar with strictly increasing sequence numbers', async () => {
    const known = sdkStreamEventTypes();
    expect(known.size).toBeGreaterThan(40);
    const stream = await client.responses.create({
      model: 'gpt-5.5',
      input: 'Say hi',
      stream: true,
      reasoning: { effort: 'low', summary: 'auto' },
      include: ['reasoning.encrypted_content'],
    });
    const types: string[] = [];
    let seq = -1;
    let text = '';
    let completed: OpenAI.Responses.Response | undefined;
    for await (const ev of stream) {
      expect(known.has(ev.type), ev.type).toBe(true);
      expect(ev.sequence_number).toBe(seq + 1);
      seq = ev.sequence_number;
      types.push(ev.type);
      if (ev.type === 'response.output_text.delta') text += ev.delta;
      if (ev.type === 'response.completed') completed = ev.response;
    }
    const compact = types.filter((t, i) => !(t.endsWith('.delta') && types[i - 1] === t));
    expect(compact).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.reasoning_summary_part.added',
      'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.done',
      'response.reasoning_summary_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const reasoning = completed?.output[0];
    if (reasoning?.type !== 'reasoning') throw new Error('no reasoning item');
    expect(reasoning.encrypted_content).toMatch(/^gAAAAA/);
    expect(reasoning.summary[0]?.text).toContain('Planning');
    expect(completed?.usage?.output_tokens_details.reasoning_tokens).toBe(24);
    const raw = await fetch(`${sim.url}/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', input: 'x', stream: true }),
    });
    expect(raw.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await raw.text();
    expect(body.startsWith('event: response.created\ndata: {')).toBe(true);
    expect(body).not.toContain('[DONE]');
  });

  it('satisfies the SDK responses.stream() accumulator, whose final response equals the stored one', async () => {
    const stream = client.responses.stream({ model: 'gpt-5.5', input: 'Hello', reasoning: { effort: 'medium', summary: 'detailed' } });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => {
      deltas += e.delta;
    });
    const final = await stream.finalResponse();
    expect(final.output_text).toBe(deltas);
    expect(final.output.map((o) => o.type)).toEqual(['reasoning', 'message']);
    const stored = await client.responses.retrieve(final.id);
    // finalResponse() adds the SDK's own `parsed: null` to output_text parts; everything else is the wire object.
    const unparsed = JSON.parse(JSON.stringify(final.output, (k, v: unknown) => (k === 'parsed' ? undefined : v))) as unknown;
    expect(stored.output).toEqual(unparsed);
    expect(stored.usage).toEqual(final.usage);
  });

  it('omits obfuscation when stream_options.include_obfuscation is false', async () => {
    const deltas: Record<string, unknown>[] = [];
    for await (const ev of await client.responses.create({ model: 'm', input: 'x', stream: true, stream_options: { include_obfuscation: false } }))
      if (ev.type === 'response.output_text.delta') deltas.push(ev as unknown as Record<string, unknown>);
    expect(deltas.length).toBe(8);
    expect(deltas.every((d) => !('obfuscation' in d))).toBe(true);
  });

  it('parses text.format json_schema output with responses.parse', async () => {
    const r = await client.responses.parse({
      model: 'gpt-5.5',
      input: 'weather?',
      text: {
        format: {
          type: 'json_schema',
          name: 'weather',
          strict: true,
          schema: { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city', 'temp'], additionalProperties: false },
        },
      },
    });
    expect(r.output_parsed).toEqual({ city: 'sim', temp: 1 });
  });

  it('reports incomplete (max_output_tokens) when the output exceeds the cap', async () => {
    const r = await client.responses.create({ model: 'm', input: 'long', max_output_tokens: 16 }, { headers: { 'x-sim-events': '40' } });
    expect(r.status).toBe('incomplete');
    expect(r.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(r.output_text.split(' ').length).toBe(16);
    const events: string[] = [];
    for await (const ev of await client.responses.create({ model: 'm', input: 'long', max_output_tokens: 16, stream: true }, { headers: { 'x-sim-events': '40' } })) events.push(ev.type);
    expect(events.at(-1)).toBe('response.incomplete');
  });
});

describe('function calling', () => {
  it('round-trips a function call through function_call_output and previous_response_id', async () => {
    const first = await client.responses.create({ model: 'gpt-5.5', input: 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]', tools });
    const call = first.output.find((o) => o.type === 'function_call');
    if (call?.type !== 'function_call') throw new Error('no function call');
    expect(call).toMatchObject({ name: 'get_weather', arguments: '{"city":"Paris"}', status: 'completed' });
    expect(call.call_id).toMatch(/^call_/);
    expect(call.id).toMatch(/^fc_/);
    const second = await client.responses.create({
      model: 'gpt-5.5',
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"temp":21}' }],
      tools,
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output.map((o) => o.type)).toEqual(['message']);
    expect(second.output_text).toMatch(/^word0/);
    await expect(
      client.responses.create({ model: 'm', previous_response_id: first.id, input: [{ type: 'function_call_output', call_id: 'call_nope', output: 'x' }], tools }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('No tool call found for function call output with call_id call_nope') });
  });

  it('streams a forced tool call (x-sim-tool) and tool_choice "required"; the stream helper accumulates arguments', async () => {
    const stream = client.responses.stream({ model: 'm', input: 'go', tools }, { headers: { 'x-sim-tool': 'get_weather' } });
    let args = '';
    stream.on('response.function_call_arguments.delta', (e) => {
      args += e.delta;
    });
    const final = await stream.finalResponse();
    const call = final.output[0];
    if (call?.type !== 'function_call') throw new Error('no function call');
    expect(call.arguments).toBe('{"city":"sim"}');
    expect(args).toBe(call.arguments);
    const req = await client.responses.create({ model: 'm', input: 'go', tools, tool_choice: 'required' });
    expect(req.output[0]?.type).toBe('function_call');
    const none = await client.responses.create({ model: 'm', input: 'go [sim-tool:get_weather]', tools, tool_choice: 'none' });
    expect(none.output[0]?.type).toBe('message');
  });

  it('accepts its own encrypted reasoning back and rejects forged encrypted_content', async () => {
    const first = await client.responses.create({ model: 'm', input: 'x', store: false, reasoning: { effort: 'low' }, include: ['reasoning.encrypted_content'] });
    const rs = first.output[0];
    if (rs?.type !== 'reasoning') throw new Error('no reasoning');
    expect(rs.summary).toEqual([]);
    const back = await client.responses.create({ model: 'm', store: false, input: [rs, { role: 'user', content: 'again' }] });
    expect(back.status).toBe('completed');
    await expect(client.responses.create({ model: 'm', input: [{ ...rs, encrypted_content: 'gAAAAAforged' }, { role: 'user', content: 'x' }] })).rejects.toMatchObject({
      status: 400,
      code: 'invalid_encrypted_content',
    });
  });
});

describe('stored responses', () => {
  it('retrieves, lists input items, reports cached tokens on continuation, deletes', async () => {
    const big = 'lorem ipsum '.repeat(600);
    const first = await client.responses.create({ model: 'm', input: [{ role: 'user', content: big }, { role: 'user', content: 'second' }] });
    const got = await client.responses.retrieve(first.id);
    expect(got).toEqual(first);
    const items = await client.responses.inputItems.list(first.id, { order: 'asc' });
    expect(items.data.map((i) => (i.type === 'message' ? i.role : i.type))).toEqual(['user', 'user']);
    expect(items.data[0]?.id).toMatch(/^msg_/);
    const desc = await client.responses.inputItems.list(first.id, { limit: 1 });
    expect(desc.data).toHaveLength(1);
    expect(desc.has_more).toBe(true);
    expect(desc.data[0]?.id).toBe(items.data[1]?.id);
    const next = await client.responses.create({ model: 'm', previous_response_id: first.id, input: 'more' });
    const cached = next.usage?.input_tokens_details.cached_tokens ?? 0;
    expect(cached).toBeGreaterThanOrEqual(1024);
    expect(cached % 128).toBe(0);
    expect(cached).toBeLessThan(next.usage?.input_tokens ?? 0);
    const other = new OpenAI({ apiKey: 'sk-sim-b', baseURL: `${sim.url}/v1`, maxRetries: 0 });
    await expect(other.responses.retrieve(first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(other.responses.create({ model: 'm', previous_response_id: first.id, input: 'x' })).rejects.toMatchObject({ status: 400, code: 'previous_response_not_found' });
    await client.responses.delete(first.id);
    const del = await fetch(`${sim.url}/v1/responses/${next.id}`, { method: 'DELETE', headers: { authorization: 'Bearer sk-sim-a' } });
    expect(await del.json()).toEqual({ id: next.id, object: 'response', deleted: true });
    await expect(client.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404, message: expect.stringContaining(`Response with id '${first.id}' not found.`) });
  });

  it('keeps nothing for store: false', async () => {
    const r = await client.responses.create({ model: 'm', input: 'x', store: false });
    expect((r as unknown as { store: boolean }).store).toBe(false); // on the wire, not in the SDK's Response type
    await expect(client.responses.retrieve(r.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.responses.create({ model: 'm', previous_response_id: r.id, input: 'y' })).rejects.toMatchObject({ status: 400, code: 'previous_response_not_found', param: 'previous_response_id' });
  });

  it('runs background responses that can be polled and cancelled', async () => {
    const done = await client.responses.create({ model: 'm', input: 'x', background: true });
    expect(done.status).toBe('queued');
    let polled = await client.responses.retrieve(done.id);
    for (let i = 0; i < 50 && polled.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      polled = await client.responses.retrieve(done.id);
    }
    expect(polled.status).toBe('completed');
    await expect(client.responses.cancel(done.id)).rejects.toBeInstanceOf(BadRequestError);
    const slow = await client.responses.create({ model: 'm', input: 'x', background: true }, { headers: { 'x-sim-batch-ms': '60000' } });
    const cancelled = await client.responses.cancel(slow.id);
    expect(cancelled.status).toBe('cancelled');
    const plain = await client.responses.create({ model: 'm', input: 'x' });
    await expect(client.responses.cancel(plain.id)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('background=true') });
  });

  it('counts input tokens', async () => {
    const small = await client.responses.inputTokens.count({ model: 'm', input: 'hi' });
    const large = await client.responses.inputTokens.count({ model: 'm', input: 'hi '.repeat(400), tools });
    expect(small.object).toBe('response.input_tokens');
    expect(small.input_tokens).toBeGreaterThan(0);
    expect(large.input_tokens).toBeGreaterThan(small.input_tokens + 250);
    const r = await client.responses.create({ model: 'm', input: 'hi' });
    expect(r.usage?.input_tokens).toBe(small.input_tokens);
  });
});

describe('errors and faults', () => {
  it('answers OpenAI error envelopes the SDK maps to its error classes', async () => {
    const bad = new OpenAI({ apiKey: 'bad-key', baseURL: `${sim.url}/v1`, maxRetries: 0 });
    await expect(bad.responses.create({ model: 'm', input: 'x' })).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
    await expect(bad.responses.create({ model: 'm', input: 'x' })).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client.responses.create({ model: 'm', input: 'x', max_output_tokens: 5 })).rejects.toMatchObject({ status: 400, code: 'integer_below_min_value', param: 'max_output_tokens' });
    await expect(client.responses.create({ input: 'x' } as never)).rejects.toMatchObject({ status: 400, code: 'missing_required_parameter', param: 'model' });
    const raw = await fetch(`${sim.url}/v1/responses`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: '{nope' });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { error: { message: string } }).error.message).toMatch(/^We could not parse the JSON body/);
    const unknown = await fetch(`${sim.url}/v1/responses/resp_x/nope`, { headers: { authorization: 'Bearer k' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { message: 'Invalid URL (GET /v1/responses/resp_x/nope)', type: 'invalid_request_error', param: null, code: null } });
  });

  it('applies status faults (429 with retry-after) and consumes queued faults one per create', async () => {
    sim.queueFaults(['status:429:7', 'status:503']);
    const e = await client.responses.create({ model: 'm', input: 'x' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as APIError).headers?.get('retry-after')).toBe('7');
    await expect(client.responses.create({ model: 'm', input: 'x' })).rejects.toMatchObject({ status: 503, type: 'server_error' });
    expect((await client.responses.create({ model: 'm', input: 'x' })).status).toBe('completed');
  });

  it('fails a stream mid-way: error event then response.failed (SDK throws APIError), or response.failed alone', async () => {
    const raw = await fetch(`${sim.url}/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-sim-a', 'content-type': 'application/json', 'x-sim-fault': 'error-after:2' },
      body: JSON.stringify({ model: 'm', input: 'x', stream: true }),
    });
    const names = [...(await raw.text()).matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(names).toEqual(['response.created', 'response.in_progress', 'error', 'response.failed']);
    const seen: string[] = [];
    const err = await (async () => {
      for await (const ev of await client.responses.create({ model: 'm', input: 'x', stream: true }, { headers: { 'x-sim-fault': 'error-after:5' } })) seen.push(ev.type);
    })().catch((x: unknown) => x);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).message).toContain('The server had an error');
    expect(seen).toHaveLength(5);
    const failed: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const ev of await client.responses.create({ model: 'm?fault=error-after:6&stream-error=failed', input: 'x', stream: true })) failed.push(ev);
    const last = failed.at(-1);
    expect(last?.type).toBe('response.failed');
    if (last?.type !== 'response.failed') throw new Error('unreachable');
    expect(last.sequence_number).toBe(6);
    expect(last.response.error).toEqual({ code: 'server_error', message: 'The model failed to generate a response.' });
    expect((await client.responses.retrieve(last.response.id)).status).toBe('failed');
  });

  it('resets the connection mid-stream and stalls before headers', async () => {
    const err = await (async () => {
      for await (const _ of await client.responses.create({ model: 'm', input: 'x', stream: true }, { headers: { 'x-sim-fault': 'reset-after:3' } })) void _;
    })().catch((x: unknown) => x);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(APIError);
    const reset0 = await client.responses.create({ model: 'm', input: 'x' }, { headers: { 'x-sim-fault': 'reset-after:0' } }).catch((x: unknown) => x);
    expect(reset0).toBeInstanceOf(APIConnectionError);
    const t0 = Date.now();
    const slow = await client.responses.create({ model: 'm', input: 'x' }, { headers: { 'x-sim-fault': 'stall-ms:300' } });
    expect(slow.status).toBe('completed');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    await expect(client.responses.create({ model: 'm', input: 'x' }, { headers: { 'x-sim-fault': 'bogus' } })).rejects.toMatchObject({ status: 400, code: 'simulator_control' });
  });
});

describe('carrier independence and client aborts', () => {
  it('answers through any ResponsesReply (no uWebSockets.js): handleResponsesRequest with an in-memory reply', async () => {
    const chunks: Buffer[] = [];
    let status = 0;
    let headers: ReadonlyArray<readonly [string, string]> = [];
    let gone = false;
    const reply: ResponsesReply = {
      get gone() {
        return gone;
      },
      head(s, h) {
        status = s;
        headers = h;
      },
      async write(c) {
        chunks.push(Buffer.from(c));
        return true;
      },
      async end(b) {
        if (b) chunks.push(Buffer.from(b));
        gone = true;
      },
      close() {
        gone = true;
      },
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    };
    const body = Buffer.from(JSON.stringify({ model: 'm', input: 'x', stream: true }));
    await handleResponsesRequest(new ResponsesState(), { method: 'POST', path: '/v1/responses', query: '', headers: { authorization: 'Bearer k' }, body }, reply);
    expect(status).toBe(200);
    expect(headers).toContainEqual(['content-type', 'text/event-stream; charset=utf-8']);
    const events = [...Buffer.concat(chunks).toString().matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('response.created');
    expect(events.at(-1)).toBe('response.completed');
    expect(gone).toBe(true);
  });

  it('records a client that disconnects mid-stream as aborted and stops writing', async () => {
    const ac = new AbortController();
    const res = await fetch(`${sim.url}/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-sim-a', 'content-type': 'application/json', 'x-sim-pace-ms': '50', 'x-sim-events': '200' },
      body: JSON.stringify({ model: 'm', input: 'x', stream: true }),
      signal: ac.signal,
    });
    const reader = res.body?.getReader();
    await reader?.read();
    ac.abort();
    const rec = sim.requests.at(-1);
    for (let i = 0; i < 100 && !rec?.aborted; i++) await new Promise((r) => setTimeout(r, 50));
    expect(rec?.aborted).toBe(true);
  });
});

