/**
 * How far into its topics a lecture goes, from what its title and tags say: a course overview, an
 * introduction, an ordinary course lecture, a supplementary or advanced lecture ("More about …",
 * "… and its variants", a TA supplement), or a research talk at a venue. On a shared topic the lower
 * level is watched first; the level never overrides an explicit series order.
 */
import { readFileSync } from 'node:fs';
import { escapeRegExp } from '../core/regexp.js';
import { LECTURE_LEVELS, type AtlasGraph, type LectureRecord } from '../core/types.js';
import { isPractical } from '../core/course-units.js';

export const LEVEL = { overview: 0, introductory: 1, ordinary: 2, advanced: 3, research: 4 } as const;
export type LectureLevel = (typeof LEVEL)[keyof typeof LEVEL];

export interface LevelCues {
  introductory: string[];
  advanced: string[];
  supplementary: string[];
  /** A session that puts the lectures before it to work (a demo, a practice module), whatever its unit. */
  practice: string[];
}

export const NO_LEVEL_CUES: LevelCues = { introductory: [], advanced: [], supplementary: [], practice: [] };

const DEFAULT_LEVELS_PATH = new URL('../../data/markers/levels.json', import.meta.url);

export function loadLevelCues(path: string | URL = DEFAULT_LEVELS_PATH): LevelCues {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<keyof LevelCues, unknown>>;
  const list = (key: keyof LevelCues): string[] => {
    const v = raw[key];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
      throw new Error(`${String(path)}: "${key}" must be an array of strings`);
    return v;
  };
  return {
    introductory: list('introductory'),
    advanced: list('advanced'),
    supplementary: list('supplementary'),
    practice: list('practice'),
  };
}

/** What tells a practical session: its unit (Lab 2, Tutorial 5) or, failing that, a practice cue in its title. */
export type PracticalOf = (a: Pick<LectureRecord, 'title' | 'rawTitle' | 'courseUnit'>) => boolean;

/** One predicate per set of cues: the build's relations and its prerequisite context ask the same one. */
const practicalByCues = new WeakMap<LevelCues, PracticalOf>();

/**
 * A practical session puts the lecture of its number into practice: a course unit that says so (course-units.ts),
 * or a title that does ("Keras Demo", "Recurrent Neural Networks practice", matched on the title without its tags).
 */
export function practicalSessions(cues: LevelCues): PracticalOf {
  let of = practicalByCues.get(cues);
  if (of) return of;
  const practice = cueMatcher(cues.practice);
  // Asked of each lecture by series order and again, per neighbour, by course order: read each title once.
  const seen = new WeakMap<object, boolean>();
  of = (a) => {
    let v = seen.get(a);
    if (v === undefined) seen.set(a, (v = isPractical(a.courseUnit) || practice(a.title || a.rawTitle)));
    return v;
  };
  practicalByCues.set(cues, of);
  return of;
}

/** Practical sessions by their unit alone, for callers without the title cues. */
export const BY_UNIT: PracticalOf = (a) => isPractical(a.courseUnit);

/** A case-insensitive matcher for cue phrases; Latin cues match whole words only ("intro" not in "introspection"). */
export function cueMatcher(cues: readonly string[]): (text: string) => boolean {
  if (cues.length === 0) return () => false;
  const parts = cues.map((c) => {
    const body = escapeRegExp(c.trim()).replace(/\s+/g, '\\s+');
    return /^[\p{Script=Latin}\d]/u.test(c) ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
  });
  const re = new RegExp(parts.join('|'), 'iu');
  return (text) => re.test(text);
}

/**
 * A paper-style title: one coined name with at least two capitals, then a colon and a subtitle
 * ("SUPERB: Is self-supervised learning universal …", "WG-WaveNet: Real-Time …", "VQVC+: One-Shot …").
 * Course prefixes ("ML Lecture 21-1:", "Machine Learning (2020):") are already gone from `title`.
 */
export function paperStyle(title: string): boolean {
  const m = /^\s*([\p{L}\p{N}][\p{L}\p{N}+\-.]*)\s*[:：]\s*\S/u.exec(title);
  if (!m) return false;
  const name = m[1]!;
  return (name.match(/\p{Lu}/gu) ?? []).length >= 2 && /^\p{Script=Latin}/u.test(name);
}

export type LevelOf = (
  lecture: Pick<
    LectureRecord,
    'rawTitle' | 'title' | 'seriesKind' | 'courseOverview' | 'lecturerRole' | 'courseLecture'
  >,
) => LectureLevel;

export function lectureLevels(cues: LevelCues): LevelOf {
  const intro = cueMatcher(cues.introductory);
  const advanced = cueMatcher(cues.advanced);
  const supplementary = cueMatcher(cues.supplementary);
  return (l) => {
    if (l.courseOverview) return LEVEL.overview;
    // A guest's talk is research; a lecture the course numbers is the course's, whoever gives it ("ML Lecture 3-2:
    // Gradient Descent (Demo by AOE)").
    const guest = l.lecturerRole === 'speaker' && l.courseLecture === undefined;
    // A paper-style title is a paper's talk, not a course's numbered lecture ("Lecture 12: BERT: …").
    const paper = paperStyle(l.title) && l.courseLecture === undefined;
    if (l.seriesKind === 'venue' || guest || paper) return LEVEL.research;
    const text = l.title || l.rawTitle;
    const isIntro = intro(text);
    const isAdvanced = advanced(text) || supplementary(l.rawTitle || l.title);
    if (isIntro && !isAdvanced) return LEVEL.introductory;
    if (isAdvanced && !isIntro) return LEVEL.advanced;
    return LEVEL.ordinary;
  };
}

/**
 * What an English introductory cue says its lecture introduces, where the title names it with a preposition:
 * "Introduction to Julia: Automatic differentiation with dual numbers" introduces Julia, not automatic
 * differentiation; "Overview of NLP Tasks" introduces NLP tasks. The object runs to the next break in the title (a
 * colon, a dash, a bar or a bracket); lower case. Undefined where no cue takes an object ("GAN - Introduction",
 * "BERT and its family - Introduction and Fine-tune", "機器學習基本概念簡介").
 */
export function introducedObject(cues: LevelCues): (title: string) => string | undefined {
  const latin = cues.introductory.filter((c) => /^[\p{Script=Latin}]/u.test(c));
  if (latin.length === 0) return () => undefined;
  const cue = latin.map((c) => escapeRegExp(c.trim()).replace(/\s+/g, '\\s+')).join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${cue})\\s+(?:to|of|on|in|into)\\s+([^:：|｜()（）\\[\\]]+?)\\s*(?:$|[:：|｜()（）\\[\\]]|\\s[-–—]\\s)`,
    'iu',
  );
  return (title) => re.exec(title)?.[1]?.toLowerCase();
}

/**
 * Writes each lecture's level into the graph as its `level` attribute, where it is not an ordinary lecture: the
 * explorer reads it to start a learner on a concept at an introduction rather than at a supplement.
 */
export function markLevels(graph: AtlasGraph, levelOf: LevelOf): void {
  graph.forEachNode((key, a) => {
    if (a.kind !== 'lecture') return;
    const level = LECTURE_LEVELS[levelOf(a)];
    if (level !== 'ordinary') graph.mergeNodeAttributes(key, { level });
  });
}
