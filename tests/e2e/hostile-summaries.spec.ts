import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { ROOT } from './support/paths.js';
import {
  connectBrowser,
  openPage,
  queryOf,
  siteUrl,
  waitForGraph,
  type OpenedPage,
} from './support/session.js';

/**
 * Summaries written to take over the page (tests/fixtures/hostile-graph.json with lecture 2's summary swapped
 * for each attack; the shapes come from a review of the explorer against hostile catalogs): a summary stays in
 * its box, its links go nowhere but to http(s) pages in a new tab, it fetches nothing, and it never makes the
 * panel scroll sideways; and links to nodes whose keys look odd (HTML in a note's file name, a very long
 * concept key) open what they name.
 */

/** A note named after a file the build read, and a concept key made from a long title: both keys the build writes. */
const HTML_NOTE = 'note:<img src=x onerror=alert(1)>';
const LONG_CONCEPT = `concept:${'wide attention '.repeat(34).trim()}`;

async function hostileGraph(): Promise<AtlasGraph> {
  return graphFromJson(await readFile(`${ROOT}tests/fixtures/hostile-graph.json`, 'utf8'));
}

describe('hostile summaries and node keys', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Lecture 2 with `summary`, its summary rendered and unfolded. `noCsp` serves the page without its
   * Content-Security-Policy, so that only the sanitiser stands between a summary and the network.
   */
  async function openSummary(
    summary: string,
    options: { noCsp?: boolean; width?: number; height?: number } = {},
  ): Promise<OpenedPage & { body: Locator; outside: string[] }> {
    const graph = await hostileGraph();
    const lecture = graph.getNodeAttributes('lecture:2');
    if (lecture.kind === 'lecture') lecture.summary = summary;
    const compact = serializeCompactGraph(graph);
    const site = new URL(siteUrl()).origin;
    const outside: string[] = [];
    const opened = await openPage(browser, '?node=lecture:2', {
      width: options.width,
      height: options.height,
      setup: async (p) => {
        await p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: compact }),
        );
        // Every request to another host is recorded and never leaves the machine.
        await p.route(
          (url) => url.origin !== site,
          (r) => {
            outside.push(r.request().url());
            return r.abort();
          },
        );
        if (options.noCsp)
          await p.route(
            (url) => url.origin === site && url.pathname === '/',
            async (r) => {
              const response = await r.fetch();
              const text = (await response.text()).replace(
                /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/,
                '',
              );
              expect(text).not.toContain('Content-Security-Policy');
              await r.fulfill({ response, body: text });
            },
          );
      },
    });
    await waitForGraph(opened.page);
    const body = opened.page.locator('la-lecture-panel la-markdown .body');
    await body.waitFor({ state: 'attached' });
    const fold = opened.page.locator('la-lecture-panel details.summary:not([open]) > summary');
    if (await fold.count()) await fold.click();
    await body.waitFor();
    return { ...opened, body, outside };
  }

  it('should keep a full-page overlay inside the summary, the Close button clickable', async () => {
    const { page, body, errors } = await openSummary(
      'Short summary.\n\n<div style="position:fixed;inset:0;z-index:2147483647;background:#fff;color:#000;padding:2em">' +
        'Lecture Atlas has moved.</div>',
    );
    const overlay = body.locator('div', { hasText: 'Lecture Atlas has moved' });
    expect(await overlay.count()).toBe(1);
    expect(await overlay.getAttribute('style')).toBeNull();
    // The middle of the window shows the app (the graph), not the summary's text.
    const hit = await page.evaluate(() => {
      let el: Element | null = document.elementFromPoint(640, 400);
      const trail: string[] = [];
      while (el) {
        trail.push(el.tagName.toLowerCase());
        el = el.shadowRoot?.elementFromPoint(640, 400) ?? null;
        if (el && trail.includes(el.tagName.toLowerCase())) break;
      }
      return trail;
    });
    expect(hit).not.toContain('la-markdown');
    const box = (await body.boundingBox())!;
    const own = (await overlay.boundingBox())!;
    expect(own.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(own.x + own.width).toBeLessThanOrEqual(box.x + box.width + 1);
    await page.locator('la-app aside.details .panel-head button.close').click({ timeout: 3000 });
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should hold even a fixed-position element inside the summary box, should one ever get through', async () => {
    // The sanitiser drops a summary's styles; the box is the second wall: an element fixed to the window
    // inside it is placed and painted in the box, not over the page.
    const { page, body } = await openSummary('Text.');
    const placed = await body.evaluate((el) => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#c00';
      el.append(cover);
      const [box, own] = [el.getBoundingClientRect(), cover.getBoundingClientRect()];
      return {
        inside:
          own.left >= box.left && own.right <= box.right && own.top >= box.top && own.bottom <= box.bottom,
        wrap: getComputedStyle(el).overflowWrap,
      };
    });
    expect(placed).toEqual({ inside: true, wrap: 'anywhere' });
    await page.locator('la-app aside.details .panel-head button.close').click({ timeout: 3000 });
    await page.close();
  });

  it('should render formulas as before, styled by KaTeX only', async () => {
    const { page, body, errors } = await openSummary(
      'Inline $x^2$ and display:\n\n$$\\sum_{i=1}^n i$$\n\nand `$code$`, [a $y$ link](https://example.com/y).',
    );
    await expect.poll(() => body.locator('.katex').count()).toBeGreaterThanOrEqual(3);
    expect(await body.locator('.katex-display').count()).toBe(1);
    expect(await body.locator('.katex-display').getAttribute('tabindex')).toBe('0');
    expect(await body.locator('.katex [style]').count()).toBeGreaterThan(0);
    expect(await body.locator('[style]:not(.katex *)').count()).toBe(0);
    // Formula source where no formula can be rendered: in code it stays as written.
    expect(await body.locator('code').textContent()).toBe('$code$');
    const link = body.locator('a[href="https://example.com/y"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.locator('.katex').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep SVG links and image maps dead unless they point at an http(s) page, opened in a new tab', async () => {
    const svgLink = (href: string, text: string) =>
      `<svg width="200" height="30"><a href="${href}"><text x="5" y="20">${text}</text></a></svg>`;
    const { page, body, errors, outside } = await openSummary(
      [
        svgLink('//evil.example/login', 'protocol-relative'),
        svgLink('mailto:victim@evil.example', 'mail'),
        svgLink('ftp://evil.example/x', 'ftp'),
        svgLink('?node=lecture:1&q=pwn', 'deep link'),
        svgLink('https://example.org/fine', 'fine'),
        '<img src="https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg" usemap="#m" width="50" height="50">' +
          '<map name="m"><area shape="rect" coords="0,0,50,50" href="//evil.example/area"></map>',
        '<math><mi href="https://evil.example/m">m</mi></math>',
      ].join('\n\n'),
    );
    const before = page.url();
    for (const text of ['protocol-relative', 'mail', 'ftp', 'deep link']) {
      const link = body.locator('svg a', { hasText: text });
      expect(await link.getAttribute('href'), text).toBeNull();
      await link.click();
    }
    // A click on the image (dispatched: offline, the thumbnail may not load and then has no box to click): no map
    // is left to take it anywhere.
    await body.locator('img').dispatchEvent('click');
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(outside.filter((u) => !u.startsWith('https://i.ytimg.com/'))).toEqual([]);
    expect(await body.locator('area, map').count()).toBe(0);
    expect(await body.locator('[href]').count()).toBe(1);
    const fine = body.locator('svg a', { hasText: 'fine' });
    expect(await fine.getAttribute('href')).toBe('https://example.org/fine');
    expect(await fine.getAttribute('target')).toBe('_blank');
    expect(await fine.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should fetch nothing from other hosts for a summary, even without the Content-Security-Policy', async () => {
    const { page, body, errors, outside } = await openSummary(
      [
        'A thumbnail: <img src="https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg" width="20">',
        '<svg width="20" height="20"><image href="https://evil.example/svg-image.png" width="10" height="10"/></svg>',
        '<svg width="20" height="20"><filter id="f"><feImage href="https://evil.example/feimage.png"/></filter>' +
          '<rect filter="url(#f)" width="5" height="5"/></svg>',
        '<svg width="20" height="20"><use href="https://evil.example/use.svg#a"/></svg>',
        '<video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"><source src="https://evil.example/s.mp4">' +
          '<track src="https://evil.example/t.vtt"></video>',
        '<audio src="https://evil.example/a.mp3" preload="auto"></audio>',
        '<div style="background-image:url(https://evil.example/css-bg.png);height:20px">css url</div>',
        '<table background="https://evil.example/table-bg.png"><tr><td>cell</td></tr></table>',
        '<picture><source srcset="https://evil.example/picture.png"><img src="https://evil.example/img.png"></picture>',
      ].join('\n\n'),
      { noCsp: true },
    );
    // The allowed thumbnail was asked for: the page would have fetched the others had they been there.
    await expect.poll(() => outside).toContain('https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg');
    await page.waitForTimeout(1000);
    expect(outside.filter((u) => !u.startsWith('https://i.ytimg.com/'))).toEqual([]);
    expect(
      await body.locator('video, audio, source, track, picture, svg image, feImage, use, [poster]').count(),
    ).toBe(0);
    expect(await body.textContent()).toContain('css url');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should never make the panel scroll sideways, for deep lists, wide SVG or wide tables', async () => {
    let nested = '';
    for (let i = 0; i < 500; i++) nested += `${'  '.repeat(i)}- level ${i}\n`;
    const row = Array.from({ length: 150 }, (_, i) => `<td>column${i}xxxxxxxxxxxx</td>`).join('');
    const { page, body, errors } = await openSummary(
      `${nested}\n\n<svg width="6000" height="40"><text x="0" y="20">wide</text></svg>\n\n<table><tr>${row}</tr></table>\n\nThe end.`,
    );
    await expect.poll(() => body.locator('table').count()).toBe(1);
    const panel = page.locator('la-app aside.details');
    const widths = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const box = (await body.boundingBox())!;
    for (const what of ['svg', 'table']) {
      const own = (await body.locator(what).first().boundingBox())!;
      expect(own.x + own.width, what).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    // The wide table scrolls on its own, and can be reached to do so by keyboard.
    expect(await body.locator('table').getAttribute('tabindex')).toBe('0');
    expect(await body.locator('table').evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    expect(await body.textContent()).toContain('The end.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open and reopen a link to a note with HTML in its name, or to a concept with a very long key', async () => {
    const graph = await hostileGraph();
    const display = { x: 0, y: 0, size: 5, color: '#888888', community: 0 };
    graph.addNode(HTML_NOTE, {
      ...display,
      kind: 'note',
      label: '<img src=x onerror=alert(1)> note',
      source: { file: 'notes/<img src=x onerror=alert(1)>.md', line: 1 },
      excerpt: 'A note whose file name is HTML.',
    });
    graph.addNode(LONG_CONCEPT, {
      ...display,
      kind: 'concept',
      label: 'Wide attention, a concept with a long name',
      aliases: [],
      category: 'concept',
      lectureCount: 0,
      origin: 'discovered',
    });
    expect(LONG_CONCEPT.length).toBeGreaterThan(500);
    const body = serializeCompactGraph(graph);
    for (const [key, title] of [
      [HTML_NOTE, '<img src=x onerror=alert(1)> note'],
      [LONG_CONCEPT, 'Wide attention, a concept with a long name'],
    ] as const) {
      const { page, errors, dialogs } = await openPage(browser, `?node=${encodeURIComponent(key)}`, {
        setup: (p) =>
          p.route('**/graph.compact.json', (r) =>
            r.fulfill({ status: 200, contentType: 'application/json', body }),
          ),
      });
      for (const pass of ['opened', 'reloaded']) {
        if (pass === 'reloaded') await page.reload();
        await waitForGraph(page);
        await expect.poll(() => page.locator('la-app aside.details h2').first().textContent()).toBe(title);
        expect(await page.locator('la-app .notice[role=alert]').count(), pass).toBe(0);
        await expect.poll(() => queryOf(page).node).toBe(key);
      }
      expect(await page.locator('la-app img[src=x]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
