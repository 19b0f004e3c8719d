/**
 * Matching one lecture: every concept its fields name, counted by field with evidence and with what the
 * text says of each occurrence (marked in bold, written as a name or an acronym, introduced, code-switched,
 * listed beside other concepts). Composed terms, families inside names and resolved ellipses count too;
 * fields a title only uses as context and negated occurrences do not.
 */
import type { MentionEvidence } from '../../core/types.js';
import { composedTerms, type ComposeContext } from '../composed-terms.js';
import type { FieldName } from '../lecture-fields.js';
import { isShouting, termKey, tokenize } from '../normalise.js';
import type { TermMatcher } from '../term-matcher.js';
import { introduced, listNeighbours, negated } from './context-cues.js';
import { resolveEllipses } from './ellipsis.js';
import { familiesIn } from './families-in.js';
import { comparedWith, fieldIsTopic, inNote, inSeriesName } from './field-topic.js';
import type { ExtractOptions } from './options.js';
import type { Prepared } from './prepared.js';
import { chineseLines, codeSwitched, namedSurface } from './surface-form.js';
import type { Vocabulary } from './vocabulary.js';

export interface Tally {
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
  /** Occurrences that make up most of a short item of a summary's list ("- Adagrad", "- Gradient descent, SGD"). */
  itemised: number;
  /** Concepts the summary body lists beside this one ("CBOW 和 Skip-gram", "GloVe, word2vec and fastText"). */
  listedWith: Set<string>;
}

/** A concept's tally before any occurrence is counted. */
export function emptyTally(): Tally {
  return {
    count: { title: 0, heading: 0, summary: 0 },
    evidence: [],
    marked: 0,
    named: 0,
    acronym: 0,
    introduced: 0,
    switched: 0,
    itemised: 0,
    listedWith: new Set<string>(),
  };
}

/** The concepts one lecture's fields name, each with its tally; adds the surfaces seen to the concepts' aliases. */
export function tallyLecture(
  p: Prepared,
  vocab: Vocabulary,
  matcher: TermMatcher,
  composeContext: Omit<ComposeContext, 'topicLists'>,
  opts: ExtractOptions,
): Map<string, Tally> {
  const perLecture = new Map<string, Tally>();
  const note = (id: string, field: FieldName, surface: string, marked: boolean): void => {
    const t = perLecture.get(id) ?? emptyTally();
    t.count[field]++;
    if (marked) t.marked++;
    if (namedSurface(surface)) t.named++;
    if (/^[A-Z][A-Z0-9]+(?:s|\+*)$/.test(surface)) t.acronym++;
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
      (fieldIsTopic(f.text, m, titleMatches) &&
        !comparedWith(f.text, m) &&
        !inSeriesName(f.text, m, p.lecture.series) &&
        !inNote(f.text, m));
    // "Detection Tools for AI-Generated Content" is one term, as "AI-generated content detection" would be.
    const subsumed = new Set(composed.map((c) => c.subsumes));
    // A composed term's span is the coordination or phrase it was read from (文本和影像生成), not its name.
    const composedSpans = new Set<object>(composed);
    const read = [...matches.filter((x) => !subsumed.has(x.start)), ...composed]
      .map((m) => {
        // An abbreviation the lecture spells out as another term names that term here (GAN (Graph Attention Network)).
        const here = p.redefined.size ? p.redefined.get(termKey(m.surface)) : undefined;
        return here === undefined ? m : { ...m, id: here, redefined: true };
      })
      .filter(
        (m) =>
          !(isField(m.id) && (f.field !== 'title' || !fieldTopic(m))) &&
          !negated(f.text, m.start, vocab.negationCues),
      );
    const chinese = chineseLines(f.text);
    const inItem = f.field === 'summary' ? shortItemLines(f.text) : undefined;
    for (const m of read) {
      const marked = bold.some(([a, b]) => m.start >= a && m.end <= b);
      note(m.id, f.field, m.surface, marked);
      if (f.field === 'summary' && introduced(f.text, m.start, vocab.introducers))
        perLecture.get(m.id)!.introduced++;
      if (f.field === 'summary' && codeSwitched(m, chinese)) perLecture.get(m.id)!.switched++;
      if (inItem?.(m)) perLecture.get(m.id)!.itemised++;
      // A family named inside a compound counts where the lecture announces its topics (title, headings,
      // a term the summary marks in bold), not in passing.
      if (f.field !== 'summary' || marked)
        for (const family of familiesIn(m.surface, vocab, m.id)) note(family, f.field, m.surface, marked);
      if (!('redefined' in m) && !composedSpans.has(m)) vocab.concepts.get(m.id)!.aliases.add(m.surface);
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
  return perLecture;
}

/** A list item ("- ", "* ", "1. ") of at most this many words (Han characters count a word per two). */
const SHORT_ITEM_WORDS = 6;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+(.*)$/;

/**
 * Whether a match stands in a short list item of the text: a topic list names its topics one per item, and an
 * item of a few words is a topic's name, not a sentence that passes by it. The text's line starts are found
 * once and each line is judged once, however many matches it holds (a 1 MB one-line summary holds 140k).
 */
export function shortItemLines(text: string): (m: { start: number }) => boolean {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const verdicts = new Map<number, boolean>();
  return (m) => {
    // The last line starting at or before the match.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= m.start) lo = mid;
      else hi = mid - 1;
    }
    let v = verdicts.get(lo);
    if (v === undefined) {
      const end = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
      verdicts.set(lo, (v = isShortItem(text.slice(starts[lo]!, end))));
    }
    return v;
  };
}

/** Whether a match stands in a short list item of the text (see `shortItemLines`). */
export function inShortItem(text: string, m: { start: number }): boolean {
  return shortItemLines(text)(m);
}

const ITEM_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+-]*/gu;

function isShortItem(line: string): boolean {
  const item = LIST_ITEM.exec(line);
  if (!item) return false;
  const text = /\p{Script=Han}/u.test(item[1]!) ? item[1]!.replace(/\p{Script=Han}{2}/gu, ' x ') : item[1]!;
  ITEM_WORD.lastIndex = 0;
  for (let n = 0; ITEM_WORD.exec(text);) if (++n > SHORT_ITEM_WORDS) return false;
  return true;
}

/** The share of a text's lines that are short list items: 1 for a topic list, near 0 for prose. */
export function shortItemShare(text: string): number {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length ? lines.filter(isShortItem).length / lines.length : 0;
}
