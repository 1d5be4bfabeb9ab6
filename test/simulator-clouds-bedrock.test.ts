/**
 * The simulated Bedrock runtime (runtime/simulator/clouds/bedrock.ts) proven
 * faithful with the official AWS SDK (@aws-sdk/client-bedrock-runtime):
 * InvokeModel JSON, InvokeModelWithResponseStream decoded by the SDK's own
 * event-stream decoder, CountTokens, SigV4 verified for real (a wrong secret
 * makes the SDK raise InvalidSignatureException), Bedrock API keys, modeled
 * errors (ThrottlingException, ValidationException, ModelStreamErrorException)
 * and the body rules of InvokeModel for Claude.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import {
  BedrockRuntimeClient,
  CountTokensCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  ThrottlingException,
  ValidationException,
  ModelStreamErrorException,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { anthropicStreamEvents } from '../runtime/simulator/anthropic.ts';

const AKID = 'AKIASIMULATEDKEY0001';
const SECRET = 'sim/secret/for/tests/only+0000000000000000';
const API_KEY = 'ABSKc2ltdWxhdGVkLWJlZHJvY2sta2V5';
const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

let sim: Simulator;

beforeAll(async () => {
  // The built-in simulator serves Bedrock on /model/… (what `switchyard simulate` and the gateway tests use).
  sim = await startSimulator({ port: 0, bedrock: { region: 'us-west-2', credentials: [{ accessKeyId: AKID, secretAccessKey: SECRET }], apiKeys: [API_KEY], anyApiKey: false } });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

/**
 * The SDK defaults to its HTTP/2 handler (for the bidirectional-stream operation),
 * which over cleartext needs h2c; the simulator (like the gateway's undici client)
 * speaks HTTP/1.1, so the SDK gets its own HTTP/1.1 handler.
 */
const http1 = (): NodeHttpHandler => new NodeHttpHandler({ connectionTimeout: 5000, requestTimeout: 20000 });

function client(secret = SECRET, extra: Record<string, unknown> = {}): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-west-2',
    endpoint: sim.url,
    credentials: { accessKeyId: AKID, secretAccessKey: secret },
    maxAttempts: 1,
    requestHandler: http1(),
    ...extra,
  });
}

const enc = (o: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(o));
const dec = (b: Uint8Array | undefined): Record<string, unknown> => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;
const BODY = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] };

