import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

describe('learning path (watched lectures drop out)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should shrink the path as lectures are ticked, remember them, and bring them back when unticked', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const steps = panel.locator('ol.steps li[data-key]');
    await expect.poll(() => steps.count()).toBeGreaterThan(2);
    const before = await steps.count();
    const first = await steps.first().getAttribute('data-key');
    const last = await steps.last().getAttribute('data-key');

    // The ticked row leaves the list at once, so click (check() would wait to see it checked).
    await steps.first().locator('input[type=checkbox]').click();
    await expect.poll(() => steps.count()).toBeLessThan(before);
    expect(await panel.locator(`ol.steps li[data-key="${first}"]`).count()).toBe(0);
    expect(await panel.locator(`ul.watched li[data-key="${first}"]`).count()).toBe(1);
    // The remaining checkboxes are not ticked (no checkbox state leaks between rows).
    expect(await steps.locator('input:checked').count()).toBe(0);

    await panel.locator(`ol.steps li[data-key="${last}"] input`).click();
    await expect.poll(() => panel.locator(`ol.steps li[data-key="${last}"]`).count()).toBe(0);
    const afterTwo = await steps.count();
    // "Watch first" still lists the goal's direct prerequisite (the path's last step), marked as watched.
    const listed = panel.locator(`section.prereqs li:has(button[data-key="${last}"])`);
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Already watched');

    const stored = await page.evaluate(() => localStorage.getItem('lecture-atlas:watched'));
    expect(JSON.parse(stored ?? '[]')).toEqual(expect.arrayContaining([first, last]));

    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => steps.count()).toBe(afterTwo);

    await panel.locator(`ul.watched li[data-key="${first}"] input`).click();
    await panel.locator(`ul.watched li[data-key="${last}"] input`).click();
    await expect.poll(() => steps.count()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
