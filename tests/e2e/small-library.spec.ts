import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { buildGraph } from '../../src/pipeline/build-graph.js';
import { ROOT } from './support/paths.js';
import { connectBrowser, openPage, search, searchField, waitForGraph } from './support/session.js';

/** The nodes sigma draws and those whose label it draws (the label grid and size threshold passed). */
async function labels(page: Page): Promise<{ drawn: string[]; labelled: string[] }> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: { getGraph(): { nodes(): string[] }; getNodeDisplayedLabels(): Set<string> };
      };
    };
    const sigma = view.sigmaController.sigma;
    return { drawn: sigma.getGraph().nodes().sort(), labelled: [...sigma.getNodeDisplayedLabels()].sort() };
  });
}

/**
 * A small library: the yt-dlp playlist fixture (five videos and their concepts, about ten nodes), whose
 * nodes are all drawn small, as sizes follow degrees.
 */
describe('a small library (a ten-node playlist graph)', () => {
  let browser: Browser;
  let body: string;
  let concepts: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    const { graph } = await buildGraph({ inputs: [`${ROOT}tests/fixtures/ytdlp/playlist.json`] });
    body = serializeCompactGraph(graph);
    concepts = graph
      .filterNodes((_k, a) => a.kind === 'concept')
      .map((k) => graph.getNodeAttribute(k, 'label'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = () =>
    openPage(browser, '', {
      setup: (p) =>
        p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body }),
        ),
    });

  it('should offer its own concepts as search examples, not the Chinese channel’s', async () => {
    const { page, errors } = await open();
    await waitForGraph(page);
    const placeholder = (await searchField(page).getAttribute('placeholder'))!;
    expect(placeholder).toMatch(/^Search: .+…$/);
    const examples = placeholder.slice('Search: '.length, -1).split(', ');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) expect(concepts).toContain(example);
    expect(placeholder).not.toMatch(/BERT|\p{Script=Han}/u);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should not name the language of every lecture in a library of one language', async () => {
    const { page, errors } = await open();
    await waitForGraph(page);
    await page.locator('.modes button.mode-list').click();
    const identities = page.locator('la-node-list tbody .identity');
    await expect.poll(() => identities.count()).toBeGreaterThan(3);
    for (const text of await identities.allTextContents()) expect(text).not.toMatch(/English|Chinese/);
    await page.locator('la-node-list tbody button.row').first().click();
    await page.locator('la-lecture-panel h2').waitFor();
    expect(await page.locator('la-lecture-panel p.identity').textContent()).not.toMatch(/English/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show a reader of English no Chinese subtitle or aliases in an English library, and keep them for a reader of Chinese', async () => {
    const { page, errors } = await open();
    await waitForGraph(page);
    await page.goto(page.url().replace(/\?.*$/, '') + '?node=concept:graph-neural-network');
    await waitForGraph(page);
    const panel = page.locator('la-concept-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('graph neural network');
    expect(await panel.locator('.zh').count()).toBe(0);
    // Nor Chinese aliases (a reader of Chinese sees them, in their script first).
    const aliases = (await panel.locator('p.aliases').textContent())!;
    expect(aliases).toContain('GNN');
    expect(aliases).not.toMatch(/\p{Script=Han}/u);
    await search(page, 'graph neural');
    expect(await page.locator('la-search.main [role=option]').first().textContent()).not.toMatch(
      /\p{Script=Han}/u,
    );
    await searchField(page).fill('');
    await page.locator('la-toolbar select.lang').selectOption('zh-TW');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('圖神經網路');
    expect(await panel.locator('.zh').textContent()).toBe('graph neural network');
    const zhAliases = (await panel.locator('p.aliases').textContent())!;
    expect(zhAliases.search(/\p{Script=Han}/u)).toBeLessThan(zhAliases.indexOf('GNN'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should name its nodes on the graph, not draw unnamed dots', async () => {
    const { page, errors } = await open();
    await waitForGraph(page);
    await expect.poll(async () => (await labels(page)).drawn.length).toBeGreaterThan(5);
    await expect.poll(async () => (await labels(page)).drawn.length).toBeLessThan(20);
    const { drawn, labelled } = await labels(page);
    expect(labelled).toEqual(drawn);
    expect(errors).toEqual([]);
    await page.close();
  });
});
