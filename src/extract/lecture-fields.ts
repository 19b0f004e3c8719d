/**
 * The text fields of a lecture that extraction reads, in order of salience: the display title,
 * the summary's headings, the summary's body. Formulas, HTML tags, URLs and code are removed first
 * (they hold no concept names worth trusting and can be arbitrarily long).
 */
import type { LectureRecord } from '../core/types.js';

export type FieldName = 'title' | 'heading' | 'summary';

export interface TextField {
  field: FieldName;
  text: string;
}

/** Removes LaTeX math, HTML tags, Markdown link targets, URLs and code blocks; keeps the words. */
export function cleanMarkdown(text: string): string {
  return text
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\\\[[\s\S]*?\\\]/g, ' ')
    .replace(/\\\([\s\S]*?\\\)/g, ' ')
    .replace(/\$[^$\n]{1,400}\$/g, ' ')
    .replace(/<[^<>\n]{0,400}>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

export function lectureFields(lecture: Pick<LectureRecord, 'title' | 'summary'>): TextField[] {
  const fields: TextField[] = [{ field: 'title', text: lecture.title }];
  if (!lecture.summary) return fields;
  const headings: string[] = [];
  const body: string[] = [];
  for (const line of cleanMarkdown(lecture.summary).split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (heading) headings.push(heading[1]!.replace(/^[\d.、)）]+\s*/, ''));
    else if (line.trim()) body.push(line);
  }
  if (headings.length) fields.push({ field: 'heading', text: headings.join('\n') });
  if (body.length) fields.push({ field: 'summary', text: body.join('\n') });
  return fields;
}
