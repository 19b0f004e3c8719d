/**
 * Naming nodes: a lecture by number (212, #212, lecture:212), a concept by id or any alias in any
 * language. An unknown name throws UnknownNodeError with the closest matches.
 */
import { UnknownNodeError } from './errors.js';
import type { SearchIndex } from './search-index.js';
import type { AtlasGraph } from './types.js';

export function resolveNode(graph: AtlasGraph, index: SearchIndex, name: string): string {
  const raw = name.trim();
  if (graph.hasNode(raw)) return raw;
  const number = /^#?(\d+)$/.exec(raw);
  if (number && graph.hasNode(`lecture:${number[1]}`)) return `lecture:${number[1]}`;
  if (graph.hasNode(`concept:${raw.toLowerCase()}`)) return `concept:${raw.toLowerCase()}`;
  const hits = index.search(raw, 5);
  const exact = hits.filter((h) => index.normalise(h.matched) === index.normalise(raw));
  if (exact.length > 0) return exact[0]!.key;
  throw new UnknownNodeError(
    raw,
    hits
      .slice(0, 3)
      .map((h) => (h.kind === 'lecture' ? `${h.key.slice('lecture:'.length)} (${h.label})` : h.label)),
  );
}
