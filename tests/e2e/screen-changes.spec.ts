import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cameraState, nodesOnStage } from './support/sigma.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

/** The layout the explorer chose for the screen, once it has (the `layout` attribute). */
const layoutIs = (page: Page, layout: string) =>
  expect.poll(() => page.locator('la-app').getAttribute('layout')).toBe(layout);

/**
 * Whether the element is what a finger or the mouse reaches at its centre: drawn there, inside the screen, not cut
 * off by a scrolling ancestor or covered by something else (hit-testing through the shadow roots on the way).
 */
const reachable = (element: Locator) =>
  element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    if (r.width === 0 || y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) return false;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return !!hit && (el === hit || el.contains(hit));
  });

/** How many pixels of the element are on the screen, top to bottom. */
const heightOnScreen = (element: Locator) =>
  element.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
  });

/**
 * The screen changing under an open explorer: a phone turned sideways and back, a desktop window zoomed to 200%, an
 * on-screen keyboard taking half a phone's screen (a shorter viewport, as Chrome on Android gives the page).
 */
describe('the explorer as the screen turns, zooms and shrinks', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should keep an open concept on the graph as a phone turns sideways and back, and show the whole graph when it is closed sideways', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:gan', {
      width: 390,
      height: 844,
      touch: true,
    });
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Back to graph' }).waitFor();
    await expect.poll(() => nodesOnStage(page)).toContain('concept:gan');
    // Sideways the phone gets the tablet's layout, the panel beside the graph: the concept and its neighbours are
    // still framed there (the graph was left blank, the camera far off every node).
    await page.setViewportSize({ width: 844, height: 390 });
    await layoutIs(page, 'tablet');
    await expect.poll(() => nodesOnStage(page)).toContain('concept:gan');
    expect((await nodesOnStage(page)).length).toBeGreaterThan(20);
    // Upright again: the phone's strip above the sheet frames it again.
    await page.setViewportSize({ width: 390, height: 844 });
    await layoutIs(page, 'phone');
    await expect.poll(() => nodesOnStage(page)).toContain('concept:gan');
    expect((await nodesOnStage(page)).length).toBeGreaterThan(20);
    // Sideways, closing the panel gives the graph the whole width: the camera shows all of it.
    await page.setViewportSize({ width: 844, height: 390 });
    await layoutIs(page, 'tablet');
    await expect.poll(() => nodesOnStage(page)).toContain('concept:gan');
    await page.locator('la-app .details button.close').tap();
    await expect.poll(() => page.locator('la-app .details').isVisible()).toBe(false);
    await expect.poll(async () => (await cameraState(page)).ratio).toBe(1);
    expect((await nodesOnStage(page)).length).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep an open lecture on the graph when a desktop window is zoomed to 200%', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212', { width: 1280, height: 800 });
    await waitForGraph(page);
    await expect.poll(() => nodesOnStage(page)).toContain('lecture:212');
    // 200% of 1280 x 800 is 640 x 400 CSS pixels: the phone's layout, the lecture in a sheet.
    await page.setViewportSize({ width: 640, height: 400 });
    await layoutIs(page, 'phone');
    await page.getByRole('button', { name: 'Back to graph' }).waitFor();
    await expect.poll(() => nodesOnStage(page)).toContain('lecture:212');
    expect((await nodesOnStage(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should leave an open lecture within reach when a desktop window is zoomed to 300%', async () => {
    // 300% of 1280 x 800 is 427 x 267 CSS pixels: the header and a graph of at least 12rem left the sheet 19 px,
    // its grip below the screen's foot.
    const { page, errors } = await openPage(browser, '?node=lecture:212', { width: 427, height: 267 });
    await waitForGraph(page);
    await layoutIs(page, 'phone');
    const sheet = page.locator('la-app .details.sheet');
    await sheet.waitFor();
    expect(await reachable(page.locator('la-app .details.sheet .grip'))).toBe(true);
    expect(await heightOnScreen(sheet)).toBeGreaterThanOrEqual(80);
    // The graph keeps a strip.
    expect(await heightOnScreen(page.locator('la-app .stage'))).toBeGreaterThanOrEqual(60);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['en-US', '', { graph: 'Graph', change: 'Change' }],
    ['zh-TW', 'node=lecture:212&', { graph: '圖譜', change: '更改' }],
  ] as const)(
    'should leave a phone turned sideways the path on the graph and its view buttons on screen (%s, %s)',
    async (locale, selection, names) => {
      const { page, errors } = await openPage(
        browser,
        `?${selection}from=concept:ctc&to=concept:speech-recognition`,
        { width: 844, height: 390, touch: true, locale },
      );
      await waitForGraph(page);
      await layoutIs(page, 'tablet');
      // The finder folds to a line, as on a phone: its two fields and hops left the graph 0 px.
      const finder = page.locator('la-path-finder');
      await finder.locator('.summary, la-search').first().waitFor();
      expect(await finder.locator('la-search').count()).toBe(0);
      expect(await heightOnScreen(page.locator('la-app .stage'))).toBeGreaterThanOrEqual(110);
      const onStage = await nodesOnStage(page);
      expect(onStage).toContain('concept:ctc');
      expect(onStage).toContain('concept:speech-recognition');
      // The view buttons are on screen (Chinese pushed them below it).
      const graph = page.getByRole('button', { name: names.graph, exact: true });
      expect(await reachable(graph)).toBe(true);
      // The hops, on request: the fold's summary is a finger's target (WCAG 2.5.8: 24 px).
      const steps = finder.locator('details.steps summary');
      expect((await steps.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      await steps.tap();
      expect(await finder.locator('ol.hops li').count()).toBeGreaterThan(1);
      // Changing an end unfolds the two fields: the graph keeps a strip, and what they push down can be scrolled
      // to (a swipe moved nothing: the view buttons stayed under the screen's foot).
      await finder.getByRole('button', { name: names.change, exact: true }).tap();
      await finder.locator('la-search.from').waitFor();
      expect((await page.locator('la-app .stage').boundingBox())!.height).toBeGreaterThanOrEqual(100);
      await page.locator('la-app main').evaluate((main) => void (main.scrollTop = main.scrollHeight));
      expect(await reachable(graph)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    // Half of a phone's screen under its keyboard, in English and Chinese; a phone turned sideways, under its keyboard.
    ['main search', 390, 422, 'en-US', 'learning'],
    ['main search', 360, 340, 'zh-TW', '學習'],
    ['main search', 844, 190, 'en-US', 'learning'],
    // The path finder's fields (the same component) on a phone turned sideways.
    ['path finder', 844, 390, 'en-US', 'learning'],
  ] as const)(
    'should let every suggestion of the %s be scrolled to and tapped on a %i x %i screen (%s)',
    async (field, width, height, locale, query) => {
      const { page, errors } = await openPage(browser, '', { width, height, touch: true, locale });
      await waitForGraph(page);
      let search = page.locator('la-search.main');
      if (field === 'path finder') {
        await page.locator('la-toolbar button.path').tap();
        search = page.locator('la-path-finder la-search.from');
      }
      await search.locator('input').fill(query);
      const options = search.locator('[role=option]');
      await options.first().waitFor();
      /** Scrolls the list to its end, as a finger's swipe does (the page itself does not scroll). */
      const scrollToEnd = () =>
        search.locator('[role=listbox]').evaluate((list) => void (list.scrollTop = list.scrollHeight));
      await scrollToEnd();
      const more = search.locator('[role=option].more');
      expect(await reachable(more)).toBe(true);
      await more.tap();
      await expect.poll(() => more.count()).toBe(0);
      await scrollToEnd();
      expect(await reachable(options.last())).toBe(true);
      const last = await options.last().getAttribute('data-key');
      await options.last().tap();
      if (field === 'main search')
        await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(last);
      else await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(last);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['a phone turned sideways', { width: 844, height: 390, touch: true }],
    ['a desktop window zoomed to 200%', { width: 640, height: 400 }],
  ] as const)(
    'should keep the camera controls on a graph short only because the screen is (%s)',
    async (_name, screen) => {
      const { page, errors } = await openPage(browser, '', screen);
      await waitForGraph(page);
      expect(await page.locator('la-graph-view').evaluate((e) => e.clientHeight)).toBeLessThan(320);
      const controls = page.locator('la-graph-view la-camera-controls');
      expect(await controls.isVisible()).toBe(true);
      for (const name of ['Zoom in', 'Zoom out', 'Fit to what is shown', 'Reset the view'])
        expect([name, await reachable(controls.getByRole('button', { name }))]).toEqual([name, true]);
      const press = (name: string) => {
        const button = page.getByRole('button', { name });
        return 'touch' in screen ? button.tap() : button.click();
      };
      await press('Zoom in');
      await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(1);
      await press('Reset the view');
      await expect.poll(async () => (await cameraState(page)).ratio).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
