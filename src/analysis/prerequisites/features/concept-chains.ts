/**
 * Concept chains: a concept of `after` requires, or is a kind of, a concept that `before` is about (its main
 * topic), through the lexicon's `requires` and `broader` relations: requiresNear / broaderNear one step away,
 * requiresFar / broaderFar two. The value is how strongly `after` names its concept times how much of
 * `before`'s teaching goes to the other. A broad field (machine learning) counts only as a course's own
 * introduction to it (fieldIntroduction). Never when the prerequisite concept itself depends on a main topic
 * of `after`: that would turn the order round.
 */
import { LEVEL } from '../../lecture-level.js';
import type { Signal } from './types.js';

export const conceptChains: Signal = (ctx, b, put) => {
  const bMain = [...b.main];
  // Memoised per target: a concept is often reached from several of b's concepts.
  const blockedMemo = new Map<string, boolean>();
  const blocked = (p: string): boolean => {
    let v = blockedMemo.get(p);
    if (v === undefined) blockedMemo.set(p, (v = bMain.some((m) => m !== p && ctx.closureOf(p).has(m))));
    return v;
  };
  for (const [cb, weight] of b.concepts) {
    const cbIsField = ctx.category(cb) === 'field';
    for (const [p, { depth, via }] of ctx.closureOf(cb)) {
      const lectures = ctx.teachers(p);
      if (lectures.length === 0 || blocked(p)) continue;
      const pIsField = ctx.category(p) === 'field';
      const field = pIsField && (depth > 1 || !cbIsField);
      const feature =
        via === 'requires'
          ? depth === 1
            ? 'requiresNear'
            : 'requiresFar'
          : depth === 1
            ? 'broaderNear'
            : 'broaderFar';
      for (const { key: a, info: infoA, focus } of lectures) {
        if (pIsField && infoA.main.size > 1) continue;
        // A that already teaches B's main topic is judged by the shared-topic signals.
        if (bMain.some((m) => infoA.main.has(m))) continue;
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
