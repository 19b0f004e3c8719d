/**
 * The word lists discovery reads, loaded once from data/discovery/*.json (each file says what its list is for):
 * Chinese function words, English function words of phrases, the link words of long forms, and the words that
 * open or head a section label rather than a term.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A word list file that cannot be read or is not `{ "description", "words": [...] }`. */
export class WordListError extends Error {
  override readonly name = 'WordListError';
}

export const WORD_LISTS_DIR = fileURLToPath(new URL('../../../data/discovery/', import.meta.url));

/** Reads `data/discovery/<file>`: its `words`, a non-empty array of non-empty strings. */
export function loadWordList(file: string, dir = WORD_LISTS_DIR): ReadonlySet<string> {
  const path = `${dir}${file}`;
  let raw: { words?: unknown };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as typeof raw;
  } catch (e) {
    throw new WordListError(`${path}: ${(e as Error).message}`);
  }
  const words = raw.words;
  if (!Array.isArray(words) || !words.length || !words.every((w) => typeof w === 'string' && w !== ''))
    throw new WordListError(`${path}: "words" must be a non-empty array of non-empty strings`);
  return new Set(words as string[]);
}

/** Chinese function words and openers of descriptive prose: a Chinese term stops at one. */
export const ZH_STOP = loadWordList('zh-stop-words.json');
/** English function and evaluative words a discovered English term does not hold. */
export const PHRASE_STOP = loadWordList('phrase-stop-words.json');
/** Words of a long form its abbreviation need not spell (of, for, and …). */
export const LINK_WORDS = loadWordList('link-words.json');
/** Words that open a description rather than a name: articles, demonstratives, question words. */
export const DESCRIPTION_START = loadWordList('description-starts.json');
/** Quantifiers and numbers: they open a description when the rest is not written as a name. */
export const QUANTIFIER = loadWordList('quantifiers.json');
/** Nouns that, before "of" or "to", make a phrase about kinds of something (kinds, types, steps …). */
export const KIND_HEADS = loadWordList('kind-heads.json');
/** Words that open a parenthesis of examples (such as, e.g.): it names instances, not a translation. */
export const EXAMPLE_OPENERS = loadWordList('example-openers.json');
