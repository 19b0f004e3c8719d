/**
 * The learning path to a lecture: the target's listed prerequisites, then the essential ones of those (each
 * lecture's best lead, course order alone only between lectures on something in common), nearest first and
 * bounded (`maxSteps`, with how many more the whole path would hold), in topological order with transitive
 * edges dropped and lectures already watched skipped — together with what only they needed. The target's own
 * prerequisites are always all on the path, so the path agrees with the prerequisites its panel lists.
 */
import type { AtlasGraph, PrerequisiteReasonParams } from './types.js';

export interface PathStep {
  key: string;
  /** Why this lecture is on the path: the reason of its edge to a later step. */
  reason: string;
  /** Steps this one leads to directly (transitive edges dropped). */
  leadsTo: string[];
  /** The reason as a key and parameters, for wording it in the interface language. */
  reasonKey?: string;
  reasonParams?: PrerequisiteReasonParams;
  /** The later step the reason is about ("this lecture" in it), where that is not the goal. */
  reasonFor?: string;
  /**
   * Whether the step is on the path only through a less certain guess (EdgeAttributes.tentative): its own edge
   * is one, or every route from it to the target passes through one. Needed only if that guess is right.
   */
  tentative?: boolean;
}

export interface LearningPath {
  target: string;
  steps: PathStep[];
  /**
   * Watched lectures among the target's prerequisites, however far back (those the path skips, those behind
   * them, those ticked on the whole path), each of which a learner may untick.
   */
  watched: string[];
  /**
   * Lectures that would be steps but for a watched one: the path reached them only through it (a watched lecture
   * builds on them), so it leaves them out with it — though a step may list one too, less strongly than what
   * led the path to it. The interface says so, rather than let them vanish unexplained.
   */
  behindWatched: string[];
  /** Lectures the whole path would add (every prerequisite of every step): 0 when the path is whole. */
  more: number;
}

export interface LearningPathOptions {
  /** Prerequisites followed per earlier lecture, best first (the target's own are all followed). */
  perLecture: number;
  /** Prerequisite edges below this score are not followed (the target's own always are). */
  minScore: number;
  /** Steps before the target at most, nearest first: a path is a plan, not the whole catalog. */
  maxSteps: number;
}

export const DEFAULT_LEARNING_PATH_OPTIONS: LearningPathOptions = {
  perLecture: 1,
  minScore: 0,
  maxSteps: 12,
};

/** The whole path: every prerequisite of every step, however many steps. */
export const EXPANDED_LEARNING_PATH_OPTIONS: LearningPathOptions = {
  perLecture: Infinity,
  minScore: 0,
  maxSteps: Infinity,
};

interface Lead {
  source: string;
  score: number;
  reason: string;
  reasonKey?: string;
  reasonParams?: PrerequisiteReasonParams;
  tentative?: boolean;
}

/**
 * Reasons that say only where one lecture stands before another in a course (just before it, earlier, the
 * course's first lecture, the last of the course it continues), not what they share. A course's introduction
 * or overview is not among them: it is where the course means a learner to start, and leads to its foundations.
 */
const COURSE_ORDER_ONLY = new Set([
  'previous-in-course',
  'earlier-in-course',
  'course-first',
  'continued-course',
]);

/** The concepts a lecture mentions. */
function conceptsOf(graph: AtlasGraph, lecture: string): Set<string> {
  const out = new Set<string>();
  graph.forEachOutEdge(lecture, (_e, a, _s, target) => {
    if (a.kind === 'mentions') out.add(target);
  });
  return out;
}

/**
 * Whether a path follows the edge from `source` to `node`, a step before the target: course order alone leads
 * back only to a lecture on something `node` also names. Followed from lecture to lecture, the previous
 * lecture of a course that changes topic each week would bring in the whole course (ten lectures on language
 * models before one on diffusion models); the target's own prerequisites are always on the path.
 */
export function essential(
  graph: AtlasGraph,
  source: string,
  node: string,
  reasonKey: string | undefined,
): boolean {
  if (!reasonKey || !COURSE_ORDER_ONLY.has(reasonKey)) return true;
  const mine = conceptsOf(graph, node);
  for (const c of conceptsOf(graph, source)) if (mine.has(c)) return true;
  return false;
}

