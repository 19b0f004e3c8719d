/**
 * Concept extraction stage: lectures in, concepts and weighted lecture→concept mentions out.
 * Ordered steps, each a plain function: vocabulary (lexicon + discovery) → matching per text field →
 * inclusion and salience → twin lectures share their concepts. Deterministic: every map is
 * iterated in sorted order before anything is emitted.
 */
import type { LectureRecord, MentionEvidence } from '../core/types.js';
import { GenericWords, loadGenericWordsData } from './termhood/generic-words.js';
import { aboutness, aboutnessFeatures, loadAboutnessModel, prominence } from './salience/aboutness.js';
import { isPersonName } from './termhood/person-name.js';
import { escapeRegExp } from '../core/regexp.js';
import {
  describes,
  findBilingualPairs,
  findCoordinatedNames,
  findInlineNames,
  findLongFormAbbreviations,
  findMarkedTerms,
  findModelNames,
  findNounPhrases,
  findTemplateHeadings,
  sameName,
  sentenceCase,
  termhood,
  type PairCandidate,
} from './discover.js';
import type { Lexicon } from './lexicon.js';
import { composedTerms, type ComposeContext } from './composed-terms.js';
import { lectureFields, type FieldName, type TextField } from './lecture-fields.js';
import { isShouting, slugify, squashKey, termKey, tokenize, toSimplifiedText } from './normalise.js';
import { TermMatcher } from './term-matcher.js';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
import { findTwins, shareTwinConcepts } from './concepts/twins.js';
import type { Candidate, ExtractedConcept, ExtractionResult, Mention } from './concepts/types.js';

export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
export type { Candidate, ExtractedConcept, ExtractionResult, Mention } from './concepts/types.js';
export { findTwins } from './concepts/twins.js';

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface Vocabulary {
  concepts: Map<string, ExtractedConcept>;
  keyToId: Map<string, string>;
  /** Keys with spaces removed, for terms that differ only in compounding (life long / lifelong). */
  squashed: Map<string, string>;
  stop: Set<string>;
  /** Basic concepts a summary body tags only when it defines them. */
  background: Set<string>;
  /** Basic terms (vector, token) a summary body tags only when it defines them; titles tag them as usual. */
  bodyBackground: Set<string>;
  /** Words that negate the term after them. */
  negationCues: string[];
  /** Lexicon terms of three or more words with one inner word left out → id (Lottery Hypothesis). */
  elided: Map<string, string>;
  /** Words closing a hyphenated adjective ("-based"): such a word alone is never a concept. */
  modifierHeads: Set<string>;
  /** Words after which a summary names what it teaches: an example or a name ("such as", "例如", "也就是"). */
  introducers: string[];
  /** How generic a word is in the language at large: a generic term is never a discovered label or alias. */
  generic: GenericWords;
  /** Shapes of names that are never concepts (homework numbers), from stoplist.json. */
  nonConcept: RegExp[];
}

/** The concept a term names, exactly or up to compounding. */
function lookup(vocab: Vocabulary, term: string): string | undefined {
  const key = termKey(term);
  return vocab.keyToId.get(key) ?? vocab.squashed.get(squashKey(key));
}

function vocabularyFromLexicon(lexicon: Lexicon, markerWords: string[]): Vocabulary {
  const concepts = new Map<string, ExtractedConcept>();
  for (const c of lexicon.concepts.values()) {
    const aliases = new Set<string>(c.aliases);
    if (c.labelZh) aliases.add(c.labelZh);
    const concept: ExtractedConcept = {
      id: c.id,
      label: c.label,
      category: c.category,
      origin: 'lexicon',
      aliases,
      variants: c.variants,
      broader: c.broader,
      requires: c.requires,
    };
    if (c.labelZh) concept.labelZh = c.labelZh;
    concepts.set(c.id, concept);
  }
  const stop = new Set(lexicon.stopKeys);
  for (const w of markerWords) stop.add(termKey(w));
  const squashed = new Map<string, string>();
  for (const [key, id] of [...lexicon.aliasIndex].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!squashed.has(squashKey(key))) squashed.set(squashKey(key), id);
  }
  const elided = new Map<string, string>();
  for (const [key, id] of [...lexicon.aliasIndex].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const words = key.split(' ');
    if (words.length < 3 || words.some((w) => /\p{Script=Han}/u.test(w))) continue;
    for (let k = 1; k < words.length - 1; k++) {
      const short = [...words.slice(0, k), ...words.slice(k + 1)].join(' ');
      if (!lexicon.aliasIndex.has(short) && !elided.has(short)) elided.set(short, id);
    }
  }
  return {
    concepts,
    keyToId: new Map(lexicon.aliasIndex),
    squashed,
    stop,
    background: lexicon.background,
    bodyBackground: lexicon.bodyBackground,
    negationCues: lexicon.negationCues,
    elided,
    modifierHeads: lexicon.modifierHeads,
    introducers: lexicon.introducers,
    nonConcept: lexicon.nonConceptPatterns,
    generic: new GenericWords(
      loadGenericWordsData(),
      [...lexicon.concepts.values()].flatMap((c) => [c.label, c.labelZh ?? '', ...c.aliases]),
    ),
  };
}

/** Discovery names a concept by a term: never a stop word, a generic word, or another concept's term. */
function addTerm(vocab: Vocabulary, id: string, term: string): void {
  const key = termKey(term);
  if (!key || vocab.stop.has(key) || vocab.generic.isGeneric(term)) return;
  const owner = vocab.keyToId.get(key);
  if (owner !== undefined && owner !== id) return;
  vocab.keyToId.set(key, id);
  vocab.concepts.get(id)!.aliases.add(term);
}

