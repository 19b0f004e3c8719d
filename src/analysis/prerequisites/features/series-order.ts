/**
 * Series order: `before` is the previous part of `after`'s series (part 1 → part 2, (上) → (下), Lecture n →
 * n+1 as next-in-series edges give them: seriesPrevious), or the first part of the chain `after` continues
 * (seriesFirst): a learner starts a series at its beginning.
 */
import type { Signal } from './types.js';

export const seriesOrder: Signal = (ctx, b, put) => {
  const previous = ctx.seriesPrev.get(b.key) ?? [];
  for (const p of previous) put(p.from, 'seriesPrevious', 1, { key: 'previous-part' });
  // Walk back to the chain's start.
  const seen = new Set<string>([b.key]);
  let frontier = previous.map((p) => p.from);
  while (frontier.length) {
    const next: string[] = [];
    for (const a of frontier) {
      if (seen.has(a)) continue;
      seen.add(a);
      const before = ctx.seriesPrev.get(a) ?? [];
      if (before.length === 0 && !previous.some((p) => p.from === a))
        put(a, 'seriesFirst', 1, { key: 'first-part' });
      next.push(...before.map((p) => p.from));
    }
    frontier = next;
  }
};
