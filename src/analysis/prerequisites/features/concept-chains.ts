/**
 * Concept chains: a concept of `after` requires, or is a kind of, a concept that `before` is about (its main
 * topic), through the lexicon's `requires` and `broader` relations: requiresNear / broaderNear one step away,
 * requiresFar / broaderFar two. The value is how strongly `after` names its concept times how much of
 * `before`'s teaching goes to the other. A broad field (machine learning) counts only as a course's own
 * introduction to it (fieldIntroduction). Never when the prerequisite concept itself depends on a main topic
 * of `after`: that would turn the order round.
 */
import { LEVEL } from '../../lecture-level.js';
import type { PrerequisiteContext, Teacher } from '../context.js';
import { dependsOnAny, perTopicSet, teachesAny } from './topic-sets.js';
import type { Signal } from './types.js';

/** Per build, per set of main topics (sorted, joined), per concept: the lectures that may stand for it. */
const eligibleMemo = new WeakMap<PrerequisiteContext, Map<string, Map<string, readonly Teacher[]>>>();

/**
 * The lectures that may stand for concept p before a lecture whose main topics are `main`: none when p depends on
 * one of them; never one that already teaches one of them (the shared-topic signals judge it), nor, for a field,
 * one with several main topics. In the order of `ctx.teachers`. It depends on the set of main topics alone, and
 * many lectures share one, so it is memoised per set for the whole build, not worked out again per lecture.
 */
function eligibleFor(ctx: PrerequisiteContext, main: ReadonlySet<string>): (p: string) => readonly Teacher[] {
  const memo = perTopicSet(eligibleMemo, ctx, main, () => new Map<string, readonly Teacher[]>());
  const topics = [...main];
  return (p) => {
    let v = memo.get(p);
    if (v === undefined) {
      const lectures = ctx.teachers(p);
      const blocked = lectures.length > 0 && dependsOnAny(ctx, p, topics);
      const pIsField = ctx.category(p) === 'field';
      v = blocked
        ? []
        : lectures.filter(({ info }) => !(pIsField && info.main.size > 1) && !teachesAny(info.main, topics));
      memo.set(p, v);
    }
    return v;
  };
}

export const conceptChains: Signal = (ctx, b, put) => {
  const eligible = eligibleFor(ctx, b.main);
  for (const [cb, weight] of b.concepts) {
    const cbIsField = ctx.category(cb) === 'field';
    for (const [p, { depth, via }] of ctx.closureOf(cb)) {
      const lectures = eligible(p);
      if (lectures.length === 0) continue;
      const field = ctx.category(p) === 'field' && (depth > 1 || !cbIsField);
      const feature =
        via === 'requires'
          ? depth === 1
            ? 'requiresNear'
            : 'requiresFar'
          : depth === 1
            ? 'broaderNear'
            : 'broaderFar';
      for (const { key: a, info: infoA, focus } of lectures) {
        const value = Math.min(1, weight * focus);
        if (field) {
          // A field is introduced only by its own course, earlier, at an introductory level.
          if (infoA.level === LEVEL.introductory && ctx.laterInCourse(b.key, a))
            put(a, 'fieldIntroduction', value, 'field-introduction', p);
          continue;
        }
        put(a, feature, value, via === 'requires' ? 'introduces-required' : 'introduces-broader', p, cb);
      }
    }
  }
};