/** A discovered English label: lower-case unless it carries acronyms or inner capitals. */
function labelFor(term: string): string {
  const words = term.trim().split(/\s+/);
  const keepCase = words.some((w) => /[A-Z].*[A-Z]|[a-z][A-Z]|\d/.test(w));
  return keepCase ? words.join(' ') : words.join(' ').toLowerCase();
}

/** A single hyphenated adjective (Count-based, data-driven): it modifies a term and is none itself. */
function bareModifier(vocab: Vocabulary, label: string): boolean {
  const m = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-([A-Za-z]+)$/.exec(label.trim());
  return m !== null && vocab.modifierHeads.has(m[1]!.toLowerCase());
}

function newConcept(vocab: Vocabulary, label: string, labelZh?: string): string | undefined {
  const id = slugify(label);
  const key = termKey(label);
  if (
    !id ||
    !key ||
    vocab.stop.has(key) ||
    bareModifier(vocab, label) ||
    vocab.generic.isGeneric(label) ||
    vocab.nonConcept.some((p) => p.test(label.trim()))
  )
    return undefined;
  const existing = lookup(vocab, label) ?? (vocab.concepts.has(id) ? id : undefined);
  if (existing) return existing;
  // A known term with one inner word left out ("Lottery Hypothesis") is that term, not a new one.
  const full = vocab.elided.get(key);
  if (full !== undefined) {
    addTerm(vocab, full, label);
    return full;
  }
  const concept: ExtractedConcept = {
    id,
    label: labelFor(label),
    category: 'discovered',
    origin: 'discovered',
    aliases: new Set(),
    variants: [],
    broader: [],
    requires: [],
  };
  if (labelZh && !vocab.generic.isGeneric(labelZh)) concept.labelZh = labelZh;
  vocab.concepts.set(id, concept);
  vocab.keyToId.set(key, id);
  if (!vocab.squashed.has(squashKey(key))) vocab.squashed.set(squashKey(key), id);
  return id;
}

function applyPair(vocab: Vocabulary, pair: PairCandidate): string | undefined {
  const latin = [pair.en, pair.abbr].filter((p): p is string => !!p);
  if (latin.some((p) => vocab.stop.has(termKey(p)))) return undefined;
  const latinId = latin.map((p) => lookup(vocab, p)).find((x) => x !== undefined);
  // The Chinese side: a boundary the vocabulary already knows, else the longest safe boundary.
  const zhCandidates = pair.zhCandidates ?? (pair.zh ? [pair.zh] : []);
  const knownZh = [...zhCandidates].reverse().find((z) => vocab.keyToId.has(termKey(z)));
  const zhId = knownZh ? vocab.keyToId.get(termKey(knownZh)) : undefined;
  if (latinId && zhId && latinId !== zhId) return latinId;
  // Only a shorter tail of a delimited Chinese term is known (監督分類 → 分類): the English names
  // something more specific than that concept, so the pair is not evidence for it.
  if (!latinId && zhId && pair.zhDelimited && knownZh !== pair.zh) return undefined;
  let id = latinId ?? zhId;
  // A new Chinese term: the longest boundary when none is known, or the whole delimited run when only a
  // shorter tail of it is known for the same concept (神經網路壓縮 beside 網路壓縮 for Network Compression).
  const fullRun = pair.zhDelimited && knownZh !== pair.zh && (!knownZh || zhId === latinId);
  const newZh =
    pair.zh &&
    (fullRun || (!knownZh && pair.zh.length >= 3)) &&
    !vocab.stop.has(termKey(pair.zh)) &&
    !vocab.keyToId.has(termKey(pair.zh)) &&
    namesWholeTerm(vocab, pair.zh, pair.en ?? pair.abbr ?? '')
      ? pair.zh
      : undefined;
  if (!id) {
    const label = pair.en ?? pair.abbr;
    // One lower-case word glossing Chinese prose (函式集合 (model), 內容 (content)) is a translation aid;
    // a new term is written as a name or in more than one word.
    if (!label || (!pair.abbr && /^[a-z]+$/.test(label.trim()))) return undefined;
    id = newConcept(vocab, label, newZh);
    if (!id) return undefined;
  }
  for (const p of latin) addTerm(vocab, id, p);
  const concept = vocab.concepts.get(id)!;
  const acceptedZh = newZh && translates(concept, newZh) ? newZh : undefined;
  if (acceptedZh) addTerm(vocab, id, acceptedZh);
  const zhLabel = knownZh && zhId === id ? knownZh : acceptedZh;
  if (zhLabel && !concept.labelZh) concept.labelZh = zhLabel;
  return id;
}

/**
 * A Chinese name beside an English term names that term, not its context: it is no generic word (情況,
 * 重要性 beside a model's name), and one ordinary dictionary word (模型 "model") cannot name a term of several
 * English words (Audio Foundation Models): it translates only the head.
 */
function namesWholeTerm(vocab: Vocabulary, zh: string, en: string): boolean {
  if (vocab.generic.isGeneric(zh)) return false;
  const englishWords = en.split(/[\s-]+/).filter((w) => /[A-Za-z]/.test(w) && !vocab.stop.has(termKey(w)));
  return !(
    englishWords.length >= 2 &&
    vocab.generic.isDictionaryWord(zh) &&
    vocab.generic.words(zh).length === 1
  );
}

/**
 * A new Chinese name for a concept that already has Chinese names must share a character with one of
 * them: 說話者嵌入 for 語者嵌入 yes, but 表現不佳 ("performs poorly") for generalization no. Generated
 * summaries put many glosses in parentheses that are not translations of the term before them.
 */
function translates(concept: ExtractedConcept, zh: string): boolean {
  const known = [concept.labelZh, ...concept.aliases, ...concept.variants].filter(
    (n): n is string => !!n && HAN.test(n),
  );
  if (known.length === 0) return true;
  const chars = new Set(toSimplifiedText(known.join('')));
  return [...toSimplifiedText(zh)].some((ch) => HAN.test(ch) && chars.has(ch));
}

