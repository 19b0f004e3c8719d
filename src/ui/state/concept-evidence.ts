/**
 * Why a lecture is tagged with a concept, in words: where its text names the concept (the mention's evidence:
 * title, heading, summary, or the other-language version of the talk) and with which words. Shown under a
 * lecture's concept chips and as each chip's tooltip, so that a learner can check a tag against the lecture.
 */
import type { MentionEvidence } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

/**
 * "title “Loss functions” · summary “loss”" (標題「…」 · 摘要「…」); a concept shared from the lecture's other-language
 * version names that lecture ("its other-language version #295"): the build records it as "lecture 295", not as
 * words of this lecture. Empty without evidence.
 */
export function evidenceLine(evidence: readonly MentionEvidence[], t: Messages): string {
  return evidence
    .map((e) => {
      if (e.field !== 'twin') return t.evidenceItem(t.evidenceField[e.field], e.surface);
      const n = /^lecture (\d+)$/.exec(e.surface)?.[1];
      return t.evidenceTwin(n ? t.lectureNumberShort(Number(n)) : e.surface);
    })
    .join(' · ');
}
