/**
 * The concepts a lecture teaches, read from its `mentions` edges: main topics first, then by
 * weight, then by label — the order of the concept chips on a lecture page — each with where the lecture
 * names it (the edge's evidence: the words of its title, headings or summary that named the concept).
 */
import type { AtlasGraph, ConceptNodeAttributes, MentionEvidence } from './types.js';

export interface LectureConcept {
  key: string;
  label: string;
  labelZh?: string;
  weight: number;
  main: boolean;
  /** Where the lecture names it; empty where the graph says nothing (or nothing readable). */
  evidence: MentionEvidence[];
}

const FIELDS: ReadonlySet<string> = new Set(['title', 'heading', 'summary', 'twin']);

/** The evidence an edge carries, kept only where it has the documented shape (a graph may come from elsewhere). */
function evidenceOf(value: unknown): MentionEvidence[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is MentionEvidence =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as MentionEvidence).surface === 'string' &&
      FIELDS.has((e as MentionEvidence).field),
  );
}

export function lectureConcepts(graph: AtlasGraph, lecture: string): LectureConcept[] {
  if (!graph.hasNode(lecture)) return [];
  const out = new Map<string, LectureConcept>();
  graph.forEachOutEdge(lecture, (_e, a, _s, target) => {
    if (a.kind !== 'mentions') return;
    const c = graph.getNodeAttributes(target);
    if (c.kind !== 'concept') return;
    const concept = c as ConceptNodeAttributes;
    const entry: LectureConcept = {
      key: target,
      label: concept.label,
      weight: a.weight ?? 0,
      main: a.main === true,
      evidence: evidenceOf(a.evidence),
    };
    if (concept.labelZh) entry.labelZh = concept.labelZh;
    const prev = out.get(target);
    if (!prev || Number(entry.main) > Number(prev.main) || entry.weight > prev.weight) out.set(target, entry);
  });
  return [...out.values()].sort(
    (x, y) =>
      Number(y.main) - Number(x.main) ||
      y.weight - x.weight ||
      (x.label < y.label ? -1 : x.label > y.label ? 1 : 0),
  );
}

/** The most concepts a lecture is said to build on. */
const BUILDS_ON_LIMIT = 6;

/**
 * The concepts a lecture builds on without teaching them: what its main topics `require` (BERT requires
 * Transformer) where the lecture does not name it and some lecture of the library has it as main topic, so
 * that a learner can go and learn it — whatever the ranked prerequisites found. Most required first (by how many
 * of the lecture's main topics require it), then by label; at most BUILDS_ON_LIMIT.
 */
export function buildsOn(graph: AtlasGraph, lecture: string): LectureConcept[] {
  if (!graph.hasNode(lecture)) return [];
  const named = new Set<string>();
  const main: string[] = [];
  graph.forEachOutEdge(lecture, (_e, a, _s, target) => {
    if (a.kind !== 'mentions') return;
    named.add(target);
    if (a.main === true) main.push(target);
  });
  const taught = (concept: string): boolean =>
    graph.findInEdge(
      concept,
      (_e, a, source) => a.kind === 'mentions' && a.main === true && source !== lecture,
    ) !== undefined;
  const counts = new Map<string, number>();
  for (const topic of main)
    graph.forEachOutEdge(topic, (_e, a, _s, target) => {
      if (a.kind !== 'requires' || named.has(target) || graph.getNodeAttributes(target).kind !== 'concept')
        return;
      counts.set(target, (counts.get(target) ?? 0) + 1);
    });
  return [...counts]
    .filter(([key]) => taught(key))
    .map(([key, count]) => {
      const c = graph.getNodeAttributes(key) as ConceptNodeAttributes;
      const entry: LectureConcept = { key, label: c.label, weight: count, main: false, evidence: [] };
      if (c.labelZh) entry.labelZh = c.labelZh;
      return entry;
    })
    .sort((x, y) => y.weight - x.weight || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0))
    .slice(0, BUILDS_ON_LIMIT);
}
