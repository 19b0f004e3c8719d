import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { hiddenParts, markedPanelLayout } from './support/panel.js';
import { ROOT } from './support/paths.js';
import {
  cameraState,
  coveredNodes,
  emptyStagePoint,
  drawnLabels,
  largestConceptsUnderTheirCentres,
  mispickedNeighbours,
  overlappingLabels,
  nodeDisplay,
  recordDrawnLabels,
  tappableNode,
  type DrawnLabel,
} from './support/sigma.js';
import {
  connectBrowser,
  focusTrail,
  openPage,
  queryOf,
  search,
  searchField,
  siteUrl,
  waitForGraph,
} from './support/session.js';

/** Whether the page scrolls sideways (it must not, down to 360 px). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight &&
      r.left >= 0 &&
      r.right <= window.innerWidth
    );
  });

/** A learner on a phone: graph first, the panel a bottom sheet, the search always at hand. */
describe('the explorer on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should never scroll sideways at 360 px: graph, panel, filters drawer, list', async () => {
    const { page, errors } = await openPage(browser, '', { width: 360, height: 740, touch: true });
    await waitForGraph(page);
    expect(await page.locator('la-app').getAttribute('layout')).toBe('phone');
    expect(await overflows(page)).toBe(false);
    // The status fits its one line, not cut off mid-word.
    const info = page.locator('.info');
    expect(await info.locator('.status').textContent()).toMatch(/^\d+ lectures · \d+ concepts$/);
    expect(await info.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await search(page, 'BERT');
    await searchField(page).press('Enter');
    await page.locator('la-concept-panel h2').waitFor();
    expect(await overflows(page)).toBe(false);
    // The search lets go of focus, so a phone's keyboard does not stay up over the sheet.
    expect(
      await page.evaluate(() => document.querySelector('la-app')!.shadowRoot!.activeElement?.tagName ?? null),
    ).not.toBe('LA-SEARCH');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('la-filters').waitFor();
    expect(await overflows(page)).toBe(false);
    // Checkboxes a finger can hit (WCAG 2.5.8: 24 px).
    for (const input of await page.locator('la-filters input[type=checkbox]').all()) {
      const box = await input.boundingBox();
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
    }
    // Settings live in the drawer on a phone.
    expect(await page.locator('.sidebar la-toolbar select.lang').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('la-filters').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'List' }).click();
    await page.locator('la-node-list table').waitFor();
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open the panel as a bottom sheet under the graph and go back to the graph', async () => {
    const { page, errors } = await openPage(browser, '', { width: 390, height: 844, touch: true });
    await waitForGraph(page);
    // Graph first: no panel until something is chosen.
    expect(await page.locator('.details').isVisible()).toBe(false);
    const graphHeight = () => page.locator('la-graph-view').evaluate((e) => e.getBoundingClientRect().height);
    const full = await graphHeight();

    // A tap on a node opens its sheet (a node a finger can reach: not one drawn under a neighbour).
    const node = await tappableNode(page, [
      'concept:bert',
      'concept:transformer',
      'concept:gan',
      'concept:ctc',
    ]);
    await page.touchscreen.tap(node.x, node.y);
    await expect.poll(() => queryOf(page).node).toBe(node.key);
    const back = page.getByRole('button', { name: 'Back to graph' });
    await back.waitFor();
    expect(await inViewport(page, '.details')).toBe(true);
    expect(await graphHeight()).toBeLessThan(full);
    // The graph stays on screen above the sheet, and the search stays reachable.
    expect(await graphHeight()).toBeGreaterThan(150);
    expect(await inViewport(page, 'la-search.main')).toBe(true);
    expect(await overflows(page)).toBe(false);

    if (process.env.LA_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${ROOT}docs/screenshot-phone.png` });
    }

    await back.click();
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    expect(await page.locator('.details').isVisible()).toBe(false);
    await expect.poll(graphHeight).toBe(full);
    // The tap left nothing hovered or labelled behind.
    await expect
      .poll(async () =>
        Object.entries(await nodeDisplay(page)).filter(([, d]) => d.forceLabel || d.highlighted),
      )
      .toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should offer a newcomer where to begin before anything is chosen, in the sheet, and give the graph back', async () => {
    const { page, errors } = await openPage(browser, '', { width: 360, height: 740, touch: true });
    await waitForGraph(page);
    expect(await page.locator('.details').isVisible()).toBe(false);
    const begin = page.getByRole('button', { name: 'Where to begin' });
    expect(await inViewport(page, 'button.begin')).toBe(true);
    await begin.tap();
    // The sheet opens on the welcome: the lectures to begin with, each a button that opens it.
    const welcome = page.locator('.details .welcome');
    await welcome.waitFor();
    expect(await inViewport(page, '.details')).toBe(true);
    expect(await welcome.locator('ol button').count()).toBeGreaterThan(0);
    expect(await begin.count()).toBe(0);
    expect(await overflows(page)).toBe(false);
    // Back to the graph: the sheet closes and the way in is offered again.
    await page.getByRole('button', { name: 'Back to graph' }).tap();
    await expect.poll(() => page.locator('.details').isVisible()).toBe(false);
    await expect.poll(() => begin.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the way in clear of the camera controls on the narrowest phone', async () => {
    const { page, errors } = await openPage(browser, '', { width: 320, height: 640, touch: true });
    await waitForGraph(page);
    const begin = (await page.locator('la-app button.begin').boundingBox())!;
    const controls = (await page.locator('la-camera-controls').boundingBox())!;
    // Side by side along the foot of the graph: a tap on the way in's edge must not zoom.
    expect(begin.x + begin.width).toBeLessThanOrEqual(controls.x);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should give a phone turned sideways a one-row header, the settings in its menu', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212', {
      width: 844,
      height: 390,
      touch: true,
    });
    await waitForGraph(page);
    expect(await page.locator('la-app').getAttribute('layout')).toBe('tablet');
    // The tablet's header took two rows and its status three lines: 184 of the 390 px above the graph.
    const stage = (await page.locator('la-app .stage').boundingBox())!;
    expect(stage.y).toBeLessThanOrEqual(120);
    await page.getByRole('button', { name: 'Menu' }).click();
    const settings = page.locator('.sidebar la-toolbar.settings');
    await settings.waitFor();
    expect(await settings.locator('select').count()).toBeGreaterThan(0);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep a lecture’s title in view above the words of its description it was found by', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(browser, '', {
        width: 390,
        height: 844,
        touch: true,
        colorScheme,
      });
      await waitForGraph(page);
      // No name holds 梯度消失; the GNN lecture's long summary does, far down its sheet.
      await search(page, '梯度消失');
      await searchField(page).press('Enter');
      await expect.poll(() => queryOf(page).node).toBe('lecture:219');
      const marks = page.locator('la-lecture-panel la-markdown mark.query');
      await expect.poll(() => marks.allTextContents()).toEqual(['梯度消失']);
      const seen = await markedPanelLayout(page);
      expect(seen.scrollTop).toBeGreaterThan(0);
      expect(hiddenParts(seen)).toEqual([]);
      // The title hides what scrolls under it: it has the sheet's own background, in either theme.
      const [title, sheet] = await Promise.all(
        ['la-lecture-panel h2', '.details'].map((s) =>
          page.locator(s).evaluate((el) => getComputedStyle(el).backgroundColor),
        ),
      );
      expect(title).toBe(sheet);
      expect(title).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(18, 22, 29)');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('should open the node a finger taps at its centre: no node drawn over a hub, none hidden under one', async () => {
    const { page, errors } = await openPage(browser, '', { width: 375, height: 667, touch: true });
    await waitForGraph(page);
    // What sigma picks at the centre of each of the fifteen largest concepts, as a tap there would (drawn in
    // catalog order, sequence-to-sequence lay under text style transfer, language model under machine
    // translation).
    const centres = await largestConceptsUnderTheirCentres(page, 15);
    expect(centres).toHaveLength(15);
    expect(centres.filter((c) => c.under !== c.key)).toEqual([]);
    // Nor is any smaller node hidden under a bigger one: nodes are drawn smaller on a phone, so that none lies
    // under another (drawn at a desktop's size, a third of them did).
    expect(await coveredNodes(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should frame a selection in the strip above the sheet so that its neighbours can be told apart and tapped', async () => {
    // GAN has dozens of neighbours: framed all at once in the strip, they lay on top of one another.
    const { page, errors } = await openPage(browser, '?node=concept:gan', {
      width: 375,
      height: 667,
      touch: true,
    });
    await waitForGraph(page);
    await page.locator('la-concept-panel').waitFor();
    const { inView, mispicked } = await mispickedNeighbours(page);
    expect(inView).toBeGreaterThan(5);
    expect(mispicked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should draw the labels around a selected lecture and its learning path apart, its own label kept', async () => {
    // Cut for room in its title, its part kept whole: the talk's other parts are labelled near it.
    const name = /^Speech R.*… \(3\/7\)$/;
    const { page, errors } = await openPage(browser, '?node=lecture:212', {
      width: 390,
      height: 844,
      touch: true,
      setup: recordDrawnLabels,
    });
    await waitForGraph(page);
    // The selection's own bold label, on the hover layer.
    const own = (labels: DrawnLabel[]) => labels.find((l) => l.layer === 'sigma-hovers' && name.test(l.text));
    await expect.poll(async () => own(await drawnLabels(page))).toBeDefined();
    const labels = await drawnLabels(page);
    // The selection's neighbours (and a lecture's learning path) are named too, but no two labels overlap.
    expect(labels.length).toBeGreaterThan(2);
    expect(overlappingLabels(labels)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say the course once in the list view, sorted by course, and in every row’s name', async () => {
    const { page, errors } = await openPage(browser, '?series=ML%202021&kinds=lecture&view=list', {
      width: 390,
      height: 844,
      touch: true,
    });
    await waitForGraph(page);
    const list = page.locator('la-node-list');
    const rows = list.locator('tbody button.row');
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    expect(await list.locator('th.col-series').getAttribute('aria-sort')).toBe('ascending');
    // What a reader sees: the texts drawn on screen (not those only a screen reader hears).
    const seen = await list.evaluate((host) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(
        host.shadowRoot!.querySelector('tbody')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        const box = el.getBoundingClientRect();
        if (el.closest('.visually-hidden') || !el.checkVisibility() || box.width < 2) continue;
        if (node.textContent!.trim()) out.push(node.textContent!.trim());
      }
      return out;
    });
    expect(seen.filter((text) => text.includes('ML 2021'))).toEqual(['ML 2021']);
    // Each row still names its course to a screen reader, in the row's own name.
    expect(await list.getByRole('button', { name: /ML 2021/ }).count()).toBe(await rows.count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should give the titles of the list most of the narrowest phone, the date its one line', async () => {
    const { page, errors } = await openPage(browser, '?view=list', { width: 320, height: 640, touch: true });
    await waitForGraph(page);
    const list = page.locator('la-node-list');
    await list.locator('tbody button.row').first().waitFor();
    const width = (selector: string) =>
      list.locator(selector).evaluate((e) => e.getBoundingClientRect().width);
    // The title had 91 px of 320 beside a course column as wide as its longest word, a word a line.
    expect(await width('th.col-name')).toBeGreaterThanOrEqual(160);
    // No hint about arrow keys to a finger.
    expect(await list.locator('caption .muted').isVisible()).toBe(false);
    // A date is never broken nor cut: it fits its cell on one line.
    const overflowing = await list
      .locator('tbody td.col-date')
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).length);
    expect(overflowing).toBe(0);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should speak Traditional Chinese on a phone, lecture sheet included', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212', {
      width: 390,
      height: 844,
      touch: true,
      locale: 'zh-TW',
    });
    await waitForGraph(page);
    await page.locator('la-lecture-panel h2').waitFor();
    expect(await page.getByRole('button', { name: '回到圖譜' }).isVisible()).toBe(true);
    expect(await page.locator('la-lecture-panel section.prereqs h3').textContent()).toBe('建議先看');
    const reasons = await page.locator('la-lecture-panel section.prereqs .reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/\p{Script=Han}/u);
    expect(await overflows(page)).toBe(false);
    // The title keeps its row with the menu buttons, as in English (its Chinese subtitle is for screen readers
    // here): the header leaves the graph its room.
    const [title, buttons] = await Promise.all(
      ['la-app header h1', 'la-app header la-toolbar'].map((s) => page.locator(s).boundingBox()),
    );
    expect(buttons!.y).toBeLessThan(title!.y + title!.height);
    expect(await page.locator('la-app header h1').textContent()).toContain('課程知識圖譜');
    if (process.env.LA_SCREENSHOTS) {
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${ROOT}docs/screenshot-phone-zh.png` });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the path finder, the graph and a sheet apart, and let the sheet be dragged taller', async () => {
    const { page, errors } = await openPage(
      browser,
      '?node=lecture:212&from=concept:ctc&to=concept:speech-recognition',
      { width: 375, height: 667, touch: true },
    );
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Back to graph' }).waitFor();
    const box = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height };
      });
    // The path finder and the graph share the strip above the sheet, and scroll there: nothing runs under it.
    const [main, sheet] = [await box('la-app main'), await box('.details')];
    expect(main.bottom).toBeLessThanOrEqual(sheet.top + 1);
    expect(await page.locator('la-app main').evaluate((e) => getComputedStyle(e).overflowY)).toBe('auto');
    expect((await box('.stage')).height).toBeGreaterThan(100);
    // Dragging the grip up makes the sheet taller; the graph keeps a strip.
    const grip = (await page.locator('la-app .grip').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, 120, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await box('.details')).height).toBeGreaterThan(sheet.height + 100);
    expect(await overflows(page)).toBe(false);
    // In a strip that short the camera controls would cover much of the graph: they give way (pinching zooms).
    const controls = page.locator('la-graph-view la-camera-controls');
    await expect.poll(async () => (await box('la-graph-view')).height).toBeLessThanOrEqual(220);
    expect(await controls.isVisible()).toBe(false);
    // With the sheet closed, the graph draws the path alone: no "Where to begin" over its end.
    await page.getByRole('button', { name: 'Back to graph' }).click();
    await expect.poll(() => page.locator('la-app .details').isVisible()).toBe(false);
    expect(await page.locator('la-app button.begin').count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => page.locator('la-app button.begin').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should fold a chosen path to one line on a small phone, the graph showing it, and unfold it to change an end', async () => {
    const { page, errors } = await openPage(browser, '?from=concept:ctc&to=concept:speech-recognition', {
      width: 320,
      height: 640,
      touch: true,
    });
    await waitForGraph(page);
    const finder = page.locator('la-path-finder');
    const summary = finder.locator('.summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/CTC[\s\S]*→[\s\S]*speech recognition[\s\S]*steps?/);
    expect(await finder.locator('la-search').count()).toBe(0);
    // The graph keeps most of the screen under the finder: it was left 30 px (0 in zh-TW) with both fields open.
    const stage = await page.locator('la-app .stage').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
    });
    expect(stage).toBeGreaterThan(250);
    // The hops are there on request, behind a finger's target (WCAG 2.5.8: 24 px; it was 22).
    expect((await finder.locator('details.steps summary').boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await finder.locator('details.steps summary').click();
    expect(await finder.locator('ol.hops li').count()).toBeGreaterThan(1);
    // Change: the fields again, the first one focused; clearing keeps the focus in the finder.
    await finder.getByRole('button', { name: 'Change' }).click();
    await expect.poll(() => focusTrail(page)).toContain('la-search.from');
    await finder.getByRole('button', { name: 'Clear path' }).click();
    await expect.poll(() => queryOf(page)).not.toHaveProperty('from');
    await expect.poll(() => focusTrail(page)).toContain('la-search.from');
    // Choosing where to start moves on to where to go.
    await finder.locator('la-search.from input').fill('CTC');
    await finder.locator('la-search.from [role=option][data-key="concept:ctc"]').click();
    await expect.poll(() => focusTrail(page)).toContain('la-search.to');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should frame the whole graph again when the sheet closes, and open the export menu on screen', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212', {
      width: 375,
      height: 667,
      touch: true,
    });
    await waitForGraph(page);
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(1);
    // The selection was framed in the short strip above the sheet: closing it shows the whole graph again, and
    // the camera controls, which gave way in the strip, come back.
    const controls = page.locator('la-graph-view la-camera-controls');
    expect(await controls.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Back to graph' }).tap();
    await expect.poll(async () => (await cameraState(page)).ratio).toBe(1);
    expect(await controls.isVisible()).toBe(true);
    // Settings and export live in the phone's menu; the export menu opens inside the screen.
    // Named by its visible word first, so that saying "Menu" reaches it.
    await page.getByRole('button', { name: /^Menu\b/ }).tap();
    await page.locator('la-toolbar.settings').getByRole('button', { name: 'Export', exact: true }).tap();
    const menu = page.locator('la-toolbar.settings la-export-menu .menu');
    await menu.waitFor();
    expect(await inViewport(page, 'la-toolbar.settings la-export-menu .menu')).toBe(true);
    expect(await menu.getByRole('button', { name: 'Export JSON' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should give a finger 40 px targets: the search, the video link, the watched tick and the filters’ slider', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:234', {
      width: 390,
      height: 844,
      touch: true,
    });
    await waitForGraph(page);
    await page.locator('la-lecture-panel a.video').waitFor();
    // The strip of graph above the sheet is left to the graph: the camera controls would cover its foot.
    expect(await page.locator('la-graph-view la-camera-controls').isVisible()).toBe(false);
    for (const selector of [
      'la-search.main input',
      'la-lecture-panel a.video',
      'la-lecture-panel .watched-self',
    ]) {
      const box = await page.locator(selector).first().boundingBox();
      expect([selector, box!.height >= 40]).toEqual([selector, true]);
    }
    // A concept's lecture to start with, a link alone on its line, is no 19 px sliver (WCAG 2.5.8: 24 px at least).
    await page.goto(siteUrl('?node=concept:gan'));
    await waitForGraph(page);
    const start = page.locator('la-concept-panel button.start-lecture');
    await start.waitFor();
    expect((await start.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    // The filters' slider, in the drawer.
    await page.locator('la-toolbar button.filters').click();
    const slider = page.locator('la-filters input[type=range]');
    await slider.waitFor();
    expect((await slider.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should give tips for a finger first where "?" is tapped, the keyboard’s shortcuts after them', async () => {
    const { page, errors } = await openPage(browser, '', { width: 390, height: 844, touch: true });
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();
    const help = page.getByRole('dialog', { name: 'On a touch screen' });
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    expect(text).toContain('Tap a lecture or concept to open it');
    expect(text.indexOf('On a touch screen')).toBeLessThan(text.indexOf('Keyboard shortcuts'));
    expect(await inViewport(page, 'la-shortcuts-dialog dialog')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should order the sheet for a learner, bound its path, and steer the graph from the controls and the legend', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:232', {
      width: 390,
      height: 844,
      touch: true,
    });
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    await panel.locator('h2').waitFor();
    const headings = await panel.locator('h2, h3').allTextContents();
    const order = ['Watch first', 'What builds on this', 'Concepts'].map((h) => headings.indexOf(h));
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    const steps = panel.locator('ol.steps > li[data-key]');
    await steps.first().waitFor();
    expect(await steps.count()).toBeLessThanOrEqual(12);
    // The path's checkboxes keep their size in their flex rows.
    for (const input of await steps.locator('input[type=checkbox]').all()) {
      const box = await input.boundingBox();
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
    }
    expect(await overflows(page)).toBe(false);

    // The skip link to the search works on a phone too.
    await page.getByRole('link', { name: 'Skip to search' }).focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.querySelector('la-app')!.shadowRoot!.activeElement?.tagName),
    ).toBe('LA-SEARCH');

    // Back to the graph: the camera controls sit on it.
    await page.getByRole('button', { name: 'Back to graph' }).tap();
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    const start = await cameraState(page);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(start.ratio);
    await page.getByRole('button', { name: 'Reset the view' }).tap();
    await expect.poll(async () => (await cameraState(page)).ratio).toBe(1);

    // The legend is in the filters drawer: hiding lectures hides them on the graph.
    await page.getByRole('button', { name: 'Filters' }).tap();
    const lectures = page.locator('la-legend').getByRole('button', { name: 'Lectures' });
    await lectures.tap();
    expect(await lectures.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(async () =>
        Object.entries(await nodeDisplay(page)).filter(([k, d]) => k.startsWith('lecture:') && !d.hidden),
      )
      .toEqual([]);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should zoom on a double tap without closing what is open, and close it on a single tap of the empty graph', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:gan', {
      width: 390,
      height: 844,
      touch: true,
    });
    await waitForGraph(page);
    const sheet = page.locator('la-app .details');
    await page.getByRole('button', { name: 'Back to graph' }).waitFor();
    const before = await cameraState(page);
    const spot = await emptyStagePoint(page);
    expect(spot).not.toBeNull();
    // Two taps on the same empty spot: the graph zooms there, the concept stays open (the first tap closed it).
    await page.touchscreen.tap(spot!.x, spot!.y);
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(before.ratio);
    // Past the time in which a second tap would have made a double tap: still open.
    const interval = await page.evaluate(() =>
      (
        document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
          sigmaController: { sigma: { getSetting(k: 'doubleClickTimeout'): number } };
        }
      ).sigmaController.sigma.getSetting('doubleClickTimeout'),
    );
    await page.waitForTimeout(interval + 200);
    expect(queryOf(page).node).toBe('concept:gan');
    expect(await sheet.isVisible()).toBe(true);
    // One tap on the empty graph closes it, as a click does.
    const free = await emptyStagePoint(page);
    await page.touchscreen.tap(free!.x, free!.y);
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
