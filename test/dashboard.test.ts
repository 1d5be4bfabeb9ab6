/**
 * Issue 15 (4): the live dashboard (`server.dashboard`), checked in headless
 * Chromium (Debian's `chromium` through playwright-core, as test/docs-page.test.ts):
 * it loads with the admin key, its numbers change while this test sends
 * traffic (Server-Sent Events from the gateway), it shows budgets, breaker
 * state, keys out of rotation and the capability matrix, draws its charts with
 * uPlot served by the gateway, and a screenshot is written to
 * test-output/dashboard.png. The data endpoints refuse requests without the
 * admin key; with `server.dashboard` off there is no dashboard.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { PROVIDER_TYPES } from '../generated/capabilities.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const ADMIN = 'adm-dashboard-secret-42';
const BUDGET_KEY = 'sk-dashboard-budgeted';
const OUT = new URL('../test-output/', import.meta.url).pathname;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.server = { ...c.server, admin_key: ADMIN, dashboard: true };
    c.providers.anthropic!.simulated = true;
    c.providers.rotating = { type: 'anthropic', base_url: simUrl, api_keys: ['bad-key-0007', 'sk-good-key-0008'], simulated: true };
    c.models!['rotating'] = { targets: [{ provider: 'rotating', model: 'claude-haiku-4-5' }] };
    c.callers!.push({ name: 'budgeted', key: BUDGET_KEY, limits: { usd_per_day: 5 } });
    c.limits = { per_model: { 'claude-prod': { usd_per_month: 100 } } };
  });
});
afterAll(async () => stack?.close());

const anthropic = (key = CALLER_KEY) => new Anthropic({ baseURL: stack.url, apiKey: key, maxRetries: 0 });
const msgs = [{ role: 'user' as const, content: 'Hello' }];

async function traffic(): Promise<void> {
  await Promise.all([
    anthropic().messages.create({ model: 'claude-prod', max_tokens: 16, messages: msgs }),
    anthropic(BUDGET_KEY).messages.stream({ model: 'claude-prod', max_tokens: 16, messages: msgs }, { headers: { 'x-sim-pace-ms': '5' } }).finalMessage(),
    anthropic().messages.create({ model: 'rotating', max_tokens: 16, messages: msgs }),
    anthropic().messages.create({ model: 'rotating', max_tokens: 16, messages: msgs }),
    new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 }).chat.completions.create({ model: 'gpt-prod', messages: msgs }),
    anthropic().messages.create({ model: 'claude-prod', max_tokens: 16, messages: msgs }, { headers: { 'x-sim-fault': 'status:400' } }).catch(() => undefined),
  ]);
}

describe('dashboard endpoints', () => {
  it('data needs the admin key; the page itself holds no data', async () => {
    expect((await fetch(`${stack.url}/dashboard/snapshot`)).status).toBe(401);
    expect((await fetch(`${stack.url}/dashboard/events`, { headers: { authorization: `Bearer ${CALLER_KEY}` } })).status).toBe(401);
    const snap = await fetch(`${stack.url}/dashboard/snapshot`, { headers: { 'x-admin-key': ADMIN } });
    expect(snap.status).toBe(200);
    const body = await snap.json() as { capabilities: { providers: string[] }; callers: { name: string }[] };
    expect(body.capabilities.providers).toEqual([...PROVIDER_TYPES]); // one per spec file under specs/providers/
    expect(body.callers.map((c) => c.name)).toContain('budgeted');
    const page = await fetch(`${stack.url}/dashboard`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('/dashboard/assets/uPlot.iife.min.js');
    expect(html).not.toContain('budgeted');
    const lib = await fetch(`${stack.url}/dashboard/assets/uPlot.iife.min.js`);
    expect(lib.status).toBe(200);
    expect((await lib.text()).length).toBeGreaterThan(10_000);
  });

  it('is absent unless server.dashboard is on', async () => {
    const off = await startStack((c) => {
      c.server = { ...c.server, admin_key: ADMIN };
    });
    try {
      expect((await fetch(`${off.url}/dashboard`)).status).toBe(404);
      expect((await fetch(`${off.url}/dashboard/snapshot`, { headers: { 'x-admin-key': ADMIN } })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe.skipIf(!haveChromium)(`dashboard in headless Chromium${haveChromium ? '' : ` — skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`}`, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    page.on('pageerror', (e) => errors.push(String(e)));
  }, 60_000);
  afterAll(async () => browser?.close());

  it('loads, then shows live numbers that change while traffic flows; screenshot in test-output/', async () => {
    await page.goto(`${stack.url}/dashboard#key=${ADMIN}`, { waitUntil: 'load' });
    await page.locator('#app').waitFor({ state: 'visible', timeout: 15_000 });
    expect(new URL(page.url()).hash).toBe(''); // the key does not stay in the address bar
    const before = Number((await page.locator('#total-requests').innerText()).replace(/,/g, ''));

    await traffic();
    await page.waitForFunction((n) => Number(document.getElementById('total-requests')!.textContent!.replace(/,/g, '')) >= n + 6, before, { timeout: 15_000 });
    const after = Number((await page.locator('#total-requests').innerText()).replace(/,/g, ''));
    expect(after).toBeGreaterThanOrEqual(before + 6);
    expect(Number(await page.locator('#total-errors').innerText())).toBeGreaterThanOrEqual(1);

    // Aliases: claude-prod with traffic, latency percentiles, cost and its monthly budget.
    const prod = page.locator('#aliases tr', { hasText: 'claude-prod' });
    const prodText = await prod.innerText();
    expect(prodText).toMatch(/claude-prod\s+[3-9]\s/);
    expect(prodText).toMatch(/\d+ \/ \d+ \/ \d+ ms/);
    expect(prodText).toMatch(/per month: \$0\.\d+ of \$100/);
    // Callers: the budgeted caller's spend against its daily budget.
    expect(await page.locator('#callers tr', { hasText: 'budgeted' }).innerText()).toMatch(/per day: \$0\.\d+ of \$5/);
    // Providers: breaker state and the key taken out of rotation (masked).
    const rot = await page.locator('#providers tr', { hasText: 'rotating' }).innerText();
    expect(rot).toContain('closed');
    expect(rot).toContain('…0007');
    expect(rot).not.toContain('bad-key-0007');
    // Capability matrix from the specs.
    expect(await page.locator('#capabilities tr', { hasText: 'llm/v1/embeddings' }).innerText()).toMatch(/no\s+JSON/);
    // uPlot charts drawn.
    expect(await page.locator('#chart-traffic canvas').count()).toBe(1);
    expect(await page.locator('#chart-latency canvas').count()).toBe(1);

    // Live: the next snapshot arrives on its own (no reload) and counts new traffic.
    const t0 = await page.locator('#status').innerText();
    await anthropic().messages.create({ model: 'claude-prod', max_tokens: 8, messages: msgs });
    await page.waitForFunction((n) => Number(document.getElementById('total-requests')!.textContent!.replace(/,/g, '')) > n, after, { timeout: 10_000 });
    expect(await page.locator('#status').innerText()).not.toBe(t0);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}dashboard.png`, fullPage: true });
    expect(existsSync(`${OUT}dashboard.png`)).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a wrong key shows the key form, not data', async () => {
    const p = await browser.newPage();
    await p.goto(`${stack.url}/dashboard#key=wrong`, { waitUntil: 'load' });
    await p.locator('#login').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await p.locator('#error').innerText()).toContain('refused');
    expect(await p.locator('#app').isVisible()).toBe(false);
    await p.close();
  });
});
