import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAgreement, LABELLED_SETS } from '../../src/pipeline/evaluate-sets.js';
import { splitOf } from '../../src/eval/split.js';
import { readConceptLabelFile, unknownConceptIds } from '../support/label-files.js';
import type { PrerequisiteJudgements } from '../../src/analysis/evaluate-prerequisites.js';

const withSecond = LABELLED_SETS.filter((s) => s.secondLabels);

/**
 * The second labellers' labels (`npm run eval -- --agreement`): lectures of a train part only, so that measuring
 * agreement never reads a test lecture's labels, in the shape the eval reads.
 */
describe.each(withSecond.map((s) => [s.name, s] as const))('second labels of %s', (_name, set) => {
  const second = set.secondLabels!;
  const concepts = readConceptLabelFile(second.concepts);
  const judged = JSON.parse(readFileSync(second.judgements, 'utf8')) as PrerequisiteJudgements;

  it('should label train lectures only, each once', () => {
    expect(set.role).toBe('train');
    const numbers = [...concepts.lectures.map((l) => l.number), ...judged.targets.map((t) => t.after)];
    expect(numbers.filter((n) => splitOf(set.part!.catalog, n) !== 'train')).toEqual([]);
    for (const list of [concepts.lectures.map((l) => l.number), judged.targets.map((t) => t.after)])
      expect(new Set(list).size).toBe(list.length);
  });

  it('should name every concept by a lexicon id or one of its own new concepts', () => {
    expect(unknownConceptIds(concepts)).toEqual([]);
  });

  it('should judge each prerequisite once per target, never the target itself', () => {
    for (const t of judged.targets) {
      const all = [...t.essential, ...t.acceptable, ...t.negatives];
      expect(new Set(all).size, `target ${t.after}`).toBe(all.length);
      expect(all).not.toContain(t.after);
    }
  });
});

describe('agreement', () => {
  it('should have second labels for the channel corpus and the English course lists', () => {
    expect(withSecond.map((s) => s.name)).toEqual(['corpus train', 'english train']);
  });

  it('should refuse to measure agreement on a test set', async () => {
    const test = LABELLED_SETS.find((s) => s.role === 'test')!;
    await expect(evaluateAgreement({ ...test, secondLabels: withSecond[0]!.secondLabels! })).rejects.toThrow(
      /not a test set/,
    );
  });
});
