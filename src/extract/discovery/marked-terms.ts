/**
 * Key terms a summary marks itself: bold spans and headings that are short English phrases, less those
 * that describe a section (describes).
 */
import { stripHeadingNumber } from '../normalise.js';
import { describes } from './describes.js';
import { PHRASE_STOP } from './word-lists.js';

/**
 * Key terms a summary marks itself: bold spans and headings that are short English phrases, and the
 * English name that opens a bold span continued in Chinese (**DropEdge技術**, **GIN 的創新**).
 */
export function findMarkedTerms(markdown: string): string[] {
  const out: string[] = [];
  const consider = (raw: string): void => {
    let t = stripHeadingNumber(raw.replace(/[*_`]/g, '').trim())
      .replace(/[:：]$/, '')
      .trim();
    const head = /^([A-Za-z][A-Za-z0-9\- ]*?)\s*\p{Script=Han}/u.exec(t);
    if (head) t = head[1]!;
    if (/\p{Script=Han}/u.test(t) || !/^[A-Za-z][A-Za-z0-9\- ]{1,50}$/.test(t)) return;
    const words = t.split(/\s+/);
    if (words.length > 5 || words.some((w) => PHRASE_STOP.has(w.toLowerCase()) && words.length < 3)) return;
    if (describes(words)) return;
    out.push(t);
  };
  for (const m of markdown.matchAll(/\*\*([^*\n]{2,60})\*\*/g)) consider(m[1]!);
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) consider(m[1]!);
  return [...new Set(out)];
}
