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

/** Test lectures whose failures were looked at, by catalog: train from then on (tests/fixtures/README.md). */
export type MovedToTrain = ReadonlyMap<string, ReadonlySet<number>>;

/** The part lecture `number` of `catalog` is scored in: its split part, or train once it was moved there. */
export function partOf(catalog: string, number: number, moved: MovedToTrain): SplitPart {
  return moved.get(catalog)?.has(number) ? 'train' : splitOf(catalog, number);
}

/**
 * Reads the moved lectures: a JSON object whose keys other than "description" name catalogs ("channel",
 * "english-courses") and hold lecture numbers. Anything else is an error naming the file, so that a typo never
 * leaves a looked-at lecture scored as test.
 */
export function parseMovedToTrain(text: string, file: string): MovedToTrain {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`, { cause: e });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`${file}: expected an object of catalog names to lecture numbers`);
  const moved = new Map<string, Set<number>>();
  for (const [catalog, numbers] of Object.entries(raw)) {
    if (catalog === 'description') continue;
    if (!Array.isArray(numbers) || !numbers.every((n) => Number.isInteger(n) && n >= 0))
      throw new Error(`${file}: "${catalog}" must list lecture numbers`);
    moved.set(catalog, new Set(numbers as number[]));
  }
  return moved;
}
