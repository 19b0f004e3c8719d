import { describe, it, expect, vi } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { displayPlan } from '../../src/ui/state/display-graph.js';
import { DEFAULT_DISPLAY_OPTIONS, type DisplayOptions } from '../../src/ui/state/display-options.js';
import { ONE_CELL, labelSettings } from '../../src/ui/state/label-settings.js';
import { MIN_SCALED_SIZE } from '../../src/ui/state/node-scale.js';

const DEFAULTS = { labelRenderedSizeThreshold: 7, labelDensity: 0.6, labelGridCellSize: 140 };

/** `n` concepts of sizes `size(i)`, unconnected. */
function concepts(n: number, size: (i: number) => number | undefined): AtlasGraph {
  const g = createAtlasGraph();
  for (let i = 0; i < n; i++)
    g.addNode(`concept:c${i}`, {
      kind: 'concept',
      label: `C${i}`,
      aliases: [],
      category: 'concept',
      lectureCount: 1,
      origin: 'lexicon',
      x: i,
      y: 0,
      size: size(i),
    });
  return g;
}

const settings = (
  g: AtlasGraph,
  patch: Partial<DisplayOptions> = {},
  shown: ReadonlySet<string> | null = null,
) => labelSettings(g, displayPlan(g, { ...DEFAULT_DISPLAY_OPTIONS, ...patch }), DEFAULTS, 1, shown);

/** The keys of the concepts `from` to `to` (excluded) of a graph made by `concepts`. */
const keys = (from: number, to: number): Set<string> =>
  new Set(Array.from({ length: to - from }, (_, i) => `concept:c${from + i}`));

