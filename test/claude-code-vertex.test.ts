/**
 * Issue 12: Claude Code itself (the dev dependency's native binary, `-p`
 * mode) through the gateway's dedicated Anthropic listener against a
 * `vertex`-backed alias — a text turn and a tool round trip. The upstream is
 * the built-in simulator's Vertex AI: the gateway mints its OAuth token from a
 * service-account key file at the simulator's token endpoint (JWT assertion
 * verified), calls `:streamRawPredict` with the model in the path and
 * `anthropic_version: vertex-2023-10-16` in the body, and Vertex's beta rules
 * apply (an unknown `anthropic-beta` is its 400 "Unexpected value(s)"), so the
 * turns only pass when the gateway keeps Claude Code's betas Vertex rejects
 * away from it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize } from '../runtime/config/index.ts';
import { CALLER_KEY, testConfig } from './helpers/stack.ts';
import { CLAUDE_SKIP_REASON as skipReason, TOOL_PROMPT, claudeRunner } from './helpers/claude-code.ts';
import { VERTEX_BETAS } from '../specs/anthropic-betas.ts';

if (skipReason) console.warn(`claude-code-vertex test skipped: ${skipReason}`);

const PROJECT = 'cc-vertex-project';
const EMAIL = `claude-code@${PROJECT}.iam.gserviceaccount.com`;
const MODEL = 'claude-opus-4-1@20250805';
let sim: Simulator;
let sy: Switchyard;
let base: string;
let dir: string;
beforeAll(async () => {
  if (skipReason) return;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  dir = mkdtempSync(join(tmpdir(), 'sy-claude-code-vertex-'));
  const keyFile = join(dir, 'sa.json');
  writeFileSync(keyFile, JSON.stringify({
    type: 'service_account', project_id: PROJECT, private_key_id: 'cc-1', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: EMAIL, token_uri: 'https://oauth2.googleapis.com/token',
  }));
  sim = await startSimulator({ port: 0, vertex: { project: PROJECT, serviceAccounts: [{ clientEmail: EMAIL, publicKey, keyId: 'cc-1' }] } });
  const cfg = testConfig(sim.url, (c) => {
    c.server!.anthropic_port = 0;
    c.providers.vertex = { type: 'vertex', base_url: sim.url, project: PROJECT, region: 'us-east5', credentials_file: keyFile, token_url: `${sim.url}/token` };
    for (const alias of ['claude-opus-5-5', 'claude-sonnet-5-5', 'claude-haiku-5-5']) c.models![alias] = { targets: [{ provider: 'vertex', model: MODEL }] };
  });
  sy = await startSwitchyard(normalize(cfg));
  base = `http://127.0.0.1:${sy.gateway.anthropicPort}`;
}, 60_000);
afterAll(async () => {
  await sy?.close(1000);
  await sim?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const claude = claudeRunner(() => base, CALLER_KEY, () => dir);
type Rec = Simulator['requests'][number];
const predicts = (from: number): Rec[] => sim.requests.slice(from).filter((r) => r.path.startsWith('/v1/projects/'));
const bodyOf = (r: Rec) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;

describe.skipIf(skipReason !== null)('Claude Code → dedicated Anthropic listener → Claude on Vertex AI', () => {
  it('text turn: streamRawPredict with a minted OAuth token, only Vertex-accepted betas', async () => {
    const before = sim.requests.length;
    const out = await claude('Say hello');
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const ups = predicts(before);
    expect(ups.length).toBeGreaterThanOrEqual(1);
    const up = ups.filter((r) => r.path.endsWith(':streamRawPredict')).at(-1)!;
    expect(up.path).toBe(`/v1/projects/${PROJECT}/locations/us-east5/publishers/anthropic/models/${MODEL}:streamRawPredict`);
    expect(up.headers.authorization).toMatch(/^Bearer ya29\.sim\./);
    const body = bodyOf(up);
    expect(body).toMatchObject({ anthropic_version: 'vertex-2023-10-16', stream: true });
    expect(body.model).toBeUndefined();
    // Claude Code sends betas Vertex accepts and some it rejects (claude-code-…, effort-…): only the accepted reach it.
    const sent = (up.headers['anthropic-beta'] ?? '').split(',').filter(Boolean);
    expect(sent.length).toBeGreaterThan(0);
    for (const b of sent) expect(VERTEX_BETAS).toContain(b);
    for (const r of ups) expect(r.completed).toBe(true);
    expect(sim.clouds.vertex.tokenRequests).toBe(1);
  }, 120_000);

  it('tool round trip: tool_use → Claude Code runs Bash → tool_result → text', async () => {
    const before = sim.requests.length;
    const out = await claude(TOOL_PROMPT(3), ['--allowedTools', 'Bash(echo:*)']);
    expect(out.is_error, JSON.stringify(out)).toBe(false);
    expect(out.num_turns).toBe(2);
    expect(out.result).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const second = predicts(before).find((r) => r.body.toString('utf8').includes('tool_result'));
    expect(second, 'a second turn carrying the tool_result').toBeDefined();
    expect(second!.body.toString('utf8')).toContain('sy-tool-ok-43');
    expect(sim.clouds.vertex.tokenRequests).toBe(1); // the token minted for the first turn still serves
  }, 120_000);
});
