import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { hiddenParts, markedPanelLayout } from './support/panel.js';
import { ROOT } from './support/paths.js';
import {
  connectBrowser,
  focusTrail,
  openPage,
  queryOf,
  search,
  searchField,
  waitForGraph,
  type OpenedPage,
} from './support/session.js';

/** A student's session on one page: search, open a lecture, follow a concept, widen the view, filter. */
describe('exploring the library (search, panels, depth, filters, path)', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await connectBrowser();
    opened = await openPage(browser);
    page = opened.page;
    await waitForGraph(page);
  });
  afterAll(async () => {
    expect(opened.errors).toEqual([]);
    await browser?.close();
  });

  const panelTitle = () => page.locator('.details h2').first();
  const status = () => page.locator('la-app [role=status]');

  it('should suggest the BERT concept and BERT lectures, and open a lecture with its concepts and prerequisites', async () => {
    const options = await search(page, 'BERT');
    const keys = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys[0]).toBe('concept:bert');
    expect(keys).toContain('lecture:234');
    expect(await searchField(page).getAttribute('aria-expanded')).toBe('true');

    // Arrow keys move the active option; Enter opens it.
    const input = searchField(page);
    const target = keys.indexOf('lecture:234');
    for (let i = 0; i < target; i++) await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`la-search.main [id="${activeId}"]`).getAttribute('data-key')).toBe(
      'lecture:234',
    );
    await input.press('Enter');

    await expect.poll(() => panelTitle().textContent()).toContain('BERT and its family');
    await expect.poll(() => queryOf(page).node).toBe('lecture:234');
    // The keyboard is taken to what it opened: the panel, not back through the filters and the legend.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('la-app')!.shadowRoot!.activeElement?.id))
      .toBe('panel');
    const panel = page.locator('la-lecture-panel');
    expect(await panel.locator('dl').textContent()).toContain('DLHLP 2020');
    const video = panel.locator('a.video');
    expect(await video.getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
    expect(await video.getAttribute('rel')).toContain('noopener');

    const chips = panel.locator('.chips button');
    const chipKeys = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(chipKeys).toContain('concept:bert');
    // Main topics first.
    const mains = await chips.evaluateAll((els) => els.map((e) => e.classList.contains('main')));
    expect(mains.indexOf(false) === -1 || mains.lastIndexOf(true) < mains.indexOf(false)).toBe(true);
    // What BERT builds on and the lecture does not teach, whatever the ranked prerequisites found.
    expect(await panel.locator('h4#builds-on').textContent()).toBe('Builds on');
    const buildsOn = panel.locator('ul[aria-labelledby="builds-on"] button');
    expect(await buildsOn.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toContain(
      'concept:transformer',
    );

    const prereqs = panel.locator('section.prereqs');
    expect(await prereqs.locator('h3').textContent()).toBe('Watch first');
    expect(await prereqs.locator('li').count()).toBeGreaterThan(0);
    expect(await prereqs.locator('.reason').first().textContent()).toMatch(/\w/);
    expect(await panel.locator('section.next h3').textContent()).toBe('What builds on this');
    // Learners get reasons and an order, never raw scores.
    expect(await panel.textContent()).not.toMatch(/score \d/i);
    expect(await panel.locator('section.path h3').textContent()).toBe('Learning path to here');
    await expect.poll(() => page.locator('.focus-info').textContent()).toMatch(/\d+ nodes within 1 step/);

    if (process.env.LA_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${ROOT}docs/screenshot-lecture.png` });
    }
  });

  it('should open a concept from a chip, with the lectures teaching it (main topic first)', async () => {
    await page.locator('la-lecture-panel .chips button[data-key="concept:bert"]').click();
    await expect.poll(() => panelTitle().textContent()).toBe('BERT');
    const panel = page.locator('la-concept-panel');
    const lectures = panel.locator('ol.lectures li');
    expect(await lectures.count()).toBeGreaterThan(1);
    expect(await lectures.locator('.tag').count()).toBeGreaterThan(0);
    // Where to start: a lecture with BERT as its main topic.
    const start = await panel.locator('section.start button.start-lecture').getAttribute('data-key');
    expect(await lectures.locator(`button[data-key="${start}"] ~ .tag`).count()).toBe(1);
    expect(await panel.locator('ul.related li').count()).toBeGreaterThan(0);
    await expect.poll(() => queryOf(page).node).toBe('concept:bert');
  });

  it('should widen the highlighted neighbourhood when the depth grows', async () => {
    const count = async () =>
      Number(/^(\d+)/.exec((await page.locator('.focus-info').textContent()) ?? '')?.[1]);
    const one = await count();
    await page.locator('la-filters select#depth').selectOption('2');
    await expect.poll(() => page.locator('.focus-info').textContent()).toContain('2 steps');
    const two = await count();
    await page.locator('la-filters select#depth').selectOption('3');
    await expect.poll(() => page.locator('.focus-info').textContent()).toContain('3 steps');
    const three = await count();
    expect(one).toBeGreaterThan(1);
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThanOrEqual(two);
    await expect.poll(() => queryOf(page).depth).toBe('3');
    await page.locator('la-filters select#depth').selectOption('1');
  });

  it('should find concepts by a Traditional Chinese alias and by Simplified characters', async () => {
    let options = await search(page, '自督導式學習');
    expect(await options.first().getAttribute('data-key')).toBe('concept:self-supervised-learning');
    await searchField(page).press('Enter');
    await expect.poll(() => panelTitle().textContent()).toBe('self-supervised learning');
    expect(await page.locator('la-concept-panel .zh').textContent()).toBe('自督導式學習');

    options = await search(page, '强化学习');
    expect(await options.first().getAttribute('data-key')).toBe('concept:reinforcement-learning');
    await searchField(page).press('Enter');
    await expect.poll(() => panelTitle().textContent()).toBe('reinforcement learning');

    options = await search(page, 'transfomer');
    expect(await options.first().getAttribute('data-key')).toBe('concept:transformer');
  });

  it('should find a concept by what its definition says and open it with those words marked', async () => {
    // No name or description holds "temperature-softened"; knowledge distillation's definition does.
    const options = await search(page, 'temperature-softened');
    expect(await options.first().getAttribute('data-key')).toBe('concept:knowledge-distillation');
    expect(await options.first().textContent()).toContain('in its definition: "…');
    await searchField(page).press('Enter');
    await expect.poll(() => panelTitle().textContent()).toBe('knowledge distillation');
    await expect
      .poll(() => page.locator('la-concept-panel .definition mark.query').allTextContents())
      .toEqual(['temperature-softened']);
  });

  it('should look in the lectures’ descriptions once typing pauses, when no name holds the query', async () => {
    // No name holds 梯度消失 (vanishing gradients); the GNN lecture's summary does, in a list of its parts.
    const options = await search(page, '梯度消失');
    expect(await options.first().getAttribute('data-key')).toBe('lecture:219');
    expect(await options.first().textContent()).toContain('in its description: "…');
    await searchField(page).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('lecture:219');
    // The lecture opens with its long summary unfolded at the words it was found by, marked.
    const marks = page.locator('la-lecture-panel la-markdown mark.query');
    await expect.poll(() => marks.allTextContents()).toEqual(['梯度消失']);
    expect(await page.locator('la-lecture-panel details.summary').getAttribute('open')).not.toBeNull();
    expect(await marks.first().isVisible()).toBe(true);
    // Scrolled down to them, the lecture's title still in view above them.
    const seen = await markedPanelLayout(page);
    expect(seen.scrollTop).toBeGreaterThan(0);
    expect(hiddenParts(seen)).toEqual([]);
    // Words split by bold ("**語音轉換的目的**：改變") are marked piece by piece.
    await search(page, '語音轉換的目的 改變');
    await searchField(page).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('lecture:286');
    await expect.poll(async () => (await marks.allTextContents()).join('')).toBe('語音轉換的目的：改變');
    // Names hold "audio" alone; Enter before the pause reads the descriptions first and opens the lecture whose
    // description says "corrupted audio", not the best of those names.
    await searchField(page).fill('corrupted audio');
    await searchField(page).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('lecture:237');
    await expect.poll(async () => (await marks.allTextContents()).join(' ')).toMatch(/corrupted audio/i);
    await page.goBack();
    // Gone once the reader moves on and comes back another way.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('lecture:219');
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('lecture:286');
    await page.locator('la-lecture-panel la-markdown .body').waitFor({ state: 'attached' });
    expect(await marks.count()).toBe(0);
  });

  it('should say which words of a query nothing holds, above matches of the others', async () => {
    await searchField(page).fill('quantum GAN');
    const partial = page.locator('la-search.main .partial');
    // Once the pause has passed and no description holds the whole query either.
    await expect
      .poll(() => partial.textContent())
      .toBe('No name holds "quantum": these match the other words.');
    const list = page.locator('la-search.main ul[role=listbox]');
    expect(await list.getAttribute('aria-describedby')).toBe(await partial.getAttribute('id'));
    expect(await page.locator('la-search.main li[role=option]').first().getAttribute('data-key')).toBe(
      'concept:gan',
    );
    await searchField(page).fill('GAN');
    await expect.poll(() => partial.count()).toBe(0);
    await searchField(page).fill('');
  });

  it('should say so when nothing matches', async () => {
    await searchField(page).fill('qqqqxyzzy');
    await expect
      .poll(() => page.locator('la-search.main .empty').textContent())
      .toContain('No lecture or concept matches');
    await searchField(page).fill('');
  });

  it('should filter by series, kind and degree and say how much is visible', async () => {
    const shown = async () =>
      /(\d+) of (\d+) nodes shown/
        .exec((await status().textContent()) ?? '')!
        .slice(1)
        .map(Number);
    const [all, total] = await shown();
    expect(all).toBe(total);
    await page.locator('la-filters input[name=series][value="DLHLP 2020"]').check();
    await expect.poll(async () => (await shown())[0]).toBeLessThan(total!);
    const dlhlp = (await shown())[0]!;
    await expect.poll(() => queryOf(page).series).toBe('DLHLP 2020');
    await page.locator('la-filters input[name=kind][value=concept]').uncheck();
    await expect.poll(async () => (await shown())[0]).toBeLessThan(dlhlp);
    expect((await shown())[0]).toBe(32);
    await page.locator('la-filters input[name=kind][value=concept]').check();
    await page.locator('la-filters input[name=series][value="DLHLP 2020"]').uncheck();
    await page.locator('la-filters input#degree').fill('10');
    await page.locator('la-filters input#degree').dispatchEvent('change');
    await expect.poll(async () => (await shown())[0]).toBeLessThan(total!);
    await expect.poll(() => queryOf(page).degree).toBe('10');
    await page.locator('la-filters input#degree').fill('0');
    await page.locator('la-filters input#degree').dispatchEvent('change');
    await expect.poll(async () => (await shown())[0]).toBe(total);
  });

  it('should say when the filters leave nothing, and reset them', async () => {
    for (const kind of ['lecture', 'concept', 'note'])
      await page.locator(`la-filters input[name=kind][value=${kind}]`).uncheck();
    const empty = page.locator('.empty-filter');
    await expect.poll(() => empty.textContent()).toContain('No node matches these filters');
    expect(await status().textContent()).toContain('0 of');
    await empty.locator('button').click();
    await expect.poll(() => empty.count()).toBe(0);
    expect(await page.locator('la-filters input[name=kind]:checked').count()).toBe(3);
    // The focus goes on to the view the button gave back, not to the top of the page.
    await expect.poll(() => focusTrail(page)).toContain('button.mode-graph');
  });

  it('should select a node clicked in the graph and frame its neighbourhood', async () => {
    await page.locator('.details button.close').click();
    await expect.poll(() => queryOf(page).node).toBeUndefined();
    // Where sigma drew the BERT concept, in page coordinates.
    const point = await page.evaluate(() => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        sigmaController: {
          sigma: {
            getNodeDisplayData(k: string): { x: number; y: number };
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            getContainer(): HTMLElement;
            getCamera(): { setState(s: object): void };
            refresh(): void;
          };
        };
      };
      const sigma = view.sigmaController.sigma;
      // As if the user had zoomed back out to the whole graph.
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData('concept:bert'));
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => queryOf(page).node).toBe('concept:bert');
    expect(await panelTitle().textContent()).toBe('BERT');
  });

  it('should colour by series with a legend of the series', async () => {
    expect(await page.locator('la-legend button[data-id^="group-"]').first().textContent()).toContain(
      'group',
    );
    await page.locator('la-filters input[name=color-by][value=series]').check();
    await expect
      .poll(() => page.locator('la-legend button').allTextContents())
      .toContainEqual(expect.stringContaining('DLHLP 2020'));
    await expect.poll(() => queryOf(page).color).toBe('series');
    await page.locator('la-filters input[name=color-by][value=community]').check();
  });

  it('should explain how two nodes are related, hop by hop', async () => {
    // The path finder opens from the toolbar.
    await page.getByRole('button', { name: 'Path finder' }).click();
    const finder = page.locator('la-path-finder');
    await expect
      .poll(() => finder.locator('la-search.from input').evaluate((e) => e.matches(':focus')))
      .toBe(true);
    await finder.locator('la-search.from input').fill('BERT');
    await finder.locator('la-search.from [role=option]').first().waitFor();
    await finder.locator('la-search.from input').press('Enter');
    await finder.locator('la-search.to input').fill('向量');
    await finder.locator('la-search.to [role=option]').first().waitFor();
    await finder.locator('la-search.to input').press('Enter');
    const hops = finder.locator('ol.hops li');
    await expect.poll(() => hops.count()).toBeGreaterThan(1);
    expect(await hops.first().textContent()).toContain('BERT');
    expect(await hops.last().textContent()).toContain('vector');
    expect(await hops.nth(1).locator('.rel').textContent()).toMatch(/\w/);
    await expect.poll(() => queryOf(page)).toMatchObject({ from: 'concept:bert', to: 'concept:vector' });
    await finder.locator('button.clear').click();
    await expect.poll(() => finder.locator('ol.hops').count()).toBe(0);
    await expect.poll(() => queryOf(page).from).toBeUndefined();
  });
});
