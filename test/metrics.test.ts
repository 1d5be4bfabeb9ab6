/**
 * Issue 5: Prometheus /metrics — requests by route type/provider/target/status,
 * latency and TTFT histograms, tokens by kind, active streams, upstream circuit
 * state, rate-limit rejections; one registry per gateway.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { setCircuitState, clearCircuitState } from '../runtime/observability/metrics.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true;
    c.models!['cache'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-cache-read-and-creation.json' }] };
    c.models!['limited'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
    c.limits = { per_model: { limited: { rpm: 1 } } };
  });
});
afterAll(async () => stack?.close());

const client = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const scrape = async (url = stack.url) => {
  const r = await fetch(`${url}/metrics`);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toContain('text/plain');
  return r.text();
};
/** The value of one sample line, matched by name and a label subset (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && !line.startsWith(name + ' ')) continue;
    const m = /^([^{ ]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got: Record<string, string> = {};
    for (const kv of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) got[kv[1]!] = kv[2]!;
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts requests by route type, provider, target and status; latency and TTFT histograms; tokens by kind', async () => {
    await client().messages.create({ model: 'cache', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
    await client().messages.stream({ model: 'claude-prod', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }).finalMessage();
    await fetch(`${stack.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': 'wrong' }, body: '{}' });
    const m = await scrape();
    const target = 'anthropic/fixture:anthropic/message-cache-read-and-creation.json';
    expect(sample(m, 'switchyard_requests_total', { route_type: 'llm/v1/chat', provider: 'anthropic', target, status: '200', caller: 'tester', ingress_format: 'anthropic-messages' })).toBe(1);
    expect(sample(m, 'switchyard_requests_total', { provider: 'none', status: '401', caller: 'unknown' })).toBe(1);
    expect(sample(m, 'switchyard_request_duration_seconds_count', { route_type: 'llm/v1/chat', provider: 'anthropic', target })).toBe(1);
    expect(sample(m, 'switchyard_request_duration_seconds_bucket', { target, le: '+Inf' })).toBe(1);
    expect(sample(m, 'switchyard_time_to_first_token_seconds_count', { target: 'anthropic/claude-sonnet-4-5', stream: 'true' })).toBe(1);
    expect(sample(m, 'switchyard_tokens_total', { kind: 'input', target })).toBe(3);
    expect(sample(m, 'switchyard_tokens_total', { kind: 'output', target })).toBe(33);
    expect(sample(m, 'switchyard_tokens_total', { kind: 'cache_creation', target })).toBe(418);
    expect(sample(m, 'switchyard_tokens_total', { kind: 'cache_read', target })).toBe(1111);
    expect(m).toContain('# TYPE switchyard_process_cpu_seconds_total counter');
  });

  it('active streams rise while a stream is open and fall after', async () => {
    const res = await fetch(`${stack.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'x-sim-events': '20', 'x-sim-pace-ms': '10' },
      body: JSON.stringify({ model: 'claude-prod', max_tokens: 100, stream: true, messages: [{ role: 'user', content: 'x' }] }),
    });
    const reader = res.body!.getReader();
    await reader.read();
    expect(sample(await scrape(), 'switchyard_active_streams')).toBe(1);
    while (!(await reader.read()).done) { /* drain */ }
    await new Promise((r) => setTimeout(r, 20));
    expect(sample(await scrape(), 'switchyard_active_streams')).toBe(0);
  });

  it('rate-limit rejections by scope and limit', async () => {
    await client().messages.create({ model: 'limited', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
    await expect(client().messages.create({ model: 'limited', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(Anthropic.RateLimitError);
    const m = await scrape();
    expect(sample(m, 'switchyard_rate_limit_rejections_total', { scope: 'model', limit: 'rpm' })).toBe(1);
    expect(sample(m, 'switchyard_requests_total', { status: '429' })).toBe(1);
    expect(sample(m, 'switchyard_rate_limit_store_up')).toBe(1);
  });

  it('upstream circuit state comes from setCircuitState (0 closed, 1 half-open, 2 open)', async () => {
    setCircuitState('anthropic', 'open');
    setCircuitState('openai', 'half_open');
    try {
      const m = await scrape();
      expect(sample(m, 'switchyard_upstream_circuit_state', { upstream: 'anthropic' })).toBe(2);
      expect(sample(m, 'switchyard_upstream_circuit_state', { upstream: 'openai' })).toBe(1);
      setCircuitState('anthropic', 'closed');
      expect(sample(await scrape(), 'switchyard_upstream_circuit_state', { upstream: 'anthropic' })).toBe(0);
    } finally {
      clearCircuitState();
    }
  });

  it('each gateway has its own registry; observability.metrics: false removes the endpoint', async () => {
    const other = await startStack((c) => (c.observability = { metrics: false }));
    try {
      expect((await fetch(`${other.url}/metrics`)).status).toBe(404);
      await new Anthropic({ baseURL: other.url, apiKey: CALLER_KEY, maxRetries: 0 }).messages.create({ model: 'claude-prod', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
      // The other gateway's request is not in this gateway's counters.
      const m = await scrape();
      // Here: the stream of the first test, the active-streams test and the admitted 'limited' request.
      expect(sample(m, 'switchyard_request_duration_seconds_count', { target: 'anthropic/claude-sonnet-4-5' })).toBe(3);
    } finally {
      await other.close();
    }
  });
});
