/**
 * How two things are related: the shortest path between two nodes over the meaningful edges, in either
 * direction, with each hop explained in words — one phrase per edge kind and direction, read from the hop's
 * first node to its second ("275 Vector — teaches → vector", "vector — is taught in → 275 Vector").
 */
import { nodeName } from './resolve-node.js';
import type { AtlasGraph, EdgeKind } from './types.js';

export interface PathHop {
  from: string;
  to: string;
  kind: EdgeKind;
  /** "teaches", "is taught in" …: the relation read from `from` to `to` (the explorer translates it). */
  relation: string;
}

/**
 * The phrase for each edge kind, read along the edge (`forward`, source → target) and against it
 * (`backward`). Symmetric relations read the same both ways.
 */
export const HOP_PHRASES: Record<EdgeKind, { forward: string; backward: string }> = {
  mentions: { forward: 'teaches', backward: 'is taught in' },
  covers: { forward: 'covers', backward: 'is covered by' },
  related: { forward: 'is taught with', backward: 'is taught with' },
  broader: { forward: 'falls under', backward: 'includes' },
  requires: { forward: 'builds on', backward: 'is needed for' },
  similar: { forward: 'is similar to', backward: 'is similar to' },
  'next-in-series': { forward: 'is followed by', backward: 'follows' },
  prerequisite: { forward: 'is a prerequisite of', backward: 'has as a prerequisite' },
  twin: { forward: 'is the same lecture as', backward: 'is the same lecture as' },
};

/** One hop in words: "368 Network Compression (1/2) — teaches → network compression". */
export function explainHop(graph: AtlasGraph, hop: PathHop): string {
  return `${nodeName(graph, hop.from)} — ${hop.relation} → ${nodeName(graph, hop.to)}`;
}

/**
 * Shortest path ignoring edge direction: a bidirectional breadth-first search that always grows the
 * smaller frontier, so it explores around both ends rather than the whole graph. Neighbours are taken in key
 * order, so that of equally short paths the same is found however the graph file lists its nodes and edges.
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
      for (const n of graph.neighbors(node).sort()) {
        if (mine.has(n)) continue;
        mine.set(n, node);
        if (other.has(n)) {
          meet = n;
          break;
        }
        next.push(n);
      }
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
      hops.push({ from: a, to: b, kind, relation: HOP_PHRASES[kind].forward });
    } else {
      const kind = graph.getEdgeAttribute(backward[0]!, 'kind');
      hops.push({ from: a, to: b, kind, relation: HOP_PHRASES[kind].backward });
    }
  }
  return hops;
}
