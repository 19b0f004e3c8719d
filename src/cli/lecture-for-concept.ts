/**
 * Where a learning path to a concept ends: the lecture that introduces it, the one the explorer's concept panel
 * names under "Where to start" (the build's start, concept-guide.ts), with why. The other lectures about it are named, basic first, so
 * the user can go to one of them instead.
 */
import { conceptGuide, type StartWhy } from '../core/concept-guide.js';
import type { AtlasGraph } from '../core/types.js';

export interface ConceptTarget {
  /** The lecture the path goes to. */
  key: string;
  /** The other lectures with the concept as main topic, basic first: where the user could go instead. */
  alternatives: string[];
  /** Why it is where the concept starts (concept-guide.ts), where the build chose it. */
  startWhy: StartWhy | null;
  /** Where no lecture is about the concept itself: the narrower concept the lecture is about instead. */
  via?: string;
}

/** The lecture a path to `concept` goes to; undefined when no lecture teaches it. */
export function lectureForConcept(graph: AtlasGraph, concept: string): ConceptTarget | undefined {
  const { start, startWhy, lectures } = conceptGuide(graph, concept, 0);
  if (!start) return undefined;
  return {
    key: start.key,
    alternatives: lectures.filter((l) => l.main && l.key !== start.key).map((l) => l.key),
    startWhy,
    ...(start.via && { via: start.via }),
  };
}
