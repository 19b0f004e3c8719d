/**
 * Build-time relations between concepts and between lectures, computed from the mentions already in
 * the graph (graphology only). Compute/assign pairs: `computeX` returns edges, `assignRelations` adds them.
 *  - concept–concept `related`: co-occurrence across lectures, weighted by Jaccard, top-k per concept;
 *  - concept–concept `broader` / `requires`: the lexicon's curated relations between concepts present;
 *  - lecture–lecture `similar`: cosine over rarity-weighted shared concepts, top-k per lecture;
 *  - lecture–lecture `next-in-series`: consecutive parts of one topic, consecutive lectures of one course.
 */
import { conceptKey, edgeKey, lectureKey } from '../core/node-keys.js';
import type { AtlasGraph, EdgeAttributes, EdgeKind, LectureNodeAttributes } from '../core/types.js';
import { compareKeys as cmp, round3 as round } from '../core/compare.js';

export interface RelationOptions {
  relatedPerConcept: number;
  minRelatedJaccard: number;
  minCooccurrence: number;
  similarPerLecture: number;
  minSimilarity: number;
  /** Concepts in more lectures than this do not propose similar lectures (they still weigh in the score). */
  maxPostings: number;
}

export const DEFAULT_RELATION_OPTIONS: RelationOptions = {
  relatedPerConcept: 6,
  minRelatedJaccard: 0.15,
  minCooccurrence: 2,
  similarPerLecture: 5,
  minSimilarity: 0.2,
  maxPostings: 150,
};

export interface NewEdge {
  kind: EdgeKind;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface ConceptRelations {
  broader: string[];
  requires: string[];
}

/** Lecture key → (concept key → mention weight). */
export function mentionMatrix(graph: AtlasGraph): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== 'mentions') return;
    const row = out.get(source) ?? new Map<string, number>();
    row.set(target, Math.max(row.get(target) ?? 0, a.weight ?? 0.5));
    out.set(source, row);
  });
  return out;
}

