/**
 * Search over lectures and concepts: bilingual (Traditional and Simplified fold together through the
 * character map the build stores in the graph), alias-aware, typo-tolerant (bounded edit distance). A lecture
 * is found by its title, its number and its lecturer's name; where no name holds a query, by its description, and a
 * concept by its definition. Built once per graph; runs in Node and in the browser (no NLP library).
 */
import type { AtlasGraph, ConceptNodeAttributes, LectureNodeAttributes, NodeAttributes } from './types.js';
import { courseKey, courseNumber } from './course-units.js';
import { editDistance } from './edit-distance.js';
import { escapeRegExp } from './regexp.js';
import { hasHan } from './text-script.js';

export interface SearchHit {
  key: string;
  kind: NodeAttributes['kind'];
  label: string;
  /**
   * The name that matched (label, alias, number), or the words of a lecture's description or a concept's definition
   * around the query.
   */
  matched: string;
  score: number;
  /**
   * Found in the lecture's description or the concept's definition, not by a name (the last resort when no name
   * holds the query).
   */
  inDescription?: true;
}

/** A search's hits, and whether it reads (or, told not to, would read) the lectures' descriptions. */
export interface SearchResult {
  hits: SearchHit[];
  readsDescriptions: boolean;
  /**
   * The words of a several-word query that no hit holds: no name holds them, nor (where descriptions were read) a
   * description the whole query: "vanishing" of "vanishing gradient", whose hits are names holding "gradient".
   * Empty where a hit holds every word, or where nothing is found.
   */
  missing: string[];
}

export interface SearchOptions {
  /** Whether a query no name holds is looked for in lectures' descriptions and concepts' definitions (default true). */
  descriptions?: boolean;
}

interface Entry {
  key: string;
  /** Normalised name. */
  norm: string;
  name: string;
  /** Higher for labels than for aliases, for concepts than for notes. */
  prior: number;
  /** A lecture's title (not its number or lecturer): its length says nothing of how well it matches. */
  title: boolean;
  /** Words of a lecture's description, not a name. */
  description?: true;
}

/** Bounds on the work one query does, whatever the size of the catalog. */
const PREFIX_LIMIT = 200;
const SUBSTRING_LIMIT = 300;
const WORD_HIT_LIMIT = 50;
/** Names one word of a several-word query is looked up in, at most (the words stage). */
const QUERY_WORD_LIMIT = 2000;
/** The most words of a concept's name looked for inside a question. */
const MAX_NAME_WORDS = 4;
/** Query words weighing less ("a", "to", "of") take no part in the words stage. */
const MIN_QUERY_WORD = 3;

/**
 * The best score of a name that holds only words of a query (searchWords: 0.16 to 0.34); a description that holds
 * the whole query is scored from here.
 */
const WORDS_STAGE_TOP = 0.34;

/**
 * Whether a normalised query may be looked for in the descriptions: one of a few letters, or a number (a
 * lecture's, not a word of a description), is not.
 */
const describable = (q: string): boolean => wordWeight(q) >= MIN_QUERY_WORD && !/^\d+$/.test(q);
/** Lectures and concepts found by their description or definition at most, and the times a query counts in one. */
const DESCRIPTION_HIT_LIMIT = 20;
const DESCRIPTION_COUNT_LIMIT = 4;
/** How far above the band's foot a description's or definition's hit may score. */
const DESCRIPTION_BAND = 0.05;
/** Words of a query looked for in descriptions, at most. */
const DESCRIPTION_QUERY_WORDS = 8;
/** Characters of a description shown on each side of the query found in it. */
const SNIPPET_CONTEXT = 32;
/** The weight of a query word in the words stage: its letters, a Chinese character counting two. */
const wordWeight = (w: string): number => [...w].reduce((n, c) => n + (hasHan(c) ? 2 : 1), 0);

/** Lower case, NFKC, Simplified characters, punctuation and hyphens as single spaces. */
export function normaliseQuery(text: string, simplified: Record<string, string> = {}): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += simplified[ch] ?? ch;
  return out
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
    .replace(/(?<=[a-z]{3})s\b/g, '');
}

