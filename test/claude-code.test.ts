/**
 * Issue 7: Claude Code itself (`@anthropic-ai/claude-code`, its native binary
 * from `@anthropic-ai/claude-code-linux-x64`, `-p` mode) pointed at the
 * gateway's dedicated Anthropic listener with ANTHROPIC_BASE_URL, the
 * simulator as upstream (see shared/reference/claude-code-client.md).
 *
 * Model aliases map Claude Code's own model ids to targets:
 *   claude-opus-5-5   → anthropic / claude-opus-5-5 (native passthrough; Claude Code's default)
 *   claude-sonnet-5-5 → openai / gpt-4.1            (translated Anthropic → OpenAI, default unsupported_params; `--model claude-sonnet-5-5`)
 *   claude-haiku-5-5  → anthropic / claude-haiku-5-5 (its small/fast model)
 *
 * The tool round trip is steered by the simulator's `[sim-tool:NAME:{json}]`
 * marker in the prompt (runtime/simulator/synth.ts findToolMarker): the first
 * turn answers with a Bash tool call `echo sy-tool-ok-$((40+2))`, Claude Code
 * runs it (allowed with --allowedTools), and the second turn carries the
 * tool_result — which must contain `sy-tool-ok-42`, the shell's expansion,
 * proving the command really ran — and is answered with text.
 *
 * Quiet operation: CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC, DISABLE_TELEMETRY,
 * DISABLE_ERROR_REPORTING, DISABLE_AUTOUPDATER, an empty HOME and
 * CLAUDE_CODE_TMPDIR, a minimal environment (no inherited API keys).
 * Skips, saying why, only when the native binary is not installed for this
 * platform.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, PROVIDER_KEY_OPENAI, type Stack } from './helpers/stack.ts';
import { CLAUDE_SKIP_REASON as skipReason, TOOL_PROMPT, claudeRunner } from './helpers/claude-code.ts';

if (skipReason) console.warn(`claude-code test skipped: ${skipReason}`);

let stack: Stack;
let base: string;
let dir: string;
beforeAll(async () => {
  if (skipReason) return;
  stack = await startStack((c) => {
    c.server!.anthropic_port = 0;
    c.models!['claude-opus-5-5'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-5-5' }] };
    // Claude Code sends context_management, cache_control and thinking history: the OpenAI upstream has no
    // such fields. They are advisory losses (specs/translation.ts), so the default policy drops them and names
    // them in x-switchyard-degraded (issue 11: before, the default answered 400 and every turn failed).
    c.models!['claude-sonnet-5-5'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }] };
    c.models!['claude-haiku-5-5'] = { targets: [{ provider: 'anthropic', model: 'claude-haiku-5-5' }] };
  });
  base = `http://127.0.0.1:${stack.sy.gateway.anthropicPort}`;
  dir = mkdtempSync(join(tmpdir(), 'sy-claude-code-'));
});
afterAll(async () => {
  await stack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `claude -p PROMPT --output-format json ...args` against the gateway; resolves with its JSON result. */
const claude = claudeRunner(() => base, CALLER_KEY, () => dir);

type Rec = Stack['sim']['requests'][number];
const bodyOf = (r: Rec) => r.body.toString();

describe.skipIf(skipReason !== null)('Claude Code through the dedicated Anthropic listener', () => {
  it('text answer from an Anthropic target (native passthrough)', async () => {
    const before = stack.sim.requests.length;
    const out = await claude('Say hello');
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(out.num_turns).toBe(1);
    const ups = stack.sim.requests.slice(before).filter((r) => r.path === '/v1/messages');
    expect(ups.length).toBeGreaterThanOrEqual(1);
    const up = ups[ups.length - 1]!;
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(up.headers['anthropic-beta']).toContain('claude-code-');
    const body = JSON.parse(bodyOf(up));
    expect(body.model).toBe('claude-opus-5-5');
    expect(body.stream).toBe(true);
    expect(body.tools.length).toBeGreaterThan(3);
  }, 120_000);

  it('tool round trip with an Anthropic target: tool_use → Claude Code runs Bash → tool_result → text', async () => {
    const before = stack.sim.requests.length;
    const out = await claude(TOOL_PROMPT(2), ['--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.permission_denials).toEqual([]);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const ups = stack.sim.requests.slice(before).filter((r) => r.path === '/v1/messages');
    const second = ups.find((r) => bodyOf(r).includes('tool_result'));
    expect(second, 'a second turn carrying the tool_result').toBeDefined();
    const msgs = JSON.parse(bodyOf(second!)).messages as { role: string; content: unknown }[];
    const results = msgs.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).filter((b: { type?: string }) => b.type === 'tool_result');
    expect(JSON.stringify(results)).toContain('sy-tool-ok-42');
    const assistant = msgs.find((m) => m.role === 'assistant')!;
    expect(JSON.stringify(assistant.content)).toContain('"name":"Bash"');
  }, 120_000);

  it('text answer from an OpenAI target (translated Anthropic → OpenAI)', async () => {
    const before = stack.sim.requests.length;
    const out = await claude('Say hello', ['--model', 'claude-sonnet-5-5']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const up = stack.sim.requests.slice(before).find((r) => r.path === '/v1/chat/completions');
    expect(up, 'the turn went to the OpenAI upstream').toBeDefined();
    expect(up!.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_OPENAI}`);
    const body = JSON.parse(bodyOf(up!));
    expect(body.model).toBe('gpt-4.1');
    expect(body).not.toHaveProperty('context_management');
    // Claude Code's ~150-character metadata.user_id is hashed to OpenAI's 64-character `user` limit.
    expect(typeof body.user).toBe('string');
    expect(body.user.length).toBeLessThanOrEqual(64);
  }, 120_000);

  it('tool round trip with an OpenAI target (translated): tool_calls ⇄ tool_use, tool message carries the result', async () => {
    const before = stack.sim.requests.length;
    const out = await claude(TOOL_PROMPT(3), ['--model', 'claude-sonnet-5-5', '--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const ups = stack.sim.requests.slice(before).filter((r) => r.path === '/v1/chat/completions');
    const second = ups.find((r) => bodyOf(r).includes('"role":"tool"'));
    expect(second, 'a second turn carrying the tool message').toBeDefined();
    const msgs = JSON.parse(bodyOf(second!)).messages as { role: string; content: unknown; tool_calls?: { function: { name: string } }[] }[];
    expect(JSON.stringify(msgs.filter((m) => m.role === 'tool'))).toContain('sy-tool-ok-43');
    expect(msgs.find((m) => m.role === 'assistant')?.tool_calls?.[0]?.function.name).toBe('Bash');
  }, 120_000);
});
