/**
 * Concept extraction stage: lectures in, concepts and weighted lecture→concept mentions out.
 * Ordered steps, each a plain function: vocabulary (lexicon + discovery) → matching per text field →
 * inclusion and salience → twin lectures share their concepts. Deterministic: every map is
 * iterated in sorted order before anything is emitted.
 */
import type { LectureRecord, MentionEvidence } from '../core/types.js';
import { aboutness, aboutnessFeatures, loadAboutnessModel, prominence } from './salience/aboutness.js';
import { isPersonName } from './termhood/person-name.js';
import type { Lexicon } from './lexicon.js';
import { composedTerms, type ComposeContext } from './composed-terms.js';
import type { FieldName } from './lecture-fields.js';
import { isShouting, termKey, tokenize } from './normalise.js';
import { discover } from './concepts/discovery.js';
import { resolveEllipses } from './concepts/ellipsis.js';
import { joinLexicon } from './concepts/join-lexicon.js';
import { lexiconMatcher } from './concepts/lexicon-matcher.js';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
import { prepareLectures } from './concepts/prepared.js';
import { findTwins, shareTwinConcepts } from './concepts/twins.js';
import type { Candidate, ExtractedConcept, ExtractionResult, Mention } from './concepts/types.js';
import { lookup, vocabularyFromLexicon, type Vocabulary } from './concepts/vocabulary.js';

export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './concepts/options.js';
export type { Candidate, ExtractedConcept, ExtractionResult, Mention } from './concepts/types.js';
export { findTwins } from './concepts/twins.js';

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
  const prepared = prepareLectures(lectures);
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
    // A glossed head (對齊 (Alignment)) counts for the known term the lecture's other concepts are about.
    resolveEllipses(p, perLecture, vocab, note);
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
