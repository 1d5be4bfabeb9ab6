/**
 * Issue 15 (1): request cost from the catalog's prices — every token category
 * against a hand calculation, long-context tier, config override and
 * multiplier, unpriced requests marked (never guessed), the cost in usage
 * records, /metrics and the `x-switchyard-cost-usd` header of JSON answers.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';
import { costOf, maxCostOf, formatUsd, type Price } from '../runtime/cost/index.ts';
import { anthropicUsageInto } from '../runtime/transcode/common.ts';
import { emptyUsage } from '../runtime/usage.ts';
import { MODELS } from '../generated/capabilities.ts';
import type { UsageRecord } from '../runtime/observability/accounting.ts';

const sonnet45 = MODELS.anthropic['claude-sonnet-4-5']!.pricing!;

describe('costOf (unit)', () => {
  it('prices every token category, with the 5 m / 1 h cache-write split from the Anthropic usage object', () => {
    const u = anthropicUsageInto(emptyUsage(), {
      input_tokens: 1000, output_tokens: 500, cache_read_input_tokens: 20000, cache_creation_input_tokens: 3000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    });
    expect(u.cacheCreation1h).toBe(2000);
    // Claude Sonnet 4.5: $3 in, $15 out, $0.30 cache read, $3.75 5 m write, $6 1 h write (per million).
    const hand = (1000 * 3 + 500 * 15 + 20000 * 0.3 + 1000 * 3.75 + 2000 * 6) / 1e6;
    const c = costOf({ pricing: sonnet45, multiplier: 1 }, u);
    expect(c.priced).toBe(true);
    expect(c.priced && c.usd).toBeCloseTo(hand, 12);
    expect(hand).toBeCloseTo(0.03225, 12);
  });

  it('long-context tier applies to every token once the prompt passes the threshold; the multiplier scales all', () => {
    const price: Price = {
      pricing: { input: 1, output: 2, cacheRead: 0.1, longContext: { thresholdTokens: 1000, input: 10, output: 20, cacheRead: 1 }, date: '2026-12-06', source: 'test' },
      multiplier: 1.1,
    };
    const short = { ...emptyUsage(), input: 900, cacheRead: 100, output: 10, reported: true };
    const long = { ...short, input: 901 };
    const a = costOf(price, short);
    const b = costOf(price, long);
    expect(a.priced && a.usd).toBeCloseTo(((900 * 1 + 100 * 0.1 + 10 * 2) / 1e6) * 1.1, 12);
    expect(b.priced && b.usd).toBeCloseTo(((901 * 10 + 100 * 1 + 10 * 20) / 1e6) * 1.1, 12);
    // The reservation uses the tier of the prompt and the dearest input-side price.
    expect(maxCostOf({ pricing: sonnet45, multiplier: 1 }, 1000, 100)).toBeCloseTo((1000 * 6 + 100 * 15) / 1e6, 12);
  });

  it('is unpriced, with the reason, when usage is unreported, the model has no price, or a used category has none', () => {
    expect(costOf({ pricing: sonnet45, multiplier: 1 }, emptyUsage())).toEqual({ priced: false, reason: 'the upstream reported no usage' });
    expect(costOf(null, { ...emptyUsage(), input: 1, reported: true })).toMatchObject({ priced: false, reason: expect.stringContaining('no price') });
    const noCache: Price = { pricing: { input: 1, output: 1, date: '2026-12-06', source: 'x' }, multiplier: 1 };
    expect(costOf(noCache, { ...emptyUsage(), input: 1, cacheRead: 5, reported: true })).toEqual({ priced: false, reason: 'the model has no cache read price' });
    expect(costOf(noCache, { ...emptyUsage(), input: 1, output: 1, reported: true })).toEqual({ priced: true, usd: 2e-6 });
  });

  it('every catalog price is dated and sourced', () => {
    for (const models of Object.values(MODELS)) {
      for (const m of Object.values(models)) {
        if (!m.pricing) continue;
        expect(m.pricing.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(m.pricing.source).toMatch(/^https:\/\/(platform\.claude\.com|developers\.openai\.com|ai\.google\.dev)\//);
      }
    }
    expect(formatUsd(0.1 + 0.2)).toBe('0.3');
  });
});

describe('cost through the gateway', () => {
  let stack: Stack;
  const usage = new LineCapture();
  beforeAll(async () => {
    stack = await startStack((c) => {
      c.providers.anthropic!.simulated = true;
      c.providers.regional = { type: 'anthropic', base_url: c.providers.anthropic!.base_url, api_key: 'k', simulated: true, price_multiplier: 1.1 };
      // A negotiated price for a model the catalog prices too: the override wins.
      c.providers.negotiated = {
        type: 'anthropic', base_url: c.providers.anthropic!.base_url, api_key: 'k', simulated: true,
        pricing: { 'claude-sonnet-4-5': { input: 1, output: 2, cache_read: 0.5, cache_write_5m: 0.25, source: 'contract' } },
      };
      c.models!['negotiated'] = { targets: [{ provider: 'negotiated', model: 'claude-sonnet-4-5' }] };
      c.models!['regional'] = { targets: [{ provider: 'regional', model: 'claude-sonnet-4-5' }] };
      c.models!['count'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
    }, { usageDestination: usage });
  });
  afterAll(async () => stack?.close());

  const anthropic = () => new Anthropic({ baseURL: stack.url, apiKey: CALLER_KEY, maxRetries: 0 });
  // Recorded answers with every token category, replayed for the catalog-priced claude-sonnet-4-5 (alias claude-prod).
  const CACHE_JSON = { 'x-sim-fixture': 'anthropic/message-cache-read-and-creation.json' };
  const CACHE_SSE = { 'x-sim-fixture': 'anthropic/stream-prompt-cache-usage.sse' };
  const msgs = [{ role: 'user' as const, content: 'hello' }];
  async function recordOf(f: () => Promise<unknown>): Promise<UsageRecord> {
    const n = usage.lines.length;
    await f();
    await usage.waitFor(n + 1);
    return JSON.parse(usage.lines[n]!) as UsageRecord;
  }

  it('JSON answer: cost_usd in the record and x-switchyard-cost-usd match a hand calculation on the catalog price (input, output, cache read, cache write)', async () => {
    let header: string | null = null;
    const r = await recordOf(async () => {
      const { response } = await anthropic().messages.create({ model: 'claude-prod', max_tokens: 50, messages: msgs }, { headers: CACHE_JSON }).withResponse();
      header = response.headers.get('x-switchyard-cost-usd');
    });
    // Claude Sonnet 4.5 in the catalog: $3 input, $15 output, $0.30 cache read, $3.75 cache write (5 m) per million.
    const hand = (3 * 3 + 33 * 15 + 1111 * 0.3 + 418 * 3.75) / 1e6; // 0.0024048
    expect(r).toMatchObject({ input_tokens: 3, output_tokens: 33, cache_read_tokens: 1111, cache_creation_tokens: 418, priced: true });
    expect(r.cost_usd).toBeCloseTo(hand, 10);
    expect(Number(header)).toBeCloseTo(hand, 10);
    expect(header).toBe('0.0024048');
  });

  it('stream: cost in the record, no cost header (the head goes out before usage is known)', async () => {
    let header: string | null | undefined;
    const r = await recordOf(async () => {
      const s = anthropic().messages.stream({ model: 'claude-prod', max_tokens: 50, messages: msgs }, { headers: CACHE_SSE });
      await s.finalMessage();
      header = (await s.withResponse()).response.headers.get('x-switchyard-cost-usd');
    });
    expect(r).toMatchObject({ stream: true, priced: true, input_tokens: 6, output_tokens: 198, cache_creation_tokens: 3337, cache_read_tokens: 6289 });
    expect(r.cost_usd).toBeCloseTo((6 * 3 + 198 * 15 + 6289 * 0.3 + 3337 * 3.75) / 1e6, 10);
    expect(header).toBeNull();
  });

  it('providers.NAME.pricing replaces the catalog price for that provider entry', async () => {
    const r = await recordOf(() => anthropic().messages.create({ model: 'negotiated', max_tokens: 50, messages: msgs }, { headers: CACHE_JSON }));
    expect(r.cost_usd).toBeCloseTo((3 * 1 + 33 * 2 + 1111 * 0.5 + 418 * 0.25) / 1e6, 10);
  });

  it('catalog price times price_multiplier; an unpriced model is marked and carries no header', async () => {
    let msg!: Anthropic.Message;
    const r = await recordOf(async () => (msg = await anthropic().messages.create({ model: 'regional', max_tokens: 20, messages: msgs })));
    expect(r.cost_usd).toBeCloseTo(((msg.usage.input_tokens * 3 + msg.usage.output_tokens * 15) / 1e6) * 1.1, 10);

    const openai = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    let header: string | null = 'unset';
    const u = await recordOf(async () => {
      const { response } = await openai.chat.completions.create({ model: 'gpt-prod', messages: msgs }).withResponse();
      header = response.headers.get('x-switchyard-cost-usd');
    });
    expect(u).toMatchObject({ usage_reported: true, priced: false, cost_usd: null, cost_note: expect.stringContaining('no price') });
    expect(header).toBeNull();
  });

  it('a capability without usage is unpriced with the table\'s reason', async () => {
    const r = await recordOf(() => anthropic().messages.countTokens({ model: 'count', messages: msgs }));
    expect(r).toMatchObject({ usage_reported: false, priced: false, cost_usd: null });
    expect(r.cost_note).toBe(r.usage_note);
  });

  it('/metrics: switchyard_cost_usd_total and switchyard_requests_unpriced_total', async () => {
    const text = await (await fetch(`${stack.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('switchyard_cost_usd_total{') && l.includes('target="anthropic/claude-sonnet-4-5"'));
    expect(line).toBeDefined();
    // Both cache answers above went to anthropic/claude-sonnet-4-5 for the caller 'tester'.
    expect(Number(line!.split(' ').pop())).toBeCloseTo(0.0024048 + (6 * 3 + 198 * 15 + 6289 * 0.3 + 3337 * 3.75) / 1e6, 10);
    expect(text).toMatch(/switchyard_requests_unpriced_total\{provider="openai",target="openai\/gpt-4.1"\} 1/);
  });
});
