/**
 * Issue 15 (3): OpenTelemetry over OTLP/HTTP, checked against a local OTLP/HTTP
 * receiver started here: one SERVER span per gateway request with the GenAI
 * attributes, one CLIENT child span per upstream attempt, the GenAI metrics
 * under the current and the v1.x names, TTFT from the first content-bearing
 * event, and no prompt text unless logging.log_payloads.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

const MARKER = 'PROMPT-MARKER-otel-51c2';

interface OtlpValue { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number; arrayValue?: { values: OtlpValue[] } }
interface OtlpSpan { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; startTimeUnixNano: string; endTimeUnixNano: string; attributes: { key: string; value: OtlpValue }[] }

/** A minimal OTLP/HTTP (JSON) receiver: keeps every body posted to /v1/traces and /v1/metrics. */
async function startReceiver(): Promise<{ url: string; traces: unknown[]; metrics: unknown[]; raw: string[]; close(): Promise<void> }> {
  const traces: unknown[] = [];
  const metrics: unknown[] = [];
  const raw: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      raw.push(text);
      const body = req.headers['content-type']?.includes('json') ? JSON.parse(text) : text;
      if (req.url === '/v1/traces') traces.push(body);
      else if (req.url === '/v1/metrics') metrics.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  const port = typeof a === 'object' && a ? a.port : 0;
  return { url: `http://127.0.0.1:${port}`, traces, metrics, raw, close: () => new Promise((r) => server.close(() => r())) };
}