/** The prerequisite edges into a node followed by the path, best first. */
function leads(graph: AtlasGraph, node: string, isTarget: boolean, options: LearningPathOptions): Lead[] {
  const list: Lead[] = [];
  graph.forEachInEdge(node, (_e, a, source) => {
    if (a.kind !== 'prerequisite' || (!isTarget && (a.score ?? 0) < options.minScore)) return;
    // A step's less certain guess is no essential step: the whole path follows it, the essential one does not (a
    // course introduction's best guess, an advanced lecture at 0.1, sent 55 of 378 paths of the seeds + corpus
    // graph through it). The target's own are all followed, so the path holds what its panel lists.
    if (
      !isTarget &&
      options.perLecture !== Infinity &&
      (a.tentative || !essential(graph, source, node, a.reasonKey))
    )
      return;
    const lead: Lead = { source, score: a.score ?? 0, reason: a.reason ?? '' };
    if (a.reasonKey) lead.reasonKey = a.reasonKey;
    if (a.reasonParams) lead.reasonParams = a.reasonParams;
    if (a.tentative) lead.tentative = true;
    list.push(lead);
  });
  list.sort((x, y) => y.score - x.score || (x.source < y.source ? -1 : 1));
  return isTarget ? list : list.slice(0, options.perLecture);
}

export function learningPath(
  graph: AtlasGraph,
  target: string,
  watched: ReadonlySet<string> = new Set(),
  options: LearningPathOptions = DEFAULT_LEARNING_PATH_OPTIONS,
): LearningPath {
  // Prerequisites reachable backwards from the target without passing through a watched lecture:
  // what only a watched lecture needed drops out with it.
  // Breadth first from the target, nearest lectures first, until the step bound; what lies beyond is counted.
  const inPath = new Set<string>([target]);
  const watchedOnPath = new Set<string>();
  const followed = new Map<string, Lead[]>();
  const beyond = new Set<string>();
  // The target's prerequisites that only course order puts before it, on nothing it names: on the path, as
  // its panel lists them, but what they need in turn is not (unless the whole path is asked for).
  const ends = new Set<string>();
  const expanded = options.perLecture === Infinity;
  let queue = [target];
  while (queue.length) {
    const next: string[] = [];
    for (const node of queue) {
      const strong = ends.has(node) ? [] : leads(graph, node, node === target, options);
      followed.set(node, strong);
      for (const { source, reasonKey } of strong) {
        if (node === target && !expanded && !essential(graph, source, node, reasonKey)) ends.add(source);
        if (inPath.has(source)) continue;
        if (watched.has(source)) {
          watchedOnPath.add(source);
          continue;
        }
        if (inPath.size - 1 >= options.maxSteps) {
          beyond.add(source);
          continue;
        }
        inPath.add(source);
        next.push(source);
      }
    }
    queue = next;
  }
  // Count what the whole path would add: every prerequisite of every step, however far back, the step bound
  // and the essential-steps rule aside (watched lectures still end their branch).
  const whole = new Set<string>([target]);
  const stack = [target];
  while (stack.length) {
    const node = stack.pop()!;
    graph.forEachInEdge(node, (_e, a, source) => {
      if (a.kind !== 'prerequisite' || whole.has(source) || watched.has(source)) return;
      whole.add(source);
      stack.push(source);
    });
  }
  for (const k of whole) if (!inPath.has(k)) beyond.add(k);
  // Edges inside the path, then the transitive reduction (a → c dropped when a → b → c exists).
  const succ = new Map<string, Set<string>>();
  const reason = new Map<string, Lead>();
  for (const n of inPath) succ.set(n, new Set());
  for (const [t, sources] of followed) {
    for (const lead of sources) {
      if (!inPath.has(lead.source)) continue;
      succ.get(lead.source)!.add(t);
      reason.set(`${lead.source}>${t}`, lead);
    }
  }
  const reachable = (from: string, to: string, skipDirect: boolean): boolean => {
    const seen = new Set<string>();
    const st = [...succ.get(from)!].filter((x) => !(skipDirect && x === to));
    while (st.length) {
      const x = st.pop()!;
      if (x === to) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      st.push(...succ.get(x)!);
    }
    return false;
  };
  // Steps with a route to the target on sure edges alone; the others are there only through a guess.
  const sure = new Set<string>([target]);
  const into = new Map<string, Lead[]>();
  for (const [t, sources] of followed)
    into.set(
      t,
      sources.filter((l) => inPath.has(l.source) && !l.tentative),
    );
  const sureStack = [target];
  while (sureStack.length)
    for (const { source } of into.get(sureStack.pop()!) ?? [])
      if (!sure.has(source)) {
        sure.add(source);
        sureStack.push(source);
      }
  const reduced = new Map<string, string[]>();
  for (const [n, targets] of succ) reduced.set(n, [...targets].filter((t) => !reachable(n, t, true)).sort());
  // The order: every prerequisite edge between two steps, the path's own among them (a step's best lead is not its
  // only prerequisite: part 1 comes before part 3 though part 3 was reached through part 2).
  const before = new Map<string, Set<string>>([...inPath].map((n) => [n, new Set()]));
  for (const n of inPath)
    graph.forEachInEdge(n, (_e, a, source) => {
      if (a.kind === 'prerequisite' && source !== n && inPath.has(source)) before.get(source)!.add(n);
    });
  // Kahn's algorithm; ties by catalog number so the order is stable and roughly chronological.
  const indegree = new Map<string, number>([...inPath].map((n) => [n, 0]));
  for (const targets of before.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const number = (k: string): number =>
    graph.getNodeAttribute(k, 'kind') === 'lecture' ? Number(k.slice('lecture:'.length)) : 0;
  const byNumber = (a: string, b: string): number => number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
  const ready = [...inPath].filter((n) => indegree.get(n) === 0).sort(byNumber);
  const order: string[] = [];
  while (ready.length) {
    const n = ready.shift()!;
    order.push(n);
    for (const t of before.get(n)!) {
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) {
        ready.push(t);
        ready.sort(byNumber);
      }
    }
  }
  // A cycle of prerequisites (the build draws none; a graph made elsewhere may) leaves its lectures unordered:
  // they come after the rest, by number, the target last, rather than drop out of the path.
  if (order.length < inPath.size) {
    const placed = new Set(order);
    order.push(...[...inPath].filter((n) => !placed.has(n) && n !== target).sort(byNumber));
    if (!placed.has(target)) order.push(target);
  }
  // A step's reason is that of its edge to the goal where it has one, else to the nearest step it leads to.
  const position = new Map(order.map((k, i) => [k, i]));
  const steps = order.map((key): PathStep => {
    const leadsTo = reduced.get(key)!;
    const toward = leadsTo.includes(target)
      ? target
      : [...leadsTo].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0];
    const lead = reason.get(`${key}>${toward}`);
    const step: PathStep = { key, leadsTo, reason: key === target ? 'your goal' : (lead?.reason ?? '') };
    if (lead && toward !== undefined && toward !== target) step.reasonFor = toward;
    if (lead?.reasonKey) step.reasonKey = lead.reasonKey;
    if (lead?.reasonParams) step.reasonParams = lead.reasonParams;
    if (lead?.tentative || !sure.has(key)) step.tentative = true;
    return step;
  });
  // The path as it would be with nothing watched: what lies behind the watched lectures.
  const unwatched = watchedOnPath.size === 0 ? [] : learningPath(graph, target, new Set(), options).steps;
  const behindWatched = unwatched
    .map((step) => step.key)
    .filter((k) => !inPath.has(k) && !watched.has(k))
    .sort();
  return {
    target,
    steps,
    watched: watched.size ? watchedAncestors(graph, target, watched) : [],
    behindWatched,
    more: beyond.size,
  };
}

