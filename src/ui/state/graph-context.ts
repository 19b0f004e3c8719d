/**
 * What the explorer computes once per loaded graph: the series and community legends, the series
 * and community colours, the largest degree (for the filter slider), the counts, what to draw (the display plan),
 * and the search index (built lazily, see lazy-search-index.ts).
 */
import { communityLegend, type CommunityEntry } from '../../core/community-legend.js';
import { listSeries, type SeriesCount } from '../../core/list-series.js';
import type { AtlasGraph, NodeKind } from '../../core/types.js';
import { NODE_KINDS } from '../../core/visible-nodes.js';
import { displayPlan, type DisplayPlan } from './display-graph.js';
import type { DisplayOptions } from './display-options.js';
import { communityColors } from './community-colors.js';
import { LazySearchIndex } from './lazy-search-index.js';
import { seriesColors } from './series-colors.js';

export interface GraphContext {
  graph: AtlasGraph;
  index: LazySearchIndex;
  plan: DisplayPlan;
  series: SeriesCount[];
  seriesColors: Map<string, string>;
  communities: CommunityEntry[];
  /** Community → colour (largest first, no repeats). */
  communityColors: Map<number, string>;
  maxDegree: number;
  lectures: number;
  concepts: number;
  /** The node kinds the graph holds (a library without notes offers no "Notes" filter). */
  kinds: NodeKind[];
}

export function graphContext(graph: AtlasGraph, options: DisplayOptions): GraphContext {
  const series = listSeries(graph);
  const communities = communityLegend(graph);
  let lectures = 0;
  let concepts = 0;
  let maxDegree = 0;
  const present = new Set<NodeKind>();
  graph.forEachNode((key, a) => {
    present.add(a.kind);
    if (a.kind === 'lecture') lectures++;
    else if (a.kind === 'concept') concepts++;
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  return {
    graph,
    index: new LazySearchIndex(graph),
    plan: displayPlan(graph, options),
    series,
    seriesColors: seriesColors(series),
    communities,
    communityColors: communityColors(communities),
    maxDegree,
    lectures,
    concepts,
    kinds: NODE_KINDS.filter((k) => present.has(k)),
  };
}
