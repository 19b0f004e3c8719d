/**
 * The series (courses, venues) of a graph's lectures with how many lectures each holds, by name, and the
 * years their dates span where the name gives none ("ML", 2016–2017: the panels call its lectures "ML 2016"
 * and "ML 2017", so the filter says which years it holds). The lectures without a series come last, under
 * `NO_SERIES`, so that a filter can keep them as it keeps a series (hiding one course from every one would
 * otherwise hide them too).
 */
import type { AtlasGraph } from './types.js';

export interface SeriesCount {
  series: string;
  lectures: number;
  /**
   * The first and last year of its lectures' dates, when its name holds no year and some lecture is dated.
   */
  years?: [number, number];
}

/** The series name that stands for the lectures without a series, in lists and filters (no series is empty). */
export const NO_SERIES = '';

const YEAR_IN_NAME = /\b(?:19|20)\d{2}\b/;

/** The years a series spans, as the filter and the legend say them ("2016–2018", "2021"); undefined without. */
export function seriesYears(s: SeriesCount): string | undefined {
  if (!s.years) return undefined;
  const [first, last] = s.years;
  return first === last ? String(first) : `${first}–${last}`;
}

export function listSeries(graph: AtlasGraph): SeriesCount[] {
  const counts = new Map<string, { lectures: number; first: number; last: number }>();
  let unfiled = 0;
  graph.forEachNode((_k, a) => {
    if (a.kind !== 'lecture') return;
    if (!a.series) {
      unfiled++;
      return;
    }
    const c = counts.get(a.series) ?? { lectures: 0, first: Infinity, last: -Infinity };
    c.lectures++;
    const year = a.date ? Number(a.date.slice(0, 4)) : NaN;
    if (Number.isInteger(year)) {
      c.first = Math.min(c.first, year);
      c.last = Math.max(c.last, year);
    }
    counts.set(a.series, c);
  });
  const named = [...counts]
    .map(([series, c]): SeriesCount =>
      Number.isFinite(c.first) && !YEAR_IN_NAME.test(series)
        ? { series, lectures: c.lectures, years: [c.first, c.last] }
        : { series, lectures: c.lectures },
    )
    .sort((x, y) => x.series.localeCompare(y.series, 'en'));
  // Without any named series there is nothing to choose among.
  return named.length && unfiled ? [...named, { series: NO_SERIES, lectures: unfiled }] : named;
}
