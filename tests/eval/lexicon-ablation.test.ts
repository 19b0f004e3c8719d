import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/extract/lexicon.js';
import {
  heldOutConcepts,
  heldOutResolver,
  summariseAblation,
  withoutConcepts,
} from '../../src/eval/lexicon-ablation.js';

/** The lexicon ablation `npm run eval -- --unknown-concepts` measures concepts the lexicon does not hold with. */
describe('lexicon ablation', () => {
  const lexicon = loadLexicon();
  const ids = [...lexicon.concepts.keys()].sort();

  it('should hold out the same concepts in the same draw, about the share asked, and others in another draw', () => {
    const a = heldOutConcepts(ids, 0.3, 1);
    expect(heldOutConcepts([...ids].reverse(), 0.3, 1)).toEqual(a);
    expect(a.size / ids.length).toBeGreaterThan(0.25);
    expect(a.size / ids.length).toBeLessThan(0.35);
    expect(heldOutConcepts(ids, 0.3, 2)).not.toEqual(a);
  });

  it('should leave no name of a held-out concept, nor a relation to it, in the ablated lexicon', () => {
    const held = new Set(['gan', 'transformer']);
    const ablated = withoutConcepts(lexicon, held);
    expect(ablated.concepts.has('gan')).toBe(false);
    expect([...ablated.aliasIndex.values()]).not.toContain('transformer');
    for (const c of ablated.concepts.values()) {
      expect(c.broader).not.toContain('gan');
      expect(c.requires).not.toContain('transformer');
    }
    // The whole lexicon is untouched.
    expect(lexicon.concepts.has('gan')).toBe(true);
    expect(ablated.concepts.size).toBe(lexicon.concepts.size - 2);
  });

  it('should resolve a held-out gold concept through any of its names to what discovery found, and only that', () => {
    const held = new Set(['gan']);
    const ablated = withoutConcepts(lexicon, held);
    const found = new Map([['generative adversarial network', 'generative-adversarial-network']]);
    const resolve = heldOutResolver(lexicon, ablated, held, (t) => found.get(t.toLowerCase()));
    expect(resolve('gan')).toBe('generative-adversarial-network');
    expect(heldOutResolver(lexicon, ablated, held, () => undefined)('gan')).toBe('held-out:gan');
    // A name another lexicon concept took is not the held-out concept found.
    expect(heldOutResolver(lexicon, ablated, held, () => 'neural-network')('gan')).toBe('held-out:gan');
    // A concept not held out resolves as before.
    expect(resolve('bert')).toBeUndefined();
  });

  it('should average the draws and count the held-out pairs found over all of them', () => {
    const draw = (precision: number, recall: number, found: number, heldPairs: number) => ({
      scores: { precision, recall, f1: (2 * precision * recall) / (precision + recall), tp: 0, fp: 0, fn: 0 },
      heldConcepts: 1,
      heldPairs,
      found,
    });
    const m = summariseAblation([draw(0.8, 0.6, 3, 10), draw(0.6, 0.4, 1, 10)]);
    expect(m.precision).toBeCloseTo(0.7);
    expect(m.recall).toBeCloseTo(0.5);
    expect([m.found, m.heldPairs]).toEqual([4, 20]);
    expect(summariseAblation([]).heldPairs).toBe(0);
  });
});
