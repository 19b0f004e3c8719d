/**
 * Fitting the concept aboutness model (src/extract/salience/aboutness.ts) to the labelled train sets: every
 * candidate (lecture, concept) of a labelled train lecture is a row, labelled 1 when the lecture's gold
 * concepts hold it. Five folds by lecture (a talk's two language versions in one), drawn four times and pooled,
 * pick the threshold (and the strength of the keyphraseness priors, counted on the fold's own train rows) that
 * maximises cross-validated F1 over the candidates; the final
 * model and priors are fitted on every row, each row's keyphraseness leaving its own label out.
 * Deterministic: the same labels and code give the same file, byte for byte. Test parts are never read.
 */
import { foldDraws, foldOf } from './folds.js';
import { catalogTwins, twinFoldKey } from './twin-folds.js';
import { ingest } from '../ingest/ingest.js';
import { extractConcepts, type Candidate } from '../extract/extract-concepts.js';
import { goldPairs } from '../extract/evaluate.js';
import { loadLexicon, type Lexicon } from '../extract/lexicon.js';
import { ABOUTNESS_FEATURES, type AboutnessModel } from '../extract/salience/aboutness.js';
import { markerWords } from '../pipeline/marker-words.js';
import { inSetPart, readConceptLabels, type LabelledSet } from '../pipeline/evaluate-sets.js';
import { countPriors, keyphraseness, type ConceptPriors } from '../extract/salience/keyphraseness.js';
import { fitLogistic, predict, roundModel, type LogisticOptions } from './logistic-regression.js';

export const AboutnessTraining = {
  folds: 5,
  /** Fold draws pooled in one cross-validation (folds.ts `foldDraws`). */
  repeats: 4,
  logistic: { iterations: 2000, learningRate: 0.5, l2: 0.001 } satisfies LogisticOptions,
  /**
   * Thresholds tried, as hundredths; each is judged by the F1 of the thresholds within `window` of it (the
   * curve's top is wide and flat, 0.35 to 0.48 within 0.002 of F1 in the fit of 2026-12-05, and its single
   * best point jumped by several hundredths when one candidate of 2,141 went away).
   */
  thresholds: { from: 5, to: 95, window: 3 },
  /**
   * Strengths of the keyphraseness priors tried (candidates at the average rate blended with a concept's
   * own).
   */
  strengths: [1, 2, 4, 8],
};

const KEYPHRASENESS = ABOUTNESS_FEATURES.indexOf('keyphraseness');

/**
 * The rows' features with keyphraseness counted on `counted`; a row counted there is left out of its own
 * figure, so that no row's label speaks for itself.
 */
function withPriors(target: readonly Row[], priors: ConceptPriors, counted: ReadonlySet<Row>): number[][] {
  return target.map((r) => {
    const x = [...r.x];
    x[KEYPHRASENESS] = keyphraseness(priors, r.concept, counted.has(r) ? r : undefined);
    return x;
  });
}

/**
 * Held-out probabilities of every row, once per fold draw of the split: five folds by lecture (twins together),
 * priors and weights fitted on the other four.
 */
function crossValidate(rows: readonly Row[], strength: number, split: number): { p: number; y: number }[] {
  const { folds, logistic, repeats } = AboutnessTraining;
  const scored: { p: number; y: number }[] = [];
  for (const draw of foldDraws(split, repeats))
    for (let k = 0; k < folds; k++) {
      const train = rows.filter((r) => foldOf(r.fold, folds, draw) !== k);
      const held = rows.filter((r) => foldOf(r.fold, folds, draw) === k);
      const priors = countPriors(train, strength);
      const counted = new Set(train);
      const model = fitLogistic(
        withPriors(train, priors, counted),
        train.map((r) => r.y),
        logistic,
      );
      withPriors(held, priors, counted).forEach((x, i) =>
        scored.push({ p: predict(model, x), y: held[i]!.y }),
      );
    }
  return scored;
}

/**
 * The threshold whose neighbourhood has the best mean F1 over the candidates, with that mean. The gold pairs no
 * candidate reaches are false negatives at every threshold; counted here they move the peak lower (0.38 against
 * 0.45 in the fit of 2026-12-07) for no gain: with the threshold chosen on four folds and counted on the fifth,
 * both choices give the same F1 (0.794 pooled over eight splits), and leaving them out keeps more precision.
 */
function bestThreshold(scored: { p: number; y: number }[]): { threshold: number; f1: number } {
  const { thresholds } = AboutnessTraining;
  const curve = new Map<number, number>();
  for (let t = thresholds.from; t <= thresholds.to; t++) curve.set(t, prf(countAt(scored, t / 100, 0)).f1);
  let best = { threshold: 0.5, f1: -1 };
  for (const t of curve.keys()) {
    const near = [...curve].filter(([k]) => Math.abs(k - t) <= thresholds.window).map(([, f1]) => f1);
    const f1 = near.reduce((a, b) => a + b, 0) / near.length;
    if (f1 > best.f1) best = { threshold: t / 100, f1 };
  }
  return best;
}

interface Row {
  lecture: string;
  /** The fold key: the lecture's, shared with its labelled twin (twin-folds.ts). */
  fold: string;
  concept: string;
  x: number[];
  y: number;
  rule: boolean;
}

export interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
}

