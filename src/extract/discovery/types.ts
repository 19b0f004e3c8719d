/** What the pair finders return: a term given in two forms (Chinese and English, long form and abbreviation). */

export interface PairCandidate {
  /** English long form, when given. */
  en?: string;
  /** Abbreviation, when given. */
  abbr?: string;
  /** Chinese term, when given. */
  zh?: string;
  /** Other possible boundaries of the Chinese term, shortest first (zh is the longest). */
  zhCandidates?: readonly string[];
  /** True when the whole Chinese run is the term (delimited on both sides by non-Chinese text). */
  zhDelimited?: boolean;
}
