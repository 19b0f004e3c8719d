/**
 * What the graph adds to a lecture's label where another lecture's label reads the same: libraries repeat
 * titles ("Autoencoders" is a module of one course and a lesson of another; every course has its
 * "Introduction"), and two such labels side by side cannot be told apart. Only those labels get a tag, the
 * shortest piece of the identity line the list and the search already show (lecture-identity.ts) that
 * tells the lectures of the same label apart: their course ("Autoencoders · Deep Learning Do I…"), else the
 * course's own number ("Gradient Descent · Lecture 3-2"), else their language version, else the whole identity
 * line (unique by construction). Every other label stays as it is. Per graph and language, computed once.
 */
import type { AtlasGraph, LectureNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';
import { lectureCourse, lectureIdentities } from './lecture-identity.js';
import { libraryLanguages } from './library-languages.js';

/** A course named in a tag is cut past this many characters (the label's title keeps its own length). */
export const TAG_CHARS = 16;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The identity pieces a tag may be, in the order they are tried. */
function tagCandidates(a: LectureNodeAttributes, t: Messages, languages: number): (string | undefined)[] {
  const course = lectureCourse(a);
  return [
    course && cut(course, TAG_CHARS),
    a.courseLecture ? t.courseLecture(a.courseLecture, a.courseUnit) : undefined,
    a.englishVersion
      ? t.englishVersion
      : languages > 1
        ? (t.languageName[a.language] ?? a.language)
        : undefined,
  ];
}

const cache = new WeakMap<AtlasGraph, WeakMap<Messages, Map<string, string>>>();

/** Lecture key → the tag its graph label carries; lectures whose label no other lecture shares have none. */
export function lectureLabelTags(graph: AtlasGraph, t: Messages): Map<string, string> {
  let byLang = cache.get(graph);
  if (!byLang) {
    byLang = new WeakMap();
    cache.set(graph, byLang);
  }
  const known = byLang.get(t);
  if (known) return known;
  // Lectures by the label the graph draws (the title and the part, display-graph.ts).
  const groups = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'lecture') return;
    const text = `${a.label}\u0000${a.part?.index ?? ''}/${a.part?.total ?? ''}`;
    const group = groups.get(text);
    if (group) group.push(key);
    else groups.set(text, [key]);
  });
  const out = new Map<string, string>();
  const languages = libraryLanguages(graph).size;
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const candidates = keys.map((k) =>
      tagCandidates(graph.getNodeAttributes(k) as LectureNodeAttributes, t, languages),
    );
    const round = candidates[0]!.findIndex((_c, i) => {
      const values = candidates.map((c) => c[i]);
      return values.every((v) => v) && new Set(values).size === values.length;
    });
    const identities = round < 0 ? lectureIdentities(graph, t) : undefined;
    keys.forEach((k, j) => {
      const tag = round < 0 ? identities!.get(k) : candidates[j]![round];
      if (tag) out.set(k, tag);
    });
  }
  byLang.set(t, out);
  return out;
}
