// Module resolve hook (registered by ./no-typescript.mjs): throws when a module
// resolves to a .ts/.mts/.cts file or into the tsx package, naming it and the importer.
export async function resolve(specifier, context, nextResolve) {
  const r = await nextResolve(specifier, context);
  if (/\.[cm]?ts$/.test(new URL(r.url).pathname) || r.url.includes('/node_modules/tsx/')) {
    throw new Error(`the compiled runtime imported TypeScript or its loader: ${r.url} (from ${context.parentURL ?? 'the command line'})`);
  }
  return r;
}
