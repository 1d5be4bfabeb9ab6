/**
 * Claude Code (the real binary, -p mode) against OpenAI-compatible provider
 * types played by the simulator from their specs (runtime/simulator/dialects.ts):
 * - deepseek / deepseek-reasoner: the reasoning model's `reasoning_content`
 *   stream reaches Claude Code as a thinking block before the answer; the
 *   translated request carries DeepSeek's `max_tokens` field;
 * - mistral: a tool round trip — Mistral's 9-character tool-call id comes
 *   back in Claude Code's tool_result and passes Mistral's id rule;
 * - gemini (provider type `gemini`, the simulated Gemini API): a tool round
 *   trip on gemini-3-flash-preview, whose function call carries a thought
 *   signature that Gemini 3 requires back on the next turn — it travels
 *   through Claude Code's history as a thinking-block signature.
 * Claude Code always sends fields an OpenAI-format upstream cannot carry
 * (context_management, cache_control…); `unsupported_params: drop` drops and
 * names them. Claude Code's default max_tokens (128000) exceeds these
 * catalogued windows, so the runs set CLAUDE_CODE_MAX_OUTPUT_TOKENS.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { CLAUDE_SKIP_REASON as skipReason, TOOL_PROMPT, claudeRunner } from './helpers/claude-code.ts';
import { simulatedBaseUrl } from '../runtime/simulator/index.ts';

let stack: Stack;
let base = '';
let dir = '';
// Claude Code asks for max_tokens 128000 by default, beyond these models' windows (the gateway's
// catalog check answers 400 "Prompt is too long"); its documented setting lowers it, as users of these providers must.
const claude = claudeRunner(() => base, CALLER_KEY, () => dir, { CLAUDE_CODE_MAX_OUTPUT_TOKENS: '8192' });

beforeAll(async () => {
  if (skipReason) return;
  stack = await startStack((c, simUrl) => {
    c.server!.anthropic_port = 0;
    c.providers.deepseek = { type: 'deepseek', base_url: simulatedBaseUrl(simUrl, 'deepseek'), api_key: 'sk-ds-key' };
    c.providers.mistral = { type: 'mistral', base_url: simulatedBaseUrl(simUrl, 'mistral'), api_key: 'sk-mistral-key' };
    c.providers.gemini = { type: 'gemini', base_url: simUrl, api_key: 'gem-cc-key' };
    c.models!['gemini-cc'] = { targets: [{ provider: 'gemini', model: 'gemini-3-flash-preview' }], unsupported_params: 'drop' };
    c.models!['claude-opus-5-5'] = { targets: [{ provider: 'deepseek', model: 'deepseek-reasoner' }], unsupported_params: 'drop' };
    c.models!['claude-sonnet-5-5'] = { targets: [{ provider: 'mistral', model: 'mistral-large-latest' }], unsupported_params: 'drop' };
    c.models!['claude-haiku-5-5'] = { targets: [{ provider: 'mistral', model: 'mistral-small-latest' }], unsupported_params: 'drop' };
  });
  base = `http://127.0.0.1:${stack.sy.gateway.anthropicPort}`;
  dir = mkdtempSync(join(tmpdir(), 'sy-claude-code-compat-'));
});
afterAll(async () => {
  await stack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Rec = Stack['sim']['requests'][number];
const bodyOf = (r: Rec) => r.body.toString();

describe.skipIf(skipReason !== null)('Claude Code → OpenAI-compatible providers (translated)', () => {
  it('deepseek-reasoner: text answer after streamed reasoning_content', async () => {
    const before = stack.sim.requests.length;
    const out = await claude('Say hello', ['--model', 'claude-opus-5-5']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const up = stack.sim.requests.slice(before).find((r) => r.path === '/_dialect/deepseek/v1/chat/completions' && JSON.parse(bodyOf(r)).model === 'deepseek-reasoner');
    expect(up, 'the turn went to the deepseek dialect').toBeDefined();
    expect(up!.headers.authorization).toBe('Bearer sk-ds-key');
    const body = JSON.parse(bodyOf(up!)) as Record<string, unknown>;
    expect(typeof body.max_tokens).toBe('number');
    expect(body.max_completion_tokens).toBeUndefined();
  }, 120_000);

  it('mistral: tool round trip with Mistral\'s 9-character tool-call id', async () => {
    const before = stack.sim.requests.length;
    const out = await claude(TOOL_PROMPT(4), ['--model', 'claude-sonnet-5-5', '--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const ups = stack.sim.requests.slice(before).filter((r) => r.path === '/_dialect/mistral/v1/chat/completions');
    const second = ups.find((r) => bodyOf(r).includes('"role":"tool"'));
    expect(second, 'a second turn carrying the tool message').toBeDefined();
    const msgs = JSON.parse(bodyOf(second!)).messages as { role: string; tool_call_id?: string; content: unknown }[];
    const tool = msgs.find((m) => m.role === 'tool')!;
    expect(tool.tool_call_id).toMatch(/^[a-zA-Z0-9]{9}$/);
    expect(JSON.stringify(tool.content)).toContain('sy-tool-ok-44');
    expect(JSON.parse(bodyOf(second!)).max_completion_tokens).toBeUndefined();
  }, 120_000);

  it('gemini (gemini-3-flash-preview): tool round trip, the function call\'s thought signature back on the next turn', async () => {
    const before = stack.sim.requests.length;
    const out = await claude(TOOL_PROMPT(5), ['--model', 'gemini-cc', '--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.result).toMatch(/^word0 word1/);
    const ups = stack.sim.requests.slice(before).filter((r) => r.path.startsWith('/v1beta/models/gemini-3-flash-preview:'));
    expect(ups.every((r) => r.headers['x-goog-api-key'] === 'gem-cc-key')).toBe(true);
    const second = ups.find((r) => bodyOf(r).includes('"functionResponse"'));
    expect(second, 'a second turn carrying the function response').toBeDefined();
    const contents = JSON.parse(bodyOf(second!)).contents as { role: string; parts: Record<string, any>[] }[];
    const call = contents.flatMap((c) => c.parts).find((p) => p.functionCall);
    // The simulator (like Gemini 3) answers 400 to a current-turn call without its signature; this one is Gemini's own.
    expect(typeof call?.thoughtSignature).toBe('string');
    expect(JSON.stringify(contents)).toContain('sy-tool-ok-45');
  }, 120_000);
});
