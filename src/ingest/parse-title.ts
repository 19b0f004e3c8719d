/**
 * Title parsing: splits a catalog title into its display title and markers (date, course or series,
 * part, course lecture number, lecturer, language, optional, re-upload). The vocabulary of courses,
 * venues and marker words is data (`data/markers/series.json`); this file holds only the grammar.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isPersonName } from '../extract/termhood/person-name.js';
import { memoise } from '../extract/memoise.js';
import { loadGenericWordsData } from '../extract/termhood/generic-words.js';
import { abbreviates } from '../extract/discovery/abbreviates.js';
import { termStarts, type TermStarts } from '../extract/termhood/term-starts.js';
import { loadLexicon } from '../extract/lexicon.js';
import { escapeRegExp } from '../core/regexp.js';
import { wordBreaks } from '../extract/normalise.js';
import type { Part, SeriesKind } from '../core/types.js';
import { PRACTICAL_UNITS, TEACHING_UNITS, type CourseUnit } from '../core/course-units.js';

export interface TitleMarkers {
  courses: { name: string; match: string[] }[];
  venues: string[];
  englishVersionMarkers: string[];
  reuploadMarkers: string[];
  optionalMarkers: string[];
  supplementMarkers: string[];
  /** Words that mark a course's overview or introduction lecture ("Course Overview", 課程介紹). */
  overviewMarkers?: string[];
  /**
   * The terms the build's lexicon knows, for telling a speaker's name from the start of a term ("Monte Carlo: …");
   * the default lexicon's where not given. Not read from the markers file: ingest sets it from the build's lexicon.
   */
  terms?: () => TermStarts;
}

export const DEFAULT_MARKERS_PATH = fileURLToPath(new URL('../../data/markers/series.json', import.meta.url));

export function loadTitleMarkers(path = DEFAULT_MARKERS_PATH): TitleMarkers {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<TitleMarkers>;
  const lists = [
    'venues',
    'englishVersionMarkers',
    'reuploadMarkers',
    'optionalMarkers',
    'supplementMarkers',
  ] as const;
  for (const key of lists) {
    if (!Array.isArray(raw[key])) throw new Error(`${path}: "${key}" must be an array of strings`);
  }
  if (!Array.isArray(raw.courses)) throw new Error(`${path}: "courses" must be an array`);
  return raw as TitleMarkers;
}

export interface ParsedTitle {
  title: string;
  date?: string;
  series?: string;
  seriesKind?: SeriesKind;
  /** The series name without a year, used to share a year across a series. */
  seriesBase?: string;
  part?: Part;
  courseLecture?: string;
  courseUnit?: CourseUnit;
  lecturer?: string;
  lecturerRole?: 'TA' | 'speaker';
  language: 'zh' | 'en';
  optional?: boolean;
  /** The title says this is the English version of a lecture given in another language. */
  englishVersion?: boolean;
  /** The title marks the course's overview or introduction lecture. */
  courseOverview?: boolean;
  reuploaded?: boolean;
  /** True when nothing but markers was left: the display title falls back to the raw title. */
  onlyMarkers?: boolean;
}

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

