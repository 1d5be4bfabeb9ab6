/**
 * Issue 17, scale-out for real: three gateway processes behind nginx (upstream
 * keep-alive on), one Redis, the built-in simulator as upstream
 * (test/helpers/cluster.ts). Clients are the official Anthropic SDK with
 * `maxRetries: 0`, so a lost request shows as an error instead of being
 * retried away.
 *
 * - A caller's rate limit holds across replicas (Redis store): a burst spread
 *   over the three replicas is admitted only up to the one shared limit.
 * - Rolling restart: SIGTERM one replica while streams run through the
 *   balancer and requests keep arriving (also on nginx's kept-alive
 *   connections to the draining replica), then start it again: no request is
 *   lost and no stream that started before the signal is cut.
 *
 * Shared state other issues add plugs in here as further cases on the same
 * cluster: budgets (issue 15) and the response store (issue 14) — see the
 * `todo`s at the end.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis, type TestRedis } from './helpers/redis.ts';
import { NGINX_BIN, NGINX_SKIP_REASON, startCluster, type Cluster } from './helpers/cluster.ts';

const skipReason = !NGINX_BIN ? NGINX_SKIP_REASON : !REDIS_BIN ? REDIS_SKIP_REASON : null;
if (skipReason) console.warn(`scale-out test skipped: ${skipReason}`);

const RPM = 5;
let sim: Simulator;
let redis: TestRedis;
let cluster: Cluster;

beforeAll(async () => {
  if (skipReason) return;
  sim = await startSimulator();
  redis = await startRedis();
  cluster = await startCluster({
    replicas: 3,
    config: [
      'server: { host: 127.0.0.1, shutdown_grace_ms: 20000, keepalive_ms: 0 }',
      `providers: { anthropic: { type: anthropic, base_url: "${sim.url}", api_key: sim-key, simulated: true } }`,
      'models: { claude-prod: { targets: [ { provider: anthropic, model: claude-sonnet-4-5 } ] } }',
      'callers:',
      `  - { name: limited, key: sk-limited, limits: { rpm: ${RPM} } }`,
      '  - { name: load, key: sk-load }',
      // A generous store timeout: on a loaded CI machine the 100 ms default would take the on_store_error path (closed: 429) for reasons unrelated to the shared limit under test.
      `limits: { store: "${redis.url}", on_store_error: closed, store_timeout_ms: 10000 }`,
      // Stored responses and the reasoning carrier's secret shared by every replica (issue 14).
      `responses: { store: "${redis.url}", reasoning_key: "scale-out-shared-secret-0123" }`,
      'logging: { usage_sink: stdout, level: warn }',
      '',
    ].join('\n'),
  });
}, 60_000);

afterAll(async () => {
  await cluster?.close();
  await redis?.stop();
  await sim?.close();
});

const client = (key: string) => new Anthropic({ baseURL: cluster.url, apiKey: key, maxRetries: 0, timeout: 60_000 });
const ask = { model: 'claude-prod', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };

describe.skipIf(!!skipReason)('three replicas behind nginx, one Redis', () => {
  it('a rate limit holds across replicas', async () => {
    const c = client('sk-limited');
    const results = await Promise.all(
      Array.from({ length: 2 * RPM }, () => c.messages.create(ask).then(() => 200, (e: unknown) => (e instanceof Anthropic.APIError ? (e.status ?? -1) : -1))),
    );
    // One shared bucket of RPM (plus at most one refill while the burst runs); per-replica buckets would admit all of them.
    const ok = results.filter((s) => s === 200).length;
    expect(results.every((s) => s === 200 || s === 429), results.join(' ')).toBe(true);
    expect(ok, results.join(' ')).toBeGreaterThanOrEqual(RPM);
    expect(ok, results.join(' ')).toBeLessThanOrEqual(RPM + 1);
    // The burst really was spread: at least two replicas served the caller (usage records are written in batches: wait for them).
    const servedBy = () => cluster.replicas.filter((r) => cluster.usage(r).some((u) => u.caller === 'limited'));
    const end = Date.now() + 5000;
    while (servedBy().length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    const served = servedBy();
    expect(served.length).toBeGreaterThanOrEqual(2);
  });

  it('rolling restart: SIGTERM one replica under load, start it again — no request lost, no started stream cut', async () => {
    const c = client('sk-load');
    const EVENTS = 40;
    const paced = { headers: { 'x-sim-events': String(EVENTS), 'x-sim-pace-ms': '50' } };
    // Streams that have produced content before the signal.
    const streams = Array.from({ length: 9 }, () => {
      let first!: () => void;
      const started = new Promise<void>((r) => (first = r));
      const done = (async () => {
        const s = c.messages.stream(ask, paced);
        let text = '';
        s.on('text', (t) => ((text += t), first()));
        const final = await s.finalMessage();
        return { text, stop: final.stop_reason };
      })();
      return { started, done };
    });
    await Promise.all(streams.map((s) => s.started));

    // Steady traffic through the balancer for the whole restart (reusing nginx's upstream connections).
    let running = true;
    const outcomes: string[] = [];
    const loop = async () => {
      while (running) {
        outcomes.push(await c.messages.create(ask).then(() => 'ok', (e: unknown) => `error: ${e instanceof Anthropic.APIError ? `${e.status} ${e.message}` : String(e)}`));
      }
    };
    const loops = Array.from({ length: 4 }, loop);
    await new Promise((r) => setTimeout(r, 300));

    const old = cluster.replicas[0]!;
    const exitCode = await cluster.stop(0);
    expect(exitCode).toBe(0);
    const fresh = await cluster.start(0);
    // Traffic comes back to the restarted replica.
    const end = Date.now() + 20_000;
    while (cluster.usage(fresh).length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    running = false;
    await Promise.all(loops);

    const finished = await Promise.all(streams.map((s) => s.done));
    for (const f of finished) {
      expect(f.stop).toBe('end_turn');
      expect(f.text.length).toBeGreaterThan(0);
    }
    // Each stream is the simulator's complete answer (the same text for every stream of this request shape).
    expect(new Set(finished.map((f) => f.text)).size).toBe(1);
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(20);
    // The drained replica really carried streams to their end while shutting down, and the new one serves.
    expect(cluster.usage(old).filter((u) => u.stream === true && u.status === 200).length).toBeGreaterThan(0);
    expect(cluster.usage(fresh).length).toBeGreaterThan(0);
  }, 90_000);

  it.todo('a budget holds across replicas (issue 15: budgets in the shared Redis)');
  it('a stored response created on one replica is retrieved and continued on the others (issue 14: response store in Redis)', async () => {
    const oa = new OpenAI({ baseURL: `${cluster.url}/v1`, apiKey: 'sk-load', maxRetries: 0, timeout: 60_000 });
    const first = await oa.responses.create({ model: 'claude-prod', input: 'Remember the word kumquat.' });
    // Round robin spreads these over the three replicas: each must know the response (a per-replica store would 404).
    for (let i = 0; i < 6; i++) expect((await oa.responses.retrieve(first.id)).id).toBe(first.id);
    const next = await oa.responses.create({ model: 'claude-prod', input: 'Which word?', previous_response_id: first.id });
    expect(next.status).toBe('completed');
    const third = await oa.responses.create({ model: 'claude-prod', input: 'Again?', previous_response_id: next.id });
    expect(third.status).toBe('completed');
    // The last upstream request carries the whole conversation, rebuilt from Redis by whichever replica served it.
    const last = [...sim.requests].reverse().find((r) => r.path === '/v1/messages');
    const body = last?.body.toString('utf8') ?? '';
    expect(body).toContain('Remember the word kumquat.');
    expect(body.indexOf('Which word?')).toBeGreaterThan(body.indexOf('kumquat'));
    expect(body.indexOf('Again?')).toBeGreaterThan(body.indexOf('Which word?'));
    // Another caller key sees nothing, on any replica.
    const other = new OpenAI({ baseURL: `${cluster.url}/v1`, apiKey: 'sk-limited', maxRetries: 0, timeout: 60_000 });
    for (let i = 0; i < 3; i++) await expect(other.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
  });
});
