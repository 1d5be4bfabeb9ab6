/**
 * `npm run bench`: the gateway next to the simulator, side by side.
 *
 * Starts the simulator and the gateway as separate processes — the gateway
 * pinned to CPU 0, the simulator and this process (the load driver) to CPU 1
 * with `taskset` where available — and for each scenario (scripts/bench/scenarios.ts)
 * alternates direct-to-simulator runs and through-gateway runs after a warm-up,
 * reporting medians of throughput, SSE events/s, p50/p99 latency and time to
 * first byte, gateway CPU per request and per SSE event (utime+stime from
 * /proc/<pid>/stat ÷ work done) and gateway RSS. Then 10,000 concurrent idle
 * streams for memory, the scaling from 1 to 2 uWS worker threads, and the
 * start-up time and idle RSS of the compiled gateway with 1 and 2 threads.
 * The core scenarios (those that declare `relay`) and the idle streams are also
 * run through the featureless relay (scripts/bench/baseline-relay.ts:
 * uWebSockets.js + undici and nothing else, pinned to the gateway's core)
 * carrying the direct request to the same upstream: the floor this machine and
 * harness put under any gateway, reported beside every budget.
 * The `-burst` scenarios use the burst upstream (scripts/bench/burst.ts: the
 * simulator's bytes, each response in one write) instead of the simulator, on
 * both sides; it runs as its own process on the simulator's CPU.
 *
 * Writes bench-results/latest.json and bench-results/latest.md (or --out DIR),
 * prints the Markdown, and (a full run into bench-results/) replaces the
 * results section of BENCHMARKS.md.
 *
 * Options:
 *   --quick              short smoke run (1 run per side of 0.5 s, 500 idle streams, no scaling unless asked)
 *   --scenario NAME      only these (repeatable or comma-separated): a scenario name, "idle", "scaling", "tracing", "startup"
 *   --runs N             measured runs per side (default 3)
 *   --duration-ms N      length of one run (default 3000)
 *   --warmup-ms N        warm-up per side (default 1500)
 *   --streams N          idle streams (default 10000)
 *   --usage-sink S       gateway usage records: "file" (default: JSON lines to a temp file) or "none"
 *   --scaling-scenario N scenario used for the 1 → 2 workers comparison (default json-translated)
 *   --tracing-scenario N scenario used for the OpenTelemetry off / on comparison ("tracing"; default json-translated)
 *   --cpu-prof DIR       run the gateway with node --cpu-prof, profiles written to DIR
 *   --out DIR            where to write latest.json / latest.md (default bench-results)
 *   --no-pin             do not use taskset
 *   -h, --help           usage, the scenarios and their budget classes
 *
 * The budget table (scripts/bench/budgets.ts) has a row per check of every
 * scenario that declares a budget class, plus idle memory and scaling.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runLoad, quantile, type LoadResult, type RequestSpec } from './bench/driver.ts';
import { openIdleStreams } from './bench/idle.ts';
import { SCENARIOS, idleRequest, type Scenario } from './bench/scenarios.ts';
import {
  CLK_TCK, HAS_TASKSET, ROOT, cpuCount, nofileLimit, cpuSeconds, cpuTimes, freePort, loadAvg, memoryMb, pin, startBurstProc, startGatewayProc, startRelayProc, startSimulatorProc, type Proc, type SpawnOptions,
} from './bench/procs.ts';
import { evaluateTargets, medianOf, renderMarkdown, type IdleResult, type Report, type RunMetrics, type ScalingResult, type ScenarioResult, type SideResult, type StartupResult, type TracingResult } from './bench/report.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const NOFILE = 65536;
const RESULTS_START = '<!-- bench:results:start (written by npm run bench) -->';
const RESULTS_END = '<!-- bench:results:end -->';
const CHILD_ENV = 'SWITCHYARD_BENCH_CHILD';

const HELP = `Usage: npm run bench -- [options]      (or: npx tsx scripts/bench.ts [options])

The gateway side by side with a direct connection to the simulator: gateway
pinned to CPU 0, simulator and load driver on CPU 1, direct and gateway runs
alternating in one run, medians; a budget table (met / missed per scenario,
with what a featureless uWS + undici relay reaches on the same check in the
same run), idle-stream memory, 1 → 2 worker threads, OpenTelemetry off/on,
start-up.

Options:
  --quick              short smoke run (1 run per side of 0.5 s, 500 idle streams, no scaling/tracing unless asked)
  --scenario NAME      only these (repeatable or comma-separated): a scenario below, "idle", "scaling", "tracing", "startup"
  --runs N             measured runs per side (default 3)
  --duration-ms N      length of one run (default 3000)
  --warmup-ms N        warm-up per side (default 1500)
  --streams N          idle streams (default 10000)
  --usage-sink S       gateway usage records: "file" (default: JSON lines to a temp file) or "none"
  --scaling-scenario N scenario used for the 1 → 2 workers comparison (default json-translated)
  --tracing-scenario N scenario used for the OpenTelemetry off / on comparison (default json-translated)
  --cpu-prof DIR       run the gateway with node --cpu-prof, profiles written to DIR
                       (summarise one: npx tsx scripts/bench/profile.ts FILE.cpuprofile)
  --out DIR            where to write latest.json / latest.md (default bench-results; a full run
                       there also rewrites the results section of BENCHMARKS.md)
  --no-pin             do not use taskset
  -h, --help           this text

Scenarios (budget class in brackets, see scripts/bench/budgets.ts):
${SCENARIOS.map((s) => `  ${s.name.padEnd(28)} [${s.budget ?? 'none'}] ${s.title}`).join('\n')}
`;

const { values: opt } = parseArgs({
  options: {
    help: { type: 'boolean', short: 'h', default: false },
    quick: { type: 'boolean', default: false },
    scenario: { type: 'string', multiple: true },
    runs: { type: 'string' },
    'duration-ms': { type: 'string' },
    'warmup-ms': { type: 'string' },
    streams: { type: 'string' },
    'usage-sink': { type: 'string', default: 'file' },
    'scaling-scenario': { type: 'string', default: 'json-translated' },
    'tracing-scenario': { type: 'string', default: 'json-translated' },
    'cpu-prof': { type: 'string' },
    out: { type: 'string' },
    'no-pin': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

if (opt.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const nproc = cpuCount();
const pinning = HAS_TASKSET && !opt['no-pin'] && nproc >= 2;
const CPU_GW = '0';
const CPU_REST = '1';

/**
 * Re-runs this script with a raised open-file limit and pinned to the driver's
 * CPU (`sh -c 'ulimit -n …; exec taskset -c 1 node …'`), so the load driver
 * itself (this process) stays off the gateway's core.
 */
