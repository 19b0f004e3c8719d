/**
 * Bilingual pairs a text defines itself: 中文（English, ABBR） and English（中文）. The Chinese side of the
 * first form is found back from the parenthesis (trailingChineseTerms).
 */
import nlp from 'compromise';
import { trailingChineseTerms } from './trailing-chinese-terms.js';
import type { PairCandidate } from './types.js';
import { abbreviates } from './abbreviates.js';
import { EXAMPLE_OPENERS, PHRASE_STOP, ZH_STOP } from './word-lists.js';

const EN_PART = String.raw`[A-Za-z][A-Za-z0-9\-+'’./& ]{0,60}?`;
// Emphasis markers may close between a term and its parenthesis: **基於空間的方法**（Spatial-based）.
const PAIR_ZH_EN = new RegExp(
  String.raw`(\p{Script=Han}{2,})(?:\*\*|__)?\s*[（(]\s*(${EN_PART}(?:\s*[,，、;]\s*${EN_PART})?)\s*[)）]`,
  'gu',
);
// The English side starts a word: not inside one spelt with letters beyond ASCII (générative models).
const PAIR_EN_ZH = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}])([A-Za-z][A-Za-z0-9\- ]{2,40}?)\s*[（(]\s*(\p{Script=Han}{2,10})\s*[)）]`,
  'gu',
);

const OPENING_PARENTHESIS = /[（(]/;

const isAbbreviation = (s: string): boolean => /^[A-Z][A-Z0-9\-+]{1,7}s?$/.test(s);

function plausibleEnglishTerm(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 6 && /^[A-Za-z]/.test(s) && !/[.?!]$/.test(s.trim());
}

/** A parenthesis that opens with an example cue: "such as KestrelNet", "e.g. BERT". */
function examples(inside: string): boolean {
  const lower = inside.trim().toLowerCase();
  for (const cue of EXAMPLE_OPENERS)
    if (lower.startsWith(cue) && !/[a-z0-9]/.test(lower[cue.length] ?? ' ')) return true;
  return false;
}

/** Two single words, neither spelling the other: a list of names (VAE, KestrelNet), not one term's two names. */
function listOfNames(parts: readonly string[]): boolean {
  if (parts.length !== 2 || parts.some((p) => /\s/.test(p))) return false;
  const [a, b] = parts as [string, string];
  return !abbreviates(a, b) && !abbreviates(b, a);
}

/**
 * The name that closes an English run before a Chinese gloss: in English prose the run starts with the sentence
 * ("We then apply Gradient Surgery (梯度手術)"). Its capitalised words after the last lower-case one where there
 * are such (Gradient Surgery), else the run; then without the function words it opens with ("Then", "the").
 */
function nameBefore(run: string): string {
  const words = run.split(/\s+/);
  const lower = words.findLastIndex((w) => /^[a-z]/.test(w));
  const named =
    lower >= 0 && lower < words.length - 1 ? words.slice(lower + 1) : words.slice(afterLastVerb(words));
  while (named.length > 1 && PHRASE_STOP.has(named[0]!.toLowerCase())) named.shift();
  return named.join(' ');
}

/**
 * Where a name written in lower case starts in a run of English prose: after the run's last finite verb ("We adopt
 * layer freezing" → layer freezing; "introduces masked language modeling" → masked language modeling, a past
 * participle being part of the name); 0 where the run has none.
 */
function afterLastVerb(words: readonly string[]): number {
  if (words.length < 3) return 0;
  const terms = nlp(words.join(' ')).terms().json() as { terms: { tags: string[] }[] }[];
  if (terms.length !== words.length) return 0;
  const verb = terms.findLastIndex(({ terms: [t] }) => {
    const tags = new Set(t?.tags);
    return tags.has('Verb') && !tags.has('PastTense') && !tags.has('Gerund') && !tags.has('Participle');
  });
  return verb >= 0 && verb < words.length - 1 ? verb + 1 : 0;
}

/** Bilingual pairs a text defines: 自督導式學習 (Self-supervised Learning, SSL), Vector（向量）. */
export function findBilingualPairs(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  // Both forms close with a parenthesis: a text without one (most titles) need not be scanned by the patterns,
  // which would try each of its letters as a start.
  if (!OPENING_PARENTHESIS.test(text)) return out;
  for (const m of text.matchAll(PAIR_ZH_EN)) {
    const candidates = trailingChineseTerms(m[1]!);
    const parts = m[2]!
      .split(/\s*[,，、;]\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    // Examples of the term (（such as KestrelNet）) or a list of names (（VAE, KestrelNet）) translate nothing.
    if (examples(m[2]!) || listOfNames(parts)) continue;
    const pair: PairCandidate = {};
    if (candidates.length) {
      pair.zh = candidates[candidates.length - 1]!;
      pair.zhCandidates = candidates;
      pair.zhDelimited = pair.zh === m[1];
    }
    for (const p of parts) {
      // A single word that spells the other part is its abbreviation, in any case (LoRA, ViT).
      const spells =
        parts.length === 2 && /^\S{2,}$/.test(p) && parts.some((o) => o !== p && abbreviates(p, o));
      if ((isAbbreviation(p) || spells) && !pair.abbr) pair.abbr = p;
      else if (plausibleEnglishTerm(p) && !pair.en) pair.en = p;
    }
    if (pair.zh && (pair.en || pair.abbr)) out.push(pair);
  }
  for (const m of text.matchAll(PAIR_EN_ZH)) {
    const en = nameBefore(m[1]!.trim());
    const zh = m[2]!;
    // A single English word before a Chinese aside ("ChatGPT (可能)是…") is rarely a definition.
    const words = en.split(/\s+/).length;
    if (!plausibleEnglishTerm(en) || words < 2 || words > 4 || ZH_STOP.has(zh)) continue;
    out.push({ en, zh, zhCandidates: [zh], zhDelimited: true });
  }
  return out;
}
