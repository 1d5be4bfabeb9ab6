/**
 * The Gemini mapper judged by official clients:
 * - encoder output (Claude-recorded streams and messages encoded as Gemini
 *   SSE / JSON) is served from a loopback HTTP server and read by `@google/genai`
 *   (generateContent, generateContentStream), so the official parser proves the grammar;
 * - the Gemini simulator's stream (runtime/simulator/gemini/) decoded to
 *   Anthropic SSE is read by `@anthropic-ai/sdk`;
 * - reasoning signatures round-trip byte for byte: a Claude thinking block
 *   through a Gemini caller back to Anthropic, and a Gemini thought signature
 *   through an Anthropic caller back to the simulator, which verifies it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { ApiError, GoogleGenAI, type Content, type GenerateContentResponse, type Part } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geminiUpstreamPath, setGeminiCallerOptions } from '../../runtime/formats/gemini/mapper.ts';
import { unseal } from '../../runtime/formats/gemini/signatures.ts';
import { parseSse } from '../../runtime/sse/parser.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import type { RequestContext } from '../../runtime/transcode/types.ts';
import { ctx, fixture, fixtureJson, mapped } from '../transcode/helpers.ts';
import { startSimulator, type Simulator } from '../../runtime/simulator/index.ts';

type J = Record<string, any>;
/** Gemini caller, Anthropic upstream. */
const g2a = selectTranscoder('gemini', 'anthropic-messages');
/** Anthropic caller, Gemini upstream. */
const a2g = selectTranscoder('anthropic-messages', 'gemini');

/** A loopback server answering every request with the current body. */
let server: Server;
let serverUrl = '';
let reply: { body: string; type: string } = { body: '', type: 'application/json' };
let sim: Simulator;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': reply.type });
      res.end(reply.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await sim.close();
});

function genai(): GoogleGenAI {
  return new GoogleGenAI({ apiKey: 'k', httpOptions: { baseUrl: serverUrl, apiVersion: 'v1beta' } });
}

function callerCtx(includeThoughts: boolean, sse = true): RequestContext {
  const c = ctx();
  setGeminiCallerOptions(c, { stream: true, sse, includeThoughts });
  return c;
}

/** A recorded Anthropic stream encoded for a Gemini caller. */
function encodeRecording(rel: string, c: RequestContext): string {
  const s = g2a.createStream(c, mapped());
  return s.push(fixture(rel)) + s.end();
}

/** Thinking text, signature and text of a recorded Anthropic stream. */
function recorded(rel: string): { thinking: string; signature: string; text: string } {
  const out = { thinking: '', signature: '', text: '' };
  for (const e of parseSse(fixture(rel))) {
    if (e.event !== 'content_block_delta') continue;
    const d = (JSON.parse(e.data) as J).delta as J;
    if (d.type === 'thinking_delta') out.thinking += d.thinking;
    else if (d.type === 'signature_delta') out.signature += d.signature;
    else if (d.type === 'text_delta') out.text += d.text;
  }
  return out;
}

async function streamChunks(body: string): Promise<GenerateContentResponse[]> {
  reply = { body, type: 'text/event-stream' };
  const chunks: GenerateContentResponse[] = [];
  for await (const c of await genai().models.generateContentStream({ model: 'my-alias', contents: 'x' })) chunks.push(c);
  return chunks;
}

const partsOf = (chunks: GenerateContentResponse[]): Part[] => chunks.flatMap((c) => c.candidates?.[0]?.content?.parts ?? []);

