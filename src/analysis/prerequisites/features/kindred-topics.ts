/**
 * Kindred topics: whether a main topic of `before` and one of `after` are next to each other in the lexicon: one
 * requires or is a kind of the other, or both require or are kinds of one concept that is no field — subspace and
 * basis (both kinds of vector space, both requiring span), rank and basis (both requiring linear independence). A
 * course steps from one topic to a kindred one where the lecture before is needed, to an unrelated one where it
 * seldom is. Eight-split cross-validated figure 0.6807 → 0.6837, seven splits up, one down (train sets); the same
 * with a shared concept counted for half (0.6830) or not at all (0.6820) was lower, with a shared field counted
 * too much lower (0.6808), and leaving out a shared concept that more than 12, 20 or 40 concepts lean on changed
 * little (0.6830 to 0.6842, measured before fields no lecture names were known as fields).
 */
import type { LectureInfo, PrerequisiteContext } from '../context.js';
import type { PairFeature } from './types.js';

interface Neighbours {
  /** What the concept requires or is a kind of. */
  all: ReadonlySet<string>;
  /** Of those, the ones that are no field. */
  narrow: readonly string[];
}

/** Per build, per concept: its direct neighbours in the lexicon (asked for every candidate pair: made once). */
const memo = new WeakMap<PrerequisiteContext, Map<string, Neighbours>>();

function neighboursOf(ctx: PrerequisiteContext, c: string): Neighbours {
  let byConcept = memo.get(ctx);
  if (!byConcept) memo.set(ctx, (byConcept = new Map()));
  let v = byConcept.get(c);
  if (!v) {
    const all = new Set<string>();
    for (const [x, { depth }] of ctx.closureOf(c)) if (depth === 1) all.add(x);
    v = { all, narrow: [...all].filter((x) => ctx.category(x) !== 'field') };
    byConcept.set(c, v);
  }
  return v;
}

// Shared, never written to (see course-order.ts).
const KINDRED = Object.freeze({ kindredTopics: 1 });
const NOT_KINDRED = Object.freeze({ kindredTopics: 0 });

/**
 * The first main topic of `a` and main topic of `b` (in the order of their main topics) that are next to each other
 * in the lexicon, or undefined: what the feature measures, and what a reason names.
 */
export function kindredPair(
  ctx: PrerequisiteContext,
  a: LectureInfo,
  b: LectureInfo,
): [string, string] | undefined {
  for (const ma of a.main) {
    const na = neighboursOf(ctx, ma);
    for (const mb of b.main) {
      if (ma === mb) continue;
      const nb = neighboursOf(ctx, mb);
      if (na.all.has(mb) || nb.all.has(ma)) return [ma, mb];
      for (const x of na.narrow) if (nb.all.has(x)) return [ma, mb];
    }
  }
  return undefined;
}

export const kindredTopics: PairFeature = (ctx, a, b) => (kindredPair(ctx, a, b) ? KINDRED : NOT_KINDRED);
