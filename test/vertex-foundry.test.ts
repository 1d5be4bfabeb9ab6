/**
 * Issue 12: the `vertex` (Claude on Google Vertex AI) and `foundry` (Claude in
 * Microsoft Foundry) provider types end to end — official SDKs as callers, the
 * built-in simulator's Vertex AI (OAuth token endpoint verifying the
 * service-account JWT assertion, rawPredict / streamRawPredict, Google's and
 * Anthropic's error shapes) and Foundry (resource key or Entra token, Azure
 * 401s) as upstreams:
 * - Anthropic SDK (passthrough: Vertex body envelope, `@` model in the path)
 *   and OpenAI SDK (translated), JSON and streaming, tools, thinking
 *   signatures byte for byte, on both clouds;
 * - count_tokens on both (Vertex's count-tokens:rawPredict without betas);
 * - Vertex credentials: a service-account `credentials_file` with `token_url`
 *   at the local token endpoint (assertion verified for real), one token
 *   request for many calls; `access_token` mode; a key the token endpoint
 *   refuses counts against the upstream (failover), never the caller;
 * - betas per upstream; Google's and Azure's error envelopes normalised;
 * - no credential, token or assertion in responses, errors, logs, usage
 *   records or /health.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize, ConfigError } from '../runtime/config/index.ts';
import type { GatewayConfig } from '../generated/types/config.ts';
import { CALLER_KEY, testConfig } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';
import { createLogger } from '../runtime/observability/log.ts';

const PROJECT = 'sy-test-project';
const REGION = 'us-east5';
const EMAIL = `gateway@${PROJECT}.iam.gserviceaccount.com`;
const MODEL = 'claude-haiku-4-5@20251001';
const STATIC_TOKEN = 'ya29.static-vertex-access-token-0123456789';
const FOUNDRY_KEY = 'foundry-resource-key-0123456789abcdef';
const ENTRA = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-token-for-tests.sig';
const DEPLOYMENT = 'claude-sonnet-5-5';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey };
}
const account = keyPair();
const impostor = keyPair();
const dir = mkdtempSync(join(tmpdir(), 'sy-vertex-'));
/** A service-account key file as Google issues it; `token_uri` is Google's (the library ignores it: token_url redirects). */
function keyFile(name: string, privatePem: string): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({
    type: 'service_account', project_id: PROJECT, private_key_id: 'gw-key-1', private_key: privatePem, client_email: EMAIL,
    client_id: '100000000000000000002', auth_uri: 'https://accounts.google.com/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.com/token', universe_domain: 'googleapis.com',
  }));
  return file;
}
const GOOD_FILE = keyFile('good.json', account.privatePem);
const BAD_FILE = keyFile('impostor.json', impostor.privatePem);
/** The private key's base64 body (any run of it in an output would be a leak). */
const KEY_MATERIAL = account.privatePem.split('\n')[5]!;

