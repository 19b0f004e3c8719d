/**
 * Text normalisation for concept matching. Text becomes a list of tokens, each with its span in the
 * original text and a normalised form: NFKC (full-width letters and digits become ASCII), lower case,
 * regular English plurals singularised, Chinese characters unified to Simplified (OpenCC), so that
 * 網路剪枝 / 网路剪枝, Self-Supervised / self supervised, GANs / GAN meet on one key. Hyphens, spaces and
 * punctuation are separators. Each Chinese character is its own token.
 */
import * as OpenCC from 'opencc-js';
import { memoise } from './memoise.js';

export interface Token {
  /** Normalised form used for matching. */
  norm: string;
  start: number;
  end: number;
  han: boolean;
  /** The token is an acronym written in capitals (GAN, TTS), in text that is not all capitals. */
  upper: boolean;
  /** The original token is written entirely in capitals, whatever the rest of the text. */
  caps: boolean;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hanCache = new Map<string, string>();

/** Simplified form of one Chinese character (cached: the set of characters is small). */
export function simplifyHan(ch: string): string {
  let out = hanCache.get(ch);
  if (out === undefined) {
    out = toSimplified(ch);
    hanCache.set(ch, out);
  }
  return out;
}

const hanByCode = new Map<number, string>();

/**
 * `simplifyHan` of the character at a code point, as the tokeniser has it: every Chinese character of every text is
 * a token, and a map keyed by number needs no one-character string made for it.
 */
function simplifiedByCode(code: number): string {
  let out = hanByCode.get(code);
  if (out === undefined) hanByCode.set(code, (out = simplifyHan(String.fromCodePoint(code))));
  return out;
}

/** Converts a whole string to Simplified characters (Latin text unchanged). */
export function toSimplifiedText(text: string): string {
  return toSimplified(text);
}

const NO_SINGULAR = new Set([
  'bias',
  'analysis',
  'basis',
  'series',
  'species',
  'news',
  'lens',
  'gas',
  'axis',
  'thesis',
  'hypothesis',
  'this',
  'his',
  'its',
  'is',
  'was',
  'has',
  'does',
  'yes',
  'less',
  'across',
  'status',
  'corpus',
  'focus',
  'consensus',
  'plus',
  'minus',
  'bus',
  'virus',
  'mathematics',
  'physics',
  'statistics',
  'linguistics',
  'robotics',
  'economics',
  'dynamics',
  'kinematics',
  'diabetes',
  'alias',
  'atlas',
  'canvas',
  'christmas',
  'always',
  'perhaps',
  'whereas',
  'towards',
  'bayes',
  'adams',
  'hastings',
  'jones',
  'process',
  'access',
  'loss',
  'thus',
  'us',
  'as',
  'ps',
  'ms',
  'vs',
  'semantics',
  'genetics',
  'ethics',
  'logistics',
]);

/** Latin plurals whose singular no rule gives (matrices is matrix, not "matrice"; prices stays price). */
const LATIN_PLURALS: ReadonlyMap<string, string> = new Map([
  ['matrices', 'matrix'],
  ['vertices', 'vertex'],
  ['indices', 'index'],
  ['appendices', 'appendix'],
  ['simplices', 'simplex'],
  ['axes', 'axis'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
]);

/**
 * English singular for matching: regular plurals only, never below three letters. A matching key, not a word: where
 * the plural alone cannot say what the singular is, both go to one key — a singular in -che drops its e as its
 * plural in -ches does (cache and caches are "cach", as approach and approaches are "approach"), a singular in -ie
 * ends in y as its plural in -ies does (movie and movies are "movy"). A word in -ics is a plural (metrics, topics)
 * unless NO_SINGULAR holds it (semantics).
 */
export function singular(word: string): string {
  if (word.length <= 3 || NO_SINGULAR.has(word)) return word;
  const irregular = LATIN_PLURALS.get(word);
  if (irregular) return irregular;
  // Greek plurals in -yses and -theses (analyses, hypotheses, syntheses).
  if (/(?:ys|thes)es$/.test(word)) return word.slice(0, -2) + 'is';
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ie')) return word.slice(0, -2) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  // The -es plural of a singular in -s (biases, corpuses, statuses, lenses).
  if (word.endsWith('ses')) {
    const stem = word.slice(0, -2);
    if (stem.length >= 4 && (NO_SINGULAR.has(stem) || /(?:us|is|as)$/.test(stem))) return stem;
  }
  if (word.endsWith('che')) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

// A Latin (or other non-Han) word stops at the first Chinese character: "GNN的方法" is GNN + 的 + 方 + 法.
export const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The length in UTF-16 code units of the character at a code point (what `String.fromCodePoint(code).length` is). */
const charLength = (code: number): number => (code > 0xffff ? 2 : 1);

/**
 * Character classes: 0 separator, 1 word character, 2 Chinese character (its own token). The character is made a
 * string only outside the ranges tested by number (ASCII, the main Han blocks).
 */
function charClass(code: number): 0 | 1 | 2 {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
    return 2;
  const ch = String.fromCodePoint(code);
  if (HAN.test(ch)) return 2;
  return WORD_CHAR.test(ch) ? 1 : 0;
}

/**
 * Tokenises text. `shouting` (most letters upper case, as in an all-caps paper title) makes
 * upper-case words count as ordinary words, so ATTACKS is singularised like attacks.
 * A word stops at a Chinese character ("Adam優化器" is Adam + 優 + 化 + 器). Linear, with an ASCII fast path.
 */
export function tokenize(text: string, shouting = isShouting(text)): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const cls = charClass(code);
    if (cls === 0) {
      i += charLength(code);
      continue;
    }
    if (cls === 2) {
      tokens.push({
        norm: simplifiedByCode(code),
        start: i,
        end: i + charLength(code),
        han: true,
        upper: false,
        caps: false,
      });
      i += charLength(code);
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < text.length) {
      const c = text.codePointAt(i)!;
      if (charClass(c) !== 1) break;
      if (c >= 128) ascii = false;
      i += charLength(c);
    }
    i = trailingPlus(text, i);
    tokens.push(wordToken(text.slice(start, i), start, i, shouting, ascii));
  }
  return tokens;
}

/**
 * Where a word ends once the plus signs that close it are counted in: a trailing "+" names another model or
 * language (VQVC+ is not VQVC, C++ is not C), while a plus between words joins two terms (CNN+RNN).
 */
function trailingPlus(text: string, end: number): number {
  let j = end;
  while (text[j] === '+') j++;
  if (j === end) return end;
  const next = text.codePointAt(j);
  return next === undefined || charClass(next) !== 1 ? j : end;
}

function wordToken(surface: string, start: number, end: number, shouting: boolean, isAscii: boolean): Token {
  const ascii = isAscii ? surface : surface.normalize('NFKC');
  const lower = ascii.toLowerCase();
  const allCaps = ascii !== lower && ascii === ascii.toUpperCase();
  const capsPlural =
    !allCaps &&
    ascii.length > 2 &&
    ascii.endsWith('s') &&
    ascii.slice(0, -1) === ascii.slice(0, -1).toUpperCase() &&
    /[A-Z]/.test(ascii);
  const caps =
    allCaps || capsPlural || (isAscii ? false : /^[\p{Lu}\p{N}]+s?$/u.test(ascii) && /\p{Lu}/u.test(ascii));
  // Capitals are counted only for a word written in capitals: most words are not, and counting makes a list.
  const upper = !shouting && caps && (ascii.length === 1 || capitalCount(ascii) >= 2);
  // An acronym's plural (GANs, GNNs) drops its s; other capitalised words follow English rules.
  const norm = upper
    ? ascii.endsWith('s')
      ? lower.slice(0, -1)
      : lower
    : /^[a-z]/.test(lower)
      ? singular(lower)
      : lower;
  return { norm, start, end, han: false, upper, caps };
}

/** How many capital letters a word has. */
const capitalCount = (word: string): number => (word.match(/[A-Z\p{Lu}]/gu) ?? []).length;

/**
 * True when a text is written in capitals ("MOCKINGJAY: UNSUPERVISED SPEECH …"): at least three
 * words and none with a lower-case letter. A list of model names (SAGAN, BigGAN) is not shouting.
 */
export function isShouting(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 3 && !words.some((w) => /[a-z]/.test(w));
}

/**
 * The matching key of a term: its normalised tokens joined by spaces. Memoised: extraction keys the same few names
 * over and over (the lexicon's labels and aliases as each matched concept's families are checked, discovered terms
 * as they are looked up): at 100k lectures some 4.4 million calls for 13 thousand distinct terms.
 */
export const termKey: (term: string) => string = memoise((term) =>
  tokenize(term, false)
    .map((t) => t.norm)
    .join(' '),
);

/** A URL-safe id for a term: lower-case ASCII slug, or the Simplified Chinese key when the term has no Latin. */
export function slugify(term: string): string {
  const latin = term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin) return latin;
  return tokenize(term, false)
    .map((t) => t.norm)
    .join('');
}

/** A term key with spaces removed: "life long learning" and "lifelong learning" meet here. */
export const squashKey = (key: string): string => key.replace(/ /g, '');

/**
 * A heading's or list item's own numbering ("2. ", "1.2 ", "3、", "4) ", "(1) ", "a) "), taken off its start; never the
 * digits of a term (3D, 1x1, 1-bit) nor a word with a full stop ("Approx. Inference").
 */
export function stripHeadingNumber(text: string): string {
  return text.replace(/^(?:\d+(?:\.\d+)*(?:[.、)）]\s*|\s+)|[(（]\d+[)）]\s*|[a-z][.)]\s+)/i, '');
}

/** The word segmenter for Chinese text, one for every module (each is costly to make). */
export const ZH_WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where the word segmenter puts word breaks in `text`: the start and end offset of every segment. */
export function wordBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  for (const s of ZH_WORDS.segment(text)) breaks.add(s.index).add(s.index + s.segment.length);
  return breaks;
}
