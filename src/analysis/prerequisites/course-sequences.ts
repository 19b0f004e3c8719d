/**
 * Course order for the prerequisite context (context.ts): each course offering's lectures in the course's own order,
 * and from it, per lecture, the few lectures just before it, the course's introduction or first lecture, and which
 * courses continue another's numbering. The course-order signal (features/course-order.ts) reads what this finds.
 */
import type { LectureNodeAttributes } from '../../core/types.js';
import { courseNumber, isPractical } from '../../core/course-units.js';
import { LEVEL } from '../lecture-level.js';
import type { LectureInfo } from './context.js';

/**
 * How many of the lectures just before a lecture in its course are candidates (the model weighs them: courseEarlier
 * falls with each step back). Five rather than three: the eight-split cross-validated figure 0.6783 → 0.6826 (train
 * sets, seven splits up, one level; seven gave the same as five on four splits): a cumulative course's lecture builds
 * on one four or five back.
 */
const PREVIOUS_IN_COURSE = 5;

/**
 * Course order, per lecture of a course or titled series (one offering of it, course-offering.ts; by the course's own
 * lecture numbers, else in catalog order — the order a catalog lists its course in; upload dates can differ, a talk
 * recorded after the course's last: `inCourseOrder`): the few lectures just before it, and
 * the course's introduction — its first lecture when that is lecture 0 or an introductory one. Overviews,
 * and supplementary, advanced and research lectures the course does not number, stand on their own topics,
 * not on the course order.
 */
export function courseSequences(
  infos: Map<string, LectureInfo>,
  twinOf: Map<string, string>,
  offeringOf: (a: LectureNodeAttributes) => string | undefined,
  follows: (a: string, b: string) => boolean,
  practical: (a: LectureNodeAttributes) => boolean,
): {
  previous: Map<string, string[]>;
  introduction: Map<string, string>;
  first: Map<string, string>;
  /** Pairs of course series (joined by U+0000) of which the second continues the first's numbering. */
  continues: Set<string>;
} {
  const groups = new Map<string, LectureInfo[]>();
  for (const info of infos.values()) {
    const a = info.attrs;
    // A lecture the course numbers is in its order whatever its title says of its depth (DRL Lecture 4:
    // Q-learning (Advanced Tips) comes after DRL Lecture 1).
    const numbered = courseNumber(a) !== undefined;
    if (
      a.seriesKind === 'venue' ||
      !a.series ||
      a.courseOverview ||
      (info.level > LEVEL.ordinary && !numbered)
    )
      continue;
    const key = offeringOf(a)!;
    const group = groups.get(key);
    if (group) group.push(info);
    else groups.set(key, [info]);
  }
  const lectureNo = courseNumber;
  const previous = new Map<string, string[]>();
  const introduction = new Map<string, string>();
  const firstOf = new Map<string, string>();
  for (const list of groups.values()) inCourseOrder(list);
  const continued = continuedCourses(groups);
  for (const [key, list] of groups) {
    const first = list[0]!;
    // A course that continues another's numbering (Part 2 of a course, its lessons 9 to 25 after Part 1's 1 to 8)
    // starts after that course's last lectures.
    const before = continued.get(key)?.lectures ?? [];
    const intro = first.level <= LEVEL.introductory || lectureNo(first.attrs) === 0 ? first.key : undefined;
    for (let i = before.length ? 0 : 1; i < list.length; i++) {
      const b = list[i]!;
      // A lecture's previous lectures are lectures: a practical session (a lab, a demo) comes before the next
      // lecture in the course's list, but that lecture builds on the one the practical practised.
      const bPractical = practical(b.attrs);
      const skip = (k: string): boolean =>
        twinOf.get(b.key) === k || follows(k, b.key) || (!bPractical && practical(infos.get(k)!.attrs));
      const nearest: string[] = [];
      for (let j = i - 1; j >= -before.length && nearest.length < PREVIOUS_IN_COURSE; j--) {
        const k = j >= 0 ? list[j]!.key : before[before.length + j]!.key;
        if (!skip(k)) nearest.push(k);
      }
      if (nearest.length) previous.set(b.key, nearest);
      if (i === 0) continue;
      if (intro && !skip(intro)) introduction.set(b.key, intro);
      else if (!skip(first.key)) firstOf.set(b.key, first.key);
    }
  }
  // An offering's key starts with its course's series (course-offering.ts).
  const seriesOfKey = (key: string): string => key.slice(0, key.indexOf('\u0000'));
  const continues = new Set(
    [...continued].map(([key, { from }]) => `${seriesOfKey(from)}\u0000${seriesOfKey(key)}`),
  );
  return { previous, introduction, first: firstOf, continues };
}

