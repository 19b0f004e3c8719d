/**
 * Where a topic starts: the lecture a learner would begin a topic with (the most basic lecture whose main topic
 * it is, then the earliest; context.ts `topicStart`). topicStart: it is where one of `after`'s own main topics
 * starts. foundationStart: it is where a concept starts that a main topic of `after` requires or is a kind of
 * (one step in the lexicon; never a broad field, which only a course's own introduction stands for, nor a concept
 * that itself depends on a main topic of `after`, nor a lecture that teaches one of them: either would turn the
 * order round, or is judged by the shared-topic features). Where `after`'s course offering has its own start of
 * such a concept earlier in the course (the new Linear Algebra course's 向量 for its 矩陣, the global start being
 * an older offering's Vector), that lecture is a foundation start too: a learner of the course starts there. Eight-split
 * cross-validated figure 0.6977 → 0.7012, all eight splits up (train sets); the same for `after`'s own main topics
 * as well, 0.6984.
 */
import type { ReasonKey } from '../../../core/prerequisite-reasons.js';
import type { PrerequisiteContext } from '../context.js';
import { dependsOnAny, perTopicSet, teachesAny } from './topic-sets.js';
import type { Signal } from './types.js';

interface Start {
  lecture: string;
  /** The concept it starts. */
  concept: string;
  /** The main topic of `after` that requires that concept or is a kind of it. */
  builds: string;
  key: ReasonKey;
}

/** Per build, per set of main topics (sorted, joined): the foundations' starts. Many lectures share a set. */
const foundationMemo = new WeakMap<PrerequisiteContext, Map<string, readonly Start[]>>();

function foundationStarts(ctx: PrerequisiteContext, main: ReadonlySet<string>): readonly Start[] {
  return perTopicSet(foundationMemo, ctx, main, () => {
    const out: Start[] = [];
    for (const cb of main)
      for (const [p, { depth, via }] of ctx.closureOf(cb)) {
        if (depth > 1 || main.has(p) || ctx.category(p) === 'field') continue;
        const lecture = ctx.topicStart(p);
        if (!lecture || dependsOnAny(ctx, p, main) || teachesAny(ctx.infos.get(lecture)!.main, main))
          continue;
        const key = via === 'requires' ? 'introduces-required' : 'introduces-broader';
        out.push({ lecture, concept: p, builds: cb, key });
      }
    return out;
  });
}

/** A start may be the lecture itself or its twin: `put` (candidates.ts) passes over both. */
export const topicStart: Signal = (ctx, b, put) => {
  for (const cb of b.main) {
    const own = ctx.topicStart(cb);
    if (own)
      put(
        own,
        'topicStart',
        1,
        ctx.infos.get(own)!.level < b.level ? 'shallower-same-topic' : 'topic-start',
        cb,
      );
  }
  for (const s of foundationStarts(ctx, b.main)) {
    put(s.lecture, 'foundationStart', 1, s.key, s.concept, s.builds);
    const local = ctx.offeringStart(s.concept, b.attrs);
    if (
      local &&
      local !== s.lecture &&
      ctx.laterInCourse(b.key, local) &&
      !teachesAny(ctx.infos.get(local)!.main, b.main)
    )
      put(local, 'foundationStart', 1, s.key, s.concept, s.builds);
  }
};