const HAN = /\p{Script=Han}/u;

interface Prepared {
  lecture: LectureRecord;
  fields: TextField[];
  shouting: boolean;
  /** Concept ids this lecture's own text defines through a bilingual pair or a long form. */
  defined: Set<string>;
  /** Pairs that shorten a known term to its head in both languages (對齊 (Alignment)); see `ellipsisOf`. */
  ellipses: Ellipsis[];
}

/** A head the summary glosses (對齊 (Alignment)) that ends the names of known concepts in both languages. */
interface Ellipsis {
  surfaces: string[];
  candidates: string[];
}

const tailIndexes = new WeakMap<Vocabulary, { en: Map<string, Set<string>>; zh: Map<string, Set<string>> }>();

/**
 * The lexicon concepts whose English names end with the pair's English (over whole words) and whose Chinese
 * names end with its Chinese: 對齊 (Alignment) → AI alignment (人類對齊), forced alignment (強制對齊). A
 * summary that glosses a head so is shortening a term it has in mind, not naming a new one.
 */
function ellipsisOf(vocab: Vocabulary, pair: PairCandidate): Ellipsis | undefined {
  if (!pair.en || !pair.zh) return undefined;
  let index = tailIndexes.get(vocab);
  if (!index) {
    index = { en: new Map(), zh: new Map() };
    const put = (map: Map<string, Set<string>>, key: string, id: string): void => {
      map.set(key, (map.get(key) ?? new Set<string>()).add(id));
    };
    for (const c of [...vocab.concepts.values()].filter((x) => x.origin === 'lexicon')) {
      for (const name of [c.label, ...c.aliases, ...c.variants]) {
        const key = termKey(name);
        if (ALL_HAN.test(name)) {
          const zh = key.replace(/ /g, '');
          for (let k = 1; k <= zh.length - 2; k++) put(index.zh, zh.slice(k), c.id);
        } else if (/^[A-Za-z]/.test(name)) {
          const words = key.split(' ');
          for (let k = 1; k < words.length; k++) put(index.en, words.slice(k).join(' '), c.id);
        }
      }
    }
    tailIndexes.set(vocab, index);
  }
  const en = index.en.get(termKey(pair.en));
  const zhKeys = (pair.zhCandidates ?? [pair.zh]).map((z) => termKey(z).replace(/ /g, ''));
  const zh = new Set(zhKeys.flatMap((z) => [...(index.zh.get(z) ?? [])]));
  const candidates = [...(en ?? [])].filter((id) => zh.has(id)).sort();
  const zhSurface = (pair.zhCandidates ?? [pair.zh]).find((z) => index.zh.has(termKey(z).replace(/ /g, '')));
  return candidates.length && zhSurface ? { surfaces: [pair.en, zhSurface], candidates } : undefined;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/** The phrase is a generic word, or has one (Error Correction Mechanisms, Recent Developments). */
function hasStopWord(vocab: Vocabulary, key: string): boolean {
  return vocab.stop.has(key) || key.split(' ').some((w) => vocab.stop.has(w));
}

/**
 * A discovered concept joins the lexicon's structure through its head: the longest known term that ends its
 * label ("Patch GAN" → GAN, "Entropy SGD" → stochastic gradient descent, "deep linear networks" → neural
 * network) or closes a hyphenated name ("NICE-GAN" → GAN) is its broader concept, so the graph stays
 * connected and prerequisites can reach it.
 */
function joinLexicon(vocab: Vocabulary): void {
  for (const c of vocab.concepts.values()) {
    if (c.origin !== 'discovered' || c.broader.length) continue;
    const words = c.label.split(/[\s-]+/).filter(Boolean);
    for (let i = 1; i < words.length; i++) {
      const id = lookup(vocab, words.slice(i).join(' '));
      if (id !== undefined && id !== c.id && vocab.concepts.get(id)!.origin === 'lexicon') {
        c.broader = [id];
        break;
      }
    }
  }
}

/** A phrase that contains a known concept is that concept plus a modifier: the concept covers it. */
function covered(vocab: Vocabulary, key: string): boolean {
  const words = key.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++)
      if (vocab.keyToId.has(words.slice(i, j).join(' '))) return true;
  }
  return false;
}

/**
 * The known term of two or more words that a phrase spells with one inner word inserted ("lifelong
 * language learning" → lifelong learning), if any. The mirror of `elided`.
 */
function withInsertedWord(vocab: Vocabulary, phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  for (let k = 1; k < words.length - 1; k++) {
    const id = vocab.keyToId.get(termKey([...words.slice(0, k), ...words.slice(k + 1)].join(' ')));
    if (id !== undefined) return id;
  }
  return undefined;
}

