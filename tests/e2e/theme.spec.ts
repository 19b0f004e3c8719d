import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

describe('themes (light and dark, both AA)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should keep AA contrast in the dark theme (panel, legend, list) and remember the theme', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:234', { colorScheme: 'dark' });
    await waitForGraph(page);
    expect(await page.locator('la-app').getAttribute('theme')).toBe('dark');
    await page.locator('la-lecture-panel h2').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.modes button.mode-list').click();
    await page.locator('la-node-list table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.LA_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      await page.locator('.modes button.mode-graph').click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${ROOT}docs/screenshot-dark.png` });
    }
    // The toolbar switches back, and the choice outlives a reload.
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.locator('la-app').getAttribute('theme')).toBe('light');
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator('la-app').getAttribute('theme')).toBe('light');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should switch the theme with nothing selected, without a page error, recolouring the edges', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    await expect.poll(() => edgeColors(page)).toEqual(['#c9ccd3']);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    expect(await page.locator('la-app').getAttribute('theme')).toBe('dark');
    await expect.poll(() => edgeColors(page)).toEqual(['#3a4250']);
    await toggle.click();
    await expect.poll(() => edgeColors(page)).toEqual(['#c9ccd3']);
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The distinct colours sigma draws the edges in (nothing selected: one colour for every edge). */
async function edgeColors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: { getGraph(): { edges(): string[] }; getEdgeDisplayData(k: string): { color: string } };
      };
    };
    const sigma = view.sigmaController.sigma;
    return [
      ...new Set(
        sigma
          .getGraph()
          .edges()
          .map((e) => sigma.getEdgeDisplayData(e).color),
      ),
    ];
  });
}
