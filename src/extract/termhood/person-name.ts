/**
 * Whether a discovered label reads as a person's name (a speaker, an author: Ian Goodfellow, Yann LeCun),
 * which is never a concept. compromise tags people from its lexicon of given names and surnames.
 */
import nlp from 'compromise';

export function isPersonName(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || /\d/.test(label)) return false;
  // Title case the label: discovery lower-cases plain labels, and compromise reads names by their capitals.
  const text = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const people = nlp(text).people().out('array') as string[];
  return people.some((p) => p.split(/\s+/).length === words.length);
}