describe('Bedrock simulator with @aws-sdk/client-bedrock-runtime', () => {
  it('InvokeModel: SigV4-signed JSON round trip', async () => {
    const out = await client().send(new InvokeModelCommand({ modelId: MODEL, contentType: 'application/json', accept: 'application/json', body: enc(BODY) }));
    const msg = dec(out.body);
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929', stop_reason: 'end_turn' });
    expect((msg.content as Array<{ text: string }>)[0]?.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(out.contentType).toBe('application/json');
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/-5151-/);
    // The SDK percent-encodes the model id in the path and signs it; the simulator saw exactly that.
    const rec = sim.requests[0];
    expect(rec?.path).toBe('/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/invoke');
    expect(rec?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIASIMULATEDKEY0001\/\d{8}\/us-west-2\/bedrock\/aws4_request/);
  });

  it('InvokeModelWithResponseStream: the SDK decodes the event stream into the Anthropic events, thinking signature byte for byte', async () => {
    const body = { ...BODY, max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, anthropic_beta: ['interleaved-thinking-2025-05-14'] };
    const out = await client().send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, contentType: 'application/json', body: enc(body) }));
    expect(out.contentType).toBe('application/json');
    const raw: string[] = [];
    for await (const ev of out.body ?? []) {
      if (ev.chunk?.bytes) raw.push(new TextDecoder().decode(ev.chunk.bytes));
    }
    const events = raw.map((r) => JSON.parse(r) as Record<string, unknown>);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('message_delta');
    const stop = events.at(-1) as Record<string, Record<string, number>>;
    expect(stop['amazon-bedrock-invocationMetrics']).toMatchObject({ inputTokenCount: expect.any(Number), outputTokenCount: 12 });
    // Every event but message_stop is the Anthropic simulator's data line, byte for byte.
    const id = (events[0] as { message: { id: string } }).message.id;
    expect(id).toMatch(/^msg_bdrk_sim\d+$/);
    const reference = anthropicStreamEvents({
      model: 'claude-sonnet-4-5-20250929',
      id,
      inputTokens: (events[0] as { message: { usage: { input_tokens: number } } }).message.usage.input_tokens,
      words: 8,
      maxTokens: 2048,
      tool: undefined,
      thinking: true,
    }).map((b) => /data: (.*)\n/.exec(b.toString('utf8'))?.[1]);
    expect(raw.slice(0, -1)).toEqual(reference.slice(0, -1));
    const sig = events.find((e) => (e.delta as { type?: string } | undefined)?.type === 'signature_delta') as { delta: { signature: string } };
    expect(sig.delta.signature).toBe(Buffer.from(`switchyard-sim-signature:${id}`).toString('base64'));
  });

  it('the wire framing is application/vnd.amazon.eventstream with chunk/event/json headers', async () => {
    // Sign with the SDK, then read the raw bytes through a middleware-free path: re-send the recorded signed request.
    await client().send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, body: enc({ ...BODY, messages: [{ role: 'user', content: 'x' }] }) })).then(async (o) => {
      for await (const _ of o.body ?? []) void _;
    });
    const rec = sim.requests[0];
    if (!rec) throw new Error('no request recorded');
    const res = await request(`${sim.url}${rec.path}`, { method: 'POST', headers: rec.headers, body: rec.body });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.amazon.eventstream');
    const bytes = new Uint8Array(await res.body.arrayBuffer());
    const codec = new EventStreamCodec(toUtf8, fromUtf8);
    const first = codec.decode(bytes.subarray(0, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0)));
    expect(first.headers[':event-type']?.value).toBe('chunk');
    expect(first.headers[':message-type']?.value).toBe('event');
    expect(first.headers[':content-type']?.value).toBe('application/json');
    const payload = JSON.parse(toUtf8(first.body)) as { bytes: string };
    expect(JSON.parse(Buffer.from(payload.bytes, 'base64').toString('utf8'))).toMatchObject({ type: 'message_start' });
  });

  it('tool_use comes back for a forced tool', async () => {
    const body = { ...BODY, tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }], tool_choice: { type: 'any' } };
    const out = await client().send(new InvokeModelCommand({ modelId: MODEL, body: enc(body) }));
    const msg = dec(out.body);
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content).toEqual([{ type: 'tool_use', id: String(msg.id).replace(/^msg_/, 'toolu_'), name: 'get_weather', input: { city: 'sim' } }]);
  });

  it('CountTokens on the InvokeModel body', async () => {
    const out = await client().send(new CountTokensCommand({ modelId: MODEL, input: { invokeModel: { body: enc(BODY) } } }));
    expect(out.inputTokens).toBe(Math.ceil(JSON.stringify(BODY).length / 4));
    expect(sim.requests[0]?.path).toBe('/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/count-tokens');
  });

  it('a wrong secret: the simulator recomputes the signature and the SDK raises InvalidSignatureException (403)', async () => {
    const err = await client('not-the-secret').send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const e = err as Error & { $metadata: { httpStatusCode: number }; $fault: string };
    expect(e.name).toBe('InvalidSignatureException');
    expect(e.message).toMatch(/signature we calculated does not match/);
    expect(e.$metadata.httpStatusCode).toBe(403);
    expect(e.$fault).toBe('client');
  });

  it('a tampered body after signing fails the signature check', async () => {
    await client().send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) }));
    const rec = sim.requests[0];
    if (!rec) throw new Error('no request recorded');
    const ok = await request(`${sim.url}${rec.path}`, { method: 'POST', headers: rec.headers, body: rec.body });
    expect(ok.statusCode).toBe(200);
    await ok.body.dump();
    const tampered = Buffer.from(rec.body.toString('utf8').replace('hello', 'HELLO'));
    const bad = await request(`${sim.url}${rec.path}`, { method: 'POST', headers: { ...rec.headers, 'content-length': String(tampered.length) }, body: tampered });
    expect(bad.statusCode).toBe(403);
    expect(bad.headers['x-amzn-errortype']).toMatch(/^InvalidSignatureException:/);
    await bad.body.dump();
  });

  it('unknown access key, wrong region scope and missing auth are 403s with their AWS error types', async () => {
    const unknown = await new BedrockRuntimeClient({ region: 'us-west-2', endpoint: sim.url, credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: SECRET }, maxAttempts: 1, requestHandler: http1() })
      .send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) }))
      .catch((e: Error) => e);
    expect((unknown as Error).name).toBe('UnrecognizedClientException');
    const region = await client(SECRET, { region: 'eu-west-1' }).send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) })).catch((e: Error) => e);
    expect((region as Error).name).toBe('InvalidSignatureException');
    const none = await request(`${sim.url}/model/${encodeURIComponent(MODEL)}/invoke`, { method: 'POST', body: JSON.stringify(BODY) });
    expect(none.statusCode).toBe(403);
    expect(none.headers['x-amzn-errortype']).toMatch(/^MissingAuthenticationTokenException/);
    await none.body.dump();
  });

  it('a Bedrock API key as Authorization: Bearer (the SDK token path) is accepted; an unknown one is not', async () => {
    const bearer = (token: string) =>
      new BedrockRuntimeClient({ region: 'us-west-2', endpoint: sim.url, token: { token }, authSchemePreference: ['httpBearerAuth'], maxAttempts: 1, requestHandler: http1() });
    const out = await bearer(API_KEY).send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) }));
    expect(dec(out.body).type).toBe('message');
    expect(sim.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const err = await bearer('ABSKnope').send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) })).catch((e: Error) => e);
    expect((err as Error & { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(403);
    expect((err as Error).name).toBe('AccessDeniedException');
  });

  it('a throttling fault reaches the SDK as ThrottlingException (429)', async () => {
    sim.bedrockFaults.push(['status:429']);
    const err = await client().send(new InvokeModelCommand({ modelId: MODEL, body: enc(BODY) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThrottlingException);
    const e = err as ThrottlingException;
    expect(e.$metadata.httpStatusCode).toBe(429);
    expect(e.message).toBe('Too many requests, please wait before trying again.');
    expect(e.name).toBe('ThrottlingException');
    expect(e.$fault).toBe('client');
    // The fault can also ride on the model id in the path, for clients that cannot queue.
    const viaModel = await client().send(new InvokeModelCommand({ modelId: `${MODEL}?fault=status:503`, body: enc(BODY) })).catch((x: Error) => x);
    expect((viaModel as Error).name).toBe('ServiceUnavailableException');
  });

  it('a mid-stream fault arrives as ModelStreamErrorException inside the event stream', async () => {
    sim.bedrockFaults.push(['error-after:3']);
    const out = await client().send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, body: enc(BODY) }));
    const seen: string[] = [];
    const err = await (async () => {
      for await (const ev of out.body ?? []) if (ev.chunk?.bytes) seen.push((dec(ev.chunk.bytes) as { type: string }).type);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['message_start', 'content_block_start', 'ping']);
    expect(err).toBeInstanceOf(ModelStreamErrorException);
    expect((err as ModelStreamErrorException).originalStatusCode).toBe(529);
  });

  it('body rules: model/stream keys, anthropic_version and unknown betas are ValidationExceptions', async () => {
    const send = (b: unknown) => client().send(new InvokeModelCommand({ modelId: MODEL, body: enc(b) })).catch((e: unknown) => e);
    const withModel = await send({ ...BODY, model: 'claude-sonnet-4-5' });
    expect(withModel).toBeInstanceOf(ValidationException);
    expect((withModel as Error).message).toMatch(/extraneous key \[model\]/);
    const { anthropic_version: _v, ...noVersion } = BODY;
    expect(((await send(noVersion)) as Error).message).toMatch(/required key \[anthropic_version\]/);
    expect(((await send({ ...BODY, anthropic_version: 'vertex-2023-10-16' })) as Error).message).toMatch(/anthropic_version/);
    const beta = await send({ ...BODY, anthropic_beta: ['claude-code-20250219'] });
    expect(beta).toBeInstanceOf(ValidationException);
    expect((beta as Error).message).toBe('invalid beta flag');
    expect(((await send({ ...BODY, stream: true })) as Error).message).toMatch(/extraneous key \[stream\]/);
  });
});