describe('labelSettings', () => {
  it('should keep the defaults for an empty graph or one without sizes', () => {
    expect(settings(createAtlasGraph())).toEqual(DEFAULTS);
    expect(settings(concepts(3, () => undefined))).toEqual(DEFAULTS);
  });

  it('should keep the defaults when nothing the graph holds is shown', () => {
    const g = concepts(300, (i) => (i < 80 ? 9 : 3));
    expect(settings(g, {}, new Set())).toEqual(DEFAULTS);
    expect(settings(g, {}, new Set(['concept:gone', 'lecture:404']))).toEqual(DEFAULTS);
  });

  it('should label every node of a small graph whose nodes are all drawn under the default threshold', () => {
    // A playlist of ten: sizes 4.6–5.7, none reaching 7 pixels.
    const out = settings(concepts(10, (i) => 4.6 + i * 0.1));
    expect(out.labelRenderedSizeThreshold).toBeLessThanOrEqual(4.6);
    // …and lifts the grid's limit of a label per cell (the drawers still leave out overlapping labels).
    expect(out.labelDensity).toBeGreaterThanOrEqual(10);
  });

  it('should keep a large library’s threshold when enough of its nodes reach it', () => {
    const out = settings(concepts(300, (i) => (i < 80 ? 9 : 3)));
    expect(out).toEqual(DEFAULTS);
  });

  it('should label the same nodes when a small screen draws them smaller', () => {
    const g = concepts(300, (i) => (i < 80 ? 9 : 3));
    const plan = displayPlan(g, DEFAULT_DISPLAY_OPTIONS);
    // Drawn at half size, the 80 nodes of size 9 are 4.5 pixels: the threshold halves with them.
    expect(labelSettings(g, plan, DEFAULTS, 0.5).labelRenderedSizeThreshold).toBe(3.5);
    const small = concepts(10, (i) => 4.6 + i * 0.1);
    expect(
      labelSettings(small, displayPlan(small, DEFAULT_DISPLAY_OPTIONS), DEFAULTS, 0.5)
        .labelRenderedSizeThreshold,
    ).toBeLessThanOrEqual(2.3);
    // Scaled so far down that the smallest nodes are drawn as the smallest dot, those get no label.
    expect(labelSettings(g, plan, DEFAULTS, 0.25).labelRenderedSizeThreshold).toBeGreaterThan(
      MIN_SCALED_SIZE,
    );
  });

  it('should lower the threshold to the largest `labelledNodes` nodes, no further', () => {
    // Past `labelAllUpTo` (here every graph is), the grid keeps its cells.
    const out = settings(
      concepts(100, (i) => 10 - i * 0.05),
      { labelledNodes: 40, labelAllUpTo: 0 },
    );
    // The 40th largest is 10 - 39 × 0.05 = 8.05 > 7: the default holds.
    expect(out.labelRenderedSizeThreshold).toBe(7);
    const small = settings(
      concepts(100, (i) => 6 - i * 0.01),
      { labelAllUpTo: 0 },
    );
    expect(small.labelRenderedSizeThreshold).toBeCloseTo(6 - 39 * 0.01, 5);
    expect(small.labelDensity).toBe(DEFAULTS.labelDensity);
    expect(small.labelGridCellSize).toBe(DEFAULTS.labelGridCellSize);
  });

  it('should choose from the nodes a filter shows, not from the whole graph', () => {
    // The overview of 300 nodes labels its 80 hubs at the defaults; a filter leaving 30 small nodes of it
    // (size 3, all under the default threshold) names every one of them where there is room.
    const g = concepts(300, (i) => (i < 80 ? 9 : 3));
    expect(settings(g)).toEqual(DEFAULTS);
    const out = settings(g, {}, keys(200, 230));
    expect(out.labelRenderedSizeThreshold).toBeLessThanOrEqual(3);
    // Every one of them a candidate, in one grid cell: sigma hands their labels over largest first.
    expect(out.labelDensity).toBeGreaterThanOrEqual(30);
    expect(out.labelGridCellSize).toBe(ONE_CELL);
  });

  it('should offer every node shown up to `labelAllUpTo`, and keep the grid past it', () => {
    const g = concepts(300, (i) => 6 - i * 0.02);
    // 100 shown (the default bound): down to the smallest of them, 6 - 99 × 0.02 = 4.02.
    const all = settings(g, {}, keys(0, 100));
    // (Rounded down to the hundredth: 4.019999… is 4.01.)
    expect(all.labelRenderedSizeThreshold).toBeLessThanOrEqual(4.02);
    expect(all.labelRenderedSizeThreshold).toBeGreaterThan(4);
    expect(all).toMatchObject({ labelDensity: 100, labelGridCellSize: ONE_CELL });
    // 101 shown: the grid's cells and density, the threshold down to the 40th largest, 6 - 39 × 0.02 = 5.22.
    const grid = settings(g, {}, keys(0, 101));
    expect(grid.labelRenderedSizeThreshold).toBeLessThanOrEqual(5.22);
    expect(grid.labelRenderedSizeThreshold).toBeGreaterThan(5.2);
    expect(grid).toMatchObject({ labelDensity: 0.6, labelGridCellSize: 140 });
    expect(settings(g, { labelAllUpTo: 20 }, keys(0, 30)).labelGridCellSize).toBe(140);
  });

  it('should read only the nodes shown (a filter change costs what it lets through, not the graph)', () => {
    const g = concepts(300, (i) => (i < 80 ? 9 : 3));
    const plan = displayPlan(g, DEFAULT_DISPLAY_OPTIONS);
    const everyNode = vi.spyOn(g, 'forEachNode');
    labelSettings(g, plan, DEFAULTS, 1, keys(0, 30));
    expect(everyNode).not.toHaveBeenCalled();
  });

  it('should weigh a lecture by the size it is drawn at (shape programs draw lectures smaller)', () => {
    const g = createAtlasGraph();
    g.addNode('lecture:1', {
      kind: 'lecture',
      label: 'L',
      title: 'L',
      rawTitle: 'L',
      number: 1,
      videoId: 'v',
      url: 'u',
      thumbnail: 't',
      language: 'en',
      source: { file: 'f', line: 1 },
      x: 0,
      y: 0,
      size: 6,
    });
    // Drawn at 6 × 0.75 = 4.5 pixels.
    expect(settings(g).labelRenderedSizeThreshold).toBeLessThanOrEqual(4.5);
  });
});
