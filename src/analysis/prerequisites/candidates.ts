/**
 * Candidates: for each lecture, the lectures its signals propose as prerequisites, each with its feature
 * values and why. Then the features of any pair (level, dates, version, RefD), the hub share (how many
 * lectures a candidate is proposed for), and a twin's candidates carried over to its other-language version.
 */
import { compareKeys as cmp } from '../../core/compare.js';
import type { LectureInfo, PrerequisiteContext } from './context.js';
import { PAIR_FEATURES, SIGNALS } from './features/registry.js';
import { noFeatureValues, type CandidateValues, type FeatureName, type Why } from './features/types.js';

/** What bounds a lecture's candidates: how strongly topics propose one, and whether series or course order does. */
interface Strength {
  before: string;
  /** The strongest value a topic signal gave the pair. */
  topic: number;
  /** Whether series or course order proposed the pair. */
  ordered: boolean;
}

export interface CandidatePair extends Strength {
  after: string;
  values: CandidateValues;
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
 * passes: the first only finds which lectures the signals propose for each (kept as keys: the hub share needs the
 * counts of all); the second proposes again, lecture by lecture, measures those only, and lets them go. Lectures
 * with a twin keep their measured candidates from the first pass, since a twin's candidates carry over to its
 * other-language version.
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
  const kept = new Map<string, string[]>();
  for (const b of targets)
    if (ctx.twinOf.has(b.key)) twinned.set(b.key, propose(ctx, b, perLecture));
    else {
      const keys = proposedKeys(ctx, b, perLecture);
      count(keys);
      kept.set(b.key, keys);
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
    const found = twinned.get(b.key) ?? propose(ctx, b, perLecture, new Set(kept.get(b.key)));
    twinned.delete(b.key);
    kept.delete(b.key);
    const list = [...found.values()].sort((p, q) => cmp(p.before, q.before));
    for (const c of list) {
      const a: LectureInfo = ctx.infos.get(c.before)!;
      for (const pair of PAIR_FEATURES) Object.assign(c.values, pair(ctx, a, b));
      c.values.hub = Math.sqrt((proposed.get(c.before) ?? 0) / n);
    }
    yield [b.key, list];
  }
}

/**
 * What the signals propose for lecture `b`, with their feature values and why, trimmed to `perLecture`; or, where
 * the first pass already found which (`only`), those alone, measured without making the others.
 */
function propose(
  ctx: PrerequisiteContext,
  b: LectureInfo,
  perLecture: number,
  only?: ReadonlySet<string>,
): Map<string, CandidatePair> {
  const found = new Map<string, CandidatePair>();
  const twin = ctx.twinOf.get(b.key);
  for (const signal of SIGNALS)
    signal(ctx, b, (a, feature, value, key, concept, builds, series) => {
      if (a === b.key || a === twin || !(value > 0) || (only && !only.has(a))) return;
      let c = found.get(a);
      if (!c)
        found.set(
          a,
          (c = { before: a, after: b.key, values: noFeatureValues(), whys: {}, topic: 0, ordered: false }),
        );
      strengthen(c, feature, value);
      if (value > c.values[feature]) {
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
  return only ? found : trim(found, perLecture);
}

/**
 * The keys `propose` would give, for the first pass: the same proposals and the same trimming, without measuring
 * (no feature values, no reasons).
 */
function proposedKeys(ctx: PrerequisiteContext, b: LectureInfo, perLecture: number): string[] {
  const found = new Map<string, Strength>();
  const twin = ctx.twinOf.get(b.key);
  for (const signal of SIGNALS)
    signal(ctx, b, (a, feature, value) => {
      if (a === b.key || a === twin || !(value > 0)) return;
      let s = found.get(a);
      if (!s) found.set(a, (s = { before: a, topic: 0, ordered: false }));
      strengthen(s, feature, value);
    });
  return [...trim(found, perLecture).keys()];
}

/** Records what one proposal says of a candidate's strength. */
function strengthen(s: Strength, feature: FeatureName, value: number): void {
  if (ORDER_FEATURES.has(feature)) s.ordered = true;
  else if (value > s.topic) s.topic = value;
}

/** Of the candidates only topics propose, keeps the strongest `perLecture` (ties by key); order-proposed ones stay. */
function trim<S extends Strength>(found: Map<string, S>, perLecture: number): Map<string, S> {
  if (found.size > perLecture) {
    const byTopic = [...found.values()]
      .filter((c) => !c.ordered)
      .sort((x, y) => y.topic - x.topic || cmp(x.before, y.before));
    for (const c of byTopic.slice(perLecture)) found.delete(c.before);
  }
  return found;
}
