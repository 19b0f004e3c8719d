import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serializeCompactGraph } from '../../src/core/compact-graph.js';
import { graphFromSerialized } from '../../src/core/load-graph.js';
import { SCHEMA_VERSION } from '../../src/core/types.js';
import { drawnLabels, nodePoint, overlappingLabels, recordDrawnLabels } from './support/sigma.js';
import { connectBrowser, openPage, waitForGraph } from './support/session.js';

/** A made-up lecture titled "Dropout" in course `series`, at (x, y) of the layout. */
const dropout = (number: number, series: string, x: number) => ({
  key: `lecture:${number}`,
  attributes: {
    kind: 'lecture',
    label: 'Dropout',
    title: 'Dropout',
    rawTitle: `${series} - Dropout`,
    number,
    series,
    seriesKind: 'course',
    language: 'en',
    videoId: `dropout${number}`,
    url: `https://www.youtube.com/watch?v=dropout${number}`,
    thumbnail: '',
    source: { file: 'made-up.json', line: number },
    x,
    y: 0,
    size: 3,
    color: '#0072b2',
    community: 0,
  },
});

const concept = (key: string, label: string, x: number, y: number) => ({
  key: `concept:${key}`,
  attributes: {
    kind: 'concept',
    label,
    aliases: [],
    category: 'method',
    lectureCount: 2,
    origin: 'lexicon',
    x,
    y,
    size: 4,
    color: '#e69f00',
    community: 0,
  },
});

/**
 * Two lectures of one title, both neighbours of the concept `dropout` (so both labels are forced, each with its
 * course as a tag), side by side on one line: the first one's label, right of its node, would run over the
 * second one's node. Two unrelated concepts far out make the layout's bounds.
 */
function sameTitleGraph(): string {
  const mentions = (lecture: string) => ({
    key: `mentions:${lecture}->concept:dropout`,
    source: lecture,
    target: 'concept:dropout',
    attributes: { kind: 'mentions', weight: 0.9, main: true },
  });
  const graph = graphFromSerialized({
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      generator: 'lecture-atlas',
      inputs: [],
      counts: {},
      diagnostics: [],
    },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes: [
      dropout(1, 'DL 2020', -8),
      dropout(2, 'ML 2021', 0),
      concept('dropout', 'dropout', 0, 8),
      concept('regularization', 'regularization', 100, 100),
      concept('weight-decay', 'weight decay', -100, -100),
    ],
    edges: [mentions('lecture:1'), mentions('lecture:2')],
  });
  return serializeCompactGraph(graph);
}

describe('the labels of a selection’s neighbours', () => {
  let browser: Browser;
  let body: string;

  beforeAll(async () => {
    browser = await connectBrowser();
    body = sameTitleGraph();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should draw both of two neighbours of one title side by side on a phone, neither label over the other’s node', async () => {
    const { page, errors } = await openPage(browser, '?node=concept:dropout', {
      width: 390,
      height: 844,
      touch: true,
      setup: async (p) => {
        await recordDrawnLabels(p);
        await p.route('**/graph.compact.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body }),
        );
      },
    });
    await waitForGraph(page);
    const own = (tag: string) => async () =>
      (await drawnLabels(page)).find((l) => l.text.startsWith(`Dropout · ${tag}`));
    // The first lecture's label used to run right across the second one's node, which was then left unnamed.
    await expect.poll(own('DL 2020')).toBeDefined();
    await expect.poll(own('ML 2021')).toBeDefined();
    // Where the nodes are, once sigma says (in a frame between two, it gave NaN on one CI run).
    const points = async () => [await nodePoint(page, 'lecture:1'), await nodePoint(page, 'lecture:2')];
    await expect.poll(async () => (await points()).every((p) => Number.isFinite(p.x + p.y))).toBe(true);
    const labels = await drawnLabels(page);
    // Sigma's container, whose pixels the labels are recorded in.
    const stage = await page.evaluate(() => {
      const view = document
        .querySelector('la-app')!
        .shadowRoot!.querySelector('la-graph-view') as unknown as {
        sigmaController: { sigma: { getContainer(): HTMLElement } };
      };
      const box = view.sigmaController.sigma.getContainer().getBoundingClientRect();
      return { x: box.left, y: box.top };
    });
    const [first, second] = await points();
    // What the test stands on: the nodes on one line, closer than the first one's label is long.
    const width = (await own('DL 2020')())!;
    expect(Math.abs(first.y - second.y)).toBeLessThan(1);
    expect(second.x - first.x).toBeGreaterThan(0);
    expect(second.x - first.x).toBeLessThan(width.x2 - width.x1);
    // No label over either node's middle.
    for (const node of [first, second]) {
      const [x, y] = [node.x - stage.x, node.y - stage.y];
      expect(labels.filter((l) => l.x1 < x + 2 && x - 2 < l.x2 && l.y1 < y + 2 && y - 2 < l.y2)).toEqual([]);
    }
    expect(overlappingLabels(labels)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
