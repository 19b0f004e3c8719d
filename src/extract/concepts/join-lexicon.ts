/**
 * Discovered concepts join the lexicon's structure: each gets the known term that heads its label as its
 * broader concept, so the graph stays connected and prerequisites can reach it.
 */
import { lookup, type Vocabulary } from './vocabulary.js';

/**
 * A discovered concept joins the lexicon's structure through its head: the longest known term that ends its
 * label ("Patch GAN" → GAN, "Entropy SGD" → stochastic gradient descent, "deep linear networks" → neural
 * network) or closes a hyphenated name ("NICE-GAN" → GAN) is its broader concept, so the graph stays
 * connected and prerequisites can reach it.
 */
export function joinLexicon(vocab: Vocabulary): void {
  for (const c of vocab.concepts.values()) {
    if (c.origin !== 'discovered' || c.broader.length) continue;
    const words = c.label.split(/[\s-]+/).filter(Boolean);
    for (let i = 1; i < words.length; i++) {
      const id = lookup(vocab, words.slice(i).join(' '));
      if (id !== undefined && id !== c.id && vocab.concepts.get(id)!.origin === 'lexicon') {
        c.broader = [id];
        break;
      }
    }
  }
}
