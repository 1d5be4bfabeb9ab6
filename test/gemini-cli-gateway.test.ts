/**
 * Issue 13: Gemini CLI (`@google/gemini-cli`, devDependency; non-interactive
 * `gemini -p`) through the gateway's Gemini ingress to a Claude-backed alias
 * (the Anthropic simulator): a text turn and a tool round trip.
 *
 * The CLI is run as in test/simulator-gemini-cli.test.ts (which pins down what it
 * sends against the standalone Gemini simulator): `GOOGLE_GEMINI_BASE_URL` = the
 * gateway, the caller key as `GEMINI_API_KEY`, settings
 * `security.auth.selectedType: "gemini-api-key"` in a throwaway HOME, telemetry,
 * usage statistics and auto-update off, `GEMINI_CLI_TRUST_WORKSPACE`,
 * `GEMINI_CLI_NO_RELAUNCH`, `--output-format json`, `-m <alias>`; only loopback.
 * The CLI's `/v1beta/models/{alias}:streamGenerateContent?alt=sse` turns are
 * translated to Anthropic Messages streams and back.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';

const GEMINI = new URL('../node_modules/@google/gemini-cli/bundle/gemini.js', import.meta.url).pathname;
const skipReason = existsSync(GEMINI) ? null : `Gemini CLI not installed at ${GEMINI} (devDependency @google/gemini-cli)`;
if (skipReason) console.warn(`gemini-cli gateway test skipped: ${skipReason}`);

const ALIAS = 'sy-claude';
const ANSWER = 'word0 word1 word2 word3 word4 word5 word6 word7';
type Json = Record<string, any>;

let stack: Stack;
let home: string;
let work: string;
const usage = new LineCapture();

interface CliResult {
  code: number | null;
  json: { response?: string; error?: unknown; stats?: { tools?: { totalCalls: number; totalSuccess: number }; models?: Record<string, unknown> } };
  stderr: string;
}

function runGemini(prompt: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [GEMINI, '-m', ALIAS, '-p', prompt, '--output-format', 'json'],
      {
        cwd: work,
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: home,
          GOOGLE_GEMINI_BASE_URL: stack.url,
          GEMINI_API_KEY: CALLER_KEY,
          GEMINI_CLI_TRUST_WORKSPACE: 'true',
          GEMINI_CLI_NO_RELAUNCH: 'true',
          GEMINI_TELEMETRY_ENABLED: 'false',
          NO_COLOR: '1',
        },
      },
      (err, stdout, stderr) => {
        let json: CliResult['json'] = {};
        try {
          json = JSON.parse(stdout) as CliResult['json'];
        } catch {
          json = { error: `unparsable stdout: ${stdout.slice(0, 500)}` };
        }
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, json, stderr });
      },
    );
  });
}

/** Anthropic requests the simulator received since `from`, parsed. */
function upstream(from: number): Json[] {
  return stack.sim.requests.slice(from).map((r) => ({ path: r.path, headers: r.headers, body: JSON.parse(r.body.toString('utf8') || '{}') as Json }));
}

describe.skipIf(skipReason !== null)('Gemini CLI through the gateway to a Claude-backed alias', () => {
  beforeAll(async () => {
    stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.models![ALIAS] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
      c.logging = { usage_sink: 'stdout', level: 'silent' };
    }, { usageDestination: usage });
    home = mkdtempSync(join(tmpdir(), 'sy-gemini-gw-home-'));
    work = join(home, 'work');
    mkdirSync(join(home, '.gemini'), { recursive: true });
    mkdirSync(work);
    writeFileSync(join(work, 'sy-marker-file.txt'), 'marker\n');
    writeFileSync(
      join(home, '.gemini', 'settings.json'),
      JSON.stringify({
        security: { auth: { selectedType: 'gemini-api-key' } },
        general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
        privacy: { usageStatisticsEnabled: false },
        telemetry: { enabled: false },
      }),
    );
  });
  afterAll(async () => {
    await stack?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('answers a text turn: the CLI\'s streamed Gemini turn becomes an Anthropic Messages stream', async () => {
    const n = stack.sim.requests.length;
    const u = usage.lines.length;
    const r = await runGemini('Say hello');
    expect(r.json.error, r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.json.response).toBe(ANSWER);
    expect(Object.keys(r.json.stats?.models ?? {})).toEqual([ALIAS]);
    const ups = upstream(n);
    expect(ups.length).toBeGreaterThanOrEqual(1);
    for (const q of ups) {
      expect(q.path).toBe('/v1/messages');
      expect(q.body.model).toBe('claude-sonnet-4-5');
      expect(JSON.stringify(q.headers)).not.toContain(CALLER_KEY);
    }
    const main = ups[ups.length - 1]!.body;
    expect(main.stream).toBe(true);
    expect(main.system[0].text).toContain('Gemini CLI');
    expect((main.tools as Json[]).map((t) => t.name)).toContain('list_directory');
    expect(JSON.stringify(main.messages[main.messages.length - 1])).toContain('Say hello');
    await usage.waitFor(u + ups.length);
    const recs = usage.lines.slice(u).map((l) => JSON.parse(l) as Json);
    expect(recs.every((x) => x.ingress_format === 'gemini' && x.mode === 'transcode' && x.model_alias === ALIAS && x.status === 200 && x.stream === true)).toBe(true);
  }, 150_000);

  it('runs a tool round trip: Claude\'s tool_use becomes a functionCall, the CLI runs the tool, its functionResponse goes back as the matching tool_result', async () => {
    const n = stack.sim.requests.length;
    const u = usage.lines.length;
    const r = await runGemini('List the files here [sim-tool:list_directory:{"dir_path":"."}]');
    expect(r.json.error, r.stderr).toBeUndefined();
    expect(r.json.response).toBe(ANSWER);
    expect(r.json.stats?.tools).toMatchObject({ totalCalls: 1, totalSuccess: 1 });
    const ups = upstream(n);
    expect(ups).toHaveLength(2);
    const [first, second] = ups.map((q) => q.body);
    const messages = second!.messages as Json[];
    // The history the CLI sent back: its prompt, the model's call, the function response.
    expect(messages.slice(0, -2)).toEqual(first!.messages);
    const modelTurn = messages[messages.length - 2]!;
    const resultTurn = messages[messages.length - 1]!;
    expect(modelTurn.role).toBe('assistant');
    const use = (modelTurn.content as Json[]).find((b) => b.type === 'tool_use');
    expect(use).toMatchObject({ name: 'list_directory', input: { dir_path: '.' } });
    expect(use!.id).toMatch(/^toolu_/); // the Claude id survived the Gemini round trip
    expect(resultTurn.role).toBe('user');
    const result = (resultTurn.content as Json[]).find((b) => b.type === 'tool_result');
    expect(result?.tool_use_id).toBe(use!.id);
    expect(JSON.stringify(result?.content)).toContain('sy-marker-file.txt');
    await usage.waitFor(u + 2);
    const recs = usage.lines.slice(u).map((l) => JSON.parse(l) as Json);
    // Nothing of the CLI's turn was lost on the way (its placeholder thought signature carries nothing).
    expect(recs.map((x) => x.dropped_params ?? [])).toEqual([[], []]);
  }, 150_000);
});
