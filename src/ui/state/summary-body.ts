/**
 * A lecture's summary as its panel shows it: without a first heading that only repeats the lecture's title (the
 * channel's summaries open with "# ML Lecture 2: Where does the error come from?" right under the panel's own
 * title). Any other first heading, and the rest of the text, are kept as written.
 */
import type { LectureRecord } from '../../core/types.js';

/** Lower case, letters and digits only (punctuation, spaces and Markdown emphasis aside). */
const bare = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function summaryBody(summary: string, lecture: Pick<LectureRecord, 'title' | 'rawTitle'>): string {
  const m = /^\s*#{1,6}[ \t]+([^\n]*)(?:\n|$)/.exec(summary);
  if (!m) return summary;
  const heading = bare(m[1]!);
  const raw = bare(lecture.rawTitle || lecture.title);
  // The raw title holds the heading, and the heading most of it (the raw title adds a date tag or a course name).
  const repeats = heading.length > 0 && raw.includes(heading) && heading.length >= 0.6 * raw.length;
  return repeats ? summary.slice(m[0].length).replace(/^\s*\n/, '') : summary;
}
