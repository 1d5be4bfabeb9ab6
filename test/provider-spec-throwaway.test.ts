/**
 * "Adding a provider is one spec file": a throwaway provider type `acme` is
 * added to a temporary copy of the project (specs/providers/acme.ts and
 * nothing else), `npm run gen` runs there, and then, in that copy:
 * - no file outside generated/ changed but the new spec file;
 * - validated: the config schema takes `type: acme`, and refuses an
 *   unknown type and a setting of another provider type (`api_version`);
 * - documented: the capability docs have its section with base URL, auth and
 *   dialect facts;
 * - routed and conformance-tested: test/conformance.test.ts runs for `acme`
 *   only (CONFORMANCE_TYPES=acme) — native, translated, reasoning, auth,
 *   rejected parameter, usage — and passes with the acme checks run, not
 *   skipped.
 * The copy is removed afterwards; nothing is written into this worktree.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const VITEST = join(ROOT, 'node_modules/.bin/vitest');

/** The throwaway spec: an OpenAI-compatible provider whose dialect differs from every shipped one on purpose. */
const ACME_SPEC = `/**
 * Throwaway provider type for test/provider-spec-throwaway.test.ts.
 */
import type { ProviderSpec } from '../capability.ts';
import { openaiCompatibleRoutes } from '../openai-compatible.ts';

const acme: ProviderSpec = {
  type: 'acme',
  displayName: 'Acme Inference',
  nativeFormat: 'openai-chat',
  baseUrl: 'https://api.acme.example/inference/v2',
  docs: 'https://docs.acme.example/',
  auth: { header: 'x-acme-key', prefix: 'Key ' },
  dialect: {
    maxTokensField: 'max_tokens',
    reasoningField: 'reasoning_content',
    rejectedParams: ['logit_bias'],
    streamUsage: false,
  },
  versionHeader: null,
  requestIdHeader: 'x-acme-request-id',
  forwardHeaders: ['user-agent'],
  ...openaiCompatibleRoutes({ name: 'Acme', modelExample: 'acme-large', minVersion: '0.1.0' }),
  models: [
    { id: 'acme-large', displayName: 'Acme Large', contextWindow: 65536, maxOutputTokens: 8192, inputModalities: ['text'], thinking: false },
    { id: 'acme-think', displayName: 'Acme Think', contextWindow: 65536, maxOutputTokens: 8192, inputModalities: ['text'], thinking: true },
  ],
};
export default acme;
`;

/** Project files (tracked and untracked-but-not-ignored), relative paths. */
function projectFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  return r.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
}

/** sha256 of every file under `dir` (node_modules excluded), by relative path. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name === '.git') continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let tmp: string;
let before: Map<string, string>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'switchyard-throwaway-'));
  for (const f of projectFiles()) {
    mkdirSync(dirname(join(tmp, f)), { recursive: true });
    cpSync(join(ROOT, f), join(tmp, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  before = hashTree(tmp);
  writeFileSync(join(tmp, 'specs/providers/acme.ts'), ACME_SPEC);
  const gen = spawnSync(TSX, ['scripts/gen.ts'], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
  if (gen.status !== 0) throw new Error(`gen failed in the copy:\n${gen.stdout}\n${gen.stderr}`);
}, 180_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a throwaway provider spec file', () => {
  it('touches nothing but itself and generated/', () => {
    const after = hashTree(tmp);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
    expect(changed).toContain('specs/providers/acme.ts');
    expect(changed.filter((f) => f !== 'specs/providers/acme.ts' && !f.startsWith('generated/'))).toEqual([]);
    expect(readFileSync(join(tmp, 'generated/capabilities.ts'), 'utf8')).toMatch(/export type ProviderType = [^;]*'acme'/);
  });

  it('is validated: providers.NAME.type takes acme; an unknown type and another type\'s setting are config errors', () => {
    const script = `
      import { parseConfig, ConfigError } from './runtime/config/index.ts';
      const base = (p) => 'providers:\\n  a:\\n' + p + 'models:\\n  m:\\n    targets: [{ provider: a, model: acme-large }]\\ncallers: [{ name: c, key: k }]\\n';
      const out = {};
      const cfg = parseConfig(base('    type: acme\\n    api_key: x\\n'), {});
      out.ok = { type: cfg.providers.get('a').type, baseUrl: cfg.providers.get('a').baseUrl, catalogued: cfg.aliases.get('m').targets[0].modelInfo?.id ?? null };
      for (const [name, p] of [['unknown', '    type: acme2\\n'], ['setting', '    type: acme\\n    api_version: "2024-10-21"\\n']]) {
        try { parseConfig(base(p), {}); out[name] = 'accepted'; } catch (e) { out[name] = e instanceof ConfigError ? e.message : 'crash: ' + e; }
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const r = spawnSync(TSX, ['--eval', script], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ok: { type: string; baseUrl: string; catalogued: string | null }; unknown: string; setting: string };
    expect(out.ok).toEqual({ type: 'acme', baseUrl: 'https://api.acme.example/inference/v2', catalogued: 'acme-large' });
    expect(out.unknown).toMatch(/providers\/a\/type|providers\.a\.type/);
    expect(out.setting).toContain("providers.a.api_version: not a setting of provider type 'acme' (only azure-openai)");
  });

  it('is documented: the capability docs have its section, auth and dialect', () => {
    const md = readFileSync(join(tmp, 'generated/docs/capabilities.md'), 'utf8');
    const section = md.slice(md.indexOf('Acme Inference (`acme`)'));
    expect(section.length).toBeGreaterThan(0);
    expect(section).toContain('https://api.acme.example/inference/v2/chat/completions');
    expect(section).toContain('x-acme-key: Key &lt;provider key>');
    expect(section).toContain('**Reasoning field:** reasoning_content');
    expect(section).toContain('**Rejected parameters:** logit_bias');
    expect(section).toContain('not honoured: streams carry no usage');
    expect(readFileSync(join(tmp, 'generated/docs/capabilities.html'), 'utf8')).toContain('Acme Inference');
  });

  it('is routed and conformance-tested: the conformance suite runs for acme and passes', () => {
    const report = join(tmp, 'conformance-report.json');
    const r = spawnSync(VITEST, ['run', 'test/conformance.test.ts', '--reporter=json', `--outputFile=${report}`], {
      cwd: tmp, encoding: 'utf8', timeout: 150_000, env: { ...process.env, CONFORMANCE_TYPES: 'acme' },
    });
    expect(existsSync(report), `vitest wrote no report:\n${r.stdout}\n${r.stderr}`).toBe(true);
    const j = JSON.parse(readFileSync(report, 'utf8')) as { testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }> };
    const results = j.testResults.flatMap((t) => t.assertionResults);
    const failed = results.filter((a) => a.status === 'failed').map((a) => a.fullName);
    expect(failed).toEqual([]);
    const passed = results.filter((a) => a.status === 'passed').map((a) => a.fullName);
    for (const check of ['native JSON', 'native stream', 'native tool call round trip', 'translated JSON and stream', 'translated tool round trip', 'reasoning: reasoning_content', 'auth:', 'rejected parameter logit_bias']) {
      expect(passed.some((n) => n.startsWith('provider acme') && n.includes(check)), `${check} did not pass for acme: ${passed.join(' | ')}`).toBe(true);
    }
    expect(r.status).toBe(0);
  }, 180_000);
});
