/**
 * Cumulative course: for a candidate two to five lectures before the dependent in its course (courseEarlier's
 * lectures), how cumulative that course is by its words — over its lectures, the mean share of a lecture's concepts
 * that the lectures just before it already name: GAN 2017 0.75, Linear Algebra 0.55, ML 2021 0.27, Full Stack Deep
 * Learning 0.00. Measured on the catalog, not on labels. The fit weighs it against `courseEarlier` (its weight is
 * negative): where a course's lectures keep naming what came before, the shared-topic features carry the
 * dependence; where each lecture brings new names (a course list's modules), only course order says that a lecture
 * a few steps back is needed. Eight-split cross-validated figure 0.6922 → 0.6933, all eight splits up (train sets);
 * the same with the lecture just before too (0.6922), or with it and the course's introduction and first lecture
 * (0.6902), was lower, and so were the share of the dependent's own concepts (0.6829) or of its main topics (0.6915).
 */
import type { PrerequisiteContext } from '../context.js';
import type { PairFeature } from './types.js';

/** Per build: course offering → its cumulativeness (made once, from every course lecture's neighbours before it). */
const memo = new WeakMap<PrerequisiteContext, Map<string, number>>();

export function cumulativeness(ctx: PrerequisiteContext): ReadonlyMap<string, number> {
  let byOffering = memo.get(ctx);
  if (byOffering) return byOffering;
  const sums = new Map<string, { share: number; lectures: number }>();
  for (const [key, before] of ctx.coursePrevious) {
    const b = ctx.infos.get(key)!;
    const offering = ctx.offeringOf(b.attrs);
    if (offering === undefined || b.concepts.size === 0) continue;
    const named = new Set<string>();
    for (const a of before) for (const c of ctx.infos.get(a)!.concepts.keys()) named.add(c);
    let shared = 0;
    for (const c of b.concepts.keys()) if (named.has(c)) shared++;
    const sum = sums.get(offering) ?? { share: 0, lectures: 0 };
    sum.share += shared / b.concepts.size;
    sum.lectures++;
    sums.set(offering, sum);
  }
  byOffering = new Map([...sums].map(([offering, s]) => [offering, s.share / s.lectures]));
  memo.set(ctx, byOffering);
  return byOffering;
}

// Shared, never written to (see course-order.ts): most pairs are no earlier lecture of the dependent's course.
const NONE = Object.freeze({ cumulativeCourse: 0 });

export const cumulativeCourse: PairFeature = (ctx, a, b) => {
  if ((ctx.coursePrevious.get(b.key)?.indexOf(a.key) ?? -1) < 1) return NONE;
  const offering = ctx.offeringOf(b.attrs);
  const v = offering === undefined ? 0 : (cumulativeness(ctx).get(offering) ?? 0);
  return v > 0 ? { cumulativeCourse: v } : NONE;
};
