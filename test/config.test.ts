/**
 * Config loading: YAML with `${ENV}` references (also inside flow maps, as in
 * the issue's and README's example), typed whole-reference scalars, errors that
 * name the path or the missing variable, and `switchyard config check`.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { PROVIDERS as PROVIDER_SPECS } from '../specs/providers/index.ts';
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
    targets: [ { provider: anthropic, model: claude-sonnet-5-5 } ]
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

/** Issue 17: config errors a person can act on. */
describe('config problems a person can act on', () => {
  const problemsOf = (text: string, e: NodeJS.ProcessEnv = {}): string[] => {
    try {
      parseConfig(text, e);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems;
    }
    throw new Error('expected a ConfigError');
  };

  it('an unset ${VAR} is named wherever it is used (admin_key, caller key), never as a bare schema rule', () => {
    const p = problemsOf('server: { admin_key: "${SY_ADMIN}" }\nproviders: { a: { type: anthropic, api_key: k } }\ncallers: [ { name: d, key: "${SY_CALLER}" } ]\n');
    expect(p).toContain('server.admin_key: environment variable SY_ADMIN is not set (the value comes from ${SY_ADMIN})');
    expect(p).toContain('callers.0.key: environment variable SY_CALLER is not set');
    expect(p.join('\n')).not.toContain('fewer than 1 characters');
    // Unset where the value may be empty: a warning naming the place.
    const cfg = parseConfig('providers: { a: { type: anthropic, api_key: k, headers: { x-tag: "${SY_TAG}" } } }\n', {});
    expect(cfg.warnings).toContain('environment variable SY_TAG is not set (used at providers.a.headers.x-tag)');
  });

  it('enum errors list the allowed values and the nearest one; unknown keys suggest the nearest valid key', () => {
    const p = problemsOf([
      'server: { auht: required, workers: many }',
      'providers: { a: { type: anthropik, api_key: k }, b: { type: openai, api_key: k, base_ur: "http://x" } }',
      'models: { m: { strategy: fallover, targets: [ { provider: b, model: gpt-4.1 } ] } }',
      'logging: { level: verbose }',
      '',
    ].join('\n'));
    expect(p).toContain("server: must NOT have additional properties 'auht' — did you mean 'auth'?");
    expect(p).toContain("server.workers: must be integer or 'auto' (got 'many')");
    expect(p).toContain(`providers.a.type: must be one of ${Object.keys(PROVIDER_SPECS).map((t) => `'${t}'`).join(', ')} (got 'anthropik') — did you mean 'anthropic'?`);
    expect(p).toContain("providers.b: must NOT have additional properties 'base_ur' — did you mean 'base_url'?");
    expect(p).toContain("models.m.strategy: must be one of 'single', 'failover', 'weighted' (got 'fallover') — did you mean 'failover'?");
    expect(p).toContain("logging.level: must be one of 'fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent' (got 'verbose')");
    // A key far from every valid one lists them.
    expect(problemsOf('providers: { a: { type: openai } }\nretry: { zzzzzzzz: 1 }\n')).toContain("retry: must NOT have additional properties 'zzzzzzzz' (valid keys: max_attempts, base_delay_ms, max_delay_ms, budget_ms)");
  });

  it('every problem at once: schema errors and cross-reference errors together', () => {
    const p = problemsOf('server: { port: "x" }\nproviders: { anthropic: { type: anthropic, api_key: k } }\nmodels: { m: { targets: [ { provider: antropic, model: claude-sonnet-4-5 } ] } }\n');
    expect(p).toEqual(['server.port: must be integer', "models.m.targets.0.provider: unknown provider 'antropic' — did you mean 'anthropic'?"]);
  });

  it('a target model outside the catalog is a warning with the closest known id (config check and start)', () => {
    const text = 'providers: { openai: { type: openai, api_key: k }, anthropic: { type: anthropic, api_key: k } }\nmodels: { m: { targets: [ { provider: openai, model: gpt-4.2 }, { provider: anthropic, model: claude-sonet-4-5 } ] } }\n';
    const cfg = parseConfig(text, {});
    expect(cfg.warnings).toEqual([
      "models.m.targets.0.model: 'gpt-4.2' is not in the openai model catalog (closest known id: 'gpt-4.1'); it is sent upstream as is, without context-window checks",
      "models.m.targets.1.model: 'claude-sonet-4-5' is not in the anthropic model catalog (closest known id: 'claude-sonnet-4-5'); it is sent upstream as is, without context-window checks",
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'sy-config-'));
    const file = join(dir, 'warn.yaml');
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, [new URL('../bin/switchyard.mjs', import.meta.url).pathname, 'config', 'check', file], { encoding: 'utf8' });
    expect(out).toContain("warning: models.m.targets.0.model: 'gpt-4.2' is not in the openai model catalog (closest known id: 'gpt-4.1')");
    expect(out).toContain(': ok (2 providers, 1 model aliases, 0 callers)');
  });
});
