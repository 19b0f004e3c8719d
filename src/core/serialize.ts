/**
 * Serialization: graph.json is graphology's own format (`graph.export()`), written canonically —
 * nodes and edges sorted by key, object keys sorted, no timestamps — so that the same input gives
 * a byte-identical file.
 */
import Graph from 'graphology';
import type { AtlasGraph, SerializedAtlasGraph } from './types.js';

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

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export function exportGraph(graph: AtlasGraph): SerializedAtlasGraph {
  const data = graph.export() as SerializedAtlasGraph;
  const nodes = [...data.nodes].sort(byKey);
  const edges = [...data.edges].map((e) => ({ ...e, key: e.key ?? `${e.source}->${e.target}` })).sort(byKey);
  return canonicalise({ ...data, nodes, edges }) as SerializedAtlasGraph;
}

/** The graph as JSON text: one node or edge per line keeps diffs of graph.json readable. */
export function serializeGraph(graph: AtlasGraph): string {
  const data = exportGraph(graph);
  const lines = [
    '{',
    `"attributes":${JSON.stringify(data.attributes)},`,
    `"options":${JSON.stringify(data.options)},`,
    '"nodes":[',
    data.nodes.map((n) => JSON.stringify(n)).join(',\n'),
    '],',
    '"edges":[',
    data.edges.map((e) => JSON.stringify(e)).join(',\n'),
    ']',
    '}',
  ];
  return lines.join('\n') + '\n';
}

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export function createAtlasGraph(): AtlasGraph {
  return new Graph(GRAPH_OPTIONS) as AtlasGraph;
}
