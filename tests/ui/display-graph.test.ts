import { describe, it, expect } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, EdgeKind } from '../../src/core/types.js';
import {
  buildDisplayGraph,
  displayContent,
  displayNodeAttributes,
  displayPlan,
  reuseUnchangedContent,
} from '../../src/ui/state/display-graph.js';
import {
  DEFAULT_DISPLAY_OPTIONS,
  DisplayOptionsError,
  resolveDisplayOptions,
  type DisplayOptions,
} from '../../src/ui/state/display-options.js';
import { deriveView } from '../../src/ui/state/render-state.js';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/ui/state/view-state.js';
import { framedPoints } from '../../src/ui/state/framed-points.js';

/**
 * Two concepts (a, b, related), a note on b, and `lectures` lectures: each mentions a, odd ones also b,
 * and each is the prerequisite of the next. Lecture n sits at (n, n).
 */
function library(lectures: number): AtlasGraph {
  const g = createAtlasGraph();
  for (let n = 1; n <= lectures; n++)
    g.addNode(`lecture:${n}`, {
      kind: 'lecture',
      label: `Lecture ${n}`,
      title: `Lecture ${n}`,
      rawTitle: `Lecture ${n}`,
      number: n,
      videoId: 'v',
      url: 'u',
      thumbnail: 't',
      language: 'en',
      series: n % 2 ? 'Odd' : 'Even',
      summary: 'long text the explorer does not draw',
      source: { file: 'f', line: n },
      x: n,
      y: n,
      size: 3,
      color: '#111111',
    });
  for (const id of ['a', 'b'])
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label: id.toUpperCase(),
      labelZh: `${id}中文`,
      aliases: [],
      category: 'concept',
      lectureCount: 1,
      origin: 'lexicon',
      x: -1,
      y: 0,
      size: 8,
    });
  g.addNode('note:n', { kind: 'note', label: 'N', excerpt: '', source: { file: 'f', line: 1 }, x: 0, y: -2 });
  const edge = (kind: EdgeKind, s: string, t: string): void =>
    void g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind });
  edge('related', 'concept:a', 'concept:b');
  edge('covers', 'note:n', 'concept:b');
  for (let n = 1; n <= lectures; n++) {
    edge('mentions', `lecture:${n}`, 'concept:a');
    if (n % 2) edge('mentions', `lecture:${n}`, 'concept:b');
    if (n > 1) edge('prerequisite', `lecture:${n - 1}`, `lecture:${n}`);
  }
  return g;
}

const options = (patch: Partial<DisplayOptions>): DisplayOptions => ({
  ...DEFAULT_DISPLAY_OPTIONS,
  ...patch,
});
const view = (g: AtlasGraph, patch: Partial<ViewState> = {}) =>
  deriveView(g, { ...DEFAULT_VIEW_STATE, ...patch }, 'en', new Map()).render;

describe('resolveDisplayOptions', () => {
  it('should refuse a negative or fractional threshold, naming the option and where it came from', () => {
    expect(() => resolveDisplayOptions({ overviewAboveNodes: -1 }, '<la-app overview-above>')).toThrow(
      DisplayOptionsError,
    );
    expect(() => resolveDisplayOptions({ focusEdges: 1.5 }, 'test')).toThrow(/test: "focusEdges"/);
  });

  it('should fill what is not given from the defaults', () => {
    expect(resolveDisplayOptions({ overviewAboveNodes: 10 })).toEqual({
      ...DEFAULT_DISPLAY_OPTIONS,
      overviewAboveNodes: 10,
    });
  });
});

describe('displayPlan', () => {
  it('should draw a small graph in full, every edge, with discs', () => {
    const plan = displayPlan(library(4), DEFAULT_DISPLAY_OPTIONS);
    expect(plan).toMatchObject({ level: 'full', allEdges: true, lightPrograms: false, skeleton: [] });
    expect(plan.bbox).toEqual({ x: [-1, 4], y: [-2, 4] });
  });

  it('should switch to the overview, the skeleton and points past the thresholds', () => {
    const g = library(10);
    const plan = displayPlan(
      g,
      options({ overviewAboveNodes: 5, allEdgesUpTo: 5, lightProgramsAboveNodes: 5 }),
    );
    expect(plan).toMatchObject({ level: 'overview', allEdges: false, lightPrograms: true, lectures: 10 });
    expect(plan.skeleton).toEqual(['related:concept:a->concept:b']);
    expect(plan.overviewNodes).toEqual(['concept:a', 'concept:b', 'note:n']);
  });
});

