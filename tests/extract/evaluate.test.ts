import { describe, expect, it } from 'vitest';
import { conceptFigures } from '../../src/eval/bootstrap.js';
import { score } from '../../src/extract/evaluate.js';

describe('evaluate', () => {
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
});
