/**
 * Where a learning path to a concept ends: the lecture with the concept as its main topic (any lecture
 * teaching it when none has it as main topic), the heaviest first. Lectures that teach it equally well
 * are not chosen between silently: AmbiguousNodeError lists them.
 */
import { AmbiguousNodeError } from '../core/errors.js';
import { lecturesTeaching, mainLecturesOf } from '../core/queries.js';
import { nodeCandidate } from '../core/resolve-node.js';
import type { AtlasGraph } from '../core/types.js';

export interface ConceptTarget {
  /** The lecture the path goes to. */
  key: string;
  /** The other lectures with the concept as main topic, heaviest first: where the user could go instead. */
  alternatives: string[];
}

/** Weights are rounded to 3 decimals in graph.json; closer than this they are equal. */
const SAME_WEIGHT = 5e-4;

/** The lecture a path to `concept` goes to; undefined when no lecture teaches it. */
export function lectureForConcept(graph: AtlasGraph, concept: string): ConceptTarget | undefined {
  const main = mainLecturesOf(graph, concept);
  const list = main.length > 0 ? main : lecturesTeaching(graph, concept, { narrowerDepth: 0 });
  const best = list[0];
  if (!best) return undefined;
  const tied = list.filter((l) => best.weight - l.weight < SAME_WEIGHT);
  if (tied.length > 1) {
    const label = graph.getNodeAttribute(concept, 'label');
    const how = main.length > 0 ? ' as their main topic' : '';
    throw new AmbiguousNodeError(
      label,
      tied.map((l) => nodeCandidate(graph, l.key)),
      `${tied.length} lectures teach "${label}"${how} equally`,
    );
  }
  return { key: best.key, alternatives: main.filter((l) => l.key !== best.key).map((l) => l.key) };
}
