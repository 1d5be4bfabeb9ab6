/**
 * A throwaway redis-server for tests: started on a free port of 127.0.0.1
 * with persistence off, stopped (and restartable on the same port) on demand.
 *
 * `REDIS_BIN` is null when the `redis-server` binary is absent; suites then
 * skip with that reason (.ci/run installs the Debian package, so CI runs them).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

function findRedis(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/** Path of redis-server, or null when it is not installed. */
export const REDIS_BIN = findRedis();
export const REDIS_SKIP_REASON = 'redis-server is not installed (apt-get install redis-server; .ci/run does this)';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, up: boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const c = connect(port, '127.0.0.1');
      c.once('connect', () => { c.destroy(); resolve(true); });
      c.once('error', () => resolve(false));
    });
    if (open === up) return;
    if (Date.now() > end) throw new Error(`redis on port ${port} did not ${up ? 'start' : 'stop'}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (SIGTERM) and waits until the port is closed. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: no persistence). */
  start(): Promise<void>;
  /**
   * Freezes the server (SIGSTOP): connections stay open and commands queue
   * unanswered — a store too slow for the client's timeout — until `resume`.
   */
  pause(): void;
  /** Lets a paused server run again (SIGCONT); it then runs the queued commands in order. */
  resume(): void;
}

/** Starts redis-server on a free port. Requires REDIS_BIN. */
export async function startRedis(): Promise<TestRedis> {
  if (!REDIS_BIN) throw new Error(REDIS_SKIP_REASON);
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const r: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      proc = spawn(REDIS_BIN as string, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitForPort(port, true);
    },
    async stop() {
      const p = proc;
      proc = null;
      if (!p || p.exitCode !== null) return;
      const exited = new Promise((res) => p.once('exit', res));
      p.kill('SIGTERM');
      await exited;
      await waitForPort(port, false);
    },
    pause() {
      proc?.kill('SIGSTOP');
    },
    resume() {
      proc?.kill('SIGCONT');
    },
  };
  await r.start();
  return r;
}
