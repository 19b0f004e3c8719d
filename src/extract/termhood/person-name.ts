/**
 * Whether a discovered label reads as a person's name (a speaker, an author: Ian Goodfellow, Yann LeCun),
 * which is never a concept. compromise tags people from its lexicon of given names and surnames. Where it
 * knows the given name only (Rich Caruana: "Rich" is also an adjective, so it stops there), the rest still
 * makes a name when no dictionary knows those words: a surname, not an English word or a term.
 */
import nlp from 'compromise';

/**
 * @param unknownWord where given, whether a word is in no dictionary (neither the language's nor the
 *   lexicon's): it lets a known given name carry the unknown words after it.
 */
export function isPersonName(label: string, unknownWord?: (word: string) => boolean): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || /\d/.test(label)) return false;
  // Title case the label: discovery lower-cases plain labels, and compromise reads names by their capitals.
  const text = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const people = nlp(text).people().out('array') as string[];
  if (people.some((p) => p.split(/\s+/).length === words.length)) return true;
  const given = unknownWord && people.find((p) => text.startsWith(`${p} `));
  return !!given && words.slice(given.split(/\s+/).length).every(unknownWord);
}
