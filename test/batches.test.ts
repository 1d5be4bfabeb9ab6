/**
 * Issue 7: Anthropic Message Batches through the gateway with the official
 * SDK (`client.messages.batches.*`): create (aliases rewritten per request),
 * retrieve, list, results (JSONL streamed through; `results_url` points at the
 * gateway), cancel, delete; rejections for non-Anthropic targets, mixed
 * providers and the id → provider routing with two Anthropic upstreams.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { forgetBatches } from '../runtime/batches/index.ts';
import { resolve } from '../runtime/routing/index.ts';
import { authenticate } from '../runtime/auth/index.ts';
import { unsupportedReason } from '../generated/capabilities.ts';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, type Stack } from './helpers/stack.ts';
import { startScripted, anthropicError, type Scripted } from './helpers/scripted.ts';
import { request as httpRequest } from 'node:http';

const OTHER_CALLER = 'sk-test-gpt-only-caller-1';
let stack: Stack;
let sim2: Simulator;
beforeAll(async () => {
  sim2 = await startSimulator({ port: 0 });
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true;
    c.providers['anthropic-eu'] = { type: 'anthropic', base_url: sim2.url, api_key: 'sk-ant-eu-key', simulated: true };
    c.models!['claude-fast'] = { targets: [{ provider: 'anthropic', model: 'claude-haiku-4-5' }] };
    c.models!['claude-eu'] = { targets: [{ provider: 'anthropic-eu', model: 'claude-sonnet-4-5' }] };
    // OpenAI first: batches must take the first target that serves files/v1/batches.
    c.models!['gpt-then-claude'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }, { provider: 'anthropic', model: 'claude-opus-4-1' }] };
    c.callers!.push({ name: 'gpt-only', key: OTHER_CALLER, models: ['gpt-prod'] });
  });
});
afterAll(async () => {
  await stack?.close();
  await sim2?.close();
});
beforeEach(() => {
  stack.sim.reset();
  sim2.reset();
});

const sdk = (extra: ConstructorParameters<typeof Anthropic>[0] = {}) => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0, ...extra });
const req = (custom_id: string, model: string) => ({ custom_id, params: { model, max_tokens: 16, messages: [{ role: 'user' as const, content: `Hello ${custom_id}` }] } });

describe('messages.batches lifecycle', () => {
  it('create rewrites each request alias to its upstream model and returns a gateway results_url once ended', async () => {
    const client = sdk();
    const b = await client.messages.batches.create({ requests: [req('a', 'claude-prod'), req('b', 'claude-fast'), req('c', 'gpt-then-claude')] });
    expect(b.id).toMatch(/^msgbatch_/);
    expect(b.type).toBe('message_batch');
    expect(b.processing_status).toBe('in_progress');
    const up = stack.sim.requests.find((r) => r.method === 'POST' && r.path === '/v1/messages/batches')!;
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
    const sent = JSON.parse(up.body.toString());
    expect(sent.requests.map((r: { params: { model: string } }) => r.params.model)).toEqual(['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1']);
    expect(sent.requests.map((r: { custom_id: string }) => r.custom_id)).toEqual(['a', 'b', 'c']);

    const got = await client.messages.batches.retrieve(b.id);
    expect(got.id).toBe(b.id);
    expect(got.processing_status).toBe('ended');
    expect(got.request_counts.succeeded).toBe(3);
    expect(got.results_url).toBe(`${stack.url}/v1/messages/batches/${b.id}/results`);
    expect(got.results_url).not.toContain(stack.sim.url);

    // results(): the SDK follows results_url — through the gateway, JSONL decoded line by line.
    const before = stack.sim.requests.length;
    const results: Anthropic.Messages.MessageBatchIndividualResponse[] = [];
    for await (const line of await client.messages.batches.results(b.id)) results.push(line);
    expect(results.map((r) => r.custom_id).sort()).toEqual(['a', 'b', 'c']);
    const byId = Object.fromEntries(results.map((r) => [r.custom_id, r.result]));
    expect(byId.a!.type).toBe('succeeded');
    if (byId.b!.type === 'succeeded') expect(byId.b!.message.model).toBe('claude-haiku-4-5');
    else throw new Error('expected succeeded');
    const resultsUp = stack.sim.requests.slice(before).find((r) => r.path === `/v1/messages/batches/${b.id}/results`);
    expect(resultsUp, 'results were fetched from the upstream by the gateway').toBeDefined();
    expect(resultsUp!.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
  });

  it('results JSONL is relayed byte for byte with a JSONL content type', async () => {
    const b = await sdk().messages.batches.create({ requests: [req('x', 'claude-prod'), req('y', 'claude-prod')] });
    const r = await fetch(`${stack.url}/v1/messages/batches/${b.id}/results`, { headers: { 'x-api-key': CALLER_KEY } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('jsonl');
    const text = await r.text();
    const direct = await fetch(`${stack.sim.url}/v1/messages/batches/${b.id}/results`, { headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' } });
    expect(text).toBe(await direct.text());
    expect(text.trim().split('\n')).toHaveLength(2);
  });

  it('list pages through the first Anthropic provider with rewritten results_url', async () => {
    const client = sdk();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await client.messages.batches.create({ requests: [req(`l${i}`, 'claude-prod')] })).id);
    const page = await client.messages.batches.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.has_more).toBe(true);
    const all: string[] = [];
    const rewritten: string[] = [];
    for await (const b of client.messages.batches.list({ limit: 2 })) {
      all.push(b.id);
      if (b.results_url !== null) {
        expect(b.results_url).toBe(`${stack.url}/v1/messages/batches/${b.id}/results`);
        rewritten.push(b.id);
      }
    }
    expect(all.sort()).toEqual([...ids].sort());
    // The simulator ends a batch on its next read (x-sim-batch-ms default 0): every listed batch has a results_url, rewritten.
    expect(rewritten.sort()).toEqual([...ids].sort());
    const listUp = stack.sim.requests.filter((r) => r.method === 'GET' && r.path === '/v1/messages/batches');
    expect(listUp.some((r) => r.query.includes('limit=2'))).toBe(true);
    expect(sim2.requests).toHaveLength(0);
  });

  it('cancel and delete', async () => {
    const client = sdk({ defaultHeaders: { 'x-sim-batch-ms': '60000' } });
    const b = await client.messages.batches.create({ requests: [req('c1', 'claude-prod')] });
    const canceled = await client.messages.batches.cancel(b.id);
    expect(canceled.id).toBe(b.id);
    expect(canceled.processing_status).toBe('canceling');
    const ended = await client.messages.batches.retrieve(b.id);
    expect(ended.processing_status).toBe('ended');
    expect(ended.request_counts.canceled).toBe(1);
    const del = await client.messages.batches.delete(b.id);
    expect(del).toMatchObject({ id: b.id, type: 'message_batch_deleted' });
    const gone = await client.messages.batches.retrieve(b.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(Anthropic.NotFoundError);
  });

  it('works under /anthropic/ with results_url under /anthropic/ too', async () => {
    const client = new Anthropic({ baseURL: `${stack.url}/anthropic`, apiKey: CALLER_KEY, maxRetries: 0 });
    const b = await client.messages.batches.create({ requests: [req('p', 'claude-prod')] });
    const got = await client.messages.batches.retrieve(b.id);
    expect(got.results_url).toBe(`${stack.url}/anthropic/v1/messages/batches/${b.id}/results`);
    const lines = [];
    for await (const l of await client.messages.batches.results(b.id)) lines.push(l);
    expect(lines).toHaveLength(1);
  });
});

describe('which upstream serves a batch', () => {
  it('a batch created on the second Anthropic provider is retrieved, listed and read from it', async () => {
    const client = sdk();
    const b = await client.messages.batches.create({ requests: [req('eu', 'claude-eu')] });
    expect(sim2.requests.filter((r) => r.path === '/v1/messages/batches')).toHaveLength(1);
    expect(sim2.requests[0]!.headers['x-api-key']).toBe('sk-ant-eu-key');
    const got = await client.messages.batches.retrieve(b.id);
    expect(got.processing_status).toBe('ended');
    expect(sim2.requests.some((r) => r.path === `/v1/messages/batches/${b.id}`)).toBe(true);
    const lines = [];
    for await (const l of await client.messages.batches.results(b.id)) lines.push(l);
    expect(lines[0]!.custom_id).toBe('eu');
    // list: the first provider by default, another with x-switchyard-provider.
    const eu = await client.messages.batches.list({}, { headers: { 'x-switchyard-provider': 'anthropic-eu' } });
    expect(eu.data.map((x) => x.id)).toContain(b.id);
  });

  it('an id unknown to this process is found by asking each Anthropic provider', async () => {
    const b = await sdk().messages.batches.create({ requests: [req('eu2', 'claude-eu')] });
    forgetBatches(); // as after a restart, or on another replica
    const got = await sdk().messages.batches.retrieve(b.id);
    expect(got.id).toBe(b.id);
    // The first provider (reset before this test) answers 404; the second knows the batch.
    expect(stack.sim.requests.some((r) => r.path === `/v1/messages/batches/${b.id}`)).toBe(true);
    expect(got.results_url).toBe(`${stack.url}/v1/messages/batches/${b.id}/results`);
  });
});

describe('rejections', () => {
  const badRequest = async (p: Promise<unknown>) => {
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.BadRequestError);
    return (e as Error).message;
  };

  it('a request whose alias only has an OpenAI target: the reason from the capability table', async () => {
    const before = stack.sim.requests.length;
    const m = await badRequest(sdk().messages.batches.create({ requests: [req('a', 'claude-prod'), req('b', 'gpt-prod')] }));
    expect(m).toContain('requests.1.params.model');
    expect(m).toContain('files/v1/batches is not supported by provider openai: Anthropic Message Batches are not an OpenAI API.');
    expect(stack.sim.requests.length).toBe(before);
  });

  it('requests that resolve to different Anthropic providers', async () => {
    const m = await badRequest(sdk().messages.batches.create({ requests: [req('a', 'claude-prod'), req('b', 'claude-eu')] }));
    expect(m).toContain('same upstream');
    expect(m).toContain('anthropic-eu');
    expect(stack.sim.requests).toHaveLength(0);
    expect(sim2.requests).toHaveLength(0);
  });

  it('batches from a non-native format: the capability table says native only (resolve stage)', () => {
    const caller = authenticate({ 'x-api-key': CALLER_KEY }, stack.cfg.callers, 'required');
    expect(() => resolve(stack.cfg, caller, 'claude-prod', 'files/v1/batches', 'openai-chat')).toThrow(
      'files/v1/batches on provider anthropic is available in its native format (anthropic-messages) only, not from the openai-chat format.',
    );
    expect(() => resolve(stack.cfg, caller, 'gpt-prod', 'files/v1/batches', 'anthropic-messages')).toThrow(unsupportedReason('openai', 'files/v1/batches'));
  });

  it('listing the batches of an OpenAI provider', async () => {
    const m = await badRequest(sdk().messages.batches.list({}, { headers: { 'x-switchyard-provider': 'openai' } }));
    expect(m).toContain('files/v1/batches is not supported by provider openai');
  });

  it('malformed create bodies name the field', async () => {
    const r = await fetch(`${stack.url}/v1/messages/batches`, {
      method: 'POST',
      headers: { 'x-api-key': CALLER_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ custom_id: 'a', params: { max_tokens: 5 } }] }),
    });
    expect(r.status).toBe(400);
    const b = await r.json();
    expect(b.type).toBe('error');
    expect(b.error.message).toContain('requests.0.params');
  });

  it('a caller that may use no alias of the provider cannot read its batches; unknown aliases are 404', async () => {
    const other = sdk({ apiKey: OTHER_CALLER });
    expect(await other.messages.batches.list().catch((e: unknown) => e)).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(await sdk().messages.batches.create({ requests: [req('a', 'nope')] }).catch((e: unknown) => e)).toBeInstanceOf(Anthropic.NotFoundError);
  });

  it('a batch id that could escape the upstream path is rejected', async () => {
    const r = await fetch(`${stack.url}/v1/messages/batches/..%2F..%2Fv1%2Fmessages`, { headers: { 'x-api-key': CALLER_KEY } });
    expect(r.status).toBe(404);
    expect((await r.json()).error.type).toBe('not_found_error');
  });
});

// ---------------------------------------------------------------------------------------------
// Batches go through the executor's request path: key rotation, circuit breaker, and the pump
// (idle accounting paused while the caller's socket is full).
describe('batches share the executor\'s reliability', () => {
  let s: Stack;
  let up: Scripted;
  const SLOW_ID = 'msgbatch_slowreader';
  // ~40 MB of JSONL: more than the kernel's loopback socket buffers absorb, so the gateway sees backpressure.
  const line = (i: number) => `${JSON.stringify({ custom_id: `r${i}`, result: { type: 'succeeded', message: { id: `msg_${i}`, pad: 'x'.repeat(180) } } })}\n`;
  const jsonl = Buffer.from(Array.from({ length: 160_000 }, (_, i) => line(i)).join(''));
  beforeAll(async () => {
    up = await startScripted();
    s = await startStack((c, sim) => {
      c.timeouts = { idle_ms: 300 };
      c.circuit_breaker = { failure_threshold: 2, min_requests: 1000, cooldown_ms: 60_000 };
      c.providers!.rot = { type: 'anthropic', base_url: sim, api_keys: ['bad-b1', 'good-b2'], simulated: true };
      c.providers!.flaky = { type: 'anthropic', base_url: up.url, api_key: 'flaky-key' };
      c.models!['claude-rot'] = { targets: [{ provider: 'rot', model: 'claude-haiku-4-5' }] };
      c.providers!.slow = { type: 'anthropic', base_url: up.url, api_key: 'slow-key' }; // own breaker (not flaky's)
      c.models!['claude-flaky'] = { targets: [{ provider: 'flaky', model: 'claude-haiku-4-5' }] };
      c.models!['claude-slow'] = { targets: [{ provider: 'slow', model: 'claude-haiku-4-5' }] };
    });
  });
  afterAll(async () => {
    await s?.close();
    await up?.close();
  });
  beforeEach(() => {
    s.sim.reset();
    up.requests.length = 0;
  });
  const keysSent = () => s.sim.requests.map((r) => r.headers['x-api-key']);

  it('a provider key answered 401 is taken out of rotation and the batch is created with the next key', async () => {
    const client = new Anthropic({ baseURL: s.url, apiKey: CALLER_KEY, maxRetries: 0 });
    const b = await client.messages.batches.create({ requests: [req('k1', 'claude-rot')] });
    expect(b.id).toMatch(/^msgbatch_/);
    expect(keysSent()).toEqual(['bad-b1', 'good-b2']);
    // Later requests (by id, on the same provider) never use the rejected key again.
    const before = s.sim.requests.length;
    await client.messages.batches.retrieve(b.id);
    await client.messages.batches.retrieve(b.id);
    expect(keysSent().slice(before)).toEqual(['good-b2', 'good-b2']);
  });

  it('upstream 5xx count against the provider\'s circuit breaker; once open, batches get 503 without an upstream call', async () => {
    up.queue(anthropicError(500, 'api_error'), anthropicError(502, 'api_error'));
    const list = () => fetch(`${s.url}/v1/messages/batches`, { headers: { 'x-api-key': CALLER_KEY, 'x-switchyard-provider': 'flaky' } });
    expect((await list()).status).toBe(500); // upstream errors pass through unchanged
    expect((await list()).status).toBe(502);
    expect(up.requests).toHaveLength(2);
    const health = (await (await fetch(`${s.url}/health`)).json()) as { providers: Record<string, { circuit: { state: string; consecutive_failures?: number } }> };
    expect(health.providers.flaky!.circuit).toMatchObject({ state: 'open', consecutive_failures: 2 });
    const r = await list();
    expect(r.status).toBe(503);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await r.json()) as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.message).toContain('circuit open');
    expect(up.requests).toHaveLength(2); // the open circuit sent nothing upstream
  });

  it('a slow reader of batch results is not cut off by the idle timeout: the JSONL arrives whole', async () => {
    up.setDefault((req, _b, res) => {
      if (req.url === `/v1/messages/batches/${SLOW_ID}/results`) {
        res.writeHead(200, { 'content-type': 'application/binary' });
        res.end(jsonl);
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"type":"error","error":{"type":"not_found_error","message":"nope"}}');
    });
    // The batch exists upstream only: it is the caller's once its owner is recorded (issue 10, tenant isolation).
    await s.sy.gateway.state.owners!.record('batch', SLOW_ID, 'caller:tester');
    const u = new URL(s.url);
    const parts: Buffer[] = [];
    const status = await new Promise<number>((resolve, reject) => {
      const r = httpRequest({
        host: u.hostname, port: Number(u.port), path: `/v1/messages/batches/${SLOW_ID}/results`,
        headers: { 'x-api-key': CALLER_KEY, 'x-switchyard-provider': 'slow' },
      }, (res) => {
        res.on('data', (c: Buffer) => parts.push(c));
        res.pause(); // a slow reader: nothing read for 1 s (> idle_ms 300), then everything
        setTimeout(() => res.resume(), 1000);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      r.on('error', reject);
      r.end();
    });
    expect(status).toBe(200);
    const got = Buffer.concat(parts);
    expect(got.length).toBe(jsonl.length);
    expect(got.equals(jsonl)).toBe(true);
  }, 30_000);
});
