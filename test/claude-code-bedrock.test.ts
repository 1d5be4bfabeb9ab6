/**
 * Issue 12: Claude Code itself (the dev dependency's native binary, `-p`
 * mode) through the gateway's dedicated Anthropic listener against a
 * `bedrock`-backed alias — a text turn and a tool round trip. The upstream is
 * the built-in simulator's Bedrock runtime (SigV4 verified, event-stream
 * framing, Bedrock's beta rules: an unknown `anthropic_beta` is its 400
 * "invalid beta flag"), so the turns only pass when the gateway signs, wraps
 * the body, decodes the stream and keeps Claude Code's betas Bedrock rejects
 * away from it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { CLAUDE_SKIP_REASON as skipReason, TOOL_PROMPT, claudeRunner } from './helpers/claude-code.ts';
import { BEDROCK_BETAS, SIMULATOR_AWS_CREDENTIAL } from '../runtime/simulator/clouds/bedrock.ts';

if (skipReason) console.warn(`claude-code-bedrock test skipped: ${skipReason}`);

const MODEL = 'global.anthropic.claude-opus-5-5';
let stack: Stack;
let base: string;
let dir: string;
beforeAll(async () => {
  if (skipReason) return;
  stack = await startStack((c, simUrl) => {
    c.server!.anthropic_port = 0;
    c.providers.bedrock = {
      type: 'bedrock', base_url: simUrl, region: 'us-east-1',
      aws_access_key_id: SIMULATOR_AWS_CREDENTIAL.accessKeyId, aws_secret_access_key: SIMULATOR_AWS_CREDENTIAL.secretAccessKey,
    };
    for (const alias of ['claude-opus-5-5', 'claude-sonnet-5-5', 'claude-haiku-5-5']) c.models![alias] = { targets: [{ provider: 'bedrock', model: MODEL }] };
  });
  base = `http://127.0.0.1:${stack.sy.gateway.anthropicPort}`;
  dir = mkdtempSync(join(tmpdir(), 'sy-claude-code-bedrock-'));
}, 60_000);
afterAll(async () => {
  await stack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const claude = claudeRunner(() => base, CALLER_KEY, () => dir);
type Rec = Stack['sim']['requests'][number];
const invokes = (from: number): Rec[] => stack.sim.requests.slice(from).filter((r) => r.path.startsWith('/model/'));
const bodyOf = (r: Rec) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;

describe.skipIf(skipReason !== null)('Claude Code → dedicated Anthropic listener → Claude on Bedrock', () => {
  it('text turn: SigV4-signed InvokeModelWithResponseStream, only Bedrock-accepted betas in the body', async () => {
    const before = stack.sim.requests.length;
    const out = await claude('Say hello');
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const ups = invokes(before);
    expect(ups.length).toBeGreaterThanOrEqual(1);
    const up = ups.at(-1)!;
    expect(up.path).toBe(`/model/${encodeURIComponent(MODEL)}/invoke-with-response-stream`);
    expect(up.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    const body = bodyOf(up);
    expect(body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31' });
    expect(body.model).toBeUndefined();
    expect(body.stream).toBeUndefined();
    // Claude Code sends betas Bedrock accepts (moved into the body) and some it rejects (claude-code-…: dropped).
    const sent = (body.anthropic_beta as string[] | undefined) ?? [];
    expect(sent.length).toBeGreaterThan(0);
    for (const b of sent) expect(BEDROCK_BETAS).toContain(b);
    expect(up.headers['anthropic-beta']).toBeUndefined();
    // Every call Claude Code made reached Bedrock without a rejected beta.
    for (const r of ups) expect(r.completed).toBe(true);
  }, 120_000);

  it('tool round trip: tool_use → Claude Code runs Bash → tool_result → text', async () => {
    const before = stack.sim.requests.length;
    const out = await claude(TOOL_PROMPT(3), ['--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const second = invokes(before).find((r) => r.body.toString('utf8').includes('tool_result'));
    expect(second, 'a second turn carrying the tool_result').toBeDefined();
    expect(second!.body.toString('utf8')).toContain('sy-tool-ok-43');
  }, 120_000);
});
