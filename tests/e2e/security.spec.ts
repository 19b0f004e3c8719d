import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage, waitForGraph, type OpenedPage } from './support/session.js';

/**
 * A graph whose text fields carry HTML and script (tests/fixtures/hostile-graph.json), served in the
 * compact form the explorer loads: everything must render as inert text, no handler may run, and only
 * safe links may be live.
 */
describe('hostile graph data renders inert', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await connectBrowser();
    const hostile = graphFromJson(await readFile(`${ROOT}tests/fixtures/hostile-graph.json`, 'utf8'));
    const body = serializeCompactGraph(hostile);
    opened = await openPage(browser, '?node=lecture:1', {
      setup: (p) =>
        p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body }),
        ),
    });
    page = opened.page;
    await waitForGraph(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Nothing ran: no dialog, no flag set by any injected handler, no page error. */
  async function expectInert(): Promise<void> {
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(opened.dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
    // Playwright's CSS engine pierces open shadow roots, so these look inside every component.
    for (const selector of [
      '[onerror]',
      '[onload]',
      '[onmouseover]',
      'iframe',
      'form',
      'la-app script',
      'a[href^="javascript:" i]',
      'a[href^="data:"]',
      'img[src="x"]',
    ])
      expect(await page.locator(selector).count(), selector).toBe(0);
  }

  it('should show a hostile lecture title, series and lecturer as text, with no live video link', async () => {
    const title = page.locator('la-lecture-panel h2');
    await expect.poll(() => title.textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('la-lecture-panel dl').textContent()).toContain('<script>');
    expect(await page.locator('la-lecture-panel a.video').count()).toBe(0);
    expect(await page.locator('la-lecture-panel article').textContent()).toContain('No playable video link');
    expect(await page.locator('la-lecture-panel .chips button').textContent()).toContain('<svg onload=');
    await expectInert();
  });

  it('should sanitise the Markdown summary but keep formulas and safe links', async () => {
    const body = page.locator('la-lecture-panel la-markdown .body');
    // A long summary starts folded: rendered, not shown until asked for.
    await body.waitFor({ state: 'attached' });
    await expect.poll(() => body.locator('.katex').count()).toBeGreaterThan(0);
    const safe = body.locator('a[href="https://example.com/x"]');
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await safe.getAttribute('target')).toBe('_blank');
    expect(await body.locator('a[href]').count()).toBe(1);
    expect(await body.locator('style').count()).toBe(0);
    expect(await page.locator('body').isVisible()).toBe(true);
    // KaTeX's stylesheet (with its fonts) was loaded lazily and the CSP let it through.
    expect(
      await page.evaluate(async () => (await document.fonts.load('16px KaTeX_Main')).length),
    ).toBeGreaterThan(0);
    // (DOMPurify's inert parse of `<svg onload>` may log a blocked inline handler: that is the CSP working.)
    expect(opened.cspViolations.filter((v) => /^Loading the (font|stylesheet)|inline style/.test(v))).toEqual(
      [],
    );
    await expectInert();
  });

  it('should keep lookalike video hosts and javascript: links in other casing dead', async () => {
    await page.locator('la-lecture-panel section.prereqs button[data-key="lecture:2"]').click();
    await expect.poll(() => page.locator('la-lecture-panel h2').textContent()).toBe('Lookalike video host');
    expect(await page.locator('la-lecture-panel a.video').count()).toBe(0);
    expect(await page.locator('la-lecture-panel img').count()).toBe(0);
    await page.locator('la-lecture-panel la-markdown .body').waitFor({ state: 'attached' });
    expect(await page.locator('la-lecture-panel la-markdown a[href]').count()).toBe(0);
    await expectInert();
  });

  it('should show a hostile concept and its definition as text, with only its http(s) reading link live', async () => {
    await page.locator('la-search.main input').fill('evil');
    await page.locator('la-search.main [role=option]').first().waitFor();
    expect(await page.locator('la-search.main [role=option]').first().textContent()).toContain(
      '<svg onload=',
    );
    await page.locator('la-search.main input').press('Enter');
    const panel = page.locator('la-concept-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toContain('<svg onload=');
    expect(await panel.locator('.definition').textContent()).toContain('<img src=x onerror=');
    const links = panel.locator('ul.reading a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.org/reading');
    expect(await panel.locator('ul.reading').textContent()).toContain('javascript reading');
    // A colour that is not a plain hex colour never reaches a style attribute.
    expect(await page.locator('la-legend [style*="javascript"]').count()).toBe(0);
    await expectInert();
  });
});
