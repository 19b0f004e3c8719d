/**
 * The units a course list numbers its videos with, where they are not "lectures": taught units ("Lesson 3:",
 * "Module 9a -", "Week 4:") and practical sessions ("Lab 2:", "Tutorial 5:"). A practical session puts the
 * lecture of its number into practice: it follows that lecture, and the course's next lecture follows the
 * lecture, not the practical. Their names in every interface language are here, for the explorer and the
 * reasons the build writes; and a lecture's place in its course (its number, its language version, the course
 * as one version of it), shared by the build and the explorer's queries.
 */
import type { LectureNodeAttributes } from './types.js';

/** Units that teach, in the order a course's chain reads them like lectures. */
export const TEACHING_UNITS = ['lesson', 'module', 'session', 'week', 'unit', 'chapter', 'class'] as const;
/** Units that practise what the lecture of the same number taught. */
export const PRACTICAL_UNITS = [
  'lab',
  'practical',
  'practicum',
  'tutorial',
  'recitation',
  'exercise',
] as const;

export type CourseUnit = (typeof TEACHING_UNITS)[number] | (typeof PRACTICAL_UNITS)[number];

const PRACTICAL: ReadonlySet<string> = new Set(PRACTICAL_UNITS);

/** The unit is a practical session (a lab, a tutorial …). */
export const isPractical = (unit: unknown): boolean => typeof unit === 'string' && PRACTICAL.has(unit);

/** A unit as Chinese counts it: 第 3 課, 第 9a 單元, 第 4 週, 第 2 次實作. */
const ZH: Record<CourseUnit, string> = {
  lesson: '課',
  module: '單元',
  unit: '單元',
  session: '堂',
  class: '堂',
  week: '週',
  chapter: '章',
  lab: '次實作',
  practical: '次實作',
  practicum: '次實作',
  tutorial: '次習題課',
  recitation: '次習題課',
  exercise: '次練習',
};

const known = (unit: unknown): unit is CourseUnit => typeof unit === 'string' && Object.hasOwn(ZH, unit);

/** The unit's English word in lower case ("module", "lab"); "lecture" where there is none or it is unknown. */
export const unitWord = (unit: unknown): string => (known(unit) ? unit : 'lecture');

/**
 * "Lecture 9a", "Module 9a", "Lab 2" in English; 第 9a 講, 第 9a 單元, 第 2 次實作 in Chinese. A unit this module does
 * not know (from a graph made elsewhere) is worded as a lecture.
 */
export function courseUnitName(number: string, unit: unknown, language: 'en' | 'zh-TW'): string {
  if (language === 'zh-TW') return `第 ${number} ${known(unit) ? ZH[unit] : '講'}`;
  const word = unitWord(unit);
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${number}`;
}

/** A series of practical sessions named after its course: "Deep Learning 2021 Labs", "CS 101 - Tutorials". */
const PRACTICAL_SERIES = new RegExp(
  String.raw`^(.*?\S)[\s:：|,–—-]*[(（]?\b(?:${PRACTICAL_UNITS.join('|')})s?(?:\s+sessions?)?[)）]?\s*$`,
  'iu',
);

/**
 * The course a series of practical sessions belongs to, by its name ("Deep Learning 2021 Labs" → "Deep Learning
 * 2021", "CS 101 (Tutorials)" → "CS 101"); undefined for any other series name.
 */
export const practicalSeriesCourse = (series: string): string | undefined =>
  PRACTICAL_SERIES.exec(series.trim())?.[1];

/** Where a practical session sits among the lectures of its number: after all of them (its sub-numbers stay below 1). */
const PRACTICAL_PLACE = 0.999;

/**
 * A lecture's place in its course from the course's own numbering: "9" → 9, "9-1" → 9.01, "21-2" → 21.02, "2b" → 2.02
 * (a sub-lecture after its main number, before the next one), and a practical session after every lecture of its
 * number ("Lab 2" → 2.999, between lecture 2b and lecture 3); undefined where the title gives none.
 */
export function courseNumber(
  a: Pick<LectureNodeAttributes, 'courseLecture' | 'courseUnit'>,
): number | undefined {
  const m = /^(\d+)(?:[-.](\d+)|([a-z]))?$/i.exec(a.courseLecture?.trim() ?? '');
  if (!m) return undefined;
  const sub = m[2] ? Number(m[2]) : m[3] ? m[3].toLowerCase().charCodeAt(0) - 96 : 0;
  // Lab 2a before Lab 2b, both after lecture 2b and before lecture 3.
  if (isPractical(a.courseUnit)) return Number(m[1]) + PRACTICAL_PLACE + sub / 100_000;
  return Number(m[1]) + sub / 100;
}

/** Which version of a course a lecture belongs to: the original or its English version (not the title's script). */
export const courseVersion = (a: Pick<LectureNodeAttributes, 'englishVersion'>): string =>
  a.englishVersion ? 'english-version' : 'original';

/** A course as one version of it: its series and version (the key series order and course order group by). */
export const courseKey = (a: Pick<LectureNodeAttributes, 'series' | 'englishVersion'>): string =>
  `${a.series}\u0000${courseVersion(a)}`;
