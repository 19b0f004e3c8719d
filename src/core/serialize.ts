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

/** Key orders already worked out, found by the distinct keys of a value in the order first met (a trie over them). */
interface KeyOrders {
  next: Map<string, KeyOrders>;
  /** The keys of this path in the order `canonicalise` writes them. */
  order?: string[];
}

const keyOrders: KeyOrders = { next: new Map() };

/** Array-index keys ("0", "12"), which JSON.stringify writes first, in numeric order, in any object. */
const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The order of keys in `JSON.stringify(canonicalise(x))`: array indices first by number, then the others sorted. */
function canonicalKeyOrder(a: string, b: string): number {
  const [ia, ib] = [isArrayIndex(a), isArrayIndex(b)];
  if (ia !== ib) return ia ? -1 : 1;
  return ia ? Number(a) - Number(b) : compareKeys(a, b);
}

/**
 * Adds the distinct object keys of a value to `keys`, in the order first met. False where the value holds anything
 * but plain data (an object with another prototype, a function, a non-finite number, a "__proto__" key), which
 * only `canonicalise` writes as it should (or rejects).
 */
function collectKeys(value: unknown, keys: string[]): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (const v of value as unknown[]) if (!collectKeys(v, keys)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (key === '__proto__') return false;
    if (!keys.includes(key)) keys.push(key);
    if (!collectKeys((value as Record<string, unknown>)[key], keys)) return false;
  }
  return true;
}

/**
 * `JSON.stringify(canonicalise(value))`, without making the sorted copy: JSON.stringify given a list of keys writes
 * every object's keys in the list's order, leaving out those it lacks. The list is the value's own keys in
 * canonical order, worked out once per set of keys (a 100k-lecture graph has some seventy). Copying the attributes
 * of each of its 780k nodes and edges was most of the serialisation stage's allocation and garbage collection.
 */
export function canonicalJson(value: object): string {
  const keys: string[] = [];
  if (!collectKeys(value, keys)) return JSON.stringify(canonicalise(value));
  let node = keyOrders;
  for (const key of keys) {
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = { next: new Map() }));
    node = next;
  }
  node.order ??= [...keys].sort(canonicalKeyOrder);
  return JSON.stringify(value, node.order);
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
 * none, as graphology does), then its own fields. The attributes are written by `canonicalJson`, the fields
 * after them in the order given.
 */
function lineJson(attributes: object, fields: Record<string, unknown>): string {
  const own = JSON.stringify(fields);
  return Object.keys(attributes).length ? `{"attributes":${canonicalJson(attributes)},${own.slice(1)}` : own;
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
