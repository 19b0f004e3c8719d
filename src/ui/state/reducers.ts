/**
 * The bridge from UI state to pixels: what sigma's nodeReducer and edgeReducer return for each
 * node and edge, given the render state (filters, selection neighbourhood, path, hover, colouring,
 * language). Pure functions, so the mapping is unit-tested without a browser.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../core/types.js';
import type { Lang } from '../i18n/index.js';
import { NO_SERIES_COLOR } from './series-colors.js';
import type { ColorBy } from './view-state.js';

export interface RenderState {
  /** Nodes the filters let through (plus the selection and path ends); null shows everything. */
  visible: ReadonlySet<string> | null;
  selected: string | null;
  /** The selection's neighbourhood: node → distance; null when nothing is selected. */
  focus: ReadonlyMap<string, number> | null;
  focusEdges: ReadonlySet<string> | null;
  /** The explained path, when both ends are chosen and connected. */
  pathNodes: ReadonlySet<string> | null;
  pathEdges: ReadonlySet<string> | null;
  hovered: string | null;
  /** The hovered node and its neighbours. */
  hoverNodes: ReadonlySet<string>;
  colorBy: ColorBy;
  seriesColors: ReadonlyMap<string, string>;
  lang: Lang;
  /** Draw only concept-to-concept edges in the overview (set for large graphs). */
  sparseEdges?: boolean;
}

export const EMPTY_RENDER_STATE: RenderState = {
  visible: null,
  selected: null,
  focus: null,
  focusEdges: null,
  pathNodes: null,
  pathEdges: null,
  hovered: null,
  hoverNodes: new Set(),
  colorBy: 'community',
  seriesColors: new Map(),
  lang: 'en',
};

export const RENDER_COLORS = {
  dimNode: '#e3e6ec',
  focusEdge: '#7d8799',
  hoverEdge: '#4a5160',
  pathEdge: '#d62728',
  pathNode: '#d62728',
} as const;

type NodeInput = NodeAttributes & Partial<NodeDisplayData>;
type EdgeInput = EdgeAttributes & Partial<EdgeDisplayData>;

function baseColor(data: NodeInput, state: RenderState): string | undefined {
  if (state.colorBy === 'community') return data.color;
  if (data.kind === 'lecture' && data.series) return state.seriesColors.get(data.series) ?? NO_SERIES_COLOR;
  return NO_SERIES_COLOR;
}

function displayLabel(data: NodeInput, state: RenderState): string {
  if (state.lang === 'zh-TW' && data.kind === 'concept' && data.labelZh) return data.labelZh;
  return data.label;
}

export function nodeAppearance(key: string, data: NodeInput, state: RenderState): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> & Record<string, unknown> = {
    ...data,
    label: displayLabel(data, state),
  };
  const color = baseColor(data, state);
  if (color) out.color = color;
  if (state.visible && !state.visible.has(key)) {
    out.hidden = true;
    return out;
  }
  const onPath = state.pathNodes?.has(key) ?? false;
  const inFocus = state.focus?.has(key) ?? false;
  const dimmed =
    (state.pathNodes !== null && !onPath && !inFocus) ||
    (state.pathNodes === null && state.focus !== null && !inFocus);
  if (dimmed) {
    out.color = RENDER_COLORS.dimNode;
    out.label = null;
    out.forceLabel = false;
  }
  if (inFocus && (state.focus!.get(key) ?? 99) <= 1) out.forceLabel = true;
  if (onPath) {
    out.forceLabel = true;
    out.highlighted = true;
  }
  if (key === state.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.size = (data.size ?? 4) * 1.5;
  }
  if (state.hoverNodes.has(key) && !dimmed) out.forceLabel = true;
  if (key === state.hovered) {
    out.highlighted = true;
    out.label = displayLabel(data, state);
    out.forceLabel = true;
  }
  return out;
}

export function edgeAppearance(
  key: string,
  data: EdgeInput,
  source: string,
  target: string,
  state: RenderState,
): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> & Record<string, unknown> = { ...data };
  if (state.visible && (!state.visible.has(source) || !state.visible.has(target))) {
    out.hidden = true;
    return out;
  }
  if (state.pathEdges?.has(key)) {
    out.color = RENDER_COLORS.pathEdge;
    out.size = 4;
    return out;
  }
  if (state.hovered && (source === state.hovered || target === state.hovered)) {
    out.color = RENDER_COLORS.hoverEdge;
    out.size = 2;
    return out;
  }
  if (state.pathEdges || state.focusEdges) {
    if (state.focusEdges?.has(key)) {
      out.color = RENDER_COLORS.focusEdge;
      out.size = 1.5;
    } else out.hidden = true;
    return out;
  }
  // Overview of a large graph: only the concept skeleton's edges are drawn; a lecture's edges appear
  // with its neighbourhood. (Drawing every edge costs seconds per frame without a GPU.)
  if (state.sparseEdges && !SKELETON_EDGE_KINDS.has(data.kind)) out.hidden = true;
  return out;
}

/** Edges drawn in the overview of a large graph: concept to concept. */
const SKELETON_EDGE_KINDS: ReadonlySet<string> = new Set(['related', 'broader', 'requires']);

/** Above this many edges the overview draws only the concept skeleton. */
export const SPARSE_EDGES_ABOVE = 20_000;
