import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, openPage, search, searchField, waitForGraph } from './support/session.js';

/** What sigma draws right now: the node keys of its graph. */
async function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: { sigma: { getGraph(): { nodes(): string[] } } };
    };
    return view.sigmaController.sigma.getGraph().nodes();
  });
}

const lectures = (keys: string[]) => keys.filter((k) => k.startsWith('lecture:'));

/**
 * The level-of-detail view of a large library, exercised on the seed graph by lowering the threshold
 * (`overview-above`) under its size: the overview draws concepts and notes, a selection reveals lectures.
 */
describe('level-of-detail overview (large libraries)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should draw every node of a library under the threshold', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    await expect.poll(async () => lectures(await drawnNodes(page)).length).toBe(150);
    expect(await page.locator('.lod-info').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** A page on the seed graph with the overview threshold under its size, once the overview is drawn. */
  async function openOverview() {
    const opened = await openPage(browser);
    await waitForGraph(opened.page);
    await opened.page.evaluate(() => document.querySelector('la-app')!.setAttribute('overview-above', '100'));
    await expect.poll(async () => lectures(await drawnNodes(opened.page)).length).toBe(0);
    return opened;
  }

  it('should open on concepts, reveal the lectures of a selected concept, and hide them again', async () => {
    const { page, errors } = await openOverview();

    // Overview: concepts and notes only, and a line saying how to see lectures.
    const overview = await drawnNodes(page);
    expect(overview).toContain('concept:bert');
    expect(await page.locator('.lod-info').textContent()).toContain('150 lectures not drawn');
    expect(await page.locator('la-app [role=status]').textContent()).toContain('150 lectures');

    // Selecting a concept draws the lectures teaching it, as its panel lists them.
    await search(page, 'BERT');
    await searchField(page).press('Enter');
    await expect.poll(() => page.locator('.details h2').first().textContent()).toBe('BERT');
    const taught = await page
      .locator('la-concept-panel ol.lectures button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    expect(taught.length).toBeGreaterThan(1);
    await expect
      .poll(async () => lectures(await drawnNodes(page)).sort())
      .toEqual(expect.arrayContaining(taught));
    expect(await page.locator('.lod-info').textContent()).toMatch(/\d+ lectures not drawn/);

    // Back to the overview.
    await page.locator('.details button.close').click();
    await expect.poll(async () => lectures(await drawnNodes(page)).length).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should reveal the lectures a series filter lets through', async () => {
    const { page, errors } = await openOverview();
    await page.locator('la-filters input[name=series][value="DLHLP 2020"]').check();
    await expect.poll(async () => lectures(await drawnNodes(page)).length).toBeGreaterThan(0);
    const series = await page.evaluate(() => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        sigmaController: {
          sigma: { getGraph(): { mapNodes<T>(f: (k: string, a: { series?: string }) => T): T[] } };
        };
      };
      return view.sigmaController.sigma
        .getGraph()
        .mapNodes((k, a) => (k.startsWith('lecture:') ? a.series : undefined))
        .filter((s) => s !== undefined);
    });
    expect(new Set(series)).toEqual(new Set(['DLHLP 2020']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
