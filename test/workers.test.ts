/**
 * `server.workers: 2`: the main thread and a uWS worker thread serve one port
 * (runtime/server/workers.ts). Through the real CLI: both threads answer,
 * /metrics sums the threads, usage records of both threads reach stdout as
 * whole lines, stored responses and batch owners are known to every thread,
 * an admin reload reaches every thread, SIGTERM exits cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const KEY = 'sk-workers-test-caller-0123';

let sim: Simulator;
let gw: ChildProcess;
let url = '';
let out = '';
let dir = '';

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'sy-workers-'));
  const file = join(dir, 'gw.yaml');
  writeFileSync(file, [
    'server: { host: 127.0.0.1, port: 0, workers: 2, admin_key: admin-secret-1 }',
    `providers: { anthropic: { type: anthropic, base_url: "${sim.url}", api_key: sk-ant-x, simulated: true } }`,
    'models: { claude-w: { targets: [{ provider: anthropic, model: claude-sonnet-4-5 }] } }',
    `callers: [{ name: w, key: ${KEY} }]`,
    'logging: { usage_sink: stdout, level: warn }',
    'observability: { metrics_key: metrics-secret-1 }',
    '',
  ].join('\n'));
  gw = spawn(process.execPath, ['bin/switchyard.mjs', 'start', '--config', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  gw.stdout?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  gw.stderr?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`gateway did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(t);
        url = m[1] as string;
        resolve();
      }
    };
    gw.stdout?.on('data', check);
    gw.once('exit', () => reject(new Error(`gateway exited:\n${out}`)));
  });
}, 30_000);

afterAll(async () => {
  if (gw.exitCode === null) gw.kill('SIGKILL');
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh connection per request, so the kernel may pick either thread. */
const get = (path: string, headers: Record<string, string> = {}) => fetch(url + path, { headers: { connection: 'close', ...headers } });

describe('server.workers: 2', () => {
  it('prints the thread count and both threads answer on the same port', async () => {
    expect(out).toContain('threads: 2');
    const seen = new Set<number>();
    for (let i = 0; i < 60 && seen.size < 2; i++) {
      const h = (await (await get('/health')).json()) as { worker: { index: number; threads: number } };
      expect(h.worker.threads).toBe(2);
      seen.add(h.worker.index);
    }
    expect([...seen].sort()).toEqual([0, 1]);
  });

  it('/metrics sums every thread; usage records of every thread reach stdout whole', async () => {
    const n = 20;
    for (let i = 0; i < n; i++) {
      const r = await fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: { connection: 'close', 'x-api-key': KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'claude-w', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(r.status).toBe(200);
      await r.arrayBuffer();
    }
    const text = await (await get('/metrics', { 'x-metrics-key': 'metrics-secret-1' })).text();
    const m = /switchyard_requests_total\{[^}]*status="200"\} (\d+)/.exec(text);
    expect(Number(m?.[1])).toBe(n);
    await new Promise((r) => setTimeout(r, 400)); // usage batches: ≤ 100 ms in the worker, ≤ 100 ms in the main thread
    const usage = out.split('\n').filter((l) => l.startsWith('{"type":"usage"'));
    expect(usage).toHaveLength(n);
    for (const l of usage) expect(JSON.parse(l)).toMatchObject({ type: 'usage', status: 200, model_alias: 'claude-w' });
  });

  it('/metrics keeps observability.metrics_key on every thread (the summed handler checks it too)', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await get('/metrics');
      expect(r.status).toBe(401);
      expect(await r.text()).not.toContain('switchyard_requests_total');
    }
    const ok = await get('/metrics', { authorization: 'Bearer metrics-secret-1' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('switchyard_requests_total');
  });

  it('a stored Responses API response is known to every thread (memory store shared between threads)', async () => {
    const created = await fetch(`${url}/v1/responses`, {
      method: 'POST',
      headers: { connection: 'close', authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-w', input: 'Remember me' }),
    });
    expect(created.status).toBe(200);
    const id = ((await created.json()) as { id: string }).id;
    // Request ids carry a per-thread prefix: retrieve until both threads answered, each with the response.
    const threads = new Set<string>();
    for (let i = 0; i < 60 && threads.size < 2; i++) {
      const r = await get(`/v1/responses/${id}`, { authorization: `Bearer ${KEY}` });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { id: string }).id).toBe(id);
      threads.add((r.headers.get('x-switchyard-request-id') ?? '').slice(0, 9));
    }
    expect(threads.size).toBe(2);
  });

  it('a Message Batch created on one thread is its owner\'s on every thread (batch owners shared between threads)', async () => {
    const created = await fetch(`${url}/v1/messages/batches`, {
      method: 'POST',
      headers: { connection: 'close', 'x-api-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ custom_id: 'a', params: { model: 'claude-w', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] } }] }),
    });
    expect(created.status).toBe(200);
    const id = ((await created.json()) as { id: string }).id;
    // Until both threads answered: the one that did not create the batch learnt its owner from the other.
    const threads = new Set<string>();
    for (let i = 0; i < 60 && threads.size < 2; i++) {
      const r = await get(`/v1/messages/batches/${id}`, { 'x-api-key': KEY });
      expect(r.status, await r.clone().text()).toBe(200);
      expect(((await r.json()) as { id: string }).id).toBe(id);
      threads.add((r.headers.get('x-switchyard-request-id') ?? '').slice(0, 9));
    }
    expect(threads.size).toBe(2);
  });

  it('an admin reload on any thread reloads every thread; SIGTERM drains and exits 0', async () => {
    const r = await fetch(`${url}/admin/reload`, { method: 'POST', headers: { connection: 'close', 'x-admin-key': 'admin-secret-1' } });
    expect(r.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => gw.once('exit', (code) => resolve(code)));
    gw.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
