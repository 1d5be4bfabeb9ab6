/**
 * Benchmark processes: the simulator and the gateway as separate OS processes,
 * pinned to CPU cores with `taskset` when it exists, with a raised open-file
 * limit; and the /proc readings the report is built from (CPU time, RSS).
 *
 * Each child is started through `sh -c 'ulimit -n …; exec taskset -c CPUS node …'`
 * so the pid we hold is the node process itself (exec), and /proc/<pid>/stat
 * counts every thread of it (uWS worker threads included).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import net from 'node:net';
import { cpus } from 'node:os';
import { SIMULATOR_AWS_CREDENTIAL } from '../../runtime/simulator/clouds/bedrock.ts';

/** Project root (the directory holding package.json). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'switchyard.mjs');

/** Clock ticks per second of /proc/<pid>/stat utime/stime (CLK_TCK, 100 on Linux unless told otherwise). */
export const CLK_TCK = (() => {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** True when `taskset` can pin processes here (Linux with util-linux). */
export const HAS_TASKSET = (() => {
  const r = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  return r.status === 0;
})();

/** Pins a running process (all its threads) to `cpus` (e.g. "1"); returns whether it worked. */
export function pin(pid: number, cpus: string): boolean {
  if (!HAS_TASKSET) return false;
  return spawnSync('taskset', ['-a', '-cp', cpus, String(pid)], { stdio: 'ignore' }).status === 0;
}

/** Number of CPUs of the machine (not of this process's affinity mask, which `nproc` would report). */
export function cpuCount(): number {
  return Math.max(1, cpus().length);
}

/** The soft open-file limit of a process (from /proc/<pid>/limits). */
export function nofileLimit(pid: number | 'self' = 'self'): number {
  try {
    const m = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    return m?.[1] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(m?.[1] ?? 1024);
  } catch {
    return 1024;
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** CPU seconds of a process so far (all threads): user, system, and their sum. */
export function cpuTimes(pid: number): { user: number; system: number; total: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 2 (comm) may contain spaces: fields after it start past the last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state); utime is field 14, stime field 15.
  const user = Number(rest[11]) / CLK_TCK;
  const system = Number(rest[12]) / CLK_TCK;
  return { user, system, total: user + system };
}

/** CPU seconds (user + system, all threads) of a process so far. */
export function cpuSeconds(pid: number): number {
  return cpuTimes(pid).total;
}

/** Resident set size and its peak (VmHWM), in MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** System load averages (1, 5, 15 minutes). */
export function loadAvg(): [number, number, number] {
  const p = readFileSync('/proc/loadavg', 'utf8').split(' ');
  return [Number(p[0]), Number(p[1]), Number(p[2])];
}

export interface Proc {
  name: string;
  pid: number;
  child: ChildProcess;
  /** Last lines of stdout+stderr (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** CPU list for taskset ("0", "1", "0,1"); null = unpinned. */
  cpus: string | null;
  /** Open-file limit to ask for (soft and hard; needs root to raise the hard limit). */
  nofile: number;
  env?: NodeJS.ProcessEnv;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
}

/**
 * Spawns `node bin/switchyard.mjs ARGS` (the compiled runtime) and resolves once
 * a line of its output matches `ready`. Rejects (with the output) when it exits
 * first or after 30 s.
 */
export function spawnSwitchyard(name: string, args: string[], ready: RegExp, o: SpawnOptions): Promise<Proc> {
  return spawnNode(name, [BIN, ...args], ready, o);
}

/** Spawns `node [o.nodeFlags] ARGV` pinned and with the open-file limit raised, like spawnSwitchyard. */
export function spawnNode(name: string, argv: string[], ready: RegExp, o: SpawnOptions): Promise<Proc> {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const node = [process.execPath, ...(o.nodeFlags ?? []), ...argv].map(q).join(' ');
  const pinCmd = o.cpus !== null && HAS_TASKSET ? `taskset -c ${o.cpus} ` : '';
  // Raise the fd limit as far as allowed (root may raise the hard limit; others get their hard limit).
  const script = `ulimit -Hn ${o.nofile} 2>/dev/null; ulimit -n ${o.nofile} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec ${pinCmd}${node}`;
  const child = spawn('sh', ['-c', script], { cwd: ROOT, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString('utf8');
    if (out.length > 20_000) out = out.slice(-10_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const proc: Proc = {
    name,
    pid: child.pid ?? -1,
    child,
    output: () => out.split('\n').slice(-30).join('\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void proc.stop();
      reject(new Error(`${name} did not start within 30 s:\n${proc.output()}`));
    }, 30_000);
    const check = () => {
      if (ready.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve(proc);
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? sig}) before it was ready:\n${proc.output()}`));
    });
  });
}

/** Starts the simulator on `port`. */
export function startSimulatorProc(port: number, o: SpawnOptions): Promise<Proc> {
  return spawnSwitchyard('simulator', ['simulate', '--port', String(port), '--host', '127.0.0.1'], /simulator listening on/, o);
}

export const CALLER_KEY = 'sk-bench-caller-0123456789';
/** A caller with a (never reached) spend budget: every request reserves and settles its cost. */
export const BUDGETED_CALLER_KEY = 'sk-bench-budgeted-0123456789';

/** Starts the burst upstream (scripts/bench/burst.ts) on `port`, replaying what the simulator on `simPort` answers. */
export function startBurstProc(port: number, simPort: number, o: SpawnOptions): Promise<Proc> {
  const argv = ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'burst.ts'), '--port', String(port), '--sim', `http://127.0.0.1:${simPort}`];
  return spawnNode('burst upstream', argv, /burst upstream listening on/, { ...o, nodeFlags: [] });
}

/** Starts the featureless relay (scripts/bench/baseline-relay.ts) on `port`, forwarding to `upstream` (an origin). */
export function startRelayProc(port: number, upstream: string, o: SpawnOptions): Promise<Proc> {
  const argv = ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'baseline-relay.ts'), '--port', String(port), '--upstream', upstream];
  return spawnNode('featureless relay', argv, /baseline relay listening on/, { ...o, nodeFlags: [] });
}

/** What a bench gateway has beyond the simulator providers. */
export interface GatewayExtras {
  /** Port of the burst upstream: adds provider `anthropic-burst` and its alias `claude-burst`. */
  burstPort?: number | null;
  /** OTLP/HTTP endpoint: turns OpenTelemetry export on. */
  otlpEndpoint?: string | null;
}

/**
 * The gateway config used by every scenario: both providers on the simulator,
 * usage records off (as the issue's comparison: relay cost); plus the burst
 * upstream and OpenTelemetry export when `extras` say so.
 */
export function gatewayConfig(simPort: number, gwPort: number, workers: number, usageSink = 'none', extras: GatewayExtras = {}): string {
  const { burstPort = null, otlpEndpoint = null } = extras;
  return [
    `server: { host: 127.0.0.1, port: ${gwPort}, workers: ${workers} }`,
    'providers:',
    `  anthropic: { type: anthropic, base_url: "http://127.0.0.1:${simPort}", api_key: sk-ant-bench-provider, simulated: true }`,
    `  openai: { type: openai, base_url: "http://127.0.0.1:${simPort}/v1", api_key: sk-openai-bench-provider, simulated: true }`,
    // An OpenAI-compatible dialect played by the simulator from its spec (runtime/simulator/providers/dialects.ts).
    `  deepseek: { type: deepseek, base_url: "http://127.0.0.1:${simPort}/_dialect/deepseek/v1", api_key: sk-ds-bench-provider, simulated: true }`,
    // The Gemini API played by the simulator (runtime/simulator/providers/gemini.ts).
    `  gemini: { type: gemini, base_url: "http://127.0.0.1:${simPort}", api_key: gem-bench-provider, simulated: true }`,
    ...(burstPort === null ? [] : [`  anthropic-burst: { type: anthropic, base_url: "http://127.0.0.1:${burstPort}", api_key: sk-ant-bench-provider }`]),
    // Claude on Bedrock, the simulator's Bedrock runtime (SigV4 with its built-in credential: runtime/simulator/clouds/bedrock.ts).
    `  bedrock: { type: bedrock, base_url: "http://127.0.0.1:${simPort}", region: us-east-1, aws_access_key_id: ${SIMULATOR_AWS_CREDENTIAL.accessKeyId}, aws_secret_access_key: ${SIMULATOR_AWS_CREDENTIAL.secretAccessKey}, simulated: true }`,
    // Claude on Vertex AI and in Foundry, the simulator's modules (runtime/simulator/providers/vertex.ts, foundry.ts).
    `  vertex: { type: vertex, base_url: "http://127.0.0.1:${simPort}", project: bench-project, region: us-east5, access_token: ya29.bench-vertex-token, simulated: true }`,
    `  foundry: { type: foundry, base_url: "http://127.0.0.1:${simPort}/anthropic", api_key: bench-foundry-key, simulated: true }`,
    'models:',
    '  claude-bench: { targets: [{ provider: anthropic, model: claude-sonnet-4-5 }] }',
    '  claude-vertex-bench: { targets: [{ provider: vertex, model: "claude-haiku-4-5@20251001" }] }',
    '  claude-foundry-bench: { targets: [{ provider: foundry, model: claude-sonnet-5-5 }] }',
    '  deepseek-bench: { targets: [{ provider: deepseek, model: deepseek-reasoner }] }',
    '  gemini-bench: { targets: [{ provider: gemini, model: gemini-2.5-flash }] }',
    '  claude-bedrock-bench: { targets: [{ provider: bedrock, model: "us.anthropic.claude-haiku-4-5-20251001-v1:0" }] }',
    '  claude-fit-bench: { targets: [{ provider: anthropic, model: claude-haiku-4-5 }] }',
    '  gpt-bench: { targets: [{ provider: openai, model: gpt-4o-mini }] }',
    ...(burstPort === null ? [] : ['  claude-burst: { targets: [{ provider: anthropic-burst, model: claude-sonnet-4-5 }] }']),
    `callers: [{ name: bench, key: ${CALLER_KEY}, models: ["*"] }, { name: bench-budgeted, key: ${BUDGETED_CALLER_KEY}, limits: { usd_per_day: 1000000000 } }]`,
    `logging: { usage_sink: ${JSON.stringify(usageSink)}, level: warn }`,
    `observability: { metrics: true${otlpEndpoint ? `, otlp_endpoint: ${JSON.stringify(otlpEndpoint)}` : ''} }`,
    '',
  ].join('\n');
}

/** Writes the config to `dir` and starts the gateway. */
export function startGatewayProc(dir: string, simPort: number, gwPort: number, workers: number, o: SpawnOptions, usageSink = 'none', extras: GatewayExtras = {}): Promise<Proc> {
  const file = join(dir, `gateway-${gwPort}.yaml`);
  writeFileSync(file, gatewayConfig(simPort, gwPort, workers, usageSink, extras));
  return spawnSwitchyard(`gateway (workers ${workers}${extras.otlpEndpoint ? ', OpenTelemetry on' : ''})`, ['start', '--config', file], /gateway listening on/, o);
}
