/** English noun phrases of a title (compromise), trimmed to what could be a term: 2–4 words, no function word. */
import nlp from 'compromise';
import { PHRASE_STOP } from './word-lists.js';

/**
 * English noun phrases of a title, lower-cased, 2–4 words, with no function words inside and no verb in front:
 * a fragment of a title is no term.
 */
export function findNounPhrases(title: string): string[] {
  const text = title.replace(/\s+/g, ' ');
  const doc = nlp(text);
  const phrases = doc.nouns().out('array') as string[];
  const out: string[] = [];
  for (const raw of phrases) {
    // The tagger splits at hyphens: a phrase that starts or ends inside a hyphenated word is a fragment
    // ("based Frobnication Pipelines" of "Score-based …", "yi Lee Office Hours" of "Hung-yi Lee …").
    const at = text.indexOf(raw);
    if (at >= 0 && (text[at - 1] === '-' || text[at + raw.length] === '-')) continue;
    let words = raw
      .replace(/[^A-Za-z0-9\- ]/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    while (words.length && PHRASE_STOP.has(words[0]!.toLowerCase())) words = words.slice(1);
    if (words.length < 2 || words.length > 4) continue;
    // A gerund opening the phrase is the title's verb, the rest its object ("Improving Sequence Generation").
    if (/ing$/i.test(words[0]!) && nlp(words[0]!.toLowerCase()).has('#Gerund')) continue;
    if (words.some((w) => PHRASE_STOP.has(w.toLowerCase()) || !/[A-Za-z]{2}/.test(w) || /-$|^-/.test(w)))
      continue;
    out.push(words.join(' ').toLowerCase());
  }
  return [...new Set(out)];
}
