/**
 * Shared main topic, compared by level and topic sets (RefD-style on main topics): on a shared topic a
 * shallower lecture comes first (shallowerOnTopic); a lecture whose topics are a strict subset of `after`'s is
 * taken further by it (takesFurther); a partial overlap published earlier is taken up (takesUp); the same
 * topics earlier in one course come first (earlierSameTopic). A lecture that covers all of `after`'s topics at
 * the same or a higher level — a later survey, a part 2 — is measured as coversSameOrHigher: the sanity
 * constraint and the model both read it as "not a prerequisite". So earlierSameTopic, whose pair always covers
 * the same topics at the same level, weighs only where series or course order also propose the pair (the
 * constraint lets those through): an earlier lecture of the course on the same topics, among the lectures just
 * before, counts for more than one on another topic. The lectures looked at are the topic's capped teachers and the
 * lectures course order puts before `after` (course-teachers.ts); one of those is earlier by course order, whatever
 * its upload date.
 */
import { courseBefore, teachersWithCourse } from './course-teachers.js';
import type { LectureInfo } from '../context.js';
import type { Signal } from './types.js';

/** Whether `set` holds every one of `items` (a loop, not `every`: this runs for every teacher visited). */
function includesAll(set: ReadonlySet<string>, items: readonly string[]): boolean {
  for (const x of items) if (!set.has(x)) return false;
  return true;
}

export const sharedTopic: Signal = (ctx, b, put) => {
  const bMain = [...b.main];
  const inCourse = courseBefore(ctx, b.key);
  // Asked only where it decides (a teacher at `b`'s level): course order first, then the upload dates.
  const earlier = (a: LectureInfo): boolean => inCourse.has(a.key) || ctx.chronology(a.attrs, b.attrs) > 0;
  for (const cb of bMain) {
    for (const { key: a, info: infoA, focus: f } of teachersWithCourse(ctx, cb, inCourse)) {
      if (a === b.key) continue;
      const focus = Math.min(1, f);
      let shared = 0;
      for (const m of infoA.main) if (b.main.has(m)) shared++;
      const coversB = includesAll(infoA.main, bMain);
      if (infoA.level >= b.level && coversB) put(a, 'coversSameOrHigher', 1);
      if (infoA.level > b.level) continue;
      if (infoA.level < b.level) {
        put(a, 'shallowerOnTopic', focus, 'shallower-same-topic', cb);
        continue;
      }
      const covered = shared / infoA.main.size;
      if (covered < 1) {
        const bInsideA = b.main.size < infoA.main.size && coversB;
        if (earlier(infoA) && !bInsideA) put(a, 'takesUp', covered * focus, 'takes-up', cb);
      } else if (infoA.main.size < b.main.size) {
        put(a, 'takesFurther', focus, 'takes-further', cb);
      } else if (
        earlier(infoA) &&
        !!infoA.attrs.series &&
        ctx.courseSeries(infoA.attrs) === ctx.courseSeries(b.attrs)
      ) {
        put(a, 'earlierSameTopic', focus, 'earlier-same-topic', cb, undefined, ctx.courseSeries(b.attrs));
      }
    }
  }
};
