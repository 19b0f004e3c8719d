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
  const blocked = (p: string): boolean => bMain.some((m) => m !== p && ctx.closureOf(p).has(m));
  for (const [cb, weight] of b.concepts) {
    for (const [p, { depth, via }] of ctx.closureOf(cb)) {
      const lectures = ctx.mainLectures.get(p);
      if (!lectures || blocked(p)) continue;
      const field = ctx.category(p) === 'field' && (depth > 1 || ctx.category(cb) !== 'field');
      for (const a of lectures) {
        const infoA = ctx.infos.get(a)!;
        if (ctx.category(p) === 'field' && infoA.main.size > 1) continue;
        // A that already teaches B's main topic is judged by the shared-topic signals.
        if (bMain.some((m) => infoA.main.has(m))) continue;
        const value = Math.min(1, weight * ctx.focus(infoA, p));
        if (field) {
          // A field is introduced only by its own course, earlier, at an introductory level.
          if (infoA.level === LEVEL.introductory && ctx.laterInCourse(b.key, a))
            put(a, 'fieldIntroduction', value, 'field-introduction', p);
          continue;
        }
        const feature =
          via === 'requires'
            ? depth === 1
              ? 'requiresNear'
              : 'requiresFar'
            : depth === 1
              ? 'broaderNear'
              : 'broaderFar';
        put(a, feature, value, via === 'requires' ? 'introduces-required' : 'introduces-broader', p, cb);
      }
    }
  }
};
