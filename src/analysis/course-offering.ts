/**
 * The offering of the course a lecture belongs to (its number in the course and its version are in
 * core/course-units.ts). One series can hold two offerings of a course: the channel's "Linear Algebra Lecture
 * 1 … 35" and its later talks "[線性代數] 向量 (Vector)", "[線性代數] 矩陣 (Matrix)" … are both "Linear Algebra", but the
 * second is not lecture 36 of the first, and its overview is not the first one's introduction.
 */
import { courseKey, courseNumber, isPractical, practicalSeriesCourse } from '../core/course-units.js';
import type { LectureNodeAttributes } from '../core/types.js';

/**
 * The series of the course each lecture belongs to: its own, or for a numbered practical session a catalog
 * keeps in a series named after its course ("Lab 2:" of "Deep Learning 2021 Labs"), the course's — where a
 * numbered lecture has that series and every numbered video of the lab series is a practical session
 * ("Machine Learning Practical", a course of its own that numbers lectures, stays apart). Worked out once per
 * series.
 */
export function courseSeriesOf(
  lectures: Iterable<LectureNodeAttributes>,
): (a: Pick<LectureNodeAttributes, 'series' | 'courseUnit'>) => string | undefined {
  const taught = new Set<string>();
  const practical = new Map<string, boolean>();
  for (const a of lectures) {
    if (!a.series || courseNumber(a) === undefined) continue;
    if (isPractical(a.courseUnit)) {
      if (!practical.has(a.series)) practical.set(a.series, true);
    } else {
      taught.add(a.series);
      practical.set(a.series, false);
    }
  }
  const courseOf = new Map<string, string>();
  for (const [series, onlyPractical] of practical) {
    const course = onlyPractical ? practicalSeriesCourse(series) : undefined;
    if (course !== undefined && taught.has(course)) courseOf.set(series, course);
  }
  return (a) => (a.series && isPractical(a.courseUnit) ? (courseOf.get(a.series) ?? a.series) : a.series);
}

/** A whole title as a topic, in lower case with single spaces and one kind of dash. */
export const wholeTopic = (title: string): string =>
  title
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * The run of its course each lecture belongs to, as a key: its course (series and version, with a lab series'
 * course: `courseSeriesOf`) and, where the catalog keeps a later offering that starts the course over in the same
 * series, which time round. A course starts over, in catalog order, where its numbering goes back to numbers it has
 * given lectures of other titles, two in a row ("ML Lecture 1: Regression", "ML Lecture 2: Basic Concept" of 2017
 * after 2016's "ML Lecture 1 … 4"; one supplement, "ML Lecture 1: Regression - Demo", is no new start), or,
 * where it numbers nothing, where two lectures in a row repeat the titles of its first two ("Course Introduction",
 * "Self-attention" … listed again a year on). A re-upload (the same number and title again, or one title again)
 * and two lectures one number shares are no new start. Without this the two offerings chain into one: 2016's
 * lecture 1 → 2017's lecture 1 → 2016's lecture 2.
 */
export function courseRunsOf(
  lectures: Iterable<LectureNodeAttributes>,
  seriesOf?: (a: LectureNodeAttributes) => string | undefined,
): (a: LectureNodeAttributes) => string {
  const all = [...lectures];
  const series = seriesOf ?? courseSeriesOf(all);
  const courseOf = (a: LectureNodeAttributes): string => courseKey({ ...a, series: series(a) });
  const courses = new Map<string, LectureNodeAttributes[]>();
  for (const a of all) {
    if (!a.series) continue;
    const key = courseOf(a);
    const list = courses.get(key);
    if (list) list.push(a);
    else courses.set(key, [a]);
  }
  const runs = new Map<LectureNodeAttributes, number>();
  for (const list of courses.values()) {
    list.sort((x, y) => x.number - y.number);
    let run = 0;
    let titles = new Map<string, string>();
    let high = -Infinity;
    let unnumbered: string[] = [];
    // A lecture's place in the numbering: its number and part.
    const placeOf = (a: LectureNodeAttributes, n: number): string => `${n}\u0000${a.part?.index ?? ''}`;
    // Where a lecture's number and part already belong to a lecture of another title in this run.
    const collides = (a: LectureNodeAttributes, n: number): boolean => {
      const earlier = titles.get(placeOf(a, n));
      return earlier !== undefined && earlier !== wholeTopic(a.title);
    };
    // Each lecture's next numbered lecture, found from the end (a course of thousands is no quadratic walk).
    const nextNumbered: (LectureNodeAttributes | undefined)[] = [];
    for (let i = list.length - 1, seen: LectureNodeAttributes | undefined; i >= 0; i--) {
      nextNumbered[i] = seen;
      if (courseNumber(list[i]!) !== undefined) seen = list[i];
    }
    list.forEach((a, i) => {
      const n = courseNumber(a);
      const title = wholeTopic(a.title);
      let restart: boolean;
      if (n !== undefined) {
        // The next numbered lecture goes on from it, and is another of the numbers this run has given.
        const next = nextNumbered[i];
        const m = next && courseNumber(next);
        restart =
          n < high &&
          collides(a, n) &&
          next !== undefined &&
          m !== undefined &&
          m > n &&
          Math.floor(m) - Math.floor(n) <= 1 &&
          collides(next, m);
      } else {
        const next = list[i + 1];
        restart =
          unnumbered.length >= 2 &&
          title === unnumbered[0] &&
          next !== undefined &&
          courseNumber(next) === undefined &&
          wholeTopic(next.title) === unnumbered[1];
      }
      if (restart) {
        run++;
        titles = new Map();
        high = -Infinity;
        unnumbered = [];
      }
      if (n !== undefined) {
        const key = placeOf(a, n);
        if (!titles.has(key)) titles.set(key, title);
        high = Math.max(high, n);
      } else unnumbered.push(title);
      runs.set(a, run);
    });
  }
  return (a) => {
    const run = runs.get(a) ?? 0;
    return run ? `${courseOf(a)}\u0000#${run}` : courseOf(a);
  };
}

/** A date opening a title: "[2021-03-12] …". */
const LEADING_DATE = /^\s*[[【(（]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\]】)）]\s*/;

