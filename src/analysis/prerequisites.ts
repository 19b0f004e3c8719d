/**
 * Prerequisite inference: which lectures to watch before a lecture, each with a score and a reason.
 * General, explainable signals combined per pair (A before B):
 *  - series order: A is the previous part of B's topic or the previous lecture of B's course;
 *  - concept dependencies: a concept of B requires, or is narrower than, a main concept of A (lexicon);
 *  - RefD-style asymmetry: A's main concept is used in B, while B's main concepts are absent from A;
 *  - continuation: in one course, an earlier lecture on the same main topic comes first;
 *  - course overview: a course's overview lecture ("Course Overview", 課程介紹) before its other lectures;
 *  - focus: a lecture with many main topics is less "about" each of them (strength / √topics);
 *  - generality: a main concept taught in many lectures is more basic (a small boost);
 *  - chronology (date, then catalog number) only breaks ties.
 * Twins (one lecture in two languages) are never each other's prerequisite; a twin's prerequisites
 * carry over. The result is a DAG (checked with graphology-dag's hasCycle in the tests): edges are inserted
 * best first and one that would close a cycle is dropped and reported. Compute/assign pair: `computePrerequisites`, `assignPrerequisites`.
 */
import { stronglyConnectedComponents } from 'graphology-components';
import Graph from 'graphology';
import { AcyclicInserter } from './acyclic-insertion.js';
import { edgeKey } from '../core/node-keys.js';
import type { AtlasGraph, LectureNodeAttributes } from '../core/types.js';
import { courseVersion, type ConceptRelations, type NewEdge } from './relations.js';
import { compareKeys as cmp, round3 as round } from '../core/compare.js';
import { lectureLevels, LEVEL, NO_LEVEL_CUES, type LevelCues } from './lecture-level.js';

export interface PrerequisiteOptions {
  /** Prerequisites kept per lecture, best first. */
  perLecture: number;
  minScore: number;
  /** How far `requires` / `broader` chains are followed from a concept. */
  maxDepth: number;
  seriesScore: number;
  requiresFactor: number;
  broaderFactor: number;
  usesFactor: number;
  /** Same course, same main topic, earlier lecture: "continues X". */
  continuationScore: number;
  /** The course's overview lecture before the course's other lectures. */
  overviewScore: number;
  /** Weight of a later lecture's non-main concepts in dependency signals. */
  minorFactor: number;
  /** Score factor per extra step of a transitive concept chain. */
  depthDecay: number;
  /** Lectures considered per concept, best focused first (bounds the work on popular concepts). */
  candidatesPerConcept: number;
  /** Title cues for a lecture's level (introduction, advanced, supplement); venues are research talks. */
  levelCues: LevelCues;
  /** Per level of difference, how much more a shallower lecture on a shared topic is worth. */
  levelStep: number;
  /** The previous lecture of the same course and version: a weak "watch in course order" signal (the two before it count ×0.75 each step). */
  previousInCourseScore: number;
}

export const DEFAULT_PREREQUISITE_OPTIONS: PrerequisiteOptions = {
  perLecture: 5,
  minScore: 0.12,
  maxDepth: 2,
  seriesScore: 1,
  requiresFactor: 0.9,
  broaderFactor: 0.8,
  usesFactor: 0.5,
  continuationScore: 0.45,
  overviewScore: 0.3,
  minorFactor: 0.5,
  depthDecay: 0.7,
  candidatesPerConcept: 8,
  levelCues: NO_LEVEL_CUES,
  levelStep: 0.15,
  previousInCourseScore: 0.3,
};

export interface Prerequisite {
  before: string;
  after: string;
  score: number;
  reason: string;
}

export interface PrerequisiteResult {
  edges: Prerequisite[];
  /** Edges dropped to keep the graph acyclic, with why. */
  dropped: { edge: Prerequisite; why: string }[];
}