const ROMAN: Record<string, number> = {
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

const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

function chineseNumeral(s: string): number | undefined {
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

interface SeriesMatch {
  series: string;
  seriesBase: string;
  kind: SeriesKind;
}

/**
 * A markers file read for matching: the course aliases and venues squashed, the marker patterns compiled. Made
 * once per markers object, not again for every title parsed (and every tag classified) of a catalog.
 */
interface MarkerPatterns {
  courses: { course: TitleMarkers['courses'][number]; aliases: Set<string> }[];
  venues: { venue: string; key: string }[];
  overview: string[];
  englishVersion: RegExp[];
  reupload: RegExp[];
  optional: RegExp[];
  supplement: RegExp;
}

const patternsMemo = new WeakMap<TitleMarkers, MarkerPatterns>();

/** A marker in brackets, (marker) or （marker）, any case. */
const bracketed = (marker: string): RegExp => new RegExp(`[（(]\\s*${escapeRegExp(marker)}\\s*[)）]`, 'i');

function markerPatterns(markers: TitleMarkers): MarkerPatterns {
  let p = patternsMemo.get(markers);
  if (!p) {
    const supplement = markers.supplementMarkers.map(escapeRegExp).join('|');
    p = {
      courses: markers.courses.map((course) => ({ course, aliases: new Set(course.match.map(squash)) })),
      venues: markers.venues.map((venue) => ({ venue, key: squash(venue) })),
      overview: (markers.overviewMarkers ?? []).map((m) => m.toLowerCase()),
      englishVersion: markers.englishVersionMarkers.map(
        (marker) => new RegExp(`[（(]\\s*${escapeRegExp(marker)}\\s*[)）]|${escapeRegExp(marker)}`, 'i'),
      ),
      reupload: markers.reuploadMarkers.map(bracketed),
      optional: markers.optionalMarkers.map(bracketed),
      supplement: new RegExp(`[（(]\\s*([^()（）]*?)\\s*(?:${supplement})\\s*[)）]`, 'i'),
    };
    patternsMemo.set(markers, p);
  }
  return p;
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
const NUMBERED_UNIT = new RegExp(
  String.raw`^\s*(${NUMBERED_UNIT_WORDS})\s${NUMBER_SIGN}(${LECTURE_NUMBER})\s*(?:[:：]|${DASH})`,
  'i',
);
/**
 * "Lecture 27: …", "Lec 5 - …", "Lecture #6: …", with what names its course before it: a tag or a topic ("ML
 * Lecture 21-1:", "GAN Lecture 1 (2018):"), a course's name and a colon ("CS231n Winter 2016: Lecture 5:"), a week
 * ("Week 3 - Lecture 2:").
 */
const LEADING_LECTURE = new RegExp(
  String.raw`^\s*(?:(?<prefix>[^:：()（）]{1,40}?)(?<colon>\s*[:：])?\s+)?${LECTURE_WORD}${NUMBER_SIGN}` +
    String.raw`(?<number>${LECTURE_NUMBER})\s*(?:[（(]\s*(?<year>(?:19|20)\d{2})\s*[)）])?\s*(?:[:：]|${DASH})`,
  'i',
);
/** A bracket tag that numbers the lecture: "[Lecture 5]", "[Lab 2]". */
const NUMBER_TAG = new RegExp(
  String.raw`^(?:${LECTURE_WORD}|(${NUMBERED_UNIT_WORDS}))${NUMBER_SIGN}(${LECTURE_NUMBER})$`,
  'i',
);
/** A week before a lecture's number: "Week 3 -", "Week 1,". */
const WEEK_PREFIX = /^Week\s+(\d{1,2})\s*[-–—,:：]?$/i;
const UNNUMBERED_UNIT = new RegExp(`^\\s*(?:${UNIT_WORDS})\\s*(?:[:：]|[-–—]\\s)`, 'i');
const JOINED_UNIT = new RegExp(
  `\\s\\/\\s*(?:${UNIT_WORDS})\\s+\\d{1,3}[a-z]?\\s*(?:[:：]|\\s[-–—]\\s)\\s*`,
  'gi',
);

/** An offering's term: "Winter 2021", "Autumn 2018", or a year alone (the group `year`). */
const TERM = String.raw`(?:(?:Winter|Spring|Summer|Fall|Autumn)\s+)?(?<year>(?:19|20)\d{2})`;
const TERM_SEGMENT = new RegExp(String.raw`^\s*${TERM}\s*$`, 'i');
/**
 * The segment of a title in bars that numbers the lecture: "Lecture 5 - Recurrent Neural Networks", "Lecture 2
 * (Autumn 2018)", "Lec 1", "Lesson #3: Convolutions", "EE 559 Lecture 3" (groups: the course's name before it, the
 * unit where it is not a lecture, the number, the term's year, the topic).
 */
const NUMBERED_SEGMENT = new RegExp(
  String.raw`^\s*(?:(?<course>[^:：]{1,40}?)\s+(?=${LECTURE_WORD}${NUMBER_SIGN}\d))?` +
    String.raw`(?:${LECTURE_WORD}|(?<unit>${NUMBERED_UNIT_WORDS}))${NUMBER_SIGN}(?<number>${LECTURE_NUMBER})` +
    String.raw`\s*(?:[（(]\s*${TERM}\s*[)）])?\s*(?:(?:[:：]|[-–—]{1,2})\s*(?<topic>.*?))?\s*$`,
  'i',
);

/** A segment in bars that numbers the lecture of a total: "3/12" (the number at most the total). */
const FRACTION_SEGMENT = /^\s*(?<number>\d{1,3})\s*\/\s*(?<total>\d{1,3})\s*$/;
/** A lecture's number closing a title after a dash: "… - Lecture 2", "… -- Lec 5". */
const TRAILING_LECTURE = new RegExp(
  String.raw`${DASH}${LECTURE_WORD}${NUMBER_SIGN}(?<number>${LECTURE_NUMBER})\s*$`,
  'i',
);
/**
 * A university course's code: letters and three digits (CS229, CS231n, EE364a), or a department's number, a dot and
 * the course's (6.S191, 18.06).
 */
const COURSE_CODE = String.raw`(?:[A-Z]{2,4}\d{3}[A-Za-z]?|\d{1,2}\.[A-Z]?\d{2,4})`;
/** A course named by its code before a colon: "MIT 6.S191 (2023):", "Stanford CS229:", "CS231n:". */
const CODED_COURSE = new RegExp(
  String.raw`^\s*(?<name>(?:[A-Z][A-Za-z]*\s+){0,2}${COURSE_CODE})\s*(?:[（(]\s*(?<year>(?:19|20)\d{2})\s*[)）])?\s*[:：]\s+(?=\S)`,
);

/** Classifies a tag such as "ML 2021", "機器學習2021", "ICASSP 2020" or "TA 補充課". */
export function classifySeriesTag(tag: string, markers: TitleMarkers): SeriesMatch | undefined {
  const text = tag.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const m = /^(.*?)[\s-]*((?:19|20)\d{2})?$/.exec(text)!;
  const name = m[1]!.trim();
  const year = m[2];
  const key = squash(name);
  if (!key) return undefined;
  const patterns = markerPatterns(markers);
  for (const { course, aliases } of patterns.courses) {
    if (aliases.has(key)) {
      return {
        series: year ? `${course.name} ${year}` : course.name,
        seriesBase: course.name,
        kind: 'course',
      };
    }
  }
  const venue = patterns.venues.find((v) => v.key === key)?.venue;
  if (venue) return { series: year ? `${venue} ${year}` : venue, seriesBase: venue, kind: 'venue' };
  return { series: text, seriesBase: year ? name : text, kind: 'series' };
}

/**
 * Whether `text` names `cue` (both lower case): a Chinese cue as whole words, where a word segmenter puts word
 * breaks at both its ends (開學 "term starts", not the 開學 across 打開 and 學習 in 如何打開學習模型的黑盒子).
 */
function namesCue(text: string, cue: string): boolean {
  let at = text.indexOf(cue);
  if (at < 0 || !/\p{Script=Han}/u.test(cue)) return at >= 0;
  const breaks = wordBreaks(text);
  for (; at >= 0; at = text.indexOf(cue, at + 1))
    if (breaks.has(at) && breaks.has(at + cue.length)) return true;
  return false;
}

/** Parses a title (without its catalog number). Never throws; unknown text stays in the title. */
export function parseTitle(rawTitle: string, markers: TitleMarkers): ParsedTitle {
  let t = ` ${rawTitle.replace(/\s+/g, ' ').trim()} `;
  const out: Omit<ParsedTitle, 'title' | 'language'> = {};
  const lower = rawTitle.toLowerCase();
  const patterns = markerPatterns(markers);
  if (patterns.overview.some((m) => namesCue(lower, m))) out.courseOverview = true;
  let english = false;
  const setSeries = (s: SeriesMatch): void => {
    Object.assign(out, { series: s.series, seriesBase: s.seriesBase, seriesKind: s.kind });
  };

  const cut = (re: RegExp, onMatch: (m: RegExpExecArray) => boolean | void): void => {
    const m = re.exec(t);
    if (m && onMatch(m) !== false) t = t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length);
  };

  // English-version markers, inside tags or standing alone.
  for (const re of patterns.englishVersion) {
    while (re.test(t)) {
      english = true;
      t = t.replace(re, ' ');
    }
  }

  // Bracket tags: dates and series, anywhere in the title.
  const tagRe = /\[([^[\]]*)\]|【([^【】]*)】/g;
  const tags: string[] = [];
  t = t.replace(tagRe, (_all, a: string | undefined, b: string | undefined) => {
    tags.push((a ?? b ?? '').trim());
    return ' ';
  });
  for (const tag of tags) {
    const numbered = NUMBER_TAG.exec(tag);
    if (numbered && out.courseLecture === undefined) {
      out.courseLecture = numbered[2]!;
      if (numbered[1]) out.courseUnit = numbered[1].toLowerCase() as CourseUnit;
      continue;
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tag);
    if (date) {
      const [y, mo, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
      if (isValidDate(y, mo, d) && out.date === undefined) out.date = tag;
      continue;
    }
    if (out.series !== undefined || !tag) continue;
    const s = classifySeriesTag(tag, markers);
    if (s) setSeries(s);
  }

  // Lecturer: (由助教姜成翰同學講授), (由姜成翰助教講授), (Speaker: Tao Tu).
  cut(/[（(]\s*由\s*([^()（）]+?)\s*(?:講授|讲授|主講|主讲)\s*[)）]/, (m) => {
    const body = m[1]!;
    const names = body
      .split(/\s*(?:和|與|与|及|、|,|，)\s*/)
      .map((n) => n.replace(/助教|同學|同学|老師|老师|教授/g, '').trim())
      .filter(Boolean);
    if (names.length === 0) return false;
    out.lecturer = names.join(', ');
    if (/助教/.test(body)) out.lecturerRole = 'TA';
    return true;
  });
  cut(/[（(]\s*(?:Speaker|Speakers|Presenter|講者|讲者)\s*[:：]\s*([^()（）]+?)\s*[)）]/i, (m) => {
    out.lecturer = m[1]!.trim();
    out.lecturerRole = 'speaker';
  });
  // "(Demo by AOE)": who gives the demo.
  cut(/[（(]\s*(?:Demo|Demonstrated|Presented)\s+by\s+([^()（）]{1,40}?)\s*[)）]/i, (m) => {
    out.lecturer = m[1]!.trim();
    out.lecturerRole = 'speaker';
  });
  // A talk's byline at the end: "Audio Language Models - Neil Zeghidour (Moshi)", "… - Minje Kim (UIUC)": a
  // person's name after a dash, with an affiliation in brackets.
  if (out.lecturer === undefined)
    cut(
      // The dash may touch the name ("… SemantiCodec -Wenwu Wang (Univ. of Surrey)"), never the title before it.
      /\s[-–—]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*[（(]([^()（）]{1,40})[)）]\s*$/u,
      (m) => {
        if (!isByline(m[1]!, m[2]!)) return false;
        out.lecturer = m[1]!.trim();
        out.lecturerRole = 'speaker';
        return true;
      },
    );

  for (const re of patterns.reupload) {
    cut(re, () => {
      out.reuploaded = true;
    });
  }
  for (const re of patterns.optional) {
    cut(re, () => {
      out.optional = true;
    });
  }

  // A parenthetical supplement tag: (線性代數 2022 課程補充).
  cut(patterns.supplement, (m) => {
    if (out.series !== undefined) return true;
    const s = classifySeriesTag(m[1]!, markers);
    if (!s || s.kind !== 'course') return false;
    setSeries(s);
    return true;
  });

  // Part markers.
  const setPart = (index: number, total?: number): boolean => {
    if (out.part || !(index >= 1) || (total !== undefined && !(total >= index))) return false;
    out.part = total === undefined ? { index } : { index, total };
    return true;
  };
  cut(/[（(]\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*[)）]/, (m) => setPart(Number(m[1]), Number(m[2])));
  cut(/[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]/, (m) => {
    const n = chineseNumeral(m[1]!);
    return n !== undefined && setPart(n);
  });
  cut(/[（(]\s*([上中下])\s*[)）]/, (m) =>
    m[1] === '上' ? setPart(1, 2) : m[1] === '下' ? setPart(2, 2) : setPart(2, 3),
  );
  // A small number in brackets closing the title: "Deep Learning on graphs (2)" (never a year, never mid-title).
  cut(/[（(]\s*(\d{1,2})\s*[)）]\s*$/, (m) => Number(m[1]) <= 20 && setPart(Number(m[1])));
  // "Part 2", "(Part II)", "(Part 1/2)", "Part 1 of 3": a bracket only with its pair, the total where one is given.
  const partOf = (m: RegExpExecArray): boolean => {
    const v = m[1]!.toUpperCase();
    const total = m[2] === undefined ? undefined : Number(m[2]);
    return setPart(/^\d+$/.test(v) ? Number(v) : (ROMAN[v] ?? NaN), total);
  };
  const PART = String.raw`\bPart\s+(\d{1,3}|[IVX]{1,5})\b(?:\s*(?:\/|\bof\b)\s*(\d{1,3}))?`;
  cut(new RegExp(String.raw`[（(]\s*${PART}\s*[)）]`, 'i'), partOf);
  cut(new RegExp(PART, 'i'), partOf);

  // A video title in bars, as playlists write them ("Stanford CS224N: NLP with Deep Learning | Winter 2021 |
  // Lecture 5 - Recurrent Neural Networks", "Linear Regression | Lecture 2 (Autumn 2018)", "Lec 1 | MIT 6.00 …",
  // "DeepMind x UCL | Deep Learning Lectures | 3/12 | Convolutional Networks"): the segment that numbers the lecture
  // gives its number, and the topic where it names one; a term ("Winter 2021") dates the offering. The other
  // segments are the course's name beside a topic (its series, where no tag gave one, with the term's year), and the
  // title where the numbered segment names none — those after it where segments stand on both sides of it.
  const segments = t.split(/\s[|｜]\s/);
  let numbered = segments.length > 1 ? segments.findIndex((x) => NUMBERED_SEGMENT.test(x)) : -1;
  let m: RegExpExecArray | null = numbered >= 0 ? NUMBERED_SEGMENT.exec(segments[numbered]!) : null;
  if (!m && segments.length > 2) {
    numbered = segments.findIndex((x, i) => {
      const f = i > 0 && i < segments.length - 1 ? FRACTION_SEGMENT.exec(x) : null;
      return (
        f !== null && Number(f.groups!.number) >= 1 && Number(f.groups!.number) <= Number(f.groups!.total)
      );
    });
    if (numbered >= 0) m = FRACTION_SEGMENT.exec(segments[numbered]!);
  }
  if (m) {
    const g = m.groups!;
    out.courseLecture = g.number!;
    if (g.unit) out.courseUnit = g.unit.toLowerCase() as CourseUnit;
    let year = g.year;
    const before: string[] = [];
    const after: string[] = [];
    for (const [i, segment] of segments.entries()) {
      if (i === numbered) continue;
      const term = TERM_SEGMENT.exec(segment);
      if (term) year ??= term.groups!.year;
      else if (segment.trim()) (i < numbered ? before : after).push(segment.trim());
    }
    const rest = [...before, ...after];
    const split = before.length > 0 && after.length > 0;
    const topic = g.topic?.trim() || (split ? after.join(' | ') : '');
    // The course: named before the number in its segment ("EE 559 Lecture 3"), else by the rest beside a topic.
    const course = g.course?.trim() || (g.topic?.trim() ? rest.join(' | ') : split ? before.join(' | ') : '');
    if (course && out.series === undefined) {
      const s = classifySeriesTag(`${course}${year ? ` ${year}` : ''}`, markers);
      if (s) setSeries(s);
    }
    t = ` ${topic || rest.join(' | ')} `;
  } else {
    // "… - Lecture 2" closing a title: its number (the rest is a topic, or the course's name: see ingest's
    // course-named-titles.ts).
    cut(TRAILING_LECTURE, (tm) => {
      out.courseLecture = tm.groups!.number!;
    });
  }

  // Leading course prefixes: "Machine Learning (2020): …", "ML Lecture 21-1: …", "Lecture 27: …".
  t = ` ${t.trim()} `;
  cut(/^\s*([^:：()（）]{1,40}?)\s*[（(]\s*((?:19|20)\d{2})\s*[)）]\s*[:：]/, (m) => {
    const s = classifySeriesTag(`${m[1]} ${m[2]}`, markers);
    if (!s || s.kind !== 'course') return false;
    if (out.series === undefined) setSeries(s);
    return true;
  });
  // A lecture's number in brackets after its course's name: "Neural Nets for NLP 2021 (5): Recurrent Networks".
  if (out.courseLecture === undefined)
    cut(/^\s*([^:：()（）]{1,60}?)\s*[（(]\s*(\d{1,2})\s*[)）]\s*[:：]/, (m) => {
      const s = classifySeriesTag(m[1]!, markers);
      if (!s) return false;
      if (out.series === undefined) setSeries(s);
      out.courseLecture = m[2]!;
      return true;
    });
  let keep = '';
  if (out.courseLecture === undefined)
    cut(LEADING_LECTURE, (m) => {
      const { prefix, colon, number, year } = m.groups!;
      // "Week 3 - Lecture 2:": the second lecture of week 3, numbered as the channel's "Lecture 3-2".
      const week = prefix ? WEEK_PREFIX.exec(prefix) : null;
      if (week) {
        out.courseLecture = `${week[1]}-${number}`;
        return true;
      }
      if (prefix) {
        const s = classifySeriesTag(year ? `${prefix} ${year}` : prefix, markers);
        if (!s) return false;
        // A course prefix is a tag ("ML Lecture 1:"), and so is a name a colon closes ("CS231n Winter 2016:");
        // any other names the topic ("GAN Lecture 1 (2018):"), which makes a series and stays in the title.
        if (s.kind !== 'course' && !colon) keep = `${prefix.trim()} - `;
        if (out.series === undefined) setSeries(s);
      }
      out.courseLecture = number!;
      return true;
    });
  // A course's unit in a lecture list: "Lesson 3: …", "Module 2a - …", "Week 4: …" (the series is the list's).
  if (out.courseLecture === undefined)
    cut(NUMBERED_UNIT, (m) => {
      out.courseUnit = m[1]!.toLowerCase() as CourseUnit;
      out.courseLecture = m[2]!;
      return true;
    });
  // A course's code before a colon, with its institution and year where given: "MIT 6.S191 (2023): …", "CS231n: …".
  cut(CODED_COURSE, (cm) => {
    const { name, year } = cm.groups!;
    const s = classifySeriesTag(year ? `${name} ${year}` : name!, markers);
    if (!s) return false;
    if (out.series === undefined) setSeries(s);
    return true;
  });
  // The same unit word without a number ("Module - Deep Learning on graphs (1)"), and a unit named inside a title
  // that joins two ("Dataloading / Module 8a - Embedding layers"), are the list's wording, not the topic's.
  if (out.courseLecture === undefined) cut(UNNUMBERED_UNIT, () => true);
  t = t.replace(JOINED_UNIT, ' / ');
  // A numbered topic series: "Deep Learning Theory 1-2: …", "Structured Learning 2: …" — a name of two to four
  // capitalised words, a number of at most two digits (never a year), then a colon. The name stays in the title.
  if (out.courseLecture === undefined)
    cut(/^\s*((?:[A-Z][A-Za-z]+\s+){1,3}[A-Z][A-Za-z]+)\s+(\d{1,2}(?:-\d{1,2})?)\s*[:：]/, (m) => {
      const name = m[1]!.trim();
      if (out.series === undefined) setSeries({ series: name, seriesBase: name, kind: 'series' });
      out.courseLecture = m[2]!;
      keep = `${name} ${m[2]}: `;
      return true;
    });
  // A numbered list's item: "1. Introduction and Scope" (never "2.0 …": a space after the dot).
  if (out.courseLecture === undefined)
    cut(/^\s*(\d{1,3})\.\s+(?=\S)/, (m) => {
      out.courseLecture = String(Number(m[1]));
    });
  // "第6講：…" (lecture 6 of the series in the tag).
  cut(/^\s*第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[講讲課课]\s*[:：]?/, (m) => {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
    if (n === undefined) return false;
    out.courseLecture = String(n);
    return true;
  });
  // A talk named by its speaker without an affiliation, once parts and course units are cut: "Yann LeCun:
  // Energy-Based Models", "Software 2.0 | Andrej Karpathy", "… by Josh Tobin (Part 1)".
  if (out.lecturer === undefined) {
    const terms = markers.terms ?? defaultTermStarts;
    const speaker = (m: RegExpExecArray, closing: boolean): boolean => {
      // Two words no word list holds name a speaker only opening an English title (its rest is English).
      const rest = closing ? '' : t.slice(m.index + m[0].length);
      if (!isSpeaker(m.groups!.name!, closing && /^(?:\||by)$/.test(m.groups!.sep!), rest, terms))
        return false;
      out.lecturer = m.groups!.name!;
      out.lecturerRole = 'speaker';
      return true;
    };
    cut(LEADING_SPEAKER, (m) => speaker(m, false));
    if (out.lecturer === undefined) cut(TRAILING_SPEAKER, (m) => speaker(m, true));
  }
  if (keep) t = ` ${keep}${t.trim()} `;

  let title = tidy(t);
  if (!title) {
    out.onlyMarkers = true;
    title = tidy(rawTitle) || rawTitle.trim();
  }
  const language: 'zh' | 'en' = english ? 'en' : /\p{Script=Han}/u.test(title) ? 'zh' : 'en';
  if (english) out.englishVersion = true;
  return { title, language, ...out };
}

/**
 * Whether "Name (Affiliation)" after a title's dash is a speaker's byline: a person's name as compromise knows
 * names, or capitalised words one of which no English word list holds (Dongchao Yang, Minje Kim), with a
 * bracket that does not abbreviate them ("Energy Based (EBGAN)" is a term and its acronym).
 */
function isByline(name: string, bracket: string): boolean {
  if (abbreviates(bracket.trim(), name)) return false;
  if (isPersonName(name)) return true;
  const words = name.trim().split(/\s+/);
  const english = loadGenericWordsData().en;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && words.some((w) => !english.has(w.toLowerCase()));
}

/** A given name and a surname, as a speaker's name is written ("Yann LeCun", "Fei-Fei Li"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+`;
/** A speaker opening a title ("Yann LeCun: …", "Andrej Karpathy | …") or closing it ("… - Yann LeCun", "… by …"). */
const LEADING_SPEAKER = new RegExp(String.raw`^\s*(?<name>${PERSON})\s*(?<sep>[:：|]|\s[-–—])\s+(?=\S)`, 'u');
const TRAILING_SPEAKER = new RegExp(String.raw`\s(?<sep>[-–—|]|by)\s+(?<name>${PERSON})\s*$`, 'u');

/**
 * Whether two capitalised words beside a title's separator name its speaker: a name compromise knows as a
 * person's (Yann LeCun, Geoffrey Hinton); closing a title after a bar or "by", also a given name it knows before
 * a surname no English word list holds (Josh Tobin); opening an English title, also two words neither an English
 * word list nor the lexicon holds (Yoshua Bengio: Towards Conscious Machines; not "Aprendizaje Profundo: Redes
 * Convolucionales", whose rest is no English). Capitalised topics and tools ("Convolutional Networks", "Pytorch
 * Lightning", "Mask Rcnn") are none, nor is the start of a lexicon term, whatever compromise makes of its words
 * ("Monte Carlo: …" opens Monte Carlo tree search). compromise's answers are memoised by name (a catalog repeats
 * its speakers); the lexicon's, a set lookup each, are not (they differ between lexicons).
 */
const knownSpeaker = memoise((name) => isPersonName(name));
const looseSpeaker = memoise((name) => {
  const english = loadGenericWordsData().en;
  return isPersonName(name, (w) => !english.has(w.toLowerCase()));
});
const noEnglishWord = memoise((name) => {
  const english = loadGenericWordsData().en;
  return name.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !english.has(w.toLowerCase()));
});
/** At least half the words of `text` are English words: the title is written in English. */
const mostlyEnglish = (text: string): boolean => {
  const english = loadGenericWordsData().en;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((w) => english.has(w)).length * 2 >= words.length;
};
let defaultTerms: TermStarts | undefined;
const defaultTermStarts = (): TermStarts => (defaultTerms ??= termStarts(loadLexicon()));

function isSpeaker(name: string, loose: boolean, rest: string, terms: () => TermStarts): boolean {
  if ((loose ? looseSpeaker : knownSpeaker)(name) || (rest && noEnglishWord(name) && mostlyEnglish(rest))) {
    const { starts, words } = terms();
    if (starts.has(name.toLowerCase())) return false;
    return !noEnglishWord(name) || !name.split(/\s+/).some((w) => words.has(w.toLowerCase()));
  }
  return false;
}

/** Collapses what marker removal leaves behind: doubled spaces, dangling separators, empty brackets. */
function tidy(s: string): string {
  let t = s.replace(/[（(]\s*[)）]/g, ' ').replace(/\s+/g, ' ');
  t = t.replace(/\s+([：:，,。？?！!])/g, '$1');
  // Separators left doubled by a removed marker: "A - - B", "A : - B".
  t = t.replace(/\s*([-–—:：])\s*(?:[-–—]\s*)+/g, ' $1 ');
  t = t.trim();
  for (;;) {
    const next = t
      .replace(/^[-–—:：,，|]+\s*/, '')
      .replace(/\s*[-–—:：,，|]+$/, '')
      .trim();
    if (next === t) break;
    t = next;
  }
  return t.replace(/\s+/g, ' ');
}
