/**
 * `server.workers: N | auto`: N threads serve the gateway's port(s) — the main
 * thread and N − 1 worker threads (node:worker_threads), each with its own uWS
 * app listening on the same port. uWebSockets.js opens its listen sockets with
 * SO_REUSEPORT on Linux, so the kernel spreads incoming connections across the
 * threads; each thread then serves its connections alone (its own event loop,
 * undici pools, transcoders), so throughput scales with cores.
 *
 * Each worker builds its own gateway state from the same config (the validated
 * source document of the main thread, with the ports the main thread bound,
 * so `port: 0` works). What stays per thread, and what is shared:
 * - rate limits: with `limits.store: memory` every thread counts on its own
 *   (a caller could get up to N × the limit); use a `redis://` store to share
 *   them (runtime/limits/redis.ts) — a warning says so at start-up;
 * - circuit breakers and provider keys taken out of rotation: per thread;
 * - usage records: file sinks are appended to by every thread (one write per
 *   batch of whole lines, atomic with O_APPEND); the stdout sink is forwarded to
 *   the main thread, the only writer of fd 1, so lines never interleave;
 * - `/metrics`: whichever thread gets the scrape asks the main thread, which
 *   collects every thread's registry and sums them (prom-client's
 *   AggregatorRegistry; breaker-state and disabled-key gauges take the max,
 *   process and Node.js runtime metrics come from the main thread);
 * - `/health`: per thread (its `in_flight`), with `worker: {index, threads}`;
 * - hot reload: SIGHUP (main thread) or `POST /admin/reload` (any thread)
 *   reloads every thread from the config file;
 * - shutdown: SIGTERM/SIGINT drain every thread within the grace period.
 *
 * A worker that crashes takes the process down (as an uncaught exception does
 * with one thread): run the gateway under a supervisor that restarts it.
 */
