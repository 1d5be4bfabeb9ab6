/**
 * The `gemini` codec (runtime/formats/gemini/index.ts) judged on the Gemini
 * simulator's streams (runtime/simulator/gemini/, proven faithful with
 * @google/genai) and by @google/genai itself: prelude hold and commit, the
 * end of a stream without a terminal event (the chunk with finishReason),
 * in-stream errors, usage, Google's error envelope, and a keep-alive the SDK
 * ignores.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, GoogleGenAI } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validators } from '../../generated/validators/index.ts';
import { GatewayError } from '../../runtime/errors.ts';
import { codecFor } from '../../runtime/formats/index.ts';
import { TAIL_BYTES } from '../../runtime/relay/pump.ts';
import { SseParser } from '../../runtime/sse/parser.ts';
import { startSimulator, type Simulator } from '../../runtime/simulator/index.ts';

type Obj = Record<string, any>;
const codec = codecFor('gemini');
const grammar = codec.streamGrammar('llm/v1/chat')!;
const MODEL = 'gemini-2.5-flash';
let sim: Simulator;
let server: Server;
let proxyUrl = '';
/** What the proxy in front of the simulator writes before relaying its answer. */
let prefix = '';

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  // Writes `prefix` (keep-alives) first, then relays the simulator's answer byte for byte.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const up = await fetch(sim.url + req.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' }, body: Buffer.concat(chunks) });
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' });
      if (prefix) res.write(prefix);
      res.end(Buffer.from(await up.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await sim.close();
});

async function simStream(headers: Record<string, string> = {}): Promise<Buffer> {
  const res = await fetch(`${sim.url}/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k', ...headers },
    body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hello' }] }] }),
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

function chunks(b: Buffer): string[] {
  const out: string[] = [];
  const p = new SseParser((_e, d) => out.push(d));
  p.push(b);
  p.end();
  return out;
}
const tailOf = (b: Buffer) => b.subarray(Math.max(0, b.length - TAIL_BYTES));

describe('gemini codec', () => {
  it('a simulator stream: commits at the first part with text, ends complete with the finishReason chunk, truncated without it', async () => {
    const raw = await simStream();
    const data = chunks(raw);
    expect(data.length).toBeGreaterThan(2);
    expect(grammar.preludeEvent(undefined, data[0]!)).toEqual({ kind: 'commit' });
    expect(grammar.preludeEvent(undefined, JSON.stringify({ candidates: [{ content: { role: 'model', parts: [] } }], usageMetadata: { promptTokenCount: 3 } }))).toEqual({ kind: 'hold' });
    expect(grammar.preludeEvent(undefined, JSON.stringify({ candidates: [{ content: { parts: [{ text: '', thoughtSignature: 'x' }] } }] }))).toEqual({ kind: 'hold' });
    expect(grammar.preludeEvent(undefined, JSON.stringify({ promptFeedback: { blockReason: 'SAFETY' } }))).toEqual({ kind: 'commit' });
    expect(grammar.classifyEnd(tailOf(raw))).toBe('complete');
    expect(grammar.classifyEnd(raw)).toBe('complete');
    const lastStart = raw.lastIndexOf('data:');
    // Without the finishReason chunk: judged from a tail that holds the previous chunk's start.
    expect(grammar.classifyEnd(raw.subarray(0, lastStart))).toBe('truncated');
    expect(grammar.classifyEnd(tailOf(raw.subarray(0, raw.length - 30)))).toBe('truncated');
    expect(grammar.classifyEnd(Buffer.from('data: {"candidates": [{"content": {"parts": [{"text": "a"}]}}]}\r\n\r\n'))).toBe('truncated');
  });
  it('usage and metadata: the last chunk\'s usageMetadata, sniffed in small pieces, equals the JSON reading', async () => {
    const raw = await simStream({ 'x-sim-cached-tokens': '2' });
    const last = JSON.parse(chunks(raw).at(-1)!) as Obj;
    const s = codec.usageSniffer();
    for (let i = 0; i < raw.length; i += 13) s.push(raw.subarray(i, i + 13));
    const um = last.usageMetadata as Obj;
    expect(s.usage).toMatchObject({ input: um.promptTokenCount - 2, cacheRead: 2, output: um.candidatesTokenCount + (um.thoughtsTokenCount ?? 0), reported: true });
    expect(s.meta.finishReasons).toEqual(['STOP']);
    expect(s.meta.model).toBe(last.modelVersion);
    const meta = {};
    expect(codec.usageFromJson(Buffer.from(JSON.stringify(last)), meta)).toEqual(s.usage);
    expect(meta).toEqual(s.meta);
  });
  it('an in-stream error: error verdict before content (type from the status name), error_event at the end', async () => {
    const raw = await simStream({ 'x-sim-fault': 'error-after:2' });
    const data = chunks(raw);
    const err = data.find((d) => d.includes('"error"'))!;
    expect(grammar.preludeEvent(undefined, err)).toMatchObject({ kind: 'error', errorType: 'overloaded_error' });
    expect(grammar.classifyEnd(tailOf(raw))).toBe('error_event');
  });
  it('gateway errors use Google\'s envelope with the status name; non-JSON upstream errors name only the status', () => {
    for (const [kind, code, status] of [['invalid_request', 400, 'INVALID_ARGUMENT'], ['authentication', 401, 'UNAUTHENTICATED'], ['rate_limit', 429, 'RESOURCE_EXHAUSTED'], ['not_found', 404, 'NOT_FOUND']] as const) {
      const body = JSON.parse(codec.errorBody(new GatewayError(kind, 'm'))) as Obj;
      expect(body).toEqual({ error: { code, message: 'm', status } });
      expect(validators['gemini-error'](body)).toBe(true);
    }
    expect(JSON.parse(codec.normalizeUpstreamError(503, Buffer.from('<html>sk-1</html>')))).toEqual({ error: { code: 503, message: 'Upstream answered HTTP 503.', status: 'UNAVAILABLE' } });
  });
  it('@google/genai ignores the keep-alive before the stream and raises a gateway stream error as ApiError', async () => {
    const ai = new GoogleGenAI({ apiKey: 'k', httpOptions: { baseUrl: proxyUrl, apiVersion: 'v1beta' } });
    prefix = codec.keepalive.repeat(3);
    try {
      let text = '';
      for await (const c of await ai.models.generateContentStream({ model: MODEL, contents: 'hello' })) text += c.text ?? '';
      expect(text).toMatch(/^word0 word1/);
      // A gateway error after HTTP 200: the SDK throws it with the envelope's code.
      prefix = codec.streamError(codec.errorBody(new GatewayError('overloaded', 'busy')));
      const it = await ai.models.generateContentStream({ model: MODEL, contents: 'hello' });
      await expect((async () => { for await (const _ of it) { /* drain */ } })()).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.status === 529 || (e instanceof ApiError && /busy/.test(e.message)));
    } finally {
      prefix = '';
    }
  });
});
