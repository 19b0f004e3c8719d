/**
 * Which nodes a filter lets through: node kinds, a minimum degree, and (for lectures) a set of
 * series (`NO_SERIES` for the lectures without one). With a series filter, concepts and notes stay only
 * when a kept lecture links to them, so the view shows the vocabulary of the chosen courses.
 */
import { NO_SERIES } from './list-series.js';
import type { AtlasGraph, NodeKind } from './types.js';

export interface NodeFilter {
  /** Series (course or venue) names to keep, `NO_SERIES` for lectures without one; empty keeps every lecture. */
  series: readonly string[];
  /** Node kinds to keep. */
  kinds: readonly NodeKind[];
  /** Keep nodes with at least this many links (in + out, all edge kinds). */
  minDegree: number;
}

export const NODE_KINDS: readonly NodeKind[] = ['lecture', 'concept', 'note'];

export const DEFAULT_NODE_FILTER: NodeFilter = { series: [], kinds: NODE_KINDS, minDegree: 0 };

/** True when the filter keeps everything (the default view). */
export function isDefaultFilter(filter: NodeFilter): boolean {
  return (
    filter.series.length === 0 && filter.minDegree <= 0 && NODE_KINDS.every((k) => filter.kinds.includes(k))
  );
}

export function visibleNodes(graph: AtlasGraph, filter: NodeFilter = DEFAULT_NODE_FILTER): Set<string> {
  if (!Number.isFinite(filter.minDegree))
    throw new RangeError(`minDegree must be a finite number, got ${filter.minDegree}`);
  const kinds = new Set(filter.kinds);
  const series = new Set(filter.series);
  const keptLectures = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'lecture' && (series.size === 0 || series.has(a.series || NO_SERIES)))
      keptLectures.add(key);
  });
  const out = new Set<string>();
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind) || graph.degree(key) < filter.minDegree) return;
    if (series.size > 0) {
      if (a.kind === 'lecture') {
        if (!keptLectures.has(key)) return;
      } else if (!graph.someNeighbor(key, (n) => keptLectures.has(n))) return;
    }
    out.add(key);
  });
  return out;
}
