/**
 * The body of a uWS worker thread (started by runtime/server/worker-entry.mjs
 * for `server.workers > 1`): builds its own gateway from the main thread's
 * `workerData` (runtime/server/workers.ts WorkerInit) and serves the same
 * port(s) until told to close. Its own module so that the pool
 * (runtime/server/workers.ts, used by runtime/main.ts) does not import main.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfigFile, normalize } from '../config/index.ts';
import { applyOverrides, startSwitchyard } from '../main.ts';
import type { FromWorker, MetricsJson, ToWorker, WorkerInit } from './workers.ts';

/**
 * Worker thread body (runtime/server/worker-entry.mjs): builds the gateway
 * from `workerData` and serves until told to close.
 */
export async function runWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runWorker: not in a worker thread');
  const init = workerData as WorkerInit;
  const post = (m: FromWorker) => port.postMessage(m);
  try {
    const cfg = normalize(init.source);
    cfg.server = { ...init.server };
    let fromBroadcast = false;
    const path = init.configPath;
    const loadConfig = path
      ? () => {
          const c = applyOverrides(loadConfigFile(path), init.overrides);
          c.server.port = init.server.port;
          c.server.anthropicPort = init.server.anthropicPort;
          if (!fromBroadcast) post({ type: 'reloaded' });
          return c;
        }
      : undefined;
    const usageDestination = init.usageToMain ? forwardToMain(post) : undefined;
    const metricsWaiters = new Map<number, (text: string) => void>();
    let metricsId = 0;
    const sy = await startSwitchyard(cfg, {
      sharedPort: true,
      ...(loadConfig ? { loadConfig } : {}),
      ...(usageDestination ? { usageDestination } : {}),
      health: () => ({ worker: { index: init.index, threads: init.threads } }),
      aggregateMetrics: () =>
        new Promise<string>((resolve) => {
          const id = ++metricsId;
          metricsWaiters.set(id, resolve);
          post({ type: 'metrics-request', id });
        }),
    });
    port.on('message', (m: ToWorker) => {
      switch (m.type) {
        case 'reload':
          fromBroadcast = true;
          try {
            sy.gateway.reload();
          } finally {
            fromBroadcast = false;
          }
          return;
        case 'metrics-collect':
          void sy.metricsRegistry?.getMetricsAsJSON().then((json) => post({ type: 'metrics-json', id: m.id, json: json as MetricsJson }));
          return;
        case 'metrics-result':
          metricsWaiters.get(m.id)?.(m.text);
          metricsWaiters.delete(m.id);
          return;
        case 'close':
          void sy.close(m.graceMs).finally(() => {
            usageDestination?.flush();
            // The uWS apps are closed (gw.close): the thread can end without open native handles.
            process.exit(0);
          });
          return;
      }
    });
    post({ type: 'ready' });
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message });
  }
}

/** A usage destination that batches lines and posts them to the main thread (the only writer of stdout). */
function forwardToMain(post: (m: FromWorker) => void): { write(line: string): void; flush(): void } {
  let parts: string[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (bytes === 0) return;
    post({ type: 'usage', data: parts.join('') });
    parts = [];
    bytes = 0;
  };
  return {
    write(line) {
      parts.push(line);
      bytes += line.length;
      if (bytes >= 64 * 1024) flush();
      else if (!timer) {
        timer = setTimeout(flush, 100);
        timer.unref();
      }
    },
    flush,
  };
}

