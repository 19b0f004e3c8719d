/**
 * Names in the reader's script first: a reader of English sees a concept's Latin-script aliases before its
 * Chinese ones, a reader of Chinese the Chinese first; the order within each script is kept.
 */
import type { Messages } from '../i18n/index.js';

const HAN = /\p{Script=Han}/u;

export function inReadingOrder(names: readonly string[], t: Messages): string[] {
  const chinese = names.filter((n) => HAN.test(n));
  const other = names.filter((n) => !HAN.test(n));
  return t.preferZhLabels ? [...chinese, ...other] : [...other, ...chinese];
}
