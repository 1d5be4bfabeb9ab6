/**
 * Issue 13, Gemini ingress: the official `@google/genai` SDK through the gateway
 * to a Claude-backed alias (`claude-prod`, Anthropic simulator) and an
 * OpenAI-Chat-backed alias (`gpt-prod`, OpenAI simulator), translated both ways:
 * generateContent, generateContentStream, a function-calling round trip,
 * countTokens, models.list / models.get, under `/v1` (the SDK's default),
 * `/v1beta` (Gemini CLI's) and `/gemini/`. Plus what no SDK call shows: the
 * JSON-array framing of `streamGenerateContent` without `alt=sse`, Google's
 * error envelope for gateway and upstream errors, and the caller key in
 * `?key=` (taken out of the query, never logged, recorded or forwarded).
 * Against a Gemini-backed alias (the `gemini` provider on the simulator's Gemini
 * API): native passthrough — the model rewritten in the path, the body bytes
 * untouched — and Gemini 3 thought signatures through a multi-turn tool use;
 * against the Claude-backed alias, Claude's signed thinking carried as the
 * Gemini caller's `thoughtSignature` and restored byte for byte on the next turn.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ApiError, FunctionCallingConfigMode, GoogleGenAI, type Content } from '@google/genai';
import pino from 'pino';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';

type Json = Record<string, any>;
const GEMINI_PROVIDER_KEY = 'gem-provider-key-0001';

let stack: Stack;
const usage = new LineCapture();
const logs = new LineCapture();

beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.providers.anthropic!.simulated = true;
    c.providers.openai!.simulated = true;
    c.providers.gem = { type: 'gemini', base_url: simUrl, api_key: GEMINI_PROVIDER_KEY, simulated: true };
    c.models!['gem-flash'] = { targets: [{ provider: 'gem', model: 'gemini-2.5-flash' }] };
    c.models!['gem-3'] = { targets: [{ provider: 'gem', model: 'gemini-3-flash-preview' }] };
    c.callers![0]!.direct_provider_routing = true;
    c.models!['claude-cache'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-cache-read-and-creation.json' }] };
    c.retry = { max_attempts: 1 };
    c.logging = { usage_sink: 'stdout', level: 'debug' };
  }, { usageDestination: usage, logger: pino({ level: 'debug' }, logs) });
});
afterAll(async () => stack?.close());

/** The SDK pointed at the gateway (`apiVersion` v1 is @google/genai 3.x's default; Gemini CLI uses v1beta). */
function genai(opts: { apiVersion?: string; prefix?: string; headers?: Record<string, string>; key?: string } = {}): GoogleGenAI {
  return new GoogleGenAI({
    apiKey: opts.key ?? CALLER_KEY,
    httpOptions: { baseUrl: `${stack.url}${opts.prefix ?? ''}`, ...(opts.apiVersion ? { apiVersion: opts.apiVersion } : {}), ...(opts.headers ? { headers: opts.headers } : {}) },
  });
}

/** The upstream requests the simulator received since `from`, with parsed bodies. */
function upstream(from: number): Array<{ path: string; query: string; headers: Record<string, string>; body: Json }> {
  return stack.sim.requests.slice(from).map((r) => ({ path: r.path, query: r.query, headers: r.headers, body: JSON.parse(r.body.toString('utf8') || '{}') as Json }));
}

const WEATHER = {
  functionDeclarations: [{
    name: 'get_weather',
    description: 'Current weather of a city',
    parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  }],
};

