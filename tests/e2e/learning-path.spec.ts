import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

describe('learning path (watched lectures drop out when it is laid out again)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should keep ticked rows in place, remember them, leave them out when laid out again, and bring them back when unticked', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:214');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const steps = panel.locator('ol.steps li[data-key]');
    await expect.poll(() => steps.count()).toBeGreaterThan(2);
    const before = await steps.count();
    const first = await steps.first().getAttribute('data-key');
    const last = await steps.last().getAttribute('data-key');

    // A ticked row stays where it is, ticked and struck through, so the next row does not slide under the
    // pointer (a quick second click ticked that one too); no other row is ticked.
    await steps.first().locator('input[type=checkbox]').check();
    expect(await steps.count()).toBe(before);
    expect(await steps.first().locator('s').count()).toBe(1);
    expect(await steps.locator('input:checked').count()).toBe(1);
    await steps.last().locator('input[type=checkbox]').check();
    expect(await steps.locator('input:checked').count()).toBe(2);
    // "Watch first" lists the goal's direct prerequisite (the path's last step), marked as watched.
    const listed = panel.locator(`section.prereqs li:has(button[data-key="${last}"])`);
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Already watched');

    const stored = await page.evaluate(() => localStorage.getItem('lecture-atlas:watched'));
    expect(JSON.parse(stored ?? '[]')).toEqual(expect.arrayContaining([first, last]));

    // Laid out again (the lecture opened anew), the path leaves them out, and lists them as watched.
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => steps.count()).toBeLessThan(before);
    for (const key of [first, last]) {
      expect(await panel.locator(`ol.steps li[data-key="${key}"]`).count()).toBe(0);
      expect(await panel.locator(`ul.watched li[data-key="${key}"]`).count()).toBe(1);
    }
    expect(await steps.locator('input:checked').count()).toBe(0);

    // Unticked from the watched list, they come back at once.
    await panel.locator(`ul.watched li[data-key="${first}"] input`).click();
    await panel.locator(`ul.watched li[data-key="${last}"] input`).click();
    await expect.poll(() => steps.count()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
