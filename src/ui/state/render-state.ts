/**
 * Builds the render state the reducers read from the view state and the graph: runs the filter,
 * the neighbourhood and the path queries once per change, so reducers only do set look-ups.
 */
import { explanatoryPath, type PathHop } from '../../core/explanatory-path.js';
import { learningPath } from '../../core/learning-path.js';
import { neighbourhood } from '../../core/queries.js';
import type { AtlasGraph } from '../../core/types.js';
import { isDefaultFilter, visibleNodes } from '../../core/visible-nodes.js';
import type { Lang } from '../i18n/index.js';
import { MAX_FORCED_LABELS, type RenderState } from './reducers.js';
import type { Theme, ViewState } from './view-state.js';

/** What the render state needs beyond the view state: the explorer's colour choices and theme, what was watched. */
export interface DisplayChoices {
  communityColors?: ReadonlyMap<number, string>;
  theme?: Theme;
  /** Lectures ticked as watched: they leave a selected lecture's learning path. */
  watched?: ReadonlySet<string>;
}

export interface DerivedView {
  render: Omit<RenderState, 'hovered' | 'hoverNodes'>;
  /** Nodes the filters let through; null when the filter keeps every node. */
  visible: ReadonlySet<string> | null;
  visibleCount: number;
  /** The path hops, undefined when no path is asked for, null when the two ends are not connected. */
  path: PathHop[] | null | undefined;
}

/**
 * A selected lecture's learning path as the panel lists it (bounded, watched lectures skipped): its steps and
 * the target, and the prerequisite edges between them. Null when the lecture needs nothing first.
 */
export function learningPathHighlight(
  graph: AtlasGraph,
  lecture: string,
  watched: ReadonlySet<string>,
): { nodes: Set<string>; edges: Set<string> } | null {
  const { steps } = learningPath(graph, lecture, watched);
  if (!steps.some((s) => s.key !== lecture)) return null;
  const nodes = new Set(steps.map((s) => s.key));
  nodes.add(lecture);
  // The path's own links (transitively reduced, as the panel orders it).
  const edges = new Set<string>();
  for (const step of steps)
    for (const next of step.leadsTo)
      graph.forEachOutEdge(step.key, (e, a, _s, target) => {
        if (a.kind === 'prerequisite' && target === next) edges.add(e);
      });
  return { nodes, edges };
}

/** The edge keys along a path: for each hop, the edges of its kind between its two nodes. */
export function pathEdgeKeys(graph: AtlasGraph, hops: readonly PathHop[]): Set<string> {
  const out = new Set<string>();
  for (const hop of hops) {
    for (const e of [...graph.edges(hop.from, hop.to), ...graph.edges(hop.to, hop.from)])
      if (graph.getEdgeAttribute(e, 'kind') === hop.kind) out.add(e);
  }
  return out;
}

