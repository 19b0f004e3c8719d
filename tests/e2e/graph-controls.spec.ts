import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import { E2E_DIST } from './support/paths.js';
import { cameraState, emptyStagePoint, nodeDisplay, nodePoint } from './support/sigma.js';
import { connectBrowser, openPage, queryOf, siteUrl, waitForGraph } from './support/session.js';

/** A graph a learner can steer: camera controls, legend toggles, no stale labels, a list that follows. */
describe('steering the graph (desktop)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should steer the camera with the controls and re-fit it when a filter changes', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    const start = await cameraState(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomedIn = await cameraState(page);
    expect(zoomedIn.ratio).toBeLessThan(start.ratio);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await cameraState(page)).ratio).toBeGreaterThan(zoomedIn.ratio);
    await page.getByRole('button', { name: 'Reset the view' }).click();
    expect(await cameraState(page)).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });

    // A series filter frames what it lets through.
    await page.locator('la-filters input[name=series][value="Linear Algebra"]').check();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(1);
    const filtered = await cameraState(page);
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await page.getByRole('button', { name: 'Fit to what is shown' }).click();
    expect((await cameraState(page)).ratio).toBeCloseTo(filtered.ratio, 3);
    // A link with the filter in it opens framed as ticking the filter framed it.
    const linked = await openPage(browser, '?series=Linear%20Algebra');
    await waitForGraph(linked.page);
    await expect.poll(async () => (await cameraState(linked.page)).ratio).toBeCloseTo(filtered.ratio, 3);
    expect(linked.errors).toEqual([]);
    await linked.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show and hide a kind and a group from the legend', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    const legend = page.locator('la-legend');
    const lectures = legend.getByRole('button', { name: 'Lectures' });
    expect(await lectures.getAttribute('aria-pressed')).toBe('true');
    await lectures.click();
    expect(await lectures.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(async () =>
        Object.entries(await nodeDisplay(page)).filter(([k, d]) => k.startsWith('lecture:') && !d.hidden),
      )
      .toEqual([]);
    await expect.poll(() => queryOf(page).kinds).toBe('concept,note');
    await lectures.click();

    const group = legend.locator('button[data-id^="group-"]').first();
    const before = Object.values(await nodeDisplay(page)).filter((d) => !d.hidden).length;
    await group.click();
    expect(await group.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => queryOf(page).hide).toMatch(/^\d+$/);
    await expect
      .poll(async () => Object.values(await nodeDisplay(page)).filter((d) => !d.hidden).length)
      .toBeLessThan(before);
    await group.click();
    await expect.poll(() => queryOf(page).hide).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the lectures without a series when the legend hides one series, and offer them as a series', async () => {
    const { page, errors } = await openPage(browser, '?color=series');
    await waitForGraph(page);
    const legend = page.locator('la-legend');
    await legend.locator('button[data-id="series-ML 2021"]').click();
    await expect
      .poll(async () => {
        const d = await nodeDisplay(page);
        return [d['lecture:204']?.hidden, d['lecture:294']?.hidden];
      })
      .toEqual([false, true]);
    // The other lectures' series are listed in the link, the lectures without one as an empty value (the address
    // is written in the frame after the graph's).
    await expect.poll(() => new URL(page.url()).searchParams.getAll('series')).toContain('');

    // The filter offers them by name: choosing them alone shows them alone.
    await page.goto(siteUrl('?series='));
    await waitForGraph(page);
    const unfiled = page.locator('la-filters label.row').filter({ hasText: 'Lectures without a series' });
    expect(await unfiled.locator('input[name=series]').isChecked()).toBe(true);
    const shown = Object.entries(await nodeDisplay(page)).filter(
      ([k, d]) => k.startsWith('lecture:') && !d.hidden,
    );
    expect(shown.map(([k]) => k)).toContain('lecture:204');
    expect(shown.map(([k]) => k)).not.toContain('lecture:234');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should draw the links again once the camera stops, even where it stopped where it started', async () => {
    // Sigma leaves links out of the frames it draws while the camera moves, and draws again only when the camera
    // moves: a fit to where the camera already was (a filter whose nodes span the whole graph, such as "Lectures
    // without a series" on seeds + corpus) left the links away until the next pointer move.
    const { page, errors } = await openPage(browser, '', { motion: true });
    await waitForGraph(page);
    // Once the drawing is idle (the hover layer warms up in an idle moment after the first frames).
    await page.waitForTimeout(1500);
    const frames = await page.evaluate(async () => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        camera(action: 'reset'): void;
        sigmaController: {
          sigma: {
            on(event: 'beforeRender', f: () => void): void;
            getCamera(): { isAnimated(): boolean };
            refresh(): void;
          };
        };
      };
      const sigma = view.sigmaController.sigma;
      // Whether the camera was moving as each frame was drawn.
      const moving: boolean[] = [];
      sigma.on('beforeRender', () => moving.push(sigma.getCamera().isAnimated()));
      // The camera starts at rest: "reset" animates it to where it is; a view change redraws meanwhile.
      view.camera('reset');
      sigma.refresh();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return moving;
    });
    expect(frames[0]).toBe(true);
    expect(frames.at(-1)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should name a series by the years it spans in the legend, as in the filter, where its name gives none', async () => {
    const graph = graphFromJson(await readFile(`${E2E_DIST}graph.json`, 'utf8'));
    graph.forEachNode((key, a) => {
      if (a.kind === 'lecture' && a.series === 'ML 2021')
        graph.replaceNodeAttributes(key, { ...a, series: 'ML' });
    });
    const body = serializeCompactGraph(graph);
    const { page, errors } = await openPage(browser, '?color=series', {
      setup: (p) =>
        p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body }),
        ),
    });
    await waitForGraph(page);
    const entry = page.locator('la-legend button[data-id="series-ML"] .name');
    expect(await entry.textContent()).toBe('ML 2021');
    const row = page.locator('la-filters label.row').filter({ has: page.locator('input[value="ML"]') });
    expect((await row.locator('.name').textContent())?.replace(/\s+/g, ' ').trim()).toBe('ML 2021');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should leave no label of a closed selection on screen, and list the selection sorted by date', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    // Click a node, then leave the stage for the panel's Close button (sigma keeps its own hover).
    const point = await nodePoint(page, 'concept:bert');
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => queryOf(page).node).toBe('concept:bert');
    await page.locator('.details button.close').click();
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    await expect
      .poll(async () =>
        Object.entries(await nodeDisplay(page)).filter(([, d]) => d.forceLabel || d.highlighted),
      )
      .toEqual([]);

    // The list follows the selection: BERT's neighbourhood, sortable by date.
    await page.goto(page.url().replace(/\?.*$/, '') + '?node=concept:bert&view=list');
    await waitForGraph(page);
    const list = page.locator('la-node-list');
    await expect.poll(() => list.locator('caption').textContent()).toContain('Around BERT');
    const shown = Number(/^(\d+)/.exec((await page.locator('.focus-info').textContent()) ?? '')?.[1]);
    expect(await list.locator('tbody tr').count()).toBe(shown);
    await list.getByRole('button', { name: /^Date/ }).click();
    expect(await list.locator('th.col-date').getAttribute('aria-sort')).toBe('ascending');
    const dates = (await list.locator('tbody tr td:nth-child(4)').allTextContents()).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should not draw the camera controls over the list view’s Links numbers', async () => {
    const { page, errors } = await openPage(browser, '?view=list');
    await waitForGraph(page);
    const list = page.locator('la-node-list');
    await list.locator('tbody tr').first().waitFor();
    // (The graph view is inert and hidden from assistive technology in the list view: found by element.)
    const controls = page.locator('la-camera-controls button');
    const shown: { x: number; y: number; width: number; height: number }[] = [];
    for (const button of await controls.all())
      if (await button.isVisible()) shown.push((await button.boundingBox())!);
    const cells = await list.locator('tbody td.col-links').evaluateAll((tds) =>
      tds.map((td) => {
        const r = td.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, text: td.textContent };
      }),
    );
    const overlap = (a: (typeof shown)[number], b: (typeof shown)[number]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(cells.filter((c) => shown.some((b) => overlap(b, c))).map((c) => c.text)).toEqual([]);
    // Back in the graph view they steer the camera again.
    await page.locator('.modes button.mode-graph').click();
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  // A tap on a touch screen waits to see whether a second tap makes it a double tap (phone.spec.ts); a click not.
  it('should still close what is open on a mouse click of the empty graph', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:gan');
    await waitForGraph(page);
    await page.locator('la-concept-panel h2').waitFor();
    await cameraState(page);
    const spot = await emptyStagePoint(page);
    await page.mouse.click(spot!.x, spot!.y);
    await expect.poll(() => page.locator('la-concept-panel').count()).toBe(0);
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
