// Registers the TypeScript loader (tsx) and the project's load hook
// (./loader-hooks.mjs) in this thread. Imported by bin/switchyard.mjs and by
// the entry of each uWS worker thread (runtime/server/workers.ts).
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
registerHooks('./loader-hooks.mjs', import.meta.url);