describe.each([
  { alias: 'claude-prod', upstreamPath: '/v1/messages', label: 'Claude-backed' },
  { alias: 'gpt-prod', upstreamPath: '/v1/chat/completions', label: 'OpenAI-Chat-backed' },
])('@google/genai → $label alias ($alias)', ({ alias, upstreamPath }) => {
  it.each([
    { apiVersion: undefined, prefix: '', path: 'v1' },
    { apiVersion: 'v1beta', prefix: '', path: 'v1beta' },
    { apiVersion: 'v1beta', prefix: '/gemini', path: 'gemini/v1beta' },
  ])('generateContent under /$path: text, finishReason, usage; the upstream gets its own format', async ({ apiVersion, prefix }) => {
    const n = stack.sim.requests.length;
    const r = await genai({ apiVersion, prefix }).models.generateContent({
      model: alias,
      contents: 'Hello there',
      config: { systemInstruction: 'Be brief.', temperature: 0.3, maxOutputTokens: 200, stopSequences: ['END'] },
    });
    expect(r.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(r.candidates?.[0]?.finishReason).toBe('STOP');
    expect(r.modelVersion).toBe(alias);
    expect(r.usageMetadata?.candidatesTokenCount).toBe(8);
    expect(r.usageMetadata?.promptTokenCount).toBeGreaterThan(0);
    expect(r.usageMetadata?.totalTokenCount).toBe((r.usageMetadata?.promptTokenCount ?? 0) + 8);
    const [up] = upstream(n);
    expect(up?.path).toMatch(new RegExp(`${upstreamPath.replace(/\//g, '\\/')}$`));
    expect(up?.headers['x-goog-api-key']).toBeUndefined(); // the caller key is never forwarded
    expect(JSON.stringify(up?.headers)).not.toContain(CALLER_KEY);
    if (alias === 'claude-prod') {
      expect(up?.body).toMatchObject({
        model: 'claude-sonnet-4-5', system: [{ type: 'text', text: 'Be brief.' }], max_tokens: 200, temperature: 0.3, stop_sequences: ['END'],
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello there' }] }],
      });
    } else {
      expect(up?.body).toMatchObject({ model: 'gpt-4.1', temperature: 0.3, stop: ['END'], messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hello there' }] });
    }
  }, 60_000);

  it('generateContentStream: SSE chunks as they come, the last with finishReason and usage', async () => {
    const n = stack.sim.requests.length;
    const chunks = [];
    for await (const c of await genai().models.generateContentStream({ model: alias, contents: 'Stream please' })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => c.text ?? '').join('')).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const last = chunks[chunks.length - 1]!;
    expect(last.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last.usageMetadata?.candidatesTokenCount).toBe(8);
    expect(upstream(n)[0]?.body.stream).toBe(true);
  }, 60_000);

  it('function calling round trip: functionCall with a stable id, functionResponse answers it; the upstream sees a matched tool call/result', async () => {
    const ai = genai();
    const n = stack.sim.requests.length;
    const first: Content[] = [{ role: 'user', parts: [{ text: 'Weather in Oslo? [sim-tool:get_weather:{"city":"Oslo"}]' }] }];
    const config = { tools: [WEATHER], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.AUTO } } };
    const r1 = await ai.models.generateContent({ model: alias, contents: first, config });
    const calls = r1.functionCalls ?? [];
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: 'get_weather', args: { city: 'Oslo' } });
    expect(calls[0]!.id).toMatch(/\S/);
    expect(r1.candidates?.[0]?.finishReason).toBe('STOP');
    const u1 = upstream(n)[0]!.body;
    if (alias === 'claude-prod') expect(u1.tools[0]).toMatchObject({ name: 'get_weather', input_schema: { type: 'object', required: ['city'] } });
    else expect(u1.tools[0]).toMatchObject({ type: 'function', function: { name: 'get_weather' } });

    // The SDK user sends the model turn back as received, then the function response (by id).
    const m = stack.sim.requests.length;
    const second: Content[] = [
      ...first,
      r1.candidates![0]!.content!,
      { role: 'user', parts: [{ functionResponse: { id: calls[0]!.id, name: 'get_weather', response: { output: 'Rain, 9°C' } } }] },
    ];
    const stream = await ai.models.generateContentStream({ model: alias, contents: second, config });
    let text = '';
    for await (const c of stream) text += c.text ?? '';
    expect(text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const u2 = upstream(m)[0]!.body;
    if (alias === 'claude-prod') {
      const [, assistant, result] = u2.messages as Json[];
      const use = (assistant!.content as Json[]).find((b) => b.type === 'tool_use');
      expect(use).toMatchObject({ id: calls[0]!.id, name: 'get_weather', input: { city: 'Oslo' } });
      expect(result!.content[0]).toMatchObject({ type: 'tool_result', tool_use_id: calls[0]!.id, content: 'Rain, 9°C' });
    } else {
      const [, assistant, tool] = u2.messages as Json[];
      expect(assistant!.tool_calls[0]).toMatchObject({ id: calls[0]!.id, function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } });
      expect(tool).toMatchObject({ role: 'tool', tool_call_id: calls[0]!.id, content: 'Rain, 9°C' });
    }
  }, 60_000);

  it('functionCallingConfig ANY with one allowed name forces that function', async () => {
    const n = stack.sim.requests.length;
    const r = await genai().models.generateContent({
      model: alias,
      contents: 'Weather?',
      config: { tools: [WEATHER], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: ['get_weather'] } } },
    });
    expect(r.functionCalls?.[0]?.name).toBe('get_weather');
    const body = upstream(n)[0]!.body;
    if (alias === 'claude-prod') expect(body.tool_choice).toEqual({ type: 'tool', name: 'get_weather' });
    else expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
  }, 60_000);
});

