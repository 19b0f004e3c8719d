/**
 * Course order: the lecture just before `after` in its course (coursePrevious), the two before that
 * (courseEarlier, weaker each step back) — for the first lectures of a course that continues another's
 * numbering, that course's last lectures — the course's introduction or overview (courseIntroduction), and
 * otherwise the course's first lecture, where a learner starts (courseFirst). And whether the lecture just before
 * goes on with a topic of `after` (coursePreviousOnTopic): a course steps from one topic to the next, and the
 * lecture before a new topic's first is seldom needed for it, the one before a topic's second part usually is.
 */
import type { LectureInfo, PrerequisiteContext } from '../context.js';
import type { PairFeature, Signal } from './types.js';

export const courseOrder: Signal = (ctx, b, put) => {
  const series = ctx.courseSeries(b.attrs);
  (ctx.coursePrevious.get(b.key) ?? []).forEach((a, i) => {
    // The lectures before a course that continues another's numbering are that course's (its Part 1).
    const its = ctx.courseSeries(ctx.infos.get(a)!.attrs);
    if (i === 0)
      put(
        a,
        'coursePrevious',
        1,
        its === series ? 'previous-in-course' : 'continued-course',
        undefined,
        undefined,
        its,
      );
    else put(a, 'courseEarlier', 1 / (i + 1), 'earlier-in-course', undefined, undefined, its);
  });
  for (const a of courseIntroductions(ctx, b))
    put(a, 'courseIntroduction', 1, 'course-introduction', undefined, undefined, series);
  const first = ctx.courseFirst.get(b.key);
  if (first) put(first, 'courseFirst', 1, 'course-first', undefined, undefined, series);
};

/** Per lecture: the lectures that introduce its course (made once; focused-course.ts asks for every pair). */
const introductions = new WeakMap<LectureInfo, readonly string[]>();

/**
 * The lectures that introduce `b`'s course: its introduction (an introductory first lecture, or lecture 0) and,
 * unless `b` is one itself, the overviews of its offering.
 */
export function courseIntroductions(ctx: PrerequisiteContext, b: LectureInfo): readonly string[] {
  let out = introductions.get(b);
  if (out) return out;
  const list: string[] = [];
  const intro = ctx.courseIntroduction.get(b.key);
  if (intro) list.push(intro);
  const offering = ctx.offeringOf(b.attrs);
  if (offering && !b.attrs.courseOverview) list.push(...(ctx.overviews.get(offering) ?? []));
  introductions.set(b, (out = list));
  return out;
}

// Shared, never written to (candidates.ts copies them into a candidate's values): most pairs of a large catalog
// are not course neighbours, and one object each would be millions made for nothing.
const ON_TOPIC = Object.freeze({ coursePreviousOnTopic: 1 });
const NOT_ON_TOPIC = Object.freeze({ coursePreviousOnTopic: 0 });

export const coursePreviousOnTopic: PairFeature = (ctx, a, b) =>
  ctx.coursePrevious.get(b.key)?.[0] === a.key && sharedTopic(ctx, a, b) !== undefined
    ? ON_TOPIC
    : NOT_ON_TOPIC;

/**
 * The concept two lectures have in common that says most of what joins them, if any: one a main topic of both,
 * else of either, else the rarest; never one every lecture of the catalog names. Ties go to the first key.
 */
export function sharedTopic(ctx: PrerequisiteContext, a: LectureInfo, b: LectureInfo): string | undefined {
  let best: { key: string; rank: number; rarity: number } | undefined;
  for (const c of a.concepts.keys()) {
    const rarity = ctx.rarity(c);
    if (!b.concepts.has(c) || rarity <= 0) continue;
    const rank = Number(a.main.has(c)) + Number(b.main.has(c));
    if (
      !best ||
      rank > best.rank ||
      (rank === best.rank && (rarity > best.rarity || (rarity === best.rarity && c < best.key)))
    )
      best = { key: c, rank, rarity };
  }
  return best?.key;
}
