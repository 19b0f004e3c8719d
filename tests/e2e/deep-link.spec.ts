import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, focusTrail, openPage, queryOf, waitForGraph } from './support/session.js';

describe('deep links (the view in the URL)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should restore selection, depth, filters and path from a link opened in a fresh page', async () => {
    const link =
      '?node=lecture:234&depth=2&series=DLHLP%202020&series=ML%202021&degree=2&from=concept:bert&to=lecture:212&color=series';
    const { page, errors } = await openPage(browser, link);
    await waitForGraph(page);
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('BERT and its family');
    expect(await page.locator('la-filters select#depth').inputValue()).toBe('2');
    expect(await page.locator('.focus-info').textContent()).toContain('2 steps');
    expect(await page.locator('la-filters input[name=series][value="DLHLP 2020"]').isChecked()).toBe(true);
    expect(await page.locator('la-filters input[name=series][value="ML 2021"]').isChecked()).toBe(true);
    expect(await page.locator('la-filters input[name=color-by][value=series]').isChecked()).toBe(true);
    expect(await page.locator('la-filters output').textContent()).toBe('2');
    expect(await page.locator('la-path-finder ol.hops li').count()).toBeGreaterThan(1);
    expect(await page.locator('la-app [role=alert]').count()).toBe(0);
    await expect
      .poll(() => queryOf(page))
      .toMatchObject({ node: 'lecture:234', depth: '2', degree: '2', color: 'series' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open a note from a link, with its excerpt as text and the concepts it covers', async () => {
    const { page, errors } = await openPage(browser, '?node=note:rnn-lecture-notes');
    await waitForGraph(page);
    const panel = page.locator('la-note-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('rnn lecture notes');
    expect((await panel.locator('.excerpt').textContent())?.length).toBeGreaterThan(20);
    expect(await panel.locator('.chips button').count()).toBeGreaterThan(0);
    await panel.locator('.chips button').first().click();
    await expect.poll(() => queryOf(page).node).toMatch(/^concept:/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should go back and forward through selections', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:234');
    await waitForGraph(page);
    const title = () => page.locator('.details h2').textContent();
    await expect.poll(title).toContain('BERT and its family');
    await page.locator('la-lecture-panel .chips button[data-key="concept:bert"]').click();
    await expect.poll(title).toBe('BERT');
    await page.locator('la-concept-panel ol.lectures button[data-key="lecture:244"]').click();
    await expect.poll(title).toContain('ELMo, BERT, GPT');
    // The address bar is written once the selection is on screen.
    await expect.poll(() => queryOf(page).node).toBe('lecture:244');

    await page.goBack();
    await expect.poll(title).toBe('BERT');
    await expect.poll(() => queryOf(page).node).toBe('concept:bert');
    await page.goBack();
    await expect.poll(title).toContain('BERT and its family - Introduction');
    await page.goForward();
    await expect.poll(title).toBe('BERT');
    await page.locator('la-filters select#depth').selectOption('3');
    await expect.poll(() => queryOf(page).depth).toBe('3');
    await page.reload();
    await waitForGraph(page);
    await expect.poll(title).toBe('BERT');
    expect(await page.locator('la-filters select#depth').inputValue()).toBe('3');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should ignore an unknown node or a malicious parameter with a visible notice', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const { page, errors, dialogs } = await openPage(
      browser,
      `?node=lecture:99999&depth=7&series=${hostile}&from=${hostile}&kinds=lecture,${hostile}&color=javascript:alert(1)`,
    );
    await waitForGraph(page);
    const notice = page.locator('la-app .notice[role=alert]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('lecture 99999');
    expect(text).toContain('depth="7"');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    // Nothing selected, defaults kept, and the bad parameters are gone from the address bar.
    expect(
      await page.locator('.details :is(la-lecture-panel, la-concept-panel, la-note-panel)').count(),
    ).toBe(0);
    expect(await page.locator('la-filters select#depth').inputValue()).toBe('1');
    await expect.poll(() => queryOf(page)).toEqual({});
    expect(await page.locator('la-app img[src=x]').count()).toBe(0);
    await page.locator('la-app .notice button.dismiss').click();
    expect(await notice.count()).toBe(0);
    // The focus goes on to the view, not back to the top of the page with the button.
    await expect.poll(() => focusTrail(page)).toContain('button.mode-graph');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
