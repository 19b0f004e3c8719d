/**
 * Reasons in plain language, from the feature that decided: of the features that proposed a pair, the one
 * whose weighted value adds most to its score. A reason is a key with parameters (stored on the edge, so the
 * explorer can word it in the interface language) and its English text; no score ever appears in it.
 */
import type { PrerequisiteContext } from './context.js';
import type { CandidatePair } from './candidates.js';
import { MODEL_FEATURES, PREREQUISITE_FEATURES, type FeatureName, type Why } from './features/types.js';
import type { PrerequisiteModel } from './model.js';
import { byOrder, newerButMoreBasic } from './constraints.js';
import { sharedTopic } from './features/course-order.js';
import { kindredPair } from './features/kindred-topics.js';
import { wordReason } from '../../core/prerequisite-reasons.js';
import type { PrerequisiteReasonParams } from '../../core/types.js';

export interface Reason {
  key: Why['key'];
  /** Concept node keys and names the reason speaks of. */
  params: PrerequisiteReasonParams;
  /** The reason in English (src/core/prerequisite-reasons.ts words it in other languages). */
  text: string;
}

/**
 * Reasons that name the course's or the series' own order: there the teacher's order, not the upload date, says
 * which comes first, so such a reason never adds "though published later" (Lecture 1 of a course uploaded after
 * its Lecture 4 is still the lecture to watch first, and no "more basic treatment" of it).
 */
const ORDER_REASONS: ReadonlySet<Why['key']> = new Set<Why['key']>([
  'previous-part',
  'earlier-part',
  'first-part',
  'previous-in-course',
  'earlier-in-course',
  'continued-course',
  'course-introduction',
  'course-first',
  'practical-lecture',
  'previous-practical',
]);

/**
 * Features measured on a pair that a signal proposed, which add to that signal's reason rather than give one of
 * their own: the lecture before in the course, on a shared topic, is still "the previous lecture".
 */
const SPEAKS_FOR: Partial<Record<FeatureName, FeatureName>> = {
  coursePreviousOnTopic: 'coursePrevious',
  cumulativeCourse: 'courseEarlier',
  focusedCourse: 'courseIntroduction',
};

export function explain(
  ctx: PrerequisiteContext,
  model: PrerequisiteModel,
  c: CandidatePair,
  label: (key: string) => string,
): Reason {
  const weighted = new Map<FeatureName, number>();
  MODEL_FEATURES.forEach((f: FeatureName, j) => {
    const value = c.values[f] ?? 0;
    if (value <= 0) return;
    const to = SPEAKS_FOR[f] ?? f;
    weighted.set(to, (weighted.get(to) ?? 0) + model.weights[j]! * value);
  });
  let best: { why: Why; contribution: number } | undefined;
  for (const f of PREREQUISITE_FEATURES) {
    const why = c.whys[f];
    const contribution = weighted.get(f);
    if (!why || contribution === undefined) continue;
    if (!best || contribution > best.contribution) best = { why, contribution };
  }
  const why: Why = best?.why ?? { key: 'used-here' };
  const params: Reason['params'] = {};
  const a = ctx.infos.get(c.before)!;
  const b = ctx.infos.get(c.after)!;
  if (why.concept) params.concept = why.concept;
  // The lecture before in the course, on a topic the two share: the reason names that topic where it is a main topic
  // of either (a concept both name only in passing is no topic of theirs to name).
  else if (why.key === 'previous-in-course' && (c.values.coursePreviousOnTopic ?? 0) > 0) {
    const topic = sharedTopic(ctx, a, b);
    if (topic && (a.main.has(topic) || b.main.has(topic))) params.concept = topic;
  } else if (why.key === 'previous-in-course' && (c.values.kindredTopics ?? 0) > 0) {
    // On another topic, but one next to this lecture's in the lexicon: the reason names the two.
    const pair = kindredPair(ctx, a, b);
    if (pair) [params.concept, params.builds] = pair;
  }
  if (why.builds) params.builds = why.builds;
  if (why.series) params.series = why.series;
  if ((c.values.otherVersion ?? 0) > 0) params.otherVersion = true;
  // A reason that is not the course's or series' own order says why a lecture published later comes first: the more
  // basic treatment, or (where a topic, not that order, is the reason given) the course's order all the same (ML's
  // re-recorded Gradient Descent before the older Backpropagation).
  if (!ORDER_REASONS.has(why.key)) {
    if (newerButMoreBasic(ctx, c)) params.newerButBasic = true;
    else if ((c.values.newer ?? 0) > 0 && byOrder(c)) params.earlierInCourse = true;
  }
  return { key: why.key, params, text: wordReason(why.key, params, label) };
}
