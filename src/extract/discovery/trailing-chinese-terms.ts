/**
 * Where a Chinese term begins when only its end is known (the text before a parenthesised translation):
 * word-aligned suffixes of the run, shortest first.
 */
import { ZH_STOP } from './word-lists.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const MAX_ZH_CHARS = 8;

/**
 * Candidate Chinese terms that end a run of Chinese text: word-aligned suffixes, shortest first,
 * stopping at function words (but a two-character one may end the term: 主成分分析) and at eight characters
 * (a split like 剪|枝 is rejoined).
 */
export function trailingChineseTerms(run: string): string[] {
  const words = [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
  const out: string[] = [];
  let term = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // A function word before the term ends it; a two-character one can be the term's own head (情感分析).
    if ((ZH_STOP.has(w) && (term !== '' || w.length < 2)) || term.length + w.length > MAX_ZH_CHARS) break;
    term = w + term;
    if (term.length >= 2) out.push(term);
  }
  return out;
}
