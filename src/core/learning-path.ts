/**
 * The learning path to a lecture: the target's listed prerequisites, then the essential ones of those (each
 * lecture's best lead), nearest first and bounded (`maxSteps`, with how many more an expanded path would hold),
 * in topological order with transitive edges dropped and lectures already watched skipped — together with what
 * only they needed. The target's own prerequisites are always all on the path, so the path agrees with the
 * prerequisites its panel lists.
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
}

export interface LearningPath {
  target: string;
  steps: PathStep[];
  /** Watched lectures that were on the path. */
  watched: string[];
  /** Lectures a path with no step bound would add: 0 when the path is whole. */
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
}

/** The prerequisite edges into a node followed by the path, best first. */
function leads(graph: AtlasGraph, node: string, isTarget: boolean, options: LearningPathOptions): Lead[] {
  const list: Lead[] = [];
  graph.forEachInEdge(node, (_e, a, source) => {
    if (a.kind !== 'prerequisite' || (!isTarget && (a.score ?? 0) < options.minScore)) return;
    const lead: Lead = { source, score: a.score ?? 0, reason: a.reason ?? '' };
    if (a.reasonKey) lead.reasonKey = a.reasonKey;
    if (a.reasonParams) lead.reasonParams = a.reasonParams;
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
  let queue = [target];
  while (queue.length) {
    const next: string[] = [];
    for (const node of queue) {
      const strong = leads(graph, node, node === target, options);
      followed.set(node, strong);
      for (const { source } of strong) {
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
  // Count what an unbounded path would add beyond the bound (its own prerequisites included).
  const stackBeyond = [...beyond];
  while (stackBeyond.length) {
    const node = stackBeyond.pop()!;
    for (const { source } of leads(graph, node, false, options))
      if (!inPath.has(source) && !watched.has(source) && !beyond.has(source)) {
        beyond.add(source);
        stackBeyond.push(source);
      }
  }
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
  const steps = order.map((key): PathStep => {
    const leadsTo = reduced.get(key)!;
    const lead = reason.get(`${key}>${leadsTo[0]}`);
    const step: PathStep = { key, leadsTo, reason: key === target ? 'your goal' : (lead?.reason ?? '') };
    if (lead?.reasonKey) step.reasonKey = lead.reasonKey;
    if (lead?.reasonParams) step.reasonParams = lead.reasonParams;
    return step;
  });
  return { target, steps, watched: [...watchedOnPath].sort(), more: beyond.size };
}