export function computeConceptRelated(
  graph: AtlasGraph,
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
): NewEdge[] {
  const lecturesOf = new Map<string, Set<string>>();
  for (const [lecture, row] of mentionMatrix(graph)) {
    for (const c of row.keys()) {
      const set = lecturesOf.get(c) ?? new Set<string>();
      set.add(lecture);
      lecturesOf.set(c, set);
    }
  }
  const pairCounts = new Map<string, number>();
  for (const row of mentionMatrix(graph).values()) {
    const concepts = [...row.keys()].sort(cmp);
    for (let i = 0; i < concepts.length; i++) {
      for (let j = i + 1; j < concepts.length; j++) {
        const key = `${concepts[i]}\u0000${concepts[j]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const candidates = new Map<string, { other: string; jaccard: number; together: number }[]>();
  for (const [key, together] of pairCounts) {
    if (together < options.minCooccurrence) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    const union = lecturesOf.get(a)!.size + lecturesOf.get(b)!.size - together;
    const jaccard = together / union;
    if (jaccard < options.minRelatedJaccard) continue;
    candidates.set(a, [...(candidates.get(a) ?? []), { other: b, jaccard, together }]);
    candidates.set(b, [...(candidates.get(b) ?? []), { other: a, jaccard, together }]);
  }
  const kept = new Set<string>();
  const edges: NewEdge[] = [];
  for (const c of [...candidates.keys()].sort(cmp)) {
    const top = candidates
      .get(c)!
      .sort((x, y) => y.jaccard - x.jaccard || cmp(x.other, y.other))
      .slice(0, options.relatedPerConcept);
    for (const t of top) {
      const [source, target] = c < t.other ? [c, t.other] : [t.other, c];
      const key = edgeKey('related', source, target);
      if (kept.has(key)) continue;
      kept.add(key);
      edges.push({
        kind: 'related',
        source,
        target,
        attributes: {
          kind: 'related',
          weight: round(t.jaccard),
          reason: `taught together in ${t.together} lectures`,
        },
      });
    }
  }
  return edges;
}

/** The lexicon's relations between concepts that are in the graph: X broader Y (X → Y), X requires Y (X → Y). */
export function computeCuratedRelations(
  graph: AtlasGraph,
  relations: (conceptId: string) => ConceptRelations | undefined,
): NewEdge[] {
  const edges: NewEdge[] = [];
  const concepts = graph.filterNodes((_n, a) => a.kind === 'concept').sort(cmp);
  for (const node of concepts) {
    const id = node.slice('concept:'.length);
    const rel = relations(id);
    if (!rel) continue;
    for (const kind of ['broader', 'requires'] as const) {
      for (const other of [...rel[kind]].sort(cmp)) {
        const target = conceptKey(other);
        if (!graph.hasNode(target) || target === node) continue;
        edges.push({ kind, source: node, target, attributes: { kind, weight: 1 } });
      }
    }
  }
  return edges;
}

export function computeSimilarLectures(
  graph: AtlasGraph,
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
): NewEdge[] {
  const matrix = mentionMatrix(graph);
  const lectures = [...matrix.keys()].sort(cmp);
  const n = lectures.length;
  const df = new Map<string, number>();
  for (const row of matrix.values()) for (const c of row.keys()) df.set(c, (df.get(c) ?? 0) + 1);
  const idf = (c: string): number => Math.log((n + 1) / (df.get(c)! + 0.5));
  const vectors = new Map<string, Map<string, number>>();
  const norms = new Map<string, number>();
  for (const l of lectures) {
    const v = new Map<string, number>();
    for (const [c, w] of matrix.get(l)!) v.set(c, w * idf(c));
    vectors.set(l, v);
    norms.set(l, Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1);
  }
  // Inverted index: only lectures sharing a concept are compared (linear in the mentions, not n²).
  const postings = new Map<string, string[]>();
  for (const l of lectures) {
    for (const c of vectors.get(l)!.keys()) {
      const list = postings.get(c);
      if (list) list.push(l);
      else postings.set(c, [l]);
    }
  }
  const twinOf = new Map<string, string>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind === 'twin') twinOf.set(s, t).set(t, s);
  });
  const best = new Map<string, { other: string; sim: number; shared: string[] }[]>();
  for (const l of lectures) {
    const dots = new Map<string, number>();
    const shared = new Map<string, string[]>();
    const add = (other: string, c: string, product: number): void => {
      dots.set(other, (dots.get(other) ?? 0) + product);
      const list = shared.get(other);
      if (list) list.push(c);
      else shared.set(other, [c]);
    };
    // Candidates come through concepts of bounded frequency (a concept in thousands of lectures has
    // a small idf and would make this step quadratic); the score then counts every shared concept.
    const frequent: [string, number][] = [];
    for (const [c, w] of vectors.get(l)!) {
      const list = postings.get(c)!;
      if (list.length > options.maxPostings) {
        frequent.push([c, w]);
        continue;
      }
      for (const other of list) {
        if (other !== l && twinOf.get(l) !== other) add(other, c, w * vectors.get(other)!.get(c)!);
      }
    }
    for (const [c, w] of frequent) {
      for (const other of shared.keys()) {
        const wo = vectors.get(other)!.get(c);
        if (wo !== undefined) add(other, c, w * wo);
      }
    }
    const ranked = [...dots]
      .map(([other, dot]) => ({
        other,
        sim: dot / (norms.get(l)! * norms.get(other)!),
        shared: shared.get(other)!,
      }))
      .filter((x) => x.sim >= options.minSimilarity)
      .sort((a, b) => b.sim - a.sim || cmp(a.other, b.other))
      .slice(0, options.similarPerLecture);
    best.set(l, ranked);
  }
  const edges: NewEdge[] = [];
  const seen = new Set<string>();
  for (const l of lectures) {
    for (const x of best.get(l)!) {
      const [source, target] = l < x.other ? [l, x.other] : [x.other, l];
      if (seen.has(`${source}|${target}`)) continue;
      seen.add(`${source}|${target}`);
      const names = x.shared
        .sort((a, b) => idf(b) - idf(a) || cmp(a, b))
        .slice(0, 3)
        .map((c) => graph.getNodeAttribute(c, 'label'));
      edges.push({
        kind: 'similar',
        source,
        target,
        attributes: { kind: 'similar', weight: round(x.sim), reason: `both teach ${names.join(', ')}` },
      });
    }
  }
  return edges;
}

/** A title up to its first separator ("Speech Recognition - CTC" → "Speech Recognition"). */
function titleHead(title: string): string {
  return (title.split(/\s+[-–—]\s+|[:：]/)[0] ?? title).trim();
}

/**
 * The topic of a titled part: its title's head, in lower case with single spaces ("Speech Recognition - CTC" →
 * "speech recognition").
 */
export function seriesTopic(title: string): string {
  return titleHead(title).replace(/\s+/g, ' ').toLowerCase();
}

/** A whole title as a topic, in lower case with single spaces and one kind of dash. */
const wholeTopic = (title: string): string =>
  title
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * Which version of a course a lecture belongs to: the original or its English version. Not the title's
 * script — this channel gives Mandarin lectures English titles ("Transformer (下)").
 */
export const courseVersion = (a: Pick<LectureNodeAttributes, 'englishVersion'>): string =>
  a.englishVersion ? 'english-version' : 'original';

export function computeSeriesOrder(graph: AtlasGraph): NewEdge[] {
  const lectures = graph
    .filterNodes((_n, a) => a.kind === 'lecture')
    .map((key) => ({ key, a: graph.getNodeAttributes(key) as LectureNodeAttributes }));
  const edges = new Map<string, NewEdge>();
  const add = (from: LectureNodeAttributes, to: LectureNodeAttributes, reason: string): void => {
    const source = lectureKey(from.number);
    const target = lectureKey(to.number);
    const key = edgeKey('next-in-series', source, target);
    if (!edges.has(key))
      edges.set(key, {
        kind: 'next-in-series',
        source,
        target,
        attributes: { kind: 'next-in-series', weight: 1, reason },
      });
  };
  // Parts of one topic: same series, version and topic; part i → the next part present. Parts that share their
  // whole title are one talk ("Meta Learning – MAML (2/9)" … (9/9), apart from "Meta Learning – Metric-based
  // (1/3)"); the others are grouped by their title's head ("類神經網路訓練不起來怎麼辦 (一)：局部最小值 …").
  const partsOf = (topic: (a: LectureNodeAttributes) => string) => {
    const out = new Map<string, LectureNodeAttributes[]>();
    for (const { a } of lectures) {
      if (!a.part) continue;
      const key = `${a.series ?? ''}\u0000${courseVersion(a)}\u0000${topic(a)}`;
      const list = out.get(key);
      if (list) list.push(a);
      else out.set(key, [a]);
    }
    return out;
  };
  const wholeTitles = partsOf((a) => wholeTopic(a.title));
  const inWholeTitle = new Set<LectureNodeAttributes>();
  for (const members of wholeTitles.values())
    if (members.length > 1) for (const a of members) inWholeTitle.add(a);
  const groups = new Map<string, LectureNodeAttributes[]>();
  for (const [key, members] of wholeTitles) if (members.length > 1) groups.set(key, members);
  for (const [key, members] of partsOf((a) => seriesTopic(a.title)))
    groups.set(
      `${key}\u0000head`,
      members.filter((a) => !inWholeTitle.has(a)),
    );
  for (const [key, members] of groups) if (members.length === 0) groups.delete(key);
  const partReason = (from: LectureNodeAttributes): string =>
    `part ${from.part!.index} of ${inWholeTitle.has(from) ? from.title : titleHead(from.title)}`;
  for (const members of groups.values()) {
    const sorted = members.sort((x, y) => x.part!.index - y.part!.index || x.number - y.number);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [from, to] = [sorted[i]!, sorted[i + 1]!];
      if (from.part!.index === to.part!.index) continue;
      add(from, to, partReason(from));
    }
  }
  // A version whose catalog lacks the earlier parts continues the other version's: part 2 of a talk follows
  // part 1 in English when only the English recording of part 1 is here.
  for (const [key, members] of groups) {
    const first = members[0]!;
    const parts = key.split('\u0000');
    parts[1] = parts[1] === 'original' ? 'english-version' : 'original';
    const other = groups.get(parts.join('\u0000'));
    const before = other?.filter((x) => x.part!.index < first.part!.index).at(-1);
    if (before) add(before, first, partReason(before));
  }
  // Unnumbered parts: lectures of one course sharing a titled topic ("BERT and its family - Introduction",
  // "BERT and its family - ELMo, BERT, GPT …"), in date then catalog order. A lecture the course numbers
  // ("GAN Lecture 2 (2018): Conditional Generation") follows its number instead (below): the catalog may
  // list a course's lectures in any order.
  const unnumbered = new Map<string, LectureNodeAttributes[]>();
  for (const { a } of lectures) {
    if (a.part || !a.series || !/\s[-–—]\s|[:：]/.test(a.title)) continue;
    if (a.courseLecture && /^\d+$/.test(a.courseLecture)) continue;
    const key = `${a.series}\u0000${courseVersion(a)}\u0000${seriesTopic(a.title)}`;
    const list = unnumbered.get(key);
    if (list) list.push(a);
    else unnumbered.set(key, [a]);
  }
  for (const members of unnumbered.values()) {
    if (members.length < 2) continue;
    const sorted = members.sort((x, y) =>
      x.date && y.date && x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.number - y.number,
    );
    for (let i = 0; i + 1 < sorted.length; i++)
      add(sorted[i]!, sorted[i + 1]!, `earlier part of ${titleHead(sorted[i]!.title)}`);
  }
  // Lectures of one course: "Lecture n" → "Lecture n+1" of the same series and version.
  const courses = new Map<string, Map<string, LectureNodeAttributes>>();
  for (const { a } of lectures) {
    if (!a.courseLecture || !a.series) continue;
    const key = `${a.series}\u0000${courseVersion(a)}`;
    const m = courses.get(key) ?? new Map<string, LectureNodeAttributes>();
    m.set(a.courseLecture, a);
    courses.set(key, m);
  }
  for (const m of courses.values()) {
    for (const [n, a] of m) {
      if (!/^\d+$/.test(n)) continue;
      const next = m.get(String(Number(n) + 1));
      if (next) add(a, next, `lecture ${n} of ${a.series}`);
    }
  }
  return [...edges.values()].sort((x, y) =>
    cmp(edgeKey(x.kind, x.source, x.target), edgeKey(y.kind, y.source, y.target)),
  );
}

export function assignEdges(graph: AtlasGraph, edges: readonly NewEdge[]): void {
  for (const e of edges) {
    const key = edgeKey(e.kind, e.source, e.target);
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attributes);
  }
}

export function assignRelations(
  graph: AtlasGraph,
  relations: (conceptId: string) => ConceptRelations | undefined,
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
): void {
  assignEdges(graph, computeCuratedRelations(graph, relations));
  assignEdges(graph, computeConceptRelated(graph, options));
  assignEdges(graph, computeSeriesOrder(graph));
  assignEdges(graph, computeSimilarLectures(graph, options));
}
