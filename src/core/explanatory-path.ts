/**
 * How two things are related: the shortest path between two nodes over the meaningful edges,
 * in either direction, with each hop explained in words.
 */
import type { AtlasGraph, EdgeKind } from './types.js';

export interface PathHop {
  from: string;
  to: string;
  kind: EdgeKind;
  /** "mentions", "is mentioned by" …: the relation read from `from` to `to`. */
  relation: string;
}

const FORWARD: Record<EdgeKind, string> = {
  mentions: 'teaches',
  covers: 'covers',
  related: 'is taught with',
  broader: 'is a kind of',
  requires: 'builds on',
  similar: 'is similar to',
  'next-in-series': 'is followed by',
  prerequisite: 'comes before',
  twin: 'is the same lecture as',
};
const BACKWARD: Record<EdgeKind, string> = {
  mentions: 'is taught in',
  covers: 'is covered by',
  related: 'is taught with',
  broader: 'includes',
  requires: 'is needed for',
  similar: 'is similar to',
  'next-in-series': 'follows',
  prerequisite: 'comes after',
  twin: 'is the same lecture as',
};

/**
 * Shortest path ignoring edge direction: a bidirectional breadth-first search that always grows the
 * smaller frontier, so it explores around both ends rather than the whole graph. Neighbours come in the
 * graph's own order, which the build makes deterministic.
 */
function shortestUndirected(graph: AtlasGraph, from: string, to: string): string[] | undefined {
  const fromSide = new Map<string, string>([[from, from]]);
  const toSide = new Map<string, string>([[to, to]]);
  let frontA = [from];
  let frontB = [to];
  let meet: string | undefined;
  while (frontA.length && frontB.length && meet === undefined) {
    const growA = frontA.length <= frontB.length;
    const [front, mine, other] = growA ? [frontA, fromSide, toSide] : [frontB, toSide, fromSide];
    const next: string[] = [];
    for (const node of front) {
      graph.forEachNeighbor(node, (n) => {
        if (meet !== undefined || mine.has(n)) return;
        mine.set(n, node);
        if (other.has(n)) meet = n;
        else next.push(n);
      });
      if (meet !== undefined) break;
    }
    if (growA) frontA = next;
    else frontB = next;
  }
  if (meet === undefined) return undefined;
  const path = [meet];
  for (let n = meet; n !== from;) path.unshift((n = fromSide.get(n)!));
  for (let n = meet; n !== to;) path.push((n = toSide.get(n)!));
  return path;
}

/** The shortest chain of relations from one node to another, each hop read in words. */
export function explanatoryPath(graph: AtlasGraph, from: string, to: string): PathHop[] | undefined {
  if (from === to) return [];
  const nodes = shortestUndirected(graph, from, to);
  if (!nodes) return undefined;
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i]!, nodes[i + 1]!];
    const forward = graph.outEdges(a, b).sort();
    const backward = graph.outEdges(b, a).sort();
    if (forward.length) {
      const kind = graph.getEdgeAttribute(forward[0]!, 'kind');
      hops.push({ from: a, to: b, kind, relation: FORWARD[kind] });
    } else {
      const kind = graph.getEdgeAttribute(backward[0]!, 'kind');
      hops.push({ from: a, to: b, kind, relation: BACKWARD[kind] });
    }
  }
  return hops;
}
