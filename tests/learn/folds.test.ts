import { describe, expect, it } from 'vitest';
import { foldDraws, foldOf } from '../../src/learn/folds.js';

const keys = Array.from({ length: 400 }, (_, i) => `corpus train:${i + 1}`);

describe('cross-validation folds', () => {
  it('should keep the committed split when none is named, and give every key the same fold each time', () => {
    for (const key of keys) {
      expect(foldOf(key, 5)).toBe(foldOf(key, 5, 1));
      expect(foldOf(key, 5, 2)).toBe(foldOf(key, 5, 2));
    }
  });

  it('should draw the keys into folds anew on another split, each fold holding about a fifth', () => {
    const moved = keys.filter((k) => foldOf(k, 5, 1) !== foldOf(k, 5, 2)).length;
    // Independent draws put a key in another fold four times in five.
    expect(moved / keys.length).toBeGreaterThan(0.7);
    for (let k = 0; k < 5; k++) {
      const share = keys.filter((key) => foldOf(key, 5, 2) === k).length / keys.length;
      expect(share).toBeGreaterThan(0.12);
      expect(share).toBeLessThan(0.28);
    }
  });
});

describe('fold draws', () => {
  it('should repeat a split on draws no other split of the --splits figures uses', () => {
    const splits = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => foldDraws(s, 4));
    expect(splits[0]).toEqual([1, 101, 201, 301]);
    expect(new Set(splits.flat()).size).toBe(32);
    // Each draw puts the keys into folds anew.
    const keys = Array.from({ length: 200 }, (_v, i) => `corpus train:${i}`);
    const [a, b] = splits[0]!;
    expect(keys.filter((k) => foldOf(k, 5, a!) !== foldOf(k, 5, b!)).length).toBeGreaterThan(100);
  });
});
