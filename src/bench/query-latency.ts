/** Query latency: p50/p95 of each query verb over a deterministic sample of nodes. */
import { seededRandom } from '../analysis/random.js';
import { explanatoryPath } from '../core/explanatory-path.js';
import { learningPath } from '../core/learning-path.js';
import { neighbourhood, prerequisitesOf } from '../core/queries.js';
import { SearchIndex } from '../core/search-index.js';
import type { AtlasGraph } from '../core/types.js';

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 1000) / 1000;
  return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

export function measureQueries(graph: AtlasGraph, runs = 200): Record<string, Latency> {
  const rng = seededRandom(7);
  const lectures = graph.filterNodes((_n, a) => a.kind === 'lecture');
  const concepts = graph.filterNodes((_n, a) => a.kind === 'concept');
  const pick = (list: string[]): string => list[Math.floor(rng() * list.length)]!;
  const time = (fn: () => unknown): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const indexStart = performance.now();
  const index = new SearchIndex(graph);
  const indexMs = performance.now() - indexStart;
  const terms = concepts.map((c) => graph.getNodeAttribute(c, 'label'));
  const typo = (t: string): string => (t.length > 4 ? t.slice(0, 2) + t[3] + t[2] + t.slice(4) : t);
  const out: Record<string, Latency> = {};
  const run = (name: string, fn: () => unknown): void => {
    out[name] = percentiles(Array.from({ length: runs }, () => time(fn)));
  };
  run('neighbours (depth 2)', () => neighbourhood(graph, pick(concepts), 2));
  run('prereqs', () => prerequisitesOf(graph, pick(lectures)));
  run('path-to', () => learningPath(graph, pick(lectures)));
  run('path', () => explanatoryPath(graph, pick(lectures), pick(concepts)));
  run('search', () => index.search(rng() < 0.5 ? pick(terms) : typo(pick(terms)), 10));
  out['search index build'] = { p50: Math.round(indexMs), p95: Math.round(indexMs), runs: 1 };
  return out;
}
