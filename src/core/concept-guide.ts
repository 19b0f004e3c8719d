/**
 * A concept's page read as a guide for a learner: where to start (the lecture the build names as the concept's
 * start, which its prerequisites' reasons also name; in a graph without one, the lecture that introduces the
 * concept — one with it as main topic, not a later part of a talk nor a paper at a venue, an introduction rather
 * than a supplement, the fewest prerequisites a learner must watch first, the earliest), what to watch before that
 * lecture, and every lecture on the concept: the start, then those about it, then those that use it, each from
 * basic to advanced (by how long the chain of prerequisites before each one is, then by date and catalog number).
 * Pure functions of the graph, shared by the explorer's concept panel and the query CLI's learning path to a
 * concept.
 */
import { essential, inWatchOrder } from './learning-path.js';
import type { ReasonLanguage } from './prerequisite-reasons.js';
import { escapeRegExp } from './regexp.js';
import {
  lecturesTeaching,
  partsTogether,
  prerequisitesOf,
  type RankedLecture,
  type TeachingLecture,
} from './queries.js';
import {
  LECTURE_LEVELS,
  type AtlasGraph,
  type ConceptNodeAttributes,
  type LectureLevelName,
  type LectureNodeAttributes,
} from './types.js';

export interface GuidedLecture extends TeachingLecture {
  /** Length of the longest chain of prerequisites ending at this lecture (0: nothing before it). */
  depth: number;
  /**
   * Direct prerequisites a learner must watch first: not those that only course order puts before it, on nothing it
   * names (the learning path's rule, learning-path.ts `essential`).
   */
  prerequisites: number;
  date?: string;
}

/**
 * Why the build's start is where a learner starts: the only lecture about the concept, an introduction more basic
 * than every other, a lecture more basic than every other, or the earliest of the most basic ones.
 */
export type StartWhy = 'only' | 'introduction' | 'most-basic' | 'earliest';

/** A start's why in words, per interface language (the explorer's concept panel, the query CLI). */
export const START_WHY_WORDS: Record<ReasonLanguage, Record<StartWhy, string>> = {
  en: {
    only: 'The only lecture about it.',
    introduction: 'An introduction to it, more basic than the other lectures about it.',
    'most-basic': 'More basic than the other lectures about it.',
    earliest: 'The earliest of the most basic lectures about it.',
  },
  'zh-TW': {
    only: '唯一一堂講它的課。',
    introduction: '它的入門課，比其他講它的課都基礎。',
    'most-basic': '比其他講它的課都基礎。',
    earliest: '講它最基礎的幾堂課中最早的一堂。',
  },
};

export interface ConceptGuide {
  /** The lecture to start with; null when no lecture teaches the concept. */
  start: GuidedLecture | null;
  /** Why, in the build's terms; null where the start is not the build's (a graph built without starts). */
  startWhy: StartWhy | null;
  /** What to watch before the start lecture, best first (at most `beforeCount`). */
  before: RankedLecture[];
  /** Every lecture on the concept, basic first. */
  lectures: GuidedLecture[];
}

const depthCache = new WeakMap<AtlasGraph, Map<string, number>>();

/**
 * The longest chain of prerequisite edges ending at a lecture, memoised per graph. The build keeps
 * prerequisites acyclic; a cycle in a hand-made graph is cut where it is met.
 */
export function prerequisiteDepth(graph: AtlasGraph, lecture: string): number {
  let memo = depthCache.get(graph);
  if (!memo) {
    memo = new Map();
    depthCache.set(graph, memo);
  }
  const known = memo.get(lecture);
  if (known !== undefined) return known;
  const onStack = new Set<string>();
  // Iterative post-order walk, so long chains do not overflow the call stack.
  const stack: { key: string; sources: string[]; i: number; best: number }[] = [];
  const push = (key: string): void => {
    const sources: string[] = [];
    graph.forEachInEdge(key, (_e, a, source) => {
      if (a.kind === 'prerequisite') sources.push(source);
    });
    onStack.add(key);
    stack.push({ key, sources, i: 0, best: 0 });
  };
  push(lecture);
  let result = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.sources.length) {
      const s = top.sources[top.i++]!;
      const d = memo.get(s);
      if (d !== undefined) top.best = Math.max(top.best, d + 1);
      else if (!onStack.has(s)) push(s);
      continue;
    }
    stack.pop();
    onStack.delete(top.key);
    memo.set(top.key, top.best);
    result = top.best;
    const parent = stack[stack.length - 1];
    if (parent) parent.best = Math.max(parent.best, top.best + 1);
  }
  return result;
}

