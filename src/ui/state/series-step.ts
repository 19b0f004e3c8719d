/**
 * What a next-in-series edge joins, read from the reason the build gave it (src/analysis/series-order.ts,
 * computeSeriesOrder): `series-lecture` joins consecutive lectures of a course, `series-practical` a lecture
 * and its practical session (Lab 2 after Lecture 2), or, where the link's unit is a practical one or the link
 * says both are practical sessions (two demos), a course's consecutive practical sessions (Lab 2 after Lab
 * 1); `series-part` and `series-earlier-part` join the parts of one talk or topic; `previous-in-course` is
 * the course's next lecture by its numbers or dates, which the panel lists where the build linked none
 * (core/queries.ts, nextInCourse). The panel says "next lecture", "its practical session", "next practical
 * session" or "next part".
 * A graph built before series reasons had keys is read from its English text ("lecture N of <series>").
 */
import { isPractical } from '../../core/course-units.js';
import type { PrerequisiteReasonParams } from '../../core/types.js';

export type SeriesStep = 'lecture' | 'practical' | 'next-practical' | 'part';

export function seriesStep(
  reasonKey: string | undefined,
  reason: string | undefined,
  params?: PrerequisiteReasonParams,
): SeriesStep {
  if (reasonKey === 'series-lecture')
    return isPractical(params?.unit) || params?.practical ? 'next-practical' : 'lecture';
  // The course's next lecture by its numbers or dates, where the build linked none (core/queries.ts, nextLectures).
  if (reasonKey === 'previous-in-course') return isPractical(params?.unit) ? 'next-practical' : 'lecture';
  if (reasonKey === 'series-practical') return 'practical';
  if (reasonKey !== undefined) return 'part';
  return reason !== undefined && /^lecture \S+ of /.test(reason) ? 'lecture' : 'part';
}
