/**
 * Codex CLI (`@openai/codex`, native binary from its npm platform package) run
 * non-interactively: `codex exec --json PROMPT` with a custom model provider
 * (`wire_api = "responses"`) at a base URL on 127.0.0.1, in a fresh CODEX_HOME.
 *
 * Offline apart from loopback: HOME/CODEX_HOME in a temp dir, plugins/apps/update
 * checks/analytics off, and HTTP(S)_PROXY pointing at a dead local port (NO_PROXY
 * for 127.0.0.1) so any other outbound request fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);

/** Path of the Codex launcher when its native platform package is installed, else undefined. */
function codexBin(): string | undefined {
  try {
    const launcher = require.resolve('@openai/codex/bin/codex.js');
    const pkg = `@openai/codex-${process.platform}-${process.arch}`;
    return existsSync(join(dirname(require.resolve(`${pkg}/package.json`)))) ? launcher : undefined;
  } catch {
    return undefined;
  }
}
export const CODEX = codexBin();

export interface CodexRun {
  code: number | null;
  /** The `--json` event lines, parsed. */
  events: Json[];
  stderr: string;
  /** Wall time of the run in milliseconds. */
  ms: number;
}

export interface CodexOptions {
  /** Provider `supports_websockets` (default true). */
  websocket?: boolean;
  /** `model` (default gpt-5.5). */
  model?: string;
  /** The key Codex sends (env_key; default sk-codex). */
  key?: string;
}

/** Runs `codex exec --json PROMPT` against `base` (an http://…/v1 base URL) in a fresh CODEX_HOME. */
export async function codexExec(base: string, prompt: string, opts: CodexOptions = {}): Promise<CodexRun> {
  const home = mkdtempSync(join(tmpdir(), 'sy-codex-'));
  writeFileSync(
    join(home, 'config.toml'),
    [
      `model = "${opts.model ?? 'gpt-5.5'}"`,
      'model_provider = "switchyard"',
      'approval_policy = "never"',
      'sandbox_mode = "danger-full-access"',
      'check_for_update_on_startup = false',
      '[features]',
      'plugins = false',
      'remote_plugin = false',
      'apps = false',
      'in_app_updates = false',
      '[analytics]',
      'enabled = false',
      '[model_providers.switchyard]',
      'name = "Switchyard"',
      `base_url = "${base}"`,
      'env_key = "SWITCHYARD_KEY"',
      'wire_api = "responses"',
      `supports_websockets = ${opts.websocket ?? true}`,
      'request_max_retries = 0',
      'stream_max_retries = 0',
      '',
    ].join('\n'),
  );
  const dead = 'http://127.0.0.1:9';
  const started = performance.now();
  const child = spawn(process.execPath, [CODEX as string, 'exec', '--skip-git-repo-check', '--json', prompt], {
    cwd: home,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      CODEX_HOME: home,
      SWITCHYARD_KEY: opts.key ?? 'sk-codex',
      RUST_LOG: 'error',
      NO_COLOR: '1',
      HTTP_PROXY: dead,
      HTTPS_PROXY: dead,
      ALL_PROXY: dead,
      NO_PROXY: '127.0.0.1,localhost',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (out += String(d)));
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  const ms = performance.now() - started;
  rmSync(home, { recursive: true, force: true });
  const events = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Json);
  return { code, events, stderr, ms };
}

/** The agent's messages of a run. */
export const agentText = (r: CodexRun): string[] => r.events.filter((e) => (e.item as Json | undefined)?.type === 'agent_message').map((e) => String((e.item as Json).text));
