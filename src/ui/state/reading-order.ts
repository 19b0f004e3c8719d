/**
 * Names in the reader's script first: a reader of English sees a concept's Latin-script aliases before its
 * Chinese ones, a reader of Chinese the Chinese first; the order within each script is kept.
 */
import { hasHan } from '../../core/text-script.js';
import type { Messages } from '../i18n/index.js';

export function inReadingOrder(names: readonly string[], t: Messages): string[] {
  const chinese = names.filter(hasHan);
  const other = names.filter((n) => !hasHan(n));
  return t.preferZhLabels ? [...chinese, ...other] : [...other, ...chinese];
}
