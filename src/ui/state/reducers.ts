/**
 * The bridge from UI state to pixels: what sigma's nodeReducer and edgeReducer return for each
 * node and edge, given the render state (filters, selection neighbourhood, path, hover, colouring,
 * language, theme). Hover and selection both dim everything outside their neighbourhood; lectures,
 * concepts and notes are drawn with different programs (square, bordered disc, ring) and the edges
 * that have a direction (prerequisites, next part, requires, broader) with arrows. Pure functions, so
 * the mapping is unit-tested without a browser.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Lang } from '../i18n/index.js';
import {
  SKELETON_EDGE_KINDS,
  type DisplayEdgeAttributes,
  type DisplayNodeAttributes,
} from './display-graph.js';
import type { LabelTag } from './lecture-label-tags.js';
import { scaledSize } from './node-scale.js';
import { NO_SERIES_COLOR } from './series-colors.js';
import { inTheme } from '../../core/palette.js';
import type { ColorBy, Theme } from './view-state.js';

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
  /** Community → colour chosen by the explorer (no repeats); the node's own colour when missing. */
  communityColors?: ReadonlyMap<number, string>;
  lang: Lang;
  theme?: Theme;
  /** Draw only concept-to-concept edges in the overview (set for large graphs). */
  sparseEdges?: boolean;
  /** Whether nodes get shape programs per kind and directed edges arrows (not with the light programs). */
  shapes?: boolean;
  /** The share of its size each node is drawn at: less on a small screen (see node-scale.ts); 1 when unset. */
  nodeScale?: number;
  /** Whether a hover dims everything outside the hovered node's neighbourhood (the controller then
   * restyles every drawn item on hover, so it is off for very large drawings). */
  hoverDims?: boolean;
  /** Whether the node program dims (the light point program): a dimmed node keeps its colour and label
   * and is drawn dim for not being `active`, so a selection restyles only the nodes it touches. */
  gpuDim?: boolean;
}

