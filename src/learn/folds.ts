/** Cross-validation folds: a key's fold from a salted SHA-256, so folds never move when data is added. */
import { createHash } from 'node:crypto';

export const foldOf = (key: string, folds: number): number =>
  createHash('sha256').update(`lecture-atlas/cv/v1:${key}`).digest().readUInt32BE(0) % folds;
