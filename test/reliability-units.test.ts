/**
 * Issue 4, unit level: retry classification and delays, circuit breaker
 * transitions (fake clock), stream prelude verdicts, weighted target order,
 * and key rotation bookkeeping.
 */
import { describe, it, expect } from 'vitest';
import { isRetryable, retryAfterMs, backoffMs, RETRYABLE_STATUS } from '../runtime/upstream/retry.ts';
import { CircuitBreaker, BreakerRegistry } from '../runtime/upstream/breaker.ts';
import { StreamPrelude } from '../runtime/upstream/prelude.ts';
import { codecFor } from '../runtime/formats/index.ts';
import { anthropicPreludeEvent } from '../runtime/formats/anthropic-messages/index.ts';
import { openaiCompletionsPreludeEvent, openaiPreludeEvent } from '../runtime/formats/openai-chat/index.ts';

const grammar = (f: 'anthropic-messages' | 'openai-chat', rt: 'llm/v1/chat' | 'llm/v1/completions' = 'llm/v1/chat') => codecFor(f).streamGrammar(rt)!;
import { orderTargets } from '../runtime/routing/index.ts';
import { nextProviderKey, disableProviderKey, usableKeyCount, disabledKeyList } from '../runtime/upstream/index.ts';
import { headerTemplate, newKeyState, normalize, type AliasRuntime, type BreakerPolicy, type ProviderRuntime } from '../runtime/config/index.ts';
import { createReliability, reconfigureReliability } from '../runtime/upstream/reliability.ts';

describe('retry classification (wire-formats.md §1.4)', () => {
  it('retries exactly 408, 409, 429, 500, 502, 503, 504, 529 by default', () => {
    for (let s = 400; s < 600; s++) expect(isRetryable(s, {}), String(s)).toBe(RETRYABLE_STATUS.has(s));
    expect([...RETRYABLE_STATUS].sort()).toEqual([408, 409, 429, 500, 502, 503, 504, 529]);
  });
  it('x-should-retry decides first, but never makes a caller-fault 4xx retryable', () => {
    expect(isRetryable(529, { 'x-should-retry': 'false' })).toBe(false);
    expect(isRetryable(429, { 'x-should-retry': 'false' })).toBe(false);
    expect(isRetryable(501, { 'x-should-retry': 'true' })).toBe(true);
    expect(isRetryable(403, { 'x-should-retry': 'true' })).toBe(true);
    for (const s of [400, 404, 405, 413, 422]) expect(isRetryable(s, { 'x-should-retry': 'true' })).toBe(false);
  });
  it('delay hints: retry-after-ms first, then retry-after seconds or HTTP date', () => {
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' })).toBe(250);
    expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfterMs({ 'retry-after': '0.5' })).toBe(500);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now)).toBe(3000);
    expect(retryAfterMs({ 'retry-after': 'soon' })).toBeNull();
    expect(retryAfterMs({ 'retry-after-ms': 'x' })).toBeNull();
    expect(retryAfterMs({})).toBeNull();
  });
  it('backoff grows exponentially, is jittered within [d/2, d] and capped', () => {
    const p = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffMs(1, p, () => 0)).toBe(50);
    expect(backoffMs(1, p, () => 0.999999)).toBe(100);
    expect(backoffMs(3, p, () => 0)).toBe(200);
    expect(backoffMs(3, p, () => 0.999999)).toBe(400);
    expect(backoffMs(10, p, () => 0.999999)).toBe(1000);
    const seen = new Set<number>();
    for (let i = 0; i < 50; i++) seen.add(backoffMs(2, p));
    expect(seen.size).toBeGreaterThan(5);
  });
});

const policy: BreakerPolicy = { failureThreshold: 3, failureRate: 0.5, windowMs: 10_000, minRequests: 10, cooldownMs: 5_000, keyProbeMs: 60_000 };

