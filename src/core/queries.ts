/**
 * Questions a student asks of the graph, as plain functions of a graphology graph: the concept
 * neighbourhood, the lectures teaching a concept, a lecture's prerequisites and what builds on it.
 */
import { courseNumber, courseVersion, isPractical } from './course-units.js';
import type {
  AtlasGraph,
  EdgeAttributes,
  EdgeKind,
  LectureNodeAttributes,
  PrerequisiteReasonParams,
} from './types.js';

export interface Neighbourhood {
  center: string;
  /** Node key → distance from the center (0 for the center). */
  nodes: Map<string, number>;
  edges: string[];
}

/** Nodes within `depth` steps of a node, following edges in both directions; optionally only some kinds. */
export function neighbourhood(
  graph: AtlasGraph,
  center: string,
  depth = 1,
  kinds?: ReadonlySet<EdgeKind>,
): Neighbourhood {
  if (!Number.isInteger(depth) || depth < 0)
    throw new RangeError(`depth must be a whole number ≥ 0, got ${depth}`);
  const nodes = new Map<string, number>([[center, 0]]);
  const edges = new Set<string>();
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, attrs, source, target) => {
        if (kinds && !kinds.has(attrs.kind)) return;
        const other = source === node ? target : source;
        edges.add(edge);
        if (!nodes.has(other)) {
          nodes.set(other, d);
          next.push(other);
        }
      });
    }
    frontier = next.sort();
  }
  // Edges among the nodes found, not only the BFS tree.
  for (const node of nodes.keys()) {
    graph.forEachOutEdge(node, (edge, attrs, _s, target) => {
      if (nodes.has(target) && (!kinds || kinds.has(attrs.kind))) edges.add(edge);
    });
  }
  return { center, nodes, edges: [...edges].sort() };
}

export interface LectureRef {
  key: string;
  number: number;
  title: string;
  series?: string;
}

const lectureRef = (graph: AtlasGraph, key: string): LectureRef => {
  const a = graph.getNodeAttributes(key) as LectureNodeAttributes;
  return a.series === undefined
    ? { key, number: a.number, title: a.title }
    : { key, number: a.number, title: a.title, series: a.series };
};

export interface TeachingLecture extends LectureRef {
  weight: number;
  main: boolean;
  /** Set when the lecture is about a narrower concept (ChatGPT under large language model): that concept's key. */
  via?: string;
}

export interface TeachingOptions {
  /** Also the lectures about narrower concepts (`broader` edges into the concept), this many steps down. */
  narrowerDepth: number;
}

export const DEFAULT_TEACHING_OPTIONS: TeachingOptions = { narrowerDepth: 2 };

/**
 * Lectures that mention a concept, main topic first, then by weight, then by number; then the lectures whose
 * main topic is a narrower concept, marked with it (`via`). No edge is written for those: the graph keeps its
 * mentions as the text has them.
 */
export function lecturesTeaching(
  graph: AtlasGraph,
  concept: string,
  options: TeachingOptions = DEFAULT_TEACHING_OPTIONS,
): TeachingLecture[] {
  const direct: TeachingLecture[] = [];
  graph.forEachInEdge(concept, (_e, a, source) => {
    if (a.kind !== 'mentions') return;
    direct.push({ ...lectureRef(graph, source), weight: a.weight ?? 0, main: a.main === true });
  });
  direct.sort((x, y) => Number(y.main) - Number(x.main) || y.weight - x.weight || x.number - y.number);
  const ordered = partsTogether(graph, direct);
  const seen = new Set(direct.map((l) => l.key));
  const narrower: TeachingLecture[] = [];
  const visited = new Set([concept]);
  let frontier = [concept];
  for (let depth = 0; depth < options.narrowerDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const c of frontier)
      graph.forEachInEdge(c, (_e, a, source) => {
        if (a.kind !== 'broader' || visited.has(source)) return;
        visited.add(source);
        next.push(source);
      });
    for (const c of next.sort())
      graph.forEachInEdge(c, (_e, a, source) => {
        if (a.kind !== 'mentions' || a.main !== true || seen.has(source)) return;
        seen.add(source);
        narrower.push({ ...lectureRef(graph, source), weight: a.weight ?? 0, main: false, via: c });
      });
    frontier = next;
  }
  narrower.sort((x, y) => y.weight - x.weight || x.number - y.number);
  // The parts of one talk together and in order there too, as for the concept's own lectures.
  return [...ordered, ...partsTogether(graph, narrower)];
}

