/**
 * Cross-validation on several fold splits: the committed models are chosen on one assignment of lectures to
 * folds (split 1), and a change to a feature moves their cross-validated figures by about as much as drawing
 * the folds anew does. Fitting on splits 1..n gives each figure's mean and range, and for a change compared
 * split by split, whether it helps on most splits or only suits one. Writes nothing.
 */
import type { LabelledSet } from '../pipeline/evaluate-sets.js';
import { aboutnessRows, fitAboutness } from './train-aboutness.js';
import { fitPrerequisites, harmonicMean, prerequisiteTargets } from './train-prerequisites.js';

export interface SplitFigures {
  split: number;
  aboutness: { precision: number; recall: number; f1: number };
  prerequisites: { recallAt5: number; precisionAt3: number; harmonic: number };
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/**
 * Both models' cross-validated figures on fold splits 1..n (the prerequisites on the committed aboutness model);
 * the labelled rows and targets are read once, then fitted on each split.
 */
export async function figuresOnSplits(sets: readonly LabelledSet[], n: number): Promise<SplitFigures[]> {
  const rows = await aboutnessRows(sets);
  const targets = await prerequisiteTargets(sets);
  const out: SplitFigures[] = [];
  for (let split = 1; split <= n; split++) {
    const about = fitAboutness(sets, rows, split);
    const pre = fitPrerequisites(targets, split);
    const a = about.fit.crossValidated as SplitFigures['aboutness'];
    const p = pre.fit.crossValidated as { recallAt5: number; precisionAt3: number };
    out.push({
      split,
      aboutness: a,
      prerequisites: { ...p, harmonic: Number(harmonicMean(p.recallAt5, p.precisionAt3).toFixed(3)) },
    });
  }
  return out;
}

/** Mean, lowest and highest of a figure over the splits. */
export function spread(values: readonly number[]): Spread {
  return {
    mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
