/**
 * The text fields of a lecture that extraction reads, in order of salience: the display title,
 * the summary's headings, the summary's body. Formulas, HTML tags, URLs and code are removed first
 * (they hold no concept names worth trusting and can be arbitrarily long), and so are the parts of a
 * summary that put things aside (future work, outlook, references). A course's overview lecture
 * also reads the course name its raw title writes as plain words ("Machine Learning (2020): Course
 * Introduction"): that lecture is about the course's subject. Bracketed tags ([DLHLP 2020]) stay markers.
 */
import type { LectureRecord } from '../core/types.js';
import { stripHeadingNumber } from './normalise.js';

export type FieldName = 'title' | 'heading' | 'summary';

export interface TextField {
  field: FieldName;
  text: string;
}

/** Removes LaTeX math, HTML tags, Markdown link targets, URLs and code blocks; keeps the words and indentation. */
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
    .replace(/(?<=\S)[ \t]+/g, ' ');
}

/** The words a raw title writes before its display title, outside brackets: "Machine Learning (2020): ". */
export function coursePrefix(rawTitle: string, title: string): string {
  const at = title ? rawTitle.indexOf(title) : -1;
  if (at <= 0) return '';
  return rawTitle
    .slice(0, at)
    .replace(/\[[^\]]*\]|【[^】]*】|[(（][^)）]*[)）]/g, ' ')
    .replace(/[\s:：\-–—|]+$/, '')
    .trim();
}

/**
 * Headings and list labels of what a summary puts aside: future work, outlook, open questions, references.
 * What a lecture leaves for later is not what it teaches, so those parts are not read.
 */
const ASIDE = /未來|未来|展望|future|outlook|問題清單|问题清单|參考|参考|references?\b/i;
/** A heading that also concludes ("結論與展望") restates what the lecture taught: it is read. */
const CONCLUSION = /結論|结论|總結|总结|conclusion|summary/i;
const ASIDE_LABEL = /^\s*(?:[-*+]|\d+[.)])?\s*\*\*([^*]{1,30})\*\*\s*[:：]?(.*)$/;

export function lectureFields(
  lecture: Pick<LectureRecord, 'title' | 'summary'> &
    Partial<Pick<LectureRecord, 'rawTitle' | 'courseOverview'>>,
): TextField[] {
  const prefix =
    lecture.courseOverview && lecture.rawTitle ? coursePrefix(lecture.rawTitle, lecture.title) : '';
  const fields: TextField[] = [
    { field: 'title', text: prefix ? `${prefix}: ${lecture.title}` : lecture.title },
  ];
  if (!lecture.summary) return fields;
  const headings: string[] = [];
  const body: string[] = [];
  let asideSection = false;
  let asideIndent = -1;
  for (const line of cleanMarkdown(lecture.summary).split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      // A heading's own numbering ("2. ", "1.2 ", "3、", "4) "), never the digits of a term (3D, 1x1, 1-bit).
      const text = stripHeadingNumber(heading[1]!);
      asideSection = ASIDE.test(text) && !CONCLUSION.test(text);
      asideIndent = -1;
      if (!asideSection) headings.push(text);
      continue;
    }
    if (!line.trim() || asideSection) continue;
    const indent = /^\s*/.exec(line)![0].length;
    if (asideIndent >= 0 && indent > asideIndent) continue;
    asideIndent = -1;
    const label = ASIDE_LABEL.exec(line);
    if (label && ASIDE.test(label[1]!)) {
      // "- **未來工作**：" opens a list of what the work leaves for later; a label with text is one line.
      if (!label[2]!.trim()) asideIndent = indent;
      continue;
    }
    body.push(line);
  }
  if (headings.length) fields.push({ field: 'heading', text: headings.join('\n') });
  if (body.length) fields.push({ field: 'summary', text: body.join('\n') });
  return fields;
}
