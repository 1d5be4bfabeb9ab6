/**
 * Issue 7: `POST /v1/messages/count_tokens` with the official Anthropic SDK
 * (`client.messages.countTokens`). Served only by an Anthropic-backed target
 * of the alias; an alias without one gets an Anthropic-style error saying so,
 * never an estimate, and no upstream call is made.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, type Stack } from './helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true; // lets x-sim-* test headers reach the simulator
    // OpenAI first, Anthropic second: counting must skip to the Anthropic target.
    c.models!['mixed'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }, { provider: 'anthropic', model: 'claude-haiku-4-5' }] };
  });
});
afterAll(async () => stack?.close());

const sdk = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const upstreamCount = () => stack.sim.requests.filter((r) => r.path.endsWith('/count_tokens')).length;

describe('messages.countTokens', () => {
  it('is answered by the Anthropic upstream, with the upstream model and the provider key', async () => {
    const before = upstreamCount();
    const r = await sdk().messages.countTokens({
      model: 'claude-prod',
      system: 'You are terse.',
      messages: [{ role: 'user', content: 'How many tokens is this?' }],
      tools: [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
    });
    expect(typeof r.input_tokens).toBe('number');
    expect(r.input_tokens).toBeGreaterThan(0);
    expect(upstreamCount()).toBe(before + 1);
    const up = stack.sim.requests[stack.sim.requests.length - 1]!;
    expect(up.path).toBe('/v1/messages/count_tokens');
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    const body = JSON.parse(up.body.toString());
    expect(body.model).toBe('claude-sonnet-4-5');
    expect(body.tools[0].name).toBe('get_weather');
    // The simulator counts ceil(body bytes / 4): the number is the upstream's, relayed as is.
    expect(r.input_tokens).toBe(Math.ceil(up.body.length / 4));
  });

  it('uses the Anthropic-backed target of an alias whose first target is OpenAI', async () => {
    const r = await sdk().messages.countTokens({ model: 'mixed', messages: [{ role: 'user', content: 'Hi' }] });
    expect(r.input_tokens).toBeGreaterThan(0);
    const up = stack.sim.requests[stack.sim.requests.length - 1]!;
    expect(up.path).toBe('/v1/messages/count_tokens');
    expect(JSON.parse(up.body.toString()).model).toBe('claude-haiku-4-5');
  });

  it('works under /anthropic/ too', async () => {
    const client = new Anthropic({ baseURL: `${stack.url}/anthropic`, apiKey: CALLER_KEY, maxRetries: 0 });
    const r = await client.messages.countTokens({ model: 'claude-prod', messages: [{ role: 'user', content: 'Hi' }] });
    expect(r.input_tokens).toBeGreaterThan(0);
  });

  it('an alias with no Anthropic-backed target gets an Anthropic-style 400 saying so, and no upstream call', async () => {
    const before = stack.sim.requests.length;
    const err = await sdk().messages.countTokens({ model: 'gpt-prod', messages: [{ role: 'user', content: 'Hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    const e = err as InstanceType<typeof Anthropic.BadRequestError>;
    expect(e.status).toBe(400);
    expect((e.error as { type: string; error: { type: string } }).type).toBe('error');
    expect((e.error as { error: { type: string } }).error.type).toBe('invalid_request_error');
    // OpenAI counts only Responses requests (POST /v1/responses/input_tokens), never Anthropic ones.
    expect(e.message).toContain('llm/v1/count_tokens on provider openai is available in its native format (openai-responses) only, not from the anthropic-messages format.');
    expect(stack.sim.requests.length).toBe(before);
  });

  it('upstream errors pass through (no fallback estimate)', async () => {
    const client = new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0, defaultHeaders: { 'x-sim-fault': 'status:529' } });
    const err = await client.messages.countTokens({ model: 'claude-prod', messages: [{ role: 'user', content: 'Hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
    expect((err as InstanceType<typeof Anthropic.APIError>).type).toBe('overloaded_error');
  });
});
