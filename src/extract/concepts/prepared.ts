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
/** Full-width Latin letters and digits (Ｇ, ｐ, ３), as a Chinese keyboard may type a name, and a full-width hyphen
 * or plus between them (ＧＰＴ－３). */
const FULL_WIDTH_LATIN =
  /[０-９Ａ-Ｚａ-ｚ]|(?<=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[－＋](?=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/gu;
const HAS_FULL_WIDTH_LATIN = /[０-９Ａ-Ｚａ-ｚ]/u;

/**
 * The lecture as extraction reads it: full-width Latin letters and digits in their ASCII form, so that the patterns
 * that find names (ＧＰＴ－３, ＫｅｓｔｒｅｌＮｅｔ) see them as the matcher does; the same record where it has none.
 */
function asciiLatin(lecture: LectureRecord): LectureRecord {
  const fields = ['title', 'rawTitle', 'summary'] as const;
  if (!fields.some((f) => HAS_FULL_WIDTH_LATIN.test(lecture[f] ?? ''))) return lecture;
  const half = (text: string): string => text.replace(FULL_WIDTH_LATIN, (c) => c.normalize('NFKC'));
  const copy = { ...lecture, title: half(lecture.title), rawTitle: half(lecture.rawTitle) };
  if (lecture.summary !== undefined) copy.summary = half(lecture.summary);
  return copy;
}

export function prepareLectures(lectures: readonly LectureRecord[]): Prepared[] {
  return [...lectures]
    .sort((a, b) => a.number - b.number)
    .map(asciiLatin)
    .map((lecture) => ({
      lecture,
      fields: lectureFields(lecture),
      shouting: isShouting(lecture.title),
      defined: new Set<string>(),
      ellipses: [],
      redefined: new Map<string, string>(),
    }));
}
