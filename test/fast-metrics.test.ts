/**
 * FastCounter / FastHistogram (runtime/observability/fast-metrics.ts) export
 * exactly what prom-client's Counter / Histogram export for the same
 * observations: text exposition, JSON (AggregatorRegistry input) and reset.
 */
import { describe, expect, it } from 'vitest';
import { Counter, Histogram, Registry } from 'prom-client';
import { FastCounter, FastHistogram } from '../runtime/observability/fast-metrics.ts';

const BUCKETS = [0.005, 0.01, 0.1, 1, 10];
const OBS: [string, string, number][] = [['a', 'x', 0.003], ['a', 'x', 0.01], ['a', 'y', 0.5], ['b', 'x', 42], ['a', 'x', 7]];

function pair() {
  const slow = new Registry();
  const fast = new Registry();
  const c1 = new Counter({ name: 't_requests_total', help: 'h', labelNames: ['route', 'target'] as const, registers: [slow] });
  const h1 = new Histogram({ name: 't_seconds', help: 'h', labelNames: ['route', 'target'] as const, buckets: BUCKETS, registers: [slow] });
  const c2 = new FastCounter({ name: 't_requests_total', help: 'h', labelNames: ['route', 'target'] as const, registers: [fast] });
  const h2 = new FastHistogram({ name: 't_seconds', help: 'h', labelNames: ['route', 'target'] as const, buckets: BUCKETS, registers: [fast] });
  for (const [route, target, v] of OBS) {
    c1.inc({ route, target }, 2);
    h1.observe({ route, target }, v);
    c2.add(`${route}\u0001${target}`, { route, target }, 2);
    h2.add(`${route}\u0001${target}`, { route, target }, v);
  }
  return { slow, fast, c2, h2 };
}

describe('fast metrics', () => {
  it('the text exposition equals prom-client\'s', async () => {
    const { slow, fast } = pair();
    expect(await fast.metrics()).toBe(await slow.metrics());
  });

  it('the JSON (aggregation input) equals prom-client\'s', async () => {
    const { slow, fast } = pair();
    expect(JSON.parse(JSON.stringify(await fast.getMetricsAsJSON()))).toEqual(JSON.parse(JSON.stringify(await slow.getMetricsAsJSON())));
  });

  it('reset() clears the fast cells too', async () => {
    const { fast, c2, h2 } = pair();
    c2.reset();
    h2.reset();
    expect(await fast.metrics()).not.toMatch(/^t_\w+\{/m);
  });
});
