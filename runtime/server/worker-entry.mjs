// Entry of a uWS worker thread (server.workers > 1): runs the gateway
// (runtime/server/worker-thread.ts). From the TypeScript sources (tests) it
// first registers the TypeScript loader in this thread; in the compiled runtime
// (dist/worker-entry.mjs, scripts/build.ts) that import is left out.
import '../../bin/register.mjs';

const { runWorker } = await import('./worker-thread.ts');
await runWorker();
