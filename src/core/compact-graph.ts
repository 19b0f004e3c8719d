/**
 * The compact graph file the explorer loads (`graph.compact.json`, written beside graph.json): the
 * same graph, losslessly, in about a quarter of the bytes. Nodes stay `[key, attributes]`; an edge is a
 * row `[kind, source, target, ...attribute values]` with node indices for its ends, its key derived
 * (`<kind>:<source>-><target>`, listed only where it differs), its attributes in columns per edge kind
 * and repeated strings (reasons, evidence fields) interned. Expanding it gives back graphology's
 * serialization, so `serializeGraph` of the loaded graph is byte-identical to graph.json.
 */
import { compareKeys } from './compare.js';
import { GraphFormatError } from './errors.js';
import { edgeKey } from './node-keys.js';
import { canonicalise } from './serialize.js';
import type { AtlasGraph, EdgeAttributes, EdgeKind, SerializedAtlasGraph } from './types.js';

export const COMPACT_GRAPH_FORMAT = 'lecture-atlas-compact-graph';
/** Bumped whenever a reader of the compact file would need to change. */
export const COMPACT_GRAPH_VERSION = 1;

type Value = unknown;
/** A column: an edge attribute name, and whether its values are indices into `strings`. */
type Column = [name: string, interned: boolean];

export interface CompactGraph {
  format: typeof COMPACT_GRAPH_FORMAT;
  version: number;
  attributes: SerializedAtlasGraph['attributes'];
  options: SerializedAtlasGraph['options'];
  nodes: [key: string, attributes: Record<string, Value>][];
  edgeKinds: string[];
  /** Per edge kind, the columns after `[kind, source, target]`; `null` in a row means absent. */
  columns: Record<string, Column[]>;
  strings: string[];
  edges: Value[][];
  /** Keys of edges (by row index) that are not `<kind>:<source>-><target>`. */
  keys: Record<string, string>;
}

const byKey = (a: { key: string }, b: { key: string }): number => compareKeys(a.key, b.key);

/**
 * The compact form of a graph, in graph.json's order (nodes and edges sorted by key, object keys
 * sorted). Reads the graph directly rather than its export, which would copy every edge's attributes.
 */
export function encodeCompactGraph(graph: AtlasGraph): CompactGraph {
  const data = {
    attributes: canonicalise(graph.getAttributes()) as CompactGraph['attributes'],
    options: canonicalise({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }),
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })).sort(byKey),
    edges: graph
      .mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }))
      .sort(byKey),
  };
  const nodeIndex = new Map(data.nodes.map((n, i) => [n.key, i]));
  const edgeKinds: string[] = [];
  const columns: Record<string, Column[]> = {};
  // Columns per kind: every attribute name the kind's edges use; interned when all values are strings.
  const names = new Map<string, Map<string, boolean>>();
  for (const e of data.edges) {
    const a = e.attributes as unknown as Record<string, Value>;
    const kind = String(a.kind);
    let cols = names.get(kind);
    if (!cols) {
      cols = new Map();
      names.set(kind, cols);
      edgeKinds.push(kind);
    }
    for (const [name, v] of Object.entries(a)) {
      if (name === 'kind' || v === undefined) continue;
      if (v === null)
        throw new GraphFormatError(`edge "${e.key}" has a null "${name}"; the compact file cannot hold null`);
      cols.set(name, (cols.get(name) ?? true) && typeof v === 'string');
    }
  }
  edgeKinds.sort();
  for (const kind of edgeKinds) columns[kind] = [...names.get(kind)!].sort(([x], [y]) => (x < y ? -1 : 1));
  const kindIndex = new Map(edgeKinds.map((k, i) => [k, i]));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const keys: Record<string, string> = {};
  const edges = data.edges.map((e, i) => {
    const a = e.attributes as unknown as Record<string, Value>;
    const kind = String(a.kind);
    if (e.key !== edgeKey(kind as EdgeKind, e.source, e.target)) keys[String(i)] = e.key;
    const row: Value[] = [kindIndex.get(kind), nodeIndex.get(e.source), nodeIndex.get(e.target)];
    for (const [name, interned] of columns[kind]!) {
      const v = a[name];
      row.push(v === undefined ? null : interned ? intern(v as string) : canonicalise(v));
    }
    while (row.length > 3 && row[row.length - 1] === null) row.pop();
    return row;
  });
  return {
    format: COMPACT_GRAPH_FORMAT,
    version: COMPACT_GRAPH_VERSION,
    attributes: data.attributes,
    options: data.options as CompactGraph['options'],
    nodes: data.nodes.map((n) => [n.key, canonicalise(n.attributes) as Record<string, Value>]),
    edgeKinds,
    columns,
    strings,
    edges,
    keys,
  };
}

