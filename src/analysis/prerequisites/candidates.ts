/**
 * Candidates: for each lecture, the lectures its signals propose as prerequisites, each with its feature
 * values and why. Then the features of any pair (level, dates, version, RefD), the hub share (how many
 * lectures a candidate is proposed for), and a twin's candidates carried over to its other-language version.
 */
import { compareKeys as cmp } from '../../core/compare.js';
import type { LectureInfo, PrerequisiteContext } from './context.js';
import { PAIR_FEATURES, SIGNALS } from './features/registry.js';
import type { FeatureName, FeatureValues, Why } from './features/types.js';

export interface CandidatePair {
  before: string;
  after: string;
  values: FeatureValues;
  /** The strongest value a topic signal gave the pair, and whether series or course order proposed it. */
  topic: number;
  ordered: boolean;
  /** Why each proposing feature proposed the pair. */
  whys: Partial<Record<FeatureName, Why>>;
}

/** The features by which series or course order proposes a pair (always kept: a course is small). */
const ORDER_FEATURES: ReadonlySet<FeatureName> = new Set<FeatureName>([
  'seriesPrevious',
  'seriesFirst',
  'coursePrevious',
  'courseEarlier',
  'courseIntroduction',
  'courseFirst',
]);

/**
 * Candidates per target lecture, targets and candidates in key order, with every feature measured. `perLecture`
 * bounds the work: of the pairs only topics propose, the strongest that many are kept (pairs series or course
 * order propose always are).
 */
export function collectCandidates(
  ctx: PrerequisiteContext,
  perLecture = Infinity,
): Map<string, CandidatePair[]> {
  return new Map(streamCandidates(ctx, perLecture));
}

/**
 * The same, one lecture at a time, so that a large catalog never holds every lecture's candidates at once. Two
 * passes: the first only counts how many lectures each candidate is proposed for (the hub share needs them all);
 * the second proposes again, lecture by lecture, and measures. Lectures with a twin keep theirs from the first
 * pass, since a twin's candidates carry over to its other-language version.
 */
export function* streamCandidates(
  ctx: PrerequisiteContext,
  perLecture = Infinity,
): Generator<[string, CandidatePair[]]> {
  const targets = [...ctx.infos.values()].sort((x, y) => cmp(x.key, y.key));
  const proposed = new Map<string, number>();
  const count = (keys: Iterable<string>): void => {
    for (const a of keys) proposed.set(a, (proposed.get(a) ?? 0) + 1);
  };
  const twinned = new Map<string, Map<string, CandidatePair>>();
  for (const b of targets) {
    const found = propose(ctx, b, perLecture);
    if (ctx.twinOf.has(b.key)) twinned.set(b.key, found);
    else count(found.keys());
  }
  // A twin's candidates carry over, mapped to their own twin where one exists.
  for (const [x, y] of [...ctx.twinOf].sort((p, q) => cmp(p[0], q[0]))) {
    const target = twinned.get(y)!;
    for (const [a, c] of twinned.get(x) ?? []) {
      const mapped = ctx.twinOf.get(a) ?? a;
      if (mapped === y || target.has(mapped)) continue;
      target.set(mapped, {
        ...c,
        before: mapped,
        after: y,
        values: { ...c.values, fromTwin: 1 },
        whys: { ...c.whys },
      });
    }
  }
  for (const found of twinned.values()) count(found.keys());
  const n = Math.max(1, ctx.infos.size);
  for (const b of targets) {
    const found = twinned.get(b.key) ?? propose(ctx, b, perLecture);
    twinned.delete(b.key);
    const list = [...found.values()].sort((p, q) => cmp(p.before, q.before));
    for (const c of list) {
      const a: LectureInfo = ctx.infos.get(c.before)!;
      for (const pair of PAIR_FEATURES) Object.assign(c.values, pair(ctx, a, b));
      c.values.hub = Math.sqrt((proposed.get(c.before) ?? 0) / n);
    }
    yield [b.key, list];
  }
}

/** What the signals propose for lecture `b`, with their feature values and why, trimmed to `perLecture`. */
function propose(ctx: PrerequisiteContext, b: LectureInfo, perLecture: number): Map<string, CandidatePair> {
  const found = new Map<string, CandidatePair>();
  for (const signal of SIGNALS)
    signal(ctx, b, (a, feature, value, key, concept, builds, series) => {
      if (a === b.key || ctx.twinOf.get(b.key) === a || !(value > 0)) return;
      let c = found.get(a);
      if (!c) found.set(a, (c = { before: a, after: b.key, values: {}, whys: {}, topic: 0, ordered: false }));
      if (ORDER_FEATURES.has(feature)) c.ordered = true;
      else if (value > c.topic) c.topic = value;
      if (value > (c.values[feature] ?? 0)) {
        c.values[feature] = value;
        if (key) {
          const why: Why = { key };
          if (concept !== undefined) why.concept = concept;
          if (builds !== undefined) why.builds = builds;
          if (series !== undefined) why.series = series;
          c.whys[feature] = why;
        }
      }
    });
  if (found.size > perLecture) {
    const byTopic = [...found.values()]
      .filter((c) => !c.ordered)
      .sort((x, y) => y.topic - x.topic || cmp(x.before, y.before));
    for (const c of byTopic.slice(perLecture)) found.delete(c.before);
  }
  return found;
}
