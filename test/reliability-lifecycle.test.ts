/**
 * Issue 4: graceful shutdown and hot reload.
 * - close(): new connections refused at once, in-flight streams finish within
 *   the grace period; past it they end with an error event in their format.
 * - POST /admin/reload (server.admin_key): validated whole, swapped
 *   atomically, in-flight requests finish on the old config, an invalid file
 *   is rejected with its problems and the old config keeps serving.
 * - The `switchyard start` process: SIGHUP reloads the same config file (or
 *   logs why not), SIGTERM drains in-flight streams and exits 0.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import Anthropic from '@anthropic-ai/sdk';
import { startStack, testConfig, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { loadConfigFile } from '../runtime/config/index.ts';
import type { GatewayConfig } from '../generated/types/config.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const MSG = { max_tokens: 500, messages: [{ role: 'user' as const, content: 'Hi' }] };

function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, ...headers },
    body: JSON.stringify(body),
  });
}
/** Starts a paced stream and resolves once its first bytes arrived; `rest` reads it to the end. */
async function startStream(url: string, model: string, events: number, paceMs: number): Promise<{ first: string; rest: Promise<string> }> {
  const r = await post(url, '/v1/messages', { model, stream: true, ...MSG }, { 'x-sim-events': String(events), 'x-sim-pace-ms': String(paceMs) });
  expect(r.status).toBe(200);
  const reader = r.body!.getReader();
  const dec = new TextDecoder();
  const c = await reader.read();
  const first = dec.decode(c.value);
  const rest = (async () => {
    let s = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return s;
      s += dec.decode(value, { stream: true });
    }
  })();
  return { first, rest };
}
/** Resolves with the error code of a fresh TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      resolve('connected');
    });
    sock.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}
async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const simulated = (c: GatewayConfig) => {
  c.providers.anthropic!.simulated = true;
  c.server!.keepalive_ms = 0;
};

describe('graceful shutdown', () => {
  it('refuses new connections at once and lets an in-flight stream finish', async () => {
    const s = await startStack(simulated);
    try {
      const st = await startStream(s.url, 'claude-prod', 30, 30);
      const closing = s.sy.close(10_000);
      expect(await tryConnect(s.sy.gateway.port)).toBe('ECONNREFUSED');
      const health = s.sy.gateway.inFlight;
      expect(health).toBe(1);
      const rest = await st.rest;
      expect(st.first + rest).toContain('event: message_stop');
      expect(rest).not.toContain('event: error');
      await closing;
      expect(s.sy.gateway.inFlight).toBe(0);
    } finally {
      await s.sim.close();
    }
  });

  it('past the grace period, a stream still running ends with an error event in its format, and close() returns', async () => {
    const s = await startStack(simulated);
    try {
      const st = await startStream(s.url, 'claude-prod', 400, 50); // ~20 s if left alone
      const t0 = Date.now();
      await s.sy.close(300);
      expect(Date.now() - t0).toBeLessThan(15_000); // far below the stream's own length
      const rest = await st.rest;
      expect(rest).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"overloaded_error","message":"The gateway is shutting down\."\}\}\n\n$/);
      await waitFor(() => s.sim.stats.open === 0, 10_000, 'the upstream request to be closed');
    } finally {
      await s.sim.close();
    }
  });
});

/** A raw HTTP/1.1 request over TCP whose body is sent in two halves; `rest()` sends the second. */
function halfUpload(port: number, path: string, body: string): Promise<{ rest: () => void; response: Promise<string>; drop: () => void }> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1');
    const half = Math.floor(body.length / 2);
    let got = '';
    const response = new Promise<string>((done, fail) => {
      sock.on('data', (d: Buffer) => (got += d.toString('utf8')));
      sock.on('end', () => done(got));
      sock.on('close', () => done(got));
      sock.on('error', (e) => fail(e));
    });
    sock.once('connect', () => {
      sock.write(
        `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nx-api-key: ${CALLER_KEY}\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
      );
      resolve({ rest: () => sock.write(body.slice(half)), response, drop: () => sock.destroy() });
    });
    sock.once('error', reject);
  });
}

describe('graceful shutdown: a request whose body is still uploading', () => {
  const body = JSON.stringify({ model: 'claude-prod', ...MSG });
  const overloaded = '{"type":"error","error":{"type":"overloaded_error","message":"The gateway is shutting down."}}';

  it('counts as in flight; close() waits for it and it gets a clean 503 in its format (no reset; a load balancer retries it elsewhere)', async () => {
    const s = await startStack(simulated);
    try {
      const up = await halfUpload(s.sy.gateway.port, '/v1/messages', body);
      await waitFor(() => s.sy.gateway.inFlight === 1, 5000, 'the uploading request to count as in flight');
      let closed = false;
      const closing = s.sy.close(5000).then(() => (closed = true));
      await new Promise((r) => setTimeout(r, 150));
      expect(closed).toBe(false); // still waiting for the upload
      up.rest();
      const raw = await up.response;
      expect(raw).toMatch(/^HTTP\/1\.1 503 /);
      expect(raw.toLowerCase()).toContain('connection: close');
      expect(raw.endsWith(overloaded)).toBe(true);
      await closing;
      expect(s.sy.gateway.inFlight).toBe(0);
      expect(s.sim.requests.length).toBe(0);
    } finally {
      await s.sim.close();
    }
  });

  it('past the grace period, the upload still gets the 503 envelope when its body completes', async () => {
    const s = await startStack(simulated);
    try {
      const up = await halfUpload(s.sy.gateway.port, '/v1/messages', body);
      await waitFor(() => s.sy.gateway.inFlight === 1, 5000, 'the uploading request to count as in flight');
      const closing = s.sy.close(200);
      await new Promise((r) => setTimeout(r, 400)); // grace over, close() still in its hard window
      up.rest();
      const raw = await up.response;
      expect(raw).toMatch(/^HTTP\/1\.1 503 /);
      expect(raw.endsWith(overloaded)).toBe(true);
      await closing;
      expect(s.sy.gateway.inFlight).toBe(0);
    } finally {
      await s.sim.close();
    }
  });

  it('a caller that leaves mid-upload releases its in-flight count', async () => {
    const s = await startStack(simulated);
    try {
      const up = await halfUpload(s.sy.gateway.port, '/v1/messages', body);
      await waitFor(() => s.sy.gateway.inFlight === 1, 5000, 'the uploading request to count as in flight');
      up.drop();
      await waitFor(() => s.sy.gateway.inFlight === 0, 5000, 'the in-flight count to drop');
      const t0 = Date.now();
      await s.sy.close(5000);
      expect(Date.now() - t0).toBeLessThan(2000);
    } finally {
      await s.sim.close();
    }
  });
});

describe('hot reload: POST /admin/reload', () => {
  let s: Stack;
  let dir: string;
  let file: string;
  const write = (patch: (c: GatewayConfig) => void) => {
    writeFileSync(file, stringify(testConfig(s.sim.url, (c) => {
      simulated(c);
      c.server!.admin_key = 'adm-secret';
      patch(c);
    })));
  };
  const reload = (key: string | null = 'adm-secret') => fetch(`${s.url}/admin/reload`, { method: 'POST', headers: key ? { 'x-admin-key': key } : {} });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sy-reload-'));
    file = join(dir, 'switchyard.yaml');
    s = await startStack(simulated, { loadConfig: () => loadConfigFile(file) });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is disabled (404) without server.admin_key, and needs the admin key (401)', async () => {
    const r = await reload();
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ error: { type: 'not_found_error' } });
    write(() => {});
    s.sy.gateway.swapConfig(loadConfigFile(file));
    expect((await reload(null)).status).toBe(401);
    expect((await reload('wrong')).status).toBe(401);
    const bearer = await fetch(`${s.url}/admin/reload`, { method: 'POST', headers: { authorization: 'Bearer adm-secret' } });
    expect(bearer.status).toBe(200);
  });

  it('an invalid file is rejected with its problems; the running config keeps serving', async () => {
    for (const [text, problem] of [
      ['providers: [1, 2', 'YAML'],
      [stringify({ providers: {}, modelz: {} }), "must NOT have additional properties 'modelz'"],
      [stringify(testConfig(s.sim.url, (c) => (c.models!.x = { targets: [{ provider: 'nope', model: 'm' }] }))), "unknown provider 'nope'"],
    ] as const) {
      writeFileSync(file, text);
      const r = await reload();
      expect(r.status).toBe(400);
      const body = (await r.json()) as { error: { type: string; problems: string[] } };
      expect(body.error.type).toBe('invalid_config');
      expect(body.error.problems.join('\n')).toContain(problem);
      expect((await post(s.url, '/v1/messages', { model: 'claude-prod', ...MSG })).status).toBe(200);
    }
  });

  it('a valid file is swapped in atomically; an in-flight stream finishes on the old config', async () => {
    const st = await startStream(s.url, 'claude-prod', 20, 30);
    write((c) => {
      delete c.models!['claude-prod'];
      c.models!['claude-new'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
      c.server!.port = 1; // listener settings need a restart
    });
    const r = await reload();
    expect(r.status).toBe(200);
    const body = (await r.json()) as { status: string; warnings: string[] };
    expect(body.status).toBe('reloaded');
    expect(body.warnings.join('\n')).toContain('server.port changed; it takes effect after a restart');
    expect((await post(s.url, '/v1/messages', { model: 'claude-new', ...MSG })).status).toBe(200);
    expect((await post(s.url, '/v1/messages', { model: 'claude-prod', ...MSG })).status).toBe(404);
    const rest = await st.rest;
    expect(st.first + rest).toContain('event: message_stop');
    expect(rest).not.toContain('event: error');
    expect(s.sy.gateway.state.cfg.server.port).toBe(0);
  });

  it('circuit state and disabled keys survive a reload', async () => {
    write((c) => {
      c.providers.anthropic = { type: 'anthropic', base_url: s.sim.url, api_keys: ['bad-r1', 'good-r2'], simulated: true };
      c.models!['claude-new'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
    });
    expect((await reload()).status).toBe(200);
    expect((await post(s.url, '/v1/messages', { model: 'claude-new', ...MSG })).status).toBe(200);
    expect((await reload()).status).toBe(200);
    s.sim.reset();
    expect((await post(s.url, '/v1/messages', { model: 'claude-new', ...MSG })).status).toBe(200);
    expect(s.sim.requests.map((r) => r.headers['x-api-key'])).toEqual(['good-r2']);
    const h = (await (await fetch(`${s.url}/health`)).json()) as { providers: Record<string, { keys_disabled: number }> };
    expect(h.providers.anthropic?.keys_disabled).toBe(1);
  });
});

describe('switchyard start: signals', () => {
  let sim: Simulator;
  let dir: string;
  let file: string;
  let child: ChildProcess | null = null;
  let log = '';
  let url = '';
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    dir = mkdtempSync(join(tmpdir(), 'sy-signals-'));
    file = join(dir, 'switchyard.yaml');
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (patch: (c: GatewayConfig) => void = () => {}) =>
    writeFileSync(file, stringify(testConfig(sim.url, (c) => {
      simulated(c);
      c.logging = { level: 'info', usage_sink: 'none' };
      patch(c);
    })));

  it('SIGHUP reloads the config file (or logs why not); SIGTERM drains in-flight streams and exits 0', async () => {
    write();
    child = spawn(process.execPath, [join(ROOT, 'bin/switchyard.mjs'), 'start', '--config', file], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.test(log), 30_000, 'the gateway banner');
    url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1]!;
    const sdk = new Anthropic({ baseURL: url, apiKey: CALLER_KEY, maxRetries: 0 });
    expect((await sdk.messages.create({ model: 'claude-prod', ...MSG })).type).toBe('message');

    // Valid change + SIGHUP.
    write((c) => (c.models!['claude-hup'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] }));
    child.kill('SIGHUP');
    await waitFor(() => log.includes('config reloaded'), 10_000, 'the reload log line');
    expect((await sdk.messages.create({ model: 'claude-hup', ...MSG })).type).toBe('message');

    // Invalid change + SIGHUP: rejected with the reason, old config keeps serving.
    writeFileSync(file, 'providers:\n  anthropic: {type: nope}\n');
    child.kill('SIGHUP');
    await waitFor(() => log.includes('config reload rejected'), 10_000, 'the rejection log line');
    expect(log).toMatch(/providers\.anthropic\.type/);
    expect((await sdk.messages.create({ model: 'claude-hup', ...MSG })).type).toBe('message');

    // SIGTERM with a stream in flight.
    const st = await startStream(url, 'claude-prod', 30, 30);
    child.kill('SIGTERM');
    await waitFor(() => log.includes('shutting down'), 10_000, 'the shutdown log line');
    expect(await tryConnect(Number(new URL(url).port))).toBe('ECONNREFUSED');
    const rest = await st.rest;
    expect(st.first + rest).toContain('event: message_stop');
    expect(await exited).toBe(0);
  }, 90_000);
});
