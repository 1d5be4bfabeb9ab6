#!/usr/bin/env node
/**
 * Entry point of the `switchyard` command (`npm start`, `npx switchyard`): checks
 * the Node version, then runs the compiled runtime in dist/ (JavaScript bundled
 * ahead of time from runtime/ by scripts/build.ts; `npm install` / `npm ci` build
 * it through the `prepare` script, `npm run build` rebuilds it). No TypeScript
 * loader is involved.
 *
 * Exits 1 with a message on an unsupported Node or a missing build; warns (and
 * runs) when a source file of the build is newer than the build.
 */
import { readFileSync, statSync } from 'node:fs';

const [major = 0, minor = 0, patch = 0] = process.versions.node.split('.').map(Number);
if (major !== 20 || minor < 18 || (minor === 18 && patch < 1)) {
  console.error(
    `switchyard: Node ${process.versions.node} is not supported; Switchyard runs on Node 20 (20.18.1 or later 20.x). ` +
      `Its uWebSockets.js binding (@trufflesuite/uws-js-unofficial 20.30.0) has native builds for Node 16, 18 and 20 only, ` +
      `and undici 7 needs Node 20.18.1 or later. See "Node versions" in the README.`,
  );
  process.exit(1);
}

const root = new URL('../', import.meta.url);
const infoUrl = new URL('dist/build-info.json', root);
let inputs;
let builtAt;
try {
  inputs = JSON.parse(readFileSync(infoUrl, 'utf8')).inputs;
  builtAt = statSync(infoUrl).mtimeMs;
} catch {
  console.error(
    `switchyard: the compiled runtime is missing (${new URL('dist/', root).pathname}). ` +
      'Run `npm run build` in the Switchyard folder (`npm install` and `npm ci` run it too).',
  );
  process.exit(1);
}
for (const rel of inputs) {
  let mtime;
  try {
    mtime = statSync(new URL(rel, root)).mtimeMs;
  } catch {
    continue; // a source file not shipped with this copy
  }
  if (mtime > builtAt) {
    console.error(`switchyard: warning: the compiled runtime (dist/) is older than ${rel}; run \`npm run build\` to run the current sources.`);
    break;
  }
}

await import('../dist/cli.mjs');