let sim: Simulator;
let sy: Switchyard;
let url: string;
const ops = new LineCapture();
const usage = new LineCapture();

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    vertex: { project: PROJECT, serviceAccounts: [{ clientEmail: EMAIL, publicKey: account.publicKey, keyId: 'gw-key-1' }], accessTokens: [STATIC_TOKEN] },
    foundry: { apiKeys: [FOUNDRY_KEY], entraTokens: [ENTRA] },
  });
  const vertex = { type: 'vertex' as const, base_url: sim.url, project: PROJECT, region: REGION, simulated: true };
  const cfg: GatewayConfig = testConfig(sim.url, (c) => {
    c.providers.vertex = { ...vertex, credentials_file: GOOD_FILE, token_url: `${sim.url}/token` };
    c.providers['vertex-cache'] = { ...vertex, credentials_file: GOOD_FILE, token_url: `${sim.url}/token` };
    c.providers['vertex-static'] = { ...vertex, access_token: STATIC_TOKEN };
    c.providers['vertex-impostor'] = { ...vertex, credentials_file: BAD_FILE, token_url: `${sim.url}/token` };
    c.providers.foundry = { type: 'foundry', base_url: `${sim.url}/anthropic`, api_key: FOUNDRY_KEY, simulated: true };
    c.providers['foundry-entra'] = { type: 'foundry', base_url: `${sim.url}/anthropic`, entra_token: ENTRA, simulated: true };
    c.providers['foundry-azure-header'] = { type: 'foundry', base_url: `${sim.url}/anthropic`, api_key: FOUNDRY_KEY, key_header: 'api-key', simulated: true };
    c.providers['foundry-wrong'] = { type: 'foundry', base_url: `${sim.url}/anthropic`, api_key: 'wrong-foundry-key-000000', simulated: true };
    c.providers.anthropic!.simulated = true;
    c.models!['claude-vertex'] = { targets: [{ provider: 'vertex', model: MODEL }] };
    c.models!['claude-vertex-cache'] = { targets: [{ provider: 'vertex-cache', model: MODEL }] };
    c.models!['claude-vertex-static'] = { targets: [{ provider: 'vertex-static', model: MODEL }] };
    c.models!['claude-vertex-impostor'] = { targets: [{ provider: 'vertex-impostor', model: MODEL }] };
    c.models!['claude-impostor-then-anthropic'] = { targets: [{ provider: 'vertex-impostor', model: MODEL }, { provider: 'anthropic', model: 'claude-haiku-4-5' }], strategy: 'failover' };
    c.models!['claude-foundry'] = { targets: [{ provider: 'foundry', model: DEPLOYMENT }] };
    c.models!['claude-foundry-entra'] = { targets: [{ provider: 'foundry-entra', model: DEPLOYMENT }] };
    c.models!['claude-foundry-azure-header'] = { targets: [{ provider: 'foundry-azure-header', model: DEPLOYMENT }] };
    c.models!['claude-foundry-wrong'] = { targets: [{ provider: 'foundry-wrong', model: DEPLOYMENT }] };
  });
  sy = await startSwitchyard(normalize(cfg), { logger: createLogger('trace', ops), usageDestination: usage });
  url = sy.gateway.url;
}, 60_000);
afterAll(async () => {
  await sy?.close(1000);
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => sim.reset());

const anthropic = () => new Anthropic({ baseURL: url, apiKey: CALLER_KEY, maxRetries: 0, timeout: 30_000 });
const openai = () => new OpenAI({ baseURL: `${url}/v1`, apiKey: CALLER_KEY, maxRetries: 0, timeout: 30_000 });
const predict = (verb: string, model = MODEL) => `/v1/projects/${PROJECT}/locations/${REGION}/publishers/anthropic/models/${model}:${verb}`;
const upstream = (prefix: string) => sim.requests.filter((r) => r.path.startsWith(prefix)).at(-1)!;
const lastVertex = () => upstream('/v1/projects/');
const lastFoundry = () => upstream('/anthropic/');
const bodyOf = (r: { body: Buffer }) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
const TOOLS = [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] } }];

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...headers },
    body: JSON.stringify(body),
  });
}

/** Thinking + tool call, then the assistant turn sent back: the signature reaches the upstream byte for byte. */
async function signatureRoundTrip(alias: string, last: () => { body: Buffer }) {
  const first = await anthropic().messages.create({
    model: alias, max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, tools: TOOLS,
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
  }, { headers: { 'x-sim-tool': 'get_weather' } });
  const thinking = first.content.find((b) => b.type === 'thinking');
  const toolUse = first.content.find((b) => b.type === 'tool_use');
  expect(thinking && 'signature' in thinking ? thinking.signature : '').toBe(Buffer.from(`switchyard-sim-signature:${first.id}`).toString('base64'));
  expect(toolUse).toMatchObject({ type: 'tool_use', name: 'get_weather' });
  const second = await anthropic().messages.create({
    model: alias, max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, tools: TOOLS,
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: first.content },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: (toolUse as { id: string }).id, content: 'sunny' }] },
    ],
  });
  expect(second.stop_reason).toBe('end_turn');
  expect(last().body.toString('utf8')).toContain(JSON.stringify((thinking as { signature: string }).signature));
  expect((bodyOf(last()) as { messages: Array<{ content: unknown }> }).messages[1]!.content).toEqual(JSON.parse(JSON.stringify(first.content)));
}

