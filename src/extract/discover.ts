/**
 * Discovery: finds concept terms the lexicon does not hold, so that unseen catalogs work without
 * editing it. Four general signals, each returning candidate terms with their surface forms:
 *  - bilingual pairs a summary defines itself: 中文（English, ABBR） and English（中文）;
 *  - "Long Form (ABBR)" where the abbreviation spells the long form's initials;
 *  - acronyms and model names in titles (GAN-style capitals, CamelCase, hyphenated compounds);
 *  - English noun phrases in titles (compromise), kept by a termhood score (length × document frequency).
 */
import nlp from 'compromise';
import { termKey } from './normalise.js';

export interface PairCandidate {
  /** English long form, when given. */
  en?: string;
  /** Abbreviation, when given. */
  abbr?: string;
  /** Chinese term, when given. */
  zh?: string;
  /** Other possible boundaries of the Chinese term, shortest first (zh is the longest). */
  zhCandidates?: string[];
  /** True when the whole Chinese run is the term (delimited on both sides by non-Chinese text). */
  zhDelimited?: boolean;
}

const ZH_STOP = new Set([
  '的',
  '與',
  '与',
  '和',
  '及',
  '或',
  '是',
  '在',
  '了',
  '以',
  '對',
  '对',
  '用',
  '將',
  '将',
  '從',
  '从',
  '把',
  '被',
  '為',
  '为',
  '即',
  '如',
  '等',
  '中',
  '上',
  '下',
  '之',
  '其',
  '並',
  '并',
  '也',
  '都',
  '而',
  '由',
  '於',
  '于',
  '向',
  '到',
  '讓',
  '让',
  '探討',
  '探讨',
  '使用',
  '通過',
  '通过',
  '提出',
  '基於',
  '基于',
  '利用',
  '進行',
  '进行',
  '採用',
  '采用',
  '介紹',
  '介绍',
  '討論',
  '讨论',
  '包括',
  '包含',
  '比較',
  '比较',
  '解決',
  '解决',
  '實現',
  '实现',
  '稱為',
  '称为',
  '叫做',
  '所謂',
  '所谓',
  '例如',
  '主要',
  '透過',
  '引入',
  '結合',
  '结合',
  '應用',
  '应用',
  '研究',
  '分析',
  '說明',
  '说明',
  '了解',
  '理解',
  '什麼',
  '什么',
  '如何',
  '為什麼',
  '为什么',
  '一種',
  '一种',
  '這種',
  '这种',
  '這些',
  '这些',
  '這個',
  '这个',
  '一個',
  '一个',
  '概述',
  '簡介',
  '简介',
  '各種',
  '各种',
  '各式各樣',
  '神奇',
  '有效',
  '使',
  '令',
  '來',
  '来',
  '去',
  '後',
  '后',
  '前',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const MAX_ZH_CHARS = 8;

/**
 * Candidate Chinese terms that end a run of Chinese text: word-aligned suffixes, shortest first,
 * stopping at function words and at eight characters (a split like 剪|枝 is rejoined).
 */
export function trailingChineseTerms(run: string): string[] {
  const words = [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
  const out: string[] = [];
  let term = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (ZH_STOP.has(w) || term.length + w.length > MAX_ZH_CHARS) break;
    term = w + term;
    if (term.length >= 2) out.push(term);
  }
  return out;
}

const EN_PART = String.raw`[A-Za-z][A-Za-z0-9\-+'’./& ]{0,60}?`;
const PAIR_ZH_EN = new RegExp(
  String.raw`(\p{Script=Han}{2,})\s*[（(]\s*(${EN_PART}(?:\s*[,，、;]\s*${EN_PART})?)\s*[)）]`,
  'gu',
);
const PAIR_EN_ZH = new RegExp(
  String.raw`([A-Za-z][A-Za-z0-9\- ]{2,40}?)\s*[（(]\s*(\p{Script=Han}{2,10})\s*[)）]`,
  'gu',
);
const LONG_ABBR =
  /\b((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Za-z][a-z]+|of|for|and|[A-Z]{2,})){1,6})\s*[（(]\s*([A-Z][A-Za-z]{1,7}s?)\s*[)）]/g;

const isAbbreviation = (s: string): boolean => /^[A-Z][A-Z0-9\-+]{1,7}s?$/.test(s);

function plausibleEnglishTerm(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 6 && /^[A-Za-z]/.test(s) && !/[.?!]$/.test(s.trim());
}

