/**
 * Discovery: finds concept terms the lexicon does not hold, so that unseen catalogs work without
 * editing it. Five general signals, each returning candidate terms with their surface forms:
 *  - bilingual pairs a summary defines itself: 中文（English, ABBR） and English（中文）;
 *  - "Long Form (ABBR)" where the abbreviation spells the long form's initials;
 *  - acronyms and model names in titles (GAN-style capitals, CamelCase, hyphenated compounds);
 *  - English noun phrases in titles (compromise), kept by a termhood score (length × document frequency);
 *  - capitalised names a title coordinates (the caller keeps those listed beside a known term).
 * `sameName` tells a summary's misspelling of a title's model name (WGWebNet for WG-WaveNet) from a new name;
 * `describes` and `findTemplateHeadings` tell a summary's scaffolding (section labels such as "Three kinds of
 * output", headings its template repeats such as "Key points") from the terms it marks.
 */
import nlp from 'compromise';
import { termKey } from './normalise.js';
import { editDistance } from '../core/edit-distance.js';

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
  '且',
  '並且',
  '并且',
  '而且',
  '優於',
  '优于',
  '相比',
  '藉由',
  '借由',
  '經由',
  '经由',
  '能夠',
  '能够',
  '可以',
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
// Emphasis markers may close between a term and its parenthesis: **基於空間的方法**（Spatial-based）.
const PAIR_ZH_EN = new RegExp(
  String.raw`(\p{Script=Han}{2,})(?:\*\*|__)?\s*[（(]\s*(${EN_PART}(?:\s*[,，、;]\s*${EN_PART})?)\s*[)）]`,
  'gu',
);
const PAIR_EN_ZH = new RegExp(
  String.raw`([A-Za-z][A-Za-z0-9\- ]{2,40}?)\s*[（(]\s*(\p{Script=Han}{2,10})\s*[)）]`,
  'gu',
);
// "Long Form (ABBR)" and "ABBR (Long Form)": up to eight words beside a parenthesised abbreviation.
const LONG_ABBR =
  /\b((?:[A-Za-z][a-z]+|[A-Z]{2,})(?:[ -]+(?:[A-Za-z][a-z]+|[A-Z]{2,})){0,7})\s*[（(]\s*([A-Z][A-Za-z]{1,7}s?)\s*[)）]/g;
const ABBR_LONG =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z]{1,7})\s*[（(]\s*([A-Za-z][a-z]+(?:[ -]+(?:[A-Za-z][a-z]+|[A-Z]{2,})){1,7})\s*[)）]/g;
const LINK_WORDS = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'to', 'in', 'on', 'with', 'by']);

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

/**
 * True when an abbreviation can be read off a long form (Schwartz & Hearst): its letters occur in the
 * long form in order, right to left, its first letter starts the first word, and the long form has no
 * more content words than the abbreviation has letters. GAT ← Graph Attention Networks, LoRA ← Low-Rank
 * Adaptation, STOI ← Short Time Objective Intelligibility.
 */