/** Whether the state dims every node outside a neighbourhood (a selection, a path, a dimming hover). */
export function dims(state: RenderState): boolean {
  return (
    (state.hovered !== null && state.hoverDims === true) || state.pathNodes !== null || state.focus !== null
  );
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

/** The thinnest an edge is drawn where nodes are drawn smaller (see edgeAppearance). */
const MIN_EDGE_SIZE = 1;

/** The share of its size a dimmed node is drawn at (shape programs; see nodeAppearance). */
export const DIMMED_SIZE = 0.5;

/** Past this many neighbours, a selected or hovered node's neighbours are labelled only where there is
 * room (sigma's label grid) instead of all at once: hundreds of forced labels are unreadable, and each
 * costs a canvas text draw on every frame. */
export const MAX_FORCED_LABELS = 40;

export interface RenderColors {
  /** Edges of the default view (nothing selected, hovered or on a path). */
  edge: string;
  /** Nodes outside the selection's or hover's neighbourhood. */
  dimNode: string;
  /** Edges of the selection's neighbourhood. */
  focusEdge: string;
  /** Edges of the hovered node. */
  hoverEdge: string;
  /** Edges of the explained path (a colour outside the categorical palette). */
  pathEdge: string;
  /** The ring around discs (separates overlapping nodes) and the hole of a note's ring. */
  nodeBorder: string;
  /** The ring around the selected or hovered node. */
  activeBorder: string;
}

/** Colours of the drawing per theme; the categorical colours come from core/palette.ts. */
export const THEME_COLORS: Record<Theme, RenderColors> = {
  light: {
    edge: '#c9ccd3',
    dimNode: '#e3e6ec',
    focusEdge: '#7d8799',
    hoverEdge: '#4a5160',
    pathEdge: '#1d2433',
    nodeBorder: '#ffffff',
    activeBorder: '#1d2433',
  },
  dark: {
    edge: '#3a4250',
    dimNode: '#2b313c',
    focusEdge: '#8a93a3',
    hoverEdge: '#c3c9d4',
    pathEdge: '#f4f6fa',
    nodeBorder: '#12161d',
    activeBorder: '#f4f6fa',
  },
};

/** The light theme's colours (the default). */
export const RENDER_COLORS = THEME_COLORS.light;

/**
 * Sigma program names per node kind, and the edge kinds drawn with an arrow towards their target.
 * Concepts and notes share the disc program (a ring and a fill): every program is compiled for each of
 * sigma's WebGL layers before the first drawing, which without a GPU takes a good part of a second.
 */
export const NODE_PROGRAMS = { lecture: 'square', concept: 'disc', note: 'disc' } as const;

/**
 * The share of a disc's radius drawn as its ring: a thin ring of the border colour separates a
 * concept from the nodes it overlaps; a note is a wide ring of its colour around a hole.
 */
export const RING_SIZES: Record<string, number> = { concept: 0.16, note: 0.4 };
export const ARROW_EDGE_KINDS: ReadonlySet<string> = new Set([
  'prerequisite',
  'next-in-series',
  'requires',
  'broader',
]);

type NodeInput = DisplayNodeAttributes & Partial<NodeDisplayData>;
type EdgeInput = DisplayEdgeAttributes & Partial<EdgeDisplayData>;

function baseColor(data: NodeInput, state: RenderState): string | undefined {
  const color = categoryColor(data, state);
  return color === undefined ? color : inTheme(color, state.theme);
}

function categoryColor(data: NodeInput, state: RenderState): string | undefined {
  if (state.colorBy === 'community')
    return (data.community !== undefined && state.communityColors?.get(data.community)) || data.color;
  if (data.kind === 'lecture' && data.series) return state.seriesColors.get(data.series) ?? NO_SERIES_COLOR;
  return NO_SERIES_COLOR;
}

function displayLabel(data: NodeInput, state: RenderState): string {
  if (state.lang === 'zh-TW' && data.kind !== 'lecture' && data.labelZh) return data.labelZh;
  if (data.partLabel) return `${data.label} (${data.partLabel})`;
  return data.label;
}

/**
 * Drawn size per kind, as a share of the layout's size: a square covers more than a disc of the same
 * size, so lectures are drawn smaller to weigh the same.
 */
export const KIND_SCALE: Record<string, number> = { lecture: 0.75, concept: 1, note: 1 };

/**
 * A node's appearance. Every call returns an object of the same shape, built in one literal: sigma
 * copies and checks these objects for every drawn node on each refresh, and objects of one shape keep
 * that fast (a refresh of 10,000 nodes went from about 180 ms to a few ms).
 */
/** Sizes past this draw in one layer (a node's size orders it among the undimmed ones, between 1 and 1.5). */
const MAX_SIZE_ORDER = 40;
/**
 * The selection is drawn bigger: by half, up to two units more. A hub grown by half (GAN) swallowed the neighbours
 * the layout puts around it, on a phone too close to tap apart.
 */
const grownSelection = (size: number): number => size + Math.min(size / 2, 2);
/** The selection's layer: above every undimmed node (1 to 1.5), below its neighbourhood and path (2) and a hover (3). */
const SELECTED_Z = 1.75;

export function nodeAppearance(key: string, data: NodeInput, state: RenderState): NodeAppearance {
  const colors = THEME_COLORS[state.theme ?? 'light'];
  let color = baseColor(data, state);
  let label: string | null = displayLabel(data, state);
  let size =
    data.size === undefined
      ? undefined
      : scaledSize(data.size * (state.shapes ? (KIND_SCALE[data.kind] ?? 1) : 1), state.nodeScale ?? 1);
  let forceLabel = false;
  let highlighted = false;
  let borderColor: string = colors.nodeBorder;
  // Bigger nodes (the hubs the overview labels) are drawn over smaller ones, so that the node under a finger
  // or the pointer at a labelled hub's centre is that hub: drawn in catalog order, GAN lay under mode
  // collapse, BERT under GPT, and a tap on them opened those.
  let zIndex = 1 + Math.min(size ?? 0, MAX_SIZE_ORDER) / (MAX_SIZE_ORDER * 2);
  let active = false;
  const hidden = state.visible !== null && !state.visible.has(key);
  if (!hidden) {
    const onPath = state.pathNodes?.has(key) ?? false;
    const inFocus = state.focus?.has(key) ?? false;
    const hovering = state.hovered !== null && state.hoverDims === true;
    const inHover = state.hoverNodes.has(key);
    active = hovering ? inHover || onPath || key === state.selected : onPath || inFocus;
    const dimmed = !active && dims(state);
    if (dimmed && !state.gpuDim) {
      color = colors.dimNode;
      label = null;
      zIndex = 0;
      // Smaller too: sigma draws every edge under every node, and the highlighted edges (a path, a
      // neighbourhood) would otherwise vanish under the dimmed nodes they cross.
      if (size !== undefined) size *= DIMMED_SIZE;
    } else if (inFocus || onPath || inHover) zIndex = 2;
    if (!hovering && inFocus && state.neighbourLabels !== false && (state.focus!.get(key) ?? 99) <= 1)
      forceLabel = true;
    if (onPath) forceLabel = highlighted = true;
    if (key === state.selected) {
      forceLabel = highlighted = true;
      size = grownSelection(size ?? 4);
      borderColor = colors.activeBorder;
      // Over the rest, but under its own neighbours: it is open already, and they are where a tap goes next. A
      // hub drawn over them hid those the layout puts inside its disc (on a phone, a tap on CycleGAN beside GAN
      // picked GAN again).
      zIndex = SELECTED_Z;
    }
    if (inHover && !dimmed && state.hoverNodes.size <= MAX_FORCED_LABELS + 1) forceLabel = true;
    if (key === state.hovered) {
      forceLabel = highlighted = true;
      label = displayLabel(data, state);
      borderColor = colors.activeBorder;
      zIndex = 3;
    }
  }
  const type = state.shapes ? NODE_PROGRAMS[data.kind] : undefined;
  const note = data.kind === 'note';
  return {
    x: data.x,
    y: data.y,
    size,
    color,
    label,
    labelTag: label === null ? undefined : state.lang === 'zh-TW' ? data.labelTagZh : data.labelTag,
    hidden,
    highlighted,
    forceLabel,
    type,
    borderColor,
    ringSize: RING_SIZES[data.kind] ?? 0,
    ringColor: note ? color : borderColor,
    fillColor: note ? borderColor : color,
    zIndex,
    active,
  };
}

/** What the node reducer returns; undefined colour and size fall back to sigma's defaults. */
export interface NodeAppearance {
  x: number | undefined;
  y: number | undefined;
  size: number | undefined;
  color: string | undefined;
  label: string | null;
  /** Drawn after the label where another lecture's label reads the same (its course, its number…). */
  labelTag: LabelTag | undefined;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  /** The sigma program (undefined: the default one). */
  type: string | undefined;
  /** The ring around a concept's disc (or the hole of a note's ring). */
  borderColor: string;
  /** What the disc program draws (see RING_SIZES): the ring's share of the radius, its colour, the fill's. */
  ringSize: number;
  ringColor: string | undefined;
  fillColor: string | undefined;
  zIndex: number;
  /** In the neighbourhood that the view dims everything else around (see dims). */
  active: boolean;
}

/** What the edge reducer returns; an undefined size falls back to sigma's default. */
export interface EdgeAppearance {
  color: string | undefined;
  size: number | undefined;
  hidden: boolean;
  /** The sigma program (undefined: the default line). */
  type: string | undefined;
}

/** An edge's appearance, of one shape for every call (see nodeAppearance). */
export function edgeAppearance(
  key: string,
  data: EdgeInput,
  source: string,
  target: string,
  state: RenderState,
): EdgeAppearance {
  const colors = THEME_COLORS[state.theme ?? 'light'];
  // The theme's edge colour comes from here, not from a sigma setting: changing a setting makes sigma
  // drop its program indices until the next frame, and a restyle in the meantime would throw.
  let color = data.color ?? colors.edge;
  let size = data.size;
  let hidden = false;
  const touchesHover = state.hovered !== null && (source === state.hovered || target === state.hovered);
  if (state.visible && (!state.visible.has(source) || !state.visible.has(target))) hidden = true;
  else if (state.pathEdges?.has(key)) {
    color = colors.pathEdge;
    size = 4;
  } else if (touchesHover) {
    color = colors.hoverEdge;
    size = 2;
  } else if (state.hovered !== null && state.hoverDims) hidden = true;
  else if (state.pathEdges || state.focusEdges) {
    if (state.focusEdges?.has(key)) {
      color = colors.focusEdge;
      size = 1.5;
    } else hidden = true;
  }
  // Overview of a large graph: only the concept skeleton's edges are drawn; a lecture's edges appear
  // with its neighbourhood or while it is hovered. (Drawing every edge costs seconds per frame without a
  // GPU.)
  else if (state.sparseEdges && !SKELETON_EDGE_KINDS.has(data.kind)) hidden = true;
  // Arrowheads where direction is read: a path, a hovered node's edges, a selection's neighbourhood. The overview
  // draws plain lines: its thousand arrowheads made a grey mass on a phone and ended under hubs' labels.
  const read = !hidden && (state.pathEdges?.has(key) || touchesHover || state.focusEdges?.has(key));
  const type = state.shapes && read && ARROW_EDGE_KINDS.has(data.kind) ? 'arrow' : undefined;
  // Thinner where nodes are drawn smaller (node-scale.ts), as are the arrowheads, five times as long: a path's
  // arrowheads drawn at full size on a phone were bigger than the lectures they joined, and hid them.
  if (size !== undefined && (state.nodeScale ?? 1) < 1)
    size = Math.max(MIN_EDGE_SIZE, size * state.nodeScale!);
  return { color, size, hidden, type };
}

/** The render state fields a selection, a path or a hover changes. */
const NEIGHBOURHOOD_FIELDS: ReadonlySet<keyof RenderState> = new Set<keyof RenderState>([
  'selected',
  'focus',
  'focusEdges',
  'neighbourLabels',
  'pathNodes',
  'pathEdges',
  'hovered',
  'hoverNodes',
]);

/**
 * The nodes whose look can differ between two render states, when the node program dims (`gpuDim`)
 * and only the selection, the path or the hover changed: those in either state's neighbourhoods. A
 * node outside them is drawn with the same data in both (dimming is the program's). Null when every
 * node must be restyled.
 */
export function touchedNodes(prev: RenderState, next: RenderState): Set<string> | null {
  if (!prev.gpuDim || !next.gpuDim) return null;
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]) as Set<keyof RenderState>;
  for (const k of keys) if (!NEIGHBOURHOOD_FIELDS.has(k) && prev[k] !== next[k]) return null;
  const out = new Set<string>();
  for (const state of [prev, next]) {
    for (const k of [state.selected, state.hovered]) if (k) out.add(k);
    for (const k of state.focus?.keys() ?? []) out.add(k);
    for (const k of state.pathNodes ?? []) out.add(k);
    for (const k of state.hoverNodes) out.add(k);
  }
  return out;
}
