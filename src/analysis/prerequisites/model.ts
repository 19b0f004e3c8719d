/**
 * The prerequisite model: logistic regression over the named features (features/types.ts), fitted by
 * `npm run train` to labelled pairs and stored in data/models/prerequisites.json with the figures of the fit.
 * The build only loads it; a candidate's score is the model's probability that a learner should watch it first.
 */
import { fileURLToPath } from 'node:url';
import { predict } from '../../learn/logistic-regression.js';
import { ModelError, readModelFile, type LearnedModel } from '../../learn/model-file.js';
import { MODEL_FEATURES, type FeatureValues } from './features/types.js';

export type PrerequisiteModel = LearnedModel;

export class PrerequisiteModelError extends ModelError {
  override name = 'PrerequisiteModelError';
}

export const PREREQUISITE_MODEL_FILE = fileURLToPath(
  new URL('../../../data/models/prerequisites.json', import.meta.url),
);

/** The feature vector of a candidate, in the model's order. */
export function featureVector(values: FeatureValues): number[] {
  return MODEL_FEATURES.map((f) => values[f] ?? 0);
}

/** Reads and checks the model file; a missing file is an error that says how to make it. */
export function loadPrerequisiteModel(file = PREREQUISITE_MODEL_FILE): PrerequisiteModel {
  const model = readModelFile(file, MODEL_FEATURES);
  if (!model)
    throw new PrerequisiteModelError(`${file} is missing: run "npm run train" to fit the prerequisite model`);
  return model;
}

export function scoreOf(model: PrerequisiteModel, values: FeatureValues): number {
  return predict(model, featureVector(values));
}