/**
 * The watched lectures among every prerequisite of the target, however far back, watched or not on the way: a
 * lecture ticked on the whole path, or behind another ticked one, stays where a learner can untick it.
 */
function watchedAncestors(graph: AtlasGraph, target: string, watched: ReadonlySet<string>): string[] {
  const seen = new Set<string>([target]);
  const stack = [target];
  const out: string[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    graph.forEachInEdge(node, (_e, a, source) => {
      if (a.kind !== 'prerequisite' || seen.has(source)) return;
      seen.add(source);
      stack.push(source);
      if (watched.has(source)) out.push(source);
    });
  }
  return out.sort();
}

/**
 * A lecture's prerequisites (best first) in the order a learner watches them: one that the learning path puts before
 * another listed one (part 1 before part 2) comes first, however they scored; the others keep their order. So the
 * panel's "watch first" never lists part 2 above the part 1 that its learning path shows first.
 */
export function inWatchOrder<L extends { key: string }>(
  graph: AtlasGraph,
  lecture: string,
  list: readonly L[],
): L[] {
  if (list.length < 2) return [...list];
  const leadsTo = new Map(learningPath(graph, lecture, new Set()).steps.map((s) => [s.key, s.leadsTo]));
  const leadsOn = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(leadsTo.get(from) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (x === to) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(leadsTo.get(x) ?? []));
    }
    return false;
  };
  const out: L[] = [];
  const placed = new Set<string>();
  const place = (l: L): void => {
    if (placed.has(l.key)) return;
    placed.add(l.key);
    for (const m of list) if (!placed.has(m.key) && leadsOn(m.key, l.key)) place(m);
    out.push(l);
  };
  for (const l of list) place(l);
  return out;
}