describe('@google/genai reads Claude answers encoded as Gemini', () => {
  it('thinking stream (SSE): thought parts, text, sealed signature, usage, finishReason', async () => {
    const rel = 'anthropic/stream-thinking-signature.sse';
    const rec = recorded(rel);
    const chunks = await streamChunks(encodeRecording(rel, callerCtx(true)));
    const parts = partsOf(chunks);
    expect(parts.filter((p) => p.thought).map((p) => p.text).join('')).toBe(rec.thinking);
    expect(parts.filter((p) => !p.thought).map((p) => p.text ?? '').join('')).toBe(rec.text);
    const signed = parts.filter((p) => p.thoughtSignature);
    expect(signed).toHaveLength(1);
    expect(signed[0]!.thought).toBeUndefined();
    expect(unseal(signed[0]!.thoughtSignature!)).toEqual({ c: [{ type: 'thinking', thinking: rec.thinking, signature: rec.signature }] });
    const last = chunks[chunks.length - 1]!;
    expect(last.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last.usageMetadata?.promptTokenCount).toBe(69);
    expect(last.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    expect(last.modelVersion).toBe('my-alias');
    expect(last.responseId).toBe('msg_01Y6V41gqPaKWEw7iPouH7iW');
  });

  it('without includeThoughts no thought text is shown, but the signature still rides on the text part', async () => {
    const parts = partsOf(await streamChunks(encodeRecording('anthropic/stream-thinking-signature.sse', callerCtx(false))));
    expect(parts.some((p) => p.thought)).toBe(false);
    expect(parts.filter((p) => p.thoughtSignature)).toHaveLength(1);
  });

  it('text then tool use: functionCall whole, with the Claude id, args parsed', async () => {
    const chunks = await streamChunks(encodeRecording('anthropic/stream-text-then-tool-use.sse', callerCtx(false)));
    const calls = chunks.flatMap((c) => c.functionCalls ?? []);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.name).toBe('json');
    expect(calls[0]!.id).toMatch(/^toolu_/);
    expect(calls[0]!.args).toEqual({ elements: [{ location: 'San Francisco', temperature: 58, condition: 'sunny' }] });
    expect(partsOf(chunks).map((p) => p.text ?? '').join('')).toBe("I'll invoke the JSON response tool.");
    expect(chunks[chunks.length - 1]!.candidates?.[0]?.finishReason).toBe('STOP');
  });

  it('mid-stream overloaded error: the SDK raises ApiError after the text seen so far', async () => {
    reply = { body: encodeRecording('anthropic/stream-error-overloaded-midstream.sse', callerCtx(false)), type: 'text/event-stream' };
    const seen: string[] = [];
    const err = await (async () => {
      try {
        for await (const c of await genai().models.generateContentStream({ model: 'my-alias', contents: 'x' })) seen.push(c.text ?? '');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(503);
    expect(String((err as ApiError).message)).toMatch(/Overloaded/);
    expect(seen.join('')).toBe('Hello');
  });

  it('JSON-array framing (streamGenerateContent without alt=sse) is one valid JSON array of responses', () => {
    const out = encodeRecording('anthropic/stream-text-then-tool-use.sse', callerCtx(false, false));
    expect(out.startsWith('[{')).toBe(true);
    expect(out.endsWith('\n]')).toBe(true);
    expect(out).toContain('\n,\r\n');
    const arr = JSON.parse(out) as J[];
    expect(arr.length).toBeGreaterThan(2);
    expect(arr[arr.length - 1]!.candidates[0]).toMatchObject({ finishReason: 'STOP', finishMessage: 'Model generated function call(s).' });
  });

  it('generateContent: a recorded Claude message (thinking) as a GenerateContentResponse', async () => {
    const msg = fixtureJson('anthropic/message-thinking.json') as J;
    const c = callerCtx(true);
    reply = { body: JSON.stringify(g2a.mapResponse(msg, c, mapped({ stream: false })).body), type: 'application/json' };
    const r = await genai().models.generateContent({ model: 'my-alias', contents: 'x' });
    const text = (msg.content as J[]).filter((b) => b.type === 'text').map((b) => b.text).join('');
    expect(r.text).toBe(text);
    expect(r.candidates?.[0]?.content?.parts?.find((p) => p.thought)?.text).toBe((msg.content as J[]).find((b) => b.type === 'thinking')!.thinking);
    expect(r.usageMetadata?.promptTokenCount).toBe(msg.usage.input_tokens + msg.usage.cache_creation_input_tokens + msg.usage.cache_read_input_tokens);
    expect(r.usageMetadata?.candidatesTokenCount).toBe(msg.usage.output_tokens);
  });
});

describe('signature round trips', () => {
  it('Claude thinking → Gemini caller (SDK) → next turn back to Anthropic: the exact block, byte for byte', async () => {
    const rel = 'anthropic/stream-thinking-signature.sse';
    const rec = recorded(rel);
    const chunks = await streamChunks(encodeRecording(rel, callerCtx(true)));
    // What a Gemini client keeps as the model turn: the parts it received, in order.
    const modelTurn: Content = { role: 'model', parts: partsOf(chunks) };
    const next = { contents: [{ role: 'user', parts: [{ text: 'x' }] }, modelTurn, { role: 'user', parts: [{ text: 'and now?' }] }] };
    const body = g2a.mapRequest(JSON.parse(JSON.stringify(next)) as J, ctx()).body;
    const assistant = (body.messages as J[])[1]!;
    expect(assistant.role).toBe('assistant');
    expect(assistant.content[0]).toEqual({ type: 'thinking', thinking: rec.thinking, signature: rec.signature });
    expect(assistant.content.slice(1)).toEqual([{ type: 'text', text: rec.text }]);
  });

  it('Gemini simulator → Anthropic SSE (@anthropic-ai/sdk) → tool round trip back to the simulator, which verifies the thought signature', async () => {
    const model = 'gemini-3-flash-preview';
    const c = ctx({ upstreamModel: model });
    const tools = [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }];
    const first = { model: 'my-alias', max_tokens: 4000, stream: true, thinking: { type: 'enabled', budget_tokens: 2048 }, tools, messages: [{ role: 'user', content: 'Weather? [sim-tool:get_weather:{"city":"Oslo"}]' }] };
    const m1 = a2g.mapRequest(first, c);
    expect(m1.stream).toBe(true);
    const call = async (body: J, stream: boolean) =>
      fetch(sim.url + geminiUpstreamPath(model, stream), { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' }, body: JSON.stringify(body) });
    const res = await call(m1.body, true);
    expect(res.status).toBe(200);
    const raw = await res.text();
    const issued = [...raw.matchAll(/"thoughtSignature": ?"([^"]+)"/g)].map((x) => x[1]);
    expect(issued.length).toBeGreaterThan(0);

    const s = a2g.createStream(c, m1);
    const sse = s.push(Buffer.from(raw)) + s.end();
    const anthropic = new Anthropic({ apiKey: 'k', baseURL: 'http://gateway.test', maxRetries: 0, fetch: (async () => new Response(sse, { status: 200, headers: { 'content-type': 'text/event-stream' } })) as typeof fetch });
    const msg = await anthropic.messages.stream({ model: 'my-alias', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage();
    expect(msg.stop_reason).toBe('tool_use');
    const tool = msg.content.find((b) => b.type === 'tool_use');
    expect(tool).toMatchObject({ name: 'get_weather', input: { city: 'Oslo' } });
    const thinking = msg.content.filter((b) => b.type === 'thinking');
    expect(thinking.length).toBeGreaterThan(0);
    expect(thinking.map((b) => unseal(b.signature))).toContainEqual({ g: issued[0] });
    expect(msg.usage.input_tokens).toBeGreaterThan(0);

    // The Anthropic client sends the turn back with the tool result.
    const second = {
      model: 'my-alias', max_tokens: 4000, thinking: { type: 'enabled', budget_tokens: 2048 }, tools,
      messages: [first.messages[0], { role: 'assistant', content: msg.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: tool!.type === 'tool_use' ? tool!.id : '', content: 'Rain, 9°C' }] }],
    };
    const m2 = a2g.mapRequest(JSON.parse(JSON.stringify(second)) as J, c);
    const modelTurn = (m2.body.contents as J[])[1]!;
    const fcPart = (modelTurn.parts as J[]).find((p) => p.functionCall);
    expect(fcPart!.thoughtSignature).toBe(issued[0]);
    const ok = await call(m2.body, false);
    expect(ok.status, await ok.clone().text()).toBe(200);
    const answer = a2g.mapResponse(await ok.json(), c, m2);
    expect((answer.body as J).content.some((b: J) => b.type === 'text')).toBe(true);

    // Control: without the signature the simulator (like Gemini 3) refuses the turn.
    delete fcPart!.thoughtSignature;
    const refused = await call(m2.body, false);
    expect(refused.status).toBe(400);
    expect(a2g.mapError(400, await refused.json()).body).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringMatching(/thought_signature/) } });
  });

  it('Gemini 2.x sends no call ids: derived ids go back as functionCall/functionResponse ids the simulator matches (strict ids)', async () => {
    const model = 'gemini-2.5-flash';
    const c = ctx({ upstreamModel: model });
    const tools = [{ name: 'lookup', input_schema: { type: 'object', properties: { q: { type: 'string' } } } }];
    const call = async (body: J) =>
      fetch(sim.url + geminiUpstreamPath(model, false), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k', 'x-sim-strict-ids': '1', 'x-sim-tool': 'lookup,lookup', 'x-sim-tool-input': '{"q":"a"}' },
        body: JSON.stringify(body),
      });
    const first = { model: 'my-alias', max_tokens: 500, tools, messages: [{ role: 'user', content: 'Look it up twice.' }] };
    const m1 = a2g.mapRequest(first, c);
    const r1 = await call(m1.body);
    const raw = (await r1.json()) as J;
    expect(raw.candidates[0].content.parts.filter((p: J) => p.functionCall).every((p: J) => p.functionCall.id === undefined)).toBe(true);
    const msg = a2g.mapResponse(raw, c, m1).body as J;
    const uses = (msg.content as J[]).filter((b) => b.type === 'tool_use');
    expect(uses).toHaveLength(2);
    expect(new Set(uses.map((u) => u.id)).size).toBe(2);
    expect(msg.stop_reason).toBe('tool_use');
    const second = { ...first, messages: [first.messages[0], { role: 'assistant', content: msg.content }, { role: 'user', content: uses.map((u) => ({ type: 'tool_result', tool_use_id: u.id, content: 'found' })) }] };
    const m2 = a2g.mapRequest(JSON.parse(JSON.stringify(second)) as J, c);
    expect(((m2.body.contents as J[])[2]!.parts as J[]).map((p) => p.functionResponse.id)).toEqual(uses.map((u) => u.id));
    const r2 = await call(m2.body);
    expect(r2.status, await r2.clone().text()).toBe(200);
  });
});
