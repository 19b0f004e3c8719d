/**
 * The explorer's graph file, written beside graph.json: the same graph in the compact form of
 * src/core/compact-graph.ts (`graph.json` → `graph.compact.json`), which the browser loads and parses
 * in about half the time. graph.json itself, the CLI's format, is unchanged.
 */
import { serializeCompactGraph } from '../core/compact-graph.js';
import type { AtlasGraph } from '../core/types.js';

/** Where the compact file goes for a graph.json path. */
export function compactGraphPath(graphJsonPath: string): string {
  return graphJsonPath.replace(/(\.json)?$/i, '.compact.json');
}

/** The compact file's text; deterministic, like graph.json. */
export function compactGraphText(graph: AtlasGraph): string {
  return serializeCompactGraph(graph);
}
