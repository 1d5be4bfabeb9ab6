/**
 * Gemini CLI (`@google/gemini-cli`, devDependency; non-interactive `gemini -p`)
 * pointed straight at the Gemini API simulator: proves the simulator is good
 * enough for the real client, and pins down what the CLI sends — the oracle for
 * the gateway's Gemini ingress (issue 13).
 *
 * How the CLI is run (quiet, loopback only):
 * - `GOOGLE_GEMINI_BASE_URL=<simulator url>` and `GEMINI_API_KEY`; the settings file
 *   `$HOME/.gemini/settings.json` selects `security.auth.selectedType: "gemini-api-key"`
 *   (with only the base URL set, 0.61 picks its "gateway" auth type, which its own
 *   non-interactive validation then refuses: "Invalid auth method selected.");
 * - `telemetry.enabled: false`, `privacy.usageStatisticsEnabled: false`,
 *   `general.enableAutoUpdate[Notification]: false`; a throwaway HOME and workspace;
 *   `GEMINI_CLI_TRUST_WORKSPACE=true` (headless runs refuse untrusted folders otherwise);
 *   `GEMINI_CLI_NO_RELAUNCH=true` (no child process re-launch); `--output-format json`.
 *
 * What it sends (0.61.0, bundled google-genai-sdk 1.30.0), asserted below:
 * `POST /v1beta/models/{model}:generateContent` for its router/classifier
 * (responseMimeType application/json + responseJsonSchema with upper-case types,
 * thinkingConfig {includeThoughts, thinkingLevel}) and
 * `POST /v1beta/models/{model}:streamGenerateContent?alt=sse` for the main turn, with
 * `x-goog-api-key`, `user-agent: GeminiCLI-...`, `x-goog-api-client: google-genai-sdk/...`,
 * `systemInstruction`, `tools[0].functionDeclarations[]` using `parametersJsonSchema`, and
 * `generationConfig.thinkingConfig.includeThoughts: true`. Model ids are Gemini 3 family
 * ids that need not be in any catalog, so the gateway must treat the path model as an alias.
 * On a tool round trip it sends the model turn back without the thought parts but with the
 * functionCall part unchanged (`id` and `thoughtSignature` byte for byte), then a `role: "user"`
 * turn of `functionResponse {id, name, response: {output}}` with the same id.
 *
 * Reliability behaviour (observed with the simulator's faults): a mid-stream error event
 * (`error-after:2`) makes the CLI discard the partial turn and resend the same request after
 * a backoff of about 5 s (asserted below); a 503 before the stream is retried the same way; a 429
 * is retried after max(RetryInfo.retryDelay, ~5 s) ("Suggested retry after 1s.. Retrying after
 * 5112ms"). Gemini-format errors from the gateway therefore need RetryInfo and the right status.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestSeed, simThoughtSignature, verifyThoughtSignature } from '../runtime/simulator/gemini/index.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';

const GEMINI = new URL('../node_modules/@google/gemini-cli/bundle/gemini.js', import.meta.url).pathname;
const skipReason = existsSync(GEMINI) ? null : `Gemini CLI not installed at ${GEMINI} (devDependency @google/gemini-cli)`;
if (skipReason) console.warn(`gemini-cli test skipped: ${skipReason}`);

const KEY = 'gemini-cli-test-key';
let sim: Simulator;
let home: string;
let work: string;

interface CliResult {
  code: number | null;
  json: { response?: string; error?: unknown; stats?: { tools?: { totalCalls: number; totalSuccess: number } } };
  stderr: string;
}

function runGemini(prompt: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [GEMINI, '-p', prompt, '--output-format', 'json'],
      {
        cwd: work,
        timeout: 90_000,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: home,
          GOOGLE_GEMINI_BASE_URL: sim.url,
          GEMINI_API_KEY: KEY,
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

type Json = Record<string, any>;

function bodies(): Array<{ path: string; query: string; headers: Record<string, string>; body: Json }> {
  return sim.requests.map((r) => ({ path: r.path, query: r.query, headers: r.headers, body: JSON.parse(r.body.toString('utf8') || '{}') as Json }));
}

describe.skipIf(skipReason !== null)('Gemini CLI against the Gemini simulator', () => {
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    home = mkdtempSync(join(tmpdir(), 'sy-gemini-home-'));
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
    await sim?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('answers a text turn; the CLI speaks v1beta with x-goog-api-key and a streamed main turn', async () => {
    sim.reset();
    const r = await runGemini('Say hello');
    expect(r.json.error, r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.json.response).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    const reqs = bodies();
    expect(reqs.length).toBeGreaterThanOrEqual(1);
    for (const q of reqs) {
      expect(q.path).toMatch(/^\/v1beta\/models\/gemini-[A-Za-z0-9.-]+:(generateContent|streamGenerateContent)$/);
      expect(q.headers['x-goog-api-key']).toBe(KEY);
      expect(q.headers['user-agent']).toMatch(/^GeminiCLI/);
      expect(q.headers['x-goog-api-client']).toMatch(/google-genai-sdk\//);
    }
    const main = reqs.find((q) => q.path.endsWith(':streamGenerateContent'));
    expect(main?.query).toBe('alt=sse');
    expect(main?.body.systemInstruction?.parts?.[0]?.text).toContain('Gemini CLI');
    const decls = (main?.body.tools?.[0]?.functionDeclarations ?? []) as Json[];
    expect(decls.map((d) => d.name)).toContain('list_directory');
    expect(decls.every((d) => d.parametersJsonSchema !== undefined && d.parameters === undefined)).toBe(true);
    expect(main?.body.generationConfig?.thinkingConfig?.includeThoughts).toBe(true);
    const lastUser = main?.body.contents?.[main.body.contents.length - 1] as Json;
    expect(lastUser.role).toBe('user');
    expect(JSON.stringify(lastUser.parts)).toContain('Say hello');
  }, 120_000);

  it('runs a tool round trip: functionCall id and thoughtSignature come back unchanged with the functionResponse', async () => {
    sim.reset();
    const r = await runGemini('List the files here [sim-tool:list_directory:{"dir_path":"."}]');
    expect(r.json.error, r.stderr).toBeUndefined();
    expect(r.json.response).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(r.json.stats?.tools).toMatchObject({ totalCalls: 1, totalSuccess: 1 });
    const streams = bodies().filter((q) => q.path.endsWith(':streamGenerateContent'));
    expect(streams.length).toBe(2);
    const contents = streams[1]?.body.contents as Json[];
    const modelTurn = contents[contents.length - 2] as Json;
    const responseTurn = contents[contents.length - 1] as Json;
    expect(modelTurn.role).toBe('model');
    expect(modelTurn.parts).toHaveLength(1); // thought parts are not sent back
    const callPart = modelTurn.parts[0] as Json;
    expect(callPart.functionCall).toMatchObject({ name: 'list_directory', args: { dir_path: '.' } });
    expect(callPart.functionCall.id).toMatch(/^[0-9a-z]{8}$/);
    expect(verifyThoughtSignature(callPart.thoughtSignature as string)).toMatch(/^gemini-/);
    // Byte for byte the signature the simulator issued for the first stream request (position 1: after the thought part).
    const firstRaw = sim.requests.filter((q) => q.path.endsWith(':streamGenerateContent'))[0];
    const model = /models\/([^:]+):/.exec(firstRaw?.path ?? '')?.[1] ?? '';
    expect(callPart.thoughtSignature).toBe(simThoughtSignature(model, requestSeed(firstRaw?.body ?? ''), 1));
    expect(responseTurn.role).toBe('user');
    expect(responseTurn.parts).toHaveLength(1);
    const fr = (responseTurn.parts[0] as Json).functionResponse as Json;
    expect(fr.id).toBe(callPart.functionCall.id);
    expect(fr.name).toBe('list_directory');
    expect(JSON.stringify(fr.response)).toContain('sy-marker-file.txt');
  }, 120_000);

  it('recovers from a mid-stream error event by resending the turn', async () => {
    sim.reset();
    sim.queueFaults(['none', 'error-after:2']); // the router call passes; the main stream breaks after 2 chunks
    const r = await runGemini('Say hello');
    expect(r.json.error, r.stderr).toBeUndefined();
    expect(r.json.response).toBe('word0 word1 word2 word3 word4 word5 word6 word7'); // the broken partial turn is not shown
    const streams = sim.requests.filter((q) => q.path.endsWith(':streamGenerateContent'));
    expect(streams).toHaveLength(2);
    expect(streams[1]?.body.equals(streams[0]?.body ?? Buffer.alloc(0))).toBe(true);
  }, 120_000);
});