export function abbreviates(abbr: string, longForm: string): boolean {
  const letters = abbr.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = longForm
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const content = words.filter((w) => !LINK_WORDS.has(w));
  if (!letters || !words.length || words[0]![0] !== letters[0] || content.length > letters.length)
    return false;
  const long = words.join(' ');
  let li = long.length - 1;
  for (let ai = letters.length - 1; ai >= 0; ai--) {
    const ch = letters[ai]!;
    const wordStart = (i: number): boolean => i === 0 || long[i - 1] === ' ';
    while (li >= 0 && (long[li] !== ch || (ai === 0 && !wordStart(li)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * Abbreviations a text defines: "Weight Agnostic Networks (WAN)", "multi-layer perceptron (MLP)" (the
 * shortest tail of the words before the parenthesis that spells the abbreviation), and the reverse
 * order "GCN（Graph Convolutional Networks）".
 */
export function findLongFormAbbreviations(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  for (const m of text.matchAll(LONG_ABBR)) {
    const abbr = m[2]!.replace(/(?<=[A-Z])s$/, '');
    // A long form all in capitals is shouting, not a name's spelling (as for all-capitals titles).
    if (!/[a-z]/.test(m[1]!)) continue;
    const words = [...m[1]!.matchAll(/[A-Za-z]+/g)];
    for (let start = words.length - 1; start >= 0; start--) {
      const tail = m[1]!.slice(words[start]!.index);
      if (LINK_WORDS.has(words[start]![0].toLowerCase())) continue;
      if (abbreviates(abbr, tail)) {
        out.push({ en: tail, abbr });
        break;
      }
      if (words.length - start > abbr.length + 2) break;
    }
  }
  for (const m of text.matchAll(ABBR_LONG)) {
    if (abbreviates(m[1]!, m[2]!)) out.push({ en: m[2]!, abbr: m[1]! });
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

const CAP_WORD = String.raw`(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)`;
const CAP_RUN = String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,3}`;
const COORDINATED = new RegExp(
  String.raw`(?<![A-Za-z0-9\-])(${CAP_RUN})\s*(?:,\s*and|,|&|\band)\s+(${CAP_RUN})(?![A-Za-z0-9\-])`,
  'g',
);

/**
 * Capitalised names a title coordinates: "using Activation Guidance and Adaptive Instance Normalization"
 * gives both orders of [Activation Guidance, Adaptive Instance Normalization]. Items of one coordination
 * are of one kind, so a name listed beside a known term is a term too (the caller checks which is known).
 */
export function findCoordinatedNames(title: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of title.matchAll(COORDINATED)) {
    const a = m[1]!.trim();
    const b = m[2]!.trim();
    out.push([a, b], [b, a]);
  }
  return out;
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

/**
 * English noun phrases of a title, lower-cased, 2–4 words, with no function words inside and no verb in front:
 * a fragment of a title is no term.
 */
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
    // A gerund opening the phrase is the title's verb, the rest its object ("Improving Sequence Generation").
    if (/ing$/i.test(words[0]!) && nlp(words[0]!.toLowerCase()).has('#Gerund')) continue;
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

/**
 * Key terms a summary marks itself: bold spans and headings that are short English phrases, and the
 * English name that opens a bold span continued in Chinese (**DropEdge技術**, **GIN 的創新**).
 */
export function findMarkedTerms(markdown: string): string[] {
  const out: string[] = [];
  const consider = (raw: string): void => {
    let t = raw
      .replace(/[*_`]/g, '')
      .replace(/^[\d.、)）a-z]+[.)]\s+/i, '')
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

/** Words that open a description rather than a name: articles, demonstratives, question words. */
const DESCRIPTION_START = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'why',
  'how',
  'what',
  'when',
  'where',
  'which',
]);
/** Quantifiers and numbers: they open a description when the rest is not written as a name (One Pixel Attack is one). */
const QUANTIFIER = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'many',
  'some',
  'all',
  'each',
  'every',
  'various',
  'different',
]);
/** Heads that make a phrase about kinds of something: "Three kinds of output", "Types of Attacks". */
const KIND_OF = /\b(?:kinds?|types?|ways?|sorts?|categories|steps?|stages?)\s+(?:of|to)\b/i;

/**
 * A marked phrase that describes a section rather than naming a term: it opens with an article or a
 * question word ("A vector set as input", "Why both are needed"), speaks of kinds of something ("Three
 * kinds of output"), opens with a quantifier in sentence case ("Two stages"), or is written in sentence
 * case with a function word inside ("GAN as structured learning"). Names with function words are written
 * in title case (Mixture of Experts, Learning to Rank).
 */
export function describes(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  if (DESCRIPTION_START.has(first) || KIND_OF.test(words.join(' '))) return true;
  if (!sentenceCase(words)) return false;
  return QUANTIFIER.has(first) || words.slice(1).some((w) => PHRASE_STOP.has(w.toLowerCase()));
}

/** Two or more words, none after the first with a capital letter: "Core topic", "Computing self-attention". */
export function sentenceCase(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(1).every((w) => !/[A-Z]/.test(w));
}

/**
 * The headings a catalog's summaries share (the same words heading sections in two or more summaries):
 * a summary template's scaffolding ("Key points", "Core topic", 主要觀念), not a term of any one lecture.
 * Returns their term keys.
 */
export function findTemplateHeadings(summaries: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const summary of summaries) {
    const keys = new Set<string>();
    for (const m of summary.matchAll(/^\s{0,3}#{1,6}\s+(.+)$/gm)) {
      const text = m[1]!
        .replace(/[*_`]/g, '')
        .replace(/^[\d.、)）a-z]+[.)]\s+/i, '')
        .replace(/[:：]\s*$/, '')
        .trim();
      const key = termKey(text);
      if (key) keys.add(key);
    }
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}

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

const nameKey = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const skeleton = (s: string): string => (s.match(/[A-Z0-9]/g) ?? []).join('');

/**
 * True when `written` may misspell the model name `name` (generated summaries misspell names: WGWebNet
 * for WG-WaveNet): both at least six letters long, the same capitals and digits in the same order (a
 * version or a different model differs there: SpeechT5 / SpeechLM, Tacotron / Tacotron2), and at most one
 * edit in three letters apart, ignoring case, hyphens and spaces. Equal spellings are not misspellings.
 * The caller also checks that the text never writes `name` itself.
 */
export function sameName(written: string, name: string): boolean {
  const a = nameKey(written);
  const b = nameKey(name);
  if (a === b || a.length < 6 || b.length < 6 || skeleton(written) !== skeleton(name)) return false;
  const max = Math.floor(Math.max(a.length, b.length) / 3);
  return editDistance(a, b, max) <= max;
}
