/**
 * What the pair finders return: a term given in two forms (Chinese and English, long form and abbreviation).
 */

export interface PairCandidate {
  /** English long form, when given. */
  en?: string;
  /**
   * Longer runs of words that end in the long form, shortest first (Secure Multi-Party Computing before
   * "(MPC)", whose letters spell only Multi-Party Computing): a known term among them is the one the text
   * names.
   */
  enLonger?: readonly string[];
  /** Abbreviation, when given. */
  abbr?: string;
  /** Chinese term, when given. */
  zh?: string;
  /** Other possible boundaries of the Chinese term, shortest first (zh is the longest). */
  zhCandidates?: readonly string[];
  /** True when the whole Chinese run is the term (delimited on both sides by non-Chinese text). */
  zhDelimited?: boolean;
}