export function deriveView(
  graph: AtlasGraph,
  state: ViewState,
  lang: Lang,
  seriesColors: ReadonlyMap<string, string>,
  choices: DisplayChoices = {},
): DerivedView {
  let filtered = isDefaultFilter(state.filter) ? null : visibleNodes(graph, state.filter);
  // Groups are hidden from the legend of groups: coloured by series, that legend is gone, and so is what it hid
  // (kept in the state for when the colouring comes back, as the legend shows it again).
  if (state.hiddenGroups.length && state.colorBy === 'community') {
    const hidden = new Set(state.hiddenGroups);
    const kept = new Set<string>();
    const inFilter = filtered;
    graph.forEachNode((k, a) => {
      if ((!inFilter || inFilter.has(k)) && (a.community === undefined || !hidden.has(a.community)))
        kept.add(k);
    });
    filtered = kept;
  }
  let shown: Set<string> | null = filtered;
  const force = [state.selected, state.pathFrom, state.pathTo].filter(
    (k): k is string => !!k && graph.hasNode(k),
  );
  if (shown && force.some((k) => !shown!.has(k))) shown = new Set([...shown, ...force]);

  let focus: Map<string, number> | null = null;
  let focusEdges: Set<string> | null = null;
  let neighbourLabels = true;
  if (state.selected && graph.hasNode(state.selected)) {
    const n = neighbourhood(graph, state.selected, state.depth);
    focus = n.nodes;
    focusEdges = new Set(n.edges);
    neighbourLabels = graph.degree(state.selected) <= MAX_FORCED_LABELS;
  }

  let path: PathHop[] | null | undefined;
  let pathNodes: Set<string> | null = null;
  let pathEdges: Set<string> | null = null;
  if (state.pathFrom && state.pathTo && graph.hasNode(state.pathFrom) && graph.hasNode(state.pathTo)) {
    path = explanatoryPath(graph, state.pathFrom, state.pathTo) ?? null;
    if (path) {
      pathNodes = new Set([state.pathFrom, ...path.map((h) => h.to)]);
      pathEdges = pathEdgeKeys(graph, path);
    }
  } else if (
    state.selected &&
    graph.hasNode(state.selected) &&
    graph.getNodeAttribute(state.selected, 'kind') === 'lecture'
  ) {
    // A selected lecture's learning path is drawn as the panel lists it.
    const highlight = learningPathHighlight(graph, state.selected, choices.watched ?? new Set());
    if (highlight) [pathNodes, pathEdges] = [highlight.nodes, highlight.edges];
  }
  if (pathNodes && shown && [...pathNodes].some((k) => !shown!.has(k)))
    shown = new Set([...shown, ...pathNodes]);
  return {
    render: {
      visible: shown,
      selected: state.selected,
      focus,
      focusEdges,
      neighbourLabels,
      pathNodes,
      pathEdges,
      colorBy: state.colorBy,
      seriesColors,
      ...(choices.communityColors ? { communityColors: choices.communityColors } : {}),
      ...(choices.theme ? { theme: choices.theme } : {}),
      lang,
    },
    visible: filtered,
    visibleCount: filtered?.size ?? graph.order,
    path,
  };
}

/**
 * The nodes the camera frames around a selection: its neighbourhood and, for a lecture, the learning path drawn
 * with it (whose first steps may lie outside the neighbourhood). In a short view (`near`: a phone's strip of
 * graph above its sheet) only the selection's direct neighbours: framing a path that crosses the graph there
 * drew the selection a few pixels wide under its neighbours and arrows; the panel lists the path.
 */
export function framedAround(render: Pick<RenderState, 'focus' | 'pathNodes'>, near = false): string[] {
  if (near) return [...(render.focus ?? [])].filter(([, depth]) => depth <= 1).map(([key]) => key);
  const keys = [...(render.focus?.keys() ?? [])];
  return render.pathNodes ? [...new Set([...keys, ...render.pathNodes])] : keys;
}

/** The nodes of the current view, for "export current view": what is shown and not dimmed. */
export function currentViewNodes(graph: AtlasGraph, derived: DerivedView): string[] {
  const { render } = derived;
  const base = render.visible;
  // A node the filters hide is not drawn, even on the path: it is not in the view either.
  const keys = render.pathNodes
    ? [...new Set([...render.pathNodes, ...(render.focus?.keys() ?? [])])]
    : render.focus && [...render.focus.keys()];
  if (keys) return keys.filter((k) => !base || base.has(k));
  return base ? [...base] : graph.nodes();
}

function sameSet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/**
 * Keeps the previous visible set when its content did not change, so the graph view can tell a
 * visibility change (full sigma refresh) from a restyle (partial refresh without re-indexing).
 */
export function reuseUnchanged(previous: DerivedView | undefined, next: DerivedView): DerivedView {
  if (!previous || !sameSet(previous.render.visible, next.render.visible)) return next;
  return { ...next, render: { ...next.render, visible: previous.render.visible } };
}
