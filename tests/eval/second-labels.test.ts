import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAgreement, LABELLED_SETS } from '../../src/pipeline/evaluate-sets.js';
import { splitOf } from '../../src/eval/split.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import type { PrerequisiteJudgements } from '../../src/analysis/evaluate-prerequisites.js';

const train = LABELLED_SETS.find((s) => s.name === 'corpus train')!;
const second = train.secondLabels!;

/**
 * The second labeller's labels (`npm run eval -- --agreement`): a sample of the corpus train part only, so that
 * measuring agreement never reads a test lecture's labels, in the shape the eval reads.
 */
describe('second labels of the corpus train part', () => {
  const concepts = JSON.parse(readFileSync(second.concepts, 'utf8')) as {
    newConcepts: Record<string, string>;
    lectures: { number: number; concepts: string[] }[];
  };
  const judged = JSON.parse(readFileSync(second.judgements, 'utf8')) as PrerequisiteJudgements;

  it('should label train lectures only, each once', () => {
    const numbers = [...concepts.lectures.map((l) => l.number), ...judged.targets.map((t) => t.after)];
    expect(numbers.filter((n) => splitOf('channel', n) !== 'train')).toEqual([]);
    for (const list of [concepts.lectures.map((l) => l.number), judged.targets.map((t) => t.after)])
      expect(new Set(list).size).toBe(list.length);
  });

  it('should name every concept by a lexicon id or one of its own new concepts', () => {
    const lexicon = loadLexicon();
    const unknown = concepts.lectures
      .flatMap((l) => l.concepts)
      .filter((id) => !lexicon.concepts.has(id) && !(id in concepts.newConcepts));
    expect(unknown).toEqual([]);
  });

  it('should judge each prerequisite once per target, never the target itself', () => {
    for (const t of judged.targets) {
      const all = [...t.essential, ...t.acceptable, ...t.negatives];
      expect(new Set(all).size, `target ${t.after}`).toBe(all.length);
      expect(all).not.toContain(t.after);
    }
  });

  it('should refuse to measure agreement on a test set', async () => {
    const test = LABELLED_SETS.find((s) => s.role === 'test')!;
    await expect(evaluateAgreement({ ...test, secondLabels: second })).rejects.toThrow(/not a test set/);
  });
});
