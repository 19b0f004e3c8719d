/**
 * The fixed train/test split of the development catalogs, decided before any of their lectures was labelled.
 * A lecture's part depends only on its catalog's name and its number, through a salted SHA-256, so the split
 * never moves when labels, code or the lexicon change. Train lectures may be studied and tuned on; test
 * lectures are only scored (see tests/fixtures/README.md).
 */
import { createHash } from 'node:crypto';

export type SplitPart = 'train' | 'test';

/** Changing the salt or the share re-draws the split: never do it once labels exist. */
export const SPLIT_SALT = 'lecture-atlas/dev-split/v1';
/** The share of each catalog's lectures that goes to the test part. */
export const TEST_SHARE = 0.4;

/** The part of lecture `number` of `catalog` ('channel' for the NTU channel, 'english-courses' …). */
export function splitOf(catalog: string, number: number): SplitPart {
  if (!Number.isInteger(number) || number < 0)
    throw new RangeError(`splitOf: lecture number must be a non-negative integer, got ${number}`);
  const digest = createHash('sha256').update(`${SPLIT_SALT}:${catalog}:${number}`).digest();
  const unit = digest.readUInt32BE(0) / 0x1_0000_0000;
  return unit < TEST_SHARE ? 'test' : 'train';
}