describe('circuit breaker', () => {
  const mk = (p: Partial<BreakerPolicy> = {}) => {
    const clock = { t: 1_000_000 };
    const changes: string[] = [];
    const b = new CircuitBreaker('up', 'http://x', { ...policy, ...p }, (br, from) => changes.push(`${from}->${br.state}`), () => clock.t);
    return { b, clock, changes };
  };
  const run = (b: CircuitBreaker, outcome: 'success' | 'failure') => {
    const t = b.acquire();
    expect(t).not.toBeNull();
    t!.done(outcome);
  };

  it('opens after N consecutive failures; a success in between resets the count', () => {
    const { b, changes } = mk();
    run(b, 'failure');
    run(b, 'failure');
    run(b, 'success');
    run(b, 'failure');
    run(b, 'failure');
    expect(b.state).toBe('closed');
    run(b, 'failure');
    expect(b.state).toBe('open');
    expect(b.acquire()).toBeNull();
    expect(changes).toEqual(['closed->open']);
  });

  it('half-open after the cool-down admits exactly one probe; success closes, failure re-opens', () => {
    const { b, clock, changes } = mk();
    for (let i = 0; i < 3; i++) run(b, 'failure');
    expect(b.retryInMs()).toBe(5000);
    clock.t += 4999;
    expect(b.available()).toBe(false);
    clock.t += 1;
    expect(b.available()).toBe(true);
    const probe = b.acquire()!;
    expect(probe.probe).toBe(true);
    expect(b.state).toBe('half_open');
    expect(b.acquire()).toBeNull(); // probe in flight
    probe.done('failure');
    expect(b.state).toBe('open');
    clock.t += 5000;
    const probe2 = b.acquire()!;
    probe2.done('success');
    probe2.done('failure'); // ignored: a ticket settles once
    expect(b.state).toBe('closed');
    expect(changes).toEqual(['closed->open', 'open->half_open', 'half_open->open', 'open->half_open', 'half_open->closed']);
  });

  it('an abandoned probe (neutral) frees the probe slot without closing', () => {
    const { b, clock } = mk();
    for (let i = 0; i < 3; i++) run(b, 'failure');
    clock.t += 5000;
    b.acquire()!.done('neutral');
    expect(b.state).toBe('half_open');
    expect(b.acquire()).not.toBeNull();
  });

  it('opens on the failure rate over the window once min_requests is reached', () => {
    const { b, clock } = mk({ failureThreshold: 100 });
    for (let i = 0; i < 9; i++) run(b, i % 2 === 0 ? 'failure' : 'success'); // 5 failures / 9
    expect(b.state).toBe('closed');
    run(b, 'success'); // 10 requests, 50 % — but the last outcome was a success
    expect(b.state).toBe('closed');
    run(b, 'failure'); // 11 requests, 6 failures
    expect(b.state).toBe('open');
    // Old outcomes leave the window.
    const { b: b2, clock: c2 } = mk({ failureThreshold: 100 });
    for (let i = 0; i < 9; i++) run(b2, 'failure');
    c2.t += 20_000;
    run(b2, 'failure');
    expect(b2.windowCounts()).toEqual({ req: 1, fail: 1 });
    expect(b2.state).toBe('closed');
    void clock;
  });

  it('late failures (a probe stream broke after content) count in the window', () => {
    const { b } = mk({ failureThreshold: 100, minRequests: 4 });
    for (let i = 0; i < 2; i++) {
      b.acquire()!.done('success');
      b.recordLateFailure();
    }
    expect(b.windowCounts()).toEqual({ req: 4, fail: 2 });
    expect(b.state).toBe('open');
  });

  it('registry: one breaker per provider + base URL, policy updates in place, listeners notified', () => {
    const reg = new BreakerRegistry(policy);
    const seen: string[] = [];
    reg.onChange((s) => seen.push(`${s.provider}:${s.state}`));
    const a = reg.get('a', 'http://1');
    expect(reg.get('a', 'http://1')).toBe(a);
    expect(reg.get('a', 'http://2')).not.toBe(a);
    reg.setPolicy({ ...policy, failureThreshold: 1 });
    a.acquire()!.done('failure');
    expect(seen).toEqual(['a:open']);
    expect(reg.snapshot().find((s) => s.base_url === 'http://1')?.state).toBe('open');
    reg.retain(new Set(['a http://2']));
    expect(reg.snapshot().map((s) => s.base_url)).toEqual(['http://2']);
  });
});

