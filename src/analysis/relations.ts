/**
 * Build-time relations between concepts and between lectures, computed from the mentions already in
 * the graph (graphology only). Compute/assign pairs: `computeX` returns edges, `assignRelations` adds them.
 *  - concept–concept `related`: co-occurrence across lectures, weighted by Jaccard, top-k per concept;
 *  - concept–concept `broader` / `requires`: the lexicon's curated relations between concepts present;
 *  - lecture–lecture `similar`: cosine over rarity-weighted shared concepts, top-k per lecture;
 *  - lecture–lecture `next-in-series`: consecutive parts of one topic, consecutive lectures of one course
 *    (series-order.ts).
 */
import { BY_UNIT, type PracticalOf } from './lecture-level.js';
import { conceptKey, edgeKey } from '../core/node-keys.js';
import type { AtlasGraph, ConceptCategory, EdgeAttributes, EdgeKind } from '../core/types.js';
import { compareKeys as cmp, round3 as round } from '../core/compare.js';
import { computeSeriesOrder } from './series-order.js';

export interface RelationOptions {
  relatedPerConcept: number;
  minRelatedJaccard: number;
  minCooccurrence: number;
  similarPerLecture: number;
  minSimilarity: number;
  /** Concepts in more lectures than this do not propose similar lectures (they still weigh in the score). */
  maxPostings: number;
  /** Which lectures are practical sessions, for series order (by their unit, or also by title cues). */
  practical: PracticalOf;
}

export const DEFAULT_RELATION_OPTIONS: RelationOptions = {
  relatedPerConcept: 6,
  minRelatedJaccard: 0.15,
  minCooccurrence: 2,
  similarPerLecture: 5,
  minSimilarity: 0.2,
  maxPostings: 150,
  practical: BY_UNIT,
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
  /** The concept's category, for a concept no lecture of the catalog names (no graph node holds it). */
  category?: ConceptCategory;
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

/**
 * The lectures of a mention matrix by index, in key order, each with its concepts (by index, in the order the
 * graph holds its mentions) weighted by rarity, and its norm; per concept, the lectures that name it (postings,
 * an inverted index: only lectures that share a concept are compared) with their weights.
 */
interface WeightedLectures {
  keys: string[];
  concepts: string[];
  idf: Float64Array;
  rowConcepts: Int32Array[];
  rowWeights: Float64Array[];
  norms: Float64Array;
  postingLectures: number[][];
  postingWeights: number[][];
}

/**
 * Numbers in typed arrays and lists rather than maps keyed by name: the similarity pass reads a posting list for each
 * concept of each lecture, and string-keyed lookups with a map per lecture made it the slowest part of relations.
 */
function weightedLectures(matrix: Map<string, Map<string, number>>): WeightedLectures {
  const keys = [...matrix.keys()].sort(cmp);
  const n = keys.length;
  const conceptIndex = new Map<string, number>();
  const concepts: string[] = [];
  const df: number[] = [];
  for (const row of matrix.values())
    for (const c of row.keys()) {
      let j = conceptIndex.get(c);
      if (j === undefined) {
        conceptIndex.set(c, (j = concepts.length));
        concepts.push(c);
        df.push(0);
      }
      df[j]! += 1;
    }
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 0.5)));
  const rowConcepts: Int32Array[] = [];
  const rowWeights: Float64Array[] = [];
  const norms = new Float64Array(n);
  const postingLectures: number[][] = concepts.map(() => []);
  const postingWeights: number[][] = concepts.map(() => []);
  keys.forEach((key, i) => {
    const row = matrix.get(key)!;
    const cs = new Int32Array(row.size);
    const ws = new Float64Array(row.size);
    let k = 0;
    let squares = 0;
    for (const [c, w] of row) {
      const j = conceptIndex.get(c)!;
      const weight = w * idf[j]!;
      cs[k] = j;
      ws[k++] = weight;
      squares += weight * weight;
      postingLectures[j]!.push(i);
      postingWeights[j]!.push(weight);
    }
    rowConcepts.push(cs);
    rowWeights.push(ws);
    norms[i] = Math.sqrt(squares) || 1;
  });
  return { keys, concepts, idf, rowConcepts, rowWeights, norms, postingLectures, postingWeights };
}

/** The weight of concept `j` in lecture `i`'s row, undefined where it has none (a row holds a few concepts). */
function weightIn(lectures: WeightedLectures, i: number, j: number): number | undefined {
  const cs = lectures.rowConcepts[i]!;
  for (let k = 0; k < cs.length; k++) if (cs[k] === j) return lectures.rowWeights[i]![k];
  return undefined;
}

/** The concepts lectures `i` and `o` share, by index. */
function sharedConcepts(lectures: WeightedLectures, i: number, o: number): number[] {
  return [...lectures.rowConcepts[i]!].filter((j) => weightIn(lectures, o, j) !== undefined);
}