interface LectureInfo {
  key: string;
  attrs: LectureNodeAttributes;
  /** concept key → mention weight */
  concepts: Map<string, number>;
  /** Core topics: main concepts that are not just the family of another main concept (BERT in "Multilingual BERT"). */
  main: Set<string>;
  /** concept key → the surface forms it was found as (lower case), when the mention says. */
  surfaces: Map<string, string[]>;
  level: number;
}

function lectureInfos(
  graph: AtlasGraph,
  levelOf: (l: LectureNodeAttributes) => number,
): Map<string, LectureInfo> {
  const infos = new Map<string, LectureInfo>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'lecture')
      infos.set(key, {
        key,
        attrs,
        concepts: new Map(),
        main: new Set(),
        surfaces: new Map(),
        level: levelOf(attrs),
      });
  });
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== 'mentions') return;
    const info = infos.get(source);
    if (!info) return;
    info.concepts.set(target, a.weight ?? 0.5);
    if (a.main) info.main.add(target);
    const surfaces = (a.evidence ?? []).map((e) => e.surface.toLowerCase()).filter(Boolean);
    if (surfaces.length) info.surfaces.set(target, surfaces);
  });
  return infos;
}

/**
 * Whether main topic `family` is only named inside `member` in this lecture ("BERT" in "Multilingual
 * BERT"), so that the lecture is about the member, not the family. Without evidence, assume it is.
 */
function namedInside(info: LectureInfo, family: string, member: string): boolean {
  const f = info.surfaces.get(family);
  const m = info.surfaces.get(member);
  if (!f || !m) return true;
  return f.every((x) => m.some((y) => y !== x && y.includes(x)));
}