const ev = (name: string, data: unknown) => Buffer.from(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
const od = (data: unknown) => Buffer.from(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);

describe('stream prelude (hold until content)', () => {
  it('Anthropic: holds message_start, ping and empty text starts; commits on the first delta', () => {
    const p = new StreamPrelude(grammar('anthropic-messages'));
    expect(p.push(ev('message_start', { type: 'message_start', message: {} })).kind).toBe('hold');
    expect(p.push(Buffer.from('event: ping\ndata: {"type": "ping"}\n\n')).kind).toBe('hold');
    expect(p.push(ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } })).kind).toBe('hold');
    expect(p.push(ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } })).kind).toBe('commit');
    expect(p.held).toHaveLength(4);
  });
  it('Anthropic: an error event before content is an error verdict with its type', () => {
    const p = new StreamPrelude(grammar('anthropic-messages'));
    p.push(ev('message_start', { type: 'message_start', message: {} }));
    const v = p.push(ev('error', { type: 'error', error: { details: null, type: 'overloaded_error', message: 'Overloaded' } }));
    expect(v).toEqual({ kind: 'error', errorType: 'overloaded_error', message: 'Overloaded' });
  });
  it('Anthropic: events split across chunks at any byte, CRLF framing', () => {
    const whole = Buffer.concat([ev('message_start', { type: 'message_start' }), ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 't', name: 'n', input: {} } })]);
    const crlf = Buffer.from(whole.toString().replace(/\n/g, '\r\n'));
    for (const buf of [whole, crlf]) {
      for (let cut = 1; cut < buf.length; cut += 7) {
        const p = new StreamPrelude(grammar('anthropic-messages'));
        const a = p.push(buf.subarray(0, cut));
        const b = p.push(buf.subarray(cut));
        expect(a.kind === 'commit' ? 'commit' : b.kind).toBe('commit');
        expect(p.bytes().equals(buf)).toBe(true);
      }
    }
  });
  it('OpenAI: holds a role-only first chunk and Azure filter chunks; commits on content, tool calls, finish, usage or [DONE]', () => {
    const role = { choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] };
    expect(openaiPreludeEvent(undefined, JSON.stringify(role)).kind).toBe('hold');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ choices: [], prompt_filter_results: [] })).kind).toBe('hold');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ choices: [{ delta: { content: 'x' } }] })).kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ choices: [{ delta: { tool_calls: [{ index: 0 }] } }] })).kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })).kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ choices: [], usage: { prompt_tokens: 1 } })).kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, '[DONE]').kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, 'not json').kind).toBe('commit');
    expect(openaiPreludeEvent(undefined, JSON.stringify({ error: { message: 'boom', type: 'server_error' } }))).toEqual({ kind: 'error', errorType: 'server_error', message: 'boom' });
  });
  it('OpenAI legacy Completions (grammar keyed by route type): a text chunk is content, not held until finish_reason', () => {
    const text = { id: 'cmpl-1', object: 'text_completion', choices: [{ index: 0, text: 'Hello', logprobs: null, finish_reason: null }] };
    expect(openaiCompletionsPreludeEvent(undefined, JSON.stringify(text)).kind).toBe('commit');
    expect(openaiCompletionsPreludeEvent(undefined, JSON.stringify({ choices: [{ index: 0, text: '', finish_reason: null }] })).kind).toBe('hold');
    expect(openaiCompletionsPreludeEvent(undefined, JSON.stringify({ choices: [{ index: 0, text: '', finish_reason: 'length' }] })).kind).toBe('commit');
    expect(openaiCompletionsPreludeEvent(undefined, JSON.stringify({ error: { message: 'boom', type: 'server_error' } })).kind).toBe('error');
    // The chat grammar would hold the same chunk (no delta): the bug the route-type key fixes.
    expect(openaiPreludeEvent(undefined, JSON.stringify(text)).kind).toBe('hold');
    const p = new StreamPrelude(grammar('openai-chat', 'llm/v1/completions'));
    expect(p.push(od(text)).kind).toBe('commit');
    expect(codecFor('anthropic-messages').streamGrammar('llm/v1/completions')).toBeNull(); // not streamed through the gateway
    expect(codecFor('openai-chat').streamGrammar('llm/v1/embeddings')).toBeNull();
  });
  it('OpenAI: role chunk then error → error; EOF after a role chunk stays on hold', () => {
    const p = new StreamPrelude(grammar('openai-chat'));
    expect(p.push(od({ choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] })).kind).toBe('hold');
    expect(p.end().kind).toBe('hold');
    const q = new StreamPrelude(grammar('openai-chat'));
    q.push(od({ choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] }));
    expect(q.push(od({ error: { message: 'x', type: 'server_error' } })).kind).toBe('error');
  });
  it('commits once the hold limit is reached (nothing is held forever)', () => {
    const p = new StreamPrelude(grammar('anthropic-messages'), 1000);
    let v = p.push(ev('message_start', { type: 'message_start', pad: 'x'.repeat(500) }));
    expect(v.kind).toBe('hold');
    v = p.push(Buffer.from('event: ping\ndata: {"type": "ping", "pad": "' + 'y'.repeat(600) + '"}\n\n'));
    expect(v.kind).toBe('commit');
  });
  it('anthropicPreludeEvent: a non-JSON content_block_start commits (the client sees it as is)', () => {
    expect(anthropicPreludeEvent('content_block_start', '{bad').kind).toBe('commit');
    expect(anthropicPreludeEvent('message_delta', '{}').kind).toBe('commit');
    expect(anthropicPreludeEvent(undefined, '{}').kind).toBe('commit');
  });
});

