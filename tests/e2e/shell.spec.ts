import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage } from './support/session.js';

describe('explorer shell (production build in Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (setup?: (page: Page) => Promise<unknown>) => openPage(browser, '', setup ? { setup } : {});

  it('should load the graph file and draw it, saying how many lectures it holds', async () => {
    const { page, errors } = await open();
    const status = page.locator('la-app').locator('[role=status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('150 lectures');
    // sigma mounts its WebGL canvases inside the graph view's shadow root.
    await expect.poll(() => page.locator('la-graph-view canvas').count()).toBeGreaterThan(0);
    expect(await status.textContent()).toMatch(/(\d+) of \1 nodes shown/);
    expect(errors).toEqual([]);
    if (process.env.LA_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${ROOT}docs/screenshot.png` });
    }
    await page.close();
  });

  it('should give the browser tab the Lecture Atlas icon', async () => {
    const { page, errors } = await open();
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    expect(href).toMatch(/icon\.svg$/);
    const icon = await page.request.get(new URL(href!, page.url()).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    expect(await icon.text()).toContain('<title>Lecture Atlas</title>');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say the graph file is missing when it is not there', async () => {
    const { page, errors } = await open((p) =>
      p.route('**/graph.compact.json', (r) => r.fulfill({ status: 404, body: 'not found' })),
    );
    const alert = page.locator('la-app').locator('[role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('was not found');
    expect(await alert.textContent()).toContain('npm run build:graph');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say the file is corrupt when it is truncated', async () => {
    const { page } = await open((p) =>
      p.route('**/graph.compact.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"attributes":{"schemaVer' }),
      ),
    );
    const alert = page.locator('la-app').locator('[role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('not valid JSON');
    await page.close();
  });

  it('should refuse a graph of another schema version with a rebuild hint', async () => {
    const body = JSON.stringify({ attributes: { schemaVersion: 999 }, options: {}, nodes: [], edges: [] });
    const { page } = await open((p) =>
      p.route('**/graph.compact.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body }),
      ),
    );
    const alert = page.locator('la-app').locator('[role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('schema version 999');
    await page.close();
  });
});
