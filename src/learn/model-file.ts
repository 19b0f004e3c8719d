/**
 * A learned model as the pipeline stores it (data/models/*.json): logistic weights over named features, the
 * threshold a probability must reach, and the figures of the fit that `npm run train` wrote. Loading checks that
 * the file's features are the ones the code measures, so a stale model fails early with a message saying how to
 * make it again.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface LearnedModel {
  description: string;
  features: string[];
  weights: number[];
  bias: number;
  /** Candidates below this probability are left out. */
  threshold: number;
  /** Where a model also keeps each item's best candidate below the threshold: the probability that one needs. */
  floor?: number;
  /** How the model was fitted and what it scored in cross-validation. */
  fit: Record<string, unknown>;
}

export class ModelError extends Error {
  override name = 'ModelError';
}

/** Reads and checks a model file; undefined where it does not exist. */
export function readModelFile(file: string, features: readonly string[]): LearnedModel | undefined {
  if (!existsSync(file)) return undefined;
  const model = JSON.parse(readFileSync(file, 'utf8')) as LearnedModel;
  if (model.features?.join(',') !== features.join(',') || model.weights?.length !== features.length)
    throw new ModelError(
      `${file}: the model's features (${model.features?.join(', ')}) are not the ones the build measures ` +
        `(${features.join(', ')}); run "npm run train" to fit it again`,
    );
  if (!(model.threshold >= 0 && model.threshold < 1))
    throw new ModelError(`${file}: threshold must be in [0, 1), got ${model.threshold}`);
  if (model.floor !== undefined && !(model.floor >= 0 && model.floor <= model.threshold))
    throw new ModelError(`${file}: floor must be in [0, threshold], got ${model.floor}`);
  return model;
}
