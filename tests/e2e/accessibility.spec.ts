import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { loadGlossary } from '../../src/extract/glossary.js';
import { axeViolations } from './support/axe.js';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage, queryOf, searchField, siteUrl, waitForGraph } from './support/session.js';

/** The focused element, looking through shadow roots. */
async function focused(page: Page): Promise<{ tag: string; cls: string; key: string | null; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      cls: el?.className ?? '',
      key: el?.getAttribute('data-key') ?? null,
      text: el?.textContent?.trim() ?? '',
    };
  });
}

describe('accessibility (keyboard, screen readers, languages)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should let a keyboard user reach the list view, move through it and open a node', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    // The first stops are the skip links, then the search field.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to panel' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to search' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input' });
    for (let i = 0; i < 80 && !(await focused(page)).cls.includes('mode-list'); i++)
      await page.keyboard.press('Tab');
    expect((await focused(page)).cls).toContain('mode-list');
    await page.keyboard.press('Enter');
    await page.locator('la-node-list table').waitFor();
    await expect.poll(() => queryOf(page).view).toBe('list');

    // Past the sort buttons, one tab stop into the table's rows, then arrow keys.
    for (let i = 0; i < 6 && !(await focused(page)).cls.includes('row'); i++)
      await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.cls).toContain('row');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await focused(page);
    expect(third.key).not.toBe(first.key);
    expect(await page.locator('la-node-list button.row[tabindex="0"]').getAttribute('data-key')).toBe(
      third.key,
    );
    await page.keyboard.press('End');
    const last = await focused(page);
    await page.keyboard.press('Home');
    expect((await focused(page)).key).toBe(first.key);
    expect(last.key).not.toBe(first.key);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).node).toBe(third.key);
    expect(await page.locator('.details h2').textContent()).toContain(
      third.text.replace(/^\d+\.\s*/, '').slice(0, 20),
    );
    expect(
      await page.locator(`la-node-list tr[aria-current=true] button[data-key="${third.key}"]`).count(),
    ).toBe(1);
    // Focus stays in the list, so browsing can go on.
    expect((await focused(page)).key).toBe(third.key);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show a long list a page at a time, the focus on the first row a page adds', async () => {
    const { page, errors } = await openPage(browser, '?view=list');
    await waitForGraph(page);
    const list = page.locator('la-node-list');
    await list.locator('table').waitFor();
    // Pages of 40 rows rather than 500, so that the seed graph's list runs to several.
    await list.evaluate((e) => e.setAttribute('page-size', '40'));
    await expect.poll(() => list.locator('button.row').count()).toBe(40);
    const more = list.locator('button.more');
    expect(await more.textContent()).toMatch(/40 of \d+/);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => list.locator('button.row').count()).toBe(80);
    // Reading goes on where the list stopped: the 41st row, the one roving tab stop.
    await expect.poll(async () => (await focused(page)).cls).toContain('row');
    expect(await list.locator('button.row[data-index="40"]').getAttribute('tabindex')).toBe('0');
    expect((await focused(page)).key).toBe(
      await list.locator('button.row[data-index="40"]').getAttribute('data-key'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep focus in the panel when a link in it, Back or Forward changes what it shows', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:202');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const link = panel.locator('section.prereqs button[data-key]').first();
    const target = await link.getAttribute('data-key');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).node).toBe(target);
    // Focus lands on the panel, at its top (not on the page, nor on a reused button naming another lecture).
    await expect.poll(async () => (await focused(page)).cls).toContain('details');
    const live = page.locator('.details [aria-live]');
    const announced = await live.textContent();
    expect(announced).toMatch(/^Opened lecture/);
    await page.goBack();
    await expect.poll(() => queryOf(page).node).toBe('lecture:202');
    await expect.poll(async () => (await focused(page)).cls).toContain('details');
    // The live region names what is open now, not the lecture left.
    await expect.poll(() => live.textContent()).not.toBe(announced);
    expect(await live.textContent()).toContain('Network Compression');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should close the innermost thing with Escape: the export menu or the path finder before the panel', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:202');
    await waitForGraph(page);
    const toggle = page.locator('la-export-menu button.toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(queryOf(page).node).toBe('lecture:202');
    expect((await focused(page)).cls).toContain('toggle');
    // Open again, then Shift+Tab away from the button: the menu closes behind.
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    // A click on the menu's own padding keeps it open; one elsewhere on the page closes it.
    await toggle.click();
    const box = (await page.locator('la-export-menu .menu').boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + 2);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('header h1').click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');

    await page.locator('la-toolbar button.path').focus();
    await page.keyboard.press('Enter');
    const finder = page.locator('la-path-finder');
    await finder.waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    await page.keyboard.press('Escape');
    await expect.poll(() => finder.count()).toBe(0);
    expect(queryOf(page).node).toBe('lecture:202');
    expect((await focused(page)).cls).toContain('path');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep Tab inside the open menu drawer on a phone', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:202', {
      width: 375,
      height: 667,
      touch: true,
    });
    await waitForGraph(page);
    await page.locator('la-toolbar button.filters').click();
    await page.locator('.sidebar.drawer').waitFor();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inMainOrPanel = await page.evaluate(() => {
        const root = document.querySelector('la-app')!.shadowRoot!;
        const active = root.activeElement;
        return (
          !!active &&
          !!(root.querySelector('main')?.contains(active) || root.querySelector('.details')?.contains(active))
        );
      });
      expect(inMainOrPanel).toBe(false);
    }
    // The strip of graph the drawer leaves in view closes it when tapped.
    await page.mouse.click(370, 400);
    await expect.poll(() => page.locator('.sidebar.drawer').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should name sort buttons and the series filter once, as a screen reader reads them', async () => {
    const { page, errors } = await openPage(browser, '?view=list');
    await waitForGraph(page);
    await page.locator('la-node-list table').waitFor();
    // One name per control: "Name, sort by this column" (not "Name , sort…"), one group for the series.
    const names = await page
      .getByRole('button', { name: /sort by this column/ })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim()));
    expect(names[0]).toBe('Name, sort by this column');
    expect(await page.getByRole('button', { name: 'Name, sort by this column', exact: true }).count()).toBe(
      1,
    );
    expect(await page.getByRole('group', { name: 'Series or course' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("should tag a lecture's title and summary with their own language, whatever the interface's", async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:218');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    await panel.locator('la-markdown .body').waitFor({ state: 'attached' });
    // An English title over a Chinese summary, in the English interface: each read by its own voice.
    expect(await panel.locator('h2#title').getAttribute('lang')).toBe('en');
    expect(await panel.locator('la-markdown').getAttribute('lang')).toBe('zh-Hant');
    await page.goto(siteUrl('?node=lecture:365&lang=en'));
    await waitForGraph(page);
    await panel.locator('h2#title').waitFor();
    expect(await panel.locator('h2#title').getAttribute('lang')).toBe('zh-Hant');
    await page.goto(siteUrl('?node=lecture:368&lang=zh-TW'));
    await waitForGraph(page);
    await panel.locator('h2#title').waitFor();
    expect(await panel.locator('h2#title').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should have no serious or critical axe violations (overview, lecture panel, list view)', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    expect(await axeViolations(page)).toEqual([]);
    // A lecture with a Markdown summary, and a path on the side.
    await page.goto(siteUrl('?node=lecture:218&from=concept:bert&to=concept:vector'));
    await waitForGraph(page);
    await page.locator('la-lecture-panel la-markdown .body').waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.modes button.mode-list').click();
    await page.locator('la-node-list table').waitFor();
    await page.locator('la-search.main input').fill('bert');
    await page.locator('la-search.main [role=option]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should speak Traditional Chinese to a zh-TW browser and switch to English on request', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:bert', { locale: 'zh-TW' });
    await waitForGraph(page);
    const status = page.locator('la-app [role=status]');
    await expect.poll(() => status.textContent()).toContain('150 堂課');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await page.locator('la-search.main label').textContent()).toBe('搜尋課程與概念');
    expect(await page.locator('la-concept-panel section h3#start').textContent()).toBe('從哪裡開始');
    expect(await page.locator('la-concept-panel section h3#lectures').textContent()).toContain(
      '教這個概念的課程',
    );
    // A field's name is followed by a full-width colon, as Chinese writes it.
    expect(await page.locator('la-concept-panel p.muted').first().textContent()).toContain('類別：');
    expect(await page.locator('la-concept-panel p.aliases').textContent()).toContain('別名：');
    // What the concept is, in the reader's language.
    const bert = loadGlossary().get('bert')!;
    const definition = page.locator('la-concept-panel p.definition');
    expect([await definition.getAttribute('lang'), (await definition.textContent())?.trim()]).toEqual([
      'zh-Hant',
      bert.zh,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.LA_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${ROOT}docs/screenshot-zh.png` });
    }

    await page.locator('la-app select.lang').selectOption('en');
    await expect.poll(() => status.textContent()).toContain('150 lectures');
    expect(await page.locator('la-concept-panel section h3#lectures').textContent()).toContain(
      'All lectures on it',
    );
    expect((await definition.textContent())?.trim()).toBe(bert.en);
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => status.textContent()).toContain('150 lectures');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should reword what is already on screen when the language changes: notices, dates, field names', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:223&from=concept:no-such-idea');
    await waitForGraph(page);
    const notice = page.locator('la-app .notice[role=alert] li');
    const date = page.locator('la-lecture-panel dd time');
    const degree = page.locator('la-filters label[for=degree]');
    await expect
      .poll(() => notice.textContent())
      .toContain('the concept "no such idea" as the start of a path');
    expect(await date.getAttribute('datetime')).toBe('2020-04-09');
    expect(await date.textContent()).toBe('9 April 2020');
    expect(await degree.textContent()).toMatch(/^Minimum links: \d+$/);

    await page.locator('la-app select.lang').selectOption('zh-TW');
    // The notice the link gave is worded again, not left in the language it came in.
    await expect
      .poll(() => notice.textContent())
      .toBe('連結指定的概念「no such idea」（路徑起點）不在這個圖譜中，已略過；請改用上方的搜尋。');
    expect(await date.textContent()).toBe('2020年4月9日');
    // A field's name is followed by a full-width colon, as Chinese writes it.
    expect(await degree.textContent()).toMatch(/^最少連結數：\d+$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open a link that names a language in it, keep it as the reader moves on, and follow a new choice', async () => {
    // An English browser that chose English before: the link a Taiwanese classmate sent still opens in Chinese.
    const { page, errors } = await openPage(browser, '?node=concept:bert&lang=zh-TW', { locale: 'en-US' });
    await page.evaluate(() => localStorage.setItem('lecture-atlas:lang', 'en'));
    await page.reload();
    await waitForGraph(page);
    const status = page.locator('la-app [role=status]');
    await expect.poll(() => status.textContent()).toContain('150 堂課');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    // Going elsewhere keeps the language in the address, so a reload or a copy of it opens in Chinese again.
    await searchField(page).fill('GAN');
    await searchField(page).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).not.toBe('concept:bert');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh-TW');
    await page.locator('la-app select.lang').selectOption('en');
    await expect.poll(() => status.textContent()).toContain('150 lectures');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    // Back goes to the view before, in the language the reader reads now.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('concept:bert');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => status.textContent()).toContain('150 lectures');
    expect(errors).toEqual([]);
    await page.close();
  });
});
