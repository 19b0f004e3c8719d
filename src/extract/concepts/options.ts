/**
 * The concept extraction stage's options: what each field weighs, how much a summary body must say, which
 * discovery and composition steps run, what twins share, and which aboutness model decides. Defaults live here.
 */
import type { AboutnessModel } from '../salience/aboutness.js';
import type { FieldName } from '../lecture-fields.js';

export interface ExtractOptions {
  /** Weight of one occurrence by field. */
  fieldWeights: Record<FieldName, number>;
  /** A concept only in the summary body needs this many occurrences (or a definition) to count. */
  minBodyCount: number;
  /** Noun phrases discovered in titles need at least this termhood (C-value-like). */
  minTermhood: number;
  /** A model name or acronym only summaries write (not a title) is discovered when this many summaries write it. */
  minNameLectures: number;
  /** Evidence items kept per mention. */
  maxEvidence: number;
  /** Turn discovery off to measure the lexicon alone. */
  discovery: boolean;
  /** Distinct English titles given to the part-of-speech tagger for noun-phrase discovery. */
  maxTaggedTitles: number;
  /** Words of titles that name courses and venues: never concepts (from the series markers). */
  markerWords: string[];
  /** Read terms a text composes (coordination, a title's topic list, "detection of X"); see composed-terms.ts. */
  composition: boolean;
  /** What twin lectures share: their main concepts, or every concept. */
  twinSharing: 'main' | 'all';
  /**
   * The trained aboutness model that decides which candidates a lecture is about (data/models); null keeps
   * the hand-written inclusion rules alone, as when training the model.
   */
  aboutness?: AboutnessModel | null;
  /** Return every candidate with its features (for `npm run train`). */
  collectCandidates: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  fieldWeights: { title: 1, heading: 0.6, summary: 0.25 },
  minBodyCount: 3,
  minTermhood: 2,
  minNameLectures: 2,
  maxEvidence: 3,
  discovery: true,
  maxTaggedTitles: 3000,
  markerWords: [],
  composition: true,
  twinSharing: 'main',
  collectCandidates: false,
};
