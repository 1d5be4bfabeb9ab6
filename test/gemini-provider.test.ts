/**
 * The `gemini` provider type end to end: official SDKs (`@anthropic-ai/sdk`,
 * `openai`) as callers, a Gemini-backed alias, the built-in simulator playing
 * the Gemini API (runtime/simulator/providers/gemini.ts, proven faithful with
 * `@google/genai` in test/simulator-gemini.test.ts) as the upstream.
 *
 * - the upstream request: `/v1beta/models/{model}:generateContent`, streams
 *   `:streamGenerateContent?alt=sse`, the key in `x-goog-api-key` and never
 *   in the query, a GenerateContentRequest body;
 * - JSON and streaming through both SDKs, usage records;
 * - a tool round trip; Gemini 3 thought signatures byte for byte through a
 *   multi-turn tool use (Anthropic SDK → Gemini → tool result → next turn
 *   carries the signature Gemini issued), JSON and streamed first turns;
 * - errors: an invalid provider key (Google's 400 API_KEY_INVALID) takes the
 *   key out of rotation and the next key answers; 429 RESOURCE_EXHAUSTED is
 *   retried after its RetryInfo delay, or fails over when the delay is long;
 *   a caller's 400 INVALID_ARGUMENT is relayed in the caller's format, not
 *   retried and never counted against the key.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator, type Simulator, type RecordedRequest } from '../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize } from '../runtime/config/index.ts';
import type { GatewayConfig } from '../generated/types/config.ts';
import { LineCapture } from './helpers/capture.ts';

const CALLER = 'sk-gemini-provider-caller-0123';
const KEY = 'gem-provider-key-1';
const KEY2 = 'gem-provider-key-2';

let sim: Simulator;
let sy: Switchyard;
const usage = new LineCapture();

beforeAll(async () => {
  sim = await startSimulator({ port: 0, recordLimit: 500 });
  const cfg: GatewayConfig = {
    server: { host: '127.0.0.1', port: 0 },
    providers: {
      gem: { type: 'gemini', base_url: sim.url, api_key: KEY },
      gem2: { type: 'gemini', base_url: sim.url, api_key: KEY2 },
      // Two stored keys, the first invalid (the simulator answers keys starting `bad-` as Google does: 400 API_KEY_INVALID).
      gemrot: { type: 'gemini', base_url: sim.url, api_keys: ['bad-gemini-key-0001', 'gem-good-key-0002'] },
    },
    models: {
      'gem-flash': { targets: [{ provider: 'gem', model: 'gemini-2.5-flash' }] },
      'gem-3': { targets: [{ provider: 'gem', model: 'gemini-3-flash-preview' }] },
      'gem-rot': { targets: [{ provider: 'gemrot', model: 'gemini-2.5-flash' }] },
      'gem-failover': { strategy: 'failover', targets: [{ provider: 'gem', model: 'gemini-2.5-flash' }, { provider: 'gem2', model: 'gemini-2.5-flash' }] },
    },
    callers: [{ name: 'gem-tester', key: CALLER, models: ['*'] }],
    logging: { usage_sink: 'none', level: 'silent' },
  };
  sy = await startSwitchyard(normalize(cfg), { usageDestination: usage });
}, 60_000);
afterAll(async () => {
  await sy?.close(500);
  await sim?.close();
});
beforeEach(() => sim.reset());

const anthropic = () => new Anthropic({ baseURL: sy.gateway.url, apiKey: CALLER, maxRetries: 0, timeout: 60_000 });
const openai = () => new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER, maxRetries: 0, timeout: 60_000 });
const body = (r: RecordedRequest) => JSON.parse(r.body.toString('utf8')) as Record<string, any>;
/** Upstream (Gemini) requests recorded so far. */
const upstream = () => sim.requests.filter((r) => r.path.startsWith('/v1beta/'));

const WEATHER = { name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] } };
const WEATHER_OPENAI = { type: 'function' as const, function: { name: 'get_weather', description: 'Weather for a city', parameters: WEATHER.input_schema } };