describe('orderTargets (routing strategies)', () => {
  const alias = (strategy: AliasRuntime['strategy'], weights: number[]): AliasRuntime => ({
    name: 'a', strategy, unsupportedParams: 'reject', maxTokensDefault: null,
    targets: weights.map((w, i) => ({ provider: `p${i}`, model: `m${i}`, weight: w, modelInfo: null })),
  });
  it('failover keeps the configured order', () => {
    const a = alias('failover', [1, 5, 1]);
    for (let i = 0; i < 10; i++) expect(orderTargets(a, () => Math.random()).map((t) => t.provider)).toEqual(['p0', 'p1', 'p2']);
  });
  it('weighted picks the first target by weight, then the rest in order', () => {
    const a = alias('weighted', [1, 3, 0]);
    expect(orderTargets(a, () => 0).map((t) => t.provider)).toEqual(['p0', 'p1', 'p2']);
    expect(orderTargets(a, () => 0.24).map((t) => t.provider)).toEqual(['p0', 'p1', 'p2']);
    expect(orderTargets(a, () => 0.26).map((t) => t.provider)).toEqual(['p1', 'p0', 'p2']);
    expect(orderTargets(a, () => 0.99).map((t) => t.provider)).toEqual(['p1', 'p0', 'p2']);
    // Distribution over a seeded sequence: ~25 % / 75 %, weight 0 never first.
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const firsts: Record<string, number> = { p0: 0, p1: 0, p2: 0 };
    for (let i = 0; i < 4000; i++) firsts[orderTargets(a, rand)[0]!.provider]!++;
    expect(firsts.p2).toBe(0);
    expect(firsts.p1! / 4000).toBeGreaterThan(0.7);
    expect(firsts.p1! / 4000).toBeLessThan(0.8);
  });
  it('weighted with all weights 0 falls back to the configured order', () => {
    expect(orderTargets(alias('weighted', [0, 0]), () => 0.5).map((t) => t.provider)).toEqual(['p0', 'p1']);
  });
});

