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
const ASIDE =
  /未來|未来|展望|問題清單|问题清单|參考(?:文獻|資料|連結)|参考(?:文献|资料|链接)|^\s*(?:參考|参考)\s*$|(?<![\p{L}\p{N}])(?:future|outlook|references?)(?![\p{L}\p{N}])/iu;
/** A heading that also concludes ("結論與展望") restates what the lecture taught: it is read. */
const CONCLUSION = /結論|结论|總結|总结|conclusion|summary/i;
const ASIDE_LABEL = /^\s*(?:[-*+]|\d+[.)])?\s*\*\*([^*]{1,30})\*\*\s*[:：]?(.*)$/;

/**
 * Setext headings written as ATX ones: a line of text underlined with "===" is a level-1 heading, with "---" a level-2
 * one, as Markdown renders them (a "---" after a blank line or a list item stays a rule).
 */
function setextToAtx(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const under = /^\s{0,3}(=+|-+)\s*$/.exec(lines[i + 1] ?? '');
    const text = line.trim() !== '' && !/^\s*(?:[-*+>]|\d+[.)]|#{1,6})\s|^\s{4,}/.test(line);
    if (under && text) {
      out.push(`${under[1]![0] === '=' ? '#' : '##'} ${line.trim()}`);
      i++;
    } else out.push(line);
  }
  return out;
}

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
  // The level of the heading an aside section opened at (its subheadings are the aside's too), or 0; 7 for a
  // bold label on a line of its own, which heads what follows it up to the next heading or such label.
  let asideLevel = 0;
  let asideIndent = -1;
  // A lecture about the future ("Future Directions in …", "…技術突破與未來發展") puts nothing aside by saying so;
  // nor does a summary's title (a first heading at level 1).
  const putsAside = !ASIDE.test(lecture.title);
  let seenHeading = false;
  for (const line of setextToAtx(cleanMarkdown(lecture.summary.replace(/\r\n?/g, '\n')).split('\n'))) {
    const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (asideLevel && level > asideLevel && asideLevel < 7) continue;
      // A heading's own numbering ("2. ", "1.2 ", "3、", "4) "), never the digits of a term (3D, 1x1, 1-bit).
      const text = stripHeadingNumber(heading[2]!);
      const title = level === 1 && !seenHeading;
      seenHeading = true;
      asideLevel = putsAside && !title && ASIDE.test(text) && !CONCLUSION.test(text) ? level : 0;
      asideIndent = -1;
      if (!asideLevel) headings.push(text);
      continue;
    }
    if (!line.trim()) continue;
    const label = ASIDE_LABEL.exec(line);
    const alone = label !== null && !label[2]!.trim() && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line);
    if (asideLevel === 7 && alone) asideLevel = 0;
    if (asideLevel) continue;
    const indent = /^\s*/.exec(line)![0].length;
    if (asideIndent >= 0 && indent > asideIndent) continue;
    asideIndent = -1;
    if (label && putsAside && ASIDE.test(label[1]!)) {
      // "**Future Work**" alone on its line heads what follows; "- **未來工作**：" opens a list of what the work
      // leaves for later; a label with text is one line.
      if (alone) asideLevel = 7;
      else if (!label[2]!.trim()) asideIndent = indent;
      continue;
    }
    body.push(line);
  }
  if (headings.length) fields.push({ field: 'heading', text: headings.join('\n') });
  if (body.length) fields.push({ field: 'summary', text: body.join('\n') });
  return fields;
}
