/**
 * vitest global setup: brings the compiled runtime (dist/, scripts/build.ts) up
 * to date before any test runs, so the tests that start `bin/switchyard.mjs` as a
 * child process run the current sources. (`npm test` runs `build:check` first,
 * which fails on a stale build instead; this only matters for targeted runs.)
 */
import { checkBuild, writeBuild } from '../scripts/build.ts';

export default async function setup(): Promise<void> {
  const problems = await checkBuild();
  if (problems.length === 0) return;
  await writeBuild();
  console.log(`global-setup: dist/ was out of date (${problems[0]}${problems.length > 1 ? `, +${problems.length - 1} more` : ''}); rebuilt it`);
}
