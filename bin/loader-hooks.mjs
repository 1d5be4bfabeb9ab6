/**
 * Module load hook (registered after tsx, so it sees tsx's output): turns the
 * `__name` helper that tsx's esbuild transform (keepNames) prepends to every
 * module into a no-op for the project's own files.
 *
 * Why: keepNames wraps every named closure — `const onAbort = () => …` becomes
 * `__name(() => …, "onAbort")`, an Object.defineProperty on each function
 * object each time the closure is created. The gateway creates dozens of
 * closures per request (executor, pump, relay); measured with
 * `scripts/bench/pipeline.ts`, the helper cost ~13% of the gateway's JS time
 * per request. tsx does not minify identifiers, so the names only matter for
 * `fn.name` of such closures (stack traces still carry file, line and column
 * through the source maps). Classes and function declarations are unaffected.
 * If tsx's output ever changes, the text does not match and nothing happens.
 */
const HELPER = '__defProp(target,"name",{value,configurable:true})';
const ROOT = new URL('../', import.meta.url).href;

export async function load(url, context, nextLoad) {
  const r = await nextLoad(url, context);
  if (!url.startsWith(ROOT) || url.includes('/node_modules/') || r.source == null || r.format !== 'module') return r;
  const src = typeof r.source === 'string' ? r.source : Buffer.from(r.source).toString('utf8');
  const i = src.indexOf(HELPER);
  if (i === -1) return r;
  return { ...r, source: src.slice(0, i) + 'target' + src.slice(i + HELPER.length) };
}
