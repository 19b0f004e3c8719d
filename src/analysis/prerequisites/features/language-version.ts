/**
 * Course and language version: both lectures belong to one course or series (sameCourse; a course's own lab
 * series is the course's), and `before` is in
 * the other language version of a course (otherVersion: an English-version lecture for a Mandarin one, or the
 * reverse), which a learner of one version watches less gladly.
 */
import { courseVersion } from '../../../core/course-units.js';
import type { PairFeature } from './types.js';

export const languageVersion: PairFeature = (ctx, a, b) => ({
  sameCourse: a.attrs.series && ctx.courseSeries(a.attrs) === ctx.courseSeries(b.attrs) ? 1 : 0,
  otherVersion: courseVersion(a.attrs) !== courseVersion(b.attrs) ? 1 : 0,
});