/**
 * How a title is written, its topic and numbers left out: the bracketed tag that opens it ("[線性代數]",
 * "【機器學習2021】"), else what comes before its first colon or spaced dash ("Linear Algebra Lecture 35:", "Module
 * 2a -", "Module -"), in lower case with digits and punctuation dropped. Empty where the title has neither (a
 * title that is all topic).
 */
export function titleTemplate(rawTitle: string): string {
  const t = rawTitle.replace(LEADING_DATE, '');
  const head =
    /^[[【]([^\]】]*)[\]】]/.exec(t)?.[1] ?? /^(.{1,60}?)\s*(?:[:：]|\s[-–—](?:\s|$))/.exec(t)?.[1];
  return (head ?? '')
    .toLowerCase()
    .replace(/\d+[a-z]?(?![a-z])/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** Unnumbered lectures of one title template that make an offering of their own (below). */
const MIN_OFFERING = 2;

/**
 * The offering of a course each lecture belongs to, as a key: its series and version, and where the lectures
 * the course does not number are written in a template of their own — at least two of them, in a series whose
 * numbered lectures are written otherwise — that template too. Unnumbered lectures written like the numbered
 * ones ("Module - Deep Learning on graphs" beside "Module 13 - Siamese Networks"), or alone in their template
 * ("Bonus: Data ethics"), stay in the course they sit in. Undefined for a lecture without a series.
 * `seriesOf` is the lectures' course series (courseSeriesOf), where the caller has worked it out already.
 */
export function courseOfferings(
  lectures: Iterable<LectureNodeAttributes>,
  seriesOf?: (a: LectureNodeAttributes) => string | undefined,
): (a: LectureNodeAttributes) => string | undefined {
  const numbered = new Map<string, Set<string>>();
  const unnumbered = new Map<string, Map<string, number>>();
  // Each lecture's course and template, worked out once: the prerequisite stage asks for a lecture's offering
  // for every candidate pair it checks.
  const read = new Map<LectureNodeAttributes, { course: string; template: string; numbered: boolean }>();
  const all = [...lectures];
  const series = seriesOf ?? courseSeriesOf(all);
  const courseOf = courseRunsOf(all, series);
  for (const a of all) {
    if (!a.series) continue;
    const r = {
      course: courseOf(a),
      template: titleTemplate(a.rawTitle),
      numbered: courseNumber(a) !== undefined,
    };
    read.set(a, r);
    if (r.numbered) {
      const set = numbered.get(r.course);
      if (set) set.add(r.template);
      else numbered.set(r.course, new Set([r.template]));
    } else if (r.template) {
      const counts = unnumbered.get(r.course) ?? new Map<string, number>();
      counts.set(r.template, (counts.get(r.template) ?? 0) + 1);
      unnumbered.set(r.course, counts);
    }
  }
  const own = new Set<string>();
  for (const [course, counts] of unnumbered) {
    const written = numbered.get(course);
    if (!written) continue;
    for (const [template, n] of counts)
      if (n >= MIN_OFFERING && !written.has(template)) own.add(`${course}\u0000${template}`);
  }
  const offerings = new Map<LectureNodeAttributes, string>();
  for (const [a, r] of read) {
    const offering = `${r.course}\u0000${r.template}`;
    offerings.set(a, !r.numbered && own.has(offering) ? offering : r.course);
  }
  return (a) => {
    if (!a.series) return undefined;
    const known = offerings.get(a);
    if (known !== undefined) return known;
    const offering = `${courseOf(a)}\u0000${titleTemplate(a.rawTitle)}`;
    return courseNumber(a) === undefined && own.has(offering) ? offering : courseOf(a);
  };
}
