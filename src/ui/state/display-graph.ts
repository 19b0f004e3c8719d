/**
 * What sigma draws, kept apart from the data graph: a plan per loaded graph (full detail or the
 * level-of-detail overview, all edges or the concept skeleton, heavy or light WebGL programs) and,
 * per view, the nodes and edges worth handing to sigma. Only membership is decided here; how each
 * drawn item looks stays with the reducers. Pure functions of the graph and the render state.
 */
import Graph from 'graphology';
import type { AtlasGraph, DisplayAttributes, EdgeKind, NodeKind } from '../../core/types.js';
import type { DisplayOptions } from './display-options.js';
import type { RenderState } from './reducers.js';
import { messagesFor } from '../i18n/index.js';
import { lectureLabelTags, type LabelTag } from './lecture-label-tags.js';
import { noteName } from './note-name.js';

/** The attributes sigma gets for a node: what the reducers read, nothing of the data it does not draw. */
export interface DisplayNodeAttributes extends DisplayAttributes {
  kind: NodeKind;
  label: string;
  /** The name drawn in the Chinese interface: a concept's Chinese label, a note's (note-name.ts). */
  labelZh?: string;
  series?: string;
  /** A lecture's part ("2/3"), shown after its title so the parts of a lecture read apart. */
  partLabel?: string;
  /** What tells a lecture apart from others of the same label, per language (lecture-label-tags.ts). */
  labelTag?: LabelTag;
  labelTagZh?: LabelTag;
}

export interface DisplayEdgeAttributes {
  kind: EdgeKind;
}

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** Edges drawn in the overview of a large graph: concept to concept. */
export const SKELETON_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set(['related', 'broader', 'requires']);

export interface DisplayPlan {
  /** `full`: every node is drawn; `overview`: concepts and notes, lectures on demand. */
  level: 'full' | 'overview';
  /** Every edge between drawn nodes is drawn (else the skeleton plus what the view asks for). */
  allEdges: boolean;
  /** Points and one-pixel lines instead of discs and rectangles. */
  lightPrograms: boolean;
  /** The concept skeleton's edges, in graph order (empty when every edge is drawn). */
  skeleton: readonly string[];
  /** Concepts and notes in graph order: what the overview always draws (empty at full level). */
  overviewNodes: readonly string[];
  /** Lectures in the graph. */
  lectures: number;
  /** The data graph's extent, so positions do not move when the drawn subset changes. */
  bbox: { x: [number, number]; y: [number, number] };
  options: DisplayOptions;
}

export function displayPlan(graph: AtlasGraph, options: DisplayOptions): DisplayPlan {
  const allEdges = graph.size <= options.allEdgesUpTo;
  const skeleton: string[] = [];
  if (!allEdges)
    graph.forEachEdge((edge, a) => {
      if (SKELETON_EDGE_KINDS.has(a.kind)) skeleton.push(edge);
    });
  const bbox: DisplayPlan['bbox'] = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  graph.forEachNode((_k, a) => {
    const x = a.x ?? 0;
    const y = a.y ?? 0;
    bbox.x = [Math.min(bbox.x[0], x), Math.max(bbox.x[1], x)];
    bbox.y = [Math.min(bbox.y[0], y), Math.max(bbox.y[1], y)];
  });
  if (!graph.order) bbox.x = bbox.y = [0, 1];
  const level = graph.order > options.overviewAboveNodes ? 'overview' : 'full';
  const overviewNodes: string[] = [];
  let lectures = 0;
  graph.forEachNode((k, a) => {
    if (a.kind === 'lecture') lectures++;
    else if (level === 'overview') overviewNodes.push(k);
  });
  return {
    level,
    allEdges,
    lightPrograms: graph.order > options.lightProgramsAboveNodes,
    skeleton,
    overviewNodes,
    lectures,
    bbox,
    options,
  };
}

export interface DisplayContent {
  /** Node keys to draw: in graph order at full level; in the overview concepts and notes, then the
   * lectures it reveals, nearest the selection first. */
  nodes: readonly string[];
  /** Edge keys to draw: the skeleton (or every edge), then the selection's, then the path's. */
  edges: readonly string[];
  /** Lectures the filters let through that the overview does not draw. */
  hiddenLectures: number;
  /** Edges of the selection's neighbourhood left out to stay within the budget. */
  omittedEdges: number;
}

type ViewRender = Omit<RenderState, 'hovered' | 'hoverNodes'>;

