/**
 * Regional variants of Chinese technical vocabulary. Taiwan and mainland usage name many things with
 * different words (資訊/信息, 網路/網絡, 辨識/識別, 語者/說話人), and Traditional/Simplified conversion
 * alone does not unify them. `chineseVariants` rewrites a term with the other words of every group it
 * contains, so one lexicon alias also matches the other wordings. Groups are data
 * (`data/lexicon/zh-variants.json`); comparison is in Simplified characters.
 */
import { escapeRegExp } from '../core/regexp.js';
import { toSimplifiedText } from './normalise.js';

export interface VariantGroups {
  /** Each group: words that name the same thing, in Simplified characters, longest first. */
  groups: string[][];
}

/**
 * Groups read from data in Simplified characters, duplicates dropped, each in the data's order (its first word the
 * wording the lexicon writes); a group left with one word (自迴歸/自回歸) names nothing to rewrite and is dropped.
 */
export function wordingGroups(raw: readonly (readonly string[])[]): string[][] {
  return raw
    .map((g) => [...new Set(g.map((w) => toSimplifiedText(w.trim())).filter(Boolean))])
    .filter((g) => g.length >= 2);
}

/** Prepares groups read from data: Simplified characters, duplicates dropped, longest word first. */
export function variantGroups(raw: readonly (readonly string[])[]): VariantGroups {
  return {
    groups: wordingGroups(raw).map((g) => g.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))),
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * Other wordings of a Chinese term (Simplified), at most `limit`, in a stable order; the term itself
 * is not among them. Every occurrence of a group's words is rewritten to one other word of the group,
 * group by group, so 說話人嵌入 gives 语者嵌入 and 说话者嵌入. Terms without Chinese give none.
 */
export function chineseVariants(term: string, variants: VariantGroups, limit = 16): string[] {
  if (!HAN.test(term)) return [];
  const base = toSimplifiedText(term);
  const seen = new Set<string>([base]);
  let forms = [base];
  for (const group of variants.groups) {
    if (!group.some((w) => forms.some((f) => f.includes(w)))) continue;
    const re = new RegExp(group.map(escapeRegExp).join('|'), 'g');
    const next = [...forms];
    for (const form of forms) {
      if (!re.test(form)) continue;
      re.lastIndex = 0;
      for (const target of group) {
        const rewritten = form.replace(re, () => target);
        if (!seen.has(rewritten) && seen.size <= limit) {
          seen.add(rewritten);
          next.push(rewritten);
        }
      }
    }
    forms = next;
  }
  return forms.slice(1);
}
