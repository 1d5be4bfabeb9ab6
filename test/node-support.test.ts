/**
 * Node versions, honestly (README "Node versions"): on a Node or a binding the
 * gateway does not support it refuses to start with one clear message and
 * exit 1 — never a stack trace and never the slow fallback.
 *
 * The unsupported combinations are produced on the tested Node 20 by an
 * `--import` preload that changes what the process reports (the same values a
 * Node 22 process has: version 22.x, ABI 127), so the real checks run: the
 * version gate of bin/switchyard.mjs, and the binding loader of
 * runtime/server/uws.ts (the package looks for uws_linux_x64_127.node, which
 * the pinned build does not ship, and falls back).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const pretend = (key: 'node' | 'modules', value: string) =>
  `data:text/javascript,Object.defineProperty(process.versions,${JSON.stringify(key)},{value:${JSON.stringify(value)}})`;

function run(args: string[], env: Record<string, string> = {}): { status: number | null; stderr: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sy-node-support-'));
  try {
    const cfg = join(dir, 'gateway.yaml');
    writeFileSync(cfg, 'server: { host: 127.0.0.1, port: 0 }\n');
    const r = spawnSync(process.execPath, args.map((a) => (a === 'CONFIG' ? cfg : a)), {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    return { status: r.status, stderr: r.stderr, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('unsupported Node and binding combinations', () => {
  it('Node 22 is refused by the version gate with the supported range and the reason', () => {
    const r = run(['--import', pretend('node', '22.12.0'), 'bin/switchyard.mjs', 'start', '--config', 'CONFIG']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'switchyard: Node 22.12.0 is not supported; Switchyard runs on Node 20 (20.18.1 or later 20.x). ' +
        'Its uWebSockets.js binding (@trufflesuite/uws-js-unofficial 20.30.0) has native builds for Node 16, 18 and 20 only, ' +
        'and undici 7 needs Node 20.18.1 or later. See "Node versions" in the README.',
    );
    expect(r.stdout).toBe('');
  }, 70_000);

  it('an ABI the binding has no build for (Node 22: 127) fails at start with one message naming Node, ABI and glibc, not the fallback', () => {
    const r = run(['--import', pretend('modules', '127'), 'dist/cli.mjs', 'start', '--config', 'CONFIG']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^switchyard: The native uWebSockets\.js binding did not load on Node v20\.\d+\.\d+ \(linux-x64, ABI 127, (glibc \d+\.\d+|not glibc)\); /);
    expect(r.stderr).toContain('which Switchyard refuses to use');
    expect(r.stderr).toContain("Cannot find module '../binaries/uws_linux_x64_127.node'");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).not.toContain('listening');
  }, 70_000);

  it('the simulator refuses the fallback the same way (UWS_USE_FALLBACK)', () => {
    const r = run(['bin/switchyard.mjs', 'simulate', '--port', '0'], { UWS_USE_FALLBACK: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('switchyard: UWS_USE_FALLBACK is set: Switchyard requires the native uWebSockets.js binding and will not run on the fallback. Unset UWS_USE_FALLBACK.');
  }, 70_000);
});
