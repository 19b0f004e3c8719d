/**
 * What the default lexicon tells title parsing about words: the first two words of its multi-word terms
 * ("monte carlo" of Monte Carlo tree search, "kullback leibler" of Kullback–Leibler divergence) and every word
 * of its Latin-script terms. Two capitalised words that open a title are a speaker's name only when they are
 * not the start of a term the lexicon knows. Loaded once, on first use.
 */
import { loadLexicon } from '../extract/lexicon.js';

export interface LexiconTermStarts {
  /** The first two words of each multi-word Latin-script label and alias, lower case, hyphens as spaces. */
  starts: ReadonlySet<string>;
  /** Every word of those labels and aliases, lower case. */
  words: ReadonlySet<string>;
}

let loaded: LexiconTermStarts | undefined;

export function lexiconTermStarts(): LexiconTermStarts {
  if (loaded) return loaded;
  const starts = new Set<string>();
  const words = new Set<string>();
  for (const concept of loadLexicon().concepts.values())
    for (const term of [concept.label, ...concept.aliases]) {
      const parts = term.toLowerCase().match(/[a-z][a-z'’.]*/g) ?? [];
      if (!/^[\p{Script=Latin}\d\s'’.,()/+-]+$/u.test(term)) continue;
      for (const w of parts) words.add(w);
      if (parts.length >= 2) starts.add(`${parts[0]} ${parts[1]}`);
    }
  loaded = { starts, words };
  return loaded;
}