/** Concepts reachable from a concept through `requires` and `broader`, with the step count and first relation. */
function dependencyClosure(
  start: string,
  relations: (conceptKey: string) => ConceptRelations | undefined,
  maxDepth: number,
): Map<string, { depth: number; via: 'requires' | 'broader' }> {
  const out = new Map<string, { depth: number; via: 'requires' | 'broader' }>();
  let frontier: { node: string; via?: 'requires' | 'broader' }[] = [{ node: start }];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: { node: string; via: 'requires' | 'broader' }[] = [];
    for (const { node, via } of frontier) {
      const rel = relations(node);
      if (!rel) continue;
      for (const kind of ['requires', 'broader'] as const) {
        for (const other of rel[kind]) {
          if (other === start || out.has(other)) continue;
          const v = via ?? kind;
          out.set(other, { depth, via: v });
          next.push({ node: other, via: v });
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Earlier first: by date when both have one, else by catalog number. Returns a tiny tie-breaking bonus. */
function chronology(a: LectureNodeAttributes, b: LectureNodeAttributes): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 0.001 : -0.001;
  return a.number < b.number ? 0.0005 : -0.0005;
}

/**
 * Course order, per lecture of a course or titled series (same series, original or English version; by the
 * course's own lecture numbers when both have one, else by date and catalog order): the few lectures just before
 * it, and the course's introduction — its first lecture when that is lecture 0 or an introductory one.
 * Overviews have their own signal; supplementary, advanced and research lectures stand on their own topics,
 * not on the course order.
 */
/** How many of the lectures just before a lecture in its course count (each weaker than the one after it). */
const PREVIOUS_IN_COURSE = 3;

function courseOrder(
  infos: Map<string, LectureInfo>,
  twinOf: Map<string, string>,
  /** Whether lecture `a` comes after `b` in an explicit series order. */
  follows: (a: string, b: string) => boolean,
): { previous: Map<string, string[]>; introduction: Map<string, string> } {
  const groups = new Map<string, LectureInfo[]>();
  for (const info of infos.values()) {
    const a = info.attrs;
    if (a.seriesKind === 'venue' || !a.series || a.courseOverview || info.level > LEVEL.ordinary) continue;
    const key = `${a.series}\u0000${courseVersion(a)}`;
    const list = groups.get(key);
    if (list) list.push(info);
    else groups.set(key, [info]);
  }
  const lectureNo = (a: LectureNodeAttributes): number | undefined => {
    const n = a.courseLecture === undefined ? NaN : Number.parseFloat(a.courseLecture);
    return Number.isFinite(n) ? n : undefined;
  };
  const previous = new Map<string, string[]>();
  const introduction = new Map<string, string>();
  for (const list of groups.values()) {
    list.sort((x, y) => {
      const [nx, ny] = [lectureNo(x.attrs), lectureNo(y.attrs)];
      if (nx !== undefined && ny !== undefined && nx !== ny) return nx - ny;
      return -chronology(x.attrs, y.attrs) || cmp(x.key, y.key);
    });
    const first = list[0]!;
    const intro = first.level <= LEVEL.introductory || lectureNo(first.attrs) === 0 ? first.key : undefined;
    for (let i = 1; i < list.length; i++) {
      const b = list[i]!;
      // Not a later part of B's own series that was published first ((二) before (一)).
      const skip = (k: string): boolean => twinOf.get(b.key) === k || follows(k, b.key);
      const before: string[] = [];
      for (let j = i - 1; j >= 0 && before.length < PREVIOUS_IN_COURSE; j--)
        if (!skip(list[j]!.key)) before.push(list[j]!.key);
      if (before.length) previous.set(b.key, before);
      if (intro && !skip(intro)) introduction.set(b.key, intro);
    }
  }
  return { previous, introduction };
}

export function computePrerequisites(
  graph: AtlasGraph,
  /** Relations keyed by concept node key (`concept:<id>`), values are concept node keys too. */
  relations: (conceptKey: string) => ConceptRelations | undefined,
  options: PrerequisiteOptions = DEFAULT_PREREQUISITE_OPTIONS,
): PrerequisiteResult {
  const categories = new Map<string, string | undefined>();
  const category = (key: string): string | undefined => {
    if (categories.has(key)) return categories.get(key);
    const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    const c = a?.kind === 'concept' ? a.category : undefined;
    categories.set(key, c);
    return c;
  };
  const infos = lectureInfos(graph, lectureLevels(options.levelCues));
  for (const info of infos.values()) {
    const main = [...info.main];
    // A broad field next to its subfield, or a family named inside a member ("BERT" in "Multilingual BERT"),
    // is not what the lecture is about; a task next to a model for it ("Speech Synthesis - Tacotron") is.
    const core = main.filter(
      (f) =>
        !main.some(
          (m) =>
            m !== f &&
            relations(m)?.broader.includes(f) &&
            (category(f) === 'field' || namedInside(info, f, m)),
        ),
    );
    if (core.length) info.main = new Set(core);
  }
  const twinOf = new Map<string, string>();
  const seriesPrev = new Map<string, { from: string; reason: string }[]>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind === 'twin') twinOf.set(s, t).set(t, s);
    if (a.kind === 'next-in-series')
      seriesPrev.set(t, [...(seriesPrev.get(t) ?? []), { from: s, reason: a.reason ?? 'previous part' }]);
  });
  const overviews = new Map<string, string[]>();
  for (const info of [...infos.values()].sort((x, y) => cmp(x.key, y.key))) {
    if (info.attrs.courseOverview && info.attrs.series)
      overviews.set(info.attrs.series, [...(overviews.get(info.attrs.series) ?? []), info.key]);
  }
  /**
   * Whether lecture `a` comes later than `b` in the same course. Across the original and the English
   * version, the comparison goes through a twin, since the versions were published on their own schedules.
   */
  const laterInCourse = (a: string, b: string): boolean => {
    const [x, y] = [infos.get(a)!.attrs, infos.get(b)!.attrs];
    if (x.seriesKind === 'venue' || !x.series || x.series !== y.series) return false;
    if (courseVersion(x) === courseVersion(y)) return chronology(x, y) < 0;
    const tb = twinOf.get(b);
    if (tb) return chronology(x, infos.get(tb)!.attrs) < 0;
    const ta = twinOf.get(a);
    return ta ? chronology(infos.get(ta)!.attrs, y) < 0 : false;
  };
  // Series chains (parts linked by next-in-series), each named by its smallest key.
  const chainRoot = new Map<string, string>();
  const chainOf = (key: string): string => {
    let root = key;
    while (chainRoot.has(root) && chainRoot.get(root) !== root) root = chainRoot.get(root)!;
    chainRoot.set(key, root);
    return root;
  };
  for (const key of [...seriesPrev.keys()].sort(cmp)) {
    for (const { from } of seriesPrev.get(key)!) {
      const [x, y] = [chainOf(key), chainOf(from)];
      if (x !== y) chainRoot.set(cmp(x, y) < 0 ? y : x, cmp(x, y) < 0 ? x : y);
    }
  }
  const earlierInCourse = (a: string, b: string): boolean => laterInCourse(b, a);
  const course = courseOrder(infos, twinOf, (a, b) => (seriesPrev.get(a) ?? []).some((p) => p.from === b));
  const mainLectures = new Map<string, string[]>();
  const df = new Map<string, number>();
  for (const info of [...infos.values()].sort((x, y) => cmp(x.key, y.key))) {
    // An overview surveys its course: it comes first through the overview signal, not as a topic's teacher.
    for (const c of info.attrs.courseOverview ? [] : info.main) {
      const list = mainLectures.get(c);
      if (list) list.push(info.key);
      else mainLectures.set(c, [info.key]);
    }
    for (const c of info.concepts.keys()) df.set(c, (df.get(c) ?? 0) + 1);
  }
  // Best-focused lectures first for each concept, capped: a concept taught in thousands of lectures
  // contributes its most focused lectures, not all of them (keeps the stage linear in the catalog).
  const focusOf = (info: LectureInfo, c: string): number =>
    (info.concepts.get(c) ?? 0.5) / Math.sqrt(Math.max(1, info.main.size));
  for (const [c, list] of mainLectures) {
    list.sort((x, y) => focusOf(infos.get(y)!, c) - focusOf(infos.get(x)!, c) || cmp(x, y));
    if (list.length > options.candidatesPerConcept) list.length = options.candidatesPerConcept;
  }
  const label = (key: string): string => graph.getNodeAttribute(key, 'label');
  const closures = new Map<string, ReturnType<typeof dependencyClosure>>();
  const closureOf = (c: string): ReturnType<typeof dependencyClosure> => {
    let v = closures.get(c);
    if (!v) {
      v = dependencyClosure(c, relations, options.maxDepth);
      closures.set(c, v);
    }
    return v;
  };

  // Per target lecture: candidate → combined score (1 − Π(1 − s)) and its strongest signal. Reasons are
  // kept as parts and put into words only for the edges that survive.
  type Why =
    | { kind: 'text'; text: string }
    | {
        kind: 'requires' | 'broader' | 'further' | 'takes-up' | 'earlier' | 'uses';
        p: string;
        cb?: string;
        series?: string;
      };
  interface Candidate {
    /** Π(1 − s) over the specific signals: they add up. */
    rest: number;
    /** The strongest background signal (overview, introduction): these do not add up. */
    background: number;
    best: number;
    why: Why;
  }
  const words = (w: Why): string => {
    switch (w.kind) {
      case 'text':
        return w.text;
      case 'requires':
        return `introduces ${label(w.p)}, which ${label(w.cb!)} builds on`;
      case 'broader':
        return `introduces ${label(w.p)}, the broader topic of ${label(w.cb!)}`;
      case 'further':
        return `introduces ${label(w.p)}, which this lecture takes further`;
      case 'takes-up':
        return `introduces ${label(w.p)}, which this lecture takes up`;
      case 'earlier':
        return w.series
          ? `earlier lecture on ${label(w.p)} in ${w.series}`
          : `earlier lecture on ${label(w.p)}`;
      case 'uses':
        return `main topic ${label(w.p)} is used here`;
    }
  };
  const candidatesFor = (b: LectureInfo): Map<string, Candidate> => {
    const cands = new Map<string, Candidate>();
    const push = (a: string, s: number, why: Why, background = false): void => {
      if (a === b.key || twinOf.get(b.key) === a || s <= 0) return;
      // Inside one course the teacher's order stands: a topic signal never puts a later lecture first.
      if (why.kind !== 'text' && laterInCourse(a, b.key)) return;
      // An advanced lecture or a research talk goes beyond its topics rather than introducing them:
      // it comes first only for lectures at least as deep.
      if (why.kind !== 'text' && infos.get(a)!.level > Math.max(b.level, LEVEL.ordinary)) return;
      const x = Math.min(0.999, s);
      let c = cands.get(a);
      if (!c) {
        c = { rest: 1, background: 0, best: 0, why };
        cands.set(a, c);
      }
      if (background) c.background = Math.max(c.background, x);
      else c.rest *= 1 - x;
      if (s > c.best) {
        c.best = s;
        c.why = why;
      }
    };
    for (const prev of seriesPrev.get(b.key) ?? [])
      push(prev.from, options.seriesScore, { kind: 'text', text: prev.reason });
    if (b.attrs.series && !b.attrs.courseOverview) {
      for (const a of overviews.get(b.attrs.series) ?? [])
        push(a, options.overviewScore, { kind: 'text', text: `overview of ${b.attrs.series}` }, true);
    }
    (course.previous.get(b.key) ?? []).forEach((a, i) =>
      push(a, options.previousInCourseScore * 0.75 ** i, {
        kind: 'text',
        text: i === 0 ? `previous lecture of ${b.attrs.series!}` : `earlier lecture of ${b.attrs.series!}`,
      }),
    );
    const introduction = course.introduction.get(b.key);
    if (introduction)
      push(
        introduction,
        options.overviewScore,
        { kind: 'text', text: `introduction to ${b.attrs.series!}` },
        true,
      );
    const focus = focusOf;
    // A shallower lecture is worth more as a prerequisite, a deeper one much less.
    const levelFactor = (infoA: LectureInfo): number => {
      const gap = b.level - infoA.level;
      return gap >= 0 ? 1 + options.levelStep * gap : 0.5 ** -gap;
    };
    const bMain = [...b.main];
    const sharesMain = (infoA: LectureInfo): boolean => bMain.some((m) => infoA.main.has(m));
    const blocked = new Map<string, boolean>();
    const isBlocked = (p: string): boolean => {
      let v = blocked.get(p);
      if (v === undefined) {
        const cl = closureOf(p);
        v = bMain.some((m) => m !== p && cl.has(m));
        blocked.set(p, v);
      }
      return v;
    };
    for (const [cb, weight] of b.concepts) {
      const wb = b.main.has(cb) ? weight : weight * options.minorFactor;
      // Concept dependencies: cb requires / is narrower than p; lectures whose main topic is p come first.
      for (const [p, { depth, via }] of closureOf(cb)) {
        // A broad field is a prerequisite concept only of another field, directly (deep learning → machine
        // learning): "end-to-end learning is a kind of deep learning" says nothing about what to watch first.
        // Inside one course, though, the course's own introduction to a field comes before what builds on it.
        const fieldOnlyInCourse = category(p) === 'field' && (depth > 1 || category(cb) !== 'field');
        const lecturesOfP = mainLectures.get(p);
        // Not when p itself depends on one of B's main topics: that would invert the order.
        if (!lecturesOfP || isBlocked(p)) continue;
        const factor =
          (via === 'requires' ? options.requiresFactor : options.broaderFactor) *
          options.depthDecay ** (depth - 1);
        const general = (df.get(p) ?? 0) > (df.get(cb) ?? 0) ? 1.1 : 1;
        // Focus is at most 1: a chain whose best possible signal is below the threshold adds nothing.
        if (wb * factor * general < options.minScore) continue;
        for (const a of lecturesOfP) {
          const infoA = infos.get(a)!;
          if (fieldOnlyInCourse && !(infoA.level === LEVEL.introductory && earlierInCourse(a, b.key)))
            continue;
          // A lecture introduces a broad field only when the field is its one main topic.
          if (category(p) === 'field' && infoA.main.size > 1) continue;
          // A that already teaches B's main topic is judged by the shared-topic rule below.
          if (sharesMain(infoA)) continue;
          // The course's introduction to a broad field is background, worth no more than its overview.
          const cap = fieldOnlyInCourse ? options.overviewScore : 1;
          push(
            a,
            Math.min(cap, wb * focus(infoA, p) * factor * general * levelFactor(infoA)),
            { kind: via, p, cb },
            fieldOnlyInCourse,
          );
        }
      }
      if (b.main.has(cb)) {
        // Shared topic, RefD-style: when A's topics are a strict subset of B's, B takes A's topic further;
        // when both have the same topics, it is a tie that chronology breaks (more so within one course).
        for (const a of mainLectures.get(cb) ?? []) {
          const infoA = infos.get(a)!;
          // On a shared topic the shallower lecture comes first (introduction → course lecture →
          // "More about …" → research talk), whatever else the topics say; the deeper one never does.
          if (infoA.level > b.level) continue;
          if (infoA.level < b.level) {
            push(a, options.continuationScore * 1.3 * focus(infoA, cb) * levelFactor(infoA), {
              kind: 'further',
              p: cb,
            });
            continue;
          }
          let shared = 0;
          for (const m of infoA.main) if (b.main.has(m)) shared++;
          const covered = shared / infoA.main.size;
          if (covered < 1) {
            // Partial overlap: B takes up some of A's topics; the earlier of the two comes first.
            const bInsideA = b.main.size < infoA.main.size && bMain.every((m) => infoA.main.has(m));
            if (chronology(infoA.attrs, b.attrs) > 0 && !bInsideA) {
              push(a, options.continuationScore * covered * focus(infoA, cb), { kind: 'takes-up', p: cb });
            }
            continue;
          }
          if (infoA.main.size < b.main.size) {
            push(a, options.continuationScore * 1.3 * focus(infoA, cb), { kind: 'further', p: cb });
          } else if (
            chronology(infoA.attrs, b.attrs) > 0 &&
            !!infoA.attrs.series &&
            infoA.attrs.series === b.attrs.series
          ) {
            // Same topics in one course: the earlier lecture first. Across courses it is a tie, and
            // chronology alone does not make a prerequisite.
            push(a, options.continuationScore * focus(infoA, cb), {
              kind: 'earlier',
              p: cb,
              series: b.attrs.series!,
            });
          }
        }
        continue;
      }
      // RefD-style: cb is used here (not a main topic) and is the main topic of A, which does not use B's topics.
      for (const a of mainLectures.get(cb) ?? []) {
        const infoA = infos.get(a)!;
        if (bMain.some((m) => infoA.concepts.has(m))) continue;
        push(a, weight * focus(infoA, cb) * options.usesFactor * levelFactor(infoA), { kind: 'uses', p: cb });
      }
    }
    return cands;
  };

  const scored = new Map<string, Map<string, { score: number; why: Why }>>();
  for (const b of [...infos.values()].sort((x, y) => cmp(x.key, y.key))) {
    const out = new Map<string, { score: number; why: Why }>();
    for (const [a, c] of candidatesFor(b))
      out.set(a, { score: Math.min(1, 1 - c.rest * (1 - c.background)), why: c.why });
    scored.set(b.key, out);
  }
  // A twin's prerequisites carry over (mapped to their own twin where one exists).
  for (const [x, y] of twinOf) {
    const target = scored.get(y)!;
    for (const [a, v] of scored.get(x) ?? []) {
      const mapped = twinOf.get(a) ?? a;
      if (mapped === y || target.has(mapped) || laterInCourse(mapped, y)) continue;
      target.set(mapped, {
        score: v.score * 0.95,
        why: { kind: 'text', text: `${words(v.why)} (in the other-language version)` },
      });
    }
  }

  const all: Prerequisite[] = [];
  for (const [b, cands] of scored) {
    const attrsB = infos.get(b)!.attrs;
    // One lecture in two languages takes one slot: keep the twin in B's language.
    for (const a of [...cands.keys()]) {
      const twin = twinOf.get(a);
      if (
        twin &&
        cands.has(twin) &&
        courseVersion(infos.get(a)!.attrs) !== courseVersion(attrsB) &&
        courseVersion(infos.get(twin)!.attrs) === courseVersion(attrsB)
      ) {
        cands.delete(a);
      }
    }
    for (const a of [...cands.keys()]) {
      const twin = twinOf.get(a);
      if (twin && cands.has(twin) && a > twin) cands.delete(a);
    }
    const seen = new Set<string>();
    const ranked = [...cands]
      .filter(([, v]) => v.score >= options.minScore)
      .map(([a, v]) => ({ a, score: v.score + chronology(infos.get(a)!.attrs, attrsB), why: v.why }))
      .sort((x, y) => y.score - x.score || cmp(x.a, y.a))
      // One slot per series and concept: for "introduces speech recognition", the best part of a
      // seven-part series stands for the rest (the learning path brings in the earlier parts anyway).
      .filter((r) => {
        if (r.why.kind === 'text') return true;
        const group = `${chainOf(r.a)}\u0000${r.why.p}`;
        if (seen.has(group)) return false;
        seen.add(group);
        return true;
      })
      .slice(0, options.perLecture);
    for (const r of ranked)
      all.push({
        before: r.a,
        after: b,
        score: round(Math.max(0, Math.min(1, r.score))),
        reason: words(r.why),
      });
  }
  const chronological = [...infos.values()]
    .sort((x, y) => -chronology(x.attrs, y.attrs) || cmp(x.key, y.key))
    .map((i) => i.key);
  return acyclic(all, chronological);
}