/** The nodes and edges to hand to sigma for a view. */
export function displayContent(graph: AtlasGraph, plan: DisplayPlan, render: ViewRender): DisplayContent {
  const { options } = plan;
  const inView = (k: string): boolean => render.visible === null || render.visible.has(k);
  let hiddenLectures = 0;
  let nodes: string[];
  let drawn: (k: string) => boolean;
  if (plan.level === 'full') {
    nodes = graph.nodes();
    drawn = () => true;
  } else {
    // Concepts and notes always; lectures when the filters let few enough through, else the
    // selection's nearest (the neighbourhood map lists them nearest first).
    const wanted = new Set<string>();
    for (const k of plan.overviewNodes) if (inView(k)) wanted.add(k);
    nodes = [...wanted];
    const reveal = (k: string): void => {
      if (wanted.has(k) || !graph.hasNode(k) || !inView(k)) return;
      wanted.add(k);
      nodes.push(k);
    };
    let inViewLectures = plan.lectures;
    if (render.visible) {
      inViewLectures = 0;
      for (const k of render.visible) if (graph.getNodeAttribute(k, 'kind') === 'lecture') inViewLectures++;
    }
    if (render.visible && inViewLectures <= options.revealedLectures)
      for (const k of render.visible) reveal(k);
    else {
      let revealed = 0;
      for (const k of render.focus?.keys() ?? []) {
        if (wanted.has(k) || !inView(k)) continue;
        if (revealed >= options.revealedLectures) break;
        reveal(k);
        revealed++;
      }
    }
    for (const k of [render.selected, ...(render.pathNodes ?? [])]) if (k) reveal(k);
    drawn = (k) => wanted.has(k);
    let drawnLectures = 0;
    for (const k of nodes) if (graph.getNodeAttribute(k, 'kind') === 'lecture') drawnLectures++;
    hiddenLectures = inViewLectures - drawnLectures;
  }

  const edges = new Set<string>();
  const between = (e: string): boolean => drawn(graph.source(e)) && drawn(graph.target(e));
  if (plan.allEdges) {
    if (plan.level === 'full') graph.forEachEdge((e) => void edges.add(e));
    else graph.forEachEdge((e, _a, s, t) => void (drawn(s) && drawn(t) && edges.add(e)));
  } else for (const e of plan.skeleton) if (between(e)) edges.add(e);

  let omittedEdges = 0;
  if (render.focusEdges && render.focus) {
    const focus = render.focus;
    let candidates = [...render.focusEdges].filter((e) => !edges.has(e) && between(e));
    if (candidates.length > options.focusEdges) {
      // Nearest the selection first: by the distance of the farther end, then of the nearer one (the
      // selection's own links before links between its neighbours), then by key.
      const ranked = candidates.map((e) => {
        const [ds, dt] = [focus.get(graph.source(e)) ?? 99, focus.get(graph.target(e)) ?? 99];
        return { e, far: Math.max(ds, dt), near: Math.min(ds, dt) };
      });
      ranked.sort((x, y) => x.far - y.far || x.near - y.near || (x.e < y.e ? -1 : x.e > y.e ? 1 : 0));
      candidates = ranked.map((x) => x.e);
      omittedEdges = candidates.length - options.focusEdges;
      candidates.length = options.focusEdges;
    }
    for (const e of candidates) edges.add(e);
  }
  for (const e of render.pathEdges ?? []) if (between(e)) edges.add(e);
  return { nodes, edges: [...edges], hiddenLectures, omittedEdges };
}

/** The previous content when the next one lists the same items, so sigma is not re-indexed. */
export function reuseUnchangedContent(
  previous: DisplayContent | undefined,
  next: DisplayContent,
): DisplayContent {
  if (
    previous &&
    previous.hiddenLectures === next.hiddenLectures &&
    previous.omittedEdges === next.omittedEdges &&
    sameList(previous.nodes, next.nodes) &&
    sameList(previous.edges, next.edges)
  )
    return previous;
  return next;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The display attributes of a data node, always with the same fields in the same order (one object shape). */
export function displayNodeAttributes(graph: AtlasGraph, key: string): DisplayNodeAttributes {
  const a = graph.getNodeAttributes(key);
  return {
    kind: a.kind,
    label: a.label,
    labelZh:
      a.kind === 'concept'
        ? a.labelZh
        : a.kind === 'note'
          ? noteName(graph, key, messagesFor('zh-TW'))
          : undefined,
    series: a.kind === 'lecture' ? a.series : undefined,
    partLabel:
      a.kind === 'lecture' && a.part
        ? a.part.total
          ? `${a.part.index}/${a.part.total}`
          : `${a.part.index}`
        : undefined,
    labelTag: a.kind === 'lecture' ? lectureLabelTags(graph, messagesFor('en')).get(key) : undefined,
    labelTagZh: a.kind === 'lecture' ? lectureLabelTags(graph, messagesFor('zh-TW')).get(key) : undefined,
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
    community: a.community,
  };
}

/** A new display graph holding the content, with display attributes (cached per node in `cache`). */
export function buildDisplayGraph(
  graph: AtlasGraph,
  content: DisplayContent,
  cache: Map<string, DisplayNodeAttributes>,
): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const k of content.nodes) display.addNode(k, nodeAttributes(graph, k, cache));
  for (const e of content.edges) addDisplayEdge(graph, display, e);
  return display;
}

export function nodeAttributes(
  graph: AtlasGraph,
  key: string,
  cache: Map<string, DisplayNodeAttributes>,
): DisplayNodeAttributes {
  let a = cache.get(key);
  if (!a) {
    a = displayNodeAttributes(graph, key);
    cache.set(key, a);
  }
  return a;
}

export function addDisplayEdge(graph: AtlasGraph, display: DisplayGraph, edge: string): void {
  display.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
    kind: graph.getEdgeAttribute(edge, 'kind'),
  });
}