const value = (v: OtlpValue): unknown => v.arrayValue ? v.arrayValue.values.map(value) : v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : v.boolValue ?? v.doubleValue);
const attrsOf = (s: OtlpSpan) => Object.fromEntries(s.attributes.map((a) => [a.key, value(a.value)]));
const spansOf = (traces: unknown[]): OtlpSpan[] =>
  (traces as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }[]).flatMap((t) => t.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
const metricNames = (metrics: unknown[]): Set<string> =>
  new Set((metrics as { resourceMetrics: { scopeMetrics: { metrics: { name: string }[] }[] }[] }[]).flatMap((m) => m.resourceMetrics.flatMap((r) => r.scopeMetrics.flatMap((s) => s.metrics.map((x) => x.name)))));

describe('OpenTelemetry export to a local OTLP/HTTP receiver', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let stack: Stack | null = null;
  let streamed!: Anthropic.Message;
  let chat!: OpenAI.ChatCompletion;

  beforeAll(async () => {
    receiver = await startReceiver();
    stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.providers.dead = { type: 'anthropic', base_url: 'http://127.0.0.1:9', api_key: 'k' };
      c.models!['with-failover'] = { targets: [{ provider: 'dead', model: 'claude-sonnet-4-5' }, { provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
      c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 5 };
      c.observability = { otlp_endpoint: receiver.url };
    });
    const anthropic = new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
    const openai = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const msgs = [{ role: 'user' as const, content: MARKER }];
    // A paced stream: message_start comes at once, the first text delta only after a few 60 ms gaps.
    streamed = await anthropic.messages.stream({ model: 'claude-prod', max_tokens: 32, messages: msgs }, { headers: { 'x-sim-pace-ms': '60' } }).finalMessage();
    chat = await openai.chat.completions.create({ model: 'gpt-prod', messages: msgs });
    await anthropic.messages.create({ model: 'with-failover', max_tokens: 8, messages: msgs });
    await anthropic.messages.create({ model: 'no-such-alias', max_tokens: 8, messages: msgs }).catch(() => undefined);
    await stack.close(); // flushes spans and metrics
    stack = null;
  }, 30_000);
  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  });

  it('one SERVER span per request with the GenAI attributes; TTFT from the first content-bearing event', () => {
    const spans = spansOf(receiver.traces);
    const s = spans.find((x) => x.name === 'chat claude-prod');
    expect(s).toBeDefined();
    expect(s!.kind).toBe(2); // SERVER
    expect(s!.parentSpanId ?? '').toBe('');
    const a = attrsOf(s!);
    const u = streamed.usage;
    expect(a).toMatchObject({
      'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'anthropic', 'gen_ai.request.model': 'claude-prod',
      'gen_ai.request.stream': true, 'gen_ai.response.model': streamed.model, 'gen_ai.response.id': streamed.id,
      'gen_ai.response.finish_reasons': [streamed.stop_reason],
      'gen_ai.usage.input_tokens': u.input_tokens + (u.cache_read_input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0),
      'gen_ai.usage.output_tokens': u.output_tokens, 'gen_ai.usage.cache_read.input_tokens': 0, 'gen_ai.usage.cache_write.input_tokens': 0,
      'gen_ai.usage.reasoning.output_tokens': 0, 'http.response.status_code': 200, 'switchyard.target': 'anthropic/claude-sonnet-4-5',
    });
    expect(a).not.toHaveProperty('error.type');
    const ttfc = a['gen_ai.response.time_to_first_chunk'] as number;
    const duration = (Number(BigInt(s!.endTimeUnixNano) - BigInt(s!.startTimeUnixNano)) / 1e9);
    expect(ttfc).toBeGreaterThanOrEqual(0.1); // not message_start (sent at once): the first text delta comes after ≥ 2 paced gaps
    expect(ttfc).toBeLessThan(duration);
    const c = spans.find((x) => x.name === 'chat gpt-prod');
    expect(attrsOf(c!)).toMatchObject({ 'gen_ai.provider.name': 'openai', 'gen_ai.request.stream': false, 'gen_ai.response.id': chat.id, 'gen_ai.response.finish_reasons': [chat.choices[0]!.finish_reason], 'gen_ai.usage.output_tokens': chat.usage!.completion_tokens });
  });

  it('one CLIENT child span per upstream attempt (failover: the failed one and the one that answered)', () => {
    const spans = spansOf(receiver.traces);
    const parent = spans.find((x) => x.name === 'chat with-failover')!;
    const children = spans.filter((x) => x.parentSpanId === parent.spanId);
    expect(children.map((x) => [x.kind, attrsOf(x)['switchyard.target'], attrsOf(x)['error.type'] ?? null])).toEqual([
      [3, 'dead/claude-sonnet-4-5', 'upstream_unavailable'],
      [3, 'anthropic/claude-sonnet-4-5', null],
    ]);
    expect(children.every((x) => x.traceId === parent.traceId)).toBe(true);
    const failed = spans.find((x) => attrsOf(x)['switchyard.request_id'] && attrsOf(x)['http.response.status_code'] === 404)!;
    expect(attrsOf(failed)).toMatchObject({ 'error.type': 'not_found' });
  });

  it('GenAI metrics under the current and the v1.x names', () => {
    const names = metricNames(receiver.metrics);
    for (const n of [
      'gen_ai.client.inference.duration', 'gen_ai.client.inference.time_to_first_chunk',
      'gen_ai.client.inference.usage.input_tokens', 'gen_ai.client.inference.usage.output_tokens',
      'gen_ai.client.operation.duration', 'gen_ai.client.token.usage',
    ]) expect(names).toContain(n);
  });

  it('no prompt or completion text in any export', () => {
    const all = receiver.raw.join('\n');
    expect(all).not.toContain(MARKER);
    expect(all).not.toContain((streamed.content[0] as Anthropic.TextBlock).text);
    expect(all).not.toContain(CALLER_KEY);
  });
});

describe('OpenTelemetry with logging.log_payloads', () => {
  it('the request messages go into gen_ai.input.messages', async () => {
    const receiver = await startReceiver();
    const stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.observability = { otlp_endpoint: `${receiver.url}/` };
      c.logging = { ...c.logging, log_payloads: true };
    });
    await new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 }).messages.create({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: MARKER }] });
    await stack.close();
    await receiver.close();
    const s = spansOf(receiver.traces).find((x) => x.name === 'chat claude-prod')!;
    expect(JSON.parse(attrsOf(s)['gen_ai.input.messages'] as string)).toEqual([{ role: 'user', content: MARKER }]);
  });
});
