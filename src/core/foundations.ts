/**
 * Where a newcomer to a library begins: the lectures nothing is a prerequisite of that the most lectures build on
 * (through prerequisite edges, at any distance) — the channel's "機器學習基本概念簡介", each course's first
 * lecture in a catalog of courses. Bounded work on any size of graph: the roots with the most direct dependents
 * are walked first, each walk stops at WALK_LIMIT lectures and all of them at WORK_LIMIT. Memoised per graph.
 */
import { compareKeys } from './compare.js';
import type { AtlasGraph } from './types.js';

/** Lectures one root's walk counts at most, and lectures all the walks visit at most. */
const WALK_LIMIT = 2000;
const WORK_LIMIT = 200_000;

const cache = new WeakMap<AtlasGraph, string[]>();

/** The `count` lectures most others build on, most first; none in a library without prerequisites. */
export function foundations(graph: AtlasGraph, count = 3): string[] {
  let ranked = cache.get(graph);
  if (!ranked) cache.set(graph, (ranked = rankRoots(graph)));
  return ranked.slice(0, count);
}

function rankRoots(graph: AtlasGraph): string[] {
  const roots: { key: string; direct: number }[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'lecture') return;
    let direct = 0;
    let needs = false;
    graph.forEachEdge(key, (_e, e, source) => {
      if (e.kind !== 'prerequisite') return;
      if (source === key) direct++;
      else needs = true;
    });
    if (direct > 0 && !needs) roots.push({ key, direct });
  });
  roots.sort((x, y) => y.direct - x.direct || compareKeys(x.key, y.key));
  let work = 0;
  const reach = new Map<string, number>();
  for (const { key } of roots) {
    if (work >= WORK_LIMIT) break;
    const seen = new Set([key]);
    const stack = [key];
    while (stack.length && seen.size <= WALK_LIMIT) {
      graph.forEachOutEdge(stack.pop()!, (_e, e, _s, target) => {
        if (e.kind === 'prerequisite' && !seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      });
    }
    work += seen.size;
    reach.set(key, seen.size - 1);
  }
  return [...reach].sort((x, y) => y[1] - x[1] || compareKeys(x[0], y[0])).map(([key]) => key);
}
