// Entry of a uWS worker thread (server.workers > 1): registers the TypeScript
// loader in this thread, then runs the gateway (runtime/server/worker-thread.ts).
import '../../bin/register.mjs';

const { runWorker } = await import('./worker-thread.ts');
await runWorker();
