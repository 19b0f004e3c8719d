/**
 * What the prerequisite stage knows of a graph before it looks at any pair: each lecture's concepts, main
 * topics and level; twins; series chains (next-in-series); each course's lecture order; which lectures teach a
 * concept as their main topic; and the `requires` / `broader` closure of each concept. Built once per build.
 */
import type { AtlasGraph, LectureNodeAttributes } from '../../core/types.js';
import { compareKeys as cmp } from '../../core/compare.js';
import type { ConceptRelations } from '../relations.js';
import { seriesTopicName } from '../series-order.js';
import { courseNumber, courseVersion } from '../../core/course-units.js';
import { courseOfferings, courseSeriesOf } from '../course-offering.js';
import { courseSequences } from './course-sequences.js';
import {
  cueMatcher,
  introducedObject,
  lectureLevels,
  LEVEL,
  practicalSessions,
  type LevelCues,
} from '../lecture-level.js';

export interface LectureInfo {
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

/** A lecture whose main topic a concept is, with how much of its teaching goes to that concept. */
export interface Teacher {
  key: string;
  info: LectureInfo;
  focus: number;
}

export interface Closure {
  depth: number;
  via: 'requires' | 'broader';
}

export interface PrerequisiteContext {
  graph: AtlasGraph;
  infos: Map<string, LectureInfo>;
  twinOf: Map<string, string>;
  /** Lecture → the previous parts of its series (next-in-series edges into it), with the edge's reason. */
  seriesPrev: Map<string, { from: string; reasonKey?: string }[]>;
  /** The chain (series of parts) a lecture belongs to, named by its smallest key. */
  chainOf: (key: string) => string;
  /** Per lecture of a course, the lectures just before it in course order, nearest first. */
  coursePrevious: Map<string, string[]>;
  /** Per lecture of a course, the course's introduction (its introductory or lecture-0 first lecture). */
  courseIntroduction: Map<string, string>;
  /** Per lecture of a course, the course's first lecture, whatever its level. */
  courseFirst: Map<string, string>;
  /** Whether a lecture is a practical session: a lab or tutorial by its unit, a demo or practice by its title. */
  practical: (a: LectureNodeAttributes) => boolean;
  /** The offering of a course a lecture belongs to (course-offering.ts); undefined without a series. */
  offeringOf: (a: LectureNodeAttributes) => string | undefined;
  /** The series of the course a lecture belongs to: its own, or its course's for a lab series (course-offering.ts). */
  courseSeries: (a: LectureNodeAttributes) => string | undefined;
  /** Pairs of course series, joined by U+0000, of which the second continues the first's numbering (its Part 2). */
  continues: ReadonlySet<string>;
  /** Course overviews by offering. */
  overviews: Map<string, string[]>;
  /** Concept → the lectures whose main topic it is, best focused first, capped, with their focus on it. */
  teachers: (concept: string) => readonly Teacher[];
  /**
   * Concept → where a learner starts on it: of the lectures whose main topic it is, the most basic, then the
   * earliest (course overviews aside).
   */
  topicStart: (concept: string) => string | undefined;
  /** Where a concept starts within the course offering of a lecture (its most basic, then earliest, lecture there). */
  offeringStart: (concept: string, a: LectureNodeAttributes) => string | undefined;
  /** Every concept's start (`topicStart`): the build writes them onto the concept nodes. */
  topicStarts: ReadonlyMap<string, string>;
  /** Concept → number of lectures that name it. */
  df: Map<string, number>;
  /** How rare a concept is in the catalog: log(N / df) / log N, 0 when every lecture names it, 1 when one does. */
  rarity: (concept: string) => number;
  closureOf: (concept: string) => Map<string, Closure>;
  /** A concept's category: its node's, or the lexicon's for a concept no lecture names. */
  category: (key: string) => string | undefined;
  /** Whether `a` comes later than `b` in the same course (through a twin across versions). */
  laterInCourse: (a: string, b: string) => boolean;
  /** Earlier first (`chronologicalOrder`): positive when `a` comes before `b`, negative after, 0 for itself. */
  chronology: (a: LectureNodeAttributes, b: LectureNodeAttributes) => number;
  /** Every lecture's key, earliest first (`chronologicalOrder`). */
  chronological: readonly string[];
  /** How much of `info`'s teaching goes to concept `c` (its weight over √ main topics). */
  focus: (info: LectureInfo, c: string) => number;
}

export interface ContextOptions {
  maxDepth: number;
  candidatesPerConcept: number;
  levelCues: LevelCues;
}

/**
 * A concept's rarity among `lectures` lectures, by how many name it (`df`): log(N / df) / log N. Worked out once per
 * concept: the pair features ask it for every concept of every candidate pair.
 */
export function rarityIn(df: ReadonlyMap<string, number>, lectures: number): (concept: string) => number {
  const n = Math.max(2, lectures);
  const memo = new Map<string, number>();
  return (c) => {
    let v = memo.get(c);
    if (v === undefined) memo.set(c, (v = Math.log(n / Math.max(1, df.get(c) ?? 1)) / Math.log(n)));
    return v;
  };
}

/**
 * Every lecture's place in time, one order for all (so that "the earliest" of any set is one lecture, whatever
 * order they are compared in): by upload date, an undated lecture at the date of the dated one the catalog lists
 * before it (catalogs list in upload order, roughly), then by catalog number; the parts of one talk (in the same
 * series, each numbered as a part of as many, titled alike — the same title, or the name both give in two
 * languages: series-order.ts `seriesTopicName`) together where its earliest part is, by part number, whatever
 * their dates or catalog places say (a channel lists a seven-part talk newest first: part 7 is not where it starts;
 * an English part 1 recorded after the Chinese part 2). Comparing pairs by date where both had one and by catalog
 * number otherwise was no order: an undated part 1 came before its dated part 2, which came before an undated
 * lecture the catalog lists between the two, which came before the part 1.
 */
export function chronologicalOrder(infos: Iterable<LectureInfo>): LectureInfo[] {
  const byNumber = [...infos].sort((x, y) => x.attrs.number - y.attrs.number || cmp(x.key, y.key));
  const when = new Map<LectureInfo, string>();
  let last = '';
  for (const info of byNumber) {
    if (info.attrs.date) last = info.attrs.date;
    when.set(info, info.attrs.date ?? last);
  }
  const earlier = (x: LectureInfo, y: LectureInfo): number => {
    const [a, b] = [when.get(x)!, when.get(y)!];
    return (a < b ? -1 : a > b ? 1 : 0) || x.attrs.number - y.attrs.number || cmp(x.key, y.key);
  };
  // The talks: parts of a series by the name their titles give, apart by their count of parts where they give
  // more than one count (a part that does not say how many joins the one talk of its name that does, if only one
  // does). Every other lecture is a talk alone.
  const named = new Map<string, LectureInfo[]>();
  const alone: LectureInfo[][] = [];
  for (const info of byNumber) {
    if (!info.attrs.part) {
      alone.push([info]);
      continue;
    }
    const key = `${info.attrs.series ?? ''}\u0000${seriesTopicName(info.attrs.title)}`;
    const parts = named.get(key);
    if (parts) parts.push(info);
    else named.set(key, [info]);
  }
  const talks: LectureInfo[][] = [];
  for (const parts of named.values()) {
    const totals = new Set(parts.map((p) => p.attrs.part!.total));
    totals.delete(undefined);
    if (totals.size <= 1) talks.push(parts);
    else
      for (const total of [...totals, undefined]) {
        const talk = parts.filter((p) => p.attrs.part!.total === total);
        if (talk.length) talks.push(talk);
      }
  }
  // A talk takes its place at its earliest part, its parts in part order (of one part number, the earlier first).
  const blocks = [
    ...alone,
    ...talks.map((parts) => parts.sort((x, y) => x.attrs.part!.index - y.attrs.part!.index || earlier(x, y))),
  ];
  const first = new Map(blocks.map((b) => [b, b.reduce((m, x) => (earlier(x, m) < 0 ? x : m))]));
  return blocks.sort((x, y) => earlier(first.get(x)!, first.get(y)!)).flat();
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
): Map<string, Closure> {
  const out = new Map<string, Closure>();
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

export function buildContext(
  graph: AtlasGraph,
  relations: (conceptKey: string) => ConceptRelations | undefined,
  options: ContextOptions,
): PrerequisiteContext {
  const levelOf = lectureLevels(options.levelCues);
  const categories = new Map<string, string | undefined>();
  const category = (key: string): string | undefined => {
    if (categories.has(key)) return categories.get(key);
    const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    const c = a ? (a.kind === 'concept' ? a.category : undefined) : relations(key)?.category;
    categories.set(key, c);
    return c;
  };
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
  const twinOf = new Map<string, string>();
  const seriesPrev = new Map<string, { from: string; reasonKey?: string }[]>();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind === 'twin') twinOf.set(source, target).set(target, source);
    if (a.kind === 'next-in-series')
      seriesPrev.set(target, [...(seriesPrev.get(target) ?? []), { from: source, reasonKey: a.reasonKey }]);
    if (a.kind !== 'mentions') return;
    const info = infos.get(source);
    if (!info) return;
    info.concepts.set(target, a.weight ?? 0.5);
    if (a.main) info.main.add(target);
    const surfaces = (a.evidence ?? []).map((e) => e.surface.toLowerCase()).filter(Boolean);
    if (surfaces.length) info.surfaces.set(target, surfaces);
  });
  for (const info of infos.values()) {
    const main = [...info.main];
    // A broad field next to its subfield, or a family named inside a member, is not what the lecture is about.
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
  const chronological = chronologicalOrder(infos.values());
  const place = new Map<LectureNodeAttributes, number>(chronological.map((info, i) => [info.attrs, i]));
  const chronology = (a: LectureNodeAttributes, b: LectureNodeAttributes): number =>
    place.get(b)! - place.get(a)!;
  const lectureAttrs = [...infos.values()].map((info) => info.attrs);
  const courseSeries = courseSeriesOf(lectureAttrs);
  const offeringOf = courseOfferings(lectureAttrs, courseSeries);
  const overviews = new Map<string, string[]>();
  for (const info of [...infos.values()].sort((x, y) => cmp(x.key, y.key))) {
    const offering = offeringOf(info.attrs);
    if (info.attrs.courseOverview && offering)
      overviews.set(offering, [...(overviews.get(offering) ?? []), info.key]);
  }

  // Within one version of a course: the course's own numbering wins over upload dates (a review lecture uploaded
  // after lecture 4 is lecture 1).
  const laterInVersion = (x: LectureNodeAttributes, y: LectureNodeAttributes): boolean => {
    if (offeringOf(x) !== offeringOf(y)) return false;
    const [nx, ny] = [courseNumber(x), courseNumber(y)];
    if (nx !== undefined && ny !== undefined && nx !== ny) return nx > ny;
    return chronology(x, y) < 0;
  };
  // Across versions, against the other lecture's twin in this one, by the same rule.
  const laterInCourse = (a: string, b: string): boolean => {
    const [x, y] = [infos.get(a)!.attrs, infos.get(b)!.attrs];
    if (x.seriesKind === 'venue' || !x.series || courseSeries(x) !== courseSeries(y)) return false;
    if (courseVersion(x) === courseVersion(y)) return laterInVersion(x, y);
    const tb = twinOf.get(b);
    if (tb) {
      const t = infos.get(tb)!.attrs;
      return courseVersion(t) === courseVersion(x) ? laterInVersion(x, t) : chronology(x, t) < 0;
    }
    const ta = twinOf.get(a);
    if (!ta) return false;
    const t = infos.get(ta)!.attrs;
    return courseVersion(t) === courseVersion(y) ? laterInVersion(t, y) : chronology(t, y) < 0;
  };

  const chainRoot = new Map<string, string>();
  const chainOf = (key: string): string => {
    let root = key;
    while (chainRoot.has(root) && chainRoot.get(root) !== root) root = chainRoot.get(root)!;
    chainRoot.set(key, root);
    return root;
  };
  for (const key of [...seriesPrev.keys()].sort(cmp))
    for (const { from } of seriesPrev.get(key)!) {
      const [x, y] = [chainOf(key), chainOf(from)];
      if (x !== y) chainRoot.set(cmp(x, y) < 0 ? y : x, cmp(x, y) < 0 ? x : y);
    }

  const practical = practicalSessions(options.levelCues);
  const { previous, introduction, first, continues } = courseSequences(
    infos,
    twinOf,
    offeringOf,
    (a, b) => (seriesPrev.get(a) ?? []).some((p) => p.from === b),
    practical,
  );

  const focus = (info: LectureInfo, c: string): number =>
    (info.concepts.get(c) ?? 0.5) / Math.sqrt(Math.max(1, info.main.size));
  const mainLectures = new Map<string, string[]>();
  const df = new Map<string, number>();
  for (const info of [...infos.values()].sort((x, y) => cmp(x.key, y.key))) {
    for (const c of info.attrs.courseOverview ? [] : info.main) {
      const list = mainLectures.get(c);
      if (list) list.push(info.key);
      else mainLectures.set(c, [info.key]);
    }
    for (const c of info.concepts.keys()) df.set(c, (df.get(c) ?? 0) + 1);
  }
  // An introduction to something else is an ordinary lecture on its other topics ("Introduction to Julia:
  // Automatic differentiation with dual numbers" on automatic differentiation): where the title says what it
  // introduces and that names none of the topic's surfaces in the lecture.
  const introduces = introducedObject(options.levelCues);
  const levelOn = (info: LectureInfo, c: string): number => {
    if (info.level !== LEVEL.introductory) return info.level;
    const object = introduces(info.attrs.title);
    const surfaces = info.surfaces.get(c);
    if (object === undefined || !surfaces) return info.level;
    return cueMatcher(surfaces)(object) ? info.level : LEVEL.ordinary;
  };
  // Where each topic starts, before the lists are capped: the most basic lecture on it, then the earliest; and the
  // same within each course offering, where a learner of that offering starts it. One pass for both.
  interface Start {
    info: LectureInfo;
    level: number;
  }
  const better = (x: Start, than: Start | undefined): boolean =>
    !than ||
    x.level < than.level ||
    (x.level === than.level && chronology(x.info.attrs, than.info.attrs) > 0);
  const starts = new Map<string, string>();
  const offeringStarts = new Map<string, Map<string, Start>>();
  for (const [c, list] of mainLectures) {
    let best: Start | undefined;
    const byOffering = new Map<string, Start>();
    for (const key of list) {
      const info = infos.get(key)!;
      const start = { info, level: levelOn(info, c) };
      if (better(start, best)) best = start;
      const o = offeringOf(info.attrs);
      if (o !== undefined && better(start, byOffering.get(o))) byOffering.set(o, start);
    }
    starts.set(c, best!.info.key);
    offeringStarts.set(c, byOffering);
  }
  // Best-focused lectures first, capped: a concept taught in thousands of lectures contributes its most focused.
  for (const [c, list] of mainLectures) {
    list.sort((x, y) => focus(infos.get(y)!, c) - focus(infos.get(x)!, c) || cmp(x, y));
    if (list.length > options.candidatesPerConcept) list.length = options.candidatesPerConcept;
  }
  const teacherLists = new Map<string, readonly Teacher[]>();
  const teachers = (c: string): readonly Teacher[] => {
    let v = teacherLists.get(c);
    if (!v) {
      v = (mainLectures.get(c) ?? []).map((key) => {
        const info = infos.get(key)!;
        return { key, info, focus: focus(info, c) };
      });
      teacherLists.set(c, v);
    }
    return v;
  };
  const closures = new Map<string, Map<string, Closure>>();
  const closureOf = (c: string): Map<string, Closure> => {
    let v = closures.get(c);
    if (!v) closures.set(c, (v = dependencyClosure(c, relations, options.maxDepth)));
    return v;
  };
  return {
    graph,
    infos,
    twinOf,
    seriesPrev,
    chainOf,
    coursePrevious: previous,
    courseIntroduction: introduction,
    courseFirst: first,
    practical,
    offeringOf,
    courseSeries,
    continues,
    overviews,
    teachers,
    topicStart: (c) => starts.get(c),
    topicStarts: starts,
    offeringStart: (c, a) => {
      const o = offeringOf(a);
      return o === undefined ? undefined : offeringStarts.get(c)?.get(o)?.info.key;
    },
    chronology,
    chronological: chronological.map((info) => info.key),
    df,
    rarity: rarityIn(df, infos.size),
    closureOf,
    category,
    laterInCourse,
    focus,
  };
}
