/**
 * Fitting the prerequisite model (src/analysis/prerequisites/model.ts) to labelled pairs of the train sets.
 * Every allowed candidate of a labelled lecture is a row: 1 when the labels say a learner should (or may)
 * watch it first — a labelled pair, an essential or acceptable judgement — and 0 otherwise. Five folds by
 * lecture (a talk's two language versions in one), drawn four times and pooled, give cross-validated recall@5 (of
 * labelled and essential pairs) and precision@3 (of each lecture's top three, against essential and acceptable
 * ones where judged); the threshold below which a candidate is not shown is the one that maximises their harmonic
 * mean. Deterministic; test parts are never read.
 */
import { foldDraws, foldOf } from './folds.js';
import { catalogTwins, twinFoldKey } from './twin-folds.js';
import { existsSync, readFileSync } from 'node:fs';
import { buildGraph } from '../pipeline/build-graph.js';
import { inSetPart, type LabelledSet } from '../pipeline/evaluate-sets.js';
import { buildContext, type PrerequisiteContext } from '../analysis/prerequisites/context.js';
import { collectCandidates, type CandidatePair } from '../analysis/prerequisites/candidates.js';
import { allowed } from '../analysis/prerequisites/constraints.js';
import { MODEL_FEATURES } from '../analysis/prerequisites/features/types.js';
import { featureVector, type PrerequisiteModel } from '../analysis/prerequisites/model.js';
import { rankFor } from '../analysis/prerequisites/rank.js';
import { DEFAULT_PREREQUISITE_OPTIONS } from '../analysis/prerequisites/compute-prerequisites.js';
import { loadLevelCues } from '../analysis/lecture-level.js';
import type { PrerequisiteDevSet, PrerequisiteJudgements } from '../analysis/evaluate-prerequisites.js';
import { fitLogistic, roundModel, type LogisticOptions } from './logistic-regression.js';

export const PrerequisiteTraining = {
  folds: 5,
  /** Fold draws pooled in one cross-validation (folds.ts `foldDraws`). */
  repeats: 4,
  logistic: { iterations: 2000, learningRate: 0.5, l2: 0.001 } satisfies LogisticOptions,
  thresholds: { from: 1, to: 90, window: 3, tolerance: 0.005 },
};

export interface Target {
  id: string;
  /** The fold key: the lecture's, shared with its labelled twin (twin-folds.ts). */
  fold: string;
  ctx: PrerequisiteContext;
  candidates: CandidatePair[];
  /** Keys a learner should watch first (labelled pairs, essential). */
  needed: Set<string>;
  /** Keys acceptable in the top three (needed ∪ acceptable); undefined where only pairs are labelled. */
  acceptable?: Set<string>;
}

const lectureKey = (n: number): string => `lecture:${n}`;

/** The labelled targets of the train sets, with their candidates. */
export async function prerequisiteTargets(sets: readonly LabelledSet[]): Promise<Target[]> {
  const targets: Target[] = [];
  const builds = new Map<string, PrerequisiteContext>();
  for (const set of sets) {
    if (set.role === 'test' || set.fit === false) continue;
    const files = [set.prerequisites, set.judgements].filter((f): f is string => !!f && existsSync(f));
    if (files.length === 0 || (set.needs && !existsSync(set.needs))) continue;
    const key = set.inputs.join('\0');
    if (!builds.has(key)) {
      const { graph, relations } = await buildGraph({ inputs: set.inputs, prerequisites: false });
      builds.set(
        key,
        buildContext(graph, relations, { ...DEFAULT_PREREQUISITE_OPTIONS, levelCues: loadLevelCues() }),
      );
    }
    const ctx = builds.get(key)!;
    const candidates = collectCandidates(ctx, DEFAULT_PREREQUISITE_OPTIONS.candidatesPerLecture);
    const inPart = (n: number): boolean => inSetPart(set, n);
    const foldKey = twinFoldKey(set, catalogTwins(set, sets));
    const add = (after: number, needed: number[], acceptable?: number[]): void => {
      const k = lectureKey(after);
      if (!ctx.infos.has(k) || !inPart(after)) return;
      targets.push({
        id: `${set.name}:${after}`,
        fold: foldKey(after),
        ctx,
        candidates: candidates.get(k) ?? [],
        needed: new Set(needed.map(lectureKey)),
        ...(acceptable ? { acceptable: new Set([...needed, ...acceptable].map(lectureKey)) } : {}),
      });
    };
    if (set.prerequisites && existsSync(set.prerequisites)) {
      const labels = JSON.parse(readFileSync(set.prerequisites, 'utf8')) as PrerequisiteDevSet;
      const byAfter = new Map<number, number[]>();
      for (const p of labels.pairs) byAfter.set(p.after, [...(byAfter.get(p.after) ?? []), p.before]);
      for (const [after, needed] of byAfter) add(after, needed);
    }
    if (set.judgements && existsSync(set.judgements)) {
      const labels = JSON.parse(readFileSync(set.judgements, 'utf8')) as PrerequisiteJudgements;
      for (const t of labels.targets) add(t.after, t.essential, t.acceptable);
    }
  }
  return targets;
}

/** The harmonic mean of recall@5 and precision@3, which the threshold and floor are chosen by. */
export const harmonicMean = (recallAt5: number, precisionAt3: number): number =>
  recallAt5 + precisionAt3 ? (2 * recallAt5 * precisionAt3) / (recallAt5 + precisionAt3) : 0;

interface Scores {
  recallAt5: number;
  precisionAt3: number;
  harmonic: number;
}