/** A lecture similar to another, by index. */
interface Similar {
  other: number;
  sim: number;
}

/** Whether lecture `other` with similarity `sim` ranks before `x`: more similar, ties by index (key order). */
function ranksBefore(sim: number, other: number, x: Similar): boolean {
  return sim > x.sim || (sim === x.sim && other < x.other);
}

/**
 * Adds lecture `other` to `top` if it is among the `k` most similar: `top` stays sorted, most similar first, ties
 * by index (lectures are indexed in key order), as sorting every candidate and keeping the first k would leave it,
 * without sorting or even making an object for the hundreds of candidates that do not make it.
 */
function keepTop(top: Similar[], k: number, other: number, sim: number): void {
  if (top.length === k && (k === 0 || !ranksBefore(sim, other, top[k - 1]!))) return;
  let at = top.length;
  while (at > 0 && ranksBefore(sim, other, top[at - 1]!)) at--;
  top.splice(at, 0, { other, sim });
  if (top.length > k) top.pop();
}

/**
 * One lecture's dot products with the lectures it shares a concept with, in arrays reused from lecture to lecture:
 * `owner[o] === lecture + 1` marks that `dots[o]` is the current lecture's, and `touched` lists those lectures in
 * the order first met.
 */
interface DotProducts {
  lecture: number;
  dots: Float64Array;
  owner: Int32Array;
  touched: number[];
}

/** Adds `product` to the current lecture's dot product with lecture `o`. */
function addProduct(acc: DotProducts, o: number, product: number): void {
  if (acc.owner[o] !== acc.lecture + 1) {
    acc.owner[o] = acc.lecture + 1;
    acc.dots[o] = 0;
    acc.touched.push(o);
  }
  acc.dots[o]! += product;
}

export function computeSimilarLectures(
  graph: AtlasGraph,
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
): NewEdge[] {
  const lectures = weightedLectures(mentionMatrix(graph));
  const { keys, rowConcepts, rowWeights, norms, postingLectures, postingWeights } = lectures;
  const n = keys.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const twinOf = new Int32Array(n).fill(-1);
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind !== 'twin') return;
    const [x, y] = [index.get(s), index.get(t)];
    if (x !== undefined) twinOf[x] = y ?? -1;
    if (y !== undefined) twinOf[y] = x ?? -1;
  });
  // Helpers here are module functions, not closures made per lecture: the build runs under tsx, whose keepNames
  // names every closure it makes (a defineProperty each time).
  const acc: DotProducts = { lecture: 0, dots: new Float64Array(n), owner: new Int32Array(n), touched: [] };
  const best: Similar[][] = [];
  for (let i = 0; i < n; i++) {
    acc.lecture = i;
    acc.touched = [];
    const { dots, touched } = acc;
    // Candidates come through concepts of bounded frequency (a concept in thousands of lectures has
    // a small idf and would make this step quadratic); the score then counts every shared concept, each
    // lecture's products summed in the order of its row, the rare concepts before the frequent ones.
    const cs = rowConcepts[i]!;
    const ws = rowWeights[i]!;
    const frequent: number[] = [];
    for (let k = 0; k < cs.length; k++) {
      const list = postingLectures[cs[k]!]!;
      if (list.length > options.maxPostings) {
        frequent.push(k);
        continue;
      }
      const weights = postingWeights[cs[k]!]!;
      for (let p = 0; p < list.length; p++) {
        const o = list[p]!;
        if (o !== i && o !== twinOf[i]) addProduct(acc, o, ws[k]! * weights[p]!);
      }
    }
    for (const k of frequent) {
      for (const o of touched) {
        const wo = weightIn(lectures, o, cs[k]!);
        if (wo !== undefined) addProduct(acc, o, ws[k]! * wo);
      }
    }
    const top: Similar[] = [];
    for (const o of touched) {
      const sim = dots[o]! / (norms[i]! * norms[o]!);
      if (sim >= options.minSimilarity) keepTop(top, options.similarPerLecture, o, sim);
    }
    best.push(top);
  }
  const byRarity = (a: number, b: number): number =>
    lectures.idf[b]! - lectures.idf[a]! || cmp(lectures.concepts[a]!, lectures.concepts[b]!);
  const edges: NewEdge[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (const x of best[i]!) {
      const [source, target] = i < x.other ? [keys[i]!, keys[x.other]!] : [keys[x.other]!, keys[i]!];
      if (seen.has(`${source}|${target}`)) continue;
      seen.add(`${source}|${target}`);
      const names = sharedConcepts(lectures, i, x.other)
        .sort(byRarity)
        .slice(0, 3)
        .map((j) => graph.getNodeAttribute(lectures.concepts[j]!, 'label'));
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
  assignEdges(graph, computeSeriesOrder(graph, options.practical));
  assignEdges(graph, computeSimilarLectures(graph, options));
}
