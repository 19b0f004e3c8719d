/**
 * What composed-terms.ts needs of the vocabulary (lookup, a concept's English names, generic words, models),
 * read once before matching so that it never depends on lecture order.
 */
import type { ComposeContext } from '../composed-terms.js';
import { termKey } from '../normalise.js';
import { lookup, type Vocabulary } from './vocabulary.js';

/** What composition needs of the vocabulary: lookup, a concept's English names, generic words. */
export function compositionContext(vocab: Vocabulary): Omit<ComposeContext, 'topicLists'> {
  // Names are read once, before matching adds the surfaces it sees, so they never depend on lecture order.
  const names = new Map<string, string[]>();
  for (const c of vocab.concepts.values()) {
    const latin = [...c.aliases].filter((a) => /^[A-Za-z][A-Za-z0-9\- ]*$/.test(a)).sort();
    names.set(c.id, [c.label, ...latin.filter((a) => a !== c.label)].slice(0, 8));
  }
  return {
    lookup: (term) => {
      const key = termKey(term);
      return key && !vocab.stop.has(key) ? lookup(vocab, term) : undefined;
    },
    namesOf: (id) => names.get(id) ?? [],
    isGeneric: (word) => vocab.stop.has(termKey(word)),
    isModel: (id) => vocab.concepts.get(id)?.category === 'model',
  };
}
