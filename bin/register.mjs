// Registers the TypeScript loader (tsx) and the project's load hook
// (./loader-hooks.mjs) in this thread. Used only when the TypeScript sources run
// directly: by the entry of each uWS worker thread started from the sources
// (runtime/server/worker-entry.mjs under vitest). The compiled
// runtime (dist/, scripts/build.ts) leaves this module out.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
registerHooks('./loader-hooks.mjs', import.meta.url);
