/** Abbreviations a text defines beside their long form: "Long Form (ABBR)" and "ABBR (Long Form)". */
import { abbreviates, initialsOf } from './abbreviates.js';
import type { PairCandidate } from './types.js';
import { LINK_WORDS } from './word-lists.js';

// "Long Form (ABBR)" and "ABBR (Long Form)": up to eight words beside a parenthesised abbreviation.
const LONG_ABBR =
  /\b((?:[A-Za-z][a-z]+|[A-Z]{2,})(?:[ -]+(?:[A-Za-z][a-z]+|[A-Z]{2,})){0,7})\s*[（(]\s*([A-Z][A-Za-z]{1,7}s?)\s*[)）]/g;
const ABBR_LONG =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z]{1,7})\s*[（(]\s*([A-Za-z][a-z]+(?:[ -]+(?:[A-Za-z][a-z]+|[A-Z]{2,})){1,7})\s*[)）]/g;

/** How many words in front of a long form may belong to the term it abbreviates (Secure, Masked). */
const LONGER_WORDS = 2;

/**
 * Abbreviations a text defines: "Weight Agnostic Networks (WAN)", "multi-layer perceptron (MLP)" (the
 * shortest tail of the words before the parenthesis that spells the abbreviation), and the reverse
 * order "GCN（Graph Convolutional Networks）".
 */
export function findLongFormAbbreviations(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  for (const m of text.matchAll(LONG_ABBR)) {
    const abbr = m[2]!.replace(/(?<=[A-Z])s$/, '');
    // A long form all in capitals is shouting, not a name's spelling (as for all-capitals titles).
    if (!/[a-z]/.test(m[1]!)) continue;
    const words = [...m[1]!.matchAll(/[A-Za-z]+/g)];
    for (let start = words.length - 1; start >= 0; start--) {
      let tail = m[1]!.slice(words[start]!.index);
      if (LINK_WORDS.has(words[start]![0].toLowerCase())) continue;
      if (abbreviates(abbr, tail)) {
        // A longer tail whose initials spell the abbreviation is its long form: Self-Supervised Learning
        // (SSL), not Supervised Learning, which its letters also spell.
        for (let k = start - 1; k >= 0 && !initialsOf(abbr, tail); k--) {
          const longer = m[1]!.slice(words[k]!.index);
          if (initialsOf(abbr, longer)) [start, tail] = [k, longer];
        }
        const longer: string[] = [];
        for (let k = start - 1; k >= Math.max(0, start - LONGER_WORDS); k--) {
          if (LINK_WORDS.has(words[k]![0].toLowerCase())) break;
          longer.push(m[1]!.slice(words[k]!.index));
        }
        out.push(longer.length ? { en: tail, abbr, enLonger: longer } : { en: tail, abbr });
        break;
      }
      if (words.length - start > abbr.length + 2) break;
    }
  }
  for (const m of text.matchAll(ABBR_LONG)) {
    if (abbreviates(m[1]!, m[2]!)) out.push({ en: m[2]!, abbr: m[1]! });
  }
  return out;
}
