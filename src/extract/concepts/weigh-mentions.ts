/**
 * Mentions: each included concept of a lecture weighted by where its text names it and how rare the
 * concept is in the catalog, and marked main when the title names it (or, without one in the title, when
 * it is the heaviest of the headings).
 */
import type { ExtractOptions } from './options.js';
import type { Prepared } from './prepared.js';
import type { Tally } from './tally.js';
import type { Mention } from './types.js';

export function weighMentions(
  prepared: readonly Prepared[],
  included: Map<number, Map<string, Tally>>,
  df: Map<string, number>,
  opts: ExtractOptions,
): Mention[] {
  const n = prepared.length;
  const rarity = (id: string): number => Math.log((n + 1) / ((df.get(id) ?? 0) + 0.5)) / Math.log(n + 1.5);

  const mentions: Mention[] = [];
  for (const p of prepared) {
    const kept = included.get(p.lecture.number)!;
    const w = opts.fieldWeights;
    const scored = [...kept].map(([id, t]) => {
      const raw =
        (t.count.title > 0 ? w.title : 0) +
        Math.min(2, t.count.heading) * w.heading +
        Math.log2(1 + t.count.summary) * w.summary +
        (p.defined.has(id) ? w.summary : 0);
      const weight = Math.round(Math.min(1, raw) * (0.6 + 0.4 * Math.max(0, rarity(id))) * 1000) / 1000;
      const count = t.count.title + t.count.heading + t.count.summary;
      return { id, t, weight, count };
    });
    const inTitle = scored.filter((s) => s.t.count.title > 0);
    const topHeading = Math.max(0, ...scored.filter((s) => s.t.count.heading > 0).map((s) => s.weight));
    for (const s of scored) {
      const main = inTitle.length > 0 ? s.t.count.title > 0 : s.t.count.heading > 0 && s.weight >= topHeading;
      mentions.push({
        lecture: p.lecture.number,
        concept: s.id,
        weight: s.weight,
        main,
        count: s.count,
        evidence: s.t.evidence,
      });
    }
  }
  return mentions;
}
