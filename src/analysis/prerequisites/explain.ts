/**
 * Reasons in plain language, from the feature that decided: of the features that proposed a pair, the one
 * whose weighted value adds most to its score. A reason is a key with parameters (stored on the edge, so the
 * explorer can word it in the interface language) and its English text; no score ever appears in it.
 */
import type { PrerequisiteContext } from './context.js';
import type { CandidatePair } from './candidates.js';
import { PREREQUISITE_FEATURES, type FeatureName, type Why } from './features/types.js';
import type { PrerequisiteModel } from './model.js';
import { newerButMoreBasic } from './constraints.js';
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
  'first-part',
  'previous-in-course',
  'earlier-in-course',
  'continued-course',
  'course-introduction',
  'course-first',
  'practical-lecture',
  'previous-practical',
]);

export function explain(
  ctx: PrerequisiteContext,
  model: PrerequisiteModel,
  c: CandidatePair,
  label: (key: string) => string,
): Reason {
  let best: { why: Why; contribution: number } | undefined;
  PREREQUISITE_FEATURES.forEach((f: FeatureName, j) => {
    const why = c.whys[f];
    const value = c.values[f] ?? 0;
    if (!why || value <= 0) return;
    const contribution = model.weights[j]! * value;
    if (!best || contribution > best.contribution) best = { why, contribution };
  });
  const why: Why = best?.why ?? { key: 'used-here' };
  const params: Reason['params'] = {};
  if (why.concept) params.concept = why.concept;
  if (why.builds) params.builds = why.builds;
  if (why.series) params.series = why.series;
  if ((c.values.otherVersion ?? 0) > 0) params.otherVersion = true;
  if (!ORDER_REASONS.has(why.key) && newerButMoreBasic(ctx, c)) params.newerButBasic = true;
  return { key: why.key, params, text: wordReason(why.key, params, label) };
}