/** Computes (and memoises) the prerequisite depth of every lecture of a graph, ahead of the first guide. */
export function prerequisiteDepths(graph: AtlasGraph): void {
  graph.forEachNode((key, a) => {
    if (a.kind === 'lecture') prerequisiteDepth(graph, key);
  });
}

/** Earlier dates first; lectures without a date after those with one. */
function byDate(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Where each level of lecture stands when choosing where a learner starts on a concept (lower first). */
const START_BY_LEVEL: Record<LectureLevelName, number> = {
  introductory: 0,
  ordinary: 1,
  overview: 1,
  advanced: 2,
  research: 3,
};

export function conceptGuide(graph: AtlasGraph, concept: string, beforeCount = 3): ConceptGuide {
  if (!graph.hasNode(concept)) return { start: null, startWhy: null, before: [], lectures: [] };
  const lectures: GuidedLecture[] = lecturesTeaching(graph, concept).map((l) => {
    let prerequisites = 0;
    graph.forEachInEdge(l.key, (_e, a, source) => {
      if (a.kind === 'prerequisite' && essential(graph, source, l.key, a.reasonKey)) prerequisites++;
    });
    const date = (graph.getNodeAttributes(l.key) as LectureNodeAttributes).date;
    const guided: GuidedLecture = { ...l, depth: prerequisiteDepth(graph, l.key), prerequisites };
    if (date) guided.date = date;
    return guided;
  });
  const candidates = lectures.some((l) => l.main) ? lectures.filter((l) => l.main) : lectures;
  // A later part of a talk (Transformer (2/2)) is no place to start, even when its part 1 is not in the catalog.
  const laterPart = (l: GuidedLecture): number =>
    Number(((graph.getNodeAttributes(l.key) as LectureNodeAttributes).part?.index ?? 1) > 1);
  // Nor is a talk at a venue (a paper presented at ICASSP), where a course or a series teaches the concept.
  const talk = (l: GuidedLecture): number =>
    Number((graph.getNodeAttributes(l.key) as LectureNodeAttributes).seriesKind === 'venue');
  // An introduction first, then an ordinary lecture (or a course's overview), then a supplement, then a research
  // talk: "Brief Introduction of Deep Learning", not a later course's review of deep learning models.
  const level = (l: GuidedLecture): number =>
    START_BY_LEVEL[(graph.getNodeAttributes(l.key) as LectureNodeAttributes).level ?? 'ordinary'];
  // The build's start (the lecture its prerequisites' reasons call the one to start the concept with) when the
  // graph has one; the rule above for a graph without.
  const built = (graph.getNodeAttributes(concept) as Partial<ConceptNodeAttributes>).start;
  const start =
    candidates.find((l) => l.key === built) ??
    [...candidates].sort(
      (x, y) =>
        laterPart(x) - laterPart(y) ||
        talk(x) - talk(y) ||
        level(x) - level(y) ||
        x.prerequisites - y.prerequisites ||
        byDate(x.date, y.date) ||
        x.depth - y.depth ||
        x.number - y.number,
    )[0] ??
    null;
  // The start first, then the lectures about the concept, then those that use it, each from basic to
  // advanced: a talk that only uses a concept is not where a learner meets it, however few
  // prerequisites it has.
  lectures.sort(
    (x, y) =>
      Number(y === start) - Number(x === start) ||
      Number(y.main) - Number(x.main) ||
      x.depth - y.depth ||
      byDate(x.date, y.date) ||
      x.number - y.number,
  );
  // The start stays first: an earlier part of its talk that only mentions the concept is offered before it, under
  // what to watch first, not above it in the list.
  const together = partsTogether(graph, lectures);
  const ordered = start && together[0] !== start ? [start, ...together.filter((l) => l !== start)] : together;
  // What to watch first for the concept: the start's prerequisites, but not a lecture that only course order puts
  // before it, on nothing it names (the course's GAN lecture before its self-supervised learning one); the
  // learning path follows the same rule.
  const direct = start
    ? prerequisitesOf(graph, start.key)
        .filter((p) => essential(graph, p.key, start.key, p.reasonKey))
        .slice(0, beforeCount)
    : [];
  const before = start ? inWatchOrder(graph, start.key, withEarlierParts(graph, direct)) : [];
  const startWhy = start && start.key === built ? whyStart(graph, start, candidates) : null;
  return { start, startWhy, before, lectures: ordered };
}

/**
 * Why the build chose `start` among the lectures about the concept: of those, the most basic (in the order of
 * LECTURE_LEVELS, which the build's start compares), then the earliest. A course's overview is never a start
 * there, and is left out here.
 */
function whyStart(graph: AtlasGraph, start: GuidedLecture, candidates: readonly GuidedLecture[]): StartWhy {
  const level = (l: GuidedLecture): LectureLevelName =>
    (graph.getNodeAttributes(l.key) as LectureNodeAttributes).level ?? 'ordinary';
  const others = candidates.filter((l) => l !== start && level(l) !== 'overview');
  if (!others.length) return 'only';
  const own = LECTURE_LEVELS.indexOf(level(start));
  if (others.every((l) => LECTURE_LEVELS.indexOf(level(l)) > own))
    return level(start) === 'introductory' ? 'introduction' : 'most-basic';
  return 'earliest';
}

/**
 * The list with the earlier parts of any later part of a talk in it, each with the reason of its own edge to the
 * next part: a learner is not sent to a talk's part 2 without its part 1 ("ChatGPT 原理剖析 (2/3)" before large
 * language model, its part 1 left out).
 */
function withEarlierParts(graph: AtlasGraph, list: readonly RankedLecture[]): RankedLecture[] {
  const out = [...list];
  const seen = new Set(list.map((l) => l.key));
  for (let i = 0; i < out.length; i++) {
    const part = (graph.getNodeAttributes(out[i]!.key) as LectureNodeAttributes).part;
    if (!part || part.index <= 1) continue;
    for (const p of prerequisitesOf(graph, out[i]!.key))
      if (!seen.has(p.key) && PART_REASONS.has(p.reasonKey ?? '')) {
        seen.add(p.key);
        out.push(p);
      }
  }
  return out;
}

/** The reasons of a prerequisite edge from a talk's earlier part (prerequisite-reasons.ts). */
const PART_REASONS = new Set(['previous-part', 'earlier-part', 'first-part']);

/** How the explorer folds Chinese names: the graph's Traditional → Simplified characters and regional wordings. */
export interface ChineseFolding {
  simplified?: Readonly<Record<string, string>>;
  /** Groups of words for one thing, in Simplified characters, the preferred wording first (网路 of 网路/网络). */
  wordings?: readonly (readonly string[])[];
}

/**
 * The aliases worth showing beside a concept's names: one per spelling, ignoring case and spacing
 * ("TRANSFORMER" and "transformers" add nothing to "Transformer") and, with the graph's Chinese folding, script and
 * regional wording (生成对抗网络 and 生成對抗網絡 are 生成對抗網路 in other characters and another wording): of one
 * name, the spelling in the preferred wording, then the one in Traditional characters, the channel's own. Never a
 * name already shown.
 */
export function shownAliases(
  label: string,
  labelZh: string | undefined,
  aliases: readonly string[],
  folding: ChineseFolding = {},
): string[] {
  const simplified = folding.simplified ?? {};
  const toSimplified = (s: string): string => [...s].map((ch) => simplified[ch] ?? ch).join('');
  const preferred = new Map<string, string>();
  for (const group of folding.wordings ?? []) for (const w of group) preferred.set(w, group[0]!);
  const words = [...preferred.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'gu') : null;
  const reword = (s: string): string => (pattern ? s.replace(pattern, (w) => preferred.get(w)!) : s);
  const bare = (s: string): string =>
    toSimplified(
      s
        .toLowerCase()
        .replace(/[\s\-_]+/g, '')
        .replace(/s$/, ''),
    );
  const key = (s: string): string => reword(bare(s));
  const traditional = (s: string): number => [...s].filter((ch) => (simplified[ch] ?? ch) !== ch).length;
  const seen = new Set([key(label), ...(labelZh ? [key(labelZh)] : [])]);
  // Of the spellings of one name: one in the preferred wording first, then the one with more Traditional characters.
  const chosen = new Map<string, { alias: string; wording: boolean; traditional: number }>();
  for (const a of aliases) {
    const b = bare(a);
    const k = reword(b);
    if (seen.has(k)) continue;
    const mine = { alias: a, wording: k === b, traditional: traditional(a) };
    const held = chosen.get(k);
    if (
      !held ||
      (mine.wording && !held.wording) ||
      (mine.wording === held.wording && mine.traditional > held.traditional)
    )
      chosen.set(k, mine);
  }
  return [...chosen.values()].map((c) => c.alias);
}
