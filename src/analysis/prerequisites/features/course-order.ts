/**
 * Course order: the lecture just before `after` in its course (coursePrevious), the two before that
 * (courseEarlier, weaker each step back), the course's introduction or overview (courseIntroduction), and
 * otherwise the course's first lecture, where a learner starts (courseFirst).
 */
import type { Signal } from './types.js';

export const courseOrder: Signal = (ctx, b, put) => {
  const series = ctx.courseSeries(b.attrs);
  (ctx.coursePrevious.get(b.key) ?? []).forEach((a, i) => {
    if (i === 0) put(a, 'coursePrevious', 1, 'previous-in-course', undefined, undefined, series);
    else put(a, 'courseEarlier', 1 / (i + 1), 'earlier-in-course', undefined, undefined, series);
  });
  const intro = ctx.courseIntroduction.get(b.key);
  if (intro) put(intro, 'courseIntroduction', 1, 'course-introduction', undefined, undefined, series);
  const first = ctx.courseFirst.get(b.key);
  if (first) put(first, 'courseFirst', 1, 'course-first', undefined, undefined, series);
  const offering = ctx.offeringOf(b.attrs);
  if (offering && !b.attrs.courseOverview)
    for (const a of ctx.overviews.get(offering) ?? [])
      put(a, 'courseIntroduction', 1, 'course-introduction', undefined, undefined, series);
};
