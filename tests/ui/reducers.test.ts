import { describe, it, expect } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/core/types.js';
import {
  DIMMED_SIZE,
  EMPTY_RENDER_STATE,
  RENDER_COLORS,
  THEME_COLORS,
  edgeAppearance,
  nodeAppearance,
  touchedNodes,
  type RenderState,
} from '../../src/ui/state/reducers.js';
import { NO_SERIES_COLOR } from '../../src/ui/state/series-colors.js';
import {
  contrastRatio,
  DARK_BACKGROUND,
  OTHER_COLOR,
  onDarkBackground,
  PALETTE,
} from '../../src/core/palette.js';

const lecture = {
  kind: 'lecture',
  label: 'BERT and its family',
  title: 'BERT and its family',
  number: 234,
  series: 'DLHLP 2020',
  x: 1,
  y: 2,
  size: 10,
  color: '#4e79a7',
} as unknown as NodeAttributes;
const concept = {
  kind: 'concept',
  label: 'BERT',
  labelZh: 'BERT 模型',
  aliases: [],
  x: 0,
  y: 0,
  size: 6,
  color: '#f28e2b',
} as unknown as NodeAttributes;
const mention: EdgeAttributes = { kind: 'mentions', weight: 0.9 };

const state = (patch: Partial<RenderState>): RenderState => ({ ...EMPTY_RENDER_STATE, ...patch });

