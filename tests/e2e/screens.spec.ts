import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { nodeDisplay } from './support/sigma.js';
import { connectBrowser, openPage, queryOf, search, waitForGraph } from './support/session.js';

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
      const options = from.locator('[role=option]');
      await expect.poll(() => options.count()).toBe(6);
      for (const option of await options.all()) expect(await reachable(option)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

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
