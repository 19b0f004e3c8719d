/**
 * Loading a graph file of either form — graph.json (graphology's serialization) or the compact file the
 * pipeline writes beside it (see compact-graph.ts): validates shape and schema version before anything uses
 * the data, then imports it into a graphology graph. The one parser of graph files, used by the explorer,
 * the query CLI, the build's shrink guard and the benchmarks.
 */
import Graph from 'graphology';
import { expandCompactGraph, isCompactGraph } from './compact-graph.js';
import { GraphFormatError } from './errors.js';
import { EDGE_KINDS, SCHEMA_VERSION, type AtlasGraph, type SerializedAtlasGraph } from './types.js';
import { GRAPH_OPTIONS } from './serialize.js';

const NODE_KINDS = new Set(['lecture', 'concept', 'note']);
const EDGE_KIND_SET: ReadonlySet<string> = new Set(EDGE_KINDS);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parts of the format consumers rely on; throws GraphFormatError naming the first problem. */
export function validateSerializedGraph(data: unknown): SerializedAtlasGraph {
  if (!isObject(data)) throw new GraphFormatError('graph file is not a JSON object');
  const attrs = data.attributes;
  if (!isObject(attrs)) throw new GraphFormatError('graph file has no "attributes" object');
  if (attrs.schemaVersion !== SCHEMA_VERSION) {
    throw new GraphFormatError(
      `graph file has schema version ${JSON.stringify(attrs.schemaVersion ?? null)}, this explorer reads version ${SCHEMA_VERSION}; rebuild it with "npm run build:graph"`,
    );
  }
  if (!Array.isArray(data.nodes)) throw new GraphFormatError('graph file has no "nodes" array');
  if (!Array.isArray(data.edges)) throw new GraphFormatError('graph file has no "edges" array');
  const keys = new Set<string>();
  data.nodes.forEach((node: unknown, i: number) => {
    if (!isObject(node) || typeof node.key !== 'string')
      throw new GraphFormatError(`node #${i} has no string "key"`);
    const a = node.attributes;
    if (!isObject(a) || typeof a.kind !== 'string' || !NODE_KINDS.has(a.kind)) {
      throw new GraphFormatError(`node "${node.key}" has no valid "kind" (lecture, concept or note)`);
    }
    if (typeof a.label !== 'string') throw new GraphFormatError(`node "${node.key}" has no string "label"`);
    for (const coord of ['x', 'y', 'size'] as const) {
      if (a[coord] !== undefined && (typeof a[coord] !== 'number' || !Number.isFinite(a[coord]))) {
        throw new GraphFormatError(`node "${node.key}" has a non-numeric "${coord}"`);
      }
    }
    if (a.kind === 'lecture' && (typeof a.number !== 'number' || !Number.isInteger(a.number))) {
      throw new GraphFormatError(`lecture node "${node.key}" has no integer "number"`);
    }
    if (a.kind === 'lecture' && typeof a.title !== 'string')
      throw new GraphFormatError(`lecture node "${node.key}" has no string "title"`);
    if (a.kind === 'concept' && !(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === 'string')))
      throw new GraphFormatError(`concept node "${node.key}" has no "aliases" array of strings`);
    checkFieldTypes(node.key, a);
    keys.add(node.key);
  });
  data.edges.forEach((edge: unknown, i: number) => {
    if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
      throw new GraphFormatError(`edge #${i} has no string "source" and "target"`);
    }
    if (!keys.has(edge.source) || !keys.has(edge.target)) {
      throw new GraphFormatError(`edge #${i} (${edge.source} → ${edge.target}) points to a missing node`);
    }
    if (!isObject(edge.attributes) || typeof edge.attributes.kind !== 'string') {
      throw new GraphFormatError(`edge #${i} has no "kind"`);
    }
    if (!EDGE_KIND_SET.has(edge.attributes.kind))
      throw new GraphFormatError(
        `edge #${i} (${edge.source} → ${edge.target}) has kind "${edge.attributes.kind}", not one of ${EDGE_KINDS.join(', ')}`,
      );
  });
  return data as unknown as SerializedAtlasGraph;
}

/**
 * The text fields of each kind of node the explorer and the CLI read as text where present (a series is sorted
 * and coloured, a date cut, a summary rendered, a Chinese label lower-cased): a hand-edited or foreign graph
 * file with another type there stopped the explorer with an uncaught error, or never let it start.
 */
const TEXT_FIELDS: Record<string, readonly string[]> = {
  lecture: [
    'rawTitle',
    'videoId',
    'url',
    'thumbnail',
    'date',
    'series',
    'seriesKind',
    'courseLecture',
    'lecturer',
    'language',
    'summary',
    'level',
  ],
  concept: ['labelZh', 'category', 'origin', 'start'],
  note: ['excerpt'],
};

/** Throws GraphFormatError where a field the consumers read has another type than they read it as. */
function checkFieldTypes(key: string, a: Record<string, unknown>): void {
  for (const field of TEXT_FIELDS[a.kind as string] ?? [])
    if (a[field] !== undefined && typeof a[field] !== 'string')
      throw new GraphFormatError(`node "${key}" has a non-text "${field}" (${describe(a[field])})`);
  const isSource = (v: unknown): boolean =>
    isObject(v) && typeof v.file === 'string' && (v.line === undefined || typeof v.line === 'number');
  if ((a.kind === 'note' || (a.kind === 'lecture' && a.source !== undefined)) && !isSource(a.source))
    throw new GraphFormatError(`node "${key}" has no "source" object with a "file"`);
  if (a.kind === 'note' && typeof a.excerpt !== 'string')
    throw new GraphFormatError(`note node "${key}" has no string "excerpt"`);
  if (
    a.reading !== undefined &&
    !(
      Array.isArray(a.reading) &&
      a.reading.every((r) => isObject(r) && typeof r.title === 'string' && typeof r.url === 'string')
    )
  )
    throw new GraphFormatError(`node "${key}" has a "reading" that is not a list of { title, url } links`);
  const d = a.definition;
  if (d !== undefined && !(isObject(d) && typeof d.en === 'string' && typeof d.zh === 'string'))
    throw new GraphFormatError(`node "${key}" has a "definition" that is not { en, zh } text`);
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

export function graphFromSerialized(data: unknown): AtlasGraph {
  const valid = validateSerializedGraph(data);
  const graph = new Graph(GRAPH_OPTIONS) as AtlasGraph;
  try {
    graph.import(valid);
  } catch (e) {
    throw new GraphFormatError(`graph file could not be imported: ${(e as Error).message}`);
  }
  return graph;
}

/** Parses JSON text of either form into a graph; a syntax or format problem becomes a GraphFormatError. */
export function graphFromJson(text: string): AtlasGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphFormatError(`graph file is not valid JSON (${(e as Error).message}); it may be truncated`);
  }
  return graphFromSerialized(isCompactGraph(data) ? expandCompactGraph(data) : data);
}
