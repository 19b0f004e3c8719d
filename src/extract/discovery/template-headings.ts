/** Headings a catalog's summaries share: the scaffolding of a summary template, not a term of any one lecture. */
import { stripHeadingNumber, termKey } from '../normalise.js';

/**
 * The headings a catalog's summaries share (the same words heading sections in two or more summaries):
 * a summary template's scaffolding ("Key points", "Core topic", 主要觀念), not a term of any one lecture.
 * Returns their term keys.
 */
export function findTemplateHeadings(summaries: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const summary of summaries) {
    const keys = new Set<string>();
    for (const m of summary.matchAll(/^\s{0,3}#{1,6}\s+(.+)$/gm)) {
      const text = stripHeadingNumber(m[1]!.replace(/[*_`]/g, '').trim())
        .replace(/[:：]\s*$/, '')
        .trim();
      const key = termKey(text);
      if (key) keys.add(key);
    }
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}