describe('nodeAppearance', () => {
  it('should hide a node the filters drop, whatever else is asked', () => {
    const out = nodeAppearance(
      'lecture:234',
      lecture,
      state({ visible: new Set(['concept:bert']), selected: 'lecture:234' }),
    );
    expect(out.hidden).toBe(true);
  });

  it('should keep the data attributes and the community colour by default', () => {
    const out = nodeAppearance('lecture:234', lecture, EMPTY_RENDER_STATE);
    expect(out).toEqual({
      x: 1,
      y: 2,
      size: 10,
      color: '#4e79a7',
      label: 'BERT and its family',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      type: undefined,
      borderColor: RENDER_COLORS.nodeBorder,
      ringSize: 0,
      ringColor: RENDER_COLORS.nodeBorder,
      fillColor: '#4e79a7',
      zIndex: 1.125,
      active: false,
    });
  });

  it('should draw bigger nodes over smaller ones, and the selection over all but its neighbours', () => {
    const big = nodeAppearance('concept:gan', { ...concept, size: 30 }, EMPTY_RENDER_STATE).zIndex;
    const small = nodeAppearance('concept:wgan', { ...concept, size: 6 }, EMPTY_RENDER_STATE).zIndex;
    expect(big).toBeGreaterThan(small);
    const selected = nodeAppearance(
      'concept:wgan',
      { ...concept, size: 6 },
      state({ selected: 'concept:wgan' }),
    );
    expect(selected.zIndex).toBeGreaterThan(big);
    // Its neighbours are drawn over it: a tap on one inside the selection's disc opens that neighbour.
    const focus = new Map([
      ['concept:gan', 0],
      ['concept:wgan', 1],
    ]);
    const withFocus = state({ selected: 'concept:gan', focus });
    const hub = nodeAppearance('concept:gan', { ...concept, size: 30 }, withFocus).zIndex;
    const neighbour = nodeAppearance('concept:wgan', { ...concept, size: 6 }, withFocus).zIndex;
    expect(neighbour).toBeGreaterThan(hub);
  });

  it('should draw each kind with its own program, lectures a little smaller, only with shapes on', () => {
    const shaped = state({ shapes: true });
    expect(nodeAppearance('lecture:234', lecture, shaped)).toMatchObject({ type: 'square', size: 7.5 });
    expect(nodeAppearance('concept:bert', concept, shaped)).toMatchObject({ type: 'disc', size: 6 });
    expect(nodeAppearance('concept:bert', concept, EMPTY_RENDER_STATE).type).toBeUndefined();
  });

  it('should draw a concept as a disc in a thin ring and a note as a wide ring, with the same program', () => {
    const shaped = state({ shapes: true, colorBy: 'community' });
    const note = { kind: 'note', label: 'Reading list', x: 0, y: 0, size: 4, color: '#59a14f' };
    expect(nodeAppearance('concept:bert', concept, shaped)).toMatchObject({
      type: 'disc',
      ringSize: 0.16,
      ringColor: RENDER_COLORS.nodeBorder,
      fillColor: '#f28e2b',
    });
    expect(nodeAppearance('note:reading', note as unknown as NodeAttributes, shaped)).toMatchObject({
      type: 'disc',
      ringSize: 0.4,
      ringColor: '#59a14f',
      fillColor: RENDER_COLORS.nodeBorder,
    });
  });

  it('should colour communities with the explorer’s colours, falling back to the graph’s', () => {
    const inCommunity = { ...concept, community: 3 } as unknown as NodeAttributes;
    const s = state({ communityColors: new Map([[3, '#0072b2']]) });
    expect(nodeAppearance('concept:bert', inCommunity, s).color).toBe('#0072b2');
    expect(nodeAppearance('concept:bert', concept, s).color).toBe('#f28e2b');
  });

  it('should add a lecture’s part to its label, so two parts read apart on the graph', () => {
    const part = { ...lecture, partLabel: '2/3' } as unknown as NodeAttributes;
    expect(nodeAppearance('lecture:234', part, EMPTY_RENDER_STATE).label).toBe('BERT and its family (2/3)');
  });

  it('should dim everything outside the hovered node’s neighbourhood when hover dims', () => {
    const s = state({
      hovered: 'concept:bert',
      hoverNodes: new Set(['concept:bert', 'lecture:234']),
      hoverDims: true,
    });
    expect(nodeAppearance('lecture:234', lecture, s)).toMatchObject({ color: '#4e79a7', forceLabel: true });
    expect(nodeAppearance('concept:gan', concept, s)).toMatchObject({
      color: RENDER_COLORS.dimNode,
      label: null,
    });
    // Without dimming (very large drawings) the rest keeps its colour.
    expect(nodeAppearance('concept:gan', concept, { ...s, hoverDims: false }).color).toBe('#f28e2b');
  });

  it('should use the dark theme’s colours for dimmed nodes', () => {
    const s = state({ selected: 'lecture:234', focus: new Map([['lecture:234', 0]]), theme: 'dark' });
    expect(nodeAppearance('concept:gan', concept, s).color).toBe(THEME_COLORS.dark.dimNode);
    expect(nodeAppearance('lecture:234', lecture, s).borderColor).toBe(THEME_COLORS.dark.activeBorder);
  });

  it('should draw every group colour 3:1 against the dark canvas, in its own hue, and the light theme as it is', () => {
    for (const color of [...PALETTE, OTHER_COLOR]) {
      const community = { ...concept, community: 0 } as unknown as NodeAttributes;
      const s = (theme: 'light' | 'dark') => state({ communityColors: new Map([[0, color]]), theme });
      expect(nodeAppearance('concept:bert', community, s('light')).color).toBe(color);
      const dark = nodeAppearance('concept:bert', community, s('dark')).color!;
      expect(contrastRatio(dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
      if (contrastRatio(color, DARK_BACKGROUND) >= 3) expect(dark).toBe(color);
    }
    // Tol's indigo (1.5:1 on the dark canvas) is lightened, not swapped for another colour.
    expect(onDarkBackground('#332288')).toBe('#6659a6');
  });

  it('should return objects of one shape whatever the state (sigma copies them for every drawn node)', () => {
    const focus = new Map([['lecture:234', 0]]);
    const states = [
      EMPTY_RENDER_STATE,
      state({ visible: new Set(['concept:bert']) }),
      state({ selected: 'lecture:234', focus, focusEdges: new Set() }),
      state({ hovered: 'lecture:234', hoverNodes: new Set(['lecture:234']) }),
    ];
    const shapes = new Set(states.map((s) => Object.keys(nodeAppearance('lecture:234', lecture, s)).join()));
    expect(shapes.size).toBe(1);
  });

  it('should force the labels of a selection’s neighbours only when there are few of them', () => {
    const focus = new Map([
      ['lecture:234', 0],
      ['concept:bert', 1],
    ]);
    const few = state({ selected: 'lecture:234', focus, focusEdges: new Set(), neighbourLabels: true });
    const many = { ...few, neighbourLabels: false };
    expect(nodeAppearance('concept:bert', concept, few).forceLabel).toBe(true);
    expect(nodeAppearance('concept:bert', concept, many)).toMatchObject({ forceLabel: false, label: 'BERT' });
  });

  it('should colour by series, concepts in the neutral colour', () => {
    const colors = new Map([['DLHLP 2020', '#123456']]);
    expect(
      nodeAppearance('lecture:234', lecture, state({ colorBy: 'series', seriesColors: colors })).color,
    ).toBe('#123456');
    expect(
      nodeAppearance('concept:bert', concept, state({ colorBy: 'series', seriesColors: colors })).color,
    ).toBe(NO_SERIES_COLOR);
  });

  it('should highlight the selection, label its neighbours and dim the rest', () => {
    const focus = new Map([
      ['lecture:234', 0],
      ['concept:bert', 1],
    ]);
    const s = state({ selected: 'lecture:234', focus, focusEdges: new Set() });
    expect(nodeAppearance('lecture:234', lecture, s)).toMatchObject({
      highlighted: true,
      forceLabel: true,
      // Grown, by two units at most: a hub grown by half would cover its neighbours.
      size: 12,
    });
    expect(nodeAppearance('concept:bert', concept, s)).toMatchObject({ forceLabel: true, color: '#f28e2b' });
    expect(nodeAppearance('concept:gan', concept, s)).toMatchObject({
      color: RENDER_COLORS.dimNode,
      label: null,
      // Drawn smaller, so the highlighted edges under it stay visible.
      size: 6 * DIMMED_SIZE,
    });
  });

  it('should put the path above the neighbourhood: path nodes highlighted, others outside both dimmed', () => {
    const s = state({
      selected: 'lecture:234',
      focus: new Map([['lecture:234', 0]]),
      focusEdges: new Set(),
      pathNodes: new Set(['concept:bert']),
      pathEdges: new Set(),
    });
    expect(nodeAppearance('concept:bert', concept, s)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeAppearance('lecture:234', lecture, s).color).toBe('#4e79a7');
    expect(nodeAppearance('concept:other', concept, s).color).toBe(RENDER_COLORS.dimNode);
  });

  it('should show Chinese concept labels in Chinese, lecture titles unchanged', () => {
    expect(nodeAppearance('concept:bert', concept, state({ lang: 'zh-TW' })).label).toBe('BERT 模型');
    expect(nodeAppearance('lecture:234', lecture, state({ lang: 'zh-TW' })).label).toBe(
      'BERT and its family',
    );
  });

  it('should label the hovered node and its neighbours', () => {
    const s = state({ hovered: 'concept:bert', hoverNodes: new Set(['concept:bert', 'lecture:234']) });
    expect(nodeAppearance('concept:bert', concept, s)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeAppearance('lecture:234', lecture, s).forceLabel).toBe(true);
  });
});

describe('edgeAppearance', () => {
  it('should hide an edge with a hidden end', () => {
    const s = state({ visible: new Set(['lecture:234']) });
    expect(edgeAppearance('e', mention, 'lecture:234', 'concept:bert', s).hidden).toBe(true);
  });

  it('should show only the neighbourhood edges when something is selected', () => {
    const s = state({
      selected: 'lecture:234',
      focus: new Map([['lecture:234', 0]]),
      focusEdges: new Set(['in']),
    });
    expect(edgeAppearance('in', mention, 'lecture:234', 'concept:bert', s)).toMatchObject({
      color: RENDER_COLORS.focusEdge,
    });
    expect(edgeAppearance('out', mention, 'concept:gan', 'concept:bert', s).hidden).toBe(true);
  });

  it('should draw path edges thick and dark, and hover edges dark', () => {
    const s = state({ pathNodes: new Set(), pathEdges: new Set(['p']), hovered: 'concept:bert' });
    expect(edgeAppearance('p', mention, 'a', 'b', s)).toMatchObject({
      color: RENDER_COLORS.pathEdge,
      size: 4,
    });
    expect(edgeAppearance('h', mention, 'lecture:234', 'concept:bert', s)).toMatchObject({
      color: RENDER_COLORS.hoverEdge,
    });
    expect(edgeAppearance('x', mention, 'a', 'c', s).hidden).toBe(true);
    // Where nodes are drawn at a quarter of their size (a phone), so are the edges and their arrowheads, to a
    // floor of one pixel.
    const phone = state({ ...s, nodeScale: 0.25 });
    expect(edgeAppearance('p', mention, 'a', 'b', phone).size).toBe(1);
    expect(edgeAppearance('p', mention, 'a', 'b', state({ ...s, nodeScale: 0.5 })).size).toBe(2);
  });

  it('should draw edges in the theme’s edge colour and sigma’s default size in the default view', () => {
    expect(edgeAppearance('e', mention, 'a', 'b', EMPTY_RENDER_STATE)).toEqual({
      color: THEME_COLORS.light.edge,
      size: undefined,
      hidden: false,
      type: undefined,
    });
    expect(edgeAppearance('e', mention, 'a', 'b', state({ theme: 'dark' })).color).toBe(
      THEME_COLORS.dark.edge,
    );
  });

  it('should draw prerequisites and other directed edges with an arrow where a selection, hover or path shows them', () => {
    const shaped = state({ shapes: true, selected: 'a', focusEdges: new Set(['p', 'n', 'm']) });
    expect(edgeAppearance('p', { kind: 'prerequisite' }, 'a', 'b', shaped).type).toBe('arrow');
    expect(edgeAppearance('n', { kind: 'next-in-series' }, 'a', 'b', shaped).type).toBe('arrow');
    expect(edgeAppearance('m', mention, 'a', 'b', shaped).type).toBeUndefined();
    expect(edgeAppearance('p', { kind: 'prerequisite' }, 'a', 'b', EMPTY_RENDER_STATE).type).toBeUndefined();
    const hovered = state({ shapes: true, hovered: 'b', hoverNodes: new Set(['b']) });
    expect(edgeAppearance('q', { kind: 'prerequisite' }, 'a', 'b', hovered).type).toBe('arrow');
    const path = state({ shapes: true, pathEdges: new Set(['q']) });
    expect(edgeAppearance('q', { kind: 'prerequisite' }, 'a', 'b', path).type).toBe('arrow');
    // The overview: plain lines, however many directed edges it draws.
    expect(
      edgeAppearance('p', { kind: 'prerequisite' }, 'a', 'b', state({ shapes: true })).type,
    ).toBeUndefined();
  });

  it('should hide edges away from the hovered node when hover dims', () => {
    const s = state({ hovered: 'concept:bert', hoverNodes: new Set(['concept:bert']), hoverDims: true });
    expect(edgeAppearance('x', mention, 'a', 'c', s).hidden).toBe(true);
    expect(edgeAppearance('h', mention, 'lecture:234', 'concept:bert', s).hidden).toBe(false);
  });

  it('should hide all but the concept skeleton in the overview of a large graph, unless hovered', () => {
    const sparse = state({ sparseEdges: true });
    expect(edgeAppearance('e', mention, 'lecture:234', 'concept:bert', sparse).hidden).toBe(true);
    expect(edgeAppearance('r', { kind: 'related' }, 'concept:a', 'concept:b', sparse).hidden).toBe(false);
    const hovered = { ...sparse, hovered: 'lecture:234', hoverNodes: new Set(['lecture:234']) };
    expect(edgeAppearance('e', mention, 'lecture:234', 'concept:bert', hovered).hidden).toBe(false);
  });
});

describe('GPU dimming (the light point program)', () => {
  const focus = new Map([
    ['lecture:234', 0],
    ['concept:bert', 1],
  ]);
  const selected = state({ gpuDim: true, selected: 'lecture:234', focus, focusEdges: new Set() });

  it('should mark the neighbourhood active and leave the rest’s colour and label to the program', () => {
    expect(nodeAppearance('concept:bert', concept, selected)).toMatchObject({
      active: true,
      color: '#f28e2b',
    });
    expect(nodeAppearance('concept:gan', concept, selected)).toMatchObject({
      active: false,
      color: '#f28e2b',
      label: 'BERT',
    });
  });

  it('should draw a node outside every neighbourhood the same whatever is selected or hovered', () => {
    const none = state({ gpuDim: true });
    const hovered = state({
      gpuDim: true,
      hoverDims: true,
      hovered: 'concept:bert',
      hoverNodes: new Set(['concept:bert', 'lecture:234']),
    });
    const path = state({ gpuDim: true, pathNodes: new Set(['concept:bert']), pathEdges: new Set() });
    const looks = [none, selected, hovered, path].map((s) => nodeAppearance('concept:gan', concept, s));
    for (const look of looks) expect(look).toEqual(looks[0]);
  });

  it('should restyle only the nodes of the old and new neighbourhoods when only the selection changes', () => {
    const before = state({
      gpuDim: true,
      selected: 'concept:gan',
      focus: new Map([['concept:gan', 0]]),
      hoverNodes: new Set(['concept:vae']),
    });
    expect(touchedNodes(before, selected)).toEqual(
      new Set(['concept:gan', 'concept:vae', 'lecture:234', 'concept:bert']),
    );
  });

  it('should restyle everything when more than the neighbourhoods changed, or without GPU dimming', () => {
    expect(touchedNodes(state({ gpuDim: true }), { ...selected, colorBy: 'series' })).toBeNull();
    expect(
      touchedNodes(state({ gpuDim: true }), { ...selected, visible: new Set(['concept:bert']) }),
    ).toBeNull();
    expect(touchedNodes(state({}), { ...selected, gpuDim: false })).toBeNull();
  });
});
