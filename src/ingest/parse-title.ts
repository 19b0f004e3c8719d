/**
 * Title parsing: splits a catalog title into its display title and markers (date, course or series,
 * part, course lecture number, lecturer, language, optional, re-upload), in order: tags, lecturers, parts, bars,
 * course prefixes, units and numbers, speakers. The vocabulary of courses, venues and marker words is data
 * (`data/markers/series.json`, read by title/markers.ts); the patterns are in title/grammar.ts, the speaker test in
 * title/speakers.ts; this file holds the order they are applied in.
 */
import type { Part, SeriesKind } from '../core/types.js';
import type { CourseUnit } from '../core/course-units.js';
import { wordBreaks } from '../extract/normalise.js';
import {
  CODED_COURSE,
  FRACTION_SEGMENT,
  JOINED_UNIT,
  LEADING_LECTURE,
  NUMBERED_SEGMENT,
  NUMBERED_UNIT,
  NUMBER_TAG,
  ROMAN,
  TERM_SEGMENT,
  TRAILING_LECTURE,
  UNNUMBERED_UNIT,
  WEEK_PREFIX,
  chineseNumeral,
  isValidDate,
} from './title/grammar.js';
import { classifySeriesTag, markerPatterns, type SeriesMatch, type TitleMarkers } from './title/markers.js';
import {
  LEADING_SPEAKER,
  TRAILING_SPEAKER,
  defaultTermStarts,
  isByline,
  isSpeaker,
} from './title/speakers.js';

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
