/**
 * Where a newcomer to a library begins: the lectures nothing is a prerequisite of that the most lectures build on,
 * directly or through one lecture between (REACH steps) — the channel's "機器學習基本概念簡介", each course's first
 * lecture in a catalog of courses. Not at any distance: prerequisite chains run long in a large catalog, and a
 * part 2 whose part 1 is missing led, through two dependents, to 147 of the 378 lectures of the seeds + corpus,
 * more than the channel's introduction with its twelve near ones. Bounded work on any size of graph: the roots
 * with the most direct dependents are walked first, each walk stops at WALK_LIMIT lectures and all of them at
 * WORK_LIMIT. Of a talk in two languages, the better placed version only. Memoised per graph.
 */
import { compareKeys } from './compare.js';
import type { AtlasGraph } from './types.js';

/** How many prerequisite steps from a root its dependents are counted. */
const REACH = 2;
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
    // Breadth first, so that each lecture is counted at its nearest distance.
    const seen = new Set([key]);
    let frontier = [key];
    for (let step = 0; step < REACH && frontier.length && seen.size <= WALK_LIMIT; step++) {
      const next: string[] = [];
      for (const n of frontier)
        graph.forEachOutEdge(n, (_e, e, _s, target) => {
          if (e.kind === 'prerequisite' && !seen.has(target)) {
            seen.add(target);
            next.push(target);
          }
        });
      frontier = next;
    }
    work += seen.size;
    reach.set(key, seen.size - 1);
  }
  // One of a talk given in two languages (twins): the other would take a place to say the same.
  const kept = new Set<string>();
  for (const [key] of [...reach].sort((x, y) => y[1] - x[1] || compareKeys(x[0], y[0])))
    if (!graph.someEdge(key, (_e, e, s, t) => e.kind === 'twin' && kept.has(s === key ? t : s)))
      kept.add(key);
  return [...kept];
}

/**
 * The version of a talk a reader would begin with: where the lecture has a twin (the same talk in the other
 * language) whose version is the reader's (the English version for an English reader, the original for a Chinese
 * one) and it is not, the twin, if that too needs nothing before it; else the lecture itself. The welcome's "begin
 * with" keeps one of each talk, whichever the ranking met first; this shows the reader's.
 */
export function readersVersion(graph: AtlasGraph, key: string, englishReader: boolean): string {
  const english = (k: string): boolean => {
    const a = graph.getNodeAttributes(k);
    return a.kind === 'lecture' && a.englishVersion === true;
  };
  if (!graph.hasNode(key) || english(key) === englishReader) return key;
  const startsNothing = (k: string): boolean => !graph.someInEdge(k, (_e, e) => e.kind === 'prerequisite');
  let twin: string | undefined;
  graph.forEachEdge(key, (_e, e, s, t) => {
    const other = s === key ? t : s;
    if (e.kind === 'twin' && twin === undefined && english(other) === englishReader && startsNothing(other))
      twin = other;
  });
  return twin ?? key;
}