describe('Anthropic SDK → Gemini-backed alias', () => {
  it('JSON: text, usage, the upstream URL, key header and GenerateContentRequest body', async () => {
    const n = usage.lines.length;
    const m = await anthropic().messages.create({ model: 'gem-flash', max_tokens: 300, system: 'Be brief.', messages: [{ role: 'user', content: 'Say hello.' }] });
    expect(m.content.filter((b) => b.type === 'text').map((b) => (b as Anthropic.TextBlock).text).join('')).toMatch(/^word0 word1/);
    expect(m.stop_reason).toBe('end_turn');
    expect(m.usage.input_tokens).toBeGreaterThan(0);
    expect(m.usage.output_tokens).toBeGreaterThanOrEqual(8);
    const [r] = upstream();
    expect(r!.method).toBe('POST');
    expect(r!.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(r!.query).toBe('');
    expect(r!.headers['x-goog-api-key']).toBe(KEY);
    expect(r!.headers.authorization).toBeUndefined();
    expect(r!.headers['x-api-key']).toBeUndefined();
    const b = body(r!);
    expect(b.model).toBeUndefined();
    expect(b.contents).toEqual([{ role: 'user', parts: [{ text: 'Say hello.' }] }]);
    expect(b.systemInstruction).toEqual({ parts: [{ text: 'Be brief.' }] });
    expect(b.generationConfig.maxOutputTokens).toBe(300);
    await usage.waitFor(n + 1, 10_000);
    expect(JSON.parse(usage.lines[n]!)).toMatchObject({ provider: 'gem', mode: 'transcode', upstream_format: 'gemini', status: 200, input_tokens: m.usage.input_tokens, output_tokens: m.usage.output_tokens });
  });

  it('stream: text deltas and a final message from `:streamGenerateContent?alt=sse`', async () => {
    const s = anthropic().messages.stream({ model: 'gem-flash', max_tokens: 300, messages: [{ role: 'user', content: 'Say hello.' }] });
    let deltas = 0;
    s.on('text', () => deltas++);
    const m = await s.finalMessage();
    expect(deltas).toBeGreaterThan(1);
    expect((m.content.find((b) => b.type === 'text') as Anthropic.TextBlock).text).toMatch(/^word0 word1/);
    expect(m.stop_reason).toBe('end_turn');
    expect(m.usage.output_tokens).toBeGreaterThanOrEqual(8);
    const [r] = upstream();
    expect(r!.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    expect(r!.query).toBe('alt=sse');
    expect(r!.headers['x-goog-api-key']).toBe(KEY);
  });

  it('tool round trip: functionCall → tool_use → tool_result → functionResponse with the same call', async () => {
    const c = anthropic();
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Weather in Paris?' }];
    const first = await c.messages.create({ model: 'gem-flash', max_tokens: 300, tools: [WEATHER], tool_choice: { type: 'any' }, messages });
    expect(first.stop_reason).toBe('tool_use');
    const tu = first.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock;
    expect(tu.name).toBe('get_weather');
    const second = await c.messages.create({
      model: 'gem-flash', max_tokens: 300, tools: [WEATHER],
      messages: [...messages, { role: 'assistant', content: first.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: tu.id, content: '18°C, sunny' }] }],
    });
    expect(second.stop_reason).toBe('end_turn');
    const [r1, r2] = upstream();
    expect(body(r1!).toolConfig).toEqual({ functionCallingConfig: { mode: 'ANY' } });
    expect(body(r1!).tools[0].functionDeclarations[0]).toMatchObject({ name: 'get_weather', parametersJsonSchema: WEATHER.input_schema });
    const contents = body(r2!).contents as Array<{ role: string; parts: Array<Record<string, any>> }>;
    expect(contents[1]!.role).toBe('model');
    expect(contents[1]!.parts.find((p) => p.functionCall)!.functionCall).toMatchObject({ name: 'get_weather', args: tu.input });
    expect(contents[2]!.role).toBe('user');
    expect(contents[2]!.parts[0]!.functionResponse).toMatchObject({ name: 'get_weather' });
  });

  for (const firstTurn of ['json', 'stream'] as const) {
    it(`thinking: a Gemini 3 thought signature survives a multi-turn tool use byte for byte (${firstTurn} first turn)`, async () => {
      const c = anthropic();
      const req = {
        model: 'gem-3', max_tokens: 2048, thinking: { type: 'enabled' as const, budget_tokens: 1024 }, tools: [WEATHER],
        messages: [{ role: 'user' as const, content: 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]' }],
      };
      const first = firstTurn === 'json' ? await c.messages.create(req) : await c.messages.stream(req).finalMessage();
      expect(first.stop_reason).toBe('tool_use');
      const thinking = first.content.filter((b) => b.type === 'thinking') as Anthropic.ThinkingBlock[];
      expect(thinking.length).toBeGreaterThan(0);
      expect(thinking.every((b) => b.signature.length > 0)).toBe(true);
      const tu = first.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock;
      expect(tu.input).toEqual({ city: 'Paris' });

      // What Gemini itself issued for the first upstream request: the simulator is deterministic per request body.
      const [r1] = upstream();
      const replay = await fetch(`${sim.url}/v1beta/models/gemini-3-flash-preview:generateContent`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': KEY }, body: r1!.body.toString('utf8'),
      });
      const issued = ((await replay.json()) as any).candidates[0].content.parts.find((p: any) => p.functionCall);
      expect(typeof issued.thoughtSignature).toBe('string');
      sim.reset();

      const second = await c.messages.create({
        ...req,
        messages: [...req.messages, { role: 'assistant', content: first.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: tu.id, content: '18°C, sunny' }] }],
      });
      // The simulator, like Gemini 3, rejects a current-turn function call without its signature or with an altered one.
      expect(second.stop_reason).toBe('end_turn');
      // The answer text is the last block (Gemini 3's closing text signature is not turned into a trailing thinking block).
      expect(second.content.at(-1)).toMatchObject({ type: 'text', text: expect.stringMatching(/^word0/) });
      const [r2] = upstream();
      const modelTurn = (body(r2!).contents as Array<{ role: string; parts: Array<Record<string, any>> }>)[1]!;
      const call = modelTurn.parts.find((p) => p.functionCall)!;
      expect(call.thoughtSignature).toBe(issued.thoughtSignature);
      expect(call.functionCall.id).toBe(issued.functionCall.id);
    });
  }
});

