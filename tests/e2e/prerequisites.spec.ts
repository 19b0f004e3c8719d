import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { cameraState, nodeDisplay, nodePoint } from './support/sigma.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

/** What to watch first, as a learner reads it: reasons in their language, a path that agrees with the list. */
describe('prerequisites in the explorer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should word the reasons of "watch first" in Traditional Chinese for a zh-TW reader, with no score', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:234', { locale: 'zh-TW' });
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    await panel.getByRole('heading', { name: '建議先看' }).waitFor();
    const reasons = await panel.locator('section:has(h3:text("建議先看")) .reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/\p{Script=Han}/u);
    expect(await panel.textContent()).not.toMatch(/score|\b0\.\d{2,3}\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say which prerequisite is only a less certain guess, and not of the others', async () => {
    // ELMO, BERT, GPT (206): its one prerequisite, DLHLP's BERT introduction, is the ranker's best guess below its
    // threshold; part 6 of Network Compression (202) follows part 5 for sure.
    const { page, errors } = await openPage(browser, '?node=lecture:206');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const reasons = panel.locator('section:has(h3:text("Watch first")) .reason');
    await expect
      .poll(() => reasons.allTextContents())
      .toEqual(['a more basic lecture on BERT — less certain']);
    await page.goto(new URL('?node=lecture:202', page.url()).href);
    await waitForGraph(page);
    await panel.getByRole('heading', { name: 'Watch first' }).waitFor();
    const sure = await panel.locator('section:has(h3:text("Watch first")) .reason').allTextContents();
    expect(sure.length).toBeGreaterThan(0);
    for (const r of sure) expect(r).not.toContain('less certain');
    // Where to start on BERT: its lecture (234), and before it the Transformer lecture, only a guess.
    await page.goto(new URL('?node=concept:bert', page.url()).href);
    await waitForGraph(page);
    const before = page.locator('la-concept-panel ol.before li');
    await expect.poll(() => before.count()).toBe(1);
    expect(await before.textContent()).toContain('less certain');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should bound the learning path, hold every lecture listed under "watch first", and expand on request', async () => {
    // Vocoder (232): its essential path is short (the lecture before it in DLHLP 2020 is on another topic), the
    // whole path holds the course's speech lectures before it.
    const { page, errors } = await openPage(browser, '?node=lecture:232');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const steps = panel.locator('ol.steps > li[data-key]');
    await steps.first().waitFor();
    const bounded = await steps.count();
    expect(bounded).toBeLessThanOrEqual(12);
    const onPath = new Set(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))));
    const watchFirst = await panel
      .locator('section:has(h3:text("Watch first")) button[data-key]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(watchFirst.length).toBeGreaterThan(0);
    for (const key of watchFirst) expect(onPath.has(key)).toBe(true);
    // The graph highlights the same path: its steps and the goal, nothing else.
    await expect
      .poll(async () =>
        Object.entries(await nodeDisplay(page))
          .filter(([, d]) => d.highlighted)
          .map(([k]) => k)
          .sort(),
      )
      .toEqual([...onPath, 'lecture:232'].sort());
    // … and the camera frames it: every step of the path is on screen.
    await cameraState(page);
    const box = (await page.locator('la-graph-view').boundingBox())!;
    for (const key of [...onPath, 'lecture:232']) {
      const p = await nodePoint(page, key!);
      expect(p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height).toBe(
        true,
      );
    }
    await panel.getByText(/more lectures? on the whole path/).waitFor();
    await panel.getByRole('button', { name: 'Show the whole path' }).click();
    await expect.poll(() => steps.count()).toBeGreaterThan(bounded);
    const collapse = panel.getByRole('button', { name: 'Show the essential steps only' });
    await collapse.waitFor();
    // The button, pushed down by the steps added before it, is brought back into view (it keeps the focus).
    await expect
      .poll(async () => {
        const r = (await collapse.boundingBox())!;
        // Within a pixel: aligned to the panel's bottom edge, a fractional line height may pass it by a fraction.
        return r.y >= 0 && r.y + r.height <= page.viewportSize()!.height + 1;
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
