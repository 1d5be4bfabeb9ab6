/**
 * Issue 14: the OpenAI Agents SDK (`@openai/agents`) with its default model
 * (the Responses API) and one function tool, through the gateway to a
 * Claude-backed alias (translated Responses ⇄ Anthropic Messages; the built-in
 * simulator plays Anthropic). The SDK resends the whole history each call
 * (function_call and function_call_output items, no previous_response_id).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import OpenAI from 'openai';
import { z } from 'zod';
import { Agent, run, setDefaultOpenAIClient, setOpenAIResponsesTransport, setTracingDisabled, tool } from '@openai/agents';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

let stack: Stack;
let weatherArgs: unknown[] = [];
const getWeather = tool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: async (a) => {
    weatherArgs.push(a);
    return 'sunny, 21 C';
  },
});
const agent = new Agent({ name: 'Forecaster', instructions: 'Answer briefly.', model: 'claude-prod', tools: [getWeather] });
const prompt = 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]';

beforeAll(async () => {
  stack = await startStack();
  setTracingDisabled(true);
  setOpenAIResponsesTransport('http');
  setDefaultOpenAIClient(new OpenAI({ apiKey: CALLER_KEY, baseURL: `${stack.url}/v1`, maxRetries: 0, timeout: 60_000 }));
}, 60_000);
afterAll(async () => stack?.close());
beforeEach(() => {
  weatherArgs = [];
  stack.sim.reset();
});

/** The Anthropic requests the gateway sent upstream, parsed. */
const upstream = () => stack.sim.requests.filter((r) => r.path === '/v1/messages').map((r) => JSON.parse(r.body.toString('utf8')) as Record<string, any>);

describe('OpenAI Agents SDK → Switchyard → Claude', () => {
  it('runs a function tool round trip (JSON responses)', async () => {
    const result = await run(agent, prompt);
    expect(weatherArgs).toEqual([{ city: 'Paris' }]);
    expect(typeof result.finalOutput).toBe('string');
    expect((result.finalOutput as string).length).toBeGreaterThan(0);
    const [first, second] = upstream();
    expect(first?.system).toBeDefined();
    expect(JSON.stringify(first?.system)).toContain('Answer briefly.');
    expect(first?.tools?.[0]?.name).toBe('get_weather');
    // Second call: the SDK's history became an assistant tool_use and a user tool_result with the same id.
    const msgs = second?.messages as Array<{ role: string; content: Array<Record<string, any>> }>;
    const use = msgs.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).find((b) => b.type === 'tool_use');
    const res = msgs.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).find((b) => b.type === 'tool_result');
    expect(use?.name).toBe('get_weather');
    expect(use?.input).toEqual({ city: 'Paris' });
    expect(res?.tool_use_id).toBe(use?.id);
    expect(JSON.stringify(res?.content)).toContain('sunny, 21 C');
  });

  it('runs the same turn streamed (SSE)', async () => {
    const result = await run(agent, prompt, { stream: true });
    const types = new Set<string>();
    for await (const ev of result) types.add(ev.type);
    await result.completed;
    expect(weatherArgs).toEqual([{ city: 'Paris' }]);
    expect(types.has('raw_model_stream_event')).toBe(true);
    expect((result.finalOutput as string).length).toBeGreaterThan(0);
    expect(upstream().every((b) => b.stream === true)).toBe(true);
    expect(upstream()).toHaveLength(2);
  });
});
