/**
 * Harness of the hostile-caller suite: the gateway as a child process
 * (`switchyard start --config FILE`), a scriptable upstream, raw HTTP over a
 * socket (for bytes `fetch` refuses to send), and a Redis stand-in that
 * accepts connections, answers the client's ready check and then never
 * answers again (a hung, not a down, store).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, connect, type Server, type Socket } from 'node:net';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/switchyard.mjs', import.meta.url).pathname;

export interface Child {
  url: string;
  /** Everything the process wrote (stdout + stderr). */
  output(): string;
  configPath: string;
  stop(): Promise<void>;
}

/**
 * Starts `switchyard start` on a YAML config text (port 0); resolves with its URL.
 * @param env extra environment (LOG_LEVEL defaults to warn)
 */
export async function startGatewayProcess(yaml: string, env: Record<string, string> = {}): Promise<Child> {
  const dir = mkdtempSync(join(tmpdir(), 'sy-sec-'));
  const configPath = join(dir, 'switchyard.yaml');
  writeFileSync(configPath, yaml);
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start', '--config', configPath], {
    env: { ...process.env, LOG_LEVEL: 'warn', ANTHROPIC_PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const end = Date.now() + 30_000;
  let m: RegExpExecArray | null;
  while (!(m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out))) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`gateway did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url: m[1] as string,
    output: () => out,
    configPath,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `switchyard` with arguments to completion (bounded); resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string | undefined>, ms = 20_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const t = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code) => {
      clearTimeout(t);
      resolve({ code, output: out });
    });
  });
}

export interface Seen { method: string; url: string; headers: IncomingMessage['headers']; body: string }
export type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A scriptable upstream: `handler` answers every request; `seen` records them. */
export async function startUpstream(handler: Handler): Promise<{ url: string; seen: Seen[]; setHandler(h: Handler): void; close(): Promise<void> }> {
  let h = handler;
  const seen: Seen[] = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      h(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    setHandler: (x) => void (h = x),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * Sends raw bytes on a fresh connection; resolves with what came back when the
 * connection closes or after `ms` (then `timedOut`).
 */
export function rawRequest(url: string, data: string | Buffer, ms = 5000): Promise<{ text: string; timedOut: boolean; status: number | null }> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s: Socket = connect(Number(u.port), u.hostname);
    let text = '';
    const done = (timedOut: boolean) => {
      clearTimeout(t);
      s.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ text, timedOut, status: m ? Number(m[1]) : null });
    };
    const t = setTimeout(() => done(true), ms);
    s.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      // A complete response with a content-length: no need to wait for the close.
      const head = text.indexOf('\r\n\r\n');
      const cl = /\r\ncontent-length: (\d+)/i.exec(text.slice(0, head));
      if (head >= 0 && cl && text.length - head - 4 >= Number(cl[1])) done(false);
    });
    s.on('close', () => done(false));
    s.on('error', () => done(false));
    s.write(data);
  });
}

/**
 * A Redis stand-in that accepts connections and answers the client's start-up
 * commands (INFO ready check, anything else +OK), but never answers a script
 * call (EVAL/EVALSHA): a hung store.
 */
export async function startHungRedis(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createTcpServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    let hung = false;
    s.on('data', (d: Buffer) => {
      if (hung) return;
      const text = d.toString('latin1').toLowerCase();
      if (text.includes('evalsha') || text.includes('eval')) {
        hung = true;
        return;
      }
      // One answer per command in the chunk (RESP arrays start with '*').
      const n = Math.max(1, (text.match(/^\*/gm) ?? []).length);
      for (let i = 0; i < n; i++) {
        if (text.includes('info')) {
          const info = '# Server\r\nredis_version:7.0.0\r\nloading:0\r\n';
          s.write(`$${info.length}\r\n${info}\r\n`);
        } else s.write('+OK\r\n');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `redis://127.0.0.1:${port}/0`,
    close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}
