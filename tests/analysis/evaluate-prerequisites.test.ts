import { describe, expect, it } from 'vitest';
import { scoreJudgedPrerequisites } from '../../src/analysis/evaluate-prerequisites.js';
import { judgedFigures } from '../../src/eval/bootstrap.js';

describe('evaluate-prerequisites', () => {
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