describe('translation details (Claude-backed alias)', () => {
  it('finishReason MAX_TOKENS, safetySettings dropped as advisory and named, structured output as Claude JSON output', async () => {
    const n = stack.sim.requests.length;
    const res = await fetch(`${stack.url}/v1beta/models/claude-prod:generateContent`, {
      method: 'POST',
      headers: { 'x-goog-api-key': CALLER_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({
        contents: [{ role: 'user', parts: [{ text: 'Hello' }] }],
        generationConfig: { maxOutputTokens: 3 },
        safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-switchyard-degraded')).toBe('safetySettings');
    const body = (await res.json()) as Json;
    expect(body.candidates[0].finishReason).toBe('MAX_TOKENS');
    expect(upstream(n)[0]!.body.max_tokens).toBe(3);

    const m = stack.sim.requests.length;
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    const r = await genai().models.generateContent({ model: 'claude-prod', contents: 'Answer in JSON', config: { responseMimeType: 'application/json', responseJsonSchema: schema } });
    expect(JSON.parse(r.text ?? '')).toMatchObject({ answer: expect.any(String) });
    const up = upstream(m)[0]!.body;
    expect(JSON.stringify(up)).toContain('"answer"'); // the schema reached Claude (as its JSON output format or a forced tool)
  }, 60_000);

  it('usageMetadata carries Claude\'s cache reads as cachedContentTokenCount (prompt = input + cache)', async () => {
    const r = await genai().models.generateContent({ model: 'claude-cache', contents: 'Hello' });
    const u = r.usageMetadata!;
    expect(u.cachedContentTokenCount).toBeGreaterThan(0);
    expect(u.promptTokenCount).toBeGreaterThan(u.cachedContentTokenCount!);
    expect(u.totalTokenCount).toBe(u.promptTokenCount! + (u.candidatesTokenCount ?? 0) + (u.thoughtsTokenCount ?? 0));
  }, 60_000);

  it('a percent-encoded model-string parameter in the path is refused, naming the model', async () => {
    const res = await fetch(`${stack.url}/v1beta/models/anthropic%3Aclaude-sonnet-4-5%3Ftemperature%3D1:generateContent`, {
      method: 'POST', headers: { 'x-goog-api-key': CALLER_KEY }, body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'x' }] }] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringMatching(/^model: model-string parameters/) } });
    // Without parameters, a direct model string in the path routes like an alias.
    const ok = await genai().models.generateContent({ model: 'anthropic:claude-sonnet-4-5', contents: 'x' });
    expect(ok.text).toMatch(/^word0/);
  }, 60_000);
});

