/**
 * A gateway as its own OS process (`bin/switchyard.mjs start --config FILE`),
 * for tests of state shared between replicas (rate limits, budgets on Redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface Proc { child: ChildProcess; url: string; stderr: string[] }

/** Starts a gateway process on `port` and waits until /health answers (20 s at most). */
export async function startGatewayProcess(configFile: string, port: number): Promise<Proc> {
  const child = spawn(process.execPath, ['bin/switchyard.mjs', 'start', '--config', configFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited ${child.exitCode}: ${stderr.join('')}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return { child, url, stderr };
    if (Date.now() > end) throw new Error(`gateway on ${port} did not start: ${stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** SIGTERM, then waits for the exit. */
export async function stopProcess(p: Proc | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await exited;
}
