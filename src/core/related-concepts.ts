/**
 * Concepts next to a concept through the concept–concept relations (broader, requires, related,
 * similar), in either direction, each with the relation read from the given concept.
 */
import type { AtlasGraph, ConceptNodeAttributes, EdgeKind } from './types.js';

export type ConceptRelation = 'broader' | 'narrower' | 'requires' | 'required-by' | 'related' | 'similar';

export interface RelatedConcept {
  key: string;
  label: string;
  labelZh?: string;
  relation: ConceptRelation;
}

const OUT: Partial<Record<EdgeKind, ConceptRelation>> = {
  broader: 'broader',
  requires: 'requires',
  related: 'related',
  similar: 'similar',
};
const IN: Partial<Record<EdgeKind, ConceptRelation>> = {
  broader: 'narrower',
  requires: 'required-by',
  related: 'related',
  similar: 'similar',
};
/** Display order: the more specific relation wins when two concepts are linked twice. */
const RANK: Record<ConceptRelation, number> = {
  broader: 0,
  narrower: 1,
  requires: 2,
  'required-by': 3,
  related: 4,
  similar: 5,
};

export function relatedConcepts(graph: AtlasGraph, concept: string): RelatedConcept[] {
  if (!graph.hasNode(concept)) return [];
  const out = new Map<string, RelatedConcept>();
  const add = (other: string, relation: ConceptRelation | undefined): void => {
    if (!relation || other === concept) return;
    const a = graph.getNodeAttributes(other);
    if (a.kind !== 'concept') return;
    const prev = out.get(other);
    if (prev && RANK[prev.relation] <= RANK[relation]) return;
    const entry: RelatedConcept = { key: other, label: a.label, relation };
    const zh = (a as ConceptNodeAttributes).labelZh;
    if (zh) entry.labelZh = zh;
    out.set(other, entry);
  };
  graph.forEachOutEdge(concept, (_e, a, _s, target) => add(target, OUT[a.kind]));
  graph.forEachInEdge(concept, (_e, a, source) => add(source, IN[a.kind]));
  return [...out.values()].sort(
    (x, y) => RANK[x.relation] - RANK[y.relation] || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0),
  );
}

/**
 * Related concepts in a reader's order: by relation, as `relatedConcepts` gives them, and within one by the name
 * the reader sees, as the reader's language sorts (a zh-TW reader sees Chinese labels, which the English labels'
 * order scattered).
 */
export function byReadersName(
  related: readonly RelatedConcept[],
  nameOf: (r: RelatedConcept) => string,
  locale: string,
): RelatedConcept[] {
  const collator = new Intl.Collator(locale);
  return [...related].sort(
    (x, y) =>
      RANK[x.relation] - RANK[y.relation] ||
      collator.compare(nameOf(x), nameOf(y)) ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}
