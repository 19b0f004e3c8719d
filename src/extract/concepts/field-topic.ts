/**
 * Whether a broad field (deep learning, AI) a title names is its topic, or context: a tool for something
 * specific ("Deep Learning for Coreference Resolution"), a subject the title likens its topic to
 * ("增強式學習跟機器學習一樣"), the name of the series the lecture belongs to ("Deep Learning Theory 2-5: Geometry
 * of Loss Surfaces"), or a note in brackets ("(熟悉機器學習的同學從 15:00 開始看起即可)").
 */

/**
 * Broad fields (deep learning, AI) are tagged from titles only, and not when the title uses them as a
 * tool or context for something specific: "Deep Learning for Coreference Resolution", "Optimization
 * for Deep Learning" (the field after "for" is context when the part before it names anything).
 */
export function fieldIsTopic(
  title: string,
  fieldSpan: { start: number },
  titleMatches: { start: number; field: boolean }[],
): boolean {
  const forMatch = /\s+for\s+/i.exec(title);
  if (!forMatch) return true;
  const cut = forMatch.index;
  const fieldInB = fieldSpan.start > cut;
  for (const m of titleMatches) {
    if (m.start === fieldSpan.start) continue;
    const otherInA = m.start < cut;
    if (fieldInB && otherInA) return false;
    if (!fieldInB && !otherInA && !m.field) return false;
  }
  return true;
}

/** Words that liken a term to what follows or precedes it: 跟 Y 一樣, 和 Y 類似, like Y, unlike Y, than Y. */
const LIKENED_AFTER = /^\s*(?:也|都)?\s*(?:一樣|一样|相同|類似|类似|相似|相比|相較|相较)/;
const LIKENED_BEFORE = /(?:(?:^|[^A-Za-z])(?:like|unlike|than|as in)|像是|如同|相較於|相较于|比起)\s*$/i;

/** The title mentions the term only to liken its topic to it ("跟機器學習一樣", "like machine learning"). */
export function comparedWith(title: string, m: { start: number; end: number }): boolean {
  return (
    LIKENED_AFTER.test(title.slice(m.end, m.end + 6)) ||
    LIKENED_BEFORE.test(title.slice(Math.max(0, m.start - 12), m.start))
  );
}

/**
 * The term stands in the series name that opens the title ("Deep Learning Theory 1-1: Can shallow network fit any
 * function?"): the series' subject, which each of its lectures narrows.
 */
export function inSeriesName(title: string, m: { end: number }, series: string | undefined): boolean {
  return (
    !!series && m.end <= series.length && title.slice(0, series.length).toLowerCase() === series.toLowerCase()
  );
}

/** Characters a bracket holds beyond the term for it to be a note rather than the term's gloss ("(Explainable ML)"). */
const NOTE_BEYOND_TERM = 6;

/**
 * The term stands in a bracketed note beside the title's topic ("大型語言模型修練史 (熟悉機器學習的同學從 15:00
 * 開始看起即可)"): the note speaks to the viewer, and the title names its topic outside it.
 */
export function inNote(title: string, m: { start: number; end: number }): boolean {
  const open = Math.max(title.lastIndexOf('(', m.start), title.lastIndexOf('（', m.start));
  if (open < 0) return false;
  const close = title.slice(m.end).search(/[)）]/);
  if (close < 0 || /[)）]/.test(title.slice(open + 1, m.start))) return false;
  const inside = title.slice(open + 1, m.end + close).trim();
  const outside = (title.slice(0, open) + title.slice(m.end + close + 1)).trim();
  return inside.length - (m.end - m.start) > NOTE_BEYOND_TERM && /[\p{L}\p{N}]/u.test(outside);
}
