/**
 * Course and language version: both lectures belong to one course or series (sameCourse; a course's own lab
 * series is the course's, and a course and its continuation under another name, Part 2 numbered on from Part 1,
 * are one), and `before` is in the other language version of a course (otherVersion: an English-version lecture
 * for a Mandarin one, or the reverse), which a learner of one version watches less gladly.
 */
import { courseVersion } from '../../../core/course-units.js';
import type { PairFeature } from './types.js';

export const languageVersion: PairFeature = (ctx, a, b) => {
  const [x, y] = [ctx.courseSeries(a.attrs), ctx.courseSeries(b.attrs)];
  const one =
    x !== undefined &&
    (x === y || ctx.continues.has(`${x}\u0000${y}`) || ctx.continues.has(`${y}\u0000${x}`));
  return {
    sameCourse: a.attrs.series && one ? 1 : 0,
    otherVersion: courseVersion(a.attrs) !== courseVersion(b.attrs) ? 1 : 0,
  };
};
