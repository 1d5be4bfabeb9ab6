/**
 * Builds the compiled runtime: `dist/`, the JavaScript that `npm start`, the
 * `switchyard` command (bin/switchyard.mjs) and the uWS worker threads run.
 *
 *   npm run build          (re)writes dist/ (also run by `npm install` / `npm ci`: the `prepare` script)
 *   npm run build:check    exit 1 when dist/ is missing or differs from a fresh build (part of `npm test`)
 *
 * esbuild bundles two entry points, with the modules they share split into
 * chunks, all in `dist/` itself (ES modules, Node 20 syntax, no minification,
 * linked source maps without sources content):
 *   runtime/cli.ts                  → dist/cli.mjs            the command line (lazy `import()`s become chunks)
 *   runtime/server/worker-entry.mjs → dist/worker-entry.mjs   body of a uWS worker thread (server.workers > 1)
 * Every npm package stays external (imported from node_modules at run time):
 * uWebSockets.js is a native binding (runtime/server/uws.ts refuses to run when it
 * does not load), pino starts its transports in worker threads by file name, and
 * the others gain nothing measurable from bundling (start-up is dominated by our
 * own ~200 modules, which this bundle turns into a handful of files).
 *
 * Two source-level facts are kept true in the bundle by plugins:
 *   - `import.meta.url` in a project module still names that module's source file
 *     (so `join(dirname(fileURLToPath(import.meta.url)), 'recordings')` finds the
 *     recordings next to runtime/simulator/fixtures.ts), except that
 *     `new URL('./worker-entry.mjs', import.meta.url)` — a URL naming another entry
 *     point — names that entry's compiled file (dist/worker-entry.mjs);
 *   - bin/register.mjs (the TypeScript loader the sources need when run directly,
 *     as the tests do) is left out: the compiled runtime loads no TypeScript.
 * dist/build-info.json lists the source files of the build; bin/switchyard.mjs
 * warns when one of them is newer than the build.
 */
import { build, type BuildOptions, type OutputFile, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Output folder of the compiled runtime. */
export const DIST = join(ROOT, 'dist');
const REGISTER = join(ROOT, 'bin', 'register.mjs');

/** Entry points: source file → output name (dist/<name>.mjs). */
const ENTRIES: { in: string; out: string }[] = [
  { in: join(ROOT, 'runtime', 'cli.ts'), out: 'cli' },
  { in: join(ROOT, 'runtime', 'server', 'worker-entry.mjs'), out: 'worker-entry' },
];

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Rewrites `import.meta.url` in the project's own modules (see the module doc):
 * a URL built from a relative path naming an entry point → that entry's output;
 * any other use → the module's source file URL, computed from the bundle's own
 * location (so dist/ and runtime/ can move together).
 */
const sourceUrls: Plugin = {
  name: 'switchyard-source-urls',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const loader = /\.m?ts$/.test(args.path) ? 'ts' : 'js';
      if (!text.includes('import.meta.url')) return { contents: text, loader };
      const ENTRY_URL = '\0entry-url\0';
      let out = text.replace(/new URL\((['"])(\.{1,2}\/[^'"]+)\1,\s*import\.meta\.url\)/g, (whole, _q: string, rel: string) => {
        const target = resolve(dirname(args.path), rel);
        const entry = ENTRIES.find((e) => e.in === target);
        return entry ? `new URL(${JSON.stringify(`./${entry.out}.mjs`)}, ${ENTRY_URL})` : whole;
      });
      const fromDist = toPosix(relative(DIST, args.path));
      out = out.replace(/import\.meta\.url/g, `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`).replaceAll(ENTRY_URL, 'import.meta.url');
      return { contents: out, loader };
    });
  },
};

/** Drops bin/register.mjs (tsx + load hook) from the bundle: the compiled runtime needs no loader. */
const noTypeScriptLoader: Plugin = {
  name: 'switchyard-no-ts-loader',
  setup(b) {
    b.onResolve({ filter: /register\.mjs$/ }, (args) =>
      resolve(args.resolveDir, args.path) === REGISTER ? { path: REGISTER, namespace: 'switchyard-empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'switchyard-empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

const OPTIONS: BuildOptions = {
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  banner: { js: '// Compiled runtime of Switchyard, built by scripts/build.ts (`npm run build`) from runtime/. Do not edit.' },
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [noTypeScriptLoader, sourceUrls],
};

/** What a build writes: dist-relative path → content. */
export interface BuildOutput {
  files: Map<string, Buffer>;
  /** Project source files of the build (root-relative, sorted). */
  inputs: string[];
}

/** Runs esbuild in memory (nothing written). */
export async function compile(): Promise<BuildOutput> {
  const r = await build(OPTIONS);
  const files = new Map<string, Buffer>();
  for (const f of r.outputFiles as OutputFile[]) files.set(toPosix(relative(DIST, f.path)), Buffer.from(f.contents));
  const inputs = Object.keys(r.metafile?.inputs ?? {})
    .filter((p) => !p.includes('node_modules/') && !p.includes(':'))
    .map((p) => toPosix(p))
    .sort();
  const info = { note: 'Written by scripts/build.ts; bin/switchyard.mjs warns when an input is newer than this file.', inputs };
  files.set('build-info.json', Buffer.from(`${JSON.stringify(info, null, 2)}\n`));
  return { files, inputs };
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...listFiles(join(dir, e.name), `${rel}/`));
    else out.push(rel);
  }
  return out;
}

/**
 * Compares a build folder (default dist/) with a fresh in-memory build. Returns the
 * problems, each naming a file (empty: up to date): missing folder, missing,
 * differing (stale) or extra files.
 */
export async function checkBuild(dir = DIST): Promise<string[]> {
  const name = toPosix(relative(ROOT, dir)) || '.';
  if (!existsSync(join(dir, 'cli.mjs'))) return [`${name}/ is missing (no ${name}/cli.mjs)`];
  const { files } = await compile();
  const problems: string[] = [];
  const onDisk = new Set(listFiles(dir));
  for (const [rel, content] of files) {
    if (!onDisk.has(rel)) problems.push(`${name}/${rel} is missing`);
    else if (!readFileSync(join(dir, rel)).equals(content)) problems.push(`${name}/${rel} is stale`);
    onDisk.delete(rel);
  }
  for (const rel of onDisk) problems.push(`${name}/${rel} is not part of the build`);
  return problems;
}

/**
 * Writes a fresh build to a folder (default dist/; its previous content is removed).
 * The build only runs from dist/ (its URLs are relative to it). Returns the number of files.
 */
export async function writeBuild(dir = DIST): Promise<number> {
  const { files } = await compile();
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return files.size;
}

async function main(): Promise<void> {
  if (process.argv.includes('--check')) {
    const problems = await checkBuild();
    if (problems.length > 0) {
      console.error(`build:check: the compiled runtime (dist/) does not match the sources:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … (${problems.length} problems)` : ''}\nRun \`npm run build\`.`);
      process.exit(1);
    }
    console.log('build:check: dist/ is up to date');
    return;
  }
  const t0 = performance.now();
  const n = await writeBuild();
  console.log(`build: dist/ written (${n} files, ${Math.round(performance.now() - t0)} ms)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
