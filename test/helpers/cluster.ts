/**
 * A scale-out cluster for tests: N gateway processes (`switchyard start`, each
 * on its own port, one shared config file) behind a real nginx (Debian package,
 * started here with its own prefix directory, upstream keep-alive on), one
 * Redis for the shared state, and the built-in simulator as the upstream.
 *
 * `NGINX_BIN` is null when nginx is not installed; suites skip with
 * `NGINX_SKIP_REASON` (.ci/run installs it). Replicas can be stopped with
 * SIGTERM (graceful drain) and started again on the same port, as in a
 * rolling restart. Each replica's stdout (usage records: `usage_sink: stdout`)
 * is kept per process generation, so a test can tell which replica served what.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

function findNginx(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx 2>/dev/null'], { encoding: 'utf8' });
  const p = r.stdout.trim().split('\n')[0] ?? '';
  return p ? p : null;
}

/** Path of nginx, or null when it is not installed. */
export const NGINX_BIN = findNginx();
export const NGINX_SKIP_REASON = 'nginx is not installed (apt-get install nginx; .ci/run does this)';

/** One gateway process generation. */
export interface Replica {
  index: number;
  port: number;
  proc: ChildProcess;
  /** stdout + stderr of this generation. */
  out: string;
  exited: Promise<number | null>;
}

export interface Cluster {
  /** The load balancer's base URL (what callers use). */
  url: string;
  replicas: Replica[];
  /** Every generation of every replica, oldest first. */
  generations: Replica[];
  /** SIGTERM a replica; resolves with its exit code when it has drained and exited. */
  stop(index: number): Promise<number | null>;
  /** Starts replica `index` again on its port; resolves when it listens. */
  start(index: number): Promise<Replica>;
  /** Usage records (JSON lines on stdout) of a generation. */
  usage(r: Replica): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface ClusterOptions {
  replicas: number;
  /** The gateway config (YAML) without `server.port`, which each replica gets on the command line. */
  config: string;
  /** Extra nginx `http` directives, e.g. a different keep-alive policy. */
  nginxHttpExtra?: string;
}

async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * nginx in front of the replicas. The choices that make a rolling restart lossless:
 * - `keepalive` to the upstreams (HTTP/1.1, Connection header cleared): connections are reused;
 * - `proxy_next_upstream error timeout http_503 non_idempotent`: a refused connect (a replica
 *   that stopped listening) and a 503 from a draining replica (which answers requests arriving
 *   on kept-alive connections with 503 + `connection: close` before doing any work) are retried
 *   on the next replica — also for POST, which nginx otherwise never retries once sent;
 * - `proxy_buffering off`: SSE goes through as it arrives;
 * - `max_fails=1 fail_timeout=1s`: a restarted replica gets traffic again within a second.
 */
function nginxConf(dir: string, listenPort: number, ports: number[], extra: string): string {
  return `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  upstream switchyard {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=1s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listenPort};
    client_max_body_size 32m;
    location / {
      proxy_pass http://switchyard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_request_buffering off;
      proxy_read_timeout 120s;
      proxy_next_upstream error timeout http_503 non_idempotent;
      proxy_next_upstream_tries 3;
    }
  }
  ${extra}
}
`;
}

/** Starts the replicas, then nginx in front of them. Requires NGINX_BIN. */
export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  if (!NGINX_BIN) throw new Error(NGINX_SKIP_REASON);
  const dir = mkdtempSync(join(tmpdir(), 'sy-cluster-'));
  mkdirSync(join(dir, 'tmp'));
  const configFile = join(dir, 'gateway.yaml');
  writeFileSync(configFile, o.config);
  const ports: number[] = [];
  for (let i = 0; i < o.replicas; i++) ports.push(await freePort());
  const generations: Replica[] = [];
  const replicas: Replica[] = [];

  const start = async (index: number): Promise<Replica> => {
    const port = ports[index] as number;
    const proc = spawn(process.execPath, [join(ROOT, 'bin/switchyard.mjs'), 'start', '--config', configFile, '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const r: Replica = { index, port, proc, out: '', exited: new Promise((res) => proc.once('exit', (code) => res(code))) };
    proc.stdout?.on('data', (b: Buffer) => (r.out += b.toString('utf8')));
    proc.stderr?.on('data', (b: Buffer) => (r.out += b.toString('utf8')));
    let gone = false;
    void r.exited.then(() => (gone = true));
    await waitFor(() => gone || /listening on http/.test(r.out), 30_000, `replica ${index} to listen`);
    if (gone) throw new Error(`replica ${index} exited:\n${r.out}`);
    // Ready = /health answers and a shared limits store is connected (else the first requests meet on_store_error).
    const end = Date.now() + 20_000;
    for (;;) {
      const h = (await fetch(`http://127.0.0.1:${port}/health`).then((x) => x.json(), () => null)) as { limits?: { store?: string; status?: string } } | null;
      if (h && (h.limits?.store === 'memory' || h.limits?.status === 'ok')) break;
      if (Date.now() > end) throw new Error(`replica ${index} not ready: ${JSON.stringify(h)}\n${r.out}`);
      await new Promise((res) => setTimeout(res, 50));
    }
    replicas[index] = r;
    generations.push(r);
    return r;
  };
  await Promise.all(ports.map((_p, i) => start(i)));

  const lbPort = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConf(dir, lbPort, ports, o.nginxHttpExtra ?? ''));
  const nginx = spawn(NGINX_BIN, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let nginxOut = '';
  nginx.stderr?.on('data', (b: Buffer) => (nginxOut += b.toString('utf8')));
  const url = `http://127.0.0.1:${lbPort}`;
  const end = Date.now() + 15_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${nginxOut}${safeRead(join(dir, 'error.log'))}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) throw new Error(`nginx did not come up: ${nginxOut}${safeRead(join(dir, 'error.log'))}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    url,
    replicas,
    generations,
    start,
    async stop(index) {
      const r = replicas[index] as Replica;
      r.proc.kill('SIGTERM');
      return r.exited;
    },
    usage: (r) =>
      r.out
        .split('\n')
        .filter((l) => l.startsWith('{"type":"usage"'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    async close() {
      const exits = [nginx, ...replicas.map((r) => r.proc)].filter((p) => p.exitCode === null).map((p) => new Promise((res) => (p.once('exit', res), p.kill('SIGKILL'))));
      await Promise.all(exits);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