describe('provider key rotation', () => {
  const prov = (name: string, keys: string[]): ProviderRuntime => ({
    name, type: 'anthropic', baseUrl: 'http://x', keys, callerKeys: 'stored', headers: {}, simulated: true, options: {},
    headerTemplate: headerTemplate('anthropic', {}), keyState: newKeyState(), prices: new Map(), priceMultiplier: 1,
  });
  it('rotates round-robin and skips keys taken out of rotation', () => {
    const p = prov('unit-rot-1', ['k1', 'k2', 'k3']);
    expect([nextProviderKey(p), nextProviderKey(p), nextProviderKey(p), nextProviderKey(p)]).toEqual(['k1', 'k2', 'k3', 'k1']);
    expect(disableProviderKey(p, 'k2')).toBe(true);
    expect(usableKeyCount(p)).toBe(2);
    const seen = new Set([nextProviderKey(p), nextProviderKey(p), nextProviderKey(p), nextProviderKey(p)]);
    expect(seen).toEqual(new Set(['k1', 'k3']));
    expect(disabledKeyList(p)).toEqual(['…k2']);
  });
  it('never takes the last usable key out of rotation', () => {
    const p = prov('unit-rot-2', ['a-key-0001', 'a-key-0002']);
    expect(disableProviderKey(p, 'a-key-0001')).toBe(true);
    expect(disableProviderKey(p, 'a-key-0002')).toBe(false);
    expect(nextProviderKey(p)).toBe('a-key-0002');
    const single = prov('unit-rot-3', ['only']);
    expect(disableProviderKey(single, 'only')).toBe(false);
    expect(nextProviderKey(single)).toBe('only');
  });
});

describe('provider key rotation state: per gateway (Reliability), kept over a reload', () => {
  const doc = (keys: string[]) => ({ providers: { up: { type: 'anthropic' as const, base_url: 'http://127.0.0.1:1', api_keys: keys } }, models: {}, callers: [] });
  it('two gateways with the same provider name do not share disabled keys or the cursor', () => {
    const c1 = normalize(doc(['k1', 'k2', 'k3']));
    const c2 = normalize(doc(['k1', 'k2', 'k3']));
    createReliability(c1);
    createReliability(c2);
    const p1 = c1.providers.get('up')!;
    const p2 = c2.providers.get('up')!;
    expect(disableProviderKey(p1, 'k1')).toBe(true);
    expect(nextProviderKey(p1)).toBe('k2');
    expect(disabledKeyList(p2)).toEqual([]);
    expect(usableKeyCount(p2)).toBe(3);
    expect(nextProviderKey(p2)).toBe('k1');
  });
  it('a reload carries the state to the new config\'s provider of the same name; a removed provider\'s state is dropped', () => {
    const c1 = normalize(doc(['k1', 'k2']));
    const r = createReliability(c1);
    expect(disableProviderKey(c1.providers.get('up')!, 'k1')).toBe(true);
    const c2 = normalize(doc(['k1', 'k2']));
    reconfigureReliability(r, c2);
    expect(disabledKeyList(c2.providers.get('up')!)).toEqual(['…k1']);
    expect(nextProviderKey(c2.providers.get('up')!)).toBe('k2');
    const c3 = normalize({ providers: { other: { type: 'openai' as const, api_key: 'x' } }, models: {}, callers: [] });
    reconfigureReliability(r, c3);
    expect([...r.keys.keys()]).toEqual(['other']);
    const c4 = normalize(doc(['k1', 'k2']));
    reconfigureReliability(r, c4);
    expect(disabledKeyList(c4.providers.get('up')!)).toEqual([]);
  });
});