/** The compact file's text: deterministic, one node or edge per line. */
export function serializeCompactGraph(graph: AtlasGraph): string {
  const { nodes, edges, ...head } = encodeCompactGraph(graph);
  const fields = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`);
  return (
    [
      '{',
      ...fields,
      '"nodes":[',
      nodes.map((n) => JSON.stringify(n)).join(',\n'),
      '],',
      '"edges":[',
      edges.map((e) => JSON.stringify(e)).join(',\n'),
      ']',
      '}',
    ].join('\n') + '\n'
  );
}

/** Whether parsed JSON claims to be a compact graph file (any version). */
export function isCompactGraph(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === COMPACT_GRAPH_FORMAT
  );
}

const fail = (message: string): never => {
  throw new GraphFormatError(`compact graph file: ${message}`);
};

/**
 * Back to graphology's serialization (to validate and import as graph.json is). Throws
 * GraphFormatError naming the first structural problem.
 */
export function expandCompactGraph(data: unknown): SerializedAtlasGraph {
  if (!isCompactGraph(data)) fail('no "format" tag');
  const c = data as CompactGraph;
  if (c.version !== COMPACT_GRAPH_VERSION)
    fail(
      `version ${JSON.stringify(c.version ?? null)}, this explorer reads version ${COMPACT_GRAPH_VERSION}; rebuild it with "npm run build:graph"`,
    );
  for (const field of ['nodes', 'edges', 'edgeKinds', 'strings'] as const)
    if (!Array.isArray(c[field])) fail(`no "${field}" array`);
  if (typeof c.columns !== 'object' || c.columns === null) fail('no "columns" object');
  const nodes = c.nodes.map((n, i) => {
    if (!Array.isArray(n) || typeof n[0] !== 'string') fail(`node #${i} is not [key, attributes]`);
    return { key: n[0], attributes: n[1] } as unknown as SerializedAtlasGraph['nodes'][number];
  });
  const keys = c.keys ?? {};
  const edges = c.edges.map((row, i) => {
    if (!Array.isArray(row)) fail(`edge #${i} is not an array`);
    const [k, s, t] = row as [number, number, number];
    const kind = c.edgeKinds[k];
    const source = c.nodes[s]?.[0];
    const target = c.nodes[t]?.[0];
    if (typeof kind !== 'string' || !Array.isArray(c.columns[kind])) fail(`edge #${i} has an unknown kind`);
    if (typeof source !== 'string' || typeof target !== 'string') fail(`edge #${i} points to a missing node`);
    const attributes: Record<string, Value> = { kind };
    c.columns[kind]!.forEach(([name, interned], j) => {
      const v = row[3 + j];
      if (v === null || v === undefined) return;
      if (interned && typeof c.strings[v as number] !== 'string') fail(`edge #${i} names a missing string`);
      attributes[name] = interned ? c.strings[v as number] : v;
    });
    return {
      key: keys[String(i)] ?? edgeKey(kind as EdgeKind, source!, target!),
      source: source!,
      target: target!,
      attributes: attributes as unknown as EdgeAttributes,
    };
  });
  return { attributes: c.attributes, options: c.options, nodes, edges };
}
