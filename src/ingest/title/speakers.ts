/**
 * Speakers in titles: whether the capitalised words beside a title's separator name the person giving the talk
 * ("Yann LeCun: …", "… - Minje Kim (UIUC)", "… by Josh Tobin"), not a topic or a lexicon term.
 */
import { abbreviates } from '../../extract/discovery/abbreviates.js';
import { loadLexicon } from '../../extract/lexicon.js';
import { memoise } from '../../extract/memoise.js';
import { loadGenericWordsData } from '../../extract/termhood/generic-words.js';
import { isPersonName } from '../../extract/termhood/person-name.js';
import { termStarts, type TermStarts } from '../../extract/termhood/term-starts.js';

/**
 * Whether "Name (Affiliation)" after a title's dash is a speaker's byline: a person's name as compromise knows
 * names, or capitalised words one of which no English word list holds (Dongchao Yang, Minje Kim), with a
 * bracket that does not abbreviate them ("Energy Based (EBGAN)" is a term and its acronym).
 */
export function isByline(name: string, bracket: string): boolean {
  if (abbreviates(bracket.trim(), name)) return false;
  if (isPersonName(name)) return true;
  const words = name.trim().split(/\s+/);
  const english = loadGenericWordsData().en;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && words.some((w) => !english.has(w.toLowerCase()));
}

/** A given name and a surname, as a speaker's name is written ("Yann LeCun", "Fei-Fei Li"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+`;
/** A speaker opening a title ("Yann LeCun: …", "Andrej Karpathy | …") or closing it ("… - Yann LeCun", "… by …"). */
export const LEADING_SPEAKER = new RegExp(
  String.raw`^\s*(?<name>${PERSON})\s*(?<sep>[:：|]|\s[-–—])\s+(?=\S)`,
  'u',
);
export const TRAILING_SPEAKER = new RegExp(String.raw`\s(?<sep>[-–—|]|by)\s+(?<name>${PERSON})\s*$`, 'u');

/**
 * Whether two capitalised words beside a title's separator name its speaker: a name compromise knows as a
 * person's (Yann LeCun, Geoffrey Hinton); closing a title after a bar or "by", also a given name it knows before
 * a surname no English word list holds (Josh Tobin); opening an English title, also two words neither an English
 * word list nor the lexicon holds (Yoshua Bengio: Towards Conscious Machines; not "Aprendizaje Profundo: Redes
 * Convolucionales", whose rest is no English). Capitalised topics and tools ("Convolutional Networks", "Pytorch
 * Lightning", "Mask Rcnn") are none, nor is the start of a lexicon term, whatever compromise makes of its words
 * ("Monte Carlo: …" opens Monte Carlo tree search). compromise's answers are memoised by name (a catalog repeats
 * its speakers); the lexicon's, a set lookup each, are not (they differ between lexicons).
 */
const knownSpeaker = memoise((name) => isPersonName(name));
const looseSpeaker = memoise((name) => {
  const english = loadGenericWordsData().en;
  return isPersonName(name, (w) => !english.has(w.toLowerCase()));
});
const noEnglishWord = memoise((name) => {
  const english = loadGenericWordsData().en;
  return name.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !english.has(w.toLowerCase()));
});
/** At least half the words of `text` are English words: the title is written in English. */
const mostlyEnglish = (text: string): boolean => {
  const english = loadGenericWordsData().en;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((w) => english.has(w)).length * 2 >= words.length;
};
let defaultTerms: TermStarts | undefined;
export const defaultTermStarts = (): TermStarts => (defaultTerms ??= termStarts(loadLexicon()));

export function isSpeaker(name: string, loose: boolean, rest: string, terms: () => TermStarts): boolean {
  if ((loose ? looseSpeaker : knownSpeaker)(name) || (rest && noEnglishWord(name) && mostlyEnglish(rest))) {
    const { starts, words } = terms();
    if (starts.has(name.toLowerCase())) return false;
    return !noEnglishWord(name) || !name.split(/\s+/).some((w) => words.has(w.toLowerCase()));
  }
  return false;
}
