/**
 * The vocabulary extraction matches against: the lexicon's concepts and every term and concept discovery adds
 * to them. A term is looked up exactly or up to compounding; a new term never takes a stop word, a generic word
 * or another concept's term, and a known term with an inner word left out is that term.
 */
import { GenericWords, loadGenericWordsData } from '../termhood/generic-words.js';
import { isPersonName } from '../termhood/person-name.js';
import { loadLevelCues, type LevelCues } from '../../analysis/lecture-level.js';
import type { Lexicon } from '../lexicon.js';
import { slugify, squashKey, termKey } from '../normalise.js';
import type { ExtractedConcept } from './types.js';

export interface Vocabulary {
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
  /**
   * English words that say how deep a lecture goes (basic, advanced …: the level cues of
   * data/markers/levels.json): a phrase opening with one describes a lecture ("Basic Structures for …"),
   * it does not name a concept.
   */
  depthCues: Set<string>;
}

/** The concept a term names, exactly or up to compounding. */
export function lookup(vocab: Vocabulary, term: string): string | undefined {
  const key = termKey(term);
  return vocab.keyToId.get(key) ?? vocab.squashed.get(squashKey(key));
}

function depthCues(levels: LevelCues): Set<string> {
  return new Set(
    [...levels.introductory, ...levels.advanced].filter((c) => /^[a-z]+$/.test(c)).map((c) => termKey(c)),
  );
}

export function vocabularyFromLexicon(lexicon: Lexicon, markerWords: string[]): Vocabulary {
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
      names: [c.label, ...c.aliases],
      variants: c.variants,
      broader: c.broader,
      requires: c.requires,
    };
    if (c.labelZh) concept.labelZh = c.labelZh;
    concepts.set(c.id, concept);
  }
  const stop = new Set(lexicon.stopKeys);
  for (const w of markerWords) stop.add(termKey(w));
  const aliases = [...lexicon.aliasIndex].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const squashed = new Map<string, string>();
  for (const [key, id] of aliases) {
    if (!squashed.has(squashKey(key))) squashed.set(squashKey(key), id);
  }
  const elided = new Map<string, string>();
  for (const [key, id] of aliases) {
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
    depthCues: depthCues(loadLevelCues()),
    generic: new GenericWords(
      loadGenericWordsData(),
      [...lexicon.concepts.values()].flatMap((c) => [c.label, c.labelZh ?? '', ...c.aliases]),
    ),
  };
}

/** Discovery names a concept by a term: never a stop word, a generic word, or another concept's term. */
export function addTerm(vocab: Vocabulary, id: string, term: string): void {
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

/**
 * A single hyphenated adjective (Count-based, data-driven, LLM-powered, CTC-trained): it modifies a term and is
 * none itself. Its last part is a modifier head, or a past participle in lower case (a name's parts are not:
 * BERT-base, GPT-3).
 */
function bareModifier(vocab: Vocabulary, label: string): boolean {
  const m = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-([A-Za-z]+)$/.exec(label.trim());
  return m !== null && (vocab.modifierHeads.has(m[1]!.toLowerCase()) || /^[a-z]{2,}ed$/.test(m[1]!));
}

/** A word neither the language's dictionary nor the vocabulary knows (a surname, a coined name). */
function unknownWord(vocab: Vocabulary, word: string): boolean {
  return (
    !/\p{Script=Han}/u.test(word) && vocab.generic.enCount(word) === 0 && !vocab.keyToId.has(termKey(word))
  );
}

export function newConcept(vocab: Vocabulary, label: string, labelZh?: string): string | undefined {
  const id = slugify(label);
  const key = termKey(label);
  if (
    !id ||
    !key ||
    vocab.stop.has(key) ||
    bareModifier(vocab, label) ||
    vocab.generic.isGeneric(label) ||
    vocab.nonConcept.some((p) => p.test(label.trim())) ||
    isPersonName(label, (w) => unknownWord(vocab, w)) ||
    vocab.depthCues.has(key.split(' ')[0]!)
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