/**
 * Sorts one course's lectures into its order: by the course's own numbers, a lecture it does not number where the
 * catalog lists it — after the numbered lecture the catalog lists before it (a review session after the lecture it
 * follows), before any numbered lecture when none is listed before it — the parts of one numbered lecture by part,
 * and the rest by catalog number. One key per
 * lecture, so the order does not hang on the order lectures came in (comparing numbers only when both lectures have
 * one is no order: lecture 2, a review, lecture 1 in the catalog would each come before the next).
 */
function inCourseOrder(list: LectureInfo[]): void {
  list.sort((x, y) => x.attrs.number - y.attrs.number);
  // Each lecture's place, and 1 where the course does not number it (it comes after the lecture it follows).
  const place = new Map<LectureInfo, { at: number; unnumbered: number }>();
  let after = -1;
  for (const info of list) {
    const n = courseNumber(info.attrs);
    if (n !== undefined) after = n;
    place.set(info, { at: n ?? after, unnumbered: Number(n === undefined) });
  }
  // Two parts of one numbered lecture in their parts' order (the catalog may list part 2 first); unnumbered
  // lectures' parts belong to different talks, which keep the catalog's order.
  const partOf = (info: LectureInfo, unnumbered: number): number =>
    unnumbered ? 0 : (info.attrs.part?.index ?? 0);
  list.sort((x, y) => {
    const [a, b] = [place.get(x)!, place.get(y)!];
    return (
      a.at - b.at ||
      a.unnumbered - b.unnumbered ||
      partOf(x, a.unnumbered) - partOf(y, b.unnumbered) ||
      x.attrs.number - y.attrs.number
    );
  });
}

/**
 * Courses that continue another's numbering, by offering key: the other course's offering key and its lectures in
 * its order, up to its last numbered one. A course continues another when its numbered lectures start where the
 * other's stop (Part 2's lesson 9 after Part 1's lesson 8, both numbered by the same unit), one lecturer gives the
 * numbered lectures of both, and the other comes first in the catalog. Exactly one such course, or none: a guess
 * between two would be no better than none.
 */
function continuedCourses(
  groups: ReadonlyMap<string, LectureInfo[]>,
): Map<string, { from: string; lectures: LectureInfo[] }> {
  interface Span {
    key: string;
    list: LectureInfo[];
    low: number;
    high: number;
    lecturer: string;
    unit: string;
    /** The course's first and last catalog numbers. */
    first: number;
    last: number;
  }
  const spans: Span[] = [];
  for (const [key, list] of groups) {
    const numbered = list.filter(
      (l) => courseNumber(l.attrs) !== undefined && !isPractical(l.attrs.courseUnit),
    );
    const lecturers = new Set(numbered.map((l) => l.attrs.lecturer));
    const units = new Set(numbered.map((l) => l.attrs.courseUnit ?? 'lecture'));
    const [lecturer] = lecturers;
    const [unit] = units;
    if (!numbered.length || lecturers.size !== 1 || !lecturer || units.size !== 1) continue;
    const numbers = numbered.map((l) => Math.floor(courseNumber(l.attrs)!));
    spans.push({
      key,
      list,
      low: numbers.reduce((m, n) => Math.min(m, n)),
      high: numbers.reduce((m, n) => Math.max(m, n)),
      lecturer,
      unit: unit!,
      first: list.reduce((m, l) => Math.min(m, l.attrs.number), Infinity),
      last: list.reduce((m, l) => Math.max(m, l.attrs.number), -Infinity),
    });
  }
  // Courses by lecturer, unit and last lecture number: each course looks up the ones it could continue (a catalog
  // of many courses is not compared pair by pair).
  const ending = new Map<string, Span[]>();
  const endKey = (lecturer: string, unit: string, high: number): string =>
    `${lecturer}\u0000${unit}\u0000${high}`;
  for (const h of spans) {
    const k = endKey(h.lecturer, h.unit, h.high);
    const same = ending.get(k);
    if (same) same.push(h);
    else ending.set(k, [h]);
  }
  const out = new Map<string, { from: string; lectures: LectureInfo[] }>();
  for (const g of spans) {
    if (g.low <= 1) continue;
    const from = (ending.get(endKey(g.lecturer, g.unit, g.low - 1)) ?? []).filter(
      (h) => h !== g && h.last < g.first,
    );
    if (from.length !== 1) continue;
    // Up to its last numbered lecture: what it adds after (a bonus talk) is not what the next course builds on.
    const list = from[0]!.list;
    const end = list.findLastIndex((l) => Math.floor(courseNumber(l.attrs) ?? -1) === from[0]!.high);
    out.set(g.key, { from: from[0]!.key, lectures: list.slice(0, end + 1) });
  }
  return out;
}
