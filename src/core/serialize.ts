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

/** An edge as its line needs it, gathered in one pass over the graph and then sorted by name. */
interface EdgeEntry {
  name: string;
  attributes: object;
  source: string;
  target: string;
  undirected: boolean;
}

/**
 * Lines are joined a chunk of this many at a time, as they are made. A 100k-lecture graph is some 250 MB of
 * text: lines kept until the end survive the young generation and are copied into the old one; joined at once
 * into chunks (large objects, never copied) they die young.
 */
const LINES_PER_CHUNK = 2000;

/**
 * One node or edge as graphology's export writes it: its attributes, key order canonical (left out when it has
 * none, as graphology does), then its own fields. One object and one `JSON.stringify` per line, so that each line
 * is made flat in one go, not concatenated from pieces.
 */
function lineJson(attributes: object, fields: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(attributes).length ? { attributes: canonicalise(attributes), ...fields } : fields,
  );
}

/** Pushes `count` lines onto `parts`, `separator` between them, joined in chunks of `LINES_PER_CHUNK`. */
function pushLines(parts: string[], count: number, line: (i: number) => string, separator: string): void {
  const chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === LINES_PER_CHUNK || i === count - 1) {
      if (i >= LINES_PER_CHUNK) parts.push(separator);
      parts.push(chunk.join(separator));
      chunk.length = 0;
    }
  }
}

/**
 * The graph as JSON text: one node or edge per line keeps diffs of graph.json readable. The content of
 * graphology's `export()` with nodes, edges and object keys sorted, written straight from the graph (no exported copy)
 * and joined once.
 */
export function serializeGraph(graph: AtlasGraph): string {
  const options = { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type };
  const nodes = graph.nodes().sort(compareKeys);
  const mixed = graph.type === 'mixed';
  const edges: EdgeEntry[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    // A key graphology generated (an edge added without one) depends on the run: such an edge is named by its ends.
    const name = key.startsWith('geid_') ? `${source}->${target}` : key;
    edges.push({ name, attributes, source, target, undirected: mixed && undirected });
  });
  edges.sort((a, b) => compareKeys(a.name, b.name));
  const parts = [
    `{\n"attributes":${JSON.stringify(canonicalise(graph.getAttributes()))},\n` +
      `"options":${JSON.stringify(options)},\n"nodes":[\n`,
  ];
  pushLines(
    parts,
    nodes.length,
    (i) => lineJson(graph.getNodeAttributes(nodes[i]!), { key: nodes[i] }),
    ',\n',
  );
  parts.push('\n],\n"edges":[\n');
  pushLines(
    parts,
    edges.length,
    (i) => {
      const { name, attributes, source, target, undirected } = edges[i]!;
      return lineJson(
        attributes,
        undirected ? { key: name, source, target, undirected } : { key: name, source, target },
      );
    },
    ',\n',
  );
  parts.push('\n]\n}\n');
  return parts.join('');
}

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export function createAtlasGraph(): AtlasGraph {
  return new Graph(GRAPH_OPTIONS) as AtlasGraph;
}
