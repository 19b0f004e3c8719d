/**
 * Discovery: the concepts a catalog names that the lexicon does not hold, added to the vocabulary in order —
 * pairs the text defines, model names and acronyms in titles (and in summaries where several lectures write
 * them), names a title lists beside a known term, terms a summary marks, names left in English inside Chinese
 * prose, and noun phrases in titles kept by termhood.
 * The finders are in ../discovery/, one per signal; this module decides which of their finds become concepts.
 */
import { findBilingualPairs } from '../discovery/bilingual-pairs.js';
import { findCoordinatedNames } from '../discovery/coordinated-names.js';
import { abbreviates, initialsOf } from '../discovery/abbreviates.js';
import { describes, sentenceCase } from '../discovery/describes.js';
import { findInlineNames } from '../discovery/inline-names.js';
import { findLongFormAbbreviations } from '../discovery/long-form-abbreviations.js';
import { findMarkedTerms } from '../discovery/marked-terms.js';
import { findModelNames, findSummaryNames } from '../discovery/model-names.js';
import { findNounPhrases } from '../discovery/noun-phrases.js';
import { sameName } from '../discovery/same-name.js';
import { findTemplateHeadings } from '../discovery/template-headings.js';
import { termhood } from '../discovery/termhood.js';
import { LINK_WORDS } from '../discovery/word-lists.js';
import { squashKey, termKey, tokenize } from '../normalise.js';
import { TermMatcher } from '../term-matcher.js';
import { applyPair } from './apply-pair.js';
import { ellipsisOf } from './ellipsis.js';
import type { ExtractOptions } from './options.js';
import type { Prepared } from './prepared.js';
import type { PairCandidate } from '../discovery/types.js';
import { addTerm, lookup, newConcept, type Vocabulary } from './vocabulary.js';

/** A title's noun phrase becomes a term only where at least this many lectures name it. */
const MIN_LECTURES_FOR_A_PHRASE = 2;

