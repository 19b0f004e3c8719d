import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  cameraState,
  drawnLabels,
  labelledNodes,
  overlappingLabels,
  recordDrawnLabels,
  shownNodes,
} from './support/sigma.js';
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

/**
 * Large graphs are drawn with points that the GPU dims (light-point-program.ts), exercised on the seed
 * graph by lowering `points-above` under its size: what the learner sees is read from the drawn pixels.
 */
describe('points drawing (large libraries)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * The colour drawn at the centre of each given node on screen, as `#rrggbb`: sigma draws once, synchronously,
   * and its node canvas is copied before the frame is shown (its buffer is not kept after that).
   */
  async function drawnColours(page: Page, keys: string[]): Promise<Record<string, string>> {
    return page.evaluate((keys) => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        sigmaController: {
          sigma: {
            refresh(): void;
            getCanvases(): Record<string, HTMLCanvasElement>;
            getNodeDisplayData(k: string): { x: number; y: number } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          };
        };
      };
      const sigma = view.sigmaController.sigma;
      sigma.refresh();
      const gl = sigma.getCanvases().nodes!;
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [gl.width, gl.height];
      const ctx = copy.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, copy.width, copy.height);
      ctx.drawImage(gl, 0, 0);
      const ratio = gl.width / gl.clientWidth;
      const out: Record<string, string> = {};
      for (const k of keys) {
        const d = sigma.getNodeDisplayData(k);
        if (!d) continue;
        const p = sigma.framedGraphToViewport(d);
        if (p.x < 0 || p.y < 0 || p.x >= gl.clientWidth || p.y >= gl.clientHeight) continue;
        const [r, g, b] = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
        out[k] = `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
      }
      return out;
    }, keys);
  }

  /** The drawn graph's nodes and the selected node's neighbours. */
  async function nodesAround(page: Page, key: string): Promise<{ all: string[]; around: string[] }> {
    return page.evaluate((key) => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        sigmaController: { sigma: { getGraph(): { nodes(): string[]; neighbors(k: string): string[] } } };
      };
      const g = view.sigmaController.sigma.getGraph();
      return { all: g.nodes(), around: [key, ...g.neighbors(key)] };
    }, key);
  }

  const DIM = '#e3e6ec';

  it('should dim everything outside a selected concept’s neighbourhood, and undim on close', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    await page.evaluate(() => document.querySelector('la-app')!.setAttribute('points-above', '100'));
    await expect.poll(async () => (await nodesAround(page, 'concept:bert')).all.length).toBeGreaterThan(300);
    await page.waitForTimeout(300);
    const { all } = await nodesAround(page, 'concept:bert');
    const dimShare = (colours: Record<string, string>, keys: string[]) => {
      const drawn = keys.filter((k) => colours[k] !== undefined);
      return drawn.filter((k) => colours[k] === DIM).length / drawn.length;
    };
    expect(dimShare(await drawnColours(page, all), all)).toBe(0);

    await search(page, 'BERT');
    await searchField(page).press('Enter');
    await expect.poll(() => page.locator('.details h2').first().textContent()).toBe('BERT');
    await page.waitForTimeout(300);
    const { around } = await nodesAround(page, 'concept:bert');
    const others = all.filter((k) => !around.includes(k));
    const selected = await drawnColours(page, all);
    // Nodes overlap: the centre of a node can show another one drawn over it.
    expect(dimShare(selected, others)).toBeGreaterThan(0.8);
    expect(dimShare(selected, around)).toBeLessThan(0.2);
    expect(selected['concept:bert']).not.toBe(DIM);

    await page.locator('.details button.close').click();
    await expect.poll(async () => dimShare(await drawnColours(page, all), all)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * What a filter leaves is framed and labelled for itself, not as part of the whole graph: on the seed graph the
 * series "DLHLP 2020" (76 of 364 nodes, 32 of them lectures, spread over much of the layout) was framed to about
 * half the stage and drawn with four labels, none a lecture's — the label settings were the whole graph's, and the
 * hidden nodes kept the label grid's cells.
 */
describe('a filtered view (framing and labels follow what is shown)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The texts of the labels drawn, sorted. */
  const texts = async (page: Page) => (await drawnLabels(page)).map((l) => l.text).sort();

  it('should frame a series, name most of what it shows (the largest first, lectures among them) without overlaps, and label the overview as before once cleared', async () => {
    const { page, errors } = await openPage(browser, '', { setup: recordDrawnLabels });
    await waitForGraph(page);
    await expect.poll(async () => (await drawnLabels(page)).length).toBeGreaterThan(0);
    const overview = await texts(page);
    const all = (await shownNodes(page)).nodes.length;

    await page.locator('la-filters input[name=series][value="DLHLP 2020"]').check();
    await expect.poll(async () => (await shownNodes(page)).nodes.length).toBeLessThan(all);
    await cameraState(page);
    const { width, height, nodes } = await shownNodes(page);
    const lectures = nodes.filter((n) => n.key.startsWith('lecture:'));
    expect(lectures.length).toBeGreaterThan(20);

    // Framed: every node shown is on the stage, and together they span most of its width or height (a fit spans
    // 80% of the one it is bound by; the selection's framing it used spanned two thirds of the shorter side at
    // most, half of this stage for this series).
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(height);
    }
    const span = (v: number[]) => Math.max(...v) - Math.min(...v);
    const share = Math.max(span(nodes.map((n) => n.x)) / width, span(nodes.map((n) => n.y)) / height);
    expect(share).toBeGreaterThan(0.7);

    // Labelled: a quarter of the lectures at least (the lectures of one series crowd one another: a part of a talk
    // sits by its other parts, and the NLP task lectures by the overview they all follow, where one label leaves no
    // room for the next), once the filtered drawing is drawn.
    const labelled = async () => new Set(labelledNodes(await drawnLabels(page), nodes));
    const labelledLectures = async () => {
      const named = await labelled();
      return lectures.filter((n) => named.has(n.key)).length;
    };
    await expect.poll(labelledLectures).toBeGreaterThanOrEqual(Math.ceil(lectures.length / 4));
    const labels = await drawnLabels(page);
    expect(overlappingLabels(labels)).toEqual([]);
    const named = await labelled();
    // Most of what is shown is named where there is room, and the largest nodes first: each of the five largest is
    // named, or a larger node's label runs past it less than a line of text (15 px) above or below, leaving it no
    // room on either side.
    expect(named.size).toBeGreaterThanOrEqual(nodes.length / 3);
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    const crowdedOut = (n: (typeof nodes)[number]): boolean =>
      labels.some((l) => {
        const by = byKey.get(labelledNodes([l], nodes)[0] ?? '');
        return (
          by !== undefined &&
          by.size > n.size &&
          Math.abs(by.y - n.y) < 15 &&
          l.x1 < n.x + n.size + 6 &&
          l.x2 > n.x - n.size - 6
        );
      });
    const largest = [...nodes].sort((a, b) => b.size - a.size).slice(0, 5);
    expect(largest.filter((n) => !named.has(n.key) && !crowdedOut(n)).map((n) => n.key)).toEqual([]);
    expect(largest.filter((n) => named.has(n.key)).length).toBeGreaterThanOrEqual(4);

    // Cleared: the whole graph, labelled as it was.
    await page.locator('la-filters input[name=series][value="DLHLP 2020"]').uncheck();
    await expect.poll(async () => (await shownNodes(page)).nodes.length).toBe(all);
    await cameraState(page);
    await expect.poll(() => texts(page)).toEqual(overview);
    expect(errors).toEqual([]);
    await page.close();
  });
});
