/**
 * The grammar of titles' numbers: numerals (Chinese, Roman), dates, and the patterns of course units, lecture numbers,
 * terms, bars and course codes that parse-title.ts reads a title with.
 */
import { PRACTICAL_UNITS, TEACHING_UNITS } from '../../core/course-units.js';

const CHINESE_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

export const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
};

/** A Chinese numeral up to 99 (三, 十二, 二十一) as a number; undefined for anything else. */
export function chineseNumeral(s: string): number | undefined {
  if (s in CHINESE_NUMERALS) return CHINESE_NUMERALS[s];
  const m =
    /^(十)?([一二三四五六七八九])?$/.exec(s) ?? /^([一二三四五六七八九])十([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  if (s.startsWith('十')) return 10 + (m[2] ? CHINESE_NUMERALS[m[2]]! : 0);
  return CHINESE_NUMERALS[m[1]!]! * 10 + (m[2] ? CHINESE_NUMERALS[m[2]]! : 0);
}

/** Whether year, month and day make a date that exists (not 2023-02-30). */
export function isValidDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The words a lecture list writes before a course unit's number: "Lesson 3:", "Module 2a -", "Week 4:" ("Class 5:"
 * only with its number: alone it may be a topic's word). The unit opening a title, with its number; the same word
 * without one ("Module - Deep Learning on graphs"); a unit inside a title that joins two ("Dataloading / Module 8a -
 * Embedding layers").
 */
const UNIT_WORDS = TEACHING_UNITS.filter((u) => u !== 'class').join('|');
/** A course's practical sessions, numbered like its lectures: "Lab 2:", "Tutorial 5 -" (src/core/course-units.ts). */
const PRACTICAL_WORDS = PRACTICAL_UNITS.join('|');
/** Every unit a course list numbers: teaching units, "Class" (only with a number), practical sessions. */
const NUMBERED_UNIT_WORDS = `${UNIT_WORDS}|Class|${PRACTICAL_WORDS}`;
/** A lecture's number as course lists write it: 5, 05, 2a, 2B, 9-1, 12.2 (a letter only where no word follows). */
const LECTURE_NUMBER = String.raw`\d{1,3}(?:[-.]\d{1,3}|[a-z](?![a-z]))?`;
/** What may stand between a unit's word and its number: "Lecture #6", "Lecture No. 6". */
const NUMBER_SIGN = String.raw`\s*(?:#|No\.)?\s*`;
/** "Lecture" and its short forms. */
const LECTURE_WORD = String.raw`(?:Lecture|Lect\.?|Lec\.?)`;
/** A dash between a number and its topic: "Lecture 3 - …", "Lecture 2 -- …". */
const DASH = String.raw`\s[-–—]{1,2}\s`;
export const NUMBERED_UNIT = new RegExp(
  String.raw`^\s*(${NUMBERED_UNIT_WORDS})\s${NUMBER_SIGN}(${LECTURE_NUMBER})\s*(?:[:：]|${DASH})`,
  'i',
);
/**
 * "Lecture 27: …", "Lec 5 - …", "Lecture #6: …", with what names its course before it: a tag or a topic ("ML
 * Lecture 21-1:", "GAN Lecture 1 (2018):"), a course's name and a colon ("CS231n Winter 2016: Lecture 5:"), a week
 * ("Week 3 - Lecture 2:").
 */
export const LEADING_LECTURE = new RegExp(
  String.raw`^\s*(?:(?<prefix>[^:：()（）]{1,40}?)(?<colon>\s*[:：])?\s+)?${LECTURE_WORD}${NUMBER_SIGN}` +
    String.raw`(?<number>${LECTURE_NUMBER})\s*(?:[（(]\s*(?<year>(?:19|20)\d{2})\s*[)）])?\s*(?:[:：]|${DASH})`,
  'i',
);
/** A bracket tag that numbers the lecture: "[Lecture 5]", "[Lab 2]". */
export const NUMBER_TAG = new RegExp(
  String.raw`^(?:${LECTURE_WORD}|(${NUMBERED_UNIT_WORDS}))${NUMBER_SIGN}(${LECTURE_NUMBER})$`,
  'i',
);
/** A week before a lecture's number: "Week 3 -", "Week 1,". */
export const WEEK_PREFIX = /^Week\s+(\d{1,2})\s*[-–—,:：]?$/i;
export const UNNUMBERED_UNIT = new RegExp(`^\\s*(?:${UNIT_WORDS})\\s*(?:[:：]|[-–—]\\s)`, 'i');
export const JOINED_UNIT = new RegExp(
  `\\s\\/\\s*(?:${UNIT_WORDS})\\s+\\d{1,3}[a-z]?\\s*(?:[:：]|\\s[-–—]\\s)\\s*`,
  'gi',
);

/** An offering's term: "Winter 2021", "Autumn 2018", or a year alone (the group `year`). */
const TERM = String.raw`(?:(?:Winter|Spring|Summer|Fall|Autumn)\s+)?(?<year>(?:19|20)\d{2})`;
export const TERM_SEGMENT = new RegExp(String.raw`^\s*${TERM}\s*$`, 'i');
/**
 * The segment of a title in bars that numbers the lecture: "Lecture 5 - Recurrent Neural Networks", "Lecture 2
 * (Autumn 2018)", "Lec 1", "Lesson #3: Convolutions", "EE 559 Lecture 3" (groups: the course's name before it, the
 * unit where it is not a lecture, the number, the term's year, the topic).
 */
export const NUMBERED_SEGMENT = new RegExp(
  String.raw`^\s*(?:(?<course>[^:：]{1,40}?)\s+(?=${LECTURE_WORD}${NUMBER_SIGN}\d))?` +
    String.raw`(?:${LECTURE_WORD}|(?<unit>${NUMBERED_UNIT_WORDS}))${NUMBER_SIGN}(?<number>${LECTURE_NUMBER})` +
    String.raw`\s*(?:[（(]\s*${TERM}\s*[)）])?\s*(?:(?:[:：]|[-–—]{1,2})\s*(?<topic>.*?))?\s*$`,
  'i',
);

/** A segment in bars that numbers the lecture of a total: "3/12" (the number at most the total). */
export const FRACTION_SEGMENT = /^\s*(?<number>\d{1,3})\s*\/\s*(?<total>\d{1,3})\s*$/;
/** A lecture's number closing a title after a dash: "… - Lecture 2", "… -- Lec 5". */
export const TRAILING_LECTURE = new RegExp(
  String.raw`${DASH}${LECTURE_WORD}${NUMBER_SIGN}(?<number>${LECTURE_NUMBER})\s*$`,
  'i',
);
/**
 * A university course's code: letters and three digits (CS229, CS231n, EE364a), or a department's number, a dot and
 * the course's (6.S191, 18.06).
 */
const COURSE_CODE = String.raw`(?:[A-Z]{2,4}\d{3}[A-Za-z]?|\d{1,2}\.[A-Z]?\d{2,4})`;
/** A course named by its code before a colon: "MIT 6.S191 (2023):", "Stanford CS229:", "CS231n:". */
export const CODED_COURSE = new RegExp(
  String.raw`^\s*(?<name>(?:[A-Z][A-Za-z]*\s+){0,2}${COURSE_CODE})\s*(?:[（(]\s*(?<year>(?:19|20)\d{2})\s*[)）])?\s*[:：]\s+(?=\S)`,
);
