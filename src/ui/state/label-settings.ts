/**
 * Which nodes may get a label, per graph: sigma's `labelRenderedSizeThreshold` (the smallest drawn size
 * labelled) and `labelDensity` (labels per grid cell at the default zoom). The explorer's defaults keep
 * a large library's labels to its hubs; but node sizes follow degrees, so in a small library (a playlist
 * of ten videos) no node reached the threshold and none was named. The threshold is lowered until the
 * `labelledNodes` largest nodes reach it at the default zoom, and a graph no larger than that lifts the
 * grid's limit too: every node is labelled where its label does not overlap another (the drawers check).
 */
import type { AtlasGraph } from '../../core/types.js';
import type { DisplayPlan } from './display-graph.js';
import { MIN_SCALED_SIZE } from './node-scale.js';
import { KIND_SCALE } from './reducers.js';

export interface LabelSettings {
  labelRenderedSizeThreshold: number;
  labelDensity: number;
}

export function labelSettings(
  graph: AtlasGraph,
  plan: DisplayPlan,
  defaults: LabelSettings,
  nodeScale = 1,
): LabelSettings {
  const wanted = plan.options.labelledNodes;
  // Nodes drawn smaller on a small screen (state/node-scale.ts) keep the labels they have on a large one.
  const threshold = defaults.labelRenderedSizeThreshold * nodeScale;
  // Drawn sizes as the node reducer makes them (the shape programs draw lectures smaller).
  const sizes: number[] = [];
  graph.forEachNode((_k, a) => {
    if (a.size !== undefined)
      sizes.push(a.size * (plan.lightPrograms ? 1 : (KIND_SCALE[a.kind] ?? 1)) * nodeScale);
  });
  // A node scaled down to the smallest dot (MIN_SCALED_SIZE) is drawn larger than its scaled size: the overview
  // labels none of them (on a phone, it labelled lone homework videos at the edge instead of the hubs).
  const floor = nodeScale < 1 ? MIN_SCALED_SIZE + 0.01 : 0;
  if (wanted <= 0 || !sizes.length)
    return { ...defaults, labelRenderedSizeThreshold: Math.max(floor, threshold) };
  sizes.sort((x, y) => y - x);
  const size = sizes[Math.min(wanted, sizes.length) - 1]!;
  return {
    // Rounded down, so the last of them is not left out by a rounding error in sigma's scaling.
    labelRenderedSizeThreshold: Math.max(floor, Math.min(threshold, Math.floor(size * 100) / 100)),
    labelDensity:
      graph.order <= wanted ? Math.max(defaults.labelDensity, graph.order) : defaults.labelDensity,
  };
}
