/**
 * What a lexicon tells title parsing about words: the first two words of its multi-word Latin-script terms
 * ("monte carlo" of Monte Carlo tree search, "kullback leibler" of Kullback–Leibler divergence) and every word of
 * those terms. Two capitalised words that open a title are a speaker's name only when they are not the start of a
 * term the lexicon knows. Worked out once per lexicon.
 */
import type { Lexicon } from '../lexicon.js';

export interface TermStarts {
  /** The first two words of each multi-word Latin-script label and alias, lower case. */
  starts: ReadonlySet<string>;
  /** Every word of those labels and aliases, lower case. */
  words: ReadonlySet<string>;
}

const memo = new WeakMap<Lexicon, TermStarts>();

export function termStarts(lexicon: Lexicon): TermStarts {
  let out = memo.get(lexicon);
  if (out) return out;
  const starts = new Set<string>();
  const words = new Set<string>();
  for (const concept of lexicon.concepts.values())
    for (const term of [concept.label, ...concept.aliases]) {
      if (!/^[\p{Script=Latin}\p{N}\s'’.,()/+–—-]+$/u.test(term)) continue;
      const parts = term.toLowerCase().match(/[\p{L}\p{N}'’.]+/gu) ?? [];
      for (const w of parts) words.add(w);
      if (parts.length >= 2) starts.add(`${parts[0]} ${parts[1]}`);
    }
  out = { starts, words };
  memo.set(lexicon, out);
  return out;
}
