/**
 * Prerequisite inference, as explicit stages: context (what the graph says of each lecture) → candidates
 * (signals propose pairs, features measure them) → constraints (direction and level sanity) → score (the
 * trained model) → rank (per lecture, best first) → DAG (a cycle-closing edge is dropped and reported) →
 * reasons (the deciding feature, in words). Compute/assign pair: `computePrerequisites`, `assignPrerequisites`.
 */
import { round3 } from '../../core/compare.js';
import { edgeKey } from '../../core/node-keys.js';
import type { AtlasGraph } from '../../core/types.js';
import { NO_LEVEL_CUES, type LevelCues } from '../lecture-level.js';
import type { ConceptRelations } from '../relations.js';
import { streamCandidates } from './candidates.js';
import { buildContext } from './context.js';
import { explain, type Reason } from './explain.js';
import { loadPrerequisiteModel, type PrerequisiteModel } from './model.js';
import { acyclic, rankFor } from './rank.js';

export interface PrerequisiteOptions {
  /** Prerequisites kept per lecture, best first. */
  perLecture: number;
  /** How far `requires` / `broader` chains are followed from a concept. */
  maxDepth: number;
  /** Lectures considered per concept, best focused first (bounds the work on popular concepts). */
  candidatesPerConcept: number;
  /** Pairs proposed by topics alone kept per lecture, strongest first (bounds the work on large catalogs). */
  candidatesPerLecture: number;
  /** Title cues for a lecture's level (introduction, advanced, supplement). */
  levelCues: LevelCues;
  /** The trained model; by default data/models/prerequisites.json. */
  model?: PrerequisiteModel;
}

export const DEFAULT_PREREQUISITE_OPTIONS: PrerequisiteOptions = {
  perLecture: 5,
  maxDepth: 2,
  candidatesPerConcept: 8,
  candidatesPerLecture: 24,
  levelCues: NO_LEVEL_CUES,
};

export interface Prerequisite {
  before: string;
  after: string;
  /** The model's probability that a learner should watch `before` first. */
  score: number;
  /**
   * Shown only as the lecture's best candidate, below the model's threshold (at or above its floor): a guess
   * the interface marks as less certain. In the top three of the train sets' judged lectures about six in ten of
   * these are acceptable, against three in four to nine in ten of the rest (README, "How concepts and
   * prerequisites are found").
   */
  tentative: boolean;
  reason: Reason;
}

export interface PrerequisiteResult {
  edges: Prerequisite[];
  /** Edges dropped to keep the graph acyclic, with why. */
  dropped: { edge: Prerequisite; why: string }[];
  /**
   * Concept → the lecture a learner starts it with (context.ts `topicStart`): what the `topic-start` reasons
   * name, written onto the concept nodes so that the concept panel's "where to start" says the same.
   */
  starts: ReadonlyMap<string, string>;
}

export function computePrerequisites(
  graph: AtlasGraph,
  /** Relations keyed by concept node key (`concept:<id>`), values are concept node keys too. */
  relations: (conceptKey: string) => ConceptRelations | undefined,
  options: PrerequisiteOptions = DEFAULT_PREREQUISITE_OPTIONS,
): PrerequisiteResult {
  const model = options.model ?? loadPrerequisiteModel();
  const ctx = buildContext(graph, relations, options);
  const label = (key: string): string => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const all: Prerequisite[] = [];
  // Lecture by lecture: a lecture's candidates are measured, ranked and let go before the next one's.
  for (const [, candidates] of streamCandidates(ctx, options.candidatesPerLecture))
    for (const r of rankFor(ctx, model, candidates, options.perLecture))
      all.push({
        before: r.pair.before,
        after: r.pair.after,
        score: round3(r.score),
        tentative: r.score < model.threshold,
        reason: explain(ctx, model, r.pair, label),
      });
  const { kept, dropped } = acyclic(all, ctx.chronological);
  return { edges: kept, dropped, starts: ctx.topicStarts };
}

export function assignPrerequisites(
  graph: AtlasGraph,
  relations: (conceptKey: string) => ConceptRelations | undefined,
  options: PrerequisiteOptions = DEFAULT_PREREQUISITE_OPTIONS,
): PrerequisiteResult {
  const result = computePrerequisites(graph, relations, options);
  for (const e of result.edges)
    graph.addDirectedEdgeWithKey(edgeKey('prerequisite', e.before, e.after), e.before, e.after, {
      kind: 'prerequisite',
      score: e.score,
      reason: e.reason.text,
      reasonKey: e.reason.key,
      reasonParams: e.reason.params,
      ...(e.tentative ? { tentative: true } : {}),
    });
  for (const [concept, lecture] of result.starts)
    if (graph.hasNode(concept))
      graph.updateNodeAttributes(concept, (a) => (a.kind === 'concept' ? { ...a, start: lecture } : a));
  return result;
}
