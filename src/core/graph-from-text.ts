/**
 * Reading a graph file of either form: graph.json (graphology's serialization) or the compact file
 * the pipeline writes beside it for the explorer (see compact-graph.ts). Both are validated the same way.
 */
import { expandCompactGraph, isCompactGraph } from './compact-graph.js';
import { GraphFormatError } from './errors.js';
import { graphFromSerialized } from './load-graph.js';
import type { AtlasGraph } from './types.js';

/** Parses JSON text of either form into a graph; a syntax or format problem becomes a GraphFormatError. */
export function graphFromText(text: string): AtlasGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphFormatError(`graph file is not valid JSON (${(e as Error).message}); it may be truncated`);
  }
  return graphFromSerialized(isCompactGraph(data) ? expandCompactGraph(data) : data);
}
