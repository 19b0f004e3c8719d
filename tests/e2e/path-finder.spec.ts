import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cameraState, drawnLabels, nodeDisplay, nodePoint, recordDrawnLabels } from './support/sigma.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

/** A desktop screen, the review's: the sidebar and the panel leave the graph about 800 pixels of its width. */
const DESKTOP = { width: 1440, height: 900 };

/**
 * A concept to BERT through three lectures of long titles, spread over a third of the graph: at the whole graph's
 * zoom the path took under a third of the canvas either way and its labels collided, one left out.
 */
const FROM = 'concept:classification';
const TO = 'concept:bert';

/** The nodes on the path (drawn highlighted; nothing is selected). */
async function pathNodes(page: Page): Promise<string[]> {
  return Object.entries(await nodeDisplay(page))
    .filter(([, d]) => d.highlighted)
    .map(([k]) => k)
    .sort();
}

/** The graph view's box on the page: the canvas the panels leave free. */
async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view')!;
    const { left, top, width, height } = view.getBoundingClientRect();
    return { x: left, y: top, width, height };
  });
}

/** The label sigma draws for each node (its display data), by key. */
async function displayLabels(page: Page, keys: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate((ks) => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: { sigma: { getNodeDisplayData(k: string): { label: string | null } } };
    };
    const sigma = view.sigmaController.sigma;
    return Object.fromEntries(ks.map((k) => [k, sigma.getNodeDisplayData(k).label ?? '']));
  }, keys);
}

/**
 * The path's nodes whose label is not drawn beside them on the hover layer (whole or cut: its first characters,
 * beside the node's centre, on its line).
 */
async function unnamedPathNodes(page: Page, keys: readonly string[]): Promise<string[]> {
  const box = await canvasBox(page);
  const labels = (await drawnLabels(page)).filter((l) => l.layer.includes('sigma-hovers'));
  const names = await displayLabels(page, keys);
  const out: string[] = [];
  for (const key of keys) {
    const point = await nodePoint(page, key);
    const [x, y] = [point.x - box.x, point.y - box.y];
    const start = [...names[key]!].slice(0, 4).join('');
    const drawn = labels.some(
      (l) => l.text.startsWith(start) && l.y1 - 2 < y && y < l.y2 + 2 && l.x1 - 40 < x && x < l.x2 + 40,
    );
    if (!drawn) out.push(key);
  }
  return out;
}

describe('the path finder’s path on the graph', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Every node of the path in the canvas, the path at a readable size, each node named. */
  async function expectPathFramedAndNamed(page: Page): Promise<void> {
    // What the test stands on: the five nodes of the path drawn highlighted.
    await expect.poll(async () => (await pathNodes(page)).length).toBe(5);
    const keys = await pathNodes(page);
    expect(keys).toContain(FROM);
    expect(keys).toContain(TO);
    await cameraState(page);
    // Every node of the path in the canvas, the path's bounding box more than 40% of its width or height: at
    // the whole graph's zoom it took under a third of either.
    const framed = async () => {
      const box = await canvasBox(page);
      const points = await Promise.all(keys.map((k) => nodePoint(page, k)));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const inside = points.every(
        (p) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
      );
      const wide =
        Math.max(...xs) - Math.min(...xs) > 0.4 * box.width ||
        Math.max(...ys) - Math.min(...ys) > 0.4 * box.height;
      return { inside, wide };
    };
    await expect.poll(framed).toEqual({ inside: true, wide: true });
    // Each node of the path named beside it, as the selection is.
    await expect.poll(() => unnamedPathNodes(page, keys)).toEqual([]);
  }

  it('should frame a path opened from a link on a desktop and name every node on it', async () => {
    const { page, errors } = await openPage(browser, `?from=${FROM}&to=${TO}`, {
      ...DESKTOP,
      setup: recordDrawnLabels,
    });
    await waitForGraph(page);
    await expectPathFramedAndNamed(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should frame the path the finder finds on a desktop, name every node on it, and give the view back once cleared', async () => {
    const { page, errors } = await openPage(browser, '', { ...DESKTOP, setup: recordDrawnLabels });
    await waitForGraph(page);
    const overview = await cameraState(page);
    await page.getByRole('button', { name: 'Path finder' }).click();
    const finder = page.locator('la-path-finder');
    for (const [field, text] of [
      ['from', 'classification'],
      ['to', 'BERT'],
    ] as const) {
      await finder.locator(`la-search.${field} input`).fill(text);
      await finder.locator(`la-search.${field} [role=option]`).first().waitFor();
      await finder.locator(`la-search.${field} input`).press('Enter');
    }
    await expectPathFramedAndNamed(page);
    expect((await cameraState(page)).ratio).toBeLessThan(overview.ratio * 0.8);
    // Cleared, with nothing selected: the whole graph again, not the path's corner of it with its nodes gone.
    await finder.locator('button.clear').click();
    await expect.poll(() => pathNodes(page)).toEqual([]);
    await expect.poll(async () => (await cameraState(page)).ratio).toBeCloseTo(overview.ratio, 2);
    const back = await cameraState(page);
    expect(back.x).toBeCloseTo(overview.x, 2);
    expect(back.y).toBeCloseTo(overview.y, 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
