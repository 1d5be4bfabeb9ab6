/**
 * The compiled runtime (dist/, scripts/build.ts): `build:check` notices a
 * missing, stale or foreign file; the `switchyard` command (bin/switchyard.mjs,
 * run as an executable), `npm start` and the gateway's uWS worker threads run
 * the compiled JavaScript — a module hook (helpers/no-typescript.mjs, preloaded
 * through NODE_OPTIONS into every process and thread) fails any import of a
 * TypeScript file or of the tsx loader — and serve real requests: the compiled
 * simulator replays a recording (its recordings folder is found from dist/), the
 * compiled gateway with `server.workers: 2` relays to it for the Anthropic SDK.
 * The bin refuses a Node other than 20.18.1+ 20.x with a message saying what works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { checkBuild, writeBuild } from '../scripts/build.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'switchyard.mjs');
const NO_TS = new URL('./helpers/no-typescript.mjs', import.meta.url).href;
const KEY = 'sk-compiled-test-caller-0123';

let dir = '';
const children: ChildProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sy-compiled-'));
});

afterAll(() => {
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    // npm start runs in its own process group (detached): stop npm and the gateway under it.
    if (c.pid !== undefined) {
      try {
        process.kill(c.spawnargs[0] === 'npm' ? -c.pid : c.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a command with the no-TypeScript hook; resolves with the URL it prints after `pattern` and its output so far. */
function start(cmd: string, args: string[], pattern: RegExp, opts: { detached?: boolean } = {}): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--import=${NO_TS}`, LOG_LEVEL: 'warn' };
  delete env.ANTHROPIC_API_KEY;
  delete env.OPENAI_API_KEY;
  delete env.SWITCHYARD_CONFIG;
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached ?? false });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${cmd} ${args.join(' ')} did not start within 40 s:\n${out}`)), 40_000);
    const check = (): void => {
      const m = pattern.exec(out);
      if (!m) return;
      clearTimeout(t);
      resolve({ url: m[1] as string, child, output: () => out });
    };
    child.stdout?.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(t);
      reject(new Error(`${cmd} ${args.join(' ')} exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

describe('build:check', () => {
  it('passes on a fresh build and names a missing, stale or foreign file', async () => {
    const out = join(dir, 'build');
    const n = await writeBuild(out);
    expect(n).toBeGreaterThan(3);
    expect(await checkBuild(out)).toEqual([]);

    writeFileSync(join(out, 'cli.mjs'), '// edited by hand\n', { flag: 'a' });
    writeFileSync(join(out, 'left-over.mjs'), 'export {};\n');
    unlinkSync(join(out, 'worker-entry.mjs'));
    const problems = await checkBuild(out);
    expect(problems.some((p) => /cli\.mjs is stale$/.test(p))).toBe(true);
    expect(problems.some((p) => /left-over\.mjs is not part of the build$/.test(p))).toBe(true);
    expect(problems.some((p) => /worker-entry\.mjs is missing$/.test(p))).toBe(true);

    rmSync(out, { recursive: true });
    expect(await checkBuild(out)).toEqual([expect.stringMatching(/is missing \(no .*cli\.mjs\)$/)]);
  }, 60_000);
});

describe('Node versions (bin/switchyard.mjs)', () => {
  const FAKE = new URL('./helpers/fake-node-version.mjs', import.meta.url).href;
  const run = (version: string) => spawnSync(process.execPath, ['--import', FAKE, BIN, '--version'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FAKE_NODE_VERSION: version } });

  it('refuses Node 22, 24 and a too-old 20.x at once, saying what works', () => {
    for (const v of ['22.23.5', '24.11.0', '20.18.0', '18.20.4']) {
      const r = run(v);
      expect(r.status, v).toBe(1);
      expect(r.stderr).toContain(`Node ${v} is not supported; Switchyard runs on Node 20 (20.18.1 or later 20.x)`);
      expect(r.stderr).toContain('"Node versions" in the README');
    }
  });

  it('runs on 20.18.1 and later 20.x', () => {
    for (const v of ['20.18.1', '20.20.2']) {
      const r = run(v);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

describe('the compiled runtime as child processes', () => {
  let simUrl = '';

  it('`switchyard simulate` (the bin as an executable) replays a recorded stream', async () => {
    const sim = await start(BIN, ['simulate', '--port', '0'], /simulator listening on (http:\/\/[\d.:]+)/);
    simUrl = sim.url;
    expect(sim.output()).not.toMatch(/older than/);
    const r = await fetch(`${simUrl}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-x', 'anthropic-version': '2023-06-01', 'x-sim-fixture': 'anthropic/stream-basic-sdkfixture.sse' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
    });
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toContain('event: message_start');
    expect(text).toContain('event: message_stop');
  });

  it('`switchyard start` with server.workers: 2 serves the Anthropic SDK, JSON and streamed', async () => {
    expect(simUrl).not.toBe('');
    const file = join(dir, 'gw.yaml');
    writeFileSync(file, [
      'server: { host: 127.0.0.1, port: 0, workers: 2 }',
      `providers: { anthropic: { type: anthropic, base_url: "${simUrl}", api_key: sk-ant-x, simulated: true } }`,
      'models: { claude-c: { targets: [{ provider: anthropic, model: claude-sonnet-4-5 }] } }',
      `callers: [{ name: c, key: ${KEY} }]`,
      'logging: { level: warn }',
      '',
    ].join('\n'));
    const gw = await start(BIN, ['start', '--config', file], /gateway listening on (http:\/\/[\d.:]+)/);
    expect(gw.output()).toMatch(/threads: 2/);
    const client = new Anthropic({ baseURL: gw.url, apiKey: KEY, maxRetries: 0 });
    for (let i = 0; i < 4; i++) {
      const msg = await client.messages.create({ model: 'claude-c', max_tokens: 32, messages: [{ role: 'user', content: `Hello ${i}` }] });
      expect(msg.type).toBe('message');
      expect(msg.content[0]?.type).toBe('text');
    }
    const stream = client.messages.stream({ model: 'claude-c', max_tokens: 32, messages: [{ role: 'user', content: 'Stream please' }] });
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBeTruthy();
    expect(final.content.length).toBeGreaterThan(0);
    gw.child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => gw.child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(gw.output()).not.toMatch(/imported TypeScript/);
  });

  it('`npm start` serves the embedded default', async () => {
    const gw = await start('npm', ['start', '--', '--port', '0'], /gateway listening on (http:\/\/[\d.:]+)/, { detached: true });
    const r = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'sk-switchyard-demo' },
      body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 32, messages: [{ role: 'user', content: 'Hello' }] }),
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { type: string }).type).toBe('message');
    if (gw.child.pid !== undefined) process.kill(-gw.child.pid, 'SIGTERM');
    await new Promise((r) => gw.child.once('exit', r));
  });
});
