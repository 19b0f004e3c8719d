/**
 * Serialization: graph.json is graphology's own format (`graph.export()`), written canonically —
 * nodes and edges sorted by key, object keys sorted, no timestamps — so that the same input gives
 * a byte-identical file.
 */
import { compareKeys } from './compare.js';
import Graph from 'graphology';
import type { AtlasGraph } from './types.js';

/** Recursively sorts object keys; arrays keep their order; undefined values are dropped. */
export function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonicalise(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`cannot serialise non-finite number ${value}`);
  }
  return value;
}

/**
 * The graph as JSON text: one node or edge per line keeps diffs of graph.json readable. The content of
 * graphology's `export()` with nodes, edges and object keys sorted, written straight from the graph (no exported copy).
 */
export function serializeGraph(graph: AtlasGraph): string {
  const options = { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type };
  // graphology's export leaves out empty attributes.
  const attributes = (a: object): string =>
    Object.keys(a).length ? `"attributes":${JSON.stringify(canonicalise(a))},` : '';
  const nodes = graph.nodes().sort(compareKeys);
  const nodeLines = new Array<string>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const key = nodes[i]!;
    nodeLines[i] = `{${attributes(graph.getNodeAttributes(key))}"key":${JSON.stringify(key)}}`;
  }
  // A key graphology generated (an edge added without one) depends on the run: such an edge is named by its ends.
  const edges = graph
    .edges()
    .map((key) => ({
      key,
      name: key.startsWith('geid_') ? `${graph.source(key)}->${graph.target(key)}` : key,
    }))
    .sort((a, b) => compareKeys(a.name, b.name));
  const edgeLines = new Array<string>(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const { key, name } = edges[i]!;
    const undirected = graph.type === 'mixed' && graph.isUndirected(key) ? ',"undirected":true' : '';
    edgeLines[i] =
      `{${attributes(graph.getEdgeAttributes(key))}"key":${JSON.stringify(name)},` +
      `"source":${JSON.stringify(graph.source(key))},"target":${JSON.stringify(graph.target(key))}${undirected}}`;
  }
  return [
    '{',
    `"attributes":${JSON.stringify(canonicalise(graph.getAttributes()))},`,
    `"options":${JSON.stringify(options)},`,
    '"nodes":[',
    nodeLines.join(',\n'),
    '],',
    '"edges":[',
    edgeLines.join(',\n'),
    ']',
    '}\n',
  ].join('\n');
}

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export function createAtlasGraph(): AtlasGraph {
  return new Graph(GRAPH_OPTIONS) as AtlasGraph;
}
