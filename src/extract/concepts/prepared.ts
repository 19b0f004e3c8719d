/**
 * A lecture prepared for extraction: its text fields read once, whether its title shouts, and what its own
 * text defines (filled by discovery and by ellipsis resolution). Lectures are taken in number order.
 */
import type { LectureRecord } from '../../core/types.js';
import { lectureFields, type TextField } from '../lecture-fields.js';
import { isShouting } from '../normalise.js';
import type { Ellipsis } from './ellipsis.js';

export interface Prepared {
  lecture: LectureRecord;
  fields: TextField[];
  shouting: boolean;
  /** Concept ids this lecture's own text defines through a bilingual pair or a long form. */
  defined: Set<string>;
  /** Pairs that shorten a known term to its head in both languages (對齊 (Alignment)); see `ellipsisOf`. */
  ellipses: Ellipsis[];
  /**
   * Abbreviations this lecture's text spells out as another term than the vocabulary's ("GAN (Graph Attention
   * Network)"): the abbreviation's key → the concept it names here.
   */
  redefined: Map<string, string>;
}

/** The lectures in number order, each with its fields read and nothing defined yet. */
export function prepareLectures(lectures: readonly LectureRecord[]): Prepared[] {
  return [...lectures]
    .sort((a, b) => a.number - b.number)
    .map((lecture) => ({
      lecture,
      fields: lectureFields(lecture),
      shouting: isShouting(lecture.title),
      defined: new Set<string>(),
      ellipses: [],
      redefined: new Map<string, string>(),
    }));
}
