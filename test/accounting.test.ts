/**
 * Issue 5: usage accounting — one JSON line per request, streaming or not,
 * with tokens as the upstream reported them (or `usage_reported: false` and a
 * reason, never a guess), no prompt/completion text unless log_payloads, and
 * the file sink.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';
import type { UsageRecord } from '../runtime/observability/accounting.ts';

const PROMPT = 'PROMPT-MARKER-7f3a please answer';
let stack: Stack;
const usage = new LineCapture();
beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.providers.anthropic!.simulated = true;
    c.callers![0]!.metadata = { team: 'core', user: 'ada' };
    c.models!['cache'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/message-cache-read-and-creation.json' }] };
    c.models!['cache-stream'] = { targets: [{ provider: 'anthropic', model: 'fixture:anthropic/stream-prompt-cache-usage.sse' }] };
    c.providers.dead = { type: 'anthropic', base_url: 'http://127.0.0.1:9', api_key: 'k' };
    c.models!['with-failover'] = { targets: [{ provider: 'dead', model: 'claude-sonnet-4-5' }, { provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
    c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 5 };
    void simUrl;
  }, { usageDestination: usage });
});
afterAll(async () => stack?.close());

const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
const openai = () => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
const msgs = [{ role: 'user' as const, content: PROMPT }];

/** Runs `f`, then returns the one usage record it produced. */
async function recordOf(f: () => Promise<unknown>): Promise<UsageRecord> {
  const n = usage.lines.length;
  await f();
  await usage.waitFor(n + 1);
  expect(usage.lines.length).toBe(n + 1);
  return JSON.parse(usage.lines[n]!) as UsageRecord;
}