import { Worker } from 'node:worker_threads';
import { AggregatorRegistry, type Registry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { GatewayConfig } from '../../generated/types/config.ts';
import type { RuntimeConfig } from '../config/index.ts';
import { CONFIG_DEFAULTS } from '../../generated/config-defaults.ts';
import { sharedWriter } from '../observability/writer.ts';

/** Everything a worker needs to build its gateway. */
export interface WorkerInit {
  /** 1-based thread index (the main thread is 0). */
  index: number;
  /** Serving threads in all (main included). */
  threads: number;
  /** Config file for hot reload (null: embedded default, no reload). */
  configPath: string | null;
  /** CLI overrides applied to the file on reload (port/host/…). */
  overrides: Record<string, unknown>;
  /** The main thread's validated config document. */
  source: GatewayConfig;
  /** The main thread's final server settings, with the ports it bound. */
  server: RuntimeConfig['server'];
  /** Forward usage records to the main thread (usage sink stdout). */
  usageToMain: boolean;
}

export type ToWorker =
  | { type: 'reload' }
  | { type: 'close'; graceMs?: number }
  | { type: 'metrics-collect'; id: number }
  | { type: 'metrics-result'; id: number; text: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'reloaded' }
  | { type: 'usage'; data: string }
  | { type: 'metrics-request'; id: number }
  | { type: 'metrics-json'; id: number; json: MetricObjectWithValues<MetricValue<string>>[] };

/** Metrics that describe the whole process (or thread runtime): taken from the main thread only. */
const PROCESS_METRIC = /^switchyard_(process_|nodejs_)/;
/** Gauges whose threads' values are combined with max/min rather than summed. */
const GAUGE_AGGREGATOR: Record<string, 'max' | 'min'> = {
  switchyard_upstream_circuit_state: 'max',
  switchyard_provider_keys_disabled: 'max',
  switchyard_rate_limit_store_up: 'min',
};

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/** Sums the threads' metrics (first entry: the main thread's). */
export function aggregateMetrics(perThread: MetricsJson[]): Promise<string> {
  const lists = perThread.map((list, i) =>
    list
      .filter((m) => i === 0 || !PROCESS_METRIC.test(m.name))
      .map((m) => (GAUGE_AGGREGATOR[m.name] ? { ...m, aggregator: GAUGE_AGGREGATOR[m.name] } : m)),
  );
  return AggregatorRegistry.aggregate(lists as Parameters<typeof AggregatorRegistry.aggregate>[0]).metrics();
}

export interface WorkerPoolOptions {
  threads: number;
  configPath: string | null;
  overrides: Record<string, unknown>;
  source: GatewayConfig;
  server: RuntimeConfig['server'];
  usageToMain: boolean;
  /** A worker reloaded from the config file (admin endpoint): reload the main thread and the other workers. */
  onWorkerReload: (index: number) => void;
  log: { error(fields: object, msg: string): void };
}

/** The main thread's handle on its worker threads. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { left: number; lists: MetricsJson[]; done: () => void }>();
  private closing = false;

  private constructor(private readonly o: WorkerPoolOptions) {}

  /** Starts `threads − 1` workers and resolves when all listen. */
  static async start(o: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(o);
    try {
      await Promise.all(Array.from({ length: o.threads - 1 }, (_, i) => pool.spawn(i + 1)));
    } catch (e) {
      await pool.close(0);
      throw e;
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  private spawn(index: number): Promise<void> {
    const init: WorkerInit = { index, threads: this.o.threads, configPath: this.o.configPath, overrides: this.o.overrides, source: this.o.source, server: this.o.server, usageToMain: this.o.usageToMain };
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: init, stdout: false, stderr: false });
    this.workers.push(w);
    return new Promise((resolve, reject) => {
      let ready = false;
      w.on('message', (m: FromWorker) => {
        switch (m.type) {
          case 'ready':
            ready = true;
            resolve();
            return;
          case 'failed':
            reject(new Error(`worker ${index}: ${m.message}`));
            return;
          case 'reloaded':
            this.o.onWorkerReload(index);
            return;
          case 'usage':
            sharedWriter(1).write(m.data);
            return;
          case 'metrics-request':
            void this.gather(null).then((text) => w.postMessage({ type: 'metrics-result', id: m.id, text } satisfies ToWorker));
            return;
          case 'metrics-json': {
            const p = this.pending.get(m.id);
            if (p) {
              p.lists.push(m.json);
              if (--p.left === 0) p.done();
            }
            return;
          }
        }
      });
      w.on('error', (e) => {
        if (!ready) return reject(e);
        this.o.log.error({ worker: index, err: e.message }, 'worker thread crashed; stopping the gateway');
        process.exit(1);
      });
      w.on('exit', (code) => {
        if (!ready) reject(new Error(`worker ${index} exited (${code}) before it listened`));
        else if (!this.closing) {
          this.o.log.error({ worker: index, code }, 'worker thread exited; stopping the gateway');
          process.exit(1);
        }
      });
    });
  }

  /** Tells every worker (but `except`) to reload from the config file. */
  broadcastReload(except: number | null = null): void {
    this.workers.forEach((w, i) => {
      if (i + 1 !== except) w.postMessage({ type: 'reload' } satisfies ToWorker);
    });
  }

  /**
   * The Prometheus text of all threads: `local` is the main thread's registry
   * (null when asked by a worker: the main thread's own is then `mainRegistry`).
   */
  async gather(local: Registry | null): Promise<string> {
    const main = local ?? this.mainRegistry;
    const own = main ? await main.getMetricsAsJSON() : [];
    const id = this.nextId++;
    const lists: MetricsJson[] = [];
    if (this.workers.length > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000); // a busy or stuck worker does not block the scrape
        this.pending.set(id, { left: this.workers.length, lists, done: () => (clearTimeout(timer), resolve()) });
        for (const w of this.workers) w.postMessage({ type: 'metrics-collect', id } satisfies ToWorker);
      });
      this.pending.delete(id);
    }
    return aggregateMetrics([own as MetricsJson, ...lists]);
  }

  /** The main thread's registry (set once its gateway started). */
  mainRegistry: Registry | null = null;

  /** Drains and stops every worker (each gets `graceMs` for its requests in flight). */
  async close(graceMs?: number): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            const hard = setTimeout(() => void w.terminate().then(() => resolve()), (graceMs ?? CONFIG_DEFAULTS.server.shutdown_grace_ms) + 5000);
            w.once('exit', () => {
              clearTimeout(hard);
              resolve();
            });
            w.postMessage({ type: 'close', graceMs } satisfies ToWorker);
          }),
      ),
    );
  }
}

/**
 * uWS sets SO_REUSEPORT only on an explicit port: with `port: 0` (any free
 * port) and several threads, a free port is picked first and every thread
 * listens on it. (A small race with other programs picking the same port is
 * possible; configure explicit ports in production.)
 */
export async function pinFreePorts(cfg: RuntimeConfig): Promise<void> {
  const { createServer } = await import('node:net');
  const free = (host: string) =>
    new Promise<number>((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, host, () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
  if (cfg.server.port === 0) cfg.server.port = await free(cfg.server.host);
  if (cfg.server.anthropicPort === 0) cfg.server.anthropicPort = await free(cfg.server.host);
}
