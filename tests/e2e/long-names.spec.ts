import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import { E2E_DIST } from './support/paths.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

/** A made-up course name as long as the English catalogs' ("fast.ai Deep Learning Foundations to …"). */
const LONG_SERIES = 'Deep Learning for Human Language Processing with Speech and Text Foundations 2020';

/**
 * The words (and numbers) of the matched elements' text that are drawn across two lines: a label, a
 * count or a value broken inside a word. Long values may wrap, but between words.
 */
async function brokenWords(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const out: string[] = [];
    for (const el of elements) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top));
          if (lines.size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

/** A made-up course name of the length most long names of the English catalogs have (60 characters). */
const COURSE_SERIES = 'Practical Deep Learning Foundations to Diffusion Models 2022';

/** How many lines the element's text is drawn on. */
const lineCount = (locator: Locator): Promise<number> =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

/**
 * The seed graph with DLHLP 2020 renamed to a long course name (and ML 2021 to `other`, when given), in the
 * compact form the explorer loads.
 */
async function longNamedGraph(other?: string): Promise<string> {
  const graph = graphFromJson(await readFile(`${E2E_DIST}graph.json`, 'utf8'));
  graph.forEachNode((key, a) => {
    if (a.kind === 'lecture' && a.series === 'DLHLP 2020')
      graph.replaceNodeAttributes(key, { ...a, series: LONG_SERIES });
    if (a.kind === 'lecture' && a.series === 'ML 2021' && other)
      graph.replaceNodeAttributes(key, { ...a, series: other });
  });
  return serializeCompactGraph(graph);
}

describe('long course names (English catalogs)', () => {
  let browser: Browser;
  let body: string;

  beforeAll(async () => {
    browser = await connectBrowser();
    body = await longNamedGraph();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [device, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844, touch: true }],
  ] as const)
    it(`should break no series label, count or panel label inside a word (${device})`, async () => {
      const { page, errors } = await openPage(browser, '?node=lecture:234', {
        ...size,
        setup: (p) =>
          p.route('**/graph.compact.json', (r) =>
            r.fulfill({ status: 200, contentType: 'application/json', body }),
          ),
      });
      await waitForGraph(page);
      const panel = page.locator('la-lecture-panel');
      await expect.poll(() => panel.locator('dd').first().textContent()).toBe(LONG_SERIES);
      expect(await brokenWords(panel.locator('dt, dd'))).toEqual([]);
      if (device === 'phone') await page.getByRole('button', { name: 'Filters' }).click();
      const row = page.locator('la-filters label.row', { hasText: LONG_SERIES });
      await row.waitFor();
      expect(await brokenWords(page.locator('la-filters label.row'))).toEqual([]);
      // The long name does wrap (between words), beside a count on one line.
      const name = await row.locator('span').first().boundingBox();
      const count = await row.locator('.count').boundingBox();
      expect(name!.height).toBeGreaterThan(count!.height * 1.5);
      expect(errors).toEqual([]);
      await page.close();
    });

  it('should give a wide desktop’s series list room: a course name on two lines at most, every series without scrolling', async () => {
    const withCourse = await longNamedGraph(COURSE_SERIES);
    const { page, errors } = await openPage(browser, '', {
      width: 1920,
      height: 1080,
      setup: (p) =>
        p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: withCourse }),
        ),
    });
    await waitForGraph(page);
    const row = page.locator('la-filters label.row', { hasText: COURSE_SERIES });
    await row.waitFor();
    expect(await lineCount(row.locator('.name'))).toBeLessThanOrEqual(2);
    // Every one of the seed catalog's 13 series (two of them renamed long) and the row of its lectures without a
    // series show whole without scrolling the box (it used to show 5 of them at a time).
    const rows = await page.locator('la-filters .series').evaluate((box) => {
      const b = box.getBoundingClientRect();
      const all = [...box.querySelectorAll('label.row')];
      const whole = all.filter((r) => {
        const x = r.getBoundingClientRect();
        return x.top >= b.top && x.bottom <= b.bottom;
      });
      return { all: all.length, whole: whole.length };
    });
    expect(rows).toEqual({ all: 14, whole: 14 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
