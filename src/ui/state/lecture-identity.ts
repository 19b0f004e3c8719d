/**
 * What tells a lecture apart wherever it is named (search suggestions, the list, panel headings, the
 * path finder): its course or series with the year, the course's own number for it ("Lab 2", "Module 9a"),
 * its part, and its language version (in a library of one language, only an English version says so), read
 * from the lecture node. Libraries repeat titles ("Network Compression" is four lectures of the seed
 * catalog), so for each graph and language the identities are made unique: where title and identity still
 * collide, who gives the lecture, the date and then the catalog number are added.
 */
import type { AtlasGraph, LectureNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';
import { libraryLanguages } from '../../core/library-languages.js';
import { noteName } from './note-name.js';
import { perGraphAndLanguage } from './per-graph-language.js';

const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * The identity parts of a lecture, without the uniqueness additions: course and year, the course's number,
 * part, language — the language only where the library holds lectures in more than one (`languages`), its
 * English version always.
 */
export function lectureIdentityParts(
  a: LectureNodeAttributes,
  t: Messages,
  languages = 2,
  seriesYear?: string,
): string[] {
  const parts: string[] = [];
  const course = lectureCourse(a, seriesYear);
  if (course) parts.push(course);
  // The course's own number with its unit: a lab is told from its lecture, module 9a from module 9b.
  if (a.courseLecture) parts.push(t.courseLecture(a.courseLecture, a.courseUnit));
  if (a.part) parts.push(t.partShort(a.part.index, a.part.total));
  if (a.englishVersion) parts.push(t.englishVersion);
  else if (languages > 1) parts.push(t.languageName[a.language] ?? a.language);
  return parts;
}

/**
 * The first part of a lecture's identity: its course or series with the year ("ML 2021"), or the year alone. An
 * undated lecture takes `seriesYear`, the year of every dated lecture of its series where they share one.
 */
export function lectureCourse(a: LectureNodeAttributes, seriesYear?: string): string | undefined {
  const year = a.date?.slice(0, 4) ?? (a.series ? seriesYear : undefined);
  if (a.series) return year && !YEAR.test(a.series) ? `${a.series} ${year}` : a.series;
  return year;
}

/**
 * Series → the year its dated lectures share, where they share one: a course's undated lecture reads as its
 * dated ones do ("Deep Learning Theory 2018 · Lecture 1-1" beside "… 2018 · Lecture 1-2"). A series of several
 * years names none.
 */
function seriesYears(graph: AtlasGraph): Map<string, string> {
  const years = new Map<string, Set<string>>();
  graph.forEachNode((_key, a) => {
    if (a.kind !== 'lecture' || !a.series || !a.date) return;
    const set = years.get(a.series);
    if (set) set.add(a.date.slice(0, 4));
    else years.set(a.series, new Set([a.date.slice(0, 4)]));
  });
  const out = new Map<string, string>();
  for (const [series, set] of years) if (set.size === 1) out.set(series, [...set][0]!);
  return out;
}

/** Lecture key → its identity line ("ML 2021 · Part 1 of 2 · English version"), unique with the title. */
export const lectureIdentities = perGraphAndLanguage(
  (graph: AtlasGraph, t: Messages): Map<string, string> => {
    const languages = libraryLanguages(graph).size;
    const years = seriesYears(graph);
    const parts = new Map<string, string[]>();
    graph.forEachNode((key, a) => {
      if (a.kind === 'lecture')
        parts.set(key, lectureIdentityParts(a, t, languages, a.series ? years.get(a.series) : undefined));
    });
    const fullText = (key: string): string =>
      `${(graph.getNodeAttributes(key) as LectureNodeAttributes).title}\u0000${parts.get(key)!.join(' · ')}`;
    // Three rounds of disambiguation: who gives it (three homework presentations of one title), the date,
    // then the catalog number.
    const additions: ((a: LectureNodeAttributes) => string | undefined)[] = [
      (a) => (a.lecturer ? t.matchedLecturer(a.lecturer) : undefined),
      (a) => a.date,
      (a) => t.lectureNumberShort(a.number),
    ];
    for (const add of additions) {
      const groups = new Map<string, string[]>();
      for (const key of parts.keys()) {
        const text = fullText(key);
        const group = groups.get(text);
        if (group) group.push(key);
        else groups.set(text, [key]);
      }
      for (const keys of groups.values()) {
        if (keys.length < 2) continue;
        for (const key of keys) {
          const extra = add(graph.getNodeAttributes(key) as LectureNodeAttributes);
          if (extra && !parts.get(key)!.includes(extra)) parts.get(key)!.push(extra);
        }
      }
    }
    const out = new Map<string, string>();
    for (const [key, list] of parts) out.set(key, list.join(' · '));
    return out;
  },
);

/** A node's name as a reader sees it: a lecture's title, a concept's or a note's name in the UI language. */
export function nodeName(graph: AtlasGraph, key: string, t: Messages): string {
  if (!graph.hasNode(key)) return '';
  const a = graph.getNodeAttributes(key);
  if (a.kind === 'lecture') return a.title;
  if (a.kind === 'concept' && t.preferZhLabels && a.labelZh) return a.labelZh;
  if (a.kind === 'note') return noteName(graph, key, t);
  return a.label;
}

/**
 * A node's name with a lecture's identity: "Network Compression (ML 2021 · Part 1 of 2 · English version)".
 */
export function fullNodeName(graph: AtlasGraph, key: string, t: Messages): string {
  const name = nodeName(graph, key, t);
  const identity = lectureIdentities(graph, t).get(key);
  return identity ? `${name} (${identity})` : name;
}
