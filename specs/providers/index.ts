/**
 * Registry of provider specs: every `<type>.ts` file in this folder, found by
 * listing the folder (no hand-written list). A file's default export is its
 * ProviderSpec and its file name is the provider type (`groq.ts` → `groq`),
 * which becomes a value of `providers.<name>.type` in the config schema.
 *
 * Adding a provider = adding one file here and running `npm run gen`; an
 * adapter module (runtime/providers/<type>.ts) is only needed for what a spec
 * cannot say (see runtime/providers/types.ts).
 *
 * Loaded at gen time and by tests only; the runtime reads generated/.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProviderSpec } from '../capability.ts';

const DIR = dirname(fileURLToPath(import.meta.url));

/** Provider spec files of this folder (`<type>.ts`), sorted. */
export const PROVIDER_FILES: readonly string[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
  .sort();

/** Provider type → spec, in file-name order. */
export const PROVIDERS: Record<string, ProviderSpec> = {};
for (const file of PROVIDER_FILES) {
  const mod = (await import(pathToFileURL(join(DIR, file)).href)) as { default?: ProviderSpec };
  const spec = mod.default;
  const type = file.slice(0, -3);
  if (!spec || typeof spec !== 'object') throw new Error(`specs/providers/${file}: needs a default export (its ProviderSpec)`);
  if (spec.type !== type) throw new Error(`specs/providers/${file}: type is '${String(spec.type)}', must be the file name '${type}'`);
  PROVIDERS[type] = spec;
}
