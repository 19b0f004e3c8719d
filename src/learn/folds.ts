/**
 * Cross-validation folds: a key's fold from a salted SHA-256, so folds never move when data is added. Split 1 is
 * the assignment the committed models are chosen on; other splits draw the keys into folds anew, to tell a
 * change that helps from one that only suits a split (`npm run train -- --splits <n>`).
 */
import { createHash } from 'node:crypto';

export const foldOf = (key: string, folds: number, split = 1): number =>
  createHash('sha256').update(`lecture-atlas/cv/v${split}:${key}`).digest().readUInt32BE(0) % folds;

/**
 * The fold draws of one cross-validation: split `split` repeated `repeats` times, each repeat drawing every key into
 * folds anew (draws split, split + 100, split + 200 …; the `--splits` figures of split 1 and 2 share no draw). A
 * threshold chosen on one draw moved by several hundredths when the folds were drawn anew; chosen on the pooled
 * figures of several, it moves less.
 */
export const foldDraws = (split: number, repeats: number): number[] =>
  Array.from({ length: repeats }, (_v, r) => split + 100 * r);