describe('displayContent', () => {
  it('should hand every node and edge of a small graph to sigma', () => {
    const g = library(4);
    const content = displayContent(g, displayPlan(g, DEFAULT_DISPLAY_OPTIONS), view(g));
    expect(content.nodes).toHaveLength(g.order);
    expect(content.edges).toHaveLength(g.size);
    expect(content).toMatchObject({ hiddenLectures: 0, omittedEdges: 0 });
  });

  it('should draw the skeleton and the selection’s edges, nearest first, within the edge budget', () => {
    const g = library(10);
    const plan = displayPlan(g, options({ allEdgesUpTo: 5, focusEdges: 3 }));
    expect(displayContent(g, plan, view(g)).edges).toEqual(['related:concept:a->concept:b']);
    const selected = displayContent(g, plan, view(g, { selected: 'lecture:5' }));
    // lecture:5 links to a, b, 4 and 6 (distance 1); three edges fit, one is left out.
    const around = selected.edges.filter((e) => g.extremities(e).includes('lecture:5'));
    expect(around).toHaveLength(3);
    expect(selected.omittedEdges).toBeGreaterThan(0);
    // Beside them: the skeleton, and the links of lecture:5's learning path further back (always drawn).
    for (const e of selected.edges.filter((x) => !around.includes(x)))
      expect(['related', 'prerequisite']).toContain(g.getEdgeAttribute(e, 'kind'));
  });

  it('should show concepts and notes in the overview, and reveal a concept’s lectures when it is selected', () => {
    const g = library(10);
    const plan = displayPlan(g, options({ overviewAboveNodes: 5, allEdgesUpTo: 5 }));
    const overview = displayContent(g, plan, view(g));
    expect(overview.nodes).toEqual(['concept:a', 'concept:b', 'note:n']);
    expect(overview.hiddenLectures).toBe(10);
    const b = displayContent(g, plan, view(g, { selected: 'concept:b' }));
    expect(b.nodes.filter((k) => k.startsWith('lecture:')).sort()).toEqual(
      ['lecture:1', 'lecture:3', 'lecture:5', 'lecture:7', 'lecture:9'].sort(),
    );
    expect(b.hiddenLectures).toBe(5);
    // The edges drawn join drawn nodes only.
    for (const e of b.edges) for (const k of g.extremities(e)) expect(b.nodes).toContain(k);
  });

  it('should reveal at most the budget of lectures, nearest the selection first', () => {
    const g = library(10);
    const plan = displayPlan(g, options({ overviewAboveNodes: 5, revealedLectures: 2 }));
    const a = displayContent(g, plan, view(g, { selected: 'concept:a', depth: 2 }));
    expect(a.nodes.filter((k) => k.startsWith('lecture:'))).toHaveLength(2);
    expect(a.hiddenLectures).toBe(8);
    // A selected lecture and the ends of a path are always drawn.
    const path = displayContent(g, plan, view(g, { pathFrom: 'lecture:1', pathTo: 'lecture:9' }));
    expect(path.nodes).toEqual(expect.arrayContaining(['lecture:1', 'lecture:9']));
  });

  it('should reveal the lectures a filter lets through when they are few enough', () => {
    const g = library(10);
    const plan = displayPlan(g, options({ overviewAboveNodes: 5, revealedLectures: 5 }));
    const filter = { ...DEFAULT_VIEW_STATE.filter, series: ['Odd'] };
    const odd = displayContent(g, plan, view(g, { filter }));
    expect(odd.nodes.filter((k) => k.startsWith('lecture:'))).toHaveLength(5);
    expect(odd.hiddenLectures).toBe(0);
  });
});

describe('reuseUnchangedContent', () => {
  it('should keep the previous content when the same items are drawn, so sigma is not re-indexed', () => {
    const g = library(4);
    const plan = displayPlan(g, DEFAULT_DISPLAY_OPTIONS);
    const first = displayContent(g, plan, view(g));
    expect(reuseUnchangedContent(first, displayContent(g, plan, view(g, { colorBy: 'series' })))).toBe(first);
    const selected = displayContent(g, plan, view(g, { selected: 'lecture:1' }));
    expect(reuseUnchangedContent(first, selected)).toBe(first);
    expect(reuseUnchangedContent(undefined, first)).toBe(first);
  });
});

describe('buildDisplayGraph', () => {
  it('should copy only what the reducers read, with the data graph’s keys', () => {
    const g = library(3);
    const plan = displayPlan(g, DEFAULT_DISPLAY_OPTIONS);
    const display = buildDisplayGraph(g, displayContent(g, plan, view(g)), new Map());
    expect(display.order).toBe(g.order);
    expect(display.edges()).toEqual(g.edges());
    expect(display.getNodeAttributes('lecture:1')).toEqual({
      kind: 'lecture',
      label: 'Lecture 1',
      labelZh: undefined,
      series: 'Odd',
      x: 1,
      y: 1,
      size: 3,
      color: '#111111',
      community: undefined,
    });
    expect(displayNodeAttributes(g, 'concept:a').labelZh).toBe('a中文');
    expect(display.getEdgeAttributes('related:concept:a->concept:b')).toEqual({ kind: 'related' });
  });
});

describe('framedPoints', () => {
  it('should keep every point of a small or even spread, and drop far outliers of a cluster', () => {
    const few = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
    expect(framedPoints(few)).toEqual(few);
    const cluster = Array.from({ length: 10 }, (_, i) => ({ x: 0.8 + i * 0.01, y: 0.8 }));
    const outliers = [
      { x: 0.1, y: 0.1 },
      { x: 0.2, y: 0.5 },
    ];
    expect(framedPoints([...cluster, ...outliers])).toEqual(cluster);
    const even = Array.from({ length: 10 }, (_, i) => ({ x: i / 10, y: i / 10 }));
    expect(framedPoints(even)).toEqual(even);
  });
});
