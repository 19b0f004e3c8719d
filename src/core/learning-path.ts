/**
 * The learning path to a lecture: its prerequisite closure in topological order, with transitive
 * edges dropped and lectures already watched skipped — together with what only they needed.
 */
import type { AtlasGraph } from './types.js';

export interface PathStep {
  key: string;
  /** Why this lecture is on the path: the reason of its edge to a later step. */
  reason: string;
  /** Steps this one leads to directly (transitive edges dropped). */
  leadsTo: string[];
}

export interface LearningPath {
  target: string;
  steps: PathStep[];
  /** Watched lectures that were on the path. */
  watched: string[];
}

export interface LearningPathOptions {
  /** Prerequisites followed per lecture, best first (a path is a plan, not every weak link). */
  perLecture: number;
  /** Prerequisite edges below this score are not followed… */
  minScore: number;
  /** …except a lecture's best one, followed from this score (every lecture gets its best lead). */
  bestMinScore?: number;
}

export const DEFAULT_LEARNING_PATH_OPTIONS: LearningPathOptions = {
  perLecture: 2,
  minScore: 0.5,
  bestMinScore: 0.25,
};

/** The strong prerequisite edges into a node: the best `perLecture` at or above `minScore` (the first at or above `bestMinScore`). */
function strongPrerequisites(
  graph: AtlasGraph,
  node: string,
  options: LearningPathOptions,
): { source: string; reason: string }[] {
  const list: { source: string; score: number; reason: string }[] = [];
  const floor = Math.min(options.minScore, options.bestMinScore ?? options.minScore);
  graph.forEachInEdge(node, (_e, a, source) => {
    if (a.kind === 'prerequisite' && (a.score ?? 0) >= floor)
      list.push({ source, score: a.score ?? 0, reason: a.reason ?? '' });
  });
  return list
    .sort((x, y) => y.score - x.score || (x.source < y.source ? -1 : 1))
    .filter((x, i) => i === 0 || x.score >= options.minScore)
    .slice(0, options.perLecture);
}

export function learningPath(
  graph: AtlasGraph,
  target: string,
  watched: ReadonlySet<string> = new Set(),
  options: LearningPathOptions = DEFAULT_LEARNING_PATH_OPTIONS,
): LearningPath {
  // Prerequisites reachable backwards from the target without passing through a watched lecture:
  // what only a watched lecture needed drops out with it.
  const inPath = new Set<string>([target]);
  const watchedOnPath = new Set<string>();
  const followed = new Map<string, { source: string; reason: string }[]>();
  const stack = [target];
  while (stack.length) {
    const node = stack.pop()!;
    const strong = strongPrerequisites(graph, node, options);
    followed.set(node, strong);
    for (const { source } of strong) {
      if (inPath.has(source)) continue;
      if (watched.has(source)) {
        watchedOnPath.add(source);
        continue;
      }
      inPath.add(source);
      stack.push(source);
    }
  }
  // Edges inside the path, then the transitive reduction (a → c dropped when a → b → c exists).
  const succ = new Map<string, Set<string>>();
  const reason = new Map<string, string>();
  for (const n of inPath) succ.set(n, new Set());
  for (const [t, sources] of followed) {
    for (const { source, reason: why } of sources) {
      if (!inPath.has(source)) continue;
      succ.get(source)!.add(t);
      reason.set(`${source}>${t}`, why);
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
  const reduced = new Map<string, string[]>();
  for (const [n, targets] of succ) reduced.set(n, [...targets].filter((t) => !reachable(n, t, true)).sort());
  // Kahn's algorithm; ties by catalog number so the order is stable and roughly chronological.
  const indegree = new Map<string, number>([...inPath].map((n) => [n, 0]));
  for (const targets of reduced.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const number = (k: string): number =>
    graph.getNodeAttribute(k, 'kind') === 'lecture' ? Number(k.slice('lecture:'.length)) : 0;
  const ready = [...inPath].filter((n) => indegree.get(n) === 0).sort((a, b) => number(a) - number(b));
  const order: string[] = [];
  while (ready.length) {
    const n = ready.shift()!;
    order.push(n);
    for (const t of reduced.get(n)!) {
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) {
        ready.push(t);
        ready.sort((a, b) => number(a) - number(b));
      }
    }
  }
  const steps = order.map((key) => {
    const leadsTo = reduced.get(key)!;
    return {
      key,
      leadsTo,
      reason: key === target ? 'your goal' : (reason.get(`${key}>${leadsTo[0]}`) ?? ''),
    };
  });
  return { target, steps, watched: [...watchedOnPath].sort() };
}
