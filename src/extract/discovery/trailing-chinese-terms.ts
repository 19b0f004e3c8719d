/**
 * Where a Chinese term begins when only its end is known (the text before a parenthesised translation):
 * word-aligned suffixes of the run, shortest first.
 */
import { memoise } from '../memoise.js';
import { ZH_WORDS } from '../normalise.js';
import { ZH_STOP } from './word-lists.js';

const MAX_ZH_CHARS = 8;
/**
 * A number or quantifier with its measure word (三種, 兩個, 多種, 各類): it counts the term, it is no part of its
 * name ("三種頻譜閘控" is spectral gating). Grammar, not vocabulary: the numerals and the measure words of terms.
 */
const COUNTED = /^[一二三四五六七八九十百兩两幾几多數数各每某][個个種种類类項项款套組组]$/u;

/**
 * Candidate Chinese terms that end a run of Chinese text: word-aligned suffixes, shortest first,
 * stopping at function words and at eight characters (a split like 剪|枝 is rejoined). Memoised: the word
 * segmenter is costly and a catalog's summaries define the same terms again and again (at 100k lectures,
 * 237 thousand runs, 4.5 thousand distinct).
 */
export const trailingChineseTerms: (run: string) => readonly string[] = memoise(segmentTrailingTerms);

function segmentTrailingTerms(run: string): readonly string[] {
  const words = [...ZH_WORDS.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
  const out: string[] = [];
  let term = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (ZH_STOP.has(w) || COUNTED.test(w) || term.length + w.length > MAX_ZH_CHARS) break;
    term = w + term;
    if (term.length >= 2) out.push(term);
  }
  return out;
}