/**
 * Keeps the edges best first, dropping any that would close a cycle. Only edges inside a strongly
 * connected component can close one; those are inserted best first into an incremental topological
 * order seeded with chronology (`AcyclicInserter`), so the step stays near-linear on large catalogs.
 */
function acyclic(edges: Prerequisite[], chronological: readonly string[]): PrerequisiteResult {
  const all = new Graph({ type: 'directed' });
  for (const e of edges) {
    all.mergeNode(e.before);
    all.mergeNode(e.after);
    all.mergeDirectedEdge(e.before, e.after);
  }
  const component = new Map<string, number>();
  stronglyConnectedComponents(all).forEach((members, i) => {
    if (members.length > 1) for (const m of members) component.set(m, i);
  });
  const kept: Prerequisite[] = [];
  const dropped: PrerequisiteResult['dropped'] = [];
  const inCycle: Prerequisite[] = [];
  for (const e of edges) {
    const c = component.get(e.before);
    if (c !== undefined && component.get(e.after) === c) inCycle.push(e);
    else kept.push(e);
  }
  const inserter = new AcyclicInserter(chronological.filter((n) => component.has(n)));
  const ordered = inCycle.sort(
    (x, y) => y.score - x.score || cmp(x.after, y.after) || cmp(x.before, y.before),
  );
  for (const e of ordered) {
    if (inserter.insert(e.before, e.after)) kept.push(e);
    else dropped.push({ edge: e, why: `would close a cycle through ${e.after} → … → ${e.before}` });
  }
  kept.sort((x, y) => cmp(x.after, y.after) || y.score - x.score || cmp(x.before, y.before));
  return { edges: kept, dropped };
}

export function prerequisiteEdges(result: PrerequisiteResult): NewEdge[] {
  return result.edges.map((e) => ({
    kind: 'prerequisite' as const,
    source: e.before,
    target: e.after,
    attributes: { kind: 'prerequisite' as const, score: e.score, reason: e.reason },
  }));
}

export function assignPrerequisites(
  graph: AtlasGraph,
  relations: (conceptKey: string) => ConceptRelations | undefined,
  options: PrerequisiteOptions = DEFAULT_PREREQUISITE_OPTIONS,
): PrerequisiteResult {
  const result = computePrerequisites(graph, relations, options);
  for (const e of prerequisiteEdges(result)) {
    graph.addDirectedEdgeWithKey(
      edgeKey('prerequisite', e.source, e.target),
      e.source,
      e.target,
      e.attributes,
    );
  }
  return result;
}