/** A space wherever Chinese characters meet other letters or digits: "什么是gan" → "什么是 gan". */
export function splitScripts(q: string): string {
  return q
    .replace(/(\p{Script=Han})(?=[\p{L}\p{N}+#])(?!\p{Script=Han})/gu, '$1 ')
    .replace(/([\p{L}\p{N}+#])(?<!\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ');
}

/** The first index in [0, n) whose string (`at`) is ≥ q, of strings in ascending order; n when none is. */
function firstAtLeast(n: number, at: (i: number) => string, q: string): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each lecture of a course (a series, one language version) and its place there: the course's lectures in
 * catalog order (parts of a talk uploaded on one day by part), and those the course numbers moved into its
 * numbers' order within the places they hold (lectures uploaded on one day, or out of order, keep the course's
 * order; one it does not number keeps its place). One total order per course, so that sorting by it is
 * consistent.
 */
function watchRanks(graph: AtlasGraph): Map<string, { course: string; place: number }> {
  const courses = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'lecture' || !a.series) return;
    const course = courseKey(a);
    const list = courses.get(course);
    if (list) list.push(key);
    else courses.set(course, [key]);
  });
  const out = new Map<string, { course: string; place: number }>();
  for (const [course, keys] of courses) {
    const attrs = (k: string) => graph.getNodeAttributes(k) as LectureNodeAttributes;
    keys.sort((p, q) => {
      const [x, y] = [attrs(p), attrs(q)];
      // In catalog order, as the course order of prerequisites and the next lecture take it (upload dates can
      // differ from it: a talk recorded after the course's last); the parts of a talk uploaded on one day by
      // their part numbers.
      return (
        (x.date && y.date && x.date !== y.date ? x.number - y.number : 0) ||
        (x.part?.index ?? 0) - (y.part?.index ?? 0) ||
        x.number - y.number
      );
    });
    const numbered = keys.filter((k) => courseNumber(attrs(k)) !== undefined);
    const byNumber = [...numbered].sort(
      (p, q) => courseNumber(attrs(p))! - courseNumber(attrs(q))! || attrs(p).number - attrs(q).number,
    );
    const slot = new Map(numbered.map((k, i) => [k, byNumber[i]!]));
    keys.forEach((k, place) => out.set(slot.get(k) ?? k, { course, place }));
  }
  return out;
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly exact = new Map<string, Entry[]>();
  /** Names of several words without their spaces ("gpt3" for GPT-3, "bertbase"): a query typed run together. */
  private readonly squashed = new Map<string, Entry[]>();
  /** Every word of every name → entries containing it: substring search runs over these words, and
   * typo tolerance over those of four letters or more. */
  private readonly vocabulary = new Map<string, Entry[]>();
  /** Chinese character bigrams → entries (Chinese names have no spaces to split on). */
  private readonly bigrams = new Map<string, Entry[]>();
  /** Concept and note names by length, for whole-name typo matching (lecture titles match typos word by word). */
  private readonly byLength = new Map<number, Entry[]>();
  private readonly simplified: Record<string, string>;
  /** The vocabulary's words in order, sorted on the first query that looks words up by their start. */
  private sortedWords?: string[];
  /** The vocabulary's words and their entry lists, in its order: made on the first query that needs them. */
  private words?: { words: string[]; lists: Entry[][] };
  /** The vocabulary's words of four letters or more by length, with their letter masks: on the first typo query. */
  private typoWords?: Map<number, { order: number[]; words: string[]; masks: Uint32Array }>;
  /** Each three letters → the vocabulary's words holding them, in its order: on the first substring query. */
  private trigrams?: Map<string, Int32Array>;
  /** Each lecture's course and place in it, worked out on the first query that orders two lectures. */
  private ranks?: Map<string, { course: string; place: number }>;
  /**
   * The lectures that have a description and the concepts that have a definition (what the concept is, in English
   * and in Chinese), in key order, with those texts: on the first query that no name holds.
   */
  private described?: { key: string; texts: string[] }[];
  /** Simplified → the characters that fold to it, for finding a query in text as written. */
  private unfold?: Map<string, string[]>;

  constructor(private readonly graph: AtlasGraph) {
    this.simplified = graph.getAttribute('simplifiedChars') ?? {};
    // An entry added to a list of entries by key, once (a name's words may repeat a word).
    const push = (map: Map<string, Entry[]>, key: string, e: Entry): void => {
      const list = map.get(key);
      if (list) {
        if (list[list.length - 1] !== e) list.push(e);
      } else map.set(key, [e]);
    };
    graph.forEachNode((key, a) => {
      // A name that is not a string (a graph made elsewhere) is no name. Many lectures share one name (their
      // lecturer): the list of an exact name grows in place.
      const add = (name: unknown, prior: number, title = false): void => {
        if (typeof name !== 'string' || !name) return;
        const norm = this.normalise(name);
        if (!norm) return;
        const entry = { key, norm, name, prior, title };
        this.entries.push(entry);
        push(this.exact, norm, entry);
        if (norm.includes(' ')) push(this.squashed, norm.replace(/ /g, ''), entry);
      };
      if (a.kind === 'lecture') {
        add(a.title, 0.9, true);
        add(String(a.number), 1);
        add(a.rawTitle, 0.85, true);
        // A lecturer's or speaker's name finds their lectures, below a lecture's own title.
        add(a.lecturer, 0.8);
      } else if (a.kind === 'concept') {
        add(a.label, 1);
        add(a.labelZh, 1);
        add(key.slice('concept:'.length).replace(/-/g, ' '), 0.95);
        for (const alias of a.aliases) add(alias, 0.95);
      } else add(a.label, 0.7);
    });
    // Sorted by name: prefix lookups are a binary search, and scans are deterministic.
    this.entries.sort((x, y) => (x.norm < y.norm ? -1 : x.norm > y.norm ? 1 : x.key < y.key ? -1 : 1));
    for (const e of this.entries) {
      for (const w of e.norm.split(' ')) {
        push(this.vocabulary, w, e);
        if (hasHan(w)) for (let i = 0; i + 1 < w.length; i++) push(this.bigrams, w.slice(i, i + 2), e);
      }
      if (e.key.startsWith('lecture:')) continue;
      const list = this.byLength.get(e.norm.length);
      if (list) list.push(e);
      else this.byLength.set(e.norm.length, [e]);
    }
  }

  /** Entries that may contain q as a substring (a superset; callers check). */
  private *substringCandidates(q: string): Generator<Entry> {
    const han = [...q].filter(hasHan).length >= 2;
    if (han) {
      let best: Entry[] | undefined;
      for (let i = 0; i + 1 < q.length; i++) {
        const list = this.bigrams.get(q.slice(i, i + 2));
        if (!list) continue;
        if (!best || list.length < best.length) best = list;
      }
      if (best) yield* best;
      return;
    }
    const longest = q.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    const seen = new Set<Entry>();
    const { words, lists } = this.wordOrder();
    for (const i of this.wordsHolding(longest)) {
      if (!words[i]!.includes(longest)) continue;
      for (const e of lists[i]!) {
        if (seen.has(e)) continue;
        seen.add(e);
        yield e;
      }
    }
  }

  /** Index of the first entry whose name is ≥ q. */
  private lowerBound(q: string): number {
    return firstAtLeast(this.entries.length, (i) => this.entries[i]!.norm, q);
  }

  normalise(text: string): string {
    return normaliseQuery(text, this.simplified);
  }

  /** A query as searched: normalised, "#212" read as lecture 212, as everywhere else a lecture is named by number. */
  private query(text: string): string {
    return this.normalise(text.trim().replace(/^[#＃](?=[\d０-９]+$)/, ''));
  }

  /**
   * Where a description holds a query, as search finds it there (a global pattern: every occurrence), for the
   * explorer to mark it in the lecture's summary; undefined for a query not looked for in descriptions.
   */
  descriptionMatcher(text: string): RegExp | undefined {
    const q = this.query(text);
    return describable(q) ? this.descriptionPattern(q) : undefined;
  }

  /**
   * Best matches first: exact name, then prefix, then substring, then within a small edit distance; where no
   * name holds the query or all its words, the lectures' descriptions (unless `descriptions` is false: the
   * explorer reads them only once typing pauses).
   */
  search(text: string, limit = 10, options: SearchOptions = {}): SearchHit[] {
    return this.searchAll(text, limit, options).hits;
  }

  /**
   * The search, and whether it reads (or, with `descriptions` false, would read) the lectures' descriptions:
   * the explorer searches names as the reader types and reads descriptions once typing pauses, only where they
   * would be read.
   */
  searchAll(text: string, limit = 10, { descriptions = true }: SearchOptions = {}): SearchResult {
    const q = this.query(text);
    if (!q) return { hits: [], readsDescriptions: false, missing: [] };
    const best = new Map<string, SearchHit>();
    const consider = (e: Entry, score: number): void => {
      const s = score * e.prior;
      const prev = best.get(e.key);
      if (prev && prev.score >= s) return;
      const a = this.graph.getNodeAttributes(e.key);
      const hit: SearchHit = {
        key: e.key,
        kind: a.kind,
        label: a.label,
        matched: e.name,
        score: Math.round(s * 1000) / 1000,
      };
      if (e.description) hit.inDescription = true;
      best.set(e.key, hit);
    };
    for (const e of this.exact.get(q) ?? []) consider(e, 1);
    // Run together: the name all but exactly, above any name it only starts.
    for (const e of this.squashed.get(q) ?? []) consider(e, 0.95);
    // Prefix: a contiguous run of the sorted names.
    for (let i = this.lowerBound(q), n = 0; i < this.entries.length && n < PREFIX_LIMIT; i++, n++) {
      const e = this.entries[i]!;
      if (!e.norm.startsWith(q)) break;
      if (e.norm !== q) consider(e, 0.8 + 0.1 * this.share(q, e));
    }
    // Substring: candidates from the index (words containing the query's longest word, or the names
    // holding its rarest Chinese bigram), then checked against the whole name.
    if (q.length >= 2) {
      let found = 0;
      for (const e of this.substringCandidates(q)) {
        if (e.norm.length > q.length && !e.norm.startsWith(q) && e.norm.includes(q)) {
          consider(e, 0.6 + 0.1 * this.share(q, e));
          if (++found >= SUBSTRING_LIMIT) break;
        }
      }
    }
    const asWritten = best.size;
    // Typos: whole names of about the query's length, and single words of longer names.
    const maxTypos = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    if (maxTypos > 0) {
      for (let len = q.length - maxTypos; len <= q.length + maxTypos; len++) {
        for (const e of this.byLength.get(len) ?? []) {
          const d = editDistance(q, e.norm, maxTypos);
          if (d > 0 && d <= maxTypos) consider(e, 0.55 - 0.1 * d);
        }
      }
      if (!q.includes(' '))
        for (const list of this.wordsWithTypos(q, maxTypos))
          for (const e of list.slice(0, WORD_HIT_LIMIT)) consider(e, 0.4);
    }
    // A question of several words, spaced or not: Chinese leaves no space between its words and a Latin term
    // ("什麼是GAN").
    const spaced = splitScripts(q);
    const named = best.size;
    // Whether some name holds every word of the query, and the words no name holds.
    const words =
      spaced.includes(' ') && asWritten === 0
        ? this.searchWords(spaced, consider)
        : { whole: named > 0, missing: [] };
    const whole = words.whole;
    // Where names hold only some of its words ("vanishing gradient": the concept gradient), a description may
    // hold them all: its lectures come before those names. A number is a lecture's, not a word of a description.
    const readsDescriptions = describable(q) && (best.size === 0 || (named === 0 && !whole));
    const beforeDescriptions = best.size;
    if (descriptions && readsDescriptions)
      this.searchDescriptions(q, consider, best.size === 0 ? 0.1 : WORDS_STAGE_TOP);
    // Nothing is missing where a name matches the whole query (with typos too: "gradient descnt"), where a
    // description holds it, or where nothing at all is found.
    const missing =
      named === 0 && beforeDescriptions > 0 && best.size === beforeDescriptions ? words.missing : [];
    // Concepts above lectures at equal score: a concept is the usual target of a term. Lectures of one
    // score (the parts of one title, the lectures of a course its name starts) in the order a learner watches
    // them (`watchOrder`).
    const kindRank = { concept: 0, lecture: 1, note: 2 } as const;
    const hits = [...best.values()]
      .sort(
        (x, y) =>
          y.score - x.score ||
          kindRank[x.kind] - kindRank[y.kind] ||
          this.watchOrder(x.key, y.key) ||
          (x.key < y.key ? -1 : 1),
      )
      .slice(0, limit);
    return { hits, readsDescriptions, missing };
  }

  /**
   * The entry lists of the vocabulary's words (four letters or more) within `max` edits of a one-word query, in the
   * vocabulary's order: only words of about its length are compared, and of those only the ones whose letters could
   * be that close (each edit changes at most two bits of a word's letter mask).
   */
  private wordsWithTypos(q: string, max: number): Entry[][] {
    const { words, lists } = this.wordOrder();
    if (!this.typoWords) {
      const byLength = new Map<number, { order: number[]; words: string[]; masks: number[] }>();
      words.forEach((w, i) => {
        if (w.length < 4) return;
        const bucket = byLength.get(w.length) ?? { order: [], words: [], masks: [] };
        bucket.order.push(i);
        bucket.words.push(w);
        bucket.masks.push(letterMask(w));
        byLength.set(w.length, bucket);
      });
      this.typoWords = new Map(
        [...byLength].map(([length, b]) => [length, { ...b, masks: Uint32Array.from(b.masks) }]),
      );
    }
    const mask = letterMask(q);
    const found: number[] = [];
    for (let length = q.length - max; length <= q.length + max; length++) {
      const bucket = this.typoWords.get(length);
      if (!bucket) continue;
      for (let k = 0; k < bucket.words.length; k++) {
        if (bitCount(bucket.masks[k]! ^ mask) > 2 * max) continue;
        const w = bucket.words[k]!;
        if (w !== q && editDistance(q, w, max) <= max) found.push(bucket.order[k]!);
      }
    }
    return found.sort((a, b) => a - b).map((i) => lists[i]!);
  }

  /** The vocabulary's words and their entry lists, numbered in its order (made once). */
  private wordOrder(): { words: string[]; lists: Entry[][] } {
    return (this.words ??= { words: [...this.vocabulary.keys()], lists: [...this.vocabulary.values()] });
  }

  /**
   * The places (in the vocabulary's order) of the words that may hold `part`: those holding its rarest three
   * letters, or every word where it has fewer than three. A superset; callers check.
   */
  private wordsHolding(part: string): Iterable<number> {
    const { words } = this.wordOrder();
    if (part.length < 3) return words.keys();
    if (!this.trigrams) {
      const grams = new Map<string, number[]>();
      words.forEach((w, i) => {
        for (let k = 0; k + 3 <= w.length; k++) {
          const g = w.slice(k, k + 3);
          const list = grams.get(g);
          if (!list) grams.set(g, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      });
      this.trigrams = new Map([...grams].map(([g, list]) => [g, Int32Array.from(list)]));
    }
    let rarest: Int32Array | undefined;
    for (let k = 0; k + 3 <= part.length; k++) {
      const list = this.trigrams.get(part.slice(k, k + 3));
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!;
  }

  /**
   * Words: a query of several words that no name holds as written ("how to deploy a model", "attention
   * transformer") finds the concepts it names (0.45), then the names holding its words, each as a word's
   * start (deploy → deployment; in Chinese anywhere in the name), in any order: scored low (0.16 to 0.34,
   * below the other kinds of match of a name), by the share of the query's weight found (its words' letters,
   * `wordWeight`, times their rarity); a name must hold a third of its letters, and a word of four or more (or
   * every word). Rarest word first: a word that starts the names of more than QUERY_WORD_LIMIT names ("model",
   * "learning") finds none itself, and only counts in the names the rarer words found. Says whether a name holds
   * every word (a concept named inside the query, gradient in "vanishing gradient", may name only some), and the
   * words that no name holds.
   */
  private searchWords(
    q: string,
    consider: (e: Entry, score: number) => void,
  ): { whole: boolean; missing: string[] } {
    // A concept named inside the question ("what is a GAN", "introduction to self supervised learning"):
    // found above the names that merely hold its words; the longest name wins (not "supervised learning"
    // inside "self supervised learning").
    const tokens = q.split(' ');
    const named = new Set<number>();
    for (let length = Math.min(MAX_NAME_WORDS, tokens.length - 1); length >= 1; length--)
      for (let i = 0; i + length <= tokens.length; i++) {
        if (named.has(i) || named.has(i + length - 1)) continue;
        const concepts = (this.exact.get(tokens.slice(i, i + length).join(' ')) ?? []).filter((e) =>
          e.key.startsWith('concept:'),
        );
        for (const e of concepts) consider(e, 0.45);
        if (concepts.length) for (let k = i; k < i + length; k++) named.add(k);
      }
    const words = [...new Set(tokens.filter((w) => wordWeight(w) >= MIN_QUERY_WORD))];
    if (words.length === 0) return { whole: named.size > 0, missing: [] };
    const total = words.reduce((n, w) => n + wordWeight(w), 0);
    const holds = (e: Entry, w: string): boolean =>
      hasHan(w) ? e.norm.includes(w) : e.norm.split(' ').some((v) => v.startsWith(w));
    // Each word's names, as lists of entries (the vocabulary's lists of the words it starts), rarest first.
    const sorted = (this.sortedWords ??= [...this.vocabulary.keys()].sort());
    const lookups = words
      .map((w) => {
        let lists: Entry[][];
        if (hasHan(w)) lists = [[...this.substringCandidates(w)].filter((e) => e.norm.includes(w))];
        else {
          lists = [];
          for (let i = firstAtLeast(sorted.length, (j) => sorted[j]!, w); i < sorted.length; i++) {
            if (!sorted[i]!.startsWith(w)) break;
            lists.push(this.vocabulary.get(sorted[i]!)!);
          }
        }
        return { w, lists, size: lists.reduce((n, l) => n + l.length, 0) };
      })
      .sort((x, y) => x.size - y.size || (x.w < y.w ? -1 : 1));
    const found = new Map<Entry, string[]>();
    lookups.forEach(({ w, lists, size }, i) => {
      if (i === 0 || size <= QUERY_WORD_LIMIT) {
        let n = 0;
        for (const list of lists)
          for (const e of list) {
            const matched = found.get(e);
            if (!matched) found.set(e, [w]);
            else if (!matched.includes(w)) matched.push(w);
            if (++n >= QUERY_WORD_LIMIT) return;
          }
      } else for (const [e, matched] of found) if (!matched.includes(w) && holds(e, w)) matched.push(w);
    });
    // Ranked by the share of the query's weight found, a word weighing its letters times its rarity among the
    // names (inverse document frequency over the words that found any): "deploy" counts for more than
    // "model" in "how do I deploy a model", so the deployment lectures come before every "… model".
    const rarity = new Map(
      lookups.map(({ w, size }) => [w, Math.log((this.entries.length + 1) / (size + 1))]),
    );
    const weighed = (ws: readonly string[]): number =>
      ws.reduce((n, w) => n + wordWeight(w) * (rarity.get(w) ?? 0), 0);
    const weight = weighed(lookups.filter((l) => l.size > 0).map((l) => l.w));
    let whole = false;
    for (const [e, matched] of found) {
      const letters = matched.reduce((n, w) => n + wordWeight(w), 0);
      const strong = matched.length === words.length || matched.some((w) => wordWeight(w) >= 4);
      if (strong && letters * 3 >= total)
        consider(e, 0.16 + (WORDS_STAGE_TOP - 0.16) * (weight > 0 ? weighed(matched) / weight : 0));
      if (matched.length === words.length) whole = true;
    }
    // In the query's order. Latin-script words only: a Chinese query is cut by script, not into words, and the run
    // beside a term is mostly the question around it (什麼是 of 什麼是GAN).
    const unheld = new Set(lookups.filter((l) => l.size === 0 && !hasHan(l.w)).map((l) => l.w));
    return { whole, missing: whole ? [] : words.filter((w) => unheld.has(w)) };
  }

  /**
   * Descriptions: a query that no name holds, nor all its words, is looked for in the lectures' descriptions and
   * the concepts' definitions, as written (its words in order, each a word's start in Latin script, anywhere in
   * Chinese; case, punctuation and 繁/简 aside): "overfitting" finds the lecture whose summary has a section on it,
   * "probability ratio" the concept whose definition says it clips one (PPO). Scored in a band DESCRIPTION_BAND
   * wide from `from`, by how often the query occurs, a lecture's description in its upper half and a concept's
   * definition in its lower: below every match of a name (from 0.1) where none was found, above names that hold
   * only some of the query's words (from WORDS_STAGE_TOP); at most DESCRIPTION_HIT_LIMIT nodes, the best scored,
   * each with the words around the first occurrence. The texts are read as they are, not normalised beforehand: a
   * catalog's descriptions are most of its text, and this runs only when no name holds the query or all its words.
   */
  private searchDescriptions(q: string, consider: (e: Entry, score: number) => void, from: number): void {
    const pattern = this.descriptionPattern(q);
    const described = (this.described ??= this.describedNodes());
    // Every description is read (the best may come last); the nodes that name the query most are kept.
    const found: { key: string; score: number; text: string; first: [number, number] }[] = [];
    for (const { key, texts } of described) {
      // A definition is read in each of its languages; it names the query as often as its likelier one does.
      let best: { count: number; text: string; first: [number, number] } | undefined;
      for (const text of texts) {
        pattern.lastIndex = 0;
        let first: [number, number] | undefined;
        let count = 0;
        for (let m = pattern.exec(text); m && count < DESCRIPTION_COUNT_LIMIT; m = pattern.exec(text)) {
          first ??= [m.index, m.index + m[0].length];
          count++;
        }
        if (first && (!best || count > best.count)) best = { count, text, first };
      }
      if (!best) continue;
      // The upper half of the band for a lecture's description, the lower half for a concept's definition: a
      // definition names what a concept is made of and used for as well (LSTM's, the vanishing gradient it eases),
      // so the lectures whose descriptions hold the query come first, and none falls below the band.
      const half = DESCRIPTION_BAND / 2;
      const score =
        from + (key.startsWith('concept:') ? 0 : half) + (half * best.count) / DESCRIPTION_COUNT_LIMIT;
      found.push({ key, score, text: best.text, first: best.first });
    }
    found.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
    for (const { key, score, text, first } of found.slice(0, DESCRIPTION_HIT_LIMIT)) {
      const entry: Entry = {
        key,
        norm: q,
        name: snippet(text, ...first),
        prior: 1,
        title: false,
        description: true,
      };
      consider(entry, score);
    }
  }

  /** The lectures with a description and the concepts with a definition, in key order, with those texts. */
  private describedNodes(): { key: string; texts: string[] }[] {
    const out: { key: string; texts: string[] }[] = [];
    this.graph.forEachNode((key, a) => {
      if (a.kind === 'lecture') {
        const { summary } = a as LectureNodeAttributes;
        if (typeof summary === 'string' && summary !== '') out.push({ key, texts: [summary] });
      } else if (a.kind === 'concept') {
        const { definition } = a as Partial<ConceptNodeAttributes>;
        const texts = [definition?.en, definition?.zh].filter(
          (t): t is string => typeof t === 'string' && !!t,
        );
        if (texts.length) out.push({ key, texts });
      }
    });
    return out.sort((x, y) => (x.key < y.key ? -1 : 1));
  }

  /**
   * The normalised query as a pattern over raw text: its first DESCRIPTION_QUERY_WORDS words in order, with
   * anything but a word's characters (letters, digits, + and #, as normaliseQuery keeps them) between them; a
   * Latin word at a word's start and, but for the last, to its end (the query's "networks" was normalised to
   * "network"); each Chinese character as any of the characters that fold to it (Traditional or Simplified).
   * A word's characters and the separator's never overlap, so the pattern cannot backtrack over its splits.
   */
  private descriptionPattern(q: string): RegExp {
    if (!this.unfold) {
      this.unfold = new Map();
      for (const [from, to] of Object.entries(this.simplified)) {
        const list = this.unfold.get(to) ?? [to];
        if (!list.includes(from)) list.push(from);
        this.unfold.set(to, list);
      }
    }
    const unfold = this.unfold;
    const words = q.split(' ').slice(0, DESCRIPTION_QUERY_WORDS);
    const parts = words.map((w, i) =>
      hasHan(w)
        ? [...w].map((c) => (unfold.has(c) ? `[${unfold.get(c)!.join('')}]` : escapeRegExp(c))).join('')
        : `(?<![\\p{L}\\p{N}])${escapeRegExp(w)}${i < words.length - 1 ? '[\\p{L}\\p{N}]*' : ''}`,
    );
    return new RegExp(parts.join('[^\\p{L}\\p{N}+#]+'), 'giu');
  }

  /**
   * How much of a name the query covers, which ranks a prefix or substring match among its kind: "GAN" covers
   * more of "GANILLA" than of "GAN inversion". Not for a lecture's title: its length says nothing of how well
   * it matches ("GAN - WGAN, EBGAN" is no better a "GAN" than "GAN - Introduction"), so the lectures a query
   * starts tie, and are listed in watching order.
   */
  private share(q: string, e: Entry): number {
    return e.title ? 0.5 : q.length / e.norm.length;
  }

  /**
   * Two lectures in the order a learner watches them: of one course (series and language version), by their
   * place in it (`watchRanks`); else by part, then date, then catalog number; 0 when either is not a lecture.
   */
  private watchOrder(a: string, b: string): number {
    const x = this.graph.getNodeAttributes(a);
    const y = this.graph.getNodeAttributes(b);
    if (x.kind !== 'lecture' || y.kind !== 'lecture') return 0;
    const ranks = (this.ranks ??= watchRanks(this.graph));
    const [p, r] = [ranks.get(a), ranks.get(b)];
    if (p && r && p.course === r.course) return p.place - r.place;
    return (
      (x.part?.index ?? 0) - (y.part?.index ?? 0) ||
      (x.date && y.date && x.date !== y.date ? (x.date < y.date ? -1 : 1) : 0) ||
      x.number - y.number
    );
  }
}

/**
 * The words of `text` around [from, to), cut at word boundaries, on one line, with "…" where the text goes on.
 */
function snippet(text: string, from: number, to: number): string {
  let start = Math.max(0, from - SNIPPET_CONTEXT);
  let end = Math.min(text.length, to + SNIPPET_CONTEXT);
  // At a space where the window has one (Chinese has none: cut where the window starts).
  const space = text.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < from) start = space + 1;
  const last = text.lastIndexOf(' ', end);
  if (end < text.length && last > to) end = last;
  const words = text
    .slice(start, end)
    .replace(/^\s*(#{1,6}|>|[-*+]|\d+\.)(\s+|$)/gm, '')
    .replace(/[*`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${words}${end < text.length ? '…' : ''}`;
}

/** The characters of a word as bits (by their code, modulo 32): a substitution changes at most two, any other edit one. */
function letterMask(w: string): number {
  let mask = 0;
  for (let i = 0; i < w.length; i++) mask |= 1 << (w.charCodeAt(i) & 31);
  return mask >>> 0;
}

/** The bits set in a 32-bit number. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