describe('countTokens', () => {
  /** The Anthropic simulator's own count for a count_tokens body. */
  async function simCount(body: Json): Promise<number> {
    const direct = await fetch(`${stack.sim.url}/v1/messages/count_tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': PROVIDER_KEY_ANTHROPIC, 'anthropic-version': '2023-06-01' }, body: JSON.stringify(body),
    });
    return ((await direct.json()) as { input_tokens: number }).input_tokens;
  }

  it('through a Claude-backed alias: Anthropic count_tokens answers, as totalTokens', async () => {
    const n = stack.sim.requests.length;
    const r = await genai({ apiVersion: 'v1beta' }).models.countTokens({ model: 'claude-prod', contents: 'How many tokens is this sentence, roughly?' });
    const [up] = upstream(n);
    expect(up?.path).toBe('/v1/messages/count_tokens');
    expect(Object.keys(up!.body).sort()).toEqual(['messages', 'model']); // no output settings
    expect(up?.body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'How many tokens is this sentence, roughly?' }] }]);
    expect(r.totalTokens).toBeGreaterThan(0);
    expect(r.totalTokens).toBe(await simCount(up!.body));
  }, 60_000);

  it('a whole generateContentRequest counts its system instruction and tools too', async () => {
    const n = stack.sim.requests.length;
    const res = await fetch(`${stack.url}/v1beta/models/claude-prod:countTokens`, {
      method: 'POST',
      headers: { 'x-goog-api-key': CALLER_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ generateContentRequest: { model: 'models/claude-prod', contents: [{ role: 'user', parts: [{ text: 'Hi' }] }], systemInstruction: { parts: [{ text: 'Be brief.' }] }, tools: [WEATHER], generationConfig: { maxOutputTokens: 10 } } }),
    });
    expect(res.status).toBe(200);
    const [up] = upstream(n);
    expect(Object.keys(up!.body).sort()).toEqual(['messages', 'model', 'system', 'tools']);
    expect(await res.json()).toEqual({ totalTokens: await simCount(up!.body) });
  }, 60_000);

  it('through an OpenAI-backed alias: INVALID_ARGUMENT naming why (OpenAI has no token counting)', async () => {
    const err = await genai().models.countTokens({ model: 'gpt-prod', contents: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toMatch(/INVALID_ARGUMENT/);
    expect((err as ApiError).message).toMatch(/count_tokens/);
  }, 60_000);
});

describe('models', () => {
  it('models.list and models.get show the caller\'s aliases in Gemini\'s Model shape', async () => {
    for (const apiVersion of [undefined, 'v1beta']) {
      const ai = genai({ apiVersion });
      const names: string[] = [];
      for await (const m of await ai.models.list()) names.push(m.name ?? '');
      expect(names).toEqual(expect.arrayContaining(['models/claude-prod', 'models/gpt-prod']));
      const one = await ai.models.get({ model: 'claude-prod' });
      expect(one).toMatchObject({ name: 'models/claude-prod', displayName: 'Claude Sonnet 4.5', inputTokenLimit: 200000, outputTokenLimit: 64000 });
      expect(one.supportedActions).toContain('generateContent');
      const missing = await ai.models.get({ model: 'no-such-alias' }).catch((e: unknown) => e);
      expect((missing as ApiError).status).toBe(404);
      expect((missing as ApiError).message).toMatch(/NOT_FOUND/);
    }
  }, 60_000);
});

describe('errors in Google\'s envelope', () => {
  it('gateway errors: unknown alias 404 NOT_FOUND, bad key 401 UNAUTHENTICATED, bad body 400 INVALID_ARGUMENT naming the field', async () => {
    const unknown = await genai().models.generateContent({ model: 'no-such-alias', contents: 'x' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ApiError);
    expect((unknown as ApiError).status).toBe(404);
    expect((unknown as ApiError).message).toMatch(/NOT_FOUND/);
    const badKey = await genai({ key: 'not-a-caller-key' }).models.generateContent({ model: 'claude-prod', contents: 'x' }).catch((e: unknown) => e);
    expect((badKey as ApiError).status).toBe(401);
    expect((badKey as ApiError).message).toMatch(/UNAUTHENTICATED/);
    const res = await fetch(`${stack.url}/v1beta/models/claude-prod:generateContent`, {
      method: 'POST', headers: { 'x-goog-api-key': CALLER_KEY, 'content-type': 'application/json' }, body: JSON.stringify({ contents: 'not an array' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body).toEqual({ error: { code: 400, message: expect.stringMatching(/^contents/), status: 'INVALID_ARGUMENT' } });
  }, 60_000);

  it.each([
    { fault: 'status:429', status: 429, name: 'RESOURCE_EXHAUSTED' },
    { fault: 'status:503', status: 503, name: 'UNAVAILABLE' },
    { fault: 'status:400', status: 400, name: 'INVALID_ARGUMENT' },
  ])('upstream $status from Claude → $name', async ({ fault, status, name }) => {
    const err = await genai({ headers: { 'x-sim-fault': fault } }).models.generateContent({ model: 'claude-prod', contents: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(status);
    expect((err as ApiError).message).toContain(name);
  }, 60_000);

  it('a mid-stream upstream error reaches the SDK as an ApiError after the chunks before it', async () => {
    const seen: string[] = [];
    const err = await (async () => {
      for await (const c of await genai({ headers: { 'x-sim-fault': 'error-after:5' } }).models.generateContentStream({ model: 'claude-prod', contents: 'x' })) seen.push(c.text ?? '');
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(503);
    expect(seen.join('')).toMatch(/^word0/);
  }, 60_000);
});

describe('raw HTTP: JSON-array streams and ?key=', () => {
  const contents = [{ role: 'user', parts: [{ text: 'hi' }] }];

  it('streamGenerateContent without alt=sse answers one JSON array written as it grows; errors are arrays too', async () => {
    const res = await fetch(`${stack.url}/v1beta/models/claude-prod:streamGenerateContent?key=${CALLER_KEY}`, { method: 'POST', body: JSON.stringify({ contents }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const raw = await res.text();
    expect(raw.startsWith('[{')).toBe(true);
    expect(raw).toContain('\n,\r\n{');
    const arr = JSON.parse(raw) as Json[];
    expect(arr.length).toBeGreaterThan(2);
    expect(arr.map((c) => c.candidates[0].content.parts?.[0]?.text ?? '').join('')).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(arr[arr.length - 1]!.candidates[0].finishReason).toBe('STOP');

    const bad = await fetch(`${stack.url}/v1beta/models/no-such-alias:streamGenerateContent?key=${CALLER_KEY}`, { method: 'POST', body: JSON.stringify({ contents }) });
    expect(bad.status).toBe(404);
    expect(JSON.parse(await bad.text())).toEqual([{ error: { code: 404, message: expect.stringContaining('no-such-alias'), status: 'NOT_FOUND' } }]);

    const mid = await fetch(`${stack.url}/v1beta/models/claude-prod:streamGenerateContent?key=${CALLER_KEY}`, { method: 'POST', headers: { 'x-sim-fault': 'error-after:4' }, body: JSON.stringify({ contents }) });
    const midArr = JSON.parse(await mid.text()) as Json[];
    expect(midArr[0]!.candidates).toBeDefined();
    expect(midArr[midArr.length - 1]).toMatchObject({ error: { code: 503, status: 'UNAVAILABLE' } });
  }, 60_000);

  it('the gateway\'s own early errors (413 before the body is read) are JSON arrays too on a stream without alt=sse', async () => {
    const small = await startStack((c) => (c.server!.body_limit_bytes = 1024));
    try {
      const big = JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'x'.repeat(5000) }] }] });
      const res = await fetch(`${small.url}/v1beta/models/claude-prod:streamGenerateContent?key=${CALLER_KEY}`, { method: 'POST', body: big });
      expect(res.status).toBe(413);
      expect(JSON.parse(await res.text())).toEqual([{ error: { code: 413, message: expect.stringContaining('1024'), status: expect.any(String) } }]);
      // With alt=sse (and for generateContent) the same error is the plain object.
      const sse = await fetch(`${small.url}/v1beta/models/claude-prod:streamGenerateContent?alt=sse&key=${CALLER_KEY}`, { method: 'POST', body: big });
      expect(sse.status).toBe(413);
      expect(JSON.parse(await sse.text())).toMatchObject({ error: { code: 413 } });
    } finally {
      await small.close();
    }
  }, 60_000);

  it('alt=sse answers SSE data lines without [DONE]', async () => {
    const res = await fetch(`${stack.url}/gemini/v1/models/gpt-prod:streamGenerateContent?alt=sse`, { method: 'POST', headers: { 'x-goog-api-key': CALLER_KEY }, body: JSON.stringify({ contents }) });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const raw = await res.text();
    const events = raw.split(/\r?\n\r?\n/).filter((e) => e !== '');
    expect(events.every((e) => e.startsWith('data: {'))).toBe(true);
    expect(raw).not.toContain('[DONE]');
  }, 60_000);

  it('a ?key= caller key is never logged, recorded or forwarded', async () => {
    const secret = CALLER_KEY;
    const n = stack.sim.requests.length;
    const before = { usage: usage.lines.length, logs: logs.lines.length };
    const ok = await fetch(`${stack.url}/v1beta/models/claude-prod:generateContent?key=${secret}`, { method: 'POST', body: JSON.stringify({ contents }) });
    expect(ok.status).toBe(200);
    // Under /v1 too, and on the shared model list (a Google client: Gemini's shape).
    const v1 = await fetch(`${stack.url}/v1/models/gpt-prod:generateContent?key=${secret}`, { method: 'POST', body: JSON.stringify({ contents }) });
    expect(v1.status).toBe(200);
    const list = await fetch(`${stack.url}/v1/models?key=${secret}`);
    expect(((await list.json()) as Json).models.map((m: Json) => m.name)).toContain('models/claude-prod');
    const unknown = await fetch(`${stack.url}/v1beta/models/claude-prod:noSuchMethod?key=${secret}`, { method: 'POST', body: JSON.stringify({ contents }) });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain(secret);
    await usage.waitFor(before.usage + 2);
    const ups = upstream(n);
    expect(ups).toHaveLength(2);
    for (const up of ups) {
      expect(up.query).toBe('');
      expect(JSON.stringify(up)).not.toContain(secret);
    }
    expect(usage.lines.slice(before.usage).join('\n')).not.toContain(secret);
    expect(logs.lines.slice(before.logs).join('\n')).not.toContain(secret);
    const recs = usage.lines.slice(before.usage).map((l) => JSON.parse(l) as Json);
    expect(recs).toContainEqual(expect.objectContaining({ caller: 'tester', model_alias: 'claude-prod', ingress_format: 'gemini', mode: 'transcode' }));
  }, 60_000);
});

describe('@google/genai → Gemini-backed alias: native passthrough', () => {
  it('generateContent: the model rewritten in the path, the body bytes untouched, the provider key in x-goog-api-key', async () => {
    const n = stack.sim.requests.length;
    const u = usage.lines.length;
    // Odd spacing, snake_case names and a Gemini-only field: passthrough relays these bytes as they are.
    const raw = '{ "contents":[{"role":"user","parts":[{"text":"Hello there"}]}],\n  "generation_config": {"max_output_tokens": 50},  "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}] }';
    const res = await fetch(`${stack.url}/v1beta/models/gem-flash:generateContent`, { method: 'POST', headers: { 'x-goog-api-key': CALLER_KEY, 'content-type': 'application/json' }, body: raw });
    const body = (await res.json()) as Json;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.candidates[0].content.parts[0].text).toMatch(/^word0/);
    const [up] = stack.sim.requests.slice(n);
    expect(up?.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(up?.query).toBe('');
    expect(up?.headers['x-goog-api-key']).toBe(GEMINI_PROVIDER_KEY);
    expect(up?.body.toString('utf8')).toBe(raw);
    const rec = await lastUsage(u);
    expect(rec).toMatchObject({ model_alias: 'gem-flash', mode: 'passthrough', ingress_format: 'gemini', upstream_format: 'gemini' });
    expect(rec.input_tokens).toBeGreaterThan(0);
  }, 60_000);

  it('SDK generateContent, generateContentStream and countTokens (v1 and v1beta callers; the upstream is always v1beta)', async () => {
    for (const apiVersion of [undefined, 'v1beta']) {
      const ai = genai({ apiVersion });
      const n = stack.sim.requests.length;
      const r = await ai.models.generateContent({ model: 'gem-flash', contents: 'Hello there' });
      expect(r.text).toMatch(/^word0 word1/);
      expect(r.usageMetadata?.promptTokenCount).toBeGreaterThan(0);
      let text = '';
      for await (const c of await ai.models.generateContentStream({ model: 'gem-flash', contents: 'Stream please' })) text += c.text ?? '';
      expect(text).toMatch(/^word0 word1/);
      const ct = await ai.models.countTokens({ model: 'gem-flash', contents: 'Count these words please' });
      const ups = stack.sim.requests.slice(n);
      expect(ups.map((q) => `${q.path}?${q.query}`)).toEqual([
        '/v1beta/models/gemini-2.5-flash:generateContent?',
        '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
        '/v1beta/models/gemini-2.5-flash:countTokens?',
      ]);
      const direct = await fetch(`${stack.sim.url}/v1beta/models/gemini-2.5-flash:countTokens`, { method: 'POST', headers: { 'x-goog-api-key': GEMINI_PROVIDER_KEY }, body: ups[2]!.body.toString('utf8') });
      expect(ct.totalTokens).toBe(((await direct.json()) as Json).totalTokens);
    }
  }, 60_000);

  it('a JSON-array stream (no alt=sse): the upstream SSE re-framed as one array', async () => {
    const res = await fetch(`${stack.url}/gemini/v1beta/models/gem-flash:streamGenerateContent`, { method: 'POST', headers: { 'x-goog-api-key': CALLER_KEY }, body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }) });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const arr = JSON.parse(await res.text()) as Json[];
    expect(arr.map((c) => c.candidates?.[0]?.content?.parts?.map((p: Json) => p.text ?? '').join('') ?? '').join('')).toMatch(/^word0 word1/);
    expect(arr[arr.length - 1]!.candidates[0].finishReason).toBe('STOP');
  }, 60_000);

  it('Gemini 3 thought signatures survive a multi-turn tool use (the simulator, like Gemini 3, refuses a call without its signature)', async () => {
    const ai = genai();
    const config = { tools: [WEATHER], thinkingConfig: { includeThoughts: true } };
    const first: Content[] = [{ role: 'user', parts: [{ text: 'Weather in Oslo? [sim-tool:get_weather:{"city":"Oslo"}]' }] }];
    const n = stack.sim.requests.length;
    const chunks = [];
    for await (const c of await ai.models.generateContentStream({ model: 'gem-3', contents: first, config })) chunks.push(c);
    const parts = chunks.flatMap((c) => c.candidates?.[0]?.content?.parts ?? []);
    const call = parts.find((p) => p.functionCall);
    expect(call?.functionCall).toMatchObject({ name: 'get_weather', args: { city: 'Oslo' } });
    expect(call?.thoughtSignature).toMatch(/\S{16,}/);
    // The upstream's own bytes carried the same signature (passthrough).
    const issuedRaw = stack.sim.requests[n]!;
    expect(issuedRaw.path).toBe('/v1beta/models/gemini-3-flash-preview:streamGenerateContent');

    const modelTurn: Content = { role: 'model', parts: parts.filter((p) => !p.thought) };
    const second: Content[] = [...first, modelTurn, { role: 'user', parts: [{ functionResponse: { id: call!.functionCall!.id, name: 'get_weather', response: { output: 'Rain' } } }] }];
    const m = stack.sim.requests.length;
    const r2 = await ai.models.generateContent({ model: 'gem-3', contents: second, config });
    expect(r2.text).toMatch(/^word0/);
    const sent = JSON.parse(stack.sim.requests[m]!.body.toString('utf8')) as Json;
    expect(sent.contents[1].parts.find((p: Json) => p.functionCall).thoughtSignature).toBe(call!.thoughtSignature);

    // Control: the same turn without the signature is refused by the upstream, and the caller gets Google's 400.
    const stripped = JSON.parse(JSON.stringify(second)) as Content[];
    for (const p of stripped[1]!.parts ?? []) delete p.thoughtSignature;
    const err = await ai.models.generateContent({ model: 'gem-3', contents: stripped, config }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toMatch(/thought_signature/);
  }, 60_000);
});

describe('Claude signed thinking through a Gemini caller', () => {
  it('thinking rides as thoughtSignature and comes back to Claude byte for byte on the tool-result turn', async () => {
    const ai = genai();
    const config = { tools: [WEATHER], thinkingConfig: { includeThoughts: true, thinkingBudget: 2048 }, maxOutputTokens: 4096 };
    const first: Content[] = [{ role: 'user', parts: [{ text: 'Weather in Oslo? [sim-tool:get_weather:{"city":"Oslo"}]' }] }];
    const n = stack.sim.requests.length;
    const chunks = [];
    for await (const c of await ai.models.generateContentStream({ model: 'claude-prod', contents: first, config })) chunks.push(c);
    const u1 = JSON.parse(stack.sim.requests[n]!.body.toString('utf8')) as Json;
    expect(u1.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    const parts = chunks.flatMap((c) => c.candidates?.[0]?.content?.parts ?? []);
    const thought = parts.filter((p) => p.thought).map((p) => p.text).join('');
    expect(thought.length).toBeGreaterThan(0); // includeThoughts shows Claude's thinking as thought parts
    const call = parts.find((p) => p.functionCall);
    expect(call?.functionCall?.name).toBe('get_weather');
    expect(call?.thoughtSignature).toMatch(/\S/);
    const responseId = chunks[0]!.responseId!;
    expect(responseId).toMatch(/^msg_/);

    // The client keeps the model turn as the docs say (thought parts may be dropped; the signature stays on its part).
    const second: Content[] = [...first, { role: 'model', parts: parts.filter((p) => !p.thought) }, { role: 'user', parts: [{ functionResponse: { id: call!.functionCall!.id, name: 'get_weather', response: { output: 'Rain' } } }] }];
    const m = stack.sim.requests.length;
    const r2 = await ai.models.generateContent({ model: 'claude-prod', contents: second, config });
    expect(r2.text).toMatch(/word0/); // the simulator (like Claude) refuses a tool-result turn whose assistant turn lost its thinking block
    const u2 = JSON.parse(stack.sim.requests[m]!.body.toString('utf8')) as Json;
    const assistant = (u2.messages as Json[])[1]!;
    expect(assistant.content[0]).toEqual({ type: 'thinking', thinking: thought, signature: Buffer.from(`switchyard-sim-signature:${responseId}`).toString('base64') });
    expect(assistant.content.find((b: Json) => b.type === 'tool_use')).toMatchObject({ id: call!.functionCall!.id, name: 'get_weather' });
  }, 60_000);
});

/** The one usage record written after the first `from` lines (waits for it). */
async function lastUsage(from: number): Promise<Json> {
  await usage.waitFor(from + 1);
  expect(usage.lines.length).toBe(from + 1);
  return JSON.parse(usage.lines[from]!) as Json;
}