/** Parts of one talk, as the build links them (next-in-series edges between parts). */
const PART_LINKS = new Set(['series-part', 'series-earlier-part']);

/**
 * The list with the parts of one talk kept together, in part order, where the first of them stands: a three-part
 * lecture on self-supervised learning reads (1/3), (2/3), (3/3), not part 1 first and part 3 tenth with other
 * courses' talks between them. Only the parts that are in the list move.
 */
export function partsTogether<L extends { key: string; number: number }>(graph: AtlasGraph, list: L[]): L[] {
  const index = new Map(list.map((l, i) => [l.key, i]));
  // Each lecture's talk, named by the place in the list of its first-listed part (union by the smaller place).
  const root = list.map((_l, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (const l of list)
    graph.forEachOutEdge(l.key, (_e, a, _source, target) => {
      const j = index.get(target);
      if (a.kind !== 'next-in-series' || !PART_LINKS.has(a.reasonKey ?? '') || j === undefined) return;
      const [x, y] = [find(index.get(l.key)!), find(j)];
      if (x !== y) root[Math.max(x, y)] = Math.min(x, y);
    });
  const part = (l: L): number =>
    (graph.getNodeAttributes(l.key) as LectureNodeAttributes).part?.index ?? Number.POSITIVE_INFINITY;
  return list
    .map((l, i) => ({ l, talk: find(i), i }))
    .sort((x, y) => x.talk - y.talk || part(x.l) - part(y.l) || x.l.number - y.l.number || x.i - y.i)
    .map((x) => x.l);
}

export interface RankedLecture extends LectureRef {
  score: number;
  /** The reason in English, as the build wrote it. */
  reason: string;
  /** The reason as a key and parameters (src/core/prerequisite-reasons.ts words it in any interface language). */
  reasonKey?: string;
  reasonParams?: PrerequisiteReasonParams;
  kind: EdgeKind;
  /** A prerequisite shown only as its lecture's best guess (EdgeAttributes.tentative): less certain. */
  tentative?: boolean;
}

const withReason = (r: RankedLecture, a: EdgeAttributes): RankedLecture => {
  if (a.reasonKey) r.reasonKey = a.reasonKey;
  if (a.reasonParams) r.reasonParams = a.reasonParams;
  if (a.tentative) r.tentative = true;
  return r;
};

/** A lecture's prerequisites, best first, with their reasons. */
export function prerequisitesOf(graph: AtlasGraph, lecture: string): RankedLecture[] {
  const out: RankedLecture[] = [];
  graph.forEachInEdge(lecture, (_e, a, source) => {
    if (a.kind === 'prerequisite')
      out.push(
        withReason(
          { ...lectureRef(graph, source), score: a.score ?? 0, reason: a.reason ?? '', kind: a.kind },
          a,
        ),
      );
  });
  return out.sort((x, y) => y.score - x.score || x.number - y.number);
}

/**
 * What builds on a lecture: the lectures it is a prerequisite of, and its next part or the course's next
 * lecture. Where the build links no next part or lecture (the course's next number is not in the catalog, or
 * the course does not number its lectures), the course's next lecture by its numbers or in catalog order
 * (`nextInCourse`): a lecture in the middle of a course never reads as one nothing follows.
 */
export function nextLectures(graph: AtlasGraph, lecture: string): RankedLecture[] {
  const out = new Map<string, RankedLecture>();
  let followed = false;
  graph.forEachOutEdge(lecture, (_e, a, _s, target) => {
    if (a.kind !== 'prerequisite' && a.kind !== 'next-in-series') return;
    if (a.kind === 'next-in-series') followed = true;
    const score = a.kind === 'next-in-series' ? 1 : (a.score ?? 0);
    const prev = out.get(target);
    if (!prev || prev.score < score)
      out.set(
        target,
        withReason({ ...lectureRef(graph, target), score, reason: a.reason ?? '', kind: a.kind }, a),
      );
  });
  const next = followed ? undefined : nextInCourse(graph, lecture);
  if (next !== undefined && !out.has(next.key)) {
    const { series } = next;
    // The unit says what the next one is: a lab's next is the course's next lab.
    const unit = (graph.getNodeAttributes(lecture) as LectureNodeAttributes).courseUnit;
    out.set(next.key, {
      ...lectureRef(graph, next.key),
      score: 1,
      reason: `the previous lecture of ${series}`,
      reasonKey: 'previous-in-course',
      reasonParams: unit ? { series, unit } : { series },
      kind: 'next-in-series',
    });
  }
  // The next part or lecture first, then what builds on it in the order a learner meets it (catalog order),
  // the less certain last: scores rank the prerequisites of one lecture, not the lectures after one.
  const rank = (l: RankedLecture): number => (l.kind === 'next-in-series' ? 0 : l.tentative ? 2 : 1);
  return [...out.values()].sort((x, y) => rank(x) - rank(y) || x.number - y.number);
}

/**
 * The course's next lecture after `lecture` (same series and version), with the course's name; undefined
 * where the lecture has no course (a conference's talks have none), or is the course's last. By the course's
 * own numbering where both lectures have one (a lecture uploaded later but numbered lower never follows:
 * Lecture 5 is not what comes after Lecture 8), one of the same year first (a series can hold two offerings
 * of a course, and the other's Lecture 9 is not this one's; within one offering a course uploads out of
 * order), else in catalog order (the order a catalog lists its course in, which upload dates need not
 * follow); of the same kind (a practical session's next is a practical session). Never a lecture this one
 * builds on directly (the earlier part of a talk uploaded after its later part).
 */
function nextInCourse(graph: AtlasGraph, lecture: string): { key: string; series: string } | undefined {
  const me = graph.getNodeAttributes(lecture);
  if (me.kind !== 'lecture') return undefined;
  const { series, date, number } = me as LectureNodeAttributes;
  const mine = courseNumber(me as LectureNodeAttributes);
  // Not a conference's talks, which follow no order.
  if (!series || me.seriesKind === 'venue') return undefined;
  const behind = new Set<string>();
  graph.forEachInEdge(lecture, (_e, a, source) => {
    if (a.kind === 'prerequisite' || a.kind === 'next-in-series') behind.add(source);
  });
  // Ranked: [by the course's numbers (0) or in catalog order (1), years apart, course number, catalog number].
  const yearsApart = (other: string | undefined): number =>
    date && other ? Math.abs(Number(date.slice(0, 4)) - Number(other.slice(0, 4))) : 0;
  let best: { key: string; rank: [number, number, number, number] } | undefined;
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'lecture' || key === lecture || behind.has(key)) return;
    const a = attributes as LectureNodeAttributes;
    if (a.series !== series || courseVersion(a) !== courseVersion(me)) return;
    // A practical session's next is the next practical, a lecture's the next lecture: the lecture after a lab
    // builds on the lecture before it, not on the lab.
    if (isPractical(a.courseUnit) !== isPractical(me.courseUnit)) return;
    // A later part of a talk comes after its earlier part, never straight after another lecture (part 2
    // listed before part 1 in the catalog was read as the next lecture): one the build chains to a part.
    if (a.part && a.part.index > 1 && graph.someInEdge(key, (_e, x) => x.kind === 'next-in-series')) return;
    const theirs = courseNumber(a);
    let rank: [number, number, number, number];
    if (mine !== undefined && theirs !== undefined) {
      if (theirs <= mine) return;
      rank = [0, yearsApart(a.date), theirs, a.number];
    } else {
      if (a.number <= number) return;
      rank = [1, 0, 0, a.number];
    }
    if (!best || compareRanks(rank, best.rank) < 0) best = { key, rank };
  });
  return best && { key: best.key, series };
}

const compareRanks = (x: readonly (number | string)[], y: readonly (number | string)[]): number => {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
};

/** The lectures whose main topic is a concept, best first (where a learning path to a concept ends). */
export function mainLecturesOf(graph: AtlasGraph, concept: string): TeachingLecture[] {
  return lecturesTeaching(graph, concept).filter((l) => l.main);
}
