import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance } from '../../src/core/edit-distance.js';

describe('editDistance', () => {
  it('should give up with max + 1 when lengths alone exceed the limit', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });

  it('should be zero for equal strings and count an adjacent transposition as one edit', () => {
    expect(editDistance('', '', 2)).toBe(0);
    expect(editDistance('wavenet', 'wavenet', 2)).toBe(0);
    expect(editDistance('wavenet', 'wvaenet', 2)).toBe(1);
    expect(editDistance('transfomer', 'transformer', 2)).toBe(1);
    expect(editDistance('abcd', 'bacd', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('should stop early once every alignment is above the limit', () => {
    expect(editDistance('transformer', 'tacotron', 2)).toBe(3);
  });

  // The whole table, every cell: what the banded, early-stopping computation must agree with.
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  };

  it('should give the exact distance up to the limit, and max + 1 beyond it, for any two strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 24 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 2000), seed: Number(process.env.FC_SEED ?? 20261207) },
    );
  });
});