function discover(vocab: Vocabulary, prepared: Prepared[], options: ExtractOptions): void {
  // 1. Pairs the text defines.
  for (const p of prepared) {
    for (const f of p.fields) {
      for (const pair of [...findBilingualPairs(f.text), ...findLongFormAbbreviations(f.text)]) {
        const known = [pair.en, pair.abbr].some((t) => t !== undefined && lookup(vocab, t) !== undefined);
        const ellipsis = known ? undefined : ellipsisOf(vocab, pair);
        if (ellipsis) {
          p.ellipses.push(ellipsis);
          continue;
        }
        const id = applyPair(vocab, pair);
        if (id) p.defined.add(id);
      }
    }
  }
  // 2. Model names and acronyms in titles; a compound of known names (DARTS-ASR) is those names.
  for (const p of prepared) {
    for (const name of findModelNames(p.lecture.title, p.shouting)) {
      const key = termKey(name);
      if (lookup(vocab, name) !== undefined || vocab.stop.has(key)) continue;
      const parts = name.split(/[-+]/).filter(Boolean);
      if (parts.length > 1 && parts.every((part) => lookup(vocab, part) !== undefined)) continue;
      newConcept(vocab, name);
    }
  }
  // A name a title lists beside a known term is a term of the same kind: "using Activation Guidance and
  // Adaptive Instance Normalization". It needs two words, none generic, and no known term inside it.
  for (const p of prepared) {
    if (p.shouting) continue;
    for (const [name, sibling] of findCoordinatedNames(p.lecture.title)) {
      const key = termKey(name);
      const words = name.split(/\s+/);
      if (words.length < 2 || lookup(vocab, sibling) === undefined || lookup(vocab, name) !== undefined)
        continue;
      if (hasStopWord(vocab, key) || covered(vocab, key) || describes(words)) continue;
      newConcept(vocab, name);
    }
  }
  // A name the summary body writes instead of one of its title's names is that name misspelt (WGWebNet
  // for WG-WaveNet, which the body never writes).
  const misspelt = (p: Prepared, term: string): string | undefined => {
    for (const name of findModelNames(p.lecture.title, p.shouting)) {
      const id = lookup(vocab, name);
      if (id === undefined || !sameName(term, name)) continue;
      const body = p.fields.find((f) => f.field === 'summary')?.text ?? '';
      if (!squashKey(termKey(body)).includes(squashKey(termKey(name)))) {
        addTerm(vocab, id, term);
        return id;
      }
    }
    return undefined;
  };
  // 3. Terms a summary marks itself (bold, headings), when they look like names: multi-word or acronyms.
  // Headings the catalog's summaries share are their template (Key points, Core topic), and a phrase in
  // sentence case holding a known term is that term at work (Computing self-attention).
  const template = findTemplateHeadings(prepared.flatMap((p) => p.lecture.summary ?? []));
  for (const p of prepared) {
    if (!p.lecture.summary) continue;
    for (const term of findMarkedTerms(p.lecture.summary)) {
      const key = termKey(term);
      if (lookup(vocab, term) !== undefined || vocab.stop.has(key) || template.has(key)) continue;
      if (key.split(' ').length < 2 && !/[A-Z].*[A-Z]/.test(term)) continue;
      if (hasStopWord(vocab, key)) continue;
      if (sentenceCase(term.split(/\s+/)) && covered(vocab, key)) continue;
      const id = misspelt(p, term) ?? newConcept(vocab, term);
      if (id) p.defined.add(id);
    }
  }
  // 4. Names a summary leaves in English inside Chinese prose, unless a known concept covers them.
  for (const p of prepared) {
    if (!p.lecture.summary) continue;
    for (const f of p.fields) {
      if (f.field === 'title') continue;
      for (const name of findInlineNames(f.text)) {
        const key = termKey(name);
        if (lookup(vocab, name) !== undefined || hasStopWord(vocab, key) || covered(vocab, key)) continue;
        if (misspelt(p, name) === undefined) newConcept(vocab, name);
      }
    }
  }
  // 5. Noun phrases in titles, kept by termhood over the whole catalog. The part-of-speech tagger is
  // slow (~0.1–0.2 MB/s), so it reads distinct titles only, at most `maxTaggedTitles` of them chosen by a
  // stable hash; the phrases found are then counted in all text by the fast matcher.
  const candidates = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const p of prepared) {
    if (/\p{Script=Han}/u.test(p.lecture.title)) continue;
    const title = p.shouting ? p.lecture.title.toLowerCase() : p.lecture.title;
    if (!titles.has(title)) titles.set(title, title);
  }
  const sample = [...titles.keys()]
    .map((t) => [stableHash(t), t] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, options.maxTaggedTitles)
    .map(([, t]) => t)
    .sort();
  for (const title of sample) {
    for (const phrase of findNounPhrases(title)) {
      const key = termKey(phrase);
      if (lookup(vocab, phrase) !== undefined || vocab.stop.has(key)) continue;
      if (covered(vocab, key)) continue;
      // A known term with a word inserted (Lifelong Language Learning) is that term applied to something.
      const known = withInsertedWord(vocab, phrase);
      if (known !== undefined) addTerm(vocab, known, phrase);
      else candidates.set(key, phrase);
    }
  }
  if (candidates.size === 0) return;
  const phraseMatcher = new TermMatcher();
  for (const [key, phrase] of [...candidates].sort()) phraseMatcher.add(phrase, key);
  const df = new Map<string, Set<number>>();
  for (const p of prepared) {
    for (const f of p.fields) {
      for (const m of phraseMatcher.match(f.text, tokenize(f.text, p.shouting))) {
        const set = df.get(m.id) ?? new Set<number>();
        set.add(p.lecture.number);
        df.set(m.id, set);
      }
    }
  }
  for (const [key, phrase] of [...candidates].sort()) {
    if (termhood(phrase, df.get(key)?.size ?? 0) >= options.minTermhood) newConcept(vocab, phrase);
  }
}

const matcherCache = new WeakMap<Vocabulary, { size: number; matcher: TermMatcher }>();

/** A matcher over the vocabulary as it stands (rebuilt when terms were added). */
function lexiconMatcher(vocab: Vocabulary): TermMatcher {
  const cached = matcherCache.get(vocab);
  if (cached && cached.size === vocab.keyToId.size) return cached.matcher;
  const matcher = new TermMatcher();
  // Sorted so that the trie, and any tie it breaks, is the same on every run.
  for (const c of [...vocab.concepts.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const term of [c.label, ...[...c.aliases].sort(), ...c.variants]) {
      const key = termKey(term);
      if (vocab.keyToId.get(key) === c.id) matcher.add(term, c.id);
    }
  }
  matcherCache.set(vocab, { size: vocab.keyToId.size, matcher });
  return matcher;
}

