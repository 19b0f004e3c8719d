/** A subgraph on a set of nodes, keeping graph attributes, for export in the same schema. */
import { createAtlasGraph } from './serialize.js';
import type { AtlasGraph } from './types.js';

export function subgraph(graph: AtlasGraph, keys: Iterable<string>): AtlasGraph {
  const keep = new Set(keys);
  const out = createAtlasGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const key of [...keep].sort())
    if (graph.hasNode(key)) out.addNode(key, { ...graph.getNodeAttributes(key) });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) out.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  });
  return out;
}
