/** Names an English term keeps inside Chinese prose: a capitalised run a writer left untranslated. */
import { PHRASE_STOP } from './word-lists.js';

const TITLE_WORD = /^(?:[A-Z][a-z0-9]+|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*$/;

/**
 * Names an English term keeps inside Chinese prose: a run of two to four capitalised words between
 * Chinese characters or punctuation (如 Hidden Voice Attack，…), with no function word and not all in
 * capitals. A writer who leaves a phrase untranslated and capitalised is naming something.
 */
export function findInlineNames(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!/\p{Script=Han}/u.test(line)) continue;
    for (const m of line.matchAll(
      /(?<![A-Za-z0-9_\-.])[A-Za-z][A-Za-z0-9\- ]*[A-Za-z0-9](?![A-Za-z0-9_-])/g,
    )) {
      const words = m[0].trim().split(/ +/);
      if (words.length < 2 || words.length > 4) continue;
      if (!words.every((w) => TITLE_WORD.test(w)) || !/[a-z]/.test(m[0])) continue;
      if (words.some((w) => PHRASE_STOP.has(w.toLowerCase()))) continue;
      out.push(words.join(' '));
    }
  }
  return [...new Set(out)];
}