async function reexec(): Promise<number> {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = [process.execPath, ...process.execArgv, ...process.argv.slice(1)].map(q).join(' ');
  const script = `ulimit -Hn ${NOFILE} 2>/dev/null; ulimit -n ${NOFILE} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec ${pinning ? `taskset -c ${CPU_REST} ` : ''}${cmd}`;
  const child = spawn('sh', ['-c', script], { stdio: 'inherit', env: { ...process.env, [CHILD_ENV]: '1' } });
  const fwd = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGINT', fwd);
  process.on('SIGTERM', fwd);
  return new Promise((res) => child.on('exit', (code, sig) => res(code ?? (sig ? 1 : 0))));
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function num(v: string | undefined, d: number): number {
  if (v === undefined) return d;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${v}`);
  return n;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const quick = opt.quick ?? false;
  const runs = Math.max(1, num(opt.runs, quick ? 1 : 3));
  const durationMs = num(opt['duration-ms'], quick ? 500 : 3000);
  const warmupMs = num(opt['warmup-ms'], quick ? 300 : 1500);
  const streams = num(opt.streams, quick ? 500 : 10_000);
  const wanted = (opt.scenario ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const known = new Set([...SCENARIOS.map((s) => s.name), 'idle', 'scaling', 'tracing', 'startup']);
  for (const w of wanted) if (!known.has(w)) throw new Error(`unknown scenario '${w}' (known: ${[...known].join(', ')})`);
  const want = (n: string) => (wanted.length ? wanted.includes(n) : (n !== 'scaling' && n !== 'tracing') || !quick);
  const scenarios = SCENARIOS.filter((s) => want(s.name));
  const scalingScenario = SCENARIOS.find((s) => s.name === opt['scaling-scenario']);
  if (!scalingScenario) throw new Error(`unknown --scaling-scenario ${opt['scaling-scenario']}`);
  const tracingScenario = SCENARIOS.find((s) => s.name === opt['tracing-scenario']);
  if (!tracingScenario) throw new Error(`unknown --tracing-scenario ${opt['tracing-scenario']}`);
  const outDir = resolve(ROOT, opt.out ?? 'bench-results');
  const usageSinkOpt = opt['usage-sink'] ?? 'file';
  if (usageSinkOpt !== 'file' && usageSinkOpt !== 'none') throw new Error('--usage-sink: file or none');

  const tmp = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
  const usageSink = usageSinkOpt === 'file' ? join(tmp, 'usage.jsonl') : 'none';
  const profDir = opt['cpu-prof'] ? resolve(opt['cpu-prof']) : null;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const spawnOpts = (cpus: string | null, profile = false): SpawnOptions => ({
    cpus: pinning ? cpus : null,
    nofile: NOFILE,
    env: { LOG_LEVEL: 'warn' },
    ...(profile && profDir ? { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] } : {}),
  });
  const procs: Proc[] = [];
  const stopAll = async () => {
    await Promise.all(procs.splice(0).map((p) => p.stop()));
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(143)));
  const log = (s: string) => process.stderr.write(`${s}\n`);

  const loadBefore = loadAvg();
  log(`bench: ${nproc} CPUs, load ${loadBefore.join(' ')}, ${pinning ? 'pinned (gateway CPU 0; simulator and driver CPU 1)' : 'unpinned'}, open files ${nofileLimit()}`);

  const simPort = await freePort();
  const sim = await startSimulatorProc(simPort, spawnOpts(CPU_REST));
  procs.push(sim);
  const simOrigin = `http://127.0.0.1:${simPort}`;
  // The burst upstream, only when a scenario asks for it.
  let burst: Proc | null = null;
  let burstPort: number | null = null;
  if ([...scenarios, ...(want('scaling') ? [scalingScenario] : []), ...(want('tracing') ? [tracingScenario] : [])].some((s) => s.upstream === 'burst')) {
    burstPort = await freePort();
    burst = await startBurstProc(burstPort, simPort, spawnOpts(CPU_REST));
    procs.push(burst);
  }
  const upstreamOf = (s: Scenario): { origin: string; proc: Proc } => {
    if (s.upstream === 'simulator') return { origin: simOrigin, proc: sim };
    if (!burst) throw new Error(`scenario ${s.name} needs the burst upstream, which did not start`);
    return { origin: `http://127.0.0.1:${burstPort}`, proc: burst };
  };

  /** One measured load phase against `origin`, with gateway/upstream CPU deltas. */
  const measure = async (origin: string, spec: RequestSpec, concurrency: number, ms: number, gw: Proc | null, upstream: Proc = sim): Promise<{ m: RunMetrics; res: LoadResult }> => {
    const gw0 = gw ? cpuTimes(gw.pid) : null;
    const simCpu0 = cpuSeconds(upstream.pid);
    const res = await runLoad({ origin, concurrency, durationMs: ms, request: spec });
    const gw1 = gw ? cpuTimes(gw.pid) : null;
    const gwCpu = gw0 && gw1 ? gw1.total - gw0.total : null;
    const gwSys = gw0 && gw1 ? gw1.system - gw0.system : null;
    const simCpu = cpuSeconds(upstream.pid) - simCpu0;
    const n = Math.max(1, res.ok);
    const m: RunMetrics = {
      ok: res.ok,
      errors: res.errors,
      rps: res.ok / res.elapsedS,
      eventsPerS: res.events / res.elapsedS,
      eventsPerReq: res.events / n,
      p50Ms: quantile(res.latencies, 0.5),
      p99Ms: quantile(res.latencies, 0.99),
      ttfbP50Ms: quantile(res.ttfb, 0.5),
      ttfbP99Ms: quantile(res.ttfb, 0.99),
      ttftP50Ms: quantile(res.ttft, 0.5),
      ttftP99Ms: quantile(res.ttft, 0.99),
      gwCpuS: gwCpu,
      gwSysShare: gwCpu && gwSys !== null ? gwSys / gwCpu : null,
      cpuPerReqMs: gwCpu === null ? null : (gwCpu * 1000) / n,
      cpuPerEventUs: gwCpu === null || res.events === 0 ? null : (gwCpu * 1e6) / res.events,
      gwRssMb: gw ? memoryMb(gw.pid).rss : null,
      simCpuPerReqMs: (simCpu * 1000) / n,
    };
    return { m, res };
  };

  const side = (runsOut: RunMetrics[]): SideResult => ({ runs: runsOut, median: medianOf(runsOut) });

  /** Warm-up, then `runs` alternating direct / gateway runs (plus extra gateways for scaling). */
  const compare = async (s: Scenario, gws: Proc[], gwOrigins: string[], relay: { proc: Proc; origin: string } | null = null): Promise<{ direct: SideResult; gateways: SideResult[]; relay: SideResult | null; firstError: string | null }> => {
    let firstError: string | null = null;
    const note = (r: LoadResult, who: string) => {
      if (r.firstError && !firstError) firstError = `${who}: ${r.firstError}`;
    };
    const up = upstreamOf(s);
    if (warmupMs > 0) {
      note((await measure(up.origin, s.direct, s.concurrency, warmupMs / 2, null, up.proc)).res, 'direct warm-up');
      for (let g = 0; g < gws.length; g++) note((await measure(gwOrigins[g] as string, s.gateway, s.concurrency, warmupMs / 2, gws[g] as Proc, up.proc)).res, 'gateway warm-up');
      if (relay) note((await measure(relay.origin, s.direct, s.concurrency, warmupMs / 2, relay.proc, up.proc)).res, 'relay warm-up');
    }
    const direct: RunMetrics[] = [];
    const relayRuns: RunMetrics[] = [];
    const gateways: RunMetrics[][] = gws.map(() => []);
    for (let i = 0; i < runs; i++) {
      const d = await measure(up.origin, s.direct, s.concurrency, durationMs, null, up.proc);
      note(d.res, 'direct');
      direct.push(d.m);
      for (let g = 0; g < gws.length; g++) {
        const x = await measure(gwOrigins[g] as string, s.gateway, s.concurrency, durationMs, gws[g] as Proc, up.proc);
        note(x.res, 'gateway');
        (gateways[g] as RunMetrics[]).push(x.m);
      }
      if (relay) {
        const x = await measure(relay.origin, s.direct, s.concurrency, durationMs, relay.proc, up.proc);
        note(x.res, 'relay');
        relayRuns.push(x.m);
      }
    }
    return { direct: side(direct), gateways: gateways.map(side), relay: relay ? side(relayRuns) : null, firstError };
  };

  const startGateway = async (workers: number, cpus: string | null, profile = false, otlp: string | null = null): Promise<{ proc: Proc; origin: string }> => {
    const port = await freePort();
    const o = spawnOpts(cpus, profile);
    if (otlp) o.env = { ...o.env, OTEL_METRIC_EXPORT_INTERVAL: '5000' };
    const proc = await startGatewayProc(tmp, simPort, port, workers, o, usageSink, { burstPort, otlpEndpoint: otlp });
    procs.push(proc);
    return { proc, origin: `http://127.0.0.1:${port}` };
  };
  const stopGateway = async (p: Proc) => {
    const i = procs.indexOf(p);
    if (i >= 0) procs.splice(i, 1);
    await p.stop();
  };

  const results: ScenarioResult[] = [];
  let idle: IdleResult | null = null;
  let scaling: ScalingResult | null = null;
  let tracing: TracingResult | null = null;
  let startup: StartupResult | null = null;
  try {
    if (scenarios.length) {
      const gw = await startGateway(1, CPU_GW, true);
      // The featureless relay, one per upstream it fronts, pinned where the gateway is (started when a scenario asks).
      const relays = new Map<string, { proc: Proc; origin: string }>();
      const relayFor = async (s: Scenario) => {
        if (!s.relay) return null;
        const up = upstreamOf(s).origin;
        let r = relays.get(up);
        if (!r) {
          const port = await freePort();
          const proc = await startRelayProc(port, up, spawnOpts(CPU_GW));
          procs.push(proc);
          r = { proc, origin: `http://127.0.0.1:${port}` };
          relays.set(up, r);
        }
        return r;
      };
      for (const s of scenarios) {
        log(`bench: ${s.name} (c=${s.concurrency})…`);
        const r = await compare(s, [gw.proc], [gw.origin], await relayFor(s));
        const d = r.direct.median;
        const g = (r.gateways[0] as SideResult).median;
        const rl = r.relay?.median ?? null;
        results.push({
          name: s.name, title: s.title, compared: s.compared, concurrency: s.concurrency, events: s.events, paceMs: s.paceMs, kind: s.kind, budget: s.budget,
          direct: r.direct, gateway: r.gateways[0] as SideResult,
          throughputRatio: d.rps ? g.rps / d.rps : 0,
          addedP50Ms: g.p50Ms - d.p50Ms,
          addedP99Ms: g.p99Ms - d.p99Ms,
          addedTtfbP50Ms: g.ttfbP50Ms - d.ttfbP50Ms,
          addedTtftP50Ms: g.ttftP50Ms - d.ttftP50Ms,
          ...(r.relay && rl
            ? { relay: { side: r.relay, throughputRatio: d.rps ? rl.rps / d.rps : 0, addedP50Ms: rl.p50Ms - d.p50Ms, addedP99Ms: rl.p99Ms - d.p99Ms, addedTtfbP50Ms: rl.ttfbP50Ms - d.ttfbP50Ms, addedTtftP50Ms: rl.ttftP50Ms - d.ttftP50Ms } }
            : {}),
          firstError: r.firstError,
        });
        if (rl) log(`  featureless relay ${Math.round(rl.rps)} req/s p50 ${rl.p50Ms.toFixed(2)} ms, CPU ${rl.cpuPerReqMs?.toFixed(3)} ms/req${rl.cpuPerEventUs !== null && s.stream ? `, ${rl.cpuPerEventUs.toFixed(2)} µs/event` : ''}`);
        log(`  direct ${Math.round(d.rps)} req/s p50 ${d.p50Ms.toFixed(2)} ms · gateway ${Math.round(g.rps)} req/s p50 ${g.p50Ms.toFixed(2)} ms, CPU ${g.cpuPerReqMs?.toFixed(3)} ms/req (${Math.round((g.gwSysShare ?? 0) * 100)}% sys)${g.cpuPerEventUs !== null && s.stream ? `, ${g.cpuPerEventUs.toFixed(2)} µs/event` : ''}`);
      }
      await stopGateway(gw.proc);
      for (const r of relays.values()) await stopGateway(r.proc);
    }

    if (want('idle')) {
      log(`bench: idle (${streams} concurrent streams)…`);
      /** Opens the idle streams through `proc` listening on `port` and reads its RSS before, with them open, and after. */
      const idleOn = async (proc: Proc, origin: string, request: Buffer, warmup: RequestSpec) => {
        const port = Number(new URL(origin).port);
        // A short warm-up so the baseline includes compiled code and pools.
        await measure(origin, warmup, 10, 300, proc);
        await new Promise((r) => setTimeout(r, 300));
        const baseline = memoryMb(proc.pid).rss;
        // A stream holds two descriptors in the gateway (caller socket + upstream socket) and one here.
        const gwFiles = nofileLimit(proc.pid);
        const nofile = Math.min(gwFiles, nofileLimit(sim.pid), nofileLimit());
        const count = Math.min(streams, Math.floor((gwFiles - 200) / 2), nofileLimit(sim.pid) - 200, nofileLimit() - 200);
        const open = await openIdleStreams({ port, request, count, batch: 500, timeoutMs: quick ? 20_000 : 90_000, readyMarker: 'content_block_delta' });
        await new Promise((r) => setTimeout(r, 500));
        const mem = memoryMb(proc.pid);
        await open.close();
        await new Promise((r) => setTimeout(r, 1000));
        const after = memoryMb(proc.pid).rss;
        return { count, nofile, open, baseline, mem, after, perStreamMb: (mem.rss - baseline) / Math.max(1, open.ready) };
      };
      const gw = await startGateway(1, CPU_GW);
      const g = await idleOn(gw.proc, gw.origin, idleRequest(Number(new URL(gw.origin).port), 600_000), SCENARIOS[3]!.gateway);
      await stopGateway(gw.proc);
      const limitedBy = g.count < streams
        ? `the open-file limit is ${g.nofile} here and cannot be raised (no CAP_SYS_RESOURCE); a stream holds two descriptors in the gateway (caller and upstream socket)`
        : null;
      idle = {
        requested: streams, streams: g.count, limitedBy, projectedRssMb: g.baseline + g.perStreamMb * streams,
        ready: g.open.ready, failed: g.open.failed, firstError: g.open.firstError, openS: g.open.openS,
        baselineRssMb: g.baseline, rssMb: g.mem.rss, peakRssMb: g.mem.peak, perStreamKb: g.open.ready ? g.perStreamMb * 1024 : 0,
        afterCloseRssMb: g.after, nofile: g.nofile,
      };
      log(`  ${g.open.ready}/${g.count} open in ${g.open.openS.toFixed(1)} s, RSS ${g.baseline.toFixed(0)} → ${g.mem.rss.toFixed(0)} MB${g.open.firstError ? ` (first error: ${g.open.firstError})` : ''}`);
      // The same streams through the featureless relay: what uWS, undici and Node hold per stream by themselves.
      const relayPort = await freePort();
      const relay = await startRelayProc(relayPort, simOrigin, spawnOpts(CPU_GW));
      procs.push(relay);
      const origin = `http://127.0.0.1:${relayPort}`;
      const r = await idleOn(relay, origin, idleRequest(relayPort, 600_000, true), SCENARIOS[3]!.direct);
      await stopGateway(relay);
      idle.relay = {
        ready: r.open.ready, baselineRssMb: r.baseline, rssMb: r.mem.rss, perStreamKb: r.open.ready ? r.perStreamMb * 1024 : 0,
        projectedRssMb: r.baseline + r.perStreamMb * streams, firstError: r.open.firstError,
      };
      log(`  featureless relay: ${r.open.ready}/${r.count} open, RSS ${r.baseline.toFixed(0)} → ${r.mem.rss.toFixed(0)} MB${r.open.firstError ? ` (first error: ${r.open.firstError})` : ''}`);
    }

    if (want('scaling')) {
      const s = scalingScenario;
      log(`bench: scaling 1 → 2 workers (${s.name})…`);
      // All processes may use every CPU here: two gateway threads need two cores.
      const all = nproc >= 2 ? `0-${nproc - 1}` : '0';
      if (pinning) {
        pin(sim.pid, all);
        if (burst) pin(burst.pid, all);
        pin(process.pid, all);
      }
      const g1 = await startGateway(1, all);
      const g2 = await startGateway(2, all);
      const r = await compare(s, [g1.proc, g2.proc], [g1.origin, g2.origin]);
      const d = r.direct.median;
      scaling = {
        scenario: s.name, concurrency: s.concurrency,
        pinning: pinning ? `gateway, simulator and driver all on CPUs ${all}` : 'unpinned',
        direct: r.direct,
        workers: [1, 2].map((w, i) => ({ workers: w, gateway: r.gateways[i] as SideResult, throughputRatio: d.rps ? (r.gateways[i] as SideResult).median.rps / d.rps : 0 })),
      };
      for (const w of scaling.workers) log(`  ${w.workers} worker(s): ${Math.round(w.gateway.median.rps)} req/s (direct ${Math.round(d.rps)})`);
      await stopGateway(g1.proc);
      await stopGateway(g2.proc);
      if (pinning) {
        pin(sim.pid, CPU_REST);
        if (burst) pin(burst.pid, CPU_REST);
        pin(process.pid, CPU_REST);
      }
    }

    if (want('tracing')) {
      const s = tracingScenario;
      log(`bench: OpenTelemetry off vs on (${s.name})…`);
      // A local OTLP/HTTP sink (in this process, on the driver's CPU) that accepts and drops every export.
      const sink = createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
      });
      await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
      const sinkPort = (sink.address() as AddressInfo).port;
      try {
        const off = await startGateway(1, CPU_GW);
        const on = await startGateway(1, CPU_GW, false, `http://127.0.0.1:${sinkPort}`);
        const r = await compare(s, [off.proc, on.proc], [off.origin, on.origin]);
        tracing = { scenario: s.name, concurrency: s.concurrency, direct: r.direct, off: r.gateways[0] as SideResult, on: r.gateways[1] as SideResult };
        log(`  off ${Math.round(tracing.off.median.rps)} req/s, ${tracing.off.median.cpuPerReqMs?.toFixed(3)} ms CPU/req · on ${Math.round(tracing.on.median.rps)} req/s, ${tracing.on.median.cpuPerReqMs?.toFixed(3)} ms CPU/req`);
        await stopGateway(off.proc);
        await stopGateway(on.proc);
      } finally {
        sink.close();
      }
    }

    if (want('startup')) {
      const samples = quick ? 1 : 5;
      log(`bench: start-up and idle RSS, 1 and 2 threads (${samples} start${samples > 1 ? 's' : ''} each)…`);
      const all = nproc >= 2 ? `0-${nproc - 1}` : '0';
      startup = { workers: [] };
      for (const workers of [1, 2]) {
        const startMs: number[] = [];
        const rss: number[] = [];
        for (let i = 0; i < samples; i++) {
          const t = performance.now();
          const gw = await startGateway(workers, workers > 1 ? all : CPU_GW);
          startMs.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 1000));
          rss.push(memoryMb(gw.proc.pid).rss);
          await stopGateway(gw.proc);
        }
        const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
        startup.workers.push({ workers, startMs: med(startMs), idleRssMb: med(rss), samples });
        log(`  ${workers} thread(s): start → listening ${Math.round(med(startMs))} ms, idle RSS ${med(rss).toFixed(1)} MB`);
      }
    }
  } finally {
    await stopAll();
    rmSync(tmp, { recursive: true, force: true });
  }

  const partial = { scenarios: results, idle, scaling, tracing, startup };
  const report: Report = {
    tool: 'switchyard-bench',
    date: new Date().toISOString(),
    quick,
    machine: {
      nproc,
      cpuModel: cpuModel(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      taskset: pinning,
      pinning: pinning ? { gateway: CPU_GW, simulator: CPU_REST, driver: CPU_REST } : { gateway: 'any', simulator: 'any', driver: 'any' },
      loadBefore,
      loadAfter: loadAvg(),
      clkTck: CLK_TCK,
    },
    options: { runs, durationMs, warmupMs, usageSink: usageSinkOpt === 'file' ? 'on (JSON lines to a file)' : 'off', scenarios: [...scenarios.map((s) => s.name), ...(idle ? ['idle'] : []), ...(scaling ? ['scaling'] : []), ...(tracing ? ['tracing'] : []), ...(startup ? ['startup'] : [])] },
    ...partial,
    targets: evaluateTargets(partial),
    elapsedS: (performance.now() - t0) / 1000,
  };
  mkdirSync(outDir, { recursive: true });
  const md = renderMarkdown(report);
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.md'), `${md}\n`);
  process.stdout.write(`${md}\n`);
  log(`bench: wrote ${join(outDir, 'latest.json')} and latest.md`);
  // A full run into the default place also refreshes the results section of BENCHMARKS.md.
  if (!quick && opt.out === undefined && wanted.length === 0) {
    const doc = join(ROOT, 'BENCHMARKS.md');
    try {
      const text = readFileSync(doc, 'utf8');
      const start = text.indexOf(RESULTS_START);
      const end = text.indexOf(RESULTS_END);
      if (start !== -1 && end > start) {
        const body = md.replace(/^# .*\n\n/, '').replace(/^## /gm, '### '); // nested under the document's own heading
        writeFileSync(doc, `${text.slice(0, start + RESULTS_START.length)}\n${body}\n${text.slice(end)}`);
        log(`bench: updated the results in ${doc}`);
      }
    } catch {
      /* no BENCHMARKS.md: nothing to update */
    }
  }
}

if (process.env[CHILD_ENV] !== '1') {
  process.exit(await reexec());
} else {
  try {
    await main();
    process.exit(0);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  }
}
