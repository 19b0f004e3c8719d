/**
 * What the explorer computes once per loaded graph: the search index, the series and community
 * legends, the series colours, the largest degree (for the filter slider) and the counts.
 */
import { communityLegend, type CommunityEntry } from '../../core/community-legend.js';
import { listSeries, type SeriesCount } from '../../core/list-series.js';
import { SearchIndex } from '../../core/search-index.js';
import type { AtlasGraph } from '../../core/types.js';
import { seriesColors } from './series-colors.js';

export interface GraphContext {
  graph: AtlasGraph;
  index: SearchIndex;
  series: SeriesCount[];
  seriesColors: Map<string, string>;
  communities: CommunityEntry[];
  maxDegree: number;
  lectures: number;
  concepts: number;
}

export function graphContext(graph: AtlasGraph): GraphContext {
  const series = listSeries(graph);
  let lectures = 0;
  let concepts = 0;
  let maxDegree = 0;
  graph.forEachNode((key, a) => {
    if (a.kind === 'lecture') lectures++;
    else if (a.kind === 'concept') concepts++;
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  return {
    graph,
    index: new SearchIndex(graph),
    series,
    seriesColors: seriesColors(series.map((s) => s.series)),
    communities: communityLegend(graph),
    maxDegree,
    lectures,
    concepts,
  };
}
