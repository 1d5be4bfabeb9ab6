/**
 * Runs Claude Code itself (`@anthropic-ai/claude-code`'s native binary for
 * this platform, `-p` mode, JSON output) against a gateway base URL, quietly:
 * CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC, DISABLE_TELEMETRY,
 * DISABLE_ERROR_REPORTING, DISABLE_AUTOUPDATER, an empty HOME and
 * CLAUDE_CODE_TMPDIR, a minimal environment (no inherited API keys).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export const CLAUDE = new URL(`../../node_modules/@anthropic-ai/claude-code-${process.platform}-${process.arch}/claude`, import.meta.url).pathname;
/** Why Claude Code tests skip, or null when the binary is installed. */
export const CLAUDE_SKIP_REASON = !existsSync(CLAUDE)
  ? `Claude Code native binary not installed at ${CLAUDE} (devDependency @anthropic-ai/claude-code installs it through its optional dependency for ${process.platform}-${process.arch})`
  : null;

/** The JSON result of `claude -p … --output-format json`. */
export interface ClaudeResult {
  type: string;
  subtype: string;
  is_error: boolean;
  result: string;
  num_turns: number;
  permission_denials: unknown[];
}

/** A `claude(prompt, args)` runner against `base` with caller key `key`, scratch folders under `dir`, `extraEnv` added to its environment. */
export function claudeRunner(base: () => string, key: string, dir: () => string, extraEnv: Record<string, string> = {}): (prompt: string, args?: string[]) => Promise<ClaudeResult> {
  return (prompt, args = []) => {
    const home = mkdtempSync(join(dir(), 'home-'));
    const tmp = mkdtempSync(join(dir(), 'tmp-'));
    const cwd = mkdtempSync(join(dir(), 'work-'));
    const env = {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: home,
      CLAUDE_CODE_TMPDIR: tmp,
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      DISABLE_TELEMETRY: '1',
      DISABLE_ERROR_REPORTING: '1',
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_MAX_RETRIES: '0',
      API_TIMEOUT_MS: '30000',
      ANTHROPIC_BASE_URL: base(),
      ANTHROPIC_API_KEY: key,
      ...extraEnv,
    };
    return new Promise((resolve, reject) => {
      execFile(CLAUDE, ['-p', prompt, '--output-format', 'json', ...args], { env, cwd, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as ClaudeResult);
        } catch {
          reject(new Error(`claude failed (${err?.message ?? 'no JSON'}): stdout=${stdout.slice(0, 2000)} stderr=${stderr.slice(0, 2000)}`));
        }
      });
    });
  };
}

/** A prompt steering the simulator into a Bash tool call `echo sy-tool-ok-$((40+n))` (runtime/simulator/synth.ts findToolMarker). */
export const TOOL_PROMPT = (n: number) => `Run the check: [sim-tool:Bash:{"command":"echo sy-tool-ok-$((40+${n}))","description":"print the check marker"}]`;
