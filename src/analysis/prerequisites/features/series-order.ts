/**
 * Series order: `before` is the previous part of `after`'s series (part 1 → part 2, (上) → (下), Lecture n →
 * n+1, Lecture n → Lab n as next-in-series edges give them: seriesPrevious), or the first part of the talk `after`
 * continues (seriesFirst). The chain to that first part follows the edges between parts of a talk, not a course's
 * numbering: a course's first lecture is course order's (courseFirst, courseIntroduction). The two are different
 * things to a learner, and the labels weigh them differently: counted as one feature, they cost the eight-split
 * cross-validated figure 0.005 (train sets, 0.6793 → 0.6745).
 */
import type { PrerequisiteContext } from '../context.js';
import type { Signal } from './types.js';
import { sameSeriesTopic } from '../../series-order.js';

const startsMemo = new WeakMap<PrerequisiteContext, Map<string, string[]>>();

/** The next-in-series edges between parts of one talk (not a course's numbering, nor a lab after its lecture). */
const PART_EDGES: ReadonlySet<string | undefined> = new Set(['series-part', 'series-earlier-part']);
const partsBefore = (ctx: PrerequisiteContext, key: string): string[] =>
  (ctx.seriesPrev.get(key) ?? []).filter((p) => PART_EDGES.has(p.reasonKey)).map((p) => p.from);

/**
 * The first parts of the talks that lead to `key` (parts with no previous part), memoised per build so that a
 * long talk costs one walk, not one per part.
 */
function chainStarts(ctx: PrerequisiteContext, key: string): string[] {
  let memo = startsMemo.get(ctx);
  if (!memo) startsMemo.set(ctx, (memo = new Map()));
  const stack = [key];
  const onStack = new Set<string>();
  while (stack.length) {
    const node = stack[stack.length - 1]!;
    if (memo.has(node)) {
      stack.pop();
      continue;
    }
    const previous = partsBefore(ctx, node);
    const pending = previous.filter((p) => !memo.has(p) && !onStack.has(p));
    if (pending.length && !onStack.has(node)) {
      onStack.add(node);
      stack.push(...pending);
      continue;
    }
    const starts = new Set<string>();
    for (const p of previous) for (const s of memo.get(p) ?? [p]) starts.add(s);
    memo.set(node, previous.length ? [...starts].sort() : [node]);
    onStack.delete(node);
    stack.pop();
  }
  return memo.get(key)!;
}

export const seriesOrder: Signal = (ctx, b, put) => {
  const previous = ctx.seriesPrev.get(b.key) ?? [];
  const practical = ctx.practical(b.attrs);
  for (const p of previous) {
    // A course's numbering chains lectures of different topics (GAN, then Self-supervised Learning): the
    // previous lecture of the course, not a previous part of the same talk (the edge says which it joins; two
    // lectures of one number and topic, "3-1: Gradient Descent" and "3-2: Gradient Descent (Demo)", are parts).
    // A practical session follows the lecture it puts into practice.
    const other = ctx.infos.get(p.from)?.attrs;
    if (practical && other)
      put(
        p.from,
        'seriesPrevious',
        1,
        ctx.practical(other) ? 'previous-practical' : 'practical-lecture',
        undefined,
        undefined,
        b.attrs.series,
      );
    else if (
      other &&
      p.reasonKey === 'series-lecture' &&
      !sameSeriesTopic(other.title, b.attrs.title) &&
      b.attrs.series
    )
      put(p.from, 'seriesPrevious', 1, 'previous-in-course', undefined, undefined, b.attrs.series);
    else {
      // Part 2 before part 4, the catalog lacking part 3: an earlier part, not the previous one (part 1 is the first).
      const [from, to] = [other?.part?.index, b.attrs.part?.index];
      const skips = from !== undefined && to !== undefined && to - from > 1;
      put(p.from, 'seriesPrevious', 1, !skips ? 'previous-part' : from === 1 ? 'first-part' : 'earlier-part');
    }
  }
  if (partsBefore(ctx, b.key).length === 0) return;
  for (const start of chainStarts(ctx, b.key))
    if (start !== b.key && !previous.some((p) => p.from === start))
      put(start, 'seriesFirst', 1, 'first-part');
};