describe('Anthropic SDK → Claude on Vertex AI (passthrough)', () => {
  it('JSON: rawPredict with the model in the path, the Vertex body envelope and a minted OAuth token', async () => {
    const res = await anthropic().messages.create({ model: 'claude-vertex', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(res).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'end_turn', model: 'claude-haiku-4-5-20251001' });
    expect(res.content[0]).toEqual({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    const up = lastVertex();
    expect(up.path).toBe(predict('rawPredict'));
    expect(up.headers.authorization).toMatch(/^Bearer ya29\.sim\./);
    expect(up.headers['anthropic-version']).toBeUndefined();
    const raw = up.body.toString('utf8');
    expect(raw.startsWith('{"anthropic_version":"vertex-2023-10-16",')).toBe(true); // the `model` member replaced in place
    expect(bodyOf(up).model).toBeUndefined();
  });

  it('streaming: streamRawPredict, Anthropic SSE relayed', async () => {
    const stream = anthropic().messages.stream({ model: 'claude-vertex', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    const msg = await stream.finalMessage();
    expect(msg.content[0]).toMatchObject({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    expect(msg.usage.output_tokens).toBeGreaterThan(0);
    expect(lastVertex().path).toBe(predict('streamRawPredict'));
    expect(bodyOf(lastVertex())).toMatchObject({ anthropic_version: 'vertex-2023-10-16', stream: true });
  });

  it('thinking with signature and tool use round-trip byte for byte', async () => {
    await signatureRoundTrip('claude-vertex', lastVertex);
  });

  it('count_tokens → count-tokens:rawPredict with the model in the body and no anthropic-beta (Vertex rejects any)', async () => {
    const res = await post('/v1/messages/count_tokens', { model: 'claude-vertex', messages: [{ role: 'user', content: 'How many tokens is this?' }] }, { 'anthropic-beta': 'context-1m-2025-08-07' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { input_tokens: number }).input_tokens).toBeGreaterThan(0);
    const up = lastVertex();
    expect(up.path).toBe(`/v1/projects/${PROJECT}/locations/${REGION}/publishers/anthropic/models/count-tokens:rawPredict`);
    expect(bodyOf(up)).toMatchObject({ model: MODEL, messages: [{ role: 'user', content: 'How many tokens is this?' }] });
    expect(up.headers['anthropic-beta']).toBeUndefined();
  });
});

describe('OpenAI SDK → Claude on Vertex AI (translated)', () => {
  it('JSON', async () => {
    const out = await openai().chat.completions.create({ model: 'claude-vertex', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(out.choices[0]!.message.content).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(out.usage!.prompt_tokens).toBeGreaterThan(0);
    expect(lastVertex().path).toBe(predict('rawPredict'));
    const body = bodyOf(lastVertex());
    expect(body).toMatchObject({ anthropic_version: 'vertex-2023-10-16', max_tokens: 64 });
    expect(body.model).toBeUndefined();
  });

  it('streaming with a tool call', async () => {
    const stream = await openai().chat.completions.create({
      model: 'claude-vertex', stream: true, stream_options: { include_usage: true },
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
      messages: [{ role: 'user', content: 'Weather?' }],
    }, { headers: { 'x-sim-tool': 'get_weather' } });
    let name = '';
    let args = '';
    let finish = '';
    let usageOut = 0;
    for await (const chunk of stream) {
      const d = chunk.choices[0]?.delta;
      if (d?.tool_calls?.[0]?.function?.name) name = d.tool_calls[0].function.name;
      args += d?.tool_calls?.[0]?.function?.arguments ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usageOut = chunk.usage.completion_tokens;
    }
    expect(name).toBe('get_weather');
    expect(() => JSON.parse(args)).not.toThrow();
    expect(finish).toBe('tool_calls');
    expect(usageOut).toBeGreaterThan(0);
    expect(lastVertex().path).toBe(predict('streamRawPredict'));
  });
});

describe('Vertex credentials', () => {
  it('a service-account key file: the token endpoint verifies the JWT assertion; many calls, one token request', async () => {
    const before = sim.clouds.vertex.tokenRequests;
    const calls = Array.from({ length: 8 }, () => anthropic().messages.create({ model: 'claude-vertex-cache', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }));
    for (const r of await Promise.all(calls)) expect(r.type).toBe('message');
    for (let i = 0; i < 4; i++) await anthropic().messages.create({ model: 'claude-vertex-cache', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(sim.clouds.vertex.tokenRequests - before).toBe(1);
    const tokenReq = sim.requests.find((r) => r.path === '/token')!;
    const form = new URLSearchParams(tokenReq.body.toString('utf8'));
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const tokens = new Set(sim.requests.filter((r) => r.path.startsWith('/v1/projects/')).map((r) => r.headers.authorization));
    expect(tokens.size).toBe(1);
  });

  it('access_token: sent as is, no token request', async () => {
    const before = sim.clouds.vertex.tokenRequests;
    await anthropic().messages.create({ model: 'claude-vertex-static', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(lastVertex().headers.authorization).toBe(`Bearer ${STATIC_TOKEN}`);
    expect(sim.clouds.vertex.tokenRequests).toBe(before);
  });

  it('a key the token endpoint refuses counts against the upstream: failover to the next target; alone a 502 naming the token failure, no secret anywhere', async () => {
    const ok = await post('/v1/messages', { model: 'claude-impostor-then-anthropic', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    expect(ok.status).toBe(200);
    expect(sim.requests.some((r) => r.path === '/token')).toBe(true);
    expect(sim.requests.some((r) => r.path.startsWith('/v1/projects/'))).toBe(false); // nothing sent to Vertex without a token
    const alone = await post('/v1/messages', { model: 'claude-vertex-impostor', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    expect(alone.status).toBe(502);
    const text = await alone.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'error', error: { message: expect.stringMatching(/token endpoint answered 400, invalid_grant/) } });
    const assertion = new URLSearchParams(sim.requests.find((r) => r.path === '/token')!.body.toString('utf8')).get('assertion')!;
    await anthropic().messages.create({ model: 'claude-vertex', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    const minted = lastVertex().headers.authorization!.slice('Bearer '.length);
    expect(minted).toMatch(/^ya29\.sim\./);
    const health = await (await fetch(`${url}/health`)).text();
    for (const s of [text, usage.text, ops.text, health]) {
      expect(s).not.toContain(KEY_MATERIAL);
      expect(s).not.toContain(assertion.split('.')[2]!);
      expect(s).not.toContain(minted);
      expect(s).not.toContain(STATIC_TOKEN);
      expect(s).not.toContain(ENTRA);
      expect(s).not.toContain(FOUNDRY_KEY);
    }
  });

  it('config: project is required, token_url must be a URL, credentials_file must exist', () => {
    const bad = () => normalize(testConfig('http://127.0.0.1:1', (c) => {
      c.providers.v = { type: 'vertex', region: 'europe-west1', credentials_file: join(dir, 'missing.json'), token_url: 'not a url' };
    }));
    expect(bad).toThrow(ConfigError);
    const msg = (() => { try { bad(); return ''; } catch (e) { return (e as Error).message; } })();
    expect(msg).toContain('providers.v.project');
    expect(msg).toContain('providers.v.credentials_file: no such file');
    expect(msg).toContain('providers.v.token_url: not a URL');
    const ok = normalize(testConfig('http://127.0.0.1:1', (c) => {
      c.providers.g = { type: 'vertex', project: 'p-1', access_token: STATIC_TOKEN };
      c.providers.e = { type: 'vertex', project: 'p-1', region: 'europe-west1', access_token: STATIC_TOKEN };
    }));
    expect(ok.providers.get('g')!.baseUrl).toBe('https://aiplatform.googleapis.com');
    expect(ok.providers.get('e')!.baseUrl).toBe('https://europe-west1-aiplatform.googleapis.com');
  });
});

describe('Vertex errors and betas', () => {
  it('Google\'s RESOURCE_EXHAUSTED (429) reaches the caller in the Anthropic envelope; an OpenAI caller gets its own', async () => {
    const res = await post('/v1/messages', { model: 'claude-vertex', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, { 'x-sim-fault': 'status:429:0' });
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: expect.stringMatching(/^Vertex AI: Quota exceeded.*\(RESOURCE_EXHAUSTED\)$/) } });
    const err = await openai().chat.completions.create({ model: 'claude-vertex', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-sim-fault': 'status:429:0' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 429 });
    expect((err as { error?: { message?: string } }).error?.message).toMatch(/Quota exceeded/);
  });

  it('Claude Code\'s betas: accepted ones travel in the header, tool search renamed, the rest dropped and named — never rejected by Vertex', async () => {
    const res = await post('/v1/messages?beta=true', { model: 'claude-vertex', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }, {
      'anthropic-beta': 'claude-code-20250219,interleaved-thinking-2025-05-14,context-management-2025-06-27,advanced-tool-use-2025-11-20,effort-2025-11-24',
    });
    expect(res.status).toBe(200);
    expect(lastVertex().headers['anthropic-beta']).toBe('interleaved-thinking-2025-05-14,context-management-2025-06-27,tool-search-tool-2025-10-19');
    expect(res.headers.get('x-switchyard-degraded')).toBe('anthropic-beta:claude-code-20250219,anthropic-beta:effort-2025-11-24');
  });
});

describe('Claude in Microsoft Foundry', () => {
  it('Anthropic SDK JSON and stream: /anthropic/v1/messages with the resource key in x-api-key', async () => {
    const msg = await anthropic().messages.create({ model: 'claude-foundry', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(msg).toMatchObject({ type: 'message', model: DEPLOYMENT, content: [{ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' }] });
    const up = lastFoundry();
    expect(up.path).toBe('/anthropic/v1/messages');
    expect(up.headers['x-api-key']).toBe(FOUNDRY_KEY);
    expect(up.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/); // the caller's (SDK) version, forwarded
    expect(bodyOf(up).model).toBe(DEPLOYMENT);
    const streamed = await anthropic().messages.stream({ model: 'claude-foundry', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(streamed.content[0]).toMatchObject({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    expect(bodyOf(lastFoundry()).stream).toBe(true);
  });

  it('thinking with signature and tool use round-trip byte for byte', async () => {
    await signatureRoundTrip('claude-foundry', lastFoundry);
  });

  it('OpenAI SDK JSON and streaming tool call (translated)', async () => {
    const out = await openai().chat.completions.create({ model: 'claude-foundry', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(out.choices[0]!.message.content).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const stream = await openai().chat.completions.create({
      model: 'claude-foundry', stream: true,
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
      messages: [{ role: 'user', content: 'Weather?' }],
    }, { headers: { 'x-sim-tool': 'get_weather' } });
    let name = '';
    let finish = '';
    for await (const chunk of stream) {
      name ||= chunk.choices[0]?.delta.tool_calls?.[0]?.function?.name ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(name).toBe('get_weather');
    expect(finish).toBe('tool_calls');
    expect(lastFoundry().path).toBe('/anthropic/v1/messages');
  });

  it('count_tokens on /anthropic/v1/messages/count_tokens', async () => {
    const out = await anthropic().messages.countTokens({ model: 'claude-foundry', messages: [{ role: 'user', content: 'How many?' }] });
    expect(out.input_tokens).toBeGreaterThan(0);
    expect(lastFoundry().path).toBe('/anthropic/v1/messages/count_tokens');
  });

  it('entra_token goes as Authorization: Bearer; key_header: api-key sends Azure\'s header', async () => {
    await anthropic().messages.create({ model: 'claude-foundry-entra', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(lastFoundry().headers.authorization).toBe(`Bearer ${ENTRA}`);
    expect(lastFoundry().headers['x-api-key']).toBeUndefined();
    await anthropic().messages.create({ model: 'claude-foundry-azure-header', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(lastFoundry().headers['api-key']).toBe(FOUNDRY_KEY);
    expect(lastFoundry().headers['x-api-key']).toBeUndefined();
  });

  it('betas go through byte for byte; Azure\'s 401 envelope becomes Anthropic\'s authentication_error without the key', async () => {
    const beta = 'claude-code-20250219,effort-2025-11-24';
    const res = await post('/v1/messages?beta=true', { model: 'claude-foundry', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }, { 'anthropic-beta': beta });
    expect(res.status).toBe(200);
    expect(lastFoundry().headers['anthropic-beta']).toBe(beta);
    const denied = await post('/v1/messages', { model: 'claude-foundry-wrong', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(denied.status).toBe(401);
    const text = await denied.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'error', error: { type: 'authentication_error', message: expect.stringMatching(/^Microsoft Foundry: Access denied due to invalid subscription key/) } });
    expect(text).not.toContain('wrong-foundry-key-000000');
  });
});
