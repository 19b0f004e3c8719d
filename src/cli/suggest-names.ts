/**
 * "Did you mean …?" for the names a CLI knows (verbs, options): the known names closest to a mistyped one,
 * by edit distance (transpositions count once) or as a prefix, ignoring case, hyphens and underscores.
 */
import { editDistance } from '../core/edit-distance.js';

/** Known names closest to `input`, best first; empty when none is close. A prefix counts as half an edit. */
export function suggestNames(input: string, names: readonly string[], limit = 3): string[] {
  const fold = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const q = fold(input);
  if (!q) return [];
  const max = Math.max(1, Math.floor(q.length / 3));
  const scored = names
    .map((name, order) => {
      const n = fold(name);
      const distance = q.length >= 2 && n.startsWith(q) && n !== q ? 0.5 : editDistance(q, n, max);
      return { name, order, distance };
    })
    .filter((s) => s.distance <= max);
  // A fold, not a spread: a short name may be near hundreds of thousands of names in a large catalog.
  const best = scored.reduce((m, s) => Math.min(m, s.distance), Infinity);
  return scored
    .filter((s) => s.distance === best)
    .sort((x, y) => x.order - y.order)
    .map((s) => s.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .slice(0, limit);
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');
}

/** `; did you mean "a" or "b"?`, or nothing when there is no suggestion. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? `; did you mean ${orList(suggestions.map((s) => `"${s}"`))}?` : '';
}
