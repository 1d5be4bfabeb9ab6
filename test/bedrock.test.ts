/**
 * Issue 12: the `bedrock` provider type (Claude on Amazon Bedrock through
 * InvokeModel) end to end — official SDKs as callers, the built-in
 * simulator's Bedrock runtime (runtime/simulator/clouds/bedrock.ts: SigV4
 * verified for real, AWS event-stream framing, Bedrock's errors and beta
 * rules) as the upstream:
 * - Anthropic SDK (passthrough: body envelope, event-stream → SSE) and OpenAI
 *   SDK (translated), JSON and streaming, tools, thinking signatures byte for byte;
 * - count_tokens through Bedrock CountTokens;
 * - per-upstream betas: accepted ones travel in the body, renamed ones under
 *   Bedrock's name, advisory ones dropped and named, semantic ones a 400 —
 *   a beta Bedrock rejects never reaches it;
 * - errors: a wrong secret (403) counts against the upstream (failover), a
 *   throttle (429) is retried, a ValidationException is the caller's, an
 *   in-stream exception becomes an error event;
 * - no credential or signature in responses, errors, usage records or /health.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { SIMULATOR_AWS_CREDENTIAL } from '../runtime/simulator/clouds/bedrock.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize } from '../runtime/config/index.ts';
import { scrubberFor } from '../runtime/security/scrub.ts';
import type { GatewayConfig } from '../generated/types/config.ts';
import { CALLER_KEY, testConfig } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';
import { createLogger } from '../runtime/observability/log.ts';

const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const AKID = SIMULATOR_AWS_CREDENTIAL.accessKeyId;
const SECRET = SIMULATOR_AWS_CREDENTIAL.secretAccessKey;
const WRONG_SECRET = 'definitely-not-the-secret-0000000000000';
const API_KEY = 'ABSKbedrock-api-key-for-tests';

let sim: Simulator;
let sy: Switchyard;
let url: string;
const ops = new LineCapture();
const usage = new LineCapture();

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  const cfg: GatewayConfig = testConfig(sim.url, (c) => {
    c.providers.bedrock = { type: 'bedrock', base_url: sim.url, region: 'us-east-1', aws_access_key_id: AKID, aws_secret_access_key: SECRET, simulated: true };
    c.providers['bedrock-wrong'] = { type: 'bedrock', base_url: sim.url, region: 'us-east-1', aws_access_key_id: AKID, aws_secret_access_key: WRONG_SECRET, simulated: true };
    c.providers['bedrock-key'] = { type: 'bedrock', base_url: sim.url, region: 'us-east-1', api_key: API_KEY, simulated: true };
    c.providers.anthropic!.simulated = true;
    c.models!['claude-bedrock'] = { targets: [{ provider: 'bedrock', model: MODEL }] };
    c.models!['claude-bedrock-key'] = { targets: [{ provider: 'bedrock-key', model: MODEL }] };
    c.models!['claude-bedrock-strict'] = { targets: [{ provider: 'bedrock', model: MODEL }], unsupported_params: 'strict' };
    c.models!['claude-bedrock-drop'] = { targets: [{ provider: 'bedrock', model: MODEL }], unsupported_params: 'drop' };
    c.models!['claude-wrong-then-anthropic'] = { targets: [{ provider: 'bedrock-wrong', model: MODEL }, { provider: 'anthropic', model: 'claude-haiku-4-5' }], strategy: 'failover' };
    c.models!['claude-wrong'] = { targets: [{ provider: 'bedrock-wrong', model: MODEL }] };
  });
  sy = await startSwitchyard(normalize(cfg), { logger: createLogger('trace', ops), usageDestination: usage });
  url = sy.gateway.url;
}, 60_000);
afterAll(async () => {
  await sy?.close(1000);
  await sim?.close();
});
beforeEach(() => sim.reset());

const anthropic = () => new Anthropic({ baseURL: url, apiKey: CALLER_KEY, maxRetries: 0, timeout: 30_000 });
const openai = () => new OpenAI({ baseURL: `${url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, timeout: 30_000 });
const bedrockCalls = () => sim.requests.filter((r) => r.path.startsWith('/model/'));
const lastBedrock = () => bedrockCalls().at(-1)!;
const upstreamBody = () => JSON.parse(lastBedrock().body.toString('utf8')) as Record<string, unknown>;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...headers },
    body: JSON.stringify(body),
  });
}

describe('Anthropic SDK → Claude on Bedrock (passthrough)', () => {
  it('JSON: InvokeModel with the Bedrock body envelope, SigV4 verified, request id relayed', async () => {
    const res = await anthropic().messages.create({ model: 'claude-bedrock', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(res.data).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'end_turn' });
    expect(res.data.content[0]).toMatchObject({ type: 'text' });
    const up = lastBedrock();
    expect(up.path).toBe(`/model/${encodeURIComponent(MODEL)}/invoke`);
    expect(up.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIASWITCHYARDSIM001\/\d{8}\/us-east-1\/bedrock\/aws4_request/);
    const body = upstreamBody();
    expect(body.model).toBeUndefined();
    expect(body.stream).toBeUndefined();
    expect(body.anthropic_version).toBe('bedrock-2023-05-31');
    // Bedrock's x-amzn-RequestId is the caller's request-id.
    expect(res.response.headers.get('request-id')).toMatch(/-5151-/);
    expect(res.request_id).toMatch(/-5151-/);
  });

  it('streaming: the event-stream is decoded into ordinary Anthropic SSE', async () => {
    const stream = anthropic().messages.stream({ model: 'claude-bedrock', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    const types: string[] = [];
    stream.on('streamEvent', (e) => types.push(e.type));
    const final = await stream.finalMessage();
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('content_block_delta');
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    expect(lastBedrock().path).toBe(`/model/${encodeURIComponent(MODEL)}/invoke-with-response-stream`);
    // Raw SSE: no Bedrock metrics member leaks into message_stop.
    const raw = await (await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, stream: true, messages: [{ role: 'user', content: 'x' }] })).text();
    expect(raw).toContain('event: message_stop\ndata: {"type":"message_stop"}\n\n');
    expect(raw).not.toContain('amazon-bedrock');
  });

  it('thinking with signature and tool use round-trip byte for byte', async () => {
    const tools = [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] } }];
    const first = await anthropic().messages.create({
      model: 'claude-bedrock', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, tools,
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
    }, { headers: { 'x-sim-tool': 'get_weather' } });
    const thinking = first.content.find((b) => b.type === 'thinking');
    const toolUse = first.content.find((b) => b.type === 'tool_use');
    expect(thinking && 'signature' in thinking ? thinking.signature : '').not.toBe('');
    expect(toolUse).toBeDefined();
    // Second turn: the assistant content (thinking + signature) goes back; the upstream body carries its exact bytes.
    await anthropic().messages.create({
      model: 'claude-bedrock', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, tools,
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: (toolUse as { id: string }).id, content: 'sunny' }] },
      ],
    });
    const sentRaw = lastBedrock().body.toString('utf8');
    expect(sentRaw).toContain(JSON.stringify((thinking as { signature: string }).signature));
    const sent = upstreamBody() as { messages: Array<{ content: unknown }> };
    expect(sent.messages[1]!.content).toEqual(JSON.parse(JSON.stringify(first.content)));
  });

  it('a Bedrock API key goes as Authorization: Bearer', async () => {
    await anthropic().messages.create({ model: 'claude-bedrock-key', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] });
    expect(lastBedrock().headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('count_tokens through Bedrock CountTokens', async () => {
    const out = await anthropic().messages.countTokens({ model: 'claude-bedrock', messages: [{ role: 'user', content: 'How many tokens is this?' }] });
    expect(out.input_tokens).toBeGreaterThan(0);
    const up = lastBedrock();
    expect(up.path).toBe(`/model/${encodeURIComponent(MODEL)}/count-tokens`);
    const inner = JSON.parse(Buffer.from((upstreamBody() as { input: { invokeModel: { body: string } } }).input.invokeModel.body, 'base64').toString('utf8'));
    expect(inner).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', messages: [{ role: 'user', content: 'How many tokens is this?' }] });
    expect(inner.model).toBeUndefined();
  });
});

describe('OpenAI SDK → Claude on Bedrock (translated)', () => {
  it('JSON', async () => {
    const out = await openai().chat.completions.create({ model: 'claude-bedrock', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(out.choices[0]!.message.content).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(out.usage!.prompt_tokens).toBeGreaterThan(0);
    const body = upstreamBody();
    expect(body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 64 });
    expect(body.model).toBeUndefined();
    expect(body.stream).toBeUndefined();
  });

  it('streaming with a tool call', async () => {
    const stream = await openai().chat.completions.create({
      model: 'claude-bedrock', stream: true, stream_options: { include_usage: true },
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
      messages: [{ role: 'user', content: 'Weather?' }],
    }, { headers: { 'x-sim-tool': 'get_weather' } });
    let args = '';
    let name = '';
    let finish = '';
    let usage = 0;
    for await (const chunk of stream) {
      const d = chunk.choices[0]?.delta;
      if (d?.tool_calls?.[0]?.function?.name) name = d.tool_calls[0].function.name;
      args += d?.tool_calls?.[0]?.function?.arguments ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage.completion_tokens;
    }
    expect(name).toBe('get_weather');
    expect(() => JSON.parse(args)).not.toThrow();
    expect(finish).toBe('tool_calls');
    expect(usage).toBeGreaterThan(0);
    expect(lastBedrock().path).toMatch(/invoke-with-response-stream$/);
  });
});

describe('anthropic-beta per upstream', () => {
  const CLAUDE_CODE_BETAS = 'claude-code-20250219,interleaved-thinking-2025-05-14,context-management-2025-06-27,advanced-tool-use-2025-11-20,effort-2025-11-24';

  it('accepted betas travel in the body, renamed ones under Bedrock\'s name, advisory ones are dropped and named', async () => {
    const res = await post('/v1/messages?beta=true', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': CLAUDE_CODE_BETAS });
    expect(res.status).toBe(200);
    expect(upstreamBody().anthropic_beta).toEqual(['interleaved-thinking-2025-05-14', 'context-management-2025-06-27', 'tool-search-tool-2025-10-19', 'effort-2025-11-24']);
    expect(lastBedrock().headers['anthropic-beta']).toBeUndefined();
    expect(res.headers.get('x-switchyard-degraded')).toBe('anthropic-beta:claude-code-20250219');
  });

  it('a beta Bedrock rejects never reaches it; the simulator itself rejects it like Bedrock', async () => {
    // Directly, the simulated Bedrock answers "invalid beta flag" (what the gateway protects callers from).
    sim.reset();
    const direct = await fetch(`${sim.url}/model/${encodeURIComponent(MODEL)}/invoke`, {
      method: 'POST', headers: { authorization: 'Bearer sim-key', 'content-type': 'application/json' },
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', anthropic_beta: ['claude-code-20250219'], max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(direct.status).toBe(400);
    expect(await direct.text()).toContain('invalid beta flag');
    const res = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': 'claude-code-20250219,mid-conversation-tool-changes-2026-07-01' });
    expect(res.status).toBe(200);
    expect(upstreamBody().anthropic_beta).toBeUndefined();
    expect(res.headers.get('x-switchyard-degraded')).toBe('anthropic-beta:claude-code-20250219,anthropic-beta:mid-conversation-tool-changes-2026-07-01');
  });

  it('a semantic beta is a 400 naming it, nothing sent; strict rejects advisory ones too; drop drops both', async () => {
    const semantic = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': 'files-api-2025-04-14' });
    expect(semantic.status).toBe(400);
    const err = await semantic.json() as { type: string; error: { type: string; message: string } };
    expect(err).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(err.error.message).toContain('files-api-2025-04-14');
    expect(bedrockCalls()).toHaveLength(0);
    const strict = await post('/v1/messages', { model: 'claude-bedrock-strict', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': 'claude-code-20250219' });
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { error: { message: string } }).error.message).toContain('claude-code-20250219');
    expect(bedrockCalls()).toHaveLength(0);
    const drop = await post('/v1/messages', { model: 'claude-bedrock-drop', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': 'files-api-2025-04-14,effort-2025-11-24' });
    expect(drop.status).toBe(200);
    expect(upstreamBody().anthropic_beta).toEqual(['effort-2025-11-24']);
    expect(drop.headers.get('x-switchyard-dropped-params')).toBe('anthropic-beta:files-api-2025-04-14');
  });

  it('the anthropic provider forwards the header byte for byte', async () => {
    const raw = ' claude-code-20250219,  files-api-2025-04-14,whatever-2099-01-01';
    const res = await post('/v1/messages', { model: 'claude-prod', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': raw });
    expect(res.status).toBe(200);
    expect(sim.requests.at(-1)!.headers['anthropic-beta']).toBe(raw.trim());
    expect(res.headers.get('x-switchyard-degraded')).toBeNull();
  });
});

describe('Bedrock errors', () => {
  it('ValidationException is the caller\'s 400 in the Anthropic envelope, not retried', async () => {
    const res = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'status:400' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringContaining('Malformed input request') } });
    expect(bedrockCalls()).toHaveLength(1);
  });

  it('ThrottlingException (429) and ServiceUnavailableException (503) are retried', async () => {
    sim.bedrockFaults.push(['status:429:0', 'status:503:0']);
    const res = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    expect(res.status).toBe(200);
    expect(bedrockCalls()).toHaveLength(3);
    // Every attempt throttled: Bedrock's throttle reaches the caller in the Anthropic envelope.
    const throttled = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'status:429:0' });
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: 'Too many requests, please wait before trying again.' } });
  });

  it('a wrong secret: Bedrock\'s 403 counts against the upstream (failover to the next target), never leaks the credential', async () => {
    const res = await post('/v1/messages', { model: 'claude-wrong-then-anthropic', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    expect(res.status).toBe(200);
    const sigCall = bedrockCalls()[0]!;
    expect(sigCall.headers.authorization).toMatch(/^AWS4-HMAC-SHA256/);
    const alone = await post('/v1/messages', { model: 'claude-wrong', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    expect(alone.status).toBe(403);
    const text = await alone.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    for (const s of [text, usage.text, ops.text]) {
      expect(s).not.toContain(WRONG_SECRET);
      expect(s).not.toContain(SECRET);
      expect(s).not.toMatch(/Signature=[0-9a-f]{64}/);
    }
    const health = await (await fetch(`${url}/health`)).text();
    expect(health).not.toContain(SECRET);
    expect(health).not.toContain(WRONG_SECRET);
  });

  it('an in-stream modelStreamErrorException becomes an Anthropic error event', async () => {
    const res = await post('/v1/messages', { model: 'claude-bedrock', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'error-after:3' });
    const text = await res.text();
    expect(text).toContain('event: error\ndata: {"type":"error","error":{"type":"overloaded_error"');
  });
});

describe('secret provider options', () => {
  it('an AWS secret or session token an upstream echoes is scrubbed like a provider key', () => {
    const cfg = normalize(testConfig('http://127.0.0.1:9', (c) => {
      c.providers.b = { type: 'bedrock', region: 'eu-west-1', aws_access_key_id: AKID, aws_secret_access_key: SECRET, aws_session_token: 'session-token-value-123456' };
    }));
    expect(cfg.providers.get('b')!.baseUrl).toBe('https://bedrock-runtime.eu-west-1.amazonaws.com');
    const out = scrubberFor(cfg).scrubBuffer(Buffer.from(`{"message":"bad ${SECRET} / session-token-value-123456"}`), null).toString();
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('session-token-value-123456');
  });

  it('region is required (named in the config error)', () => {
    expect(() => normalize(testConfig('http://127.0.0.1:9', (c) => {
      c.providers.b = { type: 'bedrock', aws_access_key_id: AKID, aws_secret_access_key: SECRET };
    }))).toThrow(/providers\.b\.region: required for provider type 'bedrock'/);
  });
});