const prf = ({ tp, fp, fn }: PairCounts): { precision: number; recall: number; f1: number } => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Rows of every labelled lecture of the train sets, and the gold pairs no candidate reaches, per lecture. */
export async function aboutnessRows(
  sets: readonly LabelledSet[],
  lexicon: Lexicon = loadLexicon(),
): Promise<{ rows: Row[]; unreachable: Map<string, number>; lectures: number }> {
  const rows: Row[] = [];
  const unreachable = new Map<string, number>();
  let lectures = 0;
  for (const set of sets) {
    if (set.role === 'test' || set.fit === false || !set.concepts) continue;
    const { lectures: records } = await ingest(set.inputs);
    const extraction = extractConcepts(records, lexicon, {
      markerWords: markerWords(),
      aboutness: null,
      collectCandidates: true,
    });
    const labels = readConceptLabels(set.concepts);
    const inPart = (n: number): boolean => inSetPart(set, n);
    const foldKey = twinFoldKey(set, catalogTwins(set, sets));
    const gold = goldPairs({ lectures: labels.lectures.filter((l) => inPart(l.number)) }, extraction.resolve);
    const byLecture = new Map<number, Candidate[]>();
    for (const c of extraction.candidates ?? [])
      if (gold.has(c.lecture)) byLecture.set(c.lecture, [...(byLecture.get(c.lecture) ?? []), c]);
    for (const [number, concepts] of gold) {
      const key = `${set.name}:${number}`;
      const found = byLecture.get(number) ?? [];
      lectures++;
      for (const c of found)
        rows.push({
          lecture: key,
          fold: foldKey(number),
          concept: c.concept,
          x: c.features,
          y: concepts.has(c.concept) ? 1 : 0,
          rule: c.rule,
        });
      unreachable.set(key, [...concepts].filter((id) => !found.some((c) => c.concept === id)).length);
    }
  }
  return { rows, unreachable, lectures };
}

function countAt(scored: { p: number; y: number }[], threshold: number, missed: number): PairCounts {
  let tp = 0;
  let fp = 0;
  let fn = missed;
  for (const { p, y } of scored) {
    if (p >= threshold) {
      if (y) tp++;
      else fp++;
    } else if (y) fn++;
  }
  return { tp, fp, fn };
}

/**
 * Fits the model with cross-validated threshold and figures; `split` chooses the folds (folds.ts; 1 for the
 * committed model).
 */
export async function trainAboutness(sets: readonly LabelledSet[], split = 1): Promise<AboutnessModel> {
  return fitAboutness(sets, await aboutnessRows(sets), split);
}

/** The fit of `trainAboutness` on rows already read from `sets` (several fold splits read them once). */
export function fitAboutness(
  sets: readonly LabelledSet[],
  { rows, unreachable, lectures }: Awaited<ReturnType<typeof aboutnessRows>>,
  split = 1,
): AboutnessModel {
  const { folds, logistic, strengths, repeats } = AboutnessTraining;
  // Every draw scores each row once: the pairs no candidate reaches are missed once per draw.
  const unreached = [...unreachable.values()].reduce((a, b) => a + b, 0);
  const missed = repeats * unreached;
  // The priors' strength and the threshold are chosen together, by cross-validated F1.
  let chosen = { strength: strengths[0]!, threshold: 0.5, f1: -1, scored: [] as { p: number; y: number }[] };
  for (const strength of strengths) {
    const scored = crossValidate(rows, strength, split);
    const best = bestThreshold(scored);
    if (best.f1 > chosen.f1) chosen = { strength, ...best, scored };
  }
  const cv = prf(countAt(chosen.scored, chosen.threshold, missed));
  const rules = prf(
    countAt(
      rows.map((r) => ({ p: r.rule ? 1 : 0, y: r.y })),
      0.5,
      unreached,
    ),
  );
  const priors = countPriors(rows, chosen.strength);
  const fitted = roundModel(
    fitLogistic(
      withPriors(rows, priors, new Set(rows)),
      rows.map((r) => r.y),
      logistic,
    ),
  );
  const r3 = (v: number): number => Number(v.toFixed(3));
  return {
    description:
      'Concept aboutness: logistic regression over the features of src/extract/salience/aboutness.ts; a ' +
      '(lecture, concept) candidate is kept when its probability reaches the threshold. priors: per concept, ' +
      '[labelled candidates about it, labelled candidates], read by the keyphraseness feature. Written by npm ' +
      'run train.',
    features: [...ABOUTNESS_FEATURES],
    weights: fitted.weights,
    bias: fitted.bias,
    threshold: chosen.threshold,
    fit: {
      trainedOn: sets.filter((s) => s.role !== 'test' && s.fit !== false && s.concepts).map((s) => s.name),
      lectures,
      candidates: rows.length,
      positives: rows.filter((r) => r.y === 1).length,
      goldPairsNoCandidateReaches: unreached,
      folds,
      foldDraws: repeats,
      ...logistic,
      priorStrength: chosen.strength,
      thresholdWindow: AboutnessTraining.thresholds.window,
      crossValidated: { precision: r3(cv.precision), recall: r3(cv.recall), f1: r3(cv.f1) },
      rulesAlone: { precision: r3(rules.precision), recall: r3(rules.recall), f1: r3(rules.f1) },
    },
    priors,
  };
}
