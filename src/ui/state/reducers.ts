/**
 * The bridge from UI state to pixels: what sigma's nodeReducer and edgeReducer return for each
 * node and edge, given the render state (filters, selection neighbourhood, path, hover, colouring,
 * language). Pure functions, so the mapping is unit-tested without a browser.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Lang } from '../i18n/index.js';
import {
  SKELETON_EDGE_KINDS,
  type DisplayEdgeAttributes,
  type DisplayNodeAttributes,
} from './display-graph.js';
import { NO_SERIES_COLOR } from './series-colors.js';
import type { ColorBy } from './view-state.js';

export interface RenderState {
  /** Nodes the filters let through (plus the selection and path ends); null shows everything. */
  visible: ReadonlySet<string> | null;
  selected: string | null;
  /** The selection's neighbourhood: node → distance; null when nothing is selected. */
  focus: ReadonlyMap<string, number> | null;
  focusEdges: ReadonlySet<string> | null;
  /** Whether the selection's direct neighbours always show their labels (not when too many to read). */
  neighbourLabels?: boolean;
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

/** Past this many neighbours, a selected or hovered node's neighbours are labelled only where there is
 * room (sigma's label grid) instead of all at once: hundreds of forced labels are unreadable, and each
 * costs a canvas text draw on every frame. */
export const MAX_FORCED_LABELS = 40;

export const RENDER_COLORS = {
  dimNode: '#e3e6ec',
  focusEdge: '#7d8799',
  hoverEdge: '#4a5160',
  pathEdge: '#d62728',
  pathNode: '#d62728',
} as const;

type NodeInput = DisplayNodeAttributes & Partial<NodeDisplayData>;
type EdgeInput = DisplayEdgeAttributes & Partial<EdgeDisplayData>;

function baseColor(data: NodeInput, state: RenderState): string | undefined {
  if (state.colorBy === 'community') return data.color;
  if (data.kind === 'lecture' && data.series) return state.seriesColors.get(data.series) ?? NO_SERIES_COLOR;
  return NO_SERIES_COLOR;
}

function displayLabel(data: NodeInput, state: RenderState): string {
  if (state.lang === 'zh-TW' && data.kind === 'concept' && data.labelZh) return data.labelZh;
  return data.label;
}

/**
 * A node's appearance. Every call returns an object of the same shape, built in one literal: sigma
 * copies and checks these objects for every drawn node on each refresh, and objects of one shape keep
 * that fast (a refresh of 10,000 nodes went from about 180 ms to a few ms).
 */
export function nodeAppearance(key: string, data: NodeInput, state: RenderState): NodeAppearance {
  let color = baseColor(data, state);
  let label: string | null = displayLabel(data, state);
  let size = data.size;
  let forceLabel = false;
  let highlighted = false;
  const hidden = state.visible !== null && !state.visible.has(key);
  if (!hidden) {
    const onPath = state.pathNodes?.has(key) ?? false;
    const inFocus = state.focus?.has(key) ?? false;
    const dimmed =
      (state.pathNodes !== null && !onPath && !inFocus) ||
      (state.pathNodes === null && state.focus !== null && !inFocus);
    if (dimmed) {
      color = RENDER_COLORS.dimNode;
      label = null;
    }
    if (inFocus && state.neighbourLabels !== false && (state.focus!.get(key) ?? 99) <= 1) forceLabel = true;
    if (onPath) forceLabel = highlighted = true;
    if (key === state.selected) {
      forceLabel = highlighted = true;
      size = (data.size ?? 4) * 1.5;
    }
    if (state.hoverNodes.has(key) && !dimmed && state.hoverNodes.size <= MAX_FORCED_LABELS + 1)
      forceLabel = true;
    if (key === state.hovered) {
      forceLabel = highlighted = true;
      label = displayLabel(data, state);
    }
  }
  return { x: data.x, y: data.y, size, color, label, hidden, highlighted, forceLabel };
}

/** What the node reducer returns; undefined colour and size fall back to sigma's defaults. */
export interface NodeAppearance {
  x: number | undefined;
  y: number | undefined;
  size: number | undefined;
  color: string | undefined;
  label: string | null;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
}

/** What the edge reducer returns; undefined colour and size fall back to sigma's defaults. */
export interface EdgeAppearance {
  color: string | undefined;
  size: number | undefined;
  hidden: boolean;
}

/** An edge's appearance, of one shape for every call (see nodeAppearance). */
export function edgeAppearance(
  key: string,
  data: EdgeInput,
  source: string,
  target: string,
  state: RenderState,
): EdgeAppearance {
  let color = data.color;
  let size = data.size;
  let hidden = false;
  if (state.visible && (!state.visible.has(source) || !state.visible.has(target))) hidden = true;
  else if (state.pathEdges?.has(key)) {
    color = RENDER_COLORS.pathEdge;
    size = 4;
  } else if (state.hovered && (source === state.hovered || target === state.hovered)) {
    color = RENDER_COLORS.hoverEdge;
    size = 2;
  } else if (state.pathEdges || state.focusEdges) {
    if (state.focusEdges?.has(key)) {
      color = RENDER_COLORS.focusEdge;
      size = 1.5;
    } else hidden = true;
  }
  // Overview of a large graph: only the concept skeleton's edges are drawn; a lecture's edges appear
  // with its neighbourhood or while it is hovered. (Drawing every edge costs seconds per frame without a GPU.)
  else if (state.sparseEdges && !SKELETON_EDGE_KINDS.has(data.kind)) hidden = true;
  return { color, size, hidden };
}
