/**
 * Course position: how far into its course offering the dependent stands — 0 its first lecture … 1 its last; 0 for
 * a lecture of no course, or of one with fewer than three lectures — the same for all its candidates. The fit weighs
 * it down (negative weight, the bias up): a late lecture of a course has many earlier lectures of its course among its
 * candidates, of which the labels want few (the lecture before, and those a topic leads to), so its candidates are
 * shown less readily than an early lecture's or a talk's of no course. Measured on the catalog, not on labels.
 * Eight-split cross-validated figure 0.6977 → 0.7003, seven splits up and one level (train sets); counted only for
 * candidates of the dependent's own offering 0.6971, as the number of lectures before it (up to ten) 0.6966; how
 * early `before` stands in its own course, 0.6923.
 */
import type { PrerequisiteContext } from '../context.js';
import type { PairFeature } from './types.js';

/** A course needs this many lectures before a place in it says anything. */
const MIN_LECTURES = 3;

/** Per build: lecture → its place in its offering, in the catalog's chronological order (made once). */
const memo = new WeakMap<PrerequisiteContext, Map<string, number>>();

/** Each lecture's place in its course offering, 0 … 1 (lectures of no course, or of a short one, absent). */
export function coursePositions(ctx: PrerequisiteContext): ReadonlyMap<string, number> {
  let places = memo.get(ctx);
  if (places) return places;
  const byOffering = new Map<string, string[]>();
  for (const key of ctx.chronological) {
    const offering = ctx.offeringOf(ctx.infos.get(key)!.attrs);
    if (offering === undefined) continue;
    const list = byOffering.get(offering);
    if (list) list.push(key);
    else byOffering.set(offering, [key]);
  }
  places = new Map();
  for (const list of byOffering.values())
    if (list.length >= MIN_LECTURES) list.forEach((key, i) => places!.set(key, i / (list.length - 1)));
  memo.set(ctx, places);
  return places;
}

// Shared, never written to (see course-order.ts).
const NONE = Object.freeze({ positionInCourse: 0 });

export const positionInCourse: PairFeature = (ctx, _a, b) => {
  const place = coursePositions(ctx).get(b.key) ?? 0;
  return place > 0 ? { positionInCourse: place } : NONE;
};
