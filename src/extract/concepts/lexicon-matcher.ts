/**
 * The term matcher over the vocabulary as it stands after discovery: every concept's label, aliases and
 * regional variants that still name it, added in sorted order so the trie is the same on every run.
 */
import { termKey } from '../normalise.js';
import { TermMatcher } from '../term-matcher.js';
import type { Vocabulary } from './vocabulary.js';

/** A matcher over the vocabulary as it stands: built once per extraction, after discovery. */
export function lexiconMatcher(vocab: Vocabulary): TermMatcher {
  const matcher = new TermMatcher();
  // Sorted so that the trie, and any tie it breaks, is the same on every run.
  for (const c of [...vocab.concepts.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const term of [c.label, ...[...c.aliases].sort(), ...c.variants]) {
      const key = termKey(term);
      if (vocab.keyToId.get(key) === c.id) matcher.add(term, c.id);
    }
  }
  return matcher;
}
