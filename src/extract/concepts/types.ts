/**
 * What concept extraction returns: the concepts (curated and discovered), the weighted lecture→concept
 * mentions, the aboutness candidates for training, and the twin lectures.
 */
import type { ConceptCategory, MentionEvidence } from '../../core/types.js';
import type { TermMatcher } from '../term-matcher.js';

export interface ExtractedConcept {
  id: string;
  label: string;
  labelZh?: string;
  category: ConceptCategory;
  origin: 'lexicon' | 'discovered';
  /** Surface forms: the lexicon's aliases and every form seen in the text. */
  aliases: Set<string>;
  /**
   * A lexicon concept's own names (its label and aliases), which reading the catalog never adds to: what a
   * lecture's reading may rest on without depending on the lectures read before it.
   */
  names?: readonly string[];
  /** Regional wordings of the Chinese names, matched but never displayed (see zh-variants.ts). */
  variants: readonly string[];
  broader: string[];
  requires: string[];
}

export interface Mention {
  lecture: number;
  concept: string;
  weight: number;
  main: boolean;
  count: number;
  evidence: MentionEvidence[];
}

/** A (lecture, concept) pair the text names, with the features the aboutness model reads. */
export interface Candidate {
  lecture: number;
  concept: string;
  features: number[];
  /** The hand-written rules keep it. */
  rule: boolean;
}

export interface ExtractionResult {
  /** Every candidate with its features, when `collectCandidates` is set. */
  candidates?: Candidate[];
  concepts: Map<string, ExtractedConcept>;
  mentions: Mention[];
  /** Pairs [zh lecture, English-version lecture] of the same lecture in two languages. */
  twins: [number, number][];
  matcher: TermMatcher;
  /** Resolves a term (any alias, any script) to a concept id. */
  resolve: (term: string) => string | undefined;
}
