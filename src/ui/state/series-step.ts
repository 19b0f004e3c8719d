/**
 * What a next-in-series edge joins, read from the reason the build gave it (src/analysis/relations.ts,
 * computeSeriesOrder): `series-lecture` joins consecutive lectures of a course, `series-practical` a lecture and
 * its practical session (Lab 2 after Lecture 2); `series-part` and `series-earlier-part` join the parts of one
 * talk or topic. The panel says "next lecture", "practical session" or "next part".
 * A graph built before series reasons had keys is read from its English text ("lecture N of <series>").
 */
export type SeriesStep = 'lecture' | 'practical' | 'part';

export function seriesStep(reasonKey: string | undefined, reason: string | undefined): SeriesStep {
  if (reasonKey === 'series-lecture') return 'lecture';
  if (reasonKey === 'series-practical') return 'practical';
  if (reasonKey !== undefined) return 'part';
  return reason !== undefined && /^lecture \S+ of /.test(reason) ? 'lecture' : 'part';
}
