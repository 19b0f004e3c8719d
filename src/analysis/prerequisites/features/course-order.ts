/**
 * Course order: the lecture just before `after` in its course (coursePrevious), the two before that
 * (courseEarlier, weaker each step back), the course's introduction or overview (courseIntroduction), and
 * otherwise the course's first lecture, where a learner starts (courseFirst).
 */
import type { Signal } from './types.js';

export const courseOrder: Signal = (ctx, b, put) => {
  const series = b.attrs.series;
  (ctx.coursePrevious.get(b.key) ?? []).forEach((a, i) => {
    if (i === 0) put(a, 'coursePrevious', 1, { key: 'previous-in-course', ...(series ? { series } : {}) });
    else put(a, 'courseEarlier', 1 / (i + 1), { key: 'earlier-in-course', ...(series ? { series } : {}) });
  });
  const intro = ctx.courseIntroduction.get(b.key);
  if (intro)
    put(intro, 'courseIntroduction', 1, { key: 'course-introduction', ...(series ? { series } : {}) });
  if (series && !b.attrs.courseOverview)
    for (const a of ctx.overviews.get(series) ?? [])
      put(a, 'courseIntroduction', 1, { key: 'course-introduction', series });
};
