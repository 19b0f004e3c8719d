/**
 * Direction and level sanity, as hard constraints a trained model cannot overrule:
 *  - a twin (the same talk in another language) is never a prerequisite;
 *  - inside one course the teacher's order stands: a topic signal never puts a later lecture of the course first;
 *  - an introduction inside a course opens a new part of it: course order alone (the lecture before, an earlier
 *    one, the course's first) does not make it wait for a lecture it shares no concept with (Vocoder, or
 *    Speech Recognition – Overview, before Overview of NLP Tasks); the course's own overview still comes first;
 *  - a lecture that covers the dependent's own topics at the same or a higher level (a later survey, a part 2)
 *    is not its prerequisite, unless series or course order say so;
 *  - an advanced lecture or research talk goes beyond its topics: it comes first only for lectures as deep;
 *  - a newer lecture precedes an older one only when it is the more basic treatment (a shallower level);
 *  - a lecture unrelated to the dependent by series, course or concepts is never proposed (no signal, no pair).
 */
import { LEVEL } from '../lecture-level.js';
import type { CandidatePair } from './candidates.js';
import type { PrerequisiteContext } from './context.js';

/** Whether series or course order, not a topic, proposed the pair. */
export function byOrder(c: CandidatePair): boolean {
  return c.ordered;
}

/** Whether `before` is the more basic treatment, published later than `after`. */
export function newerButMoreBasic(ctx: PrerequisiteContext, c: CandidatePair): boolean {
  return (c.values.newer ?? 0) > 0 && ctx.infos.get(c.before)!.level < ctx.infos.get(c.after)!.level;
}

export function allowed(ctx: PrerequisiteContext, c: CandidatePair): boolean {
  const a = ctx.infos.get(c.before)!;
  const b = ctx.infos.get(c.after)!;
  if (ctx.twinOf.get(b.key) === a.key || a.key === b.key) return false;
  if (b.level <= LEVEL.introductory && unrelatedNeighbour(ctx, c)) return false;
  if (byOrder(c)) return true;
  if (ctx.laterInCourse(a.key, b.key)) return false;
  if ((c.values.coversSameOrHigher ?? 0) > 0) return false;
  if (a.level > Math.max(b.level, LEVEL.ordinary)) return false;
  if ((c.values.newer ?? 0) > 0 && !newerButMoreBasic(ctx, c)) return false;
  return true;
}

/** The topic signals that join two lectures through the lexicon though they name no concept in common. */
const JOINING = ['requiresNear', 'requiresFar', 'broaderNear', 'topicStart', 'foundationStart'] as const;

/**
 * Course order alone (the lecture before, an earlier one, the course's first or introductory lecture; no series
 * part, not the course's overview lecture) between two lectures that each name concepts, share none, and are
 * not joined by the lexicon either (a `requires` chain, a near `broader` link, the lecture where a topic of
 * `after` or what it builds on starts): the course has moved on to another topic. A concept every lecture of the
 * catalog names, PyTorch in a PyTorch course, joins nothing, nor does a field both are in (a field's
 * introduction: on the train sets, letting it join neighbours put the course's introduction to machine learning
 * before lectures whose labels want its introduction to deep learning).
 */
export function unrelatedNeighbour(ctx: PrerequisiteContext, c: CandidatePair): boolean {
  const v = c.values;
  const series = (v.seriesPrevious ?? 0) + (v.seriesFirst ?? 0);
  if (
    !byOrder(c) ||
    JOINING.some((f) => (v[f] ?? 0) > 0) ||
    series > 0 ||
    ctx.infos.get(c.before)!.attrs.courseOverview
  )
    return false;
  // Both name concepts (else nothing says they are unrelated), and none in common but what every lecture names.
  const [a, b] = [ctx.infos.get(c.before)!.concepts, ctx.infos.get(c.after)!.concepts];
  return a.size > 0 && b.size > 0 && (v.sharedConcepts ?? 0) === 0;
}