describe('Bedrock simulator with @anthropic-ai/bedrock-sdk (Anthropic\'s own Bedrock client)', () => {
  const bedrock = () => new AnthropicBedrock({ awsRegion: 'us-west-2', awsAccessKey: AKID, awsSecretKey: SECRET, baseURL: sim.url, maxRetries: 0 });

  it('messages.create: model moved to the path, anthropic-beta header moved into the body, SigV4 verified', async () => {
    const msg = await bedrock().beta.messages.create({ model: MODEL, max_tokens: 64, betas: ['context-1m-2025-08-07'], messages: [{ role: 'user', content: 'hello' }] });
    expect(msg.content[0]).toEqual({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    const rec = sim.requests.at(-1);
    // Unlike the AWS SDK this client leaves `:` unescaped; the signature still verifies (canonical URI = escaped raw path).
    expect(rec?.path).toBe('/model/us.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke');
    expect(rec?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    const sent = JSON.parse(rec?.body.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(sent.model).toBeUndefined();
    expect(sent.anthropic_beta).toEqual(['context-1m-2025-08-07']);
    expect(typeof sent.anthropic_version).toBe('string');
  });

  it('streaming: the SDK turns the event stream back into Anthropic events (thinking signature intact)', async () => {
    const stream = bedrock().messages.stream({ model: MODEL, max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, messages: [{ role: 'user', content: 'hello' }] });
    const msg = await stream.finalMessage();
    expect(sim.requests.at(-1)?.path).toMatch(/\/invoke-with-response-stream$/);
    expect(JSON.parse(sim.requests.at(-1)?.body.toString('utf8') ?? '{}')).not.toHaveProperty('stream');
    const thinking = msg.content[0];
    expect(thinking?.type === 'thinking' && thinking.signature).toBe(Buffer.from(`switchyard-sim-signature:${msg.id}`).toString('base64'));
    expect(msg.content[1]).toEqual({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
  });

  it('a beta Bedrock does not take fails as a 400 ValidationException ("invalid beta flag")', async () => {
    const err = await bedrock().beta.messages.create({ model: MODEL, max_tokens: 8, betas: ['claude-code-20250219'], messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, error: { message: 'invalid beta flag' } });
    expect((err as { headers: Headers }).headers.get('x-amzn-errortype')).toMatch(/^ValidationException:/);
  });
});
