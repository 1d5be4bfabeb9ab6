/**
 * `npm run bench -- --quick` smoke test: the benchmark starts the simulator,
 * the burst upstream and the gateway as processes, runs the passthrough
 * scenario against each upstream (paced by the simulator, and in one burst),
 * measures the compiled gateway's start-up (1 and 2 threads), and writes a report with
 * the expected fields. Performance itself is measured by `npm run bench`, not
 * asserted here (no timing thresholds). Works with or without `taskset`
 * (unpinned without it).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../scripts/bench/report.ts';

const ROOT = new URL('..', import.meta.url).pathname;

describe('npm run bench -- --quick', () => {
  it('runs a simulator scenario and a burst-upstream scenario direct and through the gateway and writes latest.json / latest.md', () => {
    const out = mkdtempSync(join(tmpdir(), 'sy-bench-smoke-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--scenario', 'sse-passthrough,sse-passthrough-burst,startup', '--duration-ms', '300', '--warmup-ms', '200', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Report;
      expect(report.tool).toBe('switchyard-bench');
      expect(report.quick).toBe(true);
      expect(report.machine).toMatchObject({ nproc: expect.any(Number), cpuModel: expect.any(String), node: process.version });
      expect(report.scenarios.map((s) => s.name)).toEqual(['sse-passthrough', 'sse-passthrough-burst']);
      for (const s of report.scenarios) {
        for (const side of [s.direct, s.gateway]) {
          expect(side.runs.length).toBeGreaterThanOrEqual(1);
          expect(side.median.ok).toBeGreaterThan(0);
          expect(side.median.errors).toBe(0);
          for (const k of ['rps', 'eventsPerS', 'p50Ms', 'p99Ms', 'ttfbP50Ms', 'ttfbP99Ms'] as const) expect(side.median[k]).toBeGreaterThan(0);
        }
        // ~56 Anthropic events per stream (50 text deltas + framing events), the same through the gateway.
        expect(s.direct.median.eventsPerReq).toBeGreaterThan(50);
        expect(s.gateway.median.eventsPerReq).toBe(s.direct.median.eventsPerReq);
        expect(s.gateway.median.cpuPerReqMs).toBeGreaterThan(0);
        expect(s.gateway.median.cpuPerEventUs).toBeGreaterThan(0);
        expect(s.gateway.median.gwRssMb).toBeGreaterThan(0);
        expect(s.direct.median.cpuPerReqMs).toBeNull();
        // The featureless relay carried the direct request to the same upstream (both scenarios declare `relay`): same events, its own CPU.
        expect(s.relay?.side.median.errors).toBe(0);
        expect(s.relay?.side.median.eventsPerReq).toBe(s.direct.median.eventsPerReq);
        expect(s.relay?.side.median.cpuPerEventUs).toBeGreaterThan(0);
      }
      // The burst upstream replays the simulator's stream: the same events per request.
      expect(report.scenarios[1]!.direct.median.eventsPerReq).toBe(report.scenarios[0]!.direct.median.eventsPerReq);
      // One budget row per scenario that declares a class: both passthrough scenarios are held to ≤ 2 µs per event.
      expect(report.targets.filter((t) => t.metric === 'gateway CPU per SSE event').map((t) => [t.scenario, t.budget, t.target])).toEqual([
        ['sse-passthrough', 'sse-passthrough', '≤ 2 µs'],
        ['sse-passthrough-burst', 'sse-passthrough', '≤ 2 µs'],
      ]);
      for (const t of report.targets) expect(t.met === null || t.met === (Number.parseFloat(t.reached) <= 2), `${t.scenario}: ${t.reached}`).toBe(true);
      for (const t of report.targets) expect(t.relayReached, t.scenario).toMatch(/^\d+\.\d+ µs$/);
      // Start-up of the compiled gateway with 1 and 2 threads (a number each, no threshold).
      expect(report.startup?.workers.map((w) => w.workers)).toEqual([1, 2]);
      for (const w of report.startup?.workers ?? []) {
        expect(w.startMs).toBeGreaterThan(0);
        expect(w.idleRssMb).toBeGreaterThan(20);
      }
      const md = readFileSync(join(out, 'latest.md'), 'utf8');
      expect(md).toContain('## Start-up and idle memory (compiled runtime)');
      expect(md).toContain('| **sse-passthrough** (c=100) | direct |');
      expect(md).toContain('| **sse-passthrough-burst** (c=100) | direct |');
      expect(md).toContain('quick smoke run');
      expect(md).toContain('## Budgets');
      expect(md).toMatch(/\| sse-passthrough-burst \| sse-passthrough \| gateway CPU per SSE event \| ≤ 2 µs \| [\d.]+ µs \| (met|\*\*missed\*\*) \|/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);
});