describe('usage records', () => {
  it('non-streaming passthrough: every field, tokens as reported, caller metadata, no text', async () => {
    let msg!: Anthropic.Message;
    const r = await recordOf(async () => (msg = await anthropic().messages.create({ model: 'claude-prod', max_tokens: 50, messages: msgs })));
    expect(r).toMatchObject({
      type: 'usage', request_id: expect.stringMatching(/^sy_/), caller: 'tester', caller_metadata: { team: 'core', user: 'ada' },
      model_alias: 'claude-prod', target: 'anthropic/claude-sonnet-4-5', provider: 'anthropic', route_type: 'llm/v1/chat',
      ingress_format: 'anthropic-messages', upstream_format: 'anthropic-messages', mode: 'passthrough', stream: false, status: 200, error_type: null,
      usage_reported: true, input_tokens: msg.usage.input_tokens, output_tokens: msg.usage.output_tokens,
      cache_creation_tokens: 0, cache_read_tokens: 0, attempts: 1, retries: 0, failovers: 0,
    });
    expect(r.latency_ms).toBeGreaterThan(0);
    expect(r.ttft_ms).not.toBeNull();
    expect(r.ttft_ms!).toBeLessThanOrEqual(r.latency_ms);
    expect(r).not.toHaveProperty('usage_note');
    expect(r).not.toHaveProperty('request_body');
    const line = usage.lines[usage.lines.length - 1]!;
    expect(line).not.toContain('PROMPT-MARKER');
    expect(line).not.toContain((msg.content[0] as Anthropic.TextBlock).text); // completion text
    expect(line).not.toContain(CALLER_KEY);
  });

  it('cache creation and cache read tokens are kept apart (JSON and SSE)', async () => {
    const j = await recordOf(() => anthropic().messages.create({ model: 'cache', max_tokens: 50, messages: msgs }));
    expect(j).toMatchObject({ input_tokens: 3, output_tokens: 33, cache_creation_tokens: 418, cache_read_tokens: 1111 });
    const s = await recordOf(() => anthropic().messages.stream({ model: 'cache-stream', max_tokens: 50, messages: msgs }).finalMessage());
    expect(s).toMatchObject({ stream: true, usage_reported: true, input_tokens: 6, output_tokens: 198, cache_creation_tokens: 3337, cache_read_tokens: 6289 });
  });

  it('streaming passthrough: tokens from message_start/message_delta, TTFT before the end', async () => {
    let final!: Anthropic.Message;
    const r = await recordOf(async () => (final = await anthropic().messages.stream({ model: 'claude-prod', max_tokens: 50, messages: msgs }, { headers: { 'x-sim-pace-ms': '5' } }).finalMessage()));
    expect(r).toMatchObject({ stream: true, status: 200, usage_reported: true, input_tokens: final.usage.input_tokens, output_tokens: final.usage.output_tokens });
    expect(r.ttft_ms!).toBeLessThan(r.latency_ms);
  });

  it('translated stream (OpenAI SDK → Anthropic upstream): neutral tokens, formats and mode recorded', async () => {
    let u: OpenAI.CompletionUsage | null | undefined;
    const r = await recordOf(async () => {
      const stream = await openai().chat.completions.create({ model: 'cache-stream', stream: true, stream_options: { include_usage: true }, messages: msgs });
      for await (const c of stream) if (c.usage) u = c.usage;
    });
    expect(u?.prompt_tokens).toBe(6 + 3337 + 6289);
    expect(r).toMatchObject({
      ingress_format: 'openai-chat', upstream_format: 'anthropic-messages', mode: 'transcode', stream: true, usage_reported: true,
      input_tokens: 6, output_tokens: 198, cache_creation_tokens: 3337, cache_read_tokens: 6289,
    });
  });

  it('a capability without usage says so (usage_reported false, null tokens, the capability table\'s reason)', async () => {
    const r = await recordOf(() => anthropic().messages.countTokens({ model: 'claude-prod', messages: msgs }));
    expect(r).toMatchObject({ route_type: 'llm/v1/count_tokens', status: 200, usage_reported: false, input_tokens: null, output_tokens: null, cache_read_tokens: null });
    expect(r.usage_note).toBe('Counting is not billed and reports no usage.');
  });

  it('requests that fail before any upstream call are recorded too', async () => {
    const r = await recordOf(() => new Anthropic({ baseURL: stack.url, apiKey: 'sk-wrong', maxRetries: 0 }).messages.create({ model: 'claude-prod', max_tokens: 5, messages: msgs }).catch(() => undefined));
    expect(r).toMatchObject({ caller: 'unknown', status: 401, error_type: 'authentication', provider: null, usage_reported: false, usage_note: 'no upstream call was made', attempts: 0 });
  });

  it('retries and failovers are counted', async () => {
    const f = await recordOf(() => anthropic().messages.create({ model: 'with-failover', max_tokens: 5, messages: msgs }));
    expect(f).toMatchObject({ status: 200, target: 'anthropic/claude-sonnet-4-5', failovers: 1, attempts: 2, retries: 0 });
    const r = await recordOf(() => anthropic().messages.create({ model: 'claude-prod', max_tokens: 5, messages: msgs }, { headers: { 'x-sim-fault': 'status:500' } }).catch(() => undefined));
    expect(r).toMatchObject({ status: 500, attempts: 2, retries: 1, failovers: 0, error_type: 'upstream', usage_reported: false });
  });

  it('log_payloads: true adds the request body (read from the live config, so a reload switches it)', async () => {
    const gw = stack.sy.gateway;
    const before = gw.state.cfg;
    gw.swapConfig({ ...before, logging: { ...before.logging, logPayloads: true } });
    try {
      const r = await recordOf(() => anthropic().messages.create({ model: 'claude-prod', max_tokens: 5, messages: msgs }));
      expect(r.request_body).toMatchObject({ model: 'claude-prod', messages: [{ role: 'user', content: PROMPT }] });
    } finally {
      gw.swapConfig(before);
    }
  });
});

