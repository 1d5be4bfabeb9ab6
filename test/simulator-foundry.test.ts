/**
 * The simulated Microsoft Foundry of the built-in simulator
 * (runtime/simulator/providers/foundry.ts) proven
 * faithful with the official @anthropic-ai/foundry-sdk: JSON and SSE messages
 * (tool_use, signed thinking), count_tokens, the resource key (`x-api-key` from
 * the SDK, `api-key` from raw clients), Entra bearer tokens through
 * `azureADTokenProvider`, Azure-shaped 401s and Anthropic-shaped model faults.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';

const KEY = 'foundry-resource-key-0123456789abcdef';
const ENTRA = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.sim-entra-token.sig';
const DEPLOYMENT = 'claude-opus-4-5';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ foundry: { apiKeys: [KEY], entraTokens: [ENTRA] } });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

const foundry = (apiKey = KEY) => new AnthropicFoundry({ apiKey, baseURL: `${sim.url}/anthropic/`, maxRetries: 0 });

describe('Foundry simulator with @anthropic-ai/foundry-sdk', () => {
  it('messages.create with the resource key (sent as x-api-key)', async () => {
    const msg = await foundry().messages.create({ model: DEPLOYMENT, max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] });
    expect(msg).toMatchObject({ type: 'message', model: DEPLOYMENT, stop_reason: 'end_turn', content: [{ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' }] });
    const rec = sim.requests.at(-1);
    expect(rec?.path).toBe('/anthropic/v1/messages');
    expect(rec?.headers['x-api-key']).toBe(KEY);
    expect(rec?.headers['anthropic-version']).toBeTruthy();
  });

  it('streaming with thinking (signature byte for byte) and a tool call', async () => {
    const stream = foundry().messages.stream({
      model: DEPLOYMENT,
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
      messages: [{ role: 'user', content: 'weather? [sim-tool:get_weather:{"city":"Oslo"}]' }],
    });
    const msg = await stream.finalMessage();
    expect(msg.stop_reason).toBe('tool_use');
    const [thinking, tool] = msg.content;
    expect(thinking?.type === 'thinking' && thinking.signature).toBe(Buffer.from(`switchyard-sim-signature:${msg.id}`).toString('base64'));
    expect(tool).toMatchObject({ type: 'tool_use', name: 'get_weather', input: { city: 'Oslo' } });
    expect(JSON.parse(sim.requests.at(-1)?.body.toString('utf8') ?? '{}')).toMatchObject({ stream: true, model: DEPLOYMENT });
  });

  it('countTokens on /anthropic/v1/messages/count_tokens', async () => {
    const out = await foundry().messages.countTokens({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'hello' }] });
    expect(out.input_tokens).toBeGreaterThan(0);
    expect(sim.requests.at(-1)?.path).toBe('/anthropic/v1/messages/count_tokens');
  });

  it('an Entra token from azureADTokenProvider travels as Bearer and is accepted; an unknown one is a 401', async () => {
    const ok = new AnthropicFoundry({ azureADTokenProvider: async () => ENTRA, baseURL: `${sim.url}/anthropic/`, maxRetries: 0 });
    const msg = await ok.messages.create({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(msg.type).toBe('message');
    expect(sim.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ENTRA}`);
    const bad = new AnthropicFoundry({ azureADTokenProvider: async () => 'expired-token', baseURL: `${sim.url}/anthropic/`, maxRetries: 0 });
    const err = await bad.messages.create({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, error: { error: { code: '401', message: expect.stringMatching(/Access token is missing, invalid/) } } });
  });

  it('a wrong key is an AuthenticationError (Azure 401 envelope); api-key works for raw clients', async () => {
    const err = await foundry('wrong-key').messages.create({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect((err as Error).constructor.name).toBe('AuthenticationError');
    expect(err).toMatchObject({ status: 401, error: { error: { code: '401', message: expect.stringMatching(/invalid subscription key/) } } });
    const res = await request(`${sim.url}/anthropic/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'api-key': KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['apim-request-id']).toBeTruthy();
    expect(await res.body.json()).toMatchObject({ type: 'message' });
    const none = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', body: '{}' });
    expect(none.statusCode).toBe(401);
    expect(await none.body.json()).toMatchObject({ error: { code: '401', message: expect.stringMatching(/missing subscription key/) } });
  });

  it('faults: 429 RateLimitError with retry-after, mid-stream overloaded error event, stall then normal completion', async () => {
    sim.queueFaults(['status:429:7']);
    const rl = await foundry().messages.create({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect((rl as Error).constructor.name).toBe('RateLimitError');
    expect((rl as { headers: Headers }).headers.get('retry-after')).toBe('7');
    sim.queueFaults(['error-after:3']);
    const err = await foundry().messages.stream({ model: DEPLOYMENT, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).finalMessage().catch((e: unknown) => e);
    expect(err).toMatchObject({ error: { type: 'error', error: { type: 'overloaded_error' } } });
    const slow = await foundry().messages.create({ model: `${DEPLOYMENT}?fault=stall-ms:50`, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    expect(slow.model).toBe(DEPLOYMENT);
  });

  it('model is required (Anthropic invalid_request_error)', async () => {
    const res = await request(`${sim.url}/anthropic/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ max_tokens: 8, messages: [] }),
    });
    expect(res.statusCode).toBe(400);
    expect(await res.body.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'model: Field required' } });
  });
});