describe('OpenAI SDK → Gemini-backed alias', () => {
  it('JSON and stream with usage', async () => {
    const c = openai();
    const r = await c.chat.completions.create({ model: 'gem-flash', max_tokens: 200, messages: [{ role: 'user', content: 'Say hello.' }] });
    expect(r.choices[0]!.message.content).toMatch(/^word0 word1/);
    expect(r.choices[0]!.finish_reason).toBe('stop');
    expect(r.usage!.completion_tokens).toBeGreaterThanOrEqual(8);
    const st = await c.chat.completions.create({ model: 'gem-flash', max_tokens: 200, messages: [{ role: 'user', content: 'Say hello.' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let finish: string | null = null;
    let completion = 0;
    for await (const ch of st) {
      text += ch.choices[0]?.delta.content ?? '';
      finish ??= ch.choices[0]?.finish_reason ?? null;
      if (ch.usage) completion = ch.usage.completion_tokens;
    }
    expect(text).toMatch(/^word0 word1/);
    expect(finish).toBe('stop');
    expect(completion).toBeGreaterThanOrEqual(8);
    const paths = upstream().map((u) => `${u.path}?${u.query}`);
    expect(paths).toEqual(['/v1beta/models/gemini-2.5-flash:generateContent?', '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse']);
  });

  it('tool round trip (Gemini 3: the call\'s thought signature comes back on the next turn)', async () => {
    const c = openai();
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'Weather in Paris?' }];
    const first = await c.chat.completions.create({ model: 'gem-3', max_tokens: 300, tools: [WEATHER_OPENAI], tool_choice: 'required', messages });
    expect(first.choices[0]!.finish_reason).toBe('tool_calls');
    const call = first.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && call.function.name).toBe('get_weather');
    const second = await c.chat.completions.create({
      model: 'gem-3', max_tokens: 300, tools: [WEATHER_OPENAI],
      messages: [...messages, first.choices[0]!.message, { role: 'tool', tool_call_id: call.id, content: '18°C, sunny' }],
    });
    expect(second.choices[0]!.finish_reason).toBe('stop');
    expect(second.choices[0]!.message.content).toMatch(/\w/);
  });
});

describe('upstream errors and the provider key', () => {
  it('an invalid key (Google: 400 API_KEY_INVALID) is taken out of rotation; the next key answers, and keeps answering', async () => {
    for (let i = 0; i < 3; i++) {
      const m = await anthropic().messages.create({ model: 'gem-rot', max_tokens: 100, messages: [{ role: 'user', content: `Hi ${i}` }] });
      expect(m.stop_reason).toBe('end_turn');
    }
    const keys = upstream().map((r) => r.headers['x-goog-api-key']);
    // The bad key was tried at most once (round robin may start on it), then only the good key.
    expect(keys.filter((k) => k === 'bad-gemini-key-0001').length).toBeLessThanOrEqual(1);
    expect(keys.filter((k) => k === 'gem-good-key-0002').length).toBe(3);
    if (keys[0] === 'bad-gemini-key-0001') expect(keys).toEqual(['bad-gemini-key-0001', 'gem-good-key-0002', 'gem-good-key-0002', 'gem-good-key-0002']);
  });

  it('an invalid key as the only key: the caller gets an authentication error in its format, never a 400 blamed on its request', async () => {
    const cfg = normalize({
      server: { host: '127.0.0.1', port: 0 },
      providers: { bad: { type: 'gemini', base_url: sim.url, api_key: 'bad-only-key-0003' } },
      models: { 'gem-bad': { targets: [{ provider: 'bad', model: 'gemini-2.5-flash' }] } },
      callers: [{ name: 'x', key: CALLER, models: ['*'] }],
      logging: { usage_sink: 'none', level: 'silent' },
    });
    const gw = await startSwitchyard(cfg);
    try {
      const err = await new Anthropic({ baseURL: gw.gateway.url, apiKey: CALLER, maxRetries: 0 }).messages.create({ model: 'gem-bad', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
      expect((err as Error).message).toContain('API key not valid');
      expect((err as Error).message).not.toContain('bad-only-key-0003');
      const oerr = await new OpenAI({ baseURL: `${gw.gateway.url}/v1`, apiKey: CALLER, maxRetries: 0 }).chat.completions.create({ model: 'gem-bad', messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
      expect(oerr).toBeInstanceOf(OpenAI.AuthenticationError);
    } finally {
      await gw.close(500);
    }
  });

  it('429 RESOURCE_EXHAUSTED with a short RetryInfo delay is retried on the same target after that delay', async () => {
    sim.queueFaults(['status:429:1']);
    const t0 = performance.now();
    const m = await anthropic().messages.create({ model: 'gem-flash', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    const elapsed = performance.now() - t0;
    expect(m.stop_reason).toBe('end_turn');
    const reqs = upstream();
    expect(reqs.map((r) => r.headers['x-goog-api-key'])).toEqual([KEY, KEY]);
    // RetryInfo says 1 s (no retry-after header): honoured, not the 200 ms backoff.
    expect(elapsed).toBeGreaterThanOrEqual(900);
  });

  it('429 RESOURCE_EXHAUSTED with a long RetryInfo delay fails over to the next target at once', async () => {
    sim.queueFaults(['status:429:60']);
    const m = await anthropic().messages.create({ model: 'gem-failover', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    expect(m.stop_reason).toBe('end_turn');
    expect(upstream().map((r) => r.headers['x-goog-api-key'])).toEqual([KEY, KEY2]);
  });

  it('a caller\'s 400 INVALID_ARGUMENT is relayed in the caller\'s format: not retried, not failed over, the key stays in rotation', async () => {
    sim.queueFaults(['status:400']);
    const err = await anthropic().messages.create({ model: 'gem-failover', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(upstream()).toHaveLength(1);
    sim.reset();
    const m = await anthropic().messages.create({ model: 'gem-flash', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    expect(m.stop_reason).toBe('end_turn');
    expect(upstream().map((r) => r.headers['x-goog-api-key'])).toEqual([KEY]);
  });

  it('a Gemini error chunk before any content fails over (the caller sees only the second target\'s stream)', async () => {
    sim.queueFaults(['error-before-content']);
    const m = await anthropic().messages.stream({ model: 'gem-failover', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }).finalMessage();
    expect((m.content.find((b) => b.type === 'text') as Anthropic.TextBlock).text).toMatch(/^word0/);
    expect(upstream().map((r) => r.headers['x-goog-api-key'])).toEqual([KEY, KEY2]);
  });

  it('a Gemini error chunk mid-stream becomes an Anthropic error event, not a silent truncation', async () => {
    sim.queueFaults(['error-after:3']);
    const s = anthropic().messages.stream({ model: 'gem-flash', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
    let text = '';
    s.on('text', (t) => (text += t));
    const err = await s.finalMessage().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(text).toMatch(/^word0/);
    expect(upstream()).toHaveLength(1);
  });

  it('a caller\'s 400 reaches an OpenAI caller as a BadRequestError with Google\'s message', async () => {
    sim.queueFaults(['status:400']);
    const err = await openai().chat.completions.create({ model: 'gem-flash', messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(upstream()).toHaveLength(1);
  });
});

describe('server.signature_key (the key sealing carried reasoning signatures)', () => {
  const base = (signature_key: string): GatewayConfig => ({
    server: { host: '127.0.0.1', port: 0, signature_key },
    providers: { gem: { type: 'gemini', base_url: 'http://127.0.0.1:9', api_key: KEY } },
    callers: [{ name: 'x', key: CALLER, models: ['*'] }],
  });

  it('accepts a literal and env:NAME; an unset variable or a short key is a config error naming the setting, never a value', () => {
    expect(normalize(base('a-literal-signing-key-0123456789'), {}).server.signatureKey).toBe('a-literal-signing-key-0123456789');
    expect(normalize(base('env:GEMPROV_SIG_KEY'), { GEMPROV_SIG_KEY: 'from-the-environment-0123456789' }).server.signatureKey).toBe('from-the-environment-0123456789');
    expect(normalize({ ...base('x'), server: { host: '127.0.0.1', port: 0 } }, {}).server.signatureKey).toBeNull();
    expect(() => normalize(base('env:GEMPROV_SIG_KEY'), {})).toThrow(/server\.signature_key: environment variable GEMPROV_SIG_KEY is not set/);
    expect(() => normalize(base('short-secret'), {})).toThrow(/server\.signature_key: too short/);
    let msg = '';
    try {
      normalize(base('short-secret'), {});
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).not.toContain('short-secret');
  });

  it('a gateway started with it seals with it: a signature sealed under another key is not opened', async () => {
    const { seal, unseal, setSignatureKey } = await import('../runtime/formats/gemini/signatures.ts');
    const gw = await startSwitchyard(normalize(base('env:GEMPROV_SIG_KEY'), { GEMPROV_SIG_KEY: 'deployment-wide-key-0123456789' }));
    try {
      const sealed = seal({ g: 'opaque-gemini-signature' });
      expect(unseal(sealed)).toEqual({ g: 'opaque-gemini-signature' });
      setSignatureKey('deployment-wide-key-0123456789');
      expect(unseal(sealed)).toEqual({ g: 'opaque-gemini-signature' }); // the same key as the config's
      setSignatureKey('another-deployment-key-98765');
      expect(unseal(sealed)).toBe('forged');
    } finally {
      setSignatureKey(process.env.SWITCHYARD_SIGNATURE_KEY!);
      await gw.close(500);
    }
  });
});

describe('gemini adapter hooks (runtime/providers/gemini.ts)', async () => {
  const { default: adapter, retryDelayMs } = await import('../runtime/providers/gemini.ts');
  const ctx = (over: Record<string, unknown>) => ({ provider: {} as never, routeType: 'llm/v1/chat' as const, model: 'gemini-2.5-flash', stream: false, mode: 'transcode' as const, betas: [] as readonly string[], ...over });
  const req = (path: string) => ({ method: 'POST' as const, path, query: '', headers: {}, body: null });

  it('url: the model into the path (a `models/` prefix dropped, URL-encoded); streams → :streamGenerateContent?alt=sse; countTokens stays unary', () => {
    const a = req('/v1beta/models/{model}:generateContent');
    adapter.url!(a, ctx({ model: 'models/tuned model/1' }));
    expect(a).toMatchObject({ path: '/v1beta/models/tuned%20model%2F1:generateContent', query: '' });
    const b = req('/v1beta/models/{model}:generateContent');
    adapter.url!(b, ctx({ stream: true, mode: 'passthrough' }));
    expect(b).toMatchObject({ path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent', query: 'alt=sse' });
    const c = req('/v1beta/models/{model}:countTokens');
    adapter.url!(c, ctx({ routeType: 'llm/v1/count_tokens', stream: true }));
    expect(c).toMatchObject({ path: '/v1beta/models/gemini-2.5-flash:countTokens', query: '' });
  });

  it('normalizeError: API_KEY_INVALID / API_KEY_EXPIRED → 401 UNAUTHENTICATED (message and details kept); other 400s, non-JSON and 5xx unchanged', () => {
    const keyErr = (reason: string) => Buffer.from(JSON.stringify({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] } }));
    for (const reason of ['API_KEY_INVALID', 'API_KEY_EXPIRED']) {
      const n = adapter.normalizeError!(400, keyErr(reason), {});
      expect(n.status).toBe(401);
      expect(JSON.parse(String(n.body))).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED', message: 'API key not valid. Please pass a valid API key.', details: [{ reason }] } });
    }
    const arr = Buffer.from(`[${keyErr('API_KEY_INVALID').toString()}\n]`);
    expect(adapter.normalizeError!(400, arr, {}).status).toBe(401);
    const callerErr = Buffer.from(JSON.stringify({ error: { code: 400, message: '* GenerateContentRequest.contents: contents is not specified', status: 'INVALID_ARGUMENT' } }));
    expect(adapter.normalizeError!(400, callerErr, {})).toEqual({ status: 400, body: callerErr });
    expect(adapter.normalizeError!(502, Buffer.from('<html>Bad Gateway</html>'), {}).status).toBe(502);
  });

  it('normalizeError: a 429 RetryInfo delay becomes retry-after-ms unless the upstream sent a retry header', () => {
    const body = Buffer.from(JSON.stringify({ error: { code: 429, message: 'quota', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '17.5s' }] } }));
    const h: Record<string, string> = {};
    expect(adapter.normalizeError!(429, body, h).status).toBe(429);
    expect(h['retry-after-ms']).toBe('17500');
    const h2: Record<string, string> = { 'retry-after': '3' };
    adapter.normalizeError!(429, body, h2);
    expect(h2['retry-after-ms']).toBeUndefined();
    expect(retryDelayMs({ details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: 'soon' }] })).toBeNull();
  });
});

describe('embedded default: the gemini provider', async () => {
  const { embeddedDefault, embeddedDefaultProblem } = await import('../runtime/config/index.ts');
  const { embeddedDefaultEnv } = await import('../runtime/main.ts');

  it('goes to the simulator without GEMINI_API_KEY, to the real API with it (then a private caller key is required)', () => {
    const sim = embeddedDefault('http://127.0.0.1:9', {});
    expect(sim.providers.gemini).toEqual({ type: 'gemini', base_url: 'http://127.0.0.1:9', api_key: 'sim-key', simulated: true });
    expect(sim.models!['gemini-prod']).toEqual({ targets: [{ provider: 'gemini', model: 'gemini-2.5-flash' }] });
    expect(sim.models!['gemini-2.5-pro']).toEqual({ targets: [{ provider: 'gemini', model: 'gemini-2.5-pro' }] });
    const real = embeddedDefault('http://127.0.0.1:9', { GEMINI_API_KEY: 'AIza-real' });
    expect(real.providers.gemini).toEqual({ type: 'gemini', api_key: 'AIza-real' });
    expect(embeddedDefaultProblem({ GEMINI_API_KEY: 'AIza-real' })).toMatch(/GEMINI_API_KEY is set/);
    expect(embeddedDefaultProblem({ GEMINI_API_KEY: 'AIza-real', SWITCHYARD_KEY: 'sk-private-0123456789' })).toBeNull();
  });

  it('ignores GOOGLE_GEMINI_BASE_URL pointing at this gateway (Gemini CLI\'s setting) together with GEMINI_API_KEY', () => {
    const r = embeddedDefaultEnv({ GOOGLE_GEMINI_BASE_URL: 'http://localhost:4000', GEMINI_API_KEY: 'sk-switchyard-caller' }, { port: 4000 });
    expect(r.env.GOOGLE_GEMINI_BASE_URL).toBeUndefined();
    expect(r.env.GEMINI_API_KEY).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(/^GOOGLE_GEMINI_BASE_URL=http:\/\/localhost:4000 points at this gateway .* provider gemini uses the built-in simulator$/)]);
  });
});
