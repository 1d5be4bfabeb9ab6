/**
 * Issue 7: the generated capability docs page (generated/docs/capabilities.html)
 * opened in headless Chromium (Debian package `chromium`, installed by .ci/run)
 * through playwright-core. Checks that every provider of the specs has its
 * tables rendered with rows taken from the specs, that the translation section
 * exists, and takes screenshots (/tmp/switchyard-capabilities.png, and
 * -models.png of the Anthropic model catalog) for a human look. Skips, saying why, only when no Chromium binary is installed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROVIDERS, PROVIDER_TYPES } from '../generated/capabilities.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE = new URL('../generated/docs/capabilities.html', import.meta.url).href;
const SCREENSHOT = '/tmp/switchyard-capabilities.png';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`docs-page test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!haveChromium) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(PAGE, { waitUntil: 'load' });
  expect(errors).toEqual([]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!haveChromium)('generated/docs/capabilities.html in headless Chromium', () => {
  it('has a title and a visible heading', async () => {
    expect(await page.title()).toMatch(/capabilit/i);
    const h1 = page.locator('h1').first();
    expect(await h1.isVisible()).toBe(true);
  });

  it.each(PROVIDER_TYPES)('provider %s: section with upstream paths, capabilities and models tables', async (type) => {
    const spec = PROVIDERS[type];
    const section = page.locator(`#provider-${type}`);
    expect(await section.count()).toBe(1);
    expect(await section.isVisible()).toBe(true);
    expect(await section.innerText()).toContain(spec.displayName);

    if (spec.models.length === 0) {
      // No model catalog (openai-compatible, vllm): the section says so where the table would be.
      const note = section.locator('p.empty[data-table="models"]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain('No catalog entries');
    }
    for (const table of ['upstream-paths', 'capabilities', ...(spec.models.length > 0 ? ['models'] : [])]) {
      const t = section.locator(`table[data-table="${table}"]`);
      expect(await t.count(), `${type} ${table} table`).toBe(1);
      expect(await t.isVisible()).toBe(true);
      // A rendered table has a header row and at least one body row with visible cell text.
      expect(await t.locator('th').count()).toBeGreaterThan(1);
      const box = await t.boundingBox();
      expect(box && box.height > 40 && box.width > 200).toBe(true);
    }

    const caps = await section.locator('table[data-table="capabilities"]').innerText();
    for (const c of spec.capabilities) {
      expect(caps).toContain(c.routeType);
      expect(caps).toContain(c.upstreamPath);
      expect(caps).toContain(c.minVersion);
    }
    const paths = await section.locator('table[data-table="upstream-paths"]').innerText();
    for (const c of spec.capabilities) expect(paths).toContain(c.upstreamPath);

    const models = section.locator('table[data-table="models"]');
    expect(await models.locator('tbody tr').count()).toBe(spec.models.length);
    if (spec.models.length > 0) {
      const modelsText = await models.innerText();
      for (const m of spec.models) {
        expect(modelsText).toContain(m.id);
        expect(modelsText.replace(/[,\s\u202f]/g, '')).toContain(String(m.contextWindow));
      }
    }
    for (const u of spec.unsupported) expect(await section.innerText()).toContain(u.reason);
  });

  it('has the translation coverage section', async () => {
    const t = page.locator('#translations');
    expect(await t.count()).toBe(1);
    expect(await t.isVisible()).toBe(true);
    expect((await t.innerText()).length).toBeGreaterThan(20);
  });

  it('renders readable text (not squeezed) and saves a screenshot', async () => {
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.locator('#provider-anthropic table[data-table="models"]').screenshot({ path: SCREENSHOT.replace('.png', '-models.png') });
  });
});
