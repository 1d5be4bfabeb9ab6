/**
 * Codegen: specs/ → generated/.
 *
 *   npm run gen         regenerate generated/ (stale files removed)
 *   npm run gen:check   regenerate into a temp folder and compare with generated/;
 *                       exits 1 listing every file that differs, is missing or is extra
 *
 * Outputs (all deterministic: sorted keys where order carries no meaning, no
 * timestamps, every file headed "generated from specs/ — do not edit"):
 *   routes.ts                  route table + matchRoute/pathExists/formatForPath   (gen/routes.ts)
 *   capabilities.ts            provider tables, model catalog, translations         (gen/capabilities.ts)
 *   config-defaults.ts         the config keys' `default`s, applied once           (gen/config-defaults.ts)
 *   formats.ts, adapters.ts    wire-format facts, provider adapter registry;        (gen/seams.ts)
 *                              fails for a translation without a mapper or an adapter without a spec
 *   validators/<name>.{js,d.ts}, validators/index.ts   AJV standalone validators   (gen/validators.ts)
 *   types/<name>.ts            json-schema-to-typescript types                      (gen/types.ts)
 *   docs/capabilities.{md,html} capability matrix                                   (gen/docs.ts)
 *   manifest.json              sha256 of each spec file, generator file and generated file
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderCapabilities } from './gen/capabilities.ts';
import { renderConfigDefaults } from './gen/config-defaults.ts';
import { renderHtml, renderMarkdown } from './gen/docs.ts';
import { renderRoutes } from './gen/routes.ts';
import { renderAdapters, renderFormats } from './gen/seams.ts';
import { renderTypes } from './gen/types.ts';
import { renderValidators } from './gen/validators.ts';
import { byString, GENERATED_NOTICE, sha256 } from './gen/util.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = join(ROOT, 'generated');

/** Files under `dir`, relative, with `/` separators, sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort(byString);
}

/** Every generated file: path relative to generated/ → contents. */
export async function renderAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('routes.ts', renderRoutes());
  files.set('capabilities.ts', renderCapabilities());
  files.set('formats.ts', renderFormats());
  files.set('config-defaults.ts', renderConfigDefaults());
  files.set('adapters.ts', renderAdapters());
  for (const [k, v] of renderValidators()) files.set(k, v);
  for (const [k, v] of await renderTypes()) files.set(k, v);
  files.set('docs/capabilities.md', renderMarkdown());
  files.set('docs/capabilities.html', renderHtml());

  const hashDir = (dir: string) =>
    Object.fromEntries(listFiles(join(ROOT, dir)).map((f) => [`${dir}/${f}`, sha256(readFileSync(join(ROOT, dir, f)))]));
  const manifest = {
    _generated: `${GENERATED_NOTICE}`,
    generated: Object.fromEntries([...files.keys()].sort(byString).map((k) => [`generated/${k}`, sha256(files.get(k)!)])),
    generator: { ...hashDir('scripts/gen'), 'scripts/gen.ts': sha256(readFileSync(join(ROOT, 'scripts/gen.ts'))) },
    specs: hashDir('specs'),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

function writeAll(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/** Differences between a freshly generated tree and generated/. */
export function diffTrees(fresh: string, committed: string): string[] {
  const a = new Set(listFiles(fresh));
  const b = new Set(listFiles(committed));
  const problems: string[] = [];
  for (const f of [...new Set([...a, ...b])].sort(byString)) {
    if (!b.has(f)) problems.push(`missing: generated/${f}`);
    else if (!a.has(f)) problems.push(`extra:   generated/${f}`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f)))) problems.push(`differs: generated/${f}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await renderAll();
  if (check) {
    const tmp = mkdtempSync(join(tmpdir(), 'switchyard-gen-'));
    try {
      writeAll(tmp, files);
      const problems = diffTrees(tmp, GENERATED);
      if (problems.length) {
        process.stderr.write(`gen:check: generated/ is out of date with specs/ (run npm run gen):\n  ${problems.join('\n  ')}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`gen:check: generated/ is up to date (${files.size} files)\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  for (const stale of listFiles(GENERATED).filter((f) => !files.has(f))) rmSync(join(GENERATED, stale));
  writeAll(GENERATED, files);
  process.stdout.write(`gen: wrote ${files.size} files to generated/\n`);
}

// Run only as a script (tests import renderAll/diffTrees without side effects).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