/** Bilingual pairs a text defines: 自督導式學習 (Self-supervised Learning, SSL), Vector（向量）. */
export function findBilingualPairs(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  for (const m of text.matchAll(PAIR_ZH_EN)) {
    const candidates = trailingChineseTerms(m[1]!);
    const parts = m[2]!
      .split(/\s*[,，、;]\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    const pair: PairCandidate = {};
    if (candidates.length) {
      pair.zh = candidates[candidates.length - 1]!;
      pair.zhCandidates = candidates;
      pair.zhDelimited = pair.zh === m[1];
    }
    for (const p of parts) {
      if (isAbbreviation(p) && !pair.abbr) pair.abbr = p;
      else if (plausibleEnglishTerm(p) && !pair.en) pair.en = p;
    }
    if (pair.zh && (pair.en || pair.abbr)) out.push(pair);
  }
  for (const m of text.matchAll(PAIR_EN_ZH)) {
    const en = m[1]!.trim();
    const zh = m[2]!;
    // A single English word before a Chinese aside ("ChatGPT (可能)是…") is rarely a definition.
    const words = en.split(/\s+/).length;
    if (!plausibleEnglishTerm(en) || words < 2 || words > 4 || ZH_STOP.has(zh)) continue;
    out.push({ en, zh, zhCandidates: [zh], zhDelimited: true });
  }
  return out;
}

/** "Weight Agnostic Networks (WAN)": long forms whose initials spell the abbreviation. */
export function findLongFormAbbreviations(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  for (const m of text.matchAll(LONG_ABBR)) {
    const abbr = m[2]!.replace(/s$/, '');
    const words = m[1]!.split(/[ -]+/);
    // Take the shortest tail of the phrase whose initials (skipping of/for/and) spell the abbreviation.
    for (let start = words.length - 1; start >= 0; start--) {
      const tail = words.slice(start);
      const initials = tail
        .filter((w) => !/^(?:of|for|and)$/.test(w))
        .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!.toUpperCase()))
        .join('');
      if (initials.toUpperCase() === abbr.toUpperCase()) {
        out.push({ en: tail.join(' '), abbr });
        break;
      }
      if (initials.length > abbr.length) break;
    }
  }
  return out;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/**
 * Acronyms and model names written in a title: SUPERB, MAML, VQVC+, WG-WaveNet, BigGAN, GPT-3.
 * `shouting` titles (all capitals) only contribute their "NAME:" prefix.
 */
export function findModelNames(title: string, shouting: boolean): string[] {
  const out: string[] = [];
  const prefix = /^\s*([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+?)\s*[:：]/.exec(title);
  if (prefix && /[A-Z].*[A-Z]|[a-z][A-Z]|\d/.test(prefix[1]!)) out.push(prefix[1]!);
  if (shouting) return out;
  for (const m of title.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-+][A-Za-z0-9]+)*\+?/g)) {
    const s = m[0];
    const capitals = (s.match(/[A-Z]/g) ?? []).length;
    const camel = /[a-z][A-Z]/.test(s) || /^[A-Z]{2,}[a-z]/.test(s);
    const acronym = /^[A-Z][A-Z0-9]+(?:[-+][A-Z0-9]+)*\+?$/.test(s);
    if (capitals < 2 || ROMAN.test(s)) continue;
    // A hyphenated name is a model name when a part is an acronym or carries digits (WG-WaveNet, GPT-3),
    // not when it is a hyphenated adjective (Data-Efficient, High-Fidelity).
    const parts = s.split(/[-+]/).filter(Boolean);
    const namedCompound =
      parts.length > 1 &&
      parts.some((p) => /^[A-Z][A-Z0-9]+$/.test(p) || /\d/.test(p) || /[a-z][A-Z]/.test(p));
    if (acronym || camel || namedCompound || /\+$/.test(s)) out.push(s);
  }
  return [...new Set(out)];
}

const PHRASE_STOP = new Set([
  'of',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'for',
  'with',
  'by',
  'and',
  'or',
  'to',
  'in',
  'on',
  'from',
  'without',
  'is',
  'are',
  'was',
  'what',
  'how',
  'why',
  'does',
  'do',
  'but',
  'better',
  'worse',
  'more',
  'than',
  'its',
  'their',
  'as',
  'at',
  'via',
  'using',
  'about',
  'your',
  'our',
  'my',
  'we',
  'you',
  'it',
  'be',
  'can',
  'new',
  'real',
  'some',
  'many',
]);

/** English noun phrases of a title, lower-cased, 2–4 words, with no function words inside. */
export function findNounPhrases(title: string): string[] {
  const text = title.replace(/\s+/g, ' ');
  const doc = nlp(text);
  const phrases = doc.nouns().out('array') as string[];
  const out: string[] = [];
  for (const raw of phrases) {
    let words = raw
      .replace(/[^A-Za-z0-9\- ]/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    while (words.length && PHRASE_STOP.has(words[0]!.toLowerCase())) words = words.slice(1);
    if (words.length < 2 || words.length > 4) continue;
    if (words.some((w) => PHRASE_STOP.has(w.toLowerCase()) || !/[A-Za-z]{2}/.test(w) || /-$|^-/.test(w)))
      continue;
    out.push(words.join(' ').toLowerCase());
  }
  return [...new Set(out)];
}

/**
 * Termhood of a phrase, after C-value: longer phrases and phrases seen in more lectures score
 * higher. `df` counts the lectures whose text contains the phrase.
 */
export function termhood(phrase: string, df: number): number {
  const words = termKey(phrase).split(' ').length;
  return Math.log2(words + 1) * df;
}

/** Key terms a summary marks itself: bold spans and headings that are short English phrases. */
export function findMarkedTerms(markdown: string): string[] {
  const out: string[] = [];
  const consider = (raw: string): void => {
    const t = raw
      .replace(/[*_`]/g, '')
      .replace(/^[\d.、)）a-z]+[.)]\s+/i, '')
      .replace(/[:：]$/, '')
      .trim();
    if (/\p{Script=Han}/u.test(t) || !/^[A-Za-z][A-Za-z0-9\- ]{1,50}$/.test(t)) return;
    const words = t.split(/\s+/);
    if (words.length > 5 || words.some((w) => PHRASE_STOP.has(w.toLowerCase()) && words.length < 3)) return;
    out.push(t);
  };
  for (const m of markdown.matchAll(/\*\*([^*\n]{2,60})\*\*/g)) consider(m[1]!);
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) consider(m[1]!);
  return [...new Set(out)];
}
