/**
 * A summary's scaffolding told from its terms: a marked phrase that describes a section ("Three kinds of
 * output", "Why both are needed") rather than naming a term, and the sentence case such labels are written in.
 */
import { escapeRegExp } from '../../core/regexp.js';
import { DESCRIPTION_START, KIND_HEADS, PHRASE_STOP, QUANTIFIER } from './word-lists.js';

/** A kind head followed by "of" or "to": "Three kinds of output", "Types of Attacks". */
const KIND_OF = new RegExp(
  String.raw`\b(?:${[...KIND_HEADS].map(escapeRegExp).join('|')})\s+(?:of|to)\b`,
  'i',
);

/**
 * A marked phrase that describes a section rather than naming a term: it opens with an article or a
 * question word ("A vector set as input", "Why both are needed"), speaks of kinds of something ("Three
 * kinds of output"), opens with a quantifier in sentence case ("Two stages"), or is written in sentence
 * case with a function word inside ("GAN as structured learning"). Names with function words are written
 * in title case (Mixture of Experts, Learning to Rank).
 */
export function describes(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  if (DESCRIPTION_START.has(first) || KIND_OF.test(words.join(' '))) return true;
  if (!sentenceCase(words)) return false;
  return QUANTIFIER.has(first) || words.slice(1).some((w) => PHRASE_STOP.has(w.toLowerCase()));
}

/** Two or more words, none after the first with a capital letter: "Core topic", "Computing self-attention". */
export function sentenceCase(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(1).every((w) => !/[A-Z]/.test(w));
}
