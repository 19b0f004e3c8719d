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

/** Prepares groups read from data: Simplified characters, duplicates dropped, longest word first. */
export function variantGroups(raw: readonly (readonly string[])[]): VariantGroups {
  const groups: string[][] = [];
  for (const g of raw) {
    const words = [...new Set(g.map((w) => toSimplifiedText(w.trim())).filter(Boolean))].sort(
      (a, b) => b.length - a.length || (a < b ? -1 : 1),
    );
    if (words.length >= 2) groups.push(words);
  }
  return { groups };
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
