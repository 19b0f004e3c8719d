/**
 * A legend for the community colouring: each community with its colour (as the layout stage
 * wrote it), its size, and a name taken from its most-taught concept.
 */
import type { AtlasGraph } from './types.js';

export interface CommunityEntry {
  community: number;
  color: string;
  nodes: number;
  /** Label of the concept with the most lectures in the community; undefined when it has none. */
  name?: string;
  nameZh?: string;
}

export function communityLegend(graph: AtlasGraph): CommunityEntry[] {
  const entries = new Map<number, CommunityEntry & { best: number }>();
  graph.forEachNode((_k, a) => {
    if (a.community === undefined) return;
    let e = entries.get(a.community);
    if (!e) {
      e = { community: a.community, color: a.color ?? '#999999', nodes: 0, best: -1 };
      entries.set(a.community, e);
    }
    e.nodes++;
    if (a.kind === 'concept' && a.lectureCount > e.best) {
      e.best = a.lectureCount;
      e.name = a.label;
      if (a.labelZh) e.nameZh = a.labelZh;
      else delete e.nameZh;
    }
  });
  return [...entries.values()]
    .sort((x, y) => y.nodes - x.nodes || x.community - y.community)
    .map(({ best: _best, ...entry }) => entry);
}