/** The figures of every target, once per model choice given (one per fold draw), pooled. */
function measure(
  targets: readonly Target[],
  modelsFor: readonly ((t: Target) => PrerequisiteModel)[],
): Scores {
  let hits = 0;
  let needed = 0;
  let shown = 0;
  let good = 0;
  for (const modelFor of modelsFor)
    for (const t of targets) {
      const ranked = rankFor(t.ctx, modelFor(t), t.candidates, DEFAULT_PREREQUISITE_OPTIONS.perLecture).map(
        (r) => r.pair.before,
      );
      for (const k of t.needed) {
        needed++;
        if (ranked.includes(k)) hits++;
      }
      const ok = t.acceptable ?? t.needed;
      for (const k of ranked.slice(0, 3)) {
        shown++;
        if (ok.has(k)) good++;
      }
    }
  const recallAt5 = needed ? hits / needed : 1;
  const precisionAt3 = shown ? good / shown : 1;
  return { recallAt5, precisionAt3, harmonic: harmonicMean(recallAt5, precisionAt3) };
}

function rowsOf(targets: readonly Target[]): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (const t of targets)
    for (const c of t.candidates) {
      if (!allowed(t.ctx, c)) continue;
      x.push(featureVector(c.values));
      y.push((t.acceptable ?? t.needed).has(c.before) ? 1 : 0);
    }
  return { x, y };
}

const asModel = (
  fit: { weights: number[]; bias: number },
  threshold: number,
  floor: number,
): PrerequisiteModel => ({
  description: '',
  features: [...MODEL_FEATURES],
  weights: fit.weights,
  bias: fit.bias,
  threshold,
  floor,
  fit: {},
});

/** Fits the model; `split` chooses the folds of the cross-validation (folds.ts; 1 for the committed model). */
export async function trainPrerequisites(
  sets: readonly LabelledSet[],
  split = 1,
): Promise<PrerequisiteModel> {
  return fitPrerequisites(await prerequisiteTargets(sets), split);
}

/** The fit of `trainPrerequisites` on targets already read (several fold splits read them once). */
export function fitPrerequisites(targets: readonly Target[], split = 1): PrerequisiteModel {
  const { folds, logistic, thresholds, repeats } = PrerequisiteTraining;
  const draws = foldDraws(split, repeats).map((draw) => ({
    draw,
    fits: [...Array(folds).keys()].map((k) => {
      const { x, y } = rowsOf(targets.filter((t) => foldOf(t.fold, folds, draw) !== k));
      return fitLogistic(x, y, logistic);
    }),
  }));
  // The threshold (in hundredths) with the best harmonic mean of cross-validated recall@5 and precision@3, every
  // lecture's best candidate shown, averaged over the thresholds within `thresholds.window` of it: the curve has
  // a wide, flat top, and its single best point moves from one end to the other with a small change of data.
  // On that top (within `thresholds.tolerance` of the best), the lowest: as good a balance, more of what a learner
  // should watch first shown. (The top spans 0.27 to 0.50 in the fit of 2026-12-05; its best point was 0.27 in one
  // refit and 0.39 in the next.)
  // Then the floor that best candidate needs: the highest that keeps the figures as good (fewer unsure
  // prerequisites for as good a ranking).
  const measureAt = (h: number, f: number): Scores =>
    measure(
      targets,
      draws.map(
        ({ draw, fits }) =>
          (t: Target) =>
            asModel(fits[foldOf(t.fold, folds, draw)]!, h / 100, f / 100),
      ),
    );
  const curve = new Map<number, Scores>();
  for (let h = thresholds.from; h <= thresholds.to; h++) curve.set(h, measureAt(h, 0));
  const smoothed = new Map<number, number>();
  for (const h of curve.keys()) {
    const near = [...curve].filter(([k]) => Math.abs(k - h) <= thresholds.window).map(([, s]) => s.harmonic);
    smoothed.set(h, near.reduce((a, b) => a + b, 0) / near.length);
  }
  let top = thresholds.from;
  for (const [h, v] of smoothed) if (v > smoothed.get(top)!) top = h;
  const h = [...smoothed].find(([, v]) => v >= smoothed.get(top)! - thresholds.tolerance)![0];
  let best = { h, f: 0, scores: curve.get(h)! };
  for (let f = 1; f <= best.h; f++) {
    const scores = measureAt(best.h, f);
    if (scores.harmonic >= best.scores.harmonic) best = { ...best, f, scores };
  }
  const { x, y } = rowsOf(targets);
  const fitted = roundModel(fitLogistic(x, y, logistic));
  const r3 = (v: number): number => Number(v.toFixed(3));
  return {
    description:
      'Prerequisites: logistic regression over the features of src/analysis/prerequisites/features; an allowed ' +
      "candidate is shown when its probability reaches the threshold, and a lecture's best one when it reaches the " +
      'floor; best first. Written by npm run train.',
    features: [...MODEL_FEATURES],
    weights: fitted.weights,
    bias: fitted.bias,
    threshold: best.h / 100,
    floor: best.f / 100,
    fit: {
      trainedOn: [...new Set(targets.map((t) => t.id.split(':')[0]!))],
      targets: targets.length,
      rows: y.length,
      positives: y.filter((v) => v === 1).length,
      folds,
      foldDraws: repeats,
      ...logistic,
      thresholdWindow: thresholds.window,
      thresholdTolerance: thresholds.tolerance,
      crossValidated: {
        recallAt5: r3(best.scores.recallAt5),
        precisionAt3: r3(best.scores.precisionAt3),
      },
    },
  };
}
