import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGlossary } from '../../src/extract/glossary.js';
import { connectBrowser, openPage, queryOf, search, searchField, waitForGraph } from './support/session.js';

/** The focused element, looking through shadow roots. */
async function focusedText(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', id: el?.id ?? '' };
  });
}

/** A learner at a desktop: skip links, shortcuts, panels in the order they need, a graph they can steer. */
describe('the explorer for learners (desktop)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should offer skip links first, open the shortcuts with "?" and close panel and dialog with Escape', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:234');
    await waitForGraph(page);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toMatchObject({ tag: 'a', text: 'Skip to panel' });
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toMatchObject({ id: 'panel' });
    await page.getByRole('link', { name: 'Skip to search' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toMatchObject({ tag: 'input' });

    // "?" while typing is text; elsewhere it opens the shortcuts.
    await page.keyboard.press('?');
    expect(await searchField(page).inputValue()).toBe('?');
    await searchField(page).fill('');
    await page.getByRole('link', { name: 'Skip to panel' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const text of ['Zoom in', 'Close the open drawer or panel', 'Switch between graph and list'])
      expect(await dialog.textContent()).toContain(text);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog's Escape left the panel open; the next one closes it.
    await expect.poll(() => queryOf(page).node).toBe('lecture:234');
    await page.keyboard.press('Escape');
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    // The panel is back to its welcome: no lecture in it.
    expect(await page.locator('.details la-lecture-panel').count()).toBe(0);
    expect(await page.locator('.details .welcome').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should offer a newcomer where to begin and the concepts taught most, before anything is chosen', async () => {
    const { page, errors } = await openPage(browser, '');
    await waitForGraph(page);
    const welcome = page.locator('la-app .details .welcome');
    expect(await welcome.locator('h2').allTextContents()).toEqual([
      'Where to begin',
      'Taught in the most lectures',
    ]);
    const begin = welcome.locator('ol button');
    expect(await begin.count()).toBeGreaterThan(0);
    expect(await welcome.locator('.chips button').count()).toBeGreaterThan(3);
    // Each concept says what it is on hover, from the glossary.
    const chip = welcome.locator('.chips button').first();
    const concept = (await chip.getAttribute('data-key'))!.slice('concept:'.length);
    expect(await chip.getAttribute('title')).toBe(loadGlossary().get(concept)?.en);
    // The first place to begin is a lecture that needs nothing before it, and it opens.
    const key = (await begin.first().getAttribute('data-key'))!;
    expect(key).toMatch(/^lecture:\d+$/);
    await begin.first().click();
    await expect.poll(() => queryOf(page).node).toBe(key);
    expect(await page.locator('la-lecture-panel section.prereqs li').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should order the lecture panel for a learner: title and identity, watch first, what builds on it, concepts', async () => {
    const { page, errors } = await openPage(browser, '?node=lecture:212');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    await panel.locator('h2').waitFor();
    expect(await panel.locator('.identity').first().textContent()).toContain('DLHLP 2020 · Part 3 of 7');
    const headings = await panel.locator('h2, h3').allTextContents();
    const order = ['Watch first', 'What builds on this', 'Concepts'].map((h) => headings.indexOf(h));
    expect(headings[0]).toContain('Speech Recognition');
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    const summary = headings.indexOf('Summary');
    if (summary >= 0) expect(summary).toBeGreaterThan(order[2]!);
    expect(await panel.textContent()).not.toMatch(/score \d/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should give a lecture’s own number in its course beside its series, in the interface language', async () => {
    // Lecture 351 is "ML 2021" lecture 27 by its title; lecture 234 has no course number.
    const { page, errors } = await openPage(browser, '?node=lecture:351');
    await waitForGraph(page);
    const identity = page.locator('la-lecture-panel p.identity');
    const details = page.locator('la-lecture-panel dl');
    await expect.poll(() => identity.textContent()).toMatch(/^ML 2021 · Lecture 27\b/);
    // Said once: the details give the series and the catalog number, not the course's number again.
    expect(await details.textContent()).toMatch(/Series\s*ML 2021\s*Catalog no\.\s*351/);
    await page.locator('la-toolbar select.lang').selectOption('zh-TW');
    await expect.poll(() => identity.textContent()).toMatch(/^ML 2021 · 第 27 講/);
    await page.goto(page.url().replace(/\?.*$/, '') + '?node=lecture:234');
    await waitForGraph(page);
    await expect.poll(() => details.textContent()).toMatch(/系列\s*DLHLP 2020/);
    expect(await identity.textContent()).not.toContain('講');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show where a lecture names each of its concepts, in the interface language', async () => {
    // Lecture 212 is "[DLHLP 2020] Speech Recognition (3/7) - CTC, RNN-T and more": CTC is named in its title.
    const { page, errors } = await openPage(browser, '?node=lecture:212');
    await waitForGraph(page);
    const panel = page.locator('la-lecture-panel');
    const why = panel.locator('details.evidence');
    await why.locator('summary').click();
    const ctc = why.locator('li', { has: page.locator('.evidence-concept', { hasText: /^CTC$/ }) });
    await expect.poll(() => ctc.textContent()).toMatch(/title “CTC”/);
    expect(await panel.locator('button.chip[data-key="concept:ctc"]').getAttribute('title')).toMatch(
      /title “CTC”/,
    );
    await page.locator('la-toolbar select.lang').selectOption('zh-TW');
    await expect.poll(() => why.locator('summary').textContent()).toBe('這堂課在哪裡提到它們');
    await expect.poll(() => why.textContent()).toContain('標題「CTC」');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should call what follows in a course the next lecture, and what continues a talk the next part', async () => {
    // 363 is lecture 32 of ML 2021, followed by lecture 33 (360); 212 is part 3 of 7 of Speech Recognition.
    const { page, errors } = await openPage(browser, '?node=lecture:363');
    await waitForGraph(page);
    const next = page.locator('la-lecture-panel section.next li', {
      has: page.locator('[data-key="lecture:360"]'),
    });
    await expect.poll(() => next.locator('.reason').textContent()).toBe('next lecture');
    await page.goto(page.url().replace(/\?.*$/, '') + '?node=lecture:212');
    await waitForGraph(page);
    const part = page.locator('la-lecture-panel section.next li', {
      has: page.locator('[data-key="lecture:213"]'),
    });
    await expect.poll(() => part.locator('.reason').textContent()).toBe('next part');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say a concept falls under a broader one (a kind of it or a topic of it), in the panel and on a path', async () => {
    // Prompting is no kind of large language model, but a topic under it (the lexicon's "broader").
    const { page, errors } = await openPage(
      browser,
      '?node=concept:prompting&from=concept:prompting&to=concept:large-language-model',
    );
    await waitForGraph(page);
    const related = page.locator('la-concept-panel ul.related li', {
      has: page.locator('[data-key="concept:large-language-model"]'),
    });
    await expect.poll(() => related.locator('.relation').textContent()).toBe('falls under');
    const hop = page.locator('la-path-finder ol.hops .rel').first();
    await expect.poll(() => hop.textContent()).toBe('falls under');
    expect(await page.locator('la-concept-panel article').textContent()).not.toContain('kind of');
    await page.locator('la-toolbar select.lang').selectOption('zh-TW');
    await expect.poll(() => related.locator('.relation').textContent()).toBe('屬於');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should put a related concept inside a Chinese relation phrase that surrounds it, with no "…" left', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:bert&lang=zh-TW');
    await waitForGraph(page);
    const transformer = page.locator('la-concept-panel ul.related li', {
      has: page.locator('[data-key="concept:transformer"]'),
    });
    const text = async (): Promise<string> =>
      ((await transformer.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await expect.poll(text).toMatch(/^建立在 .+ 之上$/);
    expect(await text()).not.toContain('…');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should tell lectures of the same title apart in the suggestions', async () => {
    const { page, errors } = await openPage(browser);
    await waitForGraph(page);
    const options = await search(page, 'Network Compression');
    const texts = (await options.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const lectures = texts.filter((t) => t.startsWith('Lecture') && t.includes('Network Compression'));
    expect(lectures.length).toBeGreaterThanOrEqual(4);
    expect(new Set(texts).size).toBe(texts.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
