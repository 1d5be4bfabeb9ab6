/**
 * Codex CLI (@openai/codex 0.171, `codex exec`) through the gateway to a
 * Claude-backed alias (the simulated Anthropic upstream), over the Responses
 * API's WebSocket mode: a text turn and a shell tool round trip that Codex
 * executes (`echo`, offline). Asserts the WebSocket path was taken (the
 * gateway accepted the upgrade, no `POST /v1/responses` fallback), that
 * Codex's tool kinds (function, namespace, web_search → Anthropic's server web
 * search) reached the upstream without failing the turn, and that Codex's
 * `store: false` turns chained on the connection (only new items sent).
 *
 * Two alias names: `claude-codex` (Codex sends `reasoning.summary`, a
 * namespace tool, web_search) and `gpt-5.5` pointing at Claude (Codex then
 * also sends apply_patch as a custom tool and tool_search).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { CODEX, agentText, codexExec } from './helpers/codex.ts';

type Obj = Record<string, any>;

let stack: Stack;
beforeAll(async () => {
  if (!CODEX) return;
  stack = await startStack((c) => {
    c.models = {
      ...c.models,
      'claude-codex': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] },
      'gpt-5.5': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] },
    };
  });
});
afterAll(async () => stack?.close());
beforeEach(() => stack?.sim.reset());

const upstream = (): Obj[] => stack.sim.requests.filter((r) => r.path.startsWith('/v1/messages')).map((r) => JSON.parse(r.body.toString('utf8')) as Obj);

describe.skipIf(!CODEX)('Codex CLI through the gateway (WebSocket mode) to Claude', () => {
  it('a text turn: the upgrade is accepted, the warm-up answered locally, the turn translated to Anthropic', { timeout: 120_000 }, async () => {
    const ws = stack.sy.gateway.responsesWs;
    const [upgrades, responses] = [ws?.upgrades ?? 0, ws?.responses ?? 0];
    const r = await codexExec(`${stack.url}/v1`, 'Say hello', { model: 'claude-codex', key: CALLER_KEY });
    expect(r.code, r.stderr).toBe(0);
    expect(agentText(r)).toEqual([expect.stringMatching(/\S/)]);
    // One socket, two response.create messages on it (warm-up + turn): no POST /v1/responses fallback.
    expect(ws?.upgrades).toBe(upgrades + 1);
    expect(ws?.responses).toBe(responses + 2);
    // Exactly one upstream call (the warm-up made none) and it carried Codex's tools, web_search mapped.
    const bodies = upstream();
    expect(bodies).toHaveLength(1);
    const tools = bodies[0]?.tools as Obj[];
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['exec_command', 'spawn_agent', 'web_search']));
    expect(tools.find((t) => t.name === 'web_search')).toMatchObject({ type: 'web_search_20250305' });
    // Codex's developer instructions arrived although it sent them only in the warm-up.
    expect(JSON.stringify(bodies[0]?.system)).toContain('Codex');
    // Codex's own turn-level errors would show as error items; none here (no SSE fallback either).
    expect(r.events.filter((e) => e.type === 'error' || e.type === 'turn.failed')).toEqual([]);
    expect(r.stderr).not.toMatch(/falling back|fallback/i);
  });

  it('a shell tool round trip on one socket: Codex runs exec_command, sends only the function_call_output, Claude answers', { timeout: 120_000 }, async () => {
    const ws = stack.sy.gateway.responsesWs;
    const [upgrades, responses] = [ws?.upgrades ?? 0, ws?.responses ?? 0];
    const r = await codexExec(`${stack.url}/v1`, 'List it [sim-tool:exec_command:{"cmd":"echo codex-gw-ok"}]', { model: 'gpt-5.5', key: CALLER_KEY });
    expect(r.code, r.stderr).toBe(0);
    // One socket: warm-up, the turn that calls the tool, the turn with its output.
    expect(ws?.upgrades).toBe(upgrades + 1);
    expect(ws?.responses).toBe(responses + 3);
    const cmd = r.events.find((e) => e.type === 'item.completed' && (e.item as Obj).type === 'command_execution')?.item as Obj;
    expect(cmd.aggregated_output).toBe('codex-gw-ok\n');
    expect(agentText(r)).toEqual([expect.stringMatching(/\S/)]);
    const bodies = upstream();
    expect(bodies).toHaveLength(2);
    // gpt-5.5 → Codex's full tool set: apply_patch (custom → a function of {input}), tool_search dropped (advisory).
    expect((bodies[0]?.tools as Obj[]).map((t) => t.name)).toEqual(expect.arrayContaining(['exec_command', 'apply_patch', 'web_search']));
    expect((bodies[0]?.tools as Obj[]).some((t) => t.name === 'tool_search')).toBe(false);
    // The second call carries the whole conversation: the tool_use and its result, rebuilt from the connection.
    const msgs = bodies[1]?.messages as Obj[];
    const use = msgs.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).find((b: Obj) => b.type === 'tool_use');
    const result = msgs.at(-1)?.content.find((b: Obj) => b.type === 'tool_result');
    expect(use).toMatchObject({ name: 'exec_command', input: { cmd: 'echo codex-gw-ok' } });
    expect(result.tool_use_id).toBe(use.id);
    expect(JSON.stringify(result.content)).toContain('codex-gw-ok');
  });
});
