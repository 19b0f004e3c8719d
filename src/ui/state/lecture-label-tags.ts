/**
 * What the graph adds to a lecture's label where another lecture's label reads the same: libraries repeat
 * titles ("Autoencoders" is a module of one course and a lesson of another; every course has its
 * "Introduction"), and two such labels side by side cannot be told apart. Only those labels get a tag, the
 * shortest piece of the identity line the list and the search already show (lecture-identity.ts) that
 * tells the lectures of the same label apart: their course ("Autoencoders · Deep Learning Do I…"), else the
 * course's own number ("Gradient Descent · Lecture 3-2"), else their language version; lectures with none of
 * these (the seed catalog's HW1–HW4 videos) by their presenter where each has one of its own, else by their date,
 * else by their catalog number alone ("HW1 · #97", unique by construction). Every other label stays as it is. Where a label has no room for its tag whole,
 * the tag is cut, no shorter than its lecture's tags still differ (minChars). Per graph and language, computed
 * once.
 */
import type { AtlasGraph, LectureNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';
import { lectureCourse, lectureIdentities } from './lecture-identity.js';
import { libraryLanguages } from '../../core/library-languages.js';
import { shorten } from './shorten.js';
import { perGraphAndLanguage } from './per-graph-language.js';

/** A course named in a tag is cut past this many characters (the label's title keeps its own length). */
export const TAG_CHARS = 16;

/** Where its label has no room for a tag whole, the tag is cut, but never to fewer characters than this. */
export const MIN_TAG_CHARS = 4;

/**
 * A label's tag: its text, and the fewest of its characters a cut of it keeps (with an ellipsis after them)
 * and still tells the lecture from the others of its label ("Deep…", "fast…"; "第 3-2…"); none where no cut
 * does ("Lecture 3-2" and "Lecture 3-3" differ only in their last character).
 */
export interface LabelTag {
  text: string;
  minChars?: number;
}

/** A lecturer field naming more than one person ("謝宏祺, 朱柏澄, 蔡昀達", "A & B", "A and B"). */
const SEVERAL_PEOPLE = /[,，、;；&/]|\sand\s/u;

/** The identity pieces a tag may be, in the order they are tried (the number last: it always differs). */
function tagCandidates(a: LectureNodeAttributes, t: Messages, languages: number): (string | undefined)[] {
  const course = lectureCourse(a);
  return [
    course && shorten(course, TAG_CHARS),
    a.courseLecture ? t.courseLecture(a.courseLecture, a.courseUnit) : undefined,
    a.englishVersion
      ? t.englishVersion
      : languages > 1
        ? (t.languageName[a.language] ?? a.language)
        : undefined,
    a.lecturer && !SEVERAL_PEOPLE.test(a.lecturer) ? shorten(a.lecturer.trim(), TAG_CHARS) : undefined,
    a.date,
    t.lectureNumberShort(a.number),
  ];
}

/**
 * The fewest characters (at least MIN_TAG_CHARS) that the cuts of `tags` keep and still all differ, so any
 * longer cut differs too; undefined when only the whole tags differ.
 */
function minTagChars(tags: readonly string[]): number | undefined {
  const longest = Math.max(...tags.map((tag) => [...tag].length));
  for (let n = MIN_TAG_CHARS; n < longest; n++) {
    // A tag of n characters or fewer is never cut (a cut drops at least one character).
    const cuts = tags.map((tag) => {
      const chars = [...tag];
      return chars.length > n ? chars.slice(0, n).join('').trimEnd() : tag;
    });
    if (new Set(cuts).size === cuts.length) return n;
  }
  return undefined;
}

/** Lecture key → the tag its graph label carries; lectures whose label no other lecture shares have none. */
export const lectureLabelTags = perGraphAndLanguage(
  (graph: AtlasGraph, t: Messages): Map<string, LabelTag> => {
    // Lectures by the label the graph draws (the title and the part, display-graph.ts).
    const groups = new Map<string, string[]>();
    graph.forEachNode((key, a) => {
      if (a.kind !== 'lecture') return;
      const text = `${a.label}\u0000${a.part?.index ?? ''}/${a.part?.total ?? ''}`;
      const group = groups.get(text);
      if (group) group.push(key);
      else groups.set(text, [key]);
    });
    const out = new Map<string, LabelTag>();
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
      // Catalog numbers differ in any graph the build wrote; a hand-made one may repeat them.
      const identities = round < 0 ? lectureIdentities(graph, t) : undefined;
      const tags = keys.map((k, j) => (round < 0 ? identities!.get(k) : candidates[j]![round]) ?? '');
      const minChars = minTagChars(tags);
      keys.forEach((k, j) => {
        if (tags[j]) out.set(k, minChars === undefined ? { text: tags[j]! } : { text: tags[j]!, minChars });
      });
    }
    return out;
  },
);
