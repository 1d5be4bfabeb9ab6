// Entry of a uWS worker thread (server.workers > 1): registers the TypeScript
// loader in this thread, then runs the gateway (runtime/server/workers.ts).
import '../../bin/register.mjs';

const { runWorker } = await import('./workers.ts');
await runWorker();