describe('usage records of upstream errors delivered inside a stream', () => {
  // A stack of its own: these failures would open the main stack's circuit breaker.
  let es: Stack;
  const cap = new LineCapture();
  beforeAll(async () => {
    es = await startStack((c) => {
      c.providers.anthropic!.simulated = true; // x-sim-* headers go upstream
      c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 5 };
      c.server!.keepalive_ms = 0;
      c.circuit_breaker = { failure_threshold: 1000 };
    }, { usageDestination: cap });
  });
  afterAll(async () => es?.close());
  async function recordIn(f: () => Promise<unknown>): Promise<UsageRecord> {
    const n = cap.lines.length;
    await f();
    await cap.waitFor(n + 1);
    expect(cap.lines.length).toBe(n + 1);
    return JSON.parse(cap.lines[n]!) as UsageRecord;
  }

  it('an upstream error event the caller received is recorded as status 200 (what the caller got) with error_type upstream', async () => {
    const post = (fault: string) => fetch(`${es.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', 'x-sim-fault': fault },
      body: JSON.stringify({ model: 'claude-prod', max_tokens: 50, stream: true, messages: msgs }),
    }).then(async (r) => ({ status: r.status, text: await r.text() }));
    // The stream's first event is an error (held, then delivered as the last attempt's answer).
    let got!: { status: number; text: string };
    const held = await recordIn(async () => (got = await post('error-before-content')));
    expect(got.status).toBe(200);
    expect(got.text).toContain('event: error');
    expect(held).toMatchObject({ stream: true, status: 200, error_type: 'upstream', attempts: 2 });
    // A passthrough stream that ends with the upstream's own error event after content.
    const mid = await recordIn(async () => (got = await post('error-after:5')));
    expect(got.text).toContain('event: content_block_delta');
    expect(got.text).toMatch(/event: error\ndata: [^\n]*\n\n$/);
    expect(mid).toMatchObject({ stream: true, status: 200, error_type: 'upstream', attempts: 1 });
  });

  it('after keep-alives sent HTTP 200, a final upstream error is recorded as status 200 with error_type upstream', async () => {
    const gw = es.sy.gateway;
    const before = gw.state.cfg;
    gw.swapConfig({ ...before, server: { ...before.server, keepaliveMs: 50 } });
    try {
      let status = 0;
      let text = '';
      const r = await recordIn(async () => {
        const res = await fetch(`${es.url}/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', 'x-sim-fault': 'stall-ms:200,status:529' },
          body: JSON.stringify({ model: 'claude-prod', max_tokens: 50, stream: true, messages: msgs }),
        });
        status = res.status;
        text = await res.text();
      });
      expect(status).toBe(200);
      expect(text.startsWith('event: ping\n')).toBe(true);
      expect(text).toContain('"type":"overloaded_error"');
      expect(r).toMatchObject({ stream: true, status: 200, error_type: 'upstream' });
    } finally {
      gw.swapConfig(before);
    }
  });

});

describe('usage sinks', () => {
  it('a file path gets one JSON line per request; "none" writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sy-usage-'));
    const file = join(dir, 'sub', 'usage.jsonl');
    const s = await startStack((c) => (c.logging = { usage_sink: file, level: 'silent' }));
    try {
      const client = new Anthropic({ baseURL: s.url, apiKey: CALLER_KEY, maxRetries: 0 });
      await client.messages.create({ model: 'claude-prod', max_tokens: 5, messages: msgs });
      await client.messages.stream({ model: 'claude-prod', max_tokens: 5, messages: msgs }).finalMessage();
      const health = await (await fetch(`${s.url}/health`)).json();
      expect(health.usage_sink).toBe('file');
    } finally {
      await s.close();
    }
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as UsageRecord);
    expect(lines.map((l) => [l.type, l.stream, l.status])).toEqual([['usage', false, 200], ['usage', true, 200]]);
    expect(typeof (lines[0] as unknown as { time: string }).time).toBe('string');
    rmSync(dir, { recursive: true, force: true });
  });
});