// ---------------------------------------------------------------------------------------------
// Matching, inclusion, salience

interface Tally {
  count: Record<FieldName, number>;
  evidence: MentionEvidence[];
  /** Occurrences inside a term the summary marks itself (bold). */
  marked: number;
  /** Occurrences written as a name: capitalised English words, or an inner capital or digit (BitFit, GPT-3). */
  named: number;
  /** Occurrences written as an acronym in capitals (GAN, VAE). */
  acronym: number;
  /** Occurrences the summary introduces as an example or a name ("such as X", "例如X", "也就是X"). */
  introduced: number;
  /** Occurrences of a term of several English words kept in English inside Chinese prose (model bias 變大). */
  switched: number;
  /** Concepts the summary body lists beside this one ("CBOW 和 Skip-gram", "GloVe, word2vec and fastText"). */
  listedWith: Set<string>;
}

/**
 * Only a list separator between two terms: a comma, a slash, and/or, 和/與/及/以及/或/、, after any closing
 * bracket or emphasis of the first term. Semicolons, full stops and the Chinese comma (，) join clauses,
 * not list items: Chinese enumerates with 、.
 */
const LIST_GAP = /^[\s)）」』"'*_]*(?:[,、/&]\s*(?:and|or)?|and|or|和|與|与|及|以及|或|或是|跟)\s*$/i;

