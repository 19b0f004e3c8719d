/**
 * Titles that name the course, not the lecture: a playlist that titles every video "Lecture 3 | Machine Learning
 * (Stanford)" leaves each one, once its number is read, with the course's name for a title — twenty lectures with
 * one label, and the course's name read as each one's topic. Where most lectures of a series (or of a catalog file,
 * for lectures of no series) share one title under three or more course numbers, that title is the course's name:
 * it becomes the series where none was given (a course's, which takes the year its dated lectures agree on), and each
 * lecture is titled by its unit and number ("Lecture 3").
 * A topic taught over several numbered lectures ("What can we know from RREF?", lectures 10 to 13 of a course of
 * forty) is a few lectures of its course, never most of them.
 */
import type { LectureRecord } from '../core/types.js';

/** Course numbers a shared title must cover before it can be the course's name rather than a topic in parts. */
const MIN_NUMBERS = 3;

type Titled = Pick<
  LectureRecord,
  'title' | 'series' | 'seriesKind' | 'courseLecture' | 'courseUnit' | 'source'
> & { seriesBase?: string };

const groupOf = (l: Titled): string =>
  l.series !== undefined ? `series\u0000${l.series}` : `file\u0000${l.source.file}`;

/** The lecture's unit and number as its title: "Lecture 3", "Module 2a". */
function unitTitle(l: Titled): string {
  const unit = l.courseUnit ?? 'lecture';
  return `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${l.courseLecture}`;
}

/** Retitles, in place, the lectures whose title is their course's name; returns them. */
export function courseNamedTitles<T extends Titled>(lectures: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const l of lectures) {
    const key = groupOf(l);
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  for (const group of groups.values()) {
    const byTitle = new Map<string, T[]>();
    for (const l of group) {
      if (l.courseLecture === undefined) continue;
      const same = byTitle.get(l.title);
      if (same) same.push(l);
      else byTitle.set(l.title, [l]);
    }
    for (const [title, named] of byTitle) {
      const numbers = new Set(named.map((l) => l.courseLecture));
      if (numbers.size < MIN_NUMBERS || 2 * named.length <= group.length) continue;
      for (const l of named) {
        if (l.series === undefined)
          Object.assign(l, { series: title, seriesBase: title, seriesKind: 'course' });
        l.title = unitTitle(l);
      }
    }
  }
  return lectures;
}
