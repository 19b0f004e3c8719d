/**
 * Which nodes may get a label, for what is shown: sigma's `labelRenderedSizeThreshold` (the smallest drawn size
 * labelled), `labelDensity` (labels per grid cell at the default zoom) and `labelGridCellSize` (the cells sigma
 * splits the stage into, each labelling its largest nodes first). The explorer's defaults keep a large library's
 * labels to its hubs; but node sizes follow degrees, so in a small library (a playlist of ten videos) no node
 * reached the threshold and none was named. The threshold is lowered until the `labelledNodes` largest nodes shown
 * reach it at the default zoom. And when few nodes are shown (`labelAllUpTo`: a small library, or the few dozen a
 * series filter leaves of a large one), every one of them may be labelled: the grid is one cell, whose labels sigma
 * hands to the drawers largest first, and the drawers leave out those that would overlap a label already drawn.
 * Computed from the nodes shown, not the whole graph: a series of 77 nodes out of 748 was labelled as sparsely
 * as the overview (four labels, no lecture named).
 */
import type { AtlasGraph } from '../../core/types.js';
import type { DisplayPlan } from './display-graph.js';
import { MIN_SCALED_SIZE } from './node-scale.js';
import { KIND_SCALE } from './reducers.js';

export interface LabelSettings {
  labelRenderedSizeThreshold: number;
  labelDensity: number;
  labelGridCellSize: number;
}

/**
 * A grid cell wider and taller than any stage: the grid is then one cell, and sigma's labels come out in the
 * order of its one cell, largest node first (in cells of their own, a small node in an earlier cell claimed the
 * room of a larger one's label).
 */
export const ONE_CELL = 100_000;

/**
 * The label settings for the nodes `shown` (null: every node of the graph), from the explorer's `defaults`. Reads
 * only the nodes shown: a filter change costs the size of what it lets through.
 */
export function labelSettings(
  graph: AtlasGraph,
  plan: DisplayPlan,
  defaults: LabelSettings,
  nodeScale = 1,
  shown: ReadonlySet<string> | null = null,
): LabelSettings {
  const { labelledNodes, labelAllUpTo } = plan.options;
  // Nodes drawn smaller on a small screen (state/node-scale.ts) keep the labels they have on a large one.
  const threshold = defaults.labelRenderedSizeThreshold * nodeScale;
  // Drawn sizes as the node reducer makes them (the shape programs draw lectures smaller).
  const sizes: number[] = [];
  let count = 0;
  const add = (kind: string, size: number | undefined): void => {
    count++;
    if (size !== undefined) sizes.push(size * (plan.lightPrograms ? 1 : (KIND_SCALE[kind] ?? 1)) * nodeScale);
  };
  if (shown) {
    for (const k of shown)
      if (graph.hasNode(k)) add(graph.getNodeAttribute(k, 'kind'), graph.getNodeAttribute(k, 'size'));
  } else graph.forEachNode((_k, a) => add(a.kind, a.size));
  // A node scaled down to the smallest dot (MIN_SCALED_SIZE) is drawn larger than its scaled size: the overview
  // labels none of them (on a phone, it labelled lone homework videos at the edge instead of the hubs).
  const floor = nodeScale < 1 ? MIN_SCALED_SIZE + 0.01 : 0;
  const all = count <= labelAllUpTo;
  if ((!all && labelledNodes <= 0) || !sizes.length)
    return { ...defaults, labelRenderedSizeThreshold: Math.max(floor, threshold) };
  sizes.sort((x, y) => y - x);
  const size = sizes[all ? sizes.length - 1 : Math.min(labelledNodes, sizes.length) - 1]!;
  return {
    // Rounded down, so the last of them is not left out by a rounding error in sigma's scaling.
    labelRenderedSizeThreshold: Math.max(floor, Math.min(threshold, Math.floor(size * 100) / 100)),
    labelDensity: all ? Math.max(defaults.labelDensity, count) : defaults.labelDensity,
    labelGridCellSize: all ? ONE_CELL : defaults.labelGridCellSize,
  };
}
