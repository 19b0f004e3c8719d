/**
 * Concept extraction stage: lectures in, concepts and weighted lecture→concept mentions out.
 * Ordered steps, each a plain function in concepts/: vocabulary (lexicon + discovery, joined to the lexicon)
 * → matching per text field (tally) → inclusion and salience → weighted mentions → twin lectures share their
 * concepts. Deterministic: every map is iterated in sorted order before anything is emitted.
 */
import type { LectureRecord } from '../core/types.js';
import { loadAboutnessModel } from './salience/aboutness.js';
import type { Lexicon } from './lexicon.js';
import { compositionContext } from './concepts/composition-context.js';
import { discover } from './concepts/discovery.js';
import { includeConcepts } from './concepts/inclusion.js';
import { joinLexicon } from './concepts/join-lexicon.js';
import { lexiconMatcher } from './concepts/lexicon-matcher.js';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
import { prepareLectures } from './concepts/prepared.js';
import { tallyLecture, type Tally } from './concepts/tally.js';
import { findTwins, shareTwinConcepts } from './concepts/twins.js';
import type { ExtractedConcept, ExtractionResult } from './concepts/types.js';
import { lookup, vocabularyFromLexicon } from './concepts/vocabulary.js';
import { weighMentions } from './concepts/weigh-mentions.js';

export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
export type { Candidate, ExtractedConcept, ExtractionResult, Mention } from './concepts/types.js';
export { namedSurface } from './concepts/surface-form.js';
export { findTwins } from './concepts/twins.js';

export function extractConcepts(
  lectures: readonly LectureRecord[],
  lexicon: Lexicon,
  options: Partial<ExtractOptions> = {},
): ExtractionResult {
  const opts = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  // Without a model given, the trained one in data/models decides (the rules alone where none was trained).
  const model = opts.aboutness === undefined ? (loadAboutnessModel() ?? null) : opts.aboutness;
  const vocab = vocabularyFromLexicon(lexicon, opts.markerWords);
  const prepared = prepareLectures(lectures);
  if (opts.discovery) {
    discover(vocab, prepared, opts);
    joinLexicon(vocab);
  }
  const matcher = lexiconMatcher(vocab);
  const composeContext = compositionContext(vocab);

  const tallies = new Map<number, Map<string, Tally>>();
  for (const p of prepared)
    tallies.set(p.lecture.number, tallyLecture(p, vocab, matcher, composeContext, opts));
  const { included, df, candidates } = includeConcepts(prepared, tallies, vocab, model, opts);
  let mentions = weighMentions(prepared, included, df, opts);

  const broaderOf = (id: string): string[] => vocab.concepts.get(id)?.broader ?? [];
  const twins = findTwins(
    prepared.map((p) => p.lecture),
    mentions,
    broaderOf,
  );
  mentions = shareTwinConcepts(mentions, twins, broaderOf, opts.twinSharing);
  mentions.sort(
    (a, b) => a.lecture - b.lecture || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0),
  );

  const used = new Set(mentions.map((m) => m.concept));
  const concepts = new Map<string, ExtractedConcept>();
  for (const id of [...vocab.concepts.keys()].sort()) {
    const c = vocab.concepts.get(id)!;
    if (used.has(id) || c.origin === 'lexicon') concepts.set(id, c);
  }
  const resolve = (term: string): string | undefined => lookup(vocab, term);
  return { concepts, mentions, twins, matcher, resolve, ...(opts.collectCandidates ? { candidates } : {}) };
}