/** The phrase is a generic word, or has one (Error Correction Mechanisms, Recent Developments). */
function hasStopWord(vocab: Vocabulary, key: string): boolean {
  return vocab.stop.has(key) || key.split(' ').some((w) => vocab.stop.has(w));
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

/** A name compounded of known names (DARTS-ASR, BERT+CTC): those names, not a new concept. */
function compoundOfKnown(vocab: Vocabulary, name: string): boolean {
  const parts = name.split(/[-+]/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => lookup(vocab, part) !== undefined);
}

/**
 * The known concept an unknown acronym of a title abbreviates, when the lecture's own text writes that
 * concept's name out ("DL Fundamentals" over a description of deep learning): the acronym is its short form,
 * not a new concept. Exactly one such concept, or none.
 */
function expansionIn(vocab: Vocabulary, acronym: string, p: Prepared): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return undefined;
  const text = p.fields.map((f) => f.text.toLowerCase()).join('\n');
  const found = new Set<string>();
  for (const [id, concept] of vocab.concepts) {
    for (const name of [concept.label, ...concept.aliases]) {
      if (!/^[A-Za-z][A-Za-z-]*(?: [A-Za-z-]+)+$/.test(name)) continue;
      if (abbreviates(acronym, name) && text.includes(name.toLowerCase())) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The concept a long form names when it gives a known abbreviation another meaning: "GAN (Graph Attention
 * Network)" is not the GAN the vocabulary knows. The long form's own concept, known or new; undefined when
 * the long form is the abbreviation's (Generative Adversarial Networks), or when the abbreviation's concept
 * spells out no long form to tell them apart (the pair then teaches its long form). `spelt` is the long form
 * the abbreviation's letters spell, where the text names a known term ending in it (see namedInFull).
 */
function redefinition(vocab: Vocabulary, pair: PairCandidate, spelt = pair.en): string | undefined {
  if (!pair.abbr || !pair.en || !spelt || !initialsOf(pair.abbr, spelt)) return undefined;
  const abbrId = lookup(vocab, pair.abbr);
  if (abbrId === undefined) return undefined;
  const enId = lookup(vocab, pair.en);
  if (enId === abbrId) return undefined;
  if (enId !== undefined) return enId;
  const concept = vocab.concepts.get(abbrId)!;
  const spelled = [concept.label, ...concept.aliases].filter(
    (n) => /\s/.test(n.trim()) && abbreviates(pair.abbr!, n),
  );
  // Another wording of the same long form (Convolution Neural Nets, Generative Adversarial Nets) spells each
  // word of it; another term with the same initials (Cellular Neural Networks, Robot Learning) does not.
  const other = spelled.length > 0 && !spelled.some((n) => sameWording(n, pair.en!));
  return other ? newConcept(vocab, pair.en) : undefined;
}

/**
 * Two long forms of one abbreviation word for word, link words aside: each pair of words the same up to an
 * ending (convolution, convolutional; nets, network; optimisation, optimization), read as their first four
 * letters or the shorter word.
 */
function sameWording(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !LINK_WORDS.has(w))
      .map((w) => w.replace(/s$/, ''));
  const [x, y] = [words(a), words(b)];
  return (
    x.length === y.length &&
    x.every((w, i) => {
      const k = Math.min(4, w.length, y[i]!.length);
      return w.slice(0, k) === y[i]!.slice(0, k);
    })
  );
}

/**
 * A long form the vocabulary does not know, written at the end of a term it does (Secure Multi-Party
 * Computing (MPC): the letters spell the last three words), is that term: the abbreviation names it, not a
 * new concept.
 */
function namedInFull(vocab: Vocabulary, pair: PairCandidate): PairCandidate {
  if (!pair.en || !pair.enLonger || lookup(vocab, pair.en) !== undefined) return pair;
  const known = pair.enLonger.find((t) => lookup(vocab, t) !== undefined);
  return known ? { ...pair, en: known } : pair;
}

export function discover(vocab: Vocabulary, prepared: Prepared[], options: ExtractOptions): void {
  // 1. Pairs the text defines.
  for (const p of prepared) {
    for (const f of p.fields) {
      for (const found of [...findBilingualPairs(f.text), ...findLongFormAbbreviations(f.text)]) {
        const pair = namedInFull(vocab, found);
        const other = redefinition(vocab, pair, found.en);
        if (other !== undefined) {
          p.redefined.set(termKey(pair.abbr!), other);
          p.defined.add(other);
          continue;
        }
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
      if (compoundOfKnown(vocab, name)) continue;
      const expanded = expansionIn(vocab, name, p);
      if (expanded !== undefined) addTerm(vocab, expanded, name);
      else newConcept(vocab, name);
    }
  }
  // 2b. Model names and acronyms a summary writes (SQuAD, GPT-2, CycleGAN), where enough summaries write
  // them: one written once in passing is too often a product named on the way. Summaries are counted by their
  // text, so that a re-upload or another language version with the same summary counts once.
  const written = new Map<string, { name: string; texts: Set<string> }>();
  const isWord = (w: string): boolean => vocab.generic.enCount(w) > 0;
  for (const p of prepared)
    for (const f of p.fields) {
      if (f.field === 'title') continue;
      for (const name of findSummaryNames(f.text, isWord)) {
        const key = termKey(name);
        if (lookup(vocab, name) !== undefined || vocab.stop.has(key)) continue;
        const e = written.get(key) ?? { name, texts: new Set<string>() };
        e.texts.add(p.lecture.summary ?? f.text);
        written.set(key, e);
      }
    }
  for (const [, { name, texts }] of [...written].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (texts.size < options.minNameLectures) continue;
    if (!compoundOfKnown(vocab, name)) newConcept(vocab, name);
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
  // A phrase that recurs: one lecture's title alone says nothing of termhood (a playlist of vlogs made each of its
  // four-word titles a concept), however long the phrase.
  for (const [key, phrase] of [...candidates].sort()) {
    const seen = df.get(key)?.size ?? 0;
    if (seen >= MIN_LECTURES_FOR_A_PHRASE && termhood(phrase, seen) >= options.minTermhood)
      newConcept(vocab, phrase);
  }
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
