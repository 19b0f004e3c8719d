/**
 * Ranking: per lecture, the allowed candidates scored by the model — the best one at or above the model's floor,
 * the others at or above its threshold — one slot per
 * series chain and concept (the best part of a seven-part series stands for the rest), one slot per talk in
 * two languages (the version in the dependent's language), best `perLecture` kept; of equal scores, one of the
 * dependent's own course offering first. Then the whole set is
 * made acyclic: edges best first, an edge that would close a cycle dropped and reported.
 */
import { compareKeys as cmp } from '../../core/compare.js';
import { courseVersion } from '../../core/course-units.js';
import { AcyclicInserter } from '../acyclic-insertion.js';
import { cyclicComponents } from '../strongly-connected.js';
import type { PrerequisiteContext } from './context.js';
import type { CandidatePair } from './candidates.js';
import { allowed } from './constraints.js';
import { scoreOf, type PrerequisiteModel } from './model.js';

export interface RankedPair {
  pair: CandidatePair;
  score: number;
}

/** The prerequisites of one lecture, best first. */
export function rankFor(
  ctx: PrerequisiteContext,
  model: PrerequisiteModel,
  candidates: readonly CandidatePair[],
  perLecture: number,
): RankedPair[] {
  const b = ctx.infos.get(candidates[0]?.after ?? '')?.attrs;
  // Best first; of equally scored candidates, one of the dependent's own offering of its course first (the
  // channel's two Linear Algebra courses share the name), then the older.
  const offering = b && ctx.offeringOf(b);
  const ownOffering = (r: RankedPair): number =>
    Number(offering !== undefined && ctx.offeringOf(ctx.infos.get(r.pair.before)!.attrs) === offering);
  const order = (x: RankedPair, y: RankedPair): number =>
    y.score - x.score ||
    ownOffering(y) - ownOffering(x) ||
    ctx.chronology(ctx.infos.get(y.pair.before)!.attrs, ctx.infos.get(x.pair.before)!.attrs) ||
    cmp(x.pair.before, y.pair.before);
  const all = candidates
    .filter((c) => allowed(ctx, c))
    .map((pair) => ({ pair, score: scoreOf(model, pair.values) }));
  // A lecture's best candidate needs only the model's floor (learned with the threshold); the rest need the threshold.
  const top = all.reduce<RankedPair | undefined>(
    (best, r) => (!best || order(r, best) < 0 ? r : best),
    undefined,
  );
  const floor = model.floor ?? 0;
  const scored = all.filter((r) => (r === top && r.score >= floor) || r.score >= model.threshold);
  const keys = new Set(scored.map((r) => r.pair.before));
  const kept = scored.filter((r) => {
    const twin = ctx.twinOf.get(r.pair.before);
    if (!twin || !keys.has(twin) || !b) return true;
    const mine = courseVersion(ctx.infos.get(r.pair.before)!.attrs) === courseVersion(b);
    const its = courseVersion(ctx.infos.get(twin)!.attrs) === courseVersion(b);
    return mine === its ? r.pair.before < twin : mine;
  });
  kept.sort(order);
  const seen = new Set<string>();
  const out: RankedPair[] = [];
  for (const r of kept) {
    const topic = Object.values(r.pair.whys).find((w) => w?.concept)?.concept;
    if (topic && !r.pair.values.seriesPrevious) {
      const group = `${ctx.chainOf(r.pair.before)}\u0000${topic}`;
      if (seen.has(group)) continue;
      seen.add(group);
    }
    out.push(r);
    if (out.length === perLecture) break;
  }
  return out;
}

export interface Edge {
  before: string;
  after: string;
  score: number;
}

/**
 * Keeps the edges best first, dropping any that would close a cycle. Only edges inside a strongly connected
 * component can close one; those are inserted best first into an incremental topological order seeded with
 * chronology (`AcyclicInserter`), so the step stays near-linear on large catalogs.
 */
export function acyclic<E extends Edge>(
  edges: E[],
  chronological: readonly string[],
): { kept: E[]; dropped: { edge: E; why: string }[] } {
  const succ = new Map<string, string[]>();
  for (const e of edges) {
    if (!succ.has(e.after)) succ.set(e.after, []);
    const list = succ.get(e.before);
    if (list) list.push(e.after);
    else succ.set(e.before, [e.after]);
  }
  const component = new Map<string, number>();
  cyclicComponents([...succ.keys()], (n) => succ.get(n) ?? []).forEach((members, i) => {
    for (const m of members) component.set(m, i);
  });
  const kept: E[] = [];
  const dropped: { edge: E; why: string }[] = [];
  const inCycle: E[] = [];
  for (const e of edges) {
    const c = component.get(e.before);
    if (c !== undefined && component.get(e.after) === c) inCycle.push(e);
    else kept.push(e);
  }
  const inserter = new AcyclicInserter(chronological.filter((n) => component.has(n)));
  inCycle.sort((x, y) => y.score - x.score || cmp(x.after, y.after) || cmp(x.before, y.before));
  for (const e of inCycle) {
    if (inserter.insert(e.before, e.after)) kept.push(e);
    else dropped.push({ edge: e, why: `would close a cycle through ${e.after} → … → ${e.before}` });
  }
  kept.sort((x, y) => cmp(x.after, y.after) || y.score - x.score || cmp(x.before, y.before));
  return { kept, dropped };
}
