/**
 * Test upstreams the simulator cannot imitate exactly:
 * - `startScripted()`: a node:http server answering each request with the next
 *   queued handler (exact status, headers such as `x-should-retry: false` or
 *   `retry-after-ms`, and bodies), else the default handler;
 * - `startBlackhole()`: a TCP listener whose accept queue is full, so that a
 *   new connection never completes its handshake (connect timeout). Its
 *   listener lives in a worker thread that blocks its event loop, so the
 *   kernel backlog (size 1) fills with two filler connections.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';

export type ScriptHandler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;

export interface Scripted {
  url: string;
  /** Every request received: headers and body. */
  requests: { path: string; headers: IncomingMessage['headers']; body: Buffer }[];
  queue(...h: ScriptHandler[]): void;
  setDefault(h: ScriptHandler): void;
  close(): Promise<void>;
}

/** Anthropic-shaped JSON answer helper. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptHandler => (_req, _b, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** A minimal successful Anthropic Messages response. */
export const anthropicOk = (text = 'ok'): ScriptHandler => json(200, {
  id: 'msg_scripted', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text }],
  stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 },
});

export const anthropicError = (status: number, type: string, headers: Record<string, string> = {}): ScriptHandler =>
  json(status, { type: 'error', error: { type, message: `scripted ${status}` } }, headers);

export async function startScripted(): Promise<Scripted> {
  const queue: ScriptHandler[] = [];
  let def: ScriptHandler = anthropicOk();
  const requests: Scripted['requests'] = [];
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = Buffer.concat(parts);
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      (queue.shift() ?? def)(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue: (...h) => void queue.push(...h),
    setDefault: (h) => void (def = h),
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

export interface Blackhole {
  url: string;
  close(): Promise<void>;
}

/** A listener that never completes new TCP handshakes (see the module docblock). */
export async function startBlackhole(blockMs = 60_000): Promise<Blackhole> {
  const worker = new Worker(
    `const net = require('node:net');
     const { parentPort, workerData } = require('node:worker_threads');
     const srv = net.createServer(() => {});
     srv.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
       parentPort.postMessage(srv.address().port);
       setTimeout(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData), 20);
     });`,
    { eval: true, workerData: blockMs },
  );
  const port = await new Promise<number>((r) => worker.once('message', r));
  await new Promise((r) => setTimeout(r, 100));
  const fillers: Socket[] = [];
  for (let i = 0; i < 2; i++) {
    const s = connect(port, '127.0.0.1');
    s.on('error', () => {});
    fillers.push(s);
    await new Promise((r) => setTimeout(r, 30));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const s of fillers) s.destroy();
      await worker.terminate();
    },
  };
}
