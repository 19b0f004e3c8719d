import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage, queryOf, siteUrl, waitForGraph } from './support/session.js';

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
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => status.textContent()).toContain('150 lectures');
    expect(errors).toEqual([]);
    await page.close();
  });
});
