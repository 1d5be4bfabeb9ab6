/**
 * The Gemini API simulator (runtime/simulator/gemini/) proven with the official
 * `@google/genai` SDK pointed at it (`httpOptions.baseUrl`, apiVersion v1beta and
 * the SDK's default v1), plus raw HTTP checks of the wire framing the SDK hides
 * (SSE without `[DONE]`, the `[…\n,\r\n…\n]` JSON-array stream, the error envelope)
 * and the handler driven directly through its `GeminiResponseWriter` interface.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { ApiError, FunctionCallingConfigMode, GoogleGenAI, Type, type Content } from '@google/genai';
import {
  GeminiSimulatorCore,
  GEMINI_MODELS,
  requestSeed,
  simThoughtSignature,
  verifyThoughtSignature,
  type GeminiResponseWriter,
} from '../runtime/simulator/gemini/index.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';

let sim: Simulator;
const KEY = 'gemini-test-key';

function client(apiVersion?: string, headers?: Record<string, string>): GoogleGenAI {
  return new GoogleGenAI({ apiKey: KEY, httpOptions: { baseUrl: sim.url, ...(apiVersion ? { apiVersion } : {}), ...(headers ? { headers } : {}) } });
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': KEY, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function apiError(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected an ApiError');
}

const weatherTool = {
  functionDeclarations: [
    {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING }, days: { type: Type.INTEGER } }, required: ['city'] },
    },
  ],
};

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

describe('generateContent through @google/genai', () => {
  it('answers on v1beta and on the SDK default (v1), key in x-goog-api-key', async () => {
    for (const [version, prefix] of [['v1beta', '/v1beta'], [undefined, '/v1']] as const) {
      sim.reset();
      const r = await client(version).models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello there' });
      expect(r.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
      expect(r.candidates?.[0]?.finishReason).toBe('STOP');
      expect(r.modelVersion).toBe('gemini-2.5-flash');
      expect(r.responseId).toMatch(/^[A-Za-z0-9_-]{8,}$/);
      const u = r.usageMetadata;
      expect(u?.candidatesTokenCount).toBe(8);
      expect(u?.thoughtsTokenCount).toBeGreaterThan(0); // 2.5 Flash thinks by default
      expect(u?.totalTokenCount).toBe((u?.promptTokenCount ?? 0) + 8 + (u?.thoughtsTokenCount ?? 0));
      const rec = sim.requests[0];
      expect(rec?.path).toBe(`${prefix}/models/gemini-2.5-flash:generateContent`);
      expect(rec?.headers['x-goog-api-key']).toBe(KEY);
      expect(JSON.parse(rec?.body.toString() ?? '{}')).toEqual({ contents: [{ parts: [{ text: 'Hello there' }], role: 'user' }] });
    }
  });

  it('honours maxOutputTokens (MAX_TOKENS), systemInstruction and disabled thinking', async () => {
    const r = await client('v1beta').models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Hi',
      config: { systemInstruction: 'Be brief', maxOutputTokens: 3, thinkingConfig: { thinkingBudget: 0 }, temperature: 0.2, stopSequences: ['END'] },
    });
    expect(r.text).toBe('word0 word1 word2');
    expect(r.candidates?.[0]?.finishReason).toBe('MAX_TOKENS');
    expect(r.usageMetadata?.thoughtsTokenCount).toBeUndefined();
    const sent = JSON.parse(sim.requests[0]?.body.toString() ?? '{}');
    expect(sent.systemInstruction).toEqual({ parts: [{ text: 'Be brief' }], role: 'user' });
    expect(sent.generationConfig).toMatchObject({ maxOutputTokens: 3, temperature: 0.2, stopSequences: ['END'], thinkingConfig: { thinkingBudget: 0 } });
  });

  it('returns thought parts with includeThoughts, and rejects budget 0 where thinking cannot be turned off', async () => {
    const r = await client('v1beta').models.generateContent({ model: 'gemini-2.5-pro', contents: 'Think', config: { thinkingConfig: { includeThoughts: true, thinkingBudget: 1024 } } });
    const parts = r.candidates?.[0]?.content?.parts ?? [];
    expect(parts[0]).toEqual({ text: 'Simulated reasoning: step 1.', thought: true });
    expect(r.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7'); // .text skips thought parts
    const e = await apiError(client('v1beta').models.generateContent({ model: 'gemini-2.5-pro', contents: 'x', config: { thinkingConfig: { thinkingBudget: 0 } } }));
    expect(e.status).toBe(400);
    expect(e.message).toContain('Budget 0 is invalid. This model only works in thinking mode.');
    const e2 = await apiError(client('v1beta').models.generateContent({ model: 'gemini-3-pro-preview', contents: 'x', config: { thinkingConfig: { thinkingBudget: 100, thinkingLevel: 'LOW' as never } } }));
    expect(e2.message).toContain('only one of thinking budget and thinking level');
  });

  it('answers structured output with a value of the response schema', async () => {
    const r = await client('v1beta').models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Give me a recipe',
      config: {
        responseMimeType: 'application/json',
        responseSchema: { type: Type.OBJECT, properties: { name: { type: Type.STRING }, servings: { type: Type.INTEGER }, vegan: { type: Type.BOOLEAN } }, required: ['name', 'servings', 'vegan'] },
      },
    });
    expect(JSON.parse(r.text ?? '')).toEqual({ name: 'sim', servings: 1, vegan: true });
  });

  it('sends inlineData parts through and validates their base64', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const r = await client('v1beta').models.generateContent({ model: 'gemini-2.5-flash', contents: [{ role: 'user', parts: [{ text: 'What is this?' }, { inlineData: { mimeType: 'image/png', data: png } }] }] });
    expect(r.text).toContain('word0');
    expect(JSON.parse(sim.requests[0]?.body.toString() ?? '{}').contents[0].parts[1]).toEqual({ inlineData: { mimeType: 'image/png', data: png } });
    const bad = await post('/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ inlineData: { mimeType: 'image/png', data: '***' } }] }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Base64 decoding failed');
  });

  it('reports finish reasons and prompt blocks the way the API does', async () => {
    const r = await client('v1beta', { 'x-sim-finish-reason': 'SAFETY' }).models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' });
    expect(r.candidates?.[0]?.finishReason).toBe('SAFETY');
    expect(r.candidates?.[0]?.content).toBeUndefined();
    expect(r.candidates?.[0]?.safetyRatings?.some((s) => s.blocked === true)).toBe(true);
    const b = await client('v1beta', { 'x-sim-block-prompt': 'PROHIBITED_CONTENT' }).models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' });
    expect(b.candidates).toBeUndefined();
    expect(b.promptFeedback?.blockReason).toBe('PROHIBITED_CONTENT');
  });
});

describe('generateContentStream (SSE) through @google/genai', () => {
  it('streams text deltas with cumulative usage; the last chunk has finishReason', async () => {
    const stream = await client('v1beta').models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'Stream please' });
    const texts: string[] = [];
    const counts: number[] = [];
    let finish: string | undefined;
    for await (const chunk of stream) {
      texts.push(chunk.text ?? '');
      counts.push(chunk.usageMetadata?.candidatesTokenCount ?? 0);
      finish = chunk.candidates?.[0]?.finishReason ?? finish;
    }
    expect(texts.join('')).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(texts).toHaveLength(8);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(finish).toBe('STOP');
    const rec = sim.requests[0];
    expect(rec?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    expect(rec?.query).toBe('alt=sse');
  });

  it('frames SSE as Google does: data lines only, one-line JSON with ": ", no [DONE]', async () => {
    const res = await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', { contents: [{ role: 'user', parts: [{ text: 'a < b' }] }] }, { 'x-sim-events': '2' });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    const text = await res.text();
    const events = text.split('\r\n\r\n');
    expect(events.pop()).toBe('');
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.startsWith('data: {"candidates": [{"content": {"parts": [{"text": ')).toBe(true);
      expect(e).not.toMatch(/[\r\n]/);
    }
    expect(text).not.toContain('[DONE]');
    expect(text).not.toContain('event:');
    expect(JSON.parse((events[1] as string).slice(6)).candidates[0]).toEqual({ content: { parts: [{ text: ' word1' }], role: 'model' }, finishReason: 'STOP', index: 0 });
  });

  it('with tools declared, closes a text stream with a content-without-parts terminal frame', async () => {
    const body = { contents: [{ role: 'user', parts: [{ text: 'no call needed' }] }], tools: [weatherTool] };
    const text = await (await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', body, { 'x-sim-events': '2' })).text();
    const events = text.split('\r\n\r\n').filter(Boolean);
    expect(events).toHaveLength(3);
    expect(events[2]?.startsWith('data: {"candidates": [{"content": {"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {')).toBe(true);
    const stream = await client('v1beta').models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'no call needed', config: { tools: [weatherTool] } });
    let all = '';
    let finish: string | undefined;
    for await (const c of stream) {
      all += c.text ?? '';
      finish = c.candidates?.[0]?.finishReason ?? finish;
    }
    expect(all).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(finish).toBe('STOP');
  });

  it('streams thought parts first and a closing thoughtSignature part on Gemini 3', async () => {
    const stream = await client('v1beta').models.generateContentStream({ model: 'gemini-3-flash-preview', contents: 'Think aloud', config: { thinkingConfig: { includeThoughts: true } } });
    const parts: Record<string, unknown>[] = [];
    for await (const chunk of stream) parts.push(...((chunk.candidates?.[0]?.content?.parts ?? []) as Record<string, unknown>[]));
    expect(parts.slice(0, 2)).toEqual([
      { text: 'Simulated reasoning:', thought: true },
      { text: ' step 1.', thought: true },
    ]);
    const last = parts[parts.length - 1] as { text: string; thoughtSignature: string };
    expect(last.text).toBe('');
    expect(verifyThoughtSignature(last.thoughtSignature)).toBe('gemini-3-flash-preview');
  });

  it('surfaces a mid-stream error as ApiError after the chunks before it', async () => {
    const stream = await client('v1beta', { 'x-sim-fault': 'error-after:3' }).models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'x' });
    const got: string[] = [];
    const err = await apiError(
      (async () => {
        for await (const chunk of stream) got.push(chunk.text ?? '');
      })(),
    );
    expect(got).toEqual(['word0', ' word1', ' word2']);
    expect(err.status).toBe(503);
    expect(err.message).toContain('UNAVAILABLE');
  });
});

describe('streamGenerateContent without alt=sse: the JSON array streamed as it grows', () => {
  it('frames elements "[" + e0, "\\n,\\r\\n" + e1 ..., "\\n]" with the same payloads as SSE', async () => {
    const body = { contents: [{ role: 'user', parts: [{ text: 'array please' }] }] };
    const res = await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent', body, { 'x-sim-events': '3' });
    expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    const text = await res.text();
    expect(text.startsWith('[{\n  "candidates": [')).toBe(true);
    expect(text.endsWith('}\n]')).toBe(true);
    expect(text.split('\n,\r\n')).toHaveLength(3);
    const arr = JSON.parse(text) as Array<Record<string, unknown>>;
    const sse = await (await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', body, { 'x-sim-events': '3' })).text();
    const fromSse = sse.split('\r\n\r\n').filter(Boolean).map((e) => JSON.parse(e.slice(6)) as Record<string, unknown>);
    const strip = (o: Record<string, unknown>): Record<string, unknown> => ({ ...o, responseId: undefined });
    expect(arr.map(strip)).toEqual(fromSse.map(strip));
  });

  it('puts a mid-stream error in the array and an early error in a one-element array', async () => {
    const mid = await (await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent', { contents: [{ parts: [{ text: 'x' }] }] }, { 'x-sim-fault': 'error-after:2' })).text();
    const arr = JSON.parse(mid) as Array<Record<string, unknown>>;
    expect(arr).toHaveLength(3);
    expect(arr[2]).toEqual({ error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } });
    const early = await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent', { contents: [] });
    expect(early.status).toBe(400);
    const t = await early.text();
    expect(t.startsWith('[{\n  "error": {')).toBe(true);
    expect(t.endsWith('\n]')).toBe(true);
    expect((JSON.parse(t) as Array<{ error: { status: string } }>)[0]?.error.status).toBe('INVALID_ARGUMENT');
  });
});

describe('function calling round trip', () => {
  it('Gemini 3: functionCall with id and thoughtSignature → functionResponse → text; signature returned byte for byte', async () => {
    const ai = client('v1beta');
    const contents: Content[] = [{ role: 'user', parts: [{ text: 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]' }] }];
    const first = await ai.models.generateContent({ model: 'gemini-3-pro-preview', contents, config: { tools: [weatherTool] } });
    const call = first.functionCalls?.[0];
    expect(call).toMatchObject({ name: 'get_weather', args: { city: 'Paris' } });
    expect(call?.id).toMatch(/^[0-9a-z]{8}$/);
    expect(first.candidates?.[0]?.finishReason).toBe('STOP');
    // @google/genai 3.x does not map `finishMessage`; the raw body carries it as the API does.
    const raw = (await (await post('/v1beta/models/gemini-3-pro-preview:generateContent', JSON.parse(sim.requests[0]?.body.toString() ?? '{}'))).json()) as { candidates: Array<Record<string, unknown>> };
    expect(Object.keys(raw.candidates[0] ?? {})).toEqual(['content', 'finishReason', 'index', 'finishMessage']);
    expect(raw.candidates[0]?.finishMessage).toBe('Model generated function call(s).');
    expect(raw.candidates[0]?.content).toEqual(first.candidates?.[0]?.content); // same body → same ids and signature
    const modelTurn = first.candidates?.[0]?.content as Content;
    const signature = modelTurn.parts?.[0]?.thoughtSignature;
    expect(signature).toBe(simThoughtSignature('gemini-3-pro-preview', requestSeed(sim.requests[0]?.body ?? ''), 0));
    contents.push(modelTurn, { role: 'user', parts: [{ functionResponse: { id: call?.id, name: 'get_weather', response: { temperature: 21 } } }] });
    const second = await ai.models.generateContent({ model: 'gemini-3-pro-preview', contents, config: { tools: [weatherTool] } });
    expect(second.functionCalls).toBeUndefined();
    expect(second.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const sent = JSON.parse(sim.requests[2]?.body.toString() ?? '{}');
    expect(sent.contents[1].parts[0].thoughtSignature).toBe(signature);
    expect(sent.contents[2].parts[0].functionResponse.id).toBe(call?.id);
  });

  it('Gemini 2.5: no functionCall id; mode ANY calls the first allowed function with schema-valid args', async () => {
    const r = await client('v1beta').models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'anything',
      config: { tools: [weatherTool], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: ['get_weather'] } } },
    });
    expect(r.functionCalls).toEqual([{ name: 'get_weather', args: { city: 'sim' } }]);
    expect(r.candidates?.[0]?.content?.parts?.[0]?.thoughtSignature).toBeTypeOf('string'); // 2.5 Flash thinks: the call is signed
    const none = await client('v1beta').models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'x [sim-tool:get_weather]',
      config: { tools: [weatherTool], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.NONE } } },
    });
    expect(none.functionCalls).toBeUndefined();
  });

  it('streams parallel calls whole in one chunk, the signature on the first only', async () => {
    const stream = await client('v1beta', { 'x-sim-tool': 'get_weather,get_weather', 'x-sim-tool-input': '{"city":"Oslo"}' }).models.generateContentStream({ model: 'gemini-3-flash-preview', contents: 'x', config: { tools: [weatherTool] } });
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    expect(chunks).toHaveLength(1);
    const parts = chunks[0]?.candidates?.[0]?.content?.parts ?? [];
    expect(parts.map((p) => p.functionCall?.args)).toEqual([{ city: 'Oslo' }, { city: 'Oslo' }]);
    expect(new Set(parts.map((p) => p.functionCall?.id)).size).toBe(2);
    expect(parts[0]?.thoughtSignature).toBeTypeOf('string');
    expect(parts[1]?.thoughtSignature).toBeUndefined();
  });

  it('enforces Gemini 3 thought signatures and turn order with the API messages', async () => {
    const ai = client('v1beta');
    const call = { functionCall: { id: 'abcd1234', name: 'get_weather', args: { city: 'Rome' } } };
    const reply = { role: 'user', parts: [{ functionResponse: { id: 'abcd1234', name: 'get_weather', response: { t: 1 } } }] };
    const user = { role: 'user', parts: [{ text: 'weather?' }] };
    const missing = await apiError(ai.models.generateContent({ model: 'gemini-3-pro-preview', contents: [user, { role: 'model', parts: [call] }, reply], config: { tools: [weatherTool] } }));
    expect(missing.status).toBe(400);
    expect(missing.message).toContain('Function call is missing a thought_signature in functionCall parts');
    const corrupted = await apiError(ai.models.generateContent({ model: 'gemini-3-pro-preview', contents: [user, { role: 'model', parts: [{ ...call, thoughtSignature: Buffer.from('forged').toString('base64') }] }, reply], config: { tools: [weatherTool] } }));
    expect(corrupted.message).toContain('Corrupted thought signature.');
    const dummy = await ai.models.generateContent({ model: 'gemini-3-pro-preview', contents: [user, { role: 'model', parts: [{ ...call, thoughtSignature: 'skip_thought_signature_validator' }] }, reply], config: { tools: [weatherTool] } });
    expect(dummy.text).toContain('word0');
    const orphan = await apiError(ai.models.generateContent({ model: 'gemini-2.5-flash', contents: [user, reply] }));
    expect(orphan.message).toContain('Please ensure that function response turn comes immediately after a function call turn.');
    const role = await apiError(ai.models.generateContent({ model: 'gemini-2.5-flash', contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] }));
    expect(role.message).toContain('Please use a valid role: user, model.');
  });
});

describe('countTokens and models', () => {
  it('countTokens predicts the promptTokenCount of the same contents', async () => {
    const ai = client('v1beta');
    const contents = [{ role: 'user', parts: [{ text: 'How many tokens is this sentence, roughly?' }] }];
    const count = await ai.models.countTokens({ model: 'gemini-2.5-flash', contents });
    const gen = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents });
    expect(count.totalTokens).toBeGreaterThan(0);
    expect(count.totalTokens).toBe(gen.usageMetadata?.promptTokenCount);
    expect(sim.requests[0]?.path).toBe('/v1beta/models/gemini-2.5-flash:countTokens');
    const viaRequest = await (await post('/v1beta/models/gemini-2.5-flash:countTokens', { generateContentRequest: { model: 'models/gemini-2.5-flash', contents } })).json();
    expect(viaRequest).toMatchObject({ totalTokens: count.totalTokens, promptTokensDetails: [{ modality: 'TEXT', tokenCount: count.totalTokens }] });
  });

  it('models.list pages through the catalog; models.get returns one model', async () => {
    const ai = client('v1beta');
    const names: string[] = [];
    const pager = await ai.models.list({ config: { pageSize: 2 } });
    for await (const m of pager) names.push(m.name ?? '');
    expect(names).toEqual(GEMINI_MODELS.map((m) => `models/${m.id}`));
    expect(sim.requests.filter((r) => r.path === '/v1beta/models').length).toBe(Math.ceil(GEMINI_MODELS.length / 2));
    const one = await ai.models.get({ model: 'gemini-2.5-pro' });
    expect(one).toMatchObject({ name: 'models/gemini-2.5-pro', inputTokenLimit: 1_048_576, outputTokenLimit: 65_536, thinking: true });
    expect((await apiError(ai.models.get({ model: 'no-such-model' }))).status).toBe(404);
  });
});

describe('errors in Google envelope, mapped by the SDK', () => {
  it('unknown model → 404 NOT_FOUND; invalid key → 400 API_KEY_INVALID; no key → 403', async () => {
    const nf = await apiError(client('v1beta').models.generateContent({ model: 'claude-sonnet-4-5', contents: 'x' }));
    expect(nf.status).toBe(404);
    expect(JSON.parse(nf.message)).toEqual({
      error: {
        code: 404,
        message: 'models/claude-sonnet-4-5 is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
        status: 'NOT_FOUND',
      },
    });
    const badKey = new GoogleGenAI({ apiKey: 'bad-key', httpOptions: { baseUrl: sim.url, apiVersion: 'v1beta' } });
    const e = await apiError(badKey.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }));
    expect(e.status).toBe(400);
    expect(JSON.parse(e.message).error).toMatchObject({ status: 'INVALID_ARGUMENT', message: 'API key not valid. Please pass a valid API key.', details: [{ reason: 'API_KEY_INVALID' }, { locale: 'en-US' }] });
    const anon = await fetch(`${sim.url}/v1beta/models/gemini-2.5-flash:generateContent`, { method: 'POST', body: '{}' });
    expect(anon.status).toBe(403);
    expect(((await anon.json()) as { error: { status: string } }).error.status).toBe('PERMISSION_DENIED');
    const viaQuery = await fetch(`${sim.url}/v1beta/models/gemini-2.5-flash:generateContent?key=${KEY}`, { method: 'POST', body: JSON.stringify({ contents: [{ parts: [{ text: 'q' }] }] }) });
    expect(viaQuery.status).toBe(200);
  });

  it('fault statuses carry the matching status names; 429 has RetryInfo', async () => {
    const expected: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE', 504: 'DEADLINE_EXCEEDED' };
    sim.queueFaults(Object.keys(expected).map((s) => (s === '429' ? 'status:429:7' : `status:${s}`)));
    for (const [status, name] of Object.entries(expected)) {
      const e = await apiError(client('v1beta').models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }));
      expect(e.status).toBe(Number(status));
      const body = JSON.parse(e.message) as { error: { code: number; status: string; details?: Array<Record<string, unknown>> } };
      expect(body.error.status).toBe(name);
      expect(body.error.code).toBe(Number(status));
      if (status === '429') expect(body.error.details).toContainEqual({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' });
    }
  });

  it('rejects unknown fields like Google\'s JSON parser, naming them', async () => {
    const res = await post('/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ parts: [{ text: 'x' }] }], generationConfig: { max_tokens: 5 } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Invalid JSON payload received. Unknown name "max_tokens" at \'generation_config\': Cannot find field.');
  });

  it('accepts proto snake_case field names as Google\'s parser does', async () => {
    const png = Buffer.from('gif89a').toString('base64');
    const res = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      system_instruction: { parts: [{ text: 'terse' }] },
      contents: [{ role: 'user', parts: [{ text: 'x' }, { inline_data: { mime_type: 'image/gif', data: png } }] }],
      generation_config: { max_output_tokens: 2, thinking_config: { thinking_budget: 0 } },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { candidates: Array<{ content: { parts: Array<{ text: string }> }; finishReason: string }>; usageMetadata: Record<string, number> };
    expect(body.candidates[0]?.content.parts[0]?.text).toBe('word0 word1');
    expect(body.candidates[0]?.finishReason).toBe('MAX_TOKENS');
    expect(body.usageMetadata.thoughtsTokenCount).toBeUndefined();
  });

  it('reset before headers fails the SDK call without a response', async () => {
    await expect(client('v1beta', { 'x-sim-fault': 'reset-after:0' }).models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' })).rejects.toThrow();
    expect(sim.requests[0]?.completed).toBe(false);
  });
});

describe('GeminiSimulatorCore through its writer interface', () => {
  it('handles a parsed request without a listener, honouring backpressure', async () => {
    const core = new GeminiSimulatorCore();
    const written: Buffer[] = [];
    let status = 0;
    let ended = false;
    let writes = 0;
    const writer: GeminiResponseWriter = {
      get gone() {
        return ended;
      },
      head: (s) => {
        status = s;
      },
      write: async (chunk) => {
        writes++;
        written.push(Buffer.from(chunk));
        await new Promise((r) => setTimeout(r, 1)); // a slow consumer
        return true;
      },
      end: async (chunk) => {
        if (chunk) written.push(Buffer.from(chunk));
        ended = true;
      },
      close: () => {
        ended = true;
      },
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    };
    await core.handle(
      {
        method: 'POST',
        path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent',
        query: 'alt=sse',
        headers: { 'x-goog-api-key': 'k', 'x-sim-events': '3', 'x-sim-pace-ms': '1' },
        body: Buffer.from(JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'direct' }] }] })),
      },
      writer,
    );
    expect(status).toBe(200);
    expect(ended).toBe(true);
    expect(writes).toBe(3); // paced: one write per event
    const events = Buffer.concat(written).toString().split('\r\n\r\n').filter(Boolean);
    expect(events.map((e) => JSON.parse(e.slice(6)).candidates[0].content.parts[0].text)).toEqual(['word0', ' word1', ' word2']);
  });

  it('writes the JSON-array stream element by element as it grows', async () => {
    const core = new GeminiSimulatorCore();
    const writes: string[] = [];
    let ended = false;
    const writer: GeminiResponseWriter = {
      get gone() {
        return ended;
      },
      head: () => undefined,
      write: async (chunk) => {
        writes.push(Buffer.from(chunk).toString());
        return true;
      },
      end: async (chunk) => {
        if (chunk && chunk.length > 0) writes.push(Buffer.from(chunk).toString());
        ended = true;
      },
      close: () => {
        ended = true;
      },
      sleep: async () => undefined,
    };
    await core.handle(
      {
        method: 'POST',
        path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent',
        query: '',
        headers: { 'x-goog-api-key': 'k', 'x-sim-events': '3', 'x-sim-pace-ms': '1' },
        body: Buffer.from(JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'direct' }] }] })),
      },
      writer,
    );
    expect(writes).toHaveLength(3);
    expect(writes[0]?.startsWith('[{\n  "candidates"')).toBe(true);
    expect(writes[1]?.startsWith('\n,\r\n{\n')).toBe(true);
    expect(writes[2]?.startsWith('\n,\r\n{\n')).toBe(true);
    expect(writes[2]?.endsWith('}\n]')).toBe(true); // the closing bracket goes out with the last element
    expect(JSON.parse(writes.join(''))).toHaveLength(3);
  });
});
