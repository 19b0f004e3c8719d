/**
 * Reference distance (RefD): `after` uses a concept that `before` is about while `before` does not use
 * `after`'s main topics (usesTopic: how strongly `after` names it times `before`'s focus on it); and the
 * pairwise asymmetry refd = share of `before`'s main topics that `after` names − share of `after`'s main topics
 * that `before` names, floored at 0; and the concepts both name (sharedConcepts: Jaccard weighted by each
 * concept's rarity in the catalog, log(N / df) / log N, so that a concept every lecture names counts for nothing).
 */
import { courseBefore, teachersWithCourse } from './course-teachers.js';
import type { PairFeature, Signal } from './types.js';

export const usesTopic: Signal = (ctx, b, put) => {
  const bMain = [...b.main];
  const inCourse = courseBefore(ctx, b.key);
  for (const [cb, weight] of b.concepts) {
    if (b.main.has(cb)) continue;
    for (const { key: a, info: infoA, focus } of teachersWithCourse(ctx, cb, inCourse)) {
      if (bMain.some((m) => infoA.concepts.has(m))) continue;
      put(a, 'usesTopic', Math.min(1, weight * focus), 'used-here', cb);
    }
  }
};

/** The share of the concepts `from` that `into` names. */
function share(from: Set<string>, into: Map<string, number>): number {
  if (from.size === 0) return 0;
  let n = 0;
  for (const c of from) if (into.has(c)) n++;
  return n / from.size;
}

export const refd: PairFeature = (ctx, a, b) => {
  const value = share(a.main, b.concepts) - share(b.main, a.concepts);
  // Rarity-weighted: a concept every lecture of a catalog names (PyTorch in a PyTorch course) joins nothing.
  const { rarity } = ctx;
  let common = 0;
  let union = 0;
  for (const c of a.concepts.keys()) {
    const w = rarity(c);
    union += w;
    if (b.concepts.has(c)) common += w;
  }
  for (const c of b.concepts.keys()) if (!a.concepts.has(c)) union += rarity(c);
  return { refd: Math.max(0, value), sharedConcepts: union > 0 ? common / union : 0 };
};
