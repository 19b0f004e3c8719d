import { describe, expect, it } from 'vitest';
import { BootstrapOptionsError, bootstrapInterval, conceptFigures } from '../../src/eval/bootstrap.js';

/** A set of lectures' [tp, fp, fn]: most lectures right, a few wrong, as a labelled set is. */
const lectures = (copies: number): number[][] =>
  Array.from({ length: copies }, () => [
    [3, 0, 0],
    [2, 1, 0],
    [2, 0, 1],
    [0, 2, 2],
    [4, 0, 1],
  ]).flat();

const f1Of = (units: number[][]): number =>
  conceptFigures.f1(units.reduce((s, u) => s.map((x, i) => x + u[i]!)));

describe('bootstrap', () => {
  it('should hold the figure itself, and give the same interval for the same counts', () => {
    const units = lectures(6);
    const interval = bootstrapInterval(units, conceptFigures.f1)!;
    expect(interval.low).toBeLessThan(f1Of(units));
    expect(interval.high).toBeGreaterThan(f1Of(units));
    expect(bootstrapInterval(units, conceptFigures.f1)).toEqual(interval);
  });

  it('should narrow as more lectures are labelled, and vanish where every lecture scores alike', () => {
    const width = (units: number[][]): number => {
      const i = bootstrapInterval(units, conceptFigures.f1)!;
      return i.high - i.low;
    };
    expect(width(lectures(40))).toBeLessThan(width(lectures(4)) / 2);
    expect(width(Array.from({ length: 30 }, () => [2, 1, 1]))).toBe(0);
  });

  it('should have no interval for a set with nothing counted, and refuse options that mean nothing', () => {
    expect(bootstrapInterval([], conceptFigures.f1)).toBeUndefined();
    expect(() => bootstrapInterval(lectures(1), conceptFigures.f1, { draws: 0 })).toThrow(
      BootstrapOptionsError,
    );
    expect(() => bootstrapInterval(lectures(1), conceptFigures.f1, { draws: 0 })).toThrow(
      /draws must be a whole number of at least 1, got 0/,
    );
    expect(() => bootstrapInterval(lectures(1), conceptFigures.f1, { level: 95 })).toThrow(
      /level must be between 0 and 1, got 95/,
    );
  });
});
