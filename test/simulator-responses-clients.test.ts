/**
 * Real Responses API clients against the Responses simulator directly: the
 * OpenAI Agents SDK (@openai/agents, HTTP and WebSocket transports) and Codex
 * CLI (@openai/codex, `codex exec` with a custom model provider on 127.0.0.1,
 * WebSocket mode and the HTTP fallback). Each test also pins down what the
 * client sends (paths, headers, body fields, WebSocket messages): the facts
 * the gateway's Responses ingress is built against.
 *
 * Codex runs offline apart from loopback: HOME/CODEX_HOME in a temp dir,
 * plugins/apps/update checks/analytics off, and HTTP(S)_PROXY pointing at a
 * dead local port (NO_PROXY for 127.0.0.1) so any other outbound request fails.
 */
import OpenAI from 'openai';
import { Agent, run, setDefaultOpenAIClient, setOpenAIResponsesTransport, setTracingDisabled, tool } from '@openai/agents';
import WS from 'ws';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startResponsesSimulator, type ResponsesRecordedRequest, type ResponsesSimulator } from '../runtime/simulator/responses/index.ts';
import { CODEX, agentText, codexExec } from './helpers/codex.ts';

type Json = Record<string, unknown>;

let sim: ResponsesSimulator;
beforeAll(async () => {
  sim = await startResponsesSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

function bodyOf(r: ResponsesRecordedRequest): Json {
  return JSON.parse(r.body.toString('utf8')) as Json;
}

describe('OpenAI Agents SDK (@openai/agents) with its default Responses model', () => {
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
  const agent = new Agent({ name: 'Forecaster', instructions: 'Answer briefly.', model: 'gpt-5.5', tools: [getWeather] });
  const prompt = 'Weather in Paris? [sim-tool:get_weather:{"city":"Paris"}]';

  beforeAll(() => {
    setTracingDisabled(true);
    setDefaultOpenAIClient(new OpenAI({ apiKey: 'sk-agents', baseURL: `${sim.url}/v1`, maxRetries: 0 }));
  });
  afterAll(() => {
    setOpenAIResponsesTransport('http');
  });
  beforeEach(() => {
    weatherArgs = [];
  });

  it('runs a function tool round trip over HTTP (full history resent, no previous_response_id)', async () => {
    setOpenAIResponsesTransport('http');
    const result = await run(agent, prompt);
    expect(weatherArgs).toEqual([{ city: 'Paris' }]);
    expect(result.finalOutput).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/responses', 'POST /v1/responses']);
    expect(sim.requests[0]?.headers['user-agent']).toBe('Agents/JavaScript 0.20.0');
    const [b1, b2] = sim.requests.map(bodyOf);
    expect(b1).toMatchObject({ model: 'gpt-5.5', instructions: 'Answer briefly.', stream: false, include: [], reasoning: { effort: 'none' }, text: { verbosity: 'low' } });
    expect(b1?.tools).toEqual([expect.objectContaining({ type: 'function', name: 'get_weather', strict: true })]);
    expect(b2?.previous_response_id).toBeUndefined();
    const input = b2?.input as Json[];
    expect(input.map((i) => i.type ?? i.role)).toEqual(['user', 'function_call', 'function_call_output']);
    expect(input[2]?.call_id).toBe(input[1]?.call_id);
  });

  it('runs the same turn streamed over its WebSocket transport (one socket per model call)', async () => {
    // Node 20 has no global WebSocket; the Agents SDK needs one that takes `{headers}` (ws does).
    const g = globalThis as { WebSocket?: unknown };
    const had = g.WebSocket;
    g.WebSocket ??= WS;
    try {
      setOpenAIResponsesTransport('websocket');
      const result = await run(agent, prompt, { stream: true });
      for await (const _ of result) void _;
      await result.completed;
      expect(weatherArgs).toEqual([{ city: 'Paris' }]);
      expect(result.finalOutput).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    } finally {
      g.WebSocket = had;
    }
    const ups = sim.requests.filter((r) => r.wsMessages);
    expect(ups.length).toBe(2);
    expect(sim.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(ups[0]?.headers.authorization).toBe('Bearer sk-agents');
    const msgs = ups.flatMap((u) => u.wsMessages as Json[]);
    expect(msgs.map((m) => m.type)).toEqual(['response.create', 'response.create']);
    expect(msgs[0]).toMatchObject({ model: 'gpt-5.5', stream: true, instructions: 'Answer briefly.' });
    expect((msgs[1]?.input as Json[]).map((i) => i.type ?? i.role)).toEqual(['user', 'function_call', 'function_call_output']);
  });
});

describe.skipIf(!CODEX)('Codex CLI (@openai/codex) `codex exec` against the simulator', () => {
  it('takes the WebSocket path: generate:false warm-up, then the turn chained by previous_response_id (store:false)', { timeout: 120_000 }, async () => {
    const r = await codexExec(`${sim.url}/v1`, 'Say hello');
    expect(r.code, r.stderr).toBe(0);
    expect(agentText(r)).toEqual(['word0 word1 word2 word3 word4 word5 word6 word7']);
    expect(sim.requests.filter((q) => q.method === 'POST')).toEqual([]);
    const up = sim.requests.filter((q) => q.wsMessages);
    expect(up).toHaveLength(1);
    const h = up[0]?.headers ?? {};
    expect(up[0]?.path).toBe('/v1/responses');
    expect(h.authorization).toBe('Bearer sk-codex');
    expect(h['openai-beta']).toBe('responses_websockets=2026-02-06');
    expect(h.originator).toBe('codex_exec');
    expect(h['user-agent']).toMatch(/^codex_exec\/0\.\d+\.\d+ /);
    for (const k of ['session-id', 'thread-id', 'x-client-request-id', 'x-codex-window-id', 'x-codex-turn-metadata']) expect(h[k], k).toBeTruthy();
    const [warm, turn] = up[0]?.wsMessages as Json[];
    expect(warm).toMatchObject({ type: 'response.create', model: 'gpt-5.5', generate: false, store: false, stream: true, include: ['reasoning.encrypted_content'] });
    expect(warm?.instructions).toBeUndefined();
    expect((warm?.input as Json[]).map((i) => i.role)).toEqual(['developer']);
    expect(turn).toMatchObject({ type: 'response.create', store: false, previous_response_id: expect.stringMatching(/^resp_/), reasoning: { effort: 'medium' }, text: { verbosity: 'low' } });
    expect(turn?.generate).toBeUndefined();
    expect(turn?.client_metadata).toMatchObject({ session_id: expect.any(String), thread_id: expect.any(String) });
    const toolTypes = new Set((turn?.tools as Json[]).map((t) => t.type));
    expect([...toolTypes].sort()).toEqual(expect.arrayContaining(['custom', 'function', 'web_search']));
    const lastInput = (turn?.input as Json[]).at(-1) as Json;
    expect(lastInput).toMatchObject({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Say hello' }] });
    const usage = r.events.find((e) => e.type === 'turn.completed')?.usage as Json;
    expect(usage.cached_input_tokens).toBeGreaterThan(0);
  });

  it('runs a tool round trip over one socket: exec_command, then only the function_call_output is sent', { timeout: 120_000 }, async () => {
    const r = await codexExec(`${sim.url}/v1`, 'List it [sim-tool:exec_command:{"cmd":"echo codex-sim-ok"}]');
    expect(r.code, r.stderr).toBe(0);
    const cmd = r.events.find((e) => e.type === 'item.completed' && (e.item as Json).type === 'command_execution')?.item as Json;
    expect(cmd.aggregated_output).toBe('codex-sim-ok\n');
    expect(agentText(r)).toEqual(['word0 word1 word2 word3 word4 word5 word6 word7']);
    const msgs = sim.requests.flatMap((q) => (q.wsMessages ?? []) as Json[]);
    expect(msgs).toHaveLength(3);
    const last = msgs[2] as Json;
    const input = last.input as Json[];
    expect(input).toHaveLength(1);
    expect(input[0]).toMatchObject({ type: 'function_call_output', call_id: expect.stringMatching(/^call_/), output: expect.stringContaining('codex-sim-ok') });
    expect(last.previous_response_id).toEqual(expect.stringMatching(/^resp_/));
  });

  it('falls back to HTTP SSE when the upgrade is refused (404), resending the whole input', { timeout: 120_000 }, async () => {
    const noWs = await startResponsesSimulator({ websocket: false });
    try {
      const r = await codexExec(`${noWs.url}/v1`, 'Say hello');
      expect(r.code, r.stderr).toBe(0);
      expect(agentText(r)).toEqual(['word0 word1 word2 word3 word4 word5 word6 word7']);
      const upgrades = noWs.requests.filter((q) => q.method === 'GET');
      expect(upgrades.length).toBeGreaterThanOrEqual(1);
      expect(upgrades.every((q) => q.headers.upgrade === 'websocket')).toBe(true);
      const posts = noWs.requests.filter((q) => q.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0]?.headers.accept).toBe('text/event-stream');
      const b = bodyOf(posts[0] as ResponsesRecordedRequest);
      expect(b).toMatchObject({ model: 'gpt-5.5', stream: true, store: false, include: ['reasoning.encrypted_content'] });
      expect(b.previous_response_id).toBeUndefined();
      expect(b.generate).toBeUndefined();
    } finally {
      await noWs.close();
    }
  });
});
