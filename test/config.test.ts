/**
 * Config loading: YAML with `${ENV}` references (also inside flow maps, as in
 * the and README's example), typed whole-reference scalars, errors that
 * name the path or the missing variable, and `switchyard config check`.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, ConfigError } from '../runtime/config/index.ts';

/** The example from issue 2 and the README, verbatim. */
const EXAMPLE = `server: { host: 127.0.0.1, port: 4000 }
providers:
  anthropic: { type: anthropic, base_url: https://api.anthropic.com, api_key: \${ANTHROPIC_API_KEY} }
  openai:    { type: openai,    base_url: https://api.openai.com/v1, api_key: \${OPENAI_API_KEY} }
models:
  claude-prod:
    targets: [ { provider: anthropic, model: claude-sonnet-4-5 } ]
callers:
  - { name: demo, key: \${SWITCHYARD_KEY}, models: ["*"] }
`;

const env = { ANTHROPIC_API_KEY: 'sk-ant-x', OPENAI_API_KEY: 'sk-oa-y', SWITCHYARD_KEY: 'sk-sy-z' };

describe('config with ${ENV} references', () => {
  it('parses the README example, references inside flow maps included', () => {
    const cfg = parseConfig(EXAMPLE, env);
    expect(cfg.providers.get('anthropic')!.keys).toEqual(['sk-ant-x']);
    expect(cfg.providers.get('openai')!.keys).toEqual(['sk-oa-y']);
    expect(cfg.providers.get('openai')!.baseUrl).toBe('https://api.openai.com/v1');
    expect(cfg.callers).toHaveLength(1);
    expect(cfg.server.port).toBe(4000);
    expect(cfg.warnings).toEqual([]);
  });

  it('values are never re-parsed as YAML; whole unquoted references take their YAML type', () => {
    const cfg = parseConfig(
      'server: { port: ${PORT}, host: "${HOST}" }\nproviders:\n  a: { type: anthropic, api_key: ${KEY}, base_url: "http://${HOST}:${UP:-9000}" }\n',
      { PORT: '4321', HOST: '127.0.0.1', KEY: 'k: #{not yaml}' },
    );
    expect(cfg.server.port).toBe(4321);
    expect(cfg.server.host).toBe('127.0.0.1');
    expect(cfg.providers.get('a')!.keys).toEqual(['k: #{not yaml}']);
    expect(cfg.providers.get('a')!.baseUrl).toBe('http://127.0.0.1:9000');
  });

  it('an unset variable is named in the error or warning', () => {
    const { SWITCHYARD_KEY: _unused, ...noCallerKey } = env;
    expect(() => parseConfig(EXAMPLE, noCallerKey)).toThrow(/SWITCHYARD_KEY/);
    const { OPENAI_API_KEY: _u2, ...noOpenai } = env;
    expect(parseConfig(EXAMPLE, noOpenai).warnings.join('\n')).toContain('OPENAI_API_KEY');
  });

  it('schema errors name the path and the rule', () => {
    try {
      parseConfig('providers:\n  a: { type: anthropic }\nserverr: {}\n', {});
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.join('\n')).toContain("must NOT have additional properties 'serverr'");
    }
    expect(() => parseConfig('providers: { a: { type: anthropic } }\nserver: { port: 99999 }\n', {})).toThrow(/server\.port/);
  });

  it('switchyard config check: exit 0 on a good file, 1 with the reasons on a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sy-config-'));
    const good = join(dir, 'good.yaml');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(good, EXAMPLE);
    writeFileSync(bad, EXAMPLE.replace('type: openai', 'type: opnai'));
    const bin = new URL('../bin/switchyard.mjs', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [bin, 'config', 'check', good], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(out).toContain('ok (2 providers, 1 model aliases, 1 callers)');
    let failed: { status: number; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, [bin, 'config', 'check', bad], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr).toContain('providers.openai.type');
  });
});
