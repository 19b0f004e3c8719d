/** The score that keeps a title's noun phrase as a term: longer phrases, seen in more lectures, score higher. */
import { termKey } from '../normalise.js';

/**
 * Termhood of a phrase, after C-value: longer phrases and phrases seen in more lectures score
 * higher. `df` counts the lectures whose text contains the phrase.
 */
export function termhood(phrase: string, df: number): number {
  const words = termKey(phrase).split(' ').length;
  return Math.log2(words + 1) * df;
}
