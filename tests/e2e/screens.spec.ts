import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { graphFromJson } from '../../src/core/load-graph.js';
import { E2E_DIST } from './support/paths.js';
import { nodeDisplay } from './support/sigma.js';
import {
  connectBrowser,
  openPage,
  queryOf,
  search,
  searchField,
  siteUrl,
  waitForGraph,
} from './support/session.js';

/** The screens a learner brings: a phone (touch), a small laptop and a wide desktop. */
const SCREENS = {
  phone: { width: 390, height: 844, touch: true },
  laptop: { width: 1280, height: 720 },
  wide: { width: 1920, height: 1080 },
} as const;

/**
 * Whether the element is what a finger or the mouse reaches at its centre: drawn there, not cut off by a
 * scrolling ancestor or covered by something else (hit-testing through the shadow roots on the way).
 */
const reachable = (element: Locator) =>
  element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return r.width > 0 && !!hit && (el === hit || el.contains(hit));
  });

/** A learner on each screen, walking the explorer with the seed catalog. */
describe('the explorer on a phone, a small laptop and a wide desktop', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(SCREENS))(
    'should show every suggestion of the path finder’s fields on a %s, not cut off under the graph',
    async (_name, screen) => {
      const { page, errors } = await openPage(browser, '', screen);
      await waitForGraph(page);
      await page.locator('la-toolbar button.path').click();
      const from = page.locator('la-path-finder la-search.from');
      await from.locator('input').fill('learning');
      // Six suggestions, and the row saying how many more match.
      await expect.poll(() => from.locator('[role=option][data-key]').count()).toBe(6);
      const options = from.locator('[role=option]');
      expect(await options.count()).toBe(7);
      for (const option of await options.all()) expect(await reachable(option)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(Object.entries(SCREENS))(
    'should say how many more lectures and concepts match than are suggested, and list them when asked, on a %s',
    async (_name, screen) => {
      const { page, errors } = await openPage(browser, '', screen);
      await waitForGraph(page);
      // The seed catalog has 12 matches of GAN (the concept, its kinds and the lectures on them).
      const options = await search(page, 'GAN');
      const hits = page.locator('la-search.main [role=option][data-key]');
      expect(await hits.count()).toBe(8);
      const more = page.locator('la-search.main [role=option].more');
      expect(await more.textContent()).toContain('4 more — show all');
      expect(await reachable(more)).toBe(true);
      if (screen.width < 500) await more.tap();
      else await more.click();
      await expect.poll(() => hits.count()).toBe(12);
      expect(await more.count()).toBe(0);
      expect(await options.count()).toBe(12);
      // The first of the four is highlighted, the field still focused, and every one reachable in the list.
      const input = searchField(page);
      const active = await input.getAttribute('aria-activedescendant');
      expect(await page.locator(`la-search.main [id="${active}"]`).getAttribute('data-key')).toBe(
        await hits.nth(8).getAttribute('data-key'),
      );
      expect(
        await input.evaluate((el) => el.getRootNode() instanceof ShadowRoot && el.matches(':focus')),
      ).toBe(true);
      for (const hit of await hits.all()) {
        await hit.scrollIntoViewIfNeeded();
        expect(await reachable(hit)).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('should give a tablet’s graph the whole width until something is selected, then open the panel beside it', async () => {
    const { page, errors } = await openPage(browser, '', { width: 768, height: 1024, touch: true });
    await waitForGraph(page);
    const width = (selector: string) =>
      page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);
    const panel = page.locator('la-app .details');
    // Nothing selected: no empty panel beside the graph (it took 352 of 768 pixels to say "select something").
    expect(await panel.isVisible()).toBe(false);
    expect(await width('la-graph-view')).toBeGreaterThan(700);
    await search(page, 'GAN');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => width('la-graph-view')).toBeLessThan(500);
    expect(queryOf(page).node).toBeDefined();
    // Escape closes the selection, and the panel with it.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    // A lecture's folded sections keep their fold marker on a touch screen (they showed as plain text).
    await page.goto(siteUrl('?node=lecture:234'));
    await waitForGraph(page);
    const folds = page.locator('la-lecture-panel summary');
    await expect.poll(() => folds.count()).toBeGreaterThan(0);
    for (const fold of await folds.all())
      expect(await fold.evaluate((e) => getComputedStyle(e).display)).toBe('list-item');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should list every match from the keyboard too, and say how many in Chinese', async () => {
    const { page, errors } = await openPage(browser, '', { ...SCREENS.laptop, locale: 'zh-TW' });
    await waitForGraph(page);
    await search(page, 'GAN');
    const more = page.locator('la-search.main [role=option].more');
    expect(await more.textContent()).toContain('還有 4 筆');
    // Up from the first suggestion reaches the last row; Enter lists them all.
    const input = searchField(page);
    await input.press('ArrowUp');
    expect(await more.getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await expect.poll(() => page.locator('la-search.main [role=option][data-key]').count()).toBe(12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(Object.entries(SCREENS))(
    'should clear the chosen series in one click on a %s, back to every series',
    async (name, screen) => {
      const { page, errors } = await openPage(browser, '?series=ML%202021&series=DLHLP%202020', screen);
      await waitForGraph(page);
      if (name === 'phone') await page.getByRole('button', { name: 'Filters' }).click();
      const filters = page.locator('la-filters');
      const clear = filters.getByRole('button', { name: 'Clear (all series)' });
      await clear.waitFor();
      expect(await filters.locator('.chosen').textContent()).toContain('2 series chosen');
      expect(await reachable(clear)).toBe(true);
      if (name === 'phone') await clear.tap();
      else await clear.click();
      await expect.poll(() => queryOf(page)).not.toHaveProperty('series');
      expect(await filters.locator('input[name=series]:checked').count()).toBe(0);
      expect(await filters.locator('.chosen').textContent()).toContain('All series');
      expect(await clear.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  // The status counts against every node of the built graph (lectures, concepts, notes).
  it.each([
    ['en-US', 390, (total: number) => new RegExp(`^\\d+ of ${total} nodes shown$`)],
    ['zh-TW', 390, (total: number) => new RegExp(`^顯示 \\d+ / ${total} 個節點$`)],
    ['en-US', 360, (total: number) => new RegExp(`^\\d+ of ${total} nodes shown$`)],
  ] as const)(
    'should say on a phone how many nodes the filters leave, whole on its line (%s, %i px)',
    async (locale, width, shown) => {
      const { page, errors } = await openPage(browser, '?series=ML%202021&series=DLHLP%202020&degree=2', {
        ...SCREENS.phone,
        width,
        locale,
      });
      await waitForGraph(page);
      const info = page.locator('.info');
      const total = graphFromJson(await readFile(`${E2E_DIST}graph.json`, 'utf8')).order;
      await expect.poll(() => info.locator('.status').textContent()).toMatch(shown(total));
      expect(await info.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await reachable(info.locator('.status'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('should name the seed catalog’s note after its concept in zh-TW, in the search and its panel', async () => {
    const { page, errors } = await openPage(browser, '', { ...SCREENS.phone, locale: 'zh-TW' });
    await waitForGraph(page);
    const options = await search(page, 'rnn lecture');
    const note = options.and(page.locator('[data-key="note:rnn-lecture-notes"]'));
    expect(await note.textContent()).toContain('循環神經網路筆記');
    expect(await note.textContent()).toContain('rnn lecture notes');
    await note.tap();
    await expect.poll(() => page.locator('la-note-panel h2').textContent()).toBe('循環神經網路筆記');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should let go of the path when the path finder is closed, not leave the graph dimmed around it', async () => {
    const { page, errors } = await openPage(browser, '?from=concept:bert&to=concept:gpt', SCREENS.laptop);
    await waitForGraph(page);
    const onPath = async () =>
      Object.entries(await nodeDisplay(page))
        .filter(([, d]) => d.highlighted)
        .map(([k]) => k);
    await expect.poll(onPath).toContain('concept:bert');
    await page.locator('.pathbar button.close-path').click();
    await page.locator('.pathbar').waitFor({ state: 'detached' });
    await expect.poll(onPath).toEqual([]);
    await expect.poll(() => queryOf(page)).not.toHaveProperty('from');
    expect(queryOf(page)).not.toHaveProperty('to');
    // The link no longer opens the finder again.
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator('.pathbar').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should head the zh-TW list’s columns on one line each on a tablet, the series column not named like a lecture', async () => {
    const { page, errors } = await openPage(browser, '?view=list&lang=zh-TW', {
      width: 768,
      height: 1024,
      touch: true,
    });
    await waitForGraph(page);
    const heads = page.locator('la-node-list thead th');
    await expect.poll(() => heads.count()).toBeGreaterThan(2);
    // Each heading's words are on one line (類型 was broken into 類 / 型 at this width): one box per text.
    const lines = await heads.evaluateAll((els) =>
      els.map((e) => {
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        let boxes = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          boxes += [...range.getClientRects()].filter((r) => r.width > 1).length;
        }
        return boxes;
      }),
    );
    expect(lines).toEqual(lines.map(() => 1));
    expect(await page.locator('la-node-list th.col-series').textContent()).toContain('系列');
    expect(await page.locator('la-node-list td.col-kind').first().textContent()).not.toBe(
      await page.locator('la-node-list th.col-series').textContent(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should list a course in the order it is watched: a talk’s parts together and in order', async () => {
    const { page, errors } = await openPage(
      browser,
      '?series=ML%202021&kinds=lecture&view=list',
      SCREENS.laptop,
    );
    await waitForGraph(page);
    const rows = page.locator('la-node-list tbody button.row');
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    expect(await page.locator('la-node-list th.col-series').getAttribute('aria-sort')).toBe('ascending');
    const keys = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!))).map((k) =>
      Number(k.slice('lecture:'.length)),
    );
    const after = (first: number, second: number) => keys.indexOf(second) - keys.indexOf(first);
    // The seed catalog numbers part 2 of 類神經網路訓練不起來怎麼辦 (299) before its part 1 (300).
    expect(after(300, 299)).toBe(1);
    expect(after(294, 295)).toBe(1);
    // ML 2021 lectures 29–32 (Introduction of Reinforcement Learning, parts 2–5), numbered 352, 362, 361, 363.
    expect([after(352, 362), after(362, 361), after(361, 363)]).toEqual([1, 1, 1]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['graph', 'list'])(
    'should say that no node matches the filters, and offer to reset them, over the %s view',
    async (view) => {
      const { page, errors } = await openPage(browser, `?kinds=note&degree=30&view=${view}`, SCREENS.laptop);
      await waitForGraph(page);
      const empty = page.locator('.empty-filter');
      await empty.waitFor();
      expect(await reachable(empty.locator('p'))).toBe(true);
      expect(await reachable(empty.locator('button'))).toBe(true);
      await empty.locator('button').click();
      await empty.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['en-US', 'laptop', 'by 劉記良'],
    ['zh-TW', 'phone', '講者：劉記良'],
  ] as const)(
    'should say a lecture found by its lecturer’s name is by that lecturer (%s, %s)',
    async (locale, screen, by) => {
      const { page, errors } = await openPage(browser, '', { ...SCREENS[screen], locale });
      await waitForGraph(page);
      // A TA of the seed catalog, named as the lecturer of two lectures (由助教劉記良同學講授).
      const options = await search(page, '劉記良');
      const texts = await options.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text).toContain(by);
        expect(text).not.toMatch(/as "劉記良"|符合「劉記良」/);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
