/**
 * Issue 17, safe start-up: a port in use is an error naming it (the gateway
 * listens exclusively — uWS would otherwise share the port through
 * SO_REUSEPORT), also for `server.workers > 1`, whose threads share a port
 * only after checking nobody else holds it; a provider base_url that reaches
 * the gateway's own listener is refused at config load (a loop); the embedded
 * default ignores ANTHROPIC_BASE_URL / OPENAI_BASE_URL pointing at the gateway
 * itself; the banner names the config file (absolute) and what named it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig, normalize, embeddedDefault } from '../runtime/config/index.ts';
import { loopsToSelf } from '../runtime/config/self-loop.ts';
import { startSwitchyard, embeddedDefaultEnv, configSource, type Switchyard } from '../runtime/main.ts';
import { assertPortsFree, probePort } from '../runtime/server/listen.ts';
import { uws, type us_listen_socket } from '../runtime/server/uws.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/switchyard.mjs');
const cfgText = (port: number, baseUrl = 'http://127.0.0.1:1') =>
  `server: { host: 127.0.0.1, port: ${port} }\nproviders: { a: { type: anthropic, base_url: "${baseUrl}", api_key: k } }\nlogging: { usage_sink: none, level: silent }\n`;

let dir: string;
let first: Switchyard;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sy-startup-'));
  first = await startSwitchyard(parseConfig(cfgText(0), {}));
});
afterAll(async () => {
  await first?.close(0);
  rmSync(dir, { recursive: true, force: true });
});

describe('a port in use', () => {
  it('a second gateway on the same port fails, naming the port; the first keeps serving', async () => {
    const port = first.gateway.port;
    await expect(startSwitchyard(parseConfig(cfgText(port), {}))).rejects.toThrow(new RegExp(`port ${port} is already in use`));
    expect((await fetch(`${first.gateway.url}/health`)).status).toBe(200);
  });

  it('a socket of another process sharing the port (SO_REUSEPORT) is detected too, for exclusive and for worker-thread listening', async () => {
    const app = uws.App();
    const sock = await new Promise<us_listen_socket>((resolve, reject) => app.listen('127.0.0.1', 0, (s) => (s ? resolve(s) : reject(new Error('listen')))));
    // uWS opens port 0 without SO_REUSEPORT; bind an explicit free port the default (reuse-port) way instead.
    const port = uws.us_socket_local_port(sock);
    uws.us_listen_socket_close(sock);
    const shared = await new Promise<us_listen_socket>((resolve, reject) => uws.App().listen('127.0.0.1', port, (s) => (s ? resolve(s) : reject(new Error('listen')))));
    try {
      await expect(startSwitchyard(parseConfig(cfgText(port), {}))).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port} \\(main listener\\): port ${port} is already in use`));
      await expect(assertPortsFree('127.0.0.1', [{ port, listener: 'main' }])).rejects.toThrow(`port ${port} is already in use`);
    } finally {
      uws.us_listen_socket_close(shared);
    }
    expect(await probePort('127.0.0.1', port)).toBeNull();
  });

  it('`switchyard start` exits 1 with the message (also with server.workers: 2)', async () => {
    const port = first.gateway.port;
    for (const [name, extra] of [['one.yaml', ''], ['workers.yaml', 'server: { host: 127.0.0.1, port: PORT, workers: 2 }\n']] as const) {
      const file = join(dir, name);
      writeFileSync(file, extra ? cfgText(port).replace(/^server:.*\n/, extra.replace('PORT', String(port))) : cfgText(port));
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = execFile(process.execPath, [BIN, 'start', '--config', file], { cwd: ROOT, timeout: 30_000 }, (_e, _o, stderr) => resolve({ code: c.exitCode, stderr }));
      });
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain(`cannot listen on 127.0.0.1:${port} (main listener): port ${port} is already in use`);
    }
  }, 60_000);
});

describe('a provider base_url that is the gateway itself', () => {
  it('is refused at config load, naming the provider and the listener', () => {
    for (const url of ['http://127.0.0.1:4100', 'http://localhost:4100/v1', 'http://[::1]:4100', 'http://0.0.0.0:4100']) {
      const text = cfgText(4100, url).replace('host: 127.0.0.1', 'host: localhost');
      let err: unknown = null;
      try {
        parseConfig(text, {});
      } catch (e) {
        err = e;
      }
      expect(err, url).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join('\n')).toContain(`providers.a.base_url: ${url} is this gateway's own main listener`);
    }
    expect(() => parseConfig(`${cfgText(4100, 'http://127.0.0.1:4101')}`.replace('port: 4100 }', 'port: 4100, anthropic_port: 4101 }'), {})).toThrow(/own anthropic listener/);
  });

  it('other ports and other hosts are fine; a wildcard listener is reached through this host name', () => {
    expect(() => parseConfig(cfgText(4100, 'http://127.0.0.1:4101'), {})).not.toThrow();
    expect(() => parseConfig(cfgText(4100, 'http://api.example.com:4100'), {})).not.toThrow();
    expect(loopsToSelf('https://api.anthropic.com', { host: '0.0.0.0', port: 443, anthropicPort: null })).toBeNull();
    expect(loopsToSelf(`http://${hostname()}:4100`, { host: '0.0.0.0', port: 4100, anthropicPort: null })).toBe('main');
    expect(loopsToSelf('http://127.0.0.1:80', { host: '::', port: 80, anthropicPort: null })).toBe('main');
    expect(loopsToSelf('http://10.255.255.1:4100', { host: '127.0.0.1', port: 4100, anthropicPort: null })).toBeNull();
  });

  it('the embedded default ignores ANTHROPIC_BASE_URL / OPENAI_BASE_URL pointing at the gateway (and the key that came with it)', () => {
    const env = { ANTHROPIC_BASE_URL: 'http://localhost:4000', ANTHROPIC_API_KEY: 'sk-switchyard-demo', OPENAI_BASE_URL: 'https://proxy.example.com/v1', OPENAI_API_KEY: 'sk-real' };
    const r = embeddedDefaultEnv(env, {});
    expect(r.env.ANTHROPIC_BASE_URL).toBeUndefined();
    expect(r.env.ANTHROPIC_API_KEY).toBeUndefined();
    expect(r.env.OPENAI_BASE_URL).toBe('https://proxy.example.com/v1');
    expect(r.warnings).toEqual([expect.stringContaining('ANTHROPIC_BASE_URL=http://localhost:4000 points at this gateway')]);
    const cfg = normalize(embeddedDefault('http://127.0.0.1:9', r.env), r.env);
    expect(cfg.providers.get('anthropic')?.simulated).toBe(true);
    expect(cfg.providers.get('openai')?.baseUrl).toBe('https://proxy.example.com/v1');
    // Another port (or --port moving the gateway away) keeps the variables.
    expect(embeddedDefaultEnv(env, { port: 4500 }).env.ANTHROPIC_BASE_URL).toBe('http://localhost:4000');
    expect(embeddedDefaultEnv({ ...env, ANTHROPIC_BASE_URL: 'http://127.0.0.1:4001' }, { anthropicPort: 4001 }).warnings).toHaveLength(1);
    // Without the embedded default's protection the same variables are a config error.
    expect(() => normalize(embeddedDefault('http://127.0.0.1:9', env), env)).toThrow(/providers\.anthropic\.base_url: http:\/\/localhost:4000 is this gateway's own main listener/);
  });
});

describe('the start-up banner', () => {
  it('names the config file (absolute path) and what named it', async () => {
    expect(configSource({ config: 'gw.yaml' }, {}, '/srv').text).toBe('/srv/gw.yaml (from --config)');
    expect(configSource({}, { SWITCHYARD_CONFIG: '/etc/sy.yaml' }, '/srv').text).toBe('/etc/sy.yaml (from SWITCHYARD_CONFIG)');
    expect(configSource({}, {}, '/srv').text).toMatch(/^embedded default \(no --config, SWITCHYARD_CONFIG unset\)/);
    const file = join(dir, 'banner.yaml');
    writeFileSync(file, cfgText(0));
    const child = spawn(process.execPath, [BIN, 'start', '--config', 'banner.yaml'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no banner:\n${out}`)), 30_000);
        child.stdout.on('data', () => /^config: /m.test(out) && (clearTimeout(t), resolve()));
        child.once('exit', () => reject(new Error(`exited:\n${out}`)));
      });
      expect(out).toContain(`config: ${file} (from --config)`);
    } finally {
      child.kill('SIGKILL');
    }
  }, 40_000);
});
