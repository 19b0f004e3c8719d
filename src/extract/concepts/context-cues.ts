/**
 * What the words around a match say of it: a negation before it ("without GPU"), a cue that introduces it as
 * an example or a name ("such as X", 例如X), and the terms a list names beside it ("CBOW 和 Skip-gram").
 */
import { HAN, wordBreaks } from '../normalise.js';

/**
 * Only a list separator between two terms: a comma, a slash, and/or, 和/與/及/以及/或/、, after any closing
 * bracket or emphasis of the first term. Semicolons, full stops and the Chinese comma (，) join clauses,
 * not list items: Chinese enumerates with 、.
 */
const LIST_GAP = /^[\s)）」』"'*_]*(?:[,、/&]\s*(?:and|or)?|and|or|和|與|与|及|以及|或|或是|跟)\s*$/i;

/** Each match's neighbours in a list: consecutive matches with only a separator between them. */
export function listNeighbours(
  text: string,
  matches: readonly { id: string; start: number; end: number }[],
): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 1; i < matches.length; i++) {
    const a = matches[i - 1]!;
    const b = matches[i]!;
    if (a.id !== b.id && b.start >= a.end && LIST_GAP.test(text.slice(a.end, b.start)))
      out.push([a.id, b.id]);
  }
  return out;
}

/** The text just before a match ends with a negation cue: "without GPU", "不需要GPU". */
export function negated(text: string, start: number, cues: readonly string[]): boolean {
  return cueBefore(text, start, cues) !== undefined;
}

/**
 * The summary introduces the term as an example or by name ("such as POS tagging", "例如詞性標註",
 * "也就是 word2vec"); an example in parentheses is an aside the sentence reads the same without
 * ("(如梯度下降)"), so it is not introduced.
 */
export function introduced(text: string, start: number, cues: readonly string[]): boolean {
  const cue = cueBefore(text, start, cues);
  if (cue === undefined) return false;
  const before = text.slice(Math.max(0, start - 24), start).replace(/\s+$/, '');
  return !/[(（]\s*$/.test(before.slice(0, before.length - cue.length));
}

/** The cue (a whole word) the text just before a match ends with, if any: "such as X", "例如X", "without GPU". */
function cueBefore(text: string, start: number, cues: readonly string[]): string | undefined {
  const before = text
    .slice(Math.max(0, start - 16), start)
    .replace(/\s+$/, '')
    .toLowerCase();
  return cues.find((cue) => {
    if (!before.endsWith(cue)) return false;
    const previous = before.charAt(before.length - cue.length - 1) || ' ';
    if (/[a-z]/.test(previous)) return false; // the end of an English word
    // A one-character Chinese cue is a word of its own ("模型如語音識別": such as), not the end of another (不如
    // "worse than", 假如 "if"), as the word segmenter reads the text before the match.
    if (cue.length === 1 && HAN.test(cue) && HAN.test(previous))
      return wordBreaks(before).has(before.length - cue.length);
    return true;
  });
}
