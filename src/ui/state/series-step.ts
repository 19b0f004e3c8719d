/**
 * What a next-in-series edge joins, read from the reason the build gave it (src/analysis/relations.ts,
 * computeSeriesOrder): "lecture N of <series>" joins consecutive lectures of a course; "part N of …" and
 * "earlier part of …" join the parts of one talk or topic. The panel says "next lecture" or "next part".
 */
export type SeriesStep = 'lecture' | 'part';

export function seriesStep(reason: string | undefined): SeriesStep {
  return reason !== undefined && /^lecture \S+ of /.test(reason) ? 'lecture' : 'part';
}
