/**
 * Whether a broad field (deep learning, AI) a title names is its topic, or context: a tool for something
 * specific ("Deep Learning for Coreference Resolution") or a subject the title likens its topic to
 * ("增強式學習跟機器學習一樣").
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
