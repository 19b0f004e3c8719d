import { describe, expect, it } from 'vitest';
import { scoreJudgedPrerequisites } from '../../src/analysis/evaluate-prerequisites.js';
import { bootstrapInterval, conceptFigures, judgedFigures } from '../../src/eval/bootstrap.js';
import { score } from '../../src/extract/evaluate.js';

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

describe('bootstrap intervals of the reported figures', () => {
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
    expect(() =>
      bootstrapInterval(lectures(1), conceptFigures.f1, { draws: 0, level: 0.95, seed: 1 }),
    ).toThrow(/draws must be a whole number of at least 1/);
    expect(() =>
      bootstrapInterval(lectures(1), conceptFigures.f1, { draws: 100, level: 95, seed: 1 }),
    ).toThrow(/level between 0 and 1, got 100 and 95/);
  });

  it('should count each lecture’s pairs so that they sum to the set’s figures', () => {
    const predicted = new Map([
      [1, new Set(['gan', 'bert'])],
      [2, new Set(['ctc'])],
    ]);
    const gold = new Map([
      [1, new Set(['gan'])],
      [2, new Set(['ctc', 'lstm'])],
      [3, new Set(['transformer'])],
    ]);
    const s = score(predicted, gold);
    expect(s.lectures).toEqual([
      { lecture: 1, tp: 1, fp: 1, fn: 0 },
      { lecture: 2, tp: 1, fp: 0, fn: 1 },
      { lecture: 3, tp: 0, fp: 0, fn: 1 },
    ]);
    const sums = s.lectures.reduce((a, l) => [a[0]! + l.tp, a[1]! + l.fp, a[2]! + l.fn], [0, 0, 0]);
    expect(conceptFigures.precision(sums)).toBeCloseTo(s.precision);
    expect(conceptFigures.recall(sums)).toBeCloseTo(s.recall);
    expect(conceptFigures.f1(sums)).toBeCloseTo(s.f1);
  });

  it('should count each judged target’s prerequisites so that they sum to the set’s figures', () => {
    const ranked = new Map([
      [10, [1, 2, 3]],
      [20, [5]],
    ]);
    const judged = {
      targets: [
        { after: 10, essential: [2, 4], acceptable: [3], negatives: [] },
        { after: 20, essential: [6], acceptable: [], negatives: [] },
      ],
    };
    const s = scoreJudgedPrerequisites(ranked, judged);
    expect(s.targets).toEqual([
      { after: 10, hits: 1, pairs: 2, acceptable: 2, shown: 3 },
      { after: 20, hits: 0, pairs: 1, acceptable: 0, shown: 1 },
    ]);
    const sums = [0, 1, 2, 3].map((i) =>
      s.targets.reduce((a, t) => a + [t.hits, t.pairs, t.acceptable, t.shown][i]!, 0),
    );
    expect(judgedFigures.recallAtK(sums)).toBeCloseTo(s.recallAtK);
    expect(judgedFigures.precisionAtTop(sums)).toBeCloseTo(s.precisionAtTop);
  });
});