/** Each match's neighbours in a list: consecutive matches with only a separator between them. */
function listNeighbours(
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

const NAME_WORD = /^(?:[A-Z][a-z0-9]+|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*$/;

/** The surface is written as a name: Hidden Voice Attack, In-context Learning, Encoder-Decoder, BitFit, GPT-3, LoRA. */
export function namedSurface(written: string): boolean {
  // A name followed by a Chinese head noun (Encoder-Decoder架構) is judged by its English part.
  const surface = written.replace(/\s*\p{Script=Han}+$/u, '');
  if (/[^A-Za-z0-9\- ]/.test(surface)) return false;
  const words = surface.trim().split(/ +/);
  if (words.length >= 2) return words.every((w) => NAME_WORD.test(w)) && /[a-z]/.test(surface);
  // One word: an inner capital or a digit (BitFit, GPT-3), or capitalised hyphenated parts (Actor-Critic).
  if (/^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(surface)) return true;
  // A digit between letters spells a name in any case: word2vec, seq2seq, wav2vec.
  if (/^[A-Za-z]+\d[A-Za-z]+$/.test(surface)) return true;
  return /[a-z][A-Z]|[A-Za-z]{2}-?\d/.test(surface) && /[A-Z]/.test(surface);
}

/**
 * A term of two or more English words (spaced or hyphenated) left in English inside a line of Chinese prose
 * ("model bias 變大", "接上 fully connected layer", "auto-encoder 的架構"): a writer who does not translate a
 * compound term is using it as one.
 */
function codeSwitched(
  m: { surface: string; start: number },
  chineseLine: (offset: number) => boolean,
): boolean {
  if (
    !/^[A-Za-z][A-Za-z0-9\- ]*[A-Za-z0-9]$/.test(m.surface) ||
    !/[A-Za-z]{2}[ -]+[A-Za-z]{2}/.test(m.surface)
  )
    return false;
  return chineseLine(m.start);
}

/** Whether the line holding an offset has Chinese in it: lines are read once, offsets found by bisection. */
function chineseLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const han: boolean[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    starts.push(at);
    han.push(HAN_CHAR.test(line));
    at += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return han[lo]!;
  };
}

const HAN_CHAR = /\p{Script=Han}/u;

/** The text just before a match ends with a negation cue: "without GPU", "不需要GPU". */
function negated(text: string, start: number, cues: readonly string[]): boolean {
  return cueBefore(text, start, cues) !== undefined;
}

/**
 * The summary introduces the term as an example or by name ("such as POS tagging", "例如詞性標註",
 * "也就是 word2vec"); an example in parentheses is an aside the sentence reads the same without
 * ("(如梯度下降)"), so it is not introduced.
 */
function introduced(text: string, start: number, cues: readonly string[]): boolean {
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
  return cues.find(
    (cue) => before.endsWith(cue) && !/[a-z]/.test(before.charAt(before.length - cue.length - 1) || ' '),
  );
}

/**
 * Model families and broader terms inside a name. A lexicon concept names its family in `broader`; the
 * family counts when its name is visibly part of the surface (CycleGAN → GAN, Multilingual BERT → BERT,
 * GPT-3 → GPT; ChatGPT is not filed under GPT, RNN-T not under RNN), and a broader term of two or more
 * words counts when it is the surface's head (Spoken Question Answering → question answering). A discovered name
 * counts the known models that stand alone in it, split at hyphens (NICE-GAN → GAN, WG-WaveNet → WaveNet), or
 * that close it in capitals after a lower-case letter, as lexicon names do (SpeechBERT → BERT).
 */
function familiesIn(surface: string, vocab: Vocabulary, self: string): string[] {
  const concept = vocab.concepts.get(self)!;
  const out: string[] = [];
  if (concept.origin === 'lexicon') {
    const key = termKey(surface);
    for (const b of concept.broader) {
      const family = vocab.concepts.get(b);
      if (!family || family.category === 'field') continue;
      // A broader term of two or more English words that is the head of the surface: Spoken Question
      // Answering → question answering.
      const heads = [family.label, ...family.aliases]
        .map((n) => termKey(n))
        .filter((k) => /^[a-z0-9]+(?: [a-z0-9]+)+$/.test(k) && k !== key);
      if (heads.some((k) => key.endsWith(` ${k}`))) {
        out.push(b);
        continue;
      }
      if (family.category !== 'model') continue;
      const names = [family.label, ...family.aliases].filter(
        (n) => /^[A-Za-z][A-Za-z0-9]+$/.test(n) && /[A-Z]/.test(n),
      );
      if (names.some((n) => new RegExp(`(?:^|[^A-Za-z]|[a-z])${n}(?![a-z])`).test(surface))) out.push(b);
    }
    return out;
  }
  const parts = surface.split(/[-+]/).filter(Boolean);
  // A model name closing a camel-case word, as lexicon names do (CycleGAN → GAN): SpeechBERT → BERT; the
  // longest known one, so DistilHuBERT → HuBERT, not BERT.
  const closing = [...surface.matchAll(/(?<=[a-z])[A-Z]/g)].map((m) => surface.slice(m.index));
  const known = closing.find((name) => {
    const id = vocab.keyToId.get(termKey(name));
    return id !== undefined && id !== self && vocab.concepts.get(id)!.category === 'model';
  });
  const names = parts.length > 1 ? parts : known ? [known] : [];
  for (const part of names) {
    const id = vocab.keyToId.get(termKey(part));
    if (id && id !== self && vocab.concepts.get(id)!.category === 'model' && /^[A-Z]/.test(part))
      out.push(id);
  }
  return out;
}

/**
 * Broad fields (deep learning, AI) are tagged from titles only, and not when the title uses them as a
 * tool or context for something specific: "Deep Learning for Coreference Resolution", "Optimization
 * for Deep Learning" (the field after "for" is context when the part before it names anything).
 */
function fieldIsTopic(
  title: string,
  fieldSpan: { start: number },
  titleMatches: { start: number; field: boolean }[],
): boolean {
  const forMatch = /\s+for\s+/i.exec(title);
  if (!forMatch) return true;
  const cut = forMatch.index;
  const fieldInB = fieldSpan.start > cut;
  for (const m of titleMatches) {
    if (m.start === fieldSpan.start) continue;
    const otherInA = m.start < cut;
    if (fieldInB && otherInA) return false;
    if (!fieldInB && !otherInA && !m.field) return false;
  }
  return true;
}

/** Words that liken a term to what follows or precedes it: 跟 Y 一樣, 和 Y 類似, like Y, unlike Y, than Y. */
const LIKENED_AFTER = /^\s*(?:也|都)?\s*(?:一樣|一样|相同|類似|类似|相似|相比|相較|相较)/;
const LIKENED_BEFORE = /(?:(?:^|[^A-Za-z])(?:like|unlike|than|as in)|像是|如同|相較於|相较于|比起)\s*$/i;

/** The title mentions the term only to liken its topic to it ("跟機器學習一樣", "like machine learning"). */
function comparedWith(title: string, m: { start: number; end: number }): boolean {
  return (
    LIKENED_AFTER.test(title.slice(m.end, m.end + 6)) ||
    LIKENED_BEFORE.test(title.slice(Math.max(0, m.start - 12), m.start))
  );
}

/** What composition needs of the vocabulary: lookup, a concept's English names, generic words. */
function compositionContext(vocab: Vocabulary): Omit<ComposeContext, 'topicLists'> {
  // Names are read once, before matching adds the surfaces it sees, so they never depend on lecture order.
  const names = new Map<string, string[]>();
  for (const c of vocab.concepts.values()) {
    const latin = [...c.aliases].filter((a) => /^[A-Za-z][A-Za-z0-9\- ]*$/.test(a)).sort();
    names.set(c.id, [c.label, ...latin.filter((a) => a !== c.label)].slice(0, 8));
  }
  return {
    lookup: (term) => {
      const key = termKey(term);
      return key && !vocab.stop.has(key) ? lookup(vocab, term) : undefined;
    },
    namesOf: (id) => names.get(id) ?? [],
    isGeneric: (word) => vocab.stop.has(termKey(word)),
    isModel: (id) => vocab.concepts.get(id)?.category === 'model',
  };
}

export function extractConcepts(
  lectures: readonly LectureRecord[],
  lexicon: Lexicon,
  options: Partial<ExtractOptions> = {},
): ExtractionResult {
  const opts = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  // Without a model given, the trained one in data/models decides (the rules alone where none was trained).
  const model = opts.aboutness === undefined ? (loadAboutnessModel() ?? null) : opts.aboutness;
  const vocab = vocabularyFromLexicon(lexicon, opts.markerWords);
  const prepared: Prepared[] = [...lectures]
    .sort((a, b) => a.number - b.number)
    .map((lecture) => ({
      lecture,
      fields: lectureFields(lecture),
      shouting: isShouting(lecture.title),
      defined: new Set<string>(),
      ellipses: [],
    }));
  if (opts.discovery) {
    discover(vocab, prepared, opts);
    joinLexicon(vocab);
  }
  const matcher = lexiconMatcher(vocab);
  const composeContext = compositionContext(vocab);

  const tallies = new Map<number, Map<string, Tally>>();
  for (const p of prepared) {
    const perLecture = new Map<string, Tally>();
    const note = (id: string, field: FieldName, surface: string, marked: boolean): void => {
      const t = perLecture.get(id) ?? {
        count: { title: 0, heading: 0, summary: 0 },
        evidence: [],
        marked: 0,
        named: 0,
        acronym: 0,
        introduced: 0,
        switched: 0,
        listedWith: new Set<string>(),
      };
      t.count[field]++;
      if (marked) t.marked++;
      if (namedSurface(surface)) t.named++;
      if (/^[A-Z][A-Z0-9]+s?$/.test(surface)) t.acronym++;
      if (
        t.evidence.length < opts.maxEvidence &&
        !t.evidence.some((e) => e.surface === surface && e.field === field)
      ) {
        t.evidence.push({ surface, field });
      }
      perLecture.set(id, t);
    };
    for (const f of p.fields) {
      const shouting = f.field === 'title' ? p.shouting : isShouting(f.text);
      const bold = [...f.text.matchAll(/\*\*([^*\n]{2,80})\*\*/g)].map(
        (m) => [m.index, m.index + m[0].length] as const,
      );
      const matches = matcher.match(f.text, tokenize(f.text, shouting));
      const composed = opts.composition
        ? composedTerms(f.text, matches, { ...composeContext, topicLists: f.field === 'title' })
        : [];
      const isField = (id: string): boolean => vocab.concepts.get(id)!.category === 'field';
      const titleMatches = f.field === 'title' ? matches.map((m) => ({ ...m, field: isField(m.id) })) : [];
      // A course overview is about every field its title names ("Deep Learning for Human Language Processing").
      // Otherwise a field the title compares its topic with is context: "增強式學習跟機器學習一樣都是三個步驟"
      // is about reinforcement learning, which it likens to machine learning.
      const fieldTopic = (m: { start: number; end: number }): boolean =>
        p.lecture.courseOverview === true ||
        (fieldIsTopic(f.text, m, titleMatches) && !comparedWith(f.text, m));
      // "Detection Tools for AI-Generated Content" is one term, as "AI-generated content detection" would be.
      const subsumed = new Set(composed.map((c) => c.subsumes));
      const read = [...matches.filter((x) => !subsumed.has(x.start)), ...composed].filter(
        (m) =>
          !(isField(m.id) && (f.field !== 'title' || !fieldTopic(m))) &&
          !negated(f.text, m.start, vocab.negationCues),
      );
      const chinese = chineseLines(f.text);
      for (const m of read) {
        const marked = bold.some(([a, b]) => m.start >= a && m.end <= b);
        note(m.id, f.field, m.surface, marked);
        if (f.field === 'summary' && introduced(f.text, m.start, vocab.introducers))
          perLecture.get(m.id)!.introduced++;
        if (f.field === 'summary' && codeSwitched(m, chinese)) perLecture.get(m.id)!.switched++;
        // A family named inside a compound counts where the lecture announces its topics (title, headings,
        // a term the summary marks in bold), not in passing.
        if (f.field !== 'summary' || marked)
          for (const family of familiesIn(m.surface, vocab, m.id)) note(family, f.field, m.surface, marked);
        vocab.concepts.get(m.id)!.aliases.add(m.surface);
      }
      if (f.field === 'summary') {
        const ordered = [...read].sort((a, b) => a.start - b.start || b.end - a.end);
        for (const [a, b] of listNeighbours(f.text, ordered)) {
          perLecture.get(a)!.listedWith.add(b);
          perLecture.get(b)!.listedWith.add(a);
        }
      }
    }
    // A glossed head (對齊 (Alignment)) is the candidate the lecture's other concepts are about: AI alignment
    // beside large language models, forced alignment beside speech recognition.
    for (const e of p.ellipses) {
      const context = (id: string): boolean => {
        const c = vocab.concepts.get(id)!;
        return [...c.broader, ...c.requires].some((r) => perLecture.has(r));
      };
      const fitting = e.candidates.filter(context);
      if (fitting.length !== 1) continue;
      const id = fitting[0]!;
      p.defined.add(id);
      for (const f of p.fields) {
        if (f.field === 'title') continue;
        for (const surface of e.surfaces) {
          const pattern = ALL_HAN.test(surface)
            ? new RegExp(escapeRegExp(surface), 'g')
            : new RegExp(`(?<![A-Za-z])${escapeRegExp(surface)}(?![A-Za-z])`, 'gi');
          for (const m of f.text.matchAll(pattern)) note(id, f.field, m[0], false);
        }
      }
    }
    tallies.set(p.lecture.number, perLecture);
  }

  // Document frequency for rarity: lectures in which the concept is included.
  const included = new Map<number, Map<string, Tally>>();
  const df = new Map<string, number>();
  // How widely the catalog names each concept, and what its label says of it, for the aboutness features.
  const named = new Map<string, number>();
  for (const tally of tallies.values())
    for (const id of tally.keys()) named.set(id, (named.get(id) ?? 0) + 1);
  const labelSignals = new Map<string, { person: boolean; commonness: number; words: number }>();
  const signalsOfLabel = (id: string): { person: boolean; commonness: number; words: number } => {
    let s = labelSignals.get(id);
    if (!s) {
      const c = vocab.concepts.get(id)!;
      s = {
        person: c.origin === 'discovered' && isPersonName(c.label),
        commonness: vocab.generic.commonness(c.label),
        words: c.label.split(/\s+/).length,
      };
      labelSignals.set(id, s);
    }
    return s;
  };
  const candidates: Candidate[] = [];
  for (const p of prepared) {
    const kept = new Map<string, Tally>();
    const tally = tallies.get(p.lecture.number)!;
    // A background concept in a title beside specific ones is their context (類神經網路訓練不起來怎麼辦：
    // 批次與動量); it is a topic when the title has nothing more specific (a field is broader) or defines it.
    const specific = (id: string): boolean =>
      !vocab.background.has(id) && vocab.concepts.get(id)!.category !== 'field';
    const specificTitle = [...tally].some(([id, t]) => t.count.title > 0 && specific(id));
    // A bilingual summary names a term twice where a summary in one language names it once (詞嵌入 (Word
    // Embedding)), so a summary without Chinese needs half the repetitions.
    const summary = p.fields.find((f) => f.field === 'summary')?.text ?? '';
    const minBody = HAN_CHAR.test(summary) ? opts.minBodyCount : Math.ceil(opts.minBodyCount / 2);
    for (const [id, t] of tally) {
      // In the body, a concept is key when the summary defines it, marks it (bold), writes it as a name,
      // introduces it ("such as X", 例如X), keeps it as an English compound in Chinese prose, or repeats it
      // (an acronym counts twice: abbreviating a term is using it as one); a background concept (label,
      // gradient …) or a basic term (vector, token) only when the summary defines it.
      const keyInBody =
        p.defined.has(id) ||
        (!vocab.background.has(id) &&
          !vocab.bodyBackground.has(id) &&
          (t.marked > 0 ||
            t.named > 0 ||
            t.introduced > 0 ||
            t.switched > 0 ||
            t.count.summary + t.acronym >= minBody));
      const background = vocab.background.has(id) && !p.defined.has(id);
      const inTitle = t.count.title > 0 && !(background && specificTitle);
      const inHeading = t.count.heading > 0 && !background;
      if (inTitle || inHeading || keyInBody) kept.set(id, t);
    }
    // A list names things of one kind: a specific concept the body lists beside a kept one is kept too
    // (Continuous Bag of Words (CBOW) 和 Skip-gram). Only a concept the lecture names deliberately (title,
    // heading, a definition, bold, a name) vouches for its list: one kept for repetition alone may be
    // background the list shares.
    const vouches = (id: string): boolean => {
      const t = kept.get(id);
      if (t === undefined) return false;
      return t.count.title > 0 || t.count.heading > 0 || p.defined.has(id) || t.marked > 0 || t.named > 0;
    };
    let pending = [...tally].filter(([id]) => !kept.has(id) && specific(id) && !vocab.bodyBackground.has(id));
    let grew = true;
    while (grew) {
      const joining = pending.filter(([, t]) => [...t.listedWith].some(vouches));
      for (const [id, t] of joining) kept.set(id, t);
      pending = pending.filter(([id]) => !kept.has(id));
      grew = joining.length > 0;
    }
    // The trained model decides, reading the rules' verdict as one feature among the others.
    const hasSummary = summary.trim().length > 0;
    const decided = new Map<string, Tally>();
    const order = [...tally]
      .map(([id, t]) => [id, prominence(t.count)] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const rankOf = new Map(order.map(([id], i) => [id, order.length > 1 ? i / (order.length - 1) : 0]));
    for (const [id, t] of tally) {
      const c = vocab.concepts.get(id)!;
      const label = signalsOfLabel(id);
      const features = aboutnessFeatures({
        rule: kept.has(id),
        title: t.count.title,
        heading: t.count.heading,
        summary: t.count.summary,
        defined: p.defined.has(id),
        marked: t.marked > 0,
        named: t.named > 0,
        introduced: t.introduced > 0,
        switched: t.switched > 0,
        acronym: t.acronym > 0,
        listed: t.listedWith.size > 0,
        background: vocab.background.has(id) || vocab.bodyBackground.has(id),
        field: c.category === 'field',
        discovered: c.origin === 'discovered',
        dfShare: (named.get(id) ?? 0) / prepared.length,
        hasSummary,
        ...label,
        rank: rankOf.get(id)!,
        candidates: tally.size,
      });
      if (opts.collectCandidates)
        candidates.push({ lecture: p.lecture.number, concept: id, features, rule: kept.has(id) });
      const keep = model ? aboutness(model, features) >= model.threshold : kept.has(id);
      if (keep) decided.set(id, t);
    }
    included.set(p.lecture.number, decided);
    for (const id of decided.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const n = prepared.length;
  const rarity = (id: string): number => Math.log((n + 1) / ((df.get(id) ?? 0) + 0.5)) / Math.log(n + 1.5);

  let mentions: Mention[] = [];
  for (const p of prepared) {
    const kept = included.get(p.lecture.number)!;
    const w = opts.fieldWeights;
    const scored = [...kept].map(([id, t]) => {
      const raw =
        (t.count.title > 0 ? w.title : 0) +
        Math.min(2, t.count.heading) * w.heading +
        Math.log2(1 + t.count.summary) * w.summary +
        (p.defined.has(id) ? w.summary : 0);
      const weight = Math.round(Math.min(1, raw) * (0.6 + 0.4 * Math.max(0, rarity(id))) * 1000) / 1000;
      const count = t.count.title + t.count.heading + t.count.summary;
      return { id, t, weight, count };
    });
    const inTitle = scored.filter((s) => s.t.count.title > 0);
    const topHeading = Math.max(0, ...scored.filter((s) => s.t.count.heading > 0).map((s) => s.weight));
    for (const s of scored) {
      const main = inTitle.length > 0 ? s.t.count.title > 0 : s.t.count.heading > 0 && s.weight >= topHeading;
      mentions.push({
        lecture: p.lecture.number,
        concept: s.id,
        weight: s.weight,
        main,
        count: s.count,
        evidence: s.t.evidence,
      });
    }
  }

  const broaderOf = (id: string): string[] => vocab.concepts.get(id)?.broader ?? [];
  const twins = findTwins(
    prepared.map((p) => p.lecture),
    mentions,
    broaderOf,
  );
  mentions = shareTwinConcepts(mentions, twins, broaderOf, opts.twinSharing);
  mentions.sort(
    (a, b) => a.lecture - b.lecture || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0),
  );

  const used = new Set(mentions.map((m) => m.concept));
  const concepts = new Map<string, ExtractedConcept>();
  for (const id of [...vocab.concepts.keys()].sort()) {
    const c = vocab.concepts.get(id)!;
    if (used.has(id) || c.origin === 'lexicon') concepts.set(id, c);
  }
  const resolve = (term: string): string | undefined => lookup(vocab, term);
  return { concepts, mentions, twins, matcher, resolve, ...(opts.collectCandidates ? { candidates } : {}) };
}

/** FNV-1a hash of a string: a stable, well-spread order for sampling. */
function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
