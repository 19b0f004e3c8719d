/** The series (courses, venues) of a graph's lectures with how many lectures each holds, by name. */
import type { AtlasGraph } from './types.js';

export interface SeriesCount {
  series: string;
  lectures: number;
}

export function listSeries(graph: AtlasGraph): SeriesCount[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => {
    if (a.kind === 'lecture' && a.series) counts.set(a.series, (counts.get(a.series) ?? 0) + 1);
  });
  return [...counts]
    .map(([series, lectures]) => ({ series, lectures }))
    .sort((x, y) => x.series.localeCompare(y.series, 'en'));
}
