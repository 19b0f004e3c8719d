/**
 * Naming nodes, both ways.
 *
 * A name → a node: a lecture by number (212, #212, 0212, ＃２１２, lecture:212), a concept by key or id, the
 * kind and the id in any case (concept:gan, Concept:GAN, gan), anything by an exact name in any language
 * (title, label, Chinese label, alias, raw catalog title). A name that several nodes match equally well is
 * never resolved silently: it throws AmbiguousNodeError listing them with what tells them apart. A name that
 * matches nothing throws UnknownNodeError with the closest matches; one that only matches another kind of node
 * than the caller can use throws WrongNodeKindError.
 *
 * A node → words: `nodeName` (short: "368 Network Compression (1/2)") and `nodeDetail` (what sets it apart:
 * "ML 2021, 2021, lecture 35, English version"), shared by the errors, the path wording and the CLI.
 */
import { unitWord } from './course-units.js';
import { compareKeys } from './compare.js';
import { AmbiguousNodeError, UnknownNodeError, WrongNodeKindError, type NodeCandidate } from './errors.js';
import type { SearchHit, SearchIndex } from './search-index.js';
import type { AtlasGraph, NodeAttributes, NodeKind } from './types.js';

export interface ResolveNodeOptions {
  /** The kinds of node the caller can use: names are matched against these only. */
  kinds: readonly NodeKind[];
  /** How many near matches an unknown name suggests. */
  suggestions: number;
}

export const DEFAULT_RESOLVE_NODE_OPTIONS: ResolveNodeOptions = {
  kinds: ['lecture', 'concept', 'note'],
  suggestions: 3,
};

/** Search hits looked at for exact matches: a title may be shared by many lectures. */
const EXACT_HIT_LIMIT = 200;
/** Words shorter than this are not searched on their own when a whole name finds nothing. */
const MIN_WORD_FOR_SUGGESTIONS = 4;
const KIND_ORDER: Record<NodeKind, number> = { lecture: 0, concept: 1, note: 2 };

/** Short name: a lecture's number, title and part; a concept's or note's label. */
export function nodeName(graph: AtlasGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== 'lecture') return a.label;
  const part = a.part
    ? ` (${a.part.total ? `${a.part.index}/${a.part.total}` : `part ${a.part.index}`})`
    : '';
  return `${a.number} ${a.title}${part}`;
}

/**
 * What sets a node apart from others of the same name: for a lecture its course or series, year, lecture
 * number inside the course, lecturer and language version; for a concept its Chinese label, category and
 * how many lectures teach it; for a note where it is written.
 */
export function nodeDetail(graph: AtlasGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  const parts: (string | undefined)[] =
    a.kind === 'lecture'
      ? [
          a.series,
          a.date && !a.series?.includes(a.date.slice(0, 4)) ? a.date.slice(0, 4) : undefined,
          a.courseLecture ? `${unitWord(a.courseUnit)} ${a.courseLecture}` : undefined,
          a.lecturer ? `${a.lecturer}${a.lecturerRole === 'TA' ? ' (TA)' : ''}` : undefined,
          a.englishVersion ? 'English version' : a.language === 'zh' ? 'in Chinese' : 'in English',
        ]
      : a.kind === 'concept'
        ? [a.labelZh, a.category, `${a.lectureCount} lecture${a.lectureCount === 1 ? '' : 's'}`]
        : ['note', `${a.source.file}:${a.source.line}`];
  return parts.filter(Boolean).join(', ');
}

/** What to type to name exactly this node. */
function pickOf(graph: AtlasGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === 'lecture' ? String(a.number) : key;
}

/** The node as one candidate of an ambiguous name; `matched` says which of its names matched, when not its label. */
export function nodeCandidate(graph: AtlasGraph, key: string, matched?: string): NodeCandidate {
  const a = graph.getNodeAttributes(key);
  const detail = nodeDetail(graph, key);
  const alias = matched !== undefined && !primaryNames(a).includes(matched) ? `named "${matched}"` : '';
  return {
    key,
    kind: a.kind,
    pick: pickOf(graph, key),
    name: a.kind === 'lecture' ? nodeName(graph, key).slice(`${a.number} `.length) : a.label,
    detail: [detail, alias].filter(Boolean).join(', '),
  };
}

/** Candidates in a stable order: lectures by number, then concepts and notes by key. */
function byKindThenNumber(graph: AtlasGraph) {
  return (x: NodeCandidate, y: NodeCandidate): number => {
    const [a, b] = [graph.getNodeAttributes(x.key), graph.getNodeAttributes(y.key)];
    if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (a.kind === 'lecture' && b.kind === 'lecture') return a.number - b.number;
    return compareKeys(x.key, y.key);
  };
}

/** The names a node is known by first: a match on one of these beats a match on an alias. */
function primaryNames(a: NodeAttributes): string[] {
  if (a.kind === 'lecture') return [a.title, a.label, String(a.number)];
  if (a.kind === 'concept') return a.labelZh ? [a.label, a.labelZh] : [a.label];
  return [a.label];
}

/** A lecture named by its number ("212", "#212", "0212"), once NFKC has made full-width ＃２１２ plain. */
const LECTURE_NUMBER = /^#?(\d+)$/;
/** A node key with its kind written in any case ("Concept:GAN", "LECTURE:212"). */
const KIND_PREFIX = /^(lecture|concept|note):(.+)$/i;

/**
 * The lecture number a name is, read as a number ("0212" is lecture 212), after NFKC so that a Chinese
 * keyboard's full-width ＃２１２ counts; undefined for any other name ("0xEA", "", "2e2"). Every command line
 * that takes a lecture number reads it with this, so that they all take the same ones.
 */
export function lectureNumberOf(raw: string): number | undefined {
  const digits = LECTURE_NUMBER.exec(raw.normalize('NFKC'))?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/**
 * The key a name written as a key means, the kind in any case: a lecture by its number, a concept by its id
 * in any case (ids are lower case), a note by its id as written or, failing that, the one note whose id is
 * it in another case (note ids are file names, whose case is the author's).
 */
function keyIgnoringCase(graph: AtlasGraph, raw: string): string | undefined {
  const [, prefix, id] = KIND_PREFIX.exec(raw.normalize('NFKC')) ?? [];
  if (prefix === undefined || id === undefined) return undefined;
  const kind = prefix.toLowerCase();
  if (kind === 'lecture') {
    const number = lectureNumberOf(id);
    return number === undefined ? undefined : `lecture:${number}`;
  }
  if (kind === 'concept') return `concept:${id.toLowerCase()}`;
  if (graph.hasNode(`note:${id}`)) return `note:${id}`;
  const wanted = `note:${id}`.toLowerCase();
  const notes = graph.filterNodes((k, a) => a.kind === 'note' && k.toLowerCase() === wanted);
  return notes.length === 1 ? notes[0] : undefined;
}

/** A full key (its kind and id in any case) or a lecture number: names that are exact by construction. */
function directKey(graph: AtlasGraph, raw: string): string | undefined {
  if (graph.hasNode(raw)) return raw;
  const number = lectureNumberOf(raw);
  const key = number === undefined ? keyIgnoringCase(graph, raw) : `lecture:${number}`;
  return key !== undefined && graph.hasNode(key) ? key : undefined;
}

/**
 * A concept by its id (`bert`, `speech-recognition`): used where no node has the name itself. An id is often
 * the concept's name too, and a lecture may be titled so ("Transformer"): then the name is shared, and the
 * candidates are listed rather than the concept guessed.
 */
function conceptById(graph: AtlasGraph, raw: string): string | undefined {
  const id = `concept:${raw.toLowerCase()}`;
  return graph.hasNode(id) ? id : undefined;
}

/** A suggestion as typed: `201 (Network Compression (5/6))` for a lecture, the label otherwise. */
function suggestionText(graph: AtlasGraph, hit: SearchHit): string {
  const c = nodeCandidate(graph, hit.key);
  return c.kind === 'lecture' ? `${c.pick} (${c.name})` : c.name;
}

/** The closest matches of a name that matches nothing exactly; word by word when the whole name finds nothing. */
function suggestionsFor(
  graph: AtlasGraph,
  index: SearchIndex,
  raw: string,
  options: ResolveNodeOptions,
): string[] {
  const usable = (hits: SearchHit[]): SearchHit[] => hits.filter((h) => options.kinds.includes(h.kind));
  let hits = usable(index.search(raw, options.suggestions * 4));
  if (hits.length === 0) {
    const best = new Map<string, SearchHit>();
    for (const word of index.normalise(raw).split(' ')) {
      if (word.length < MIN_WORD_FOR_SUGGESTIONS) continue;
      for (const h of usable(index.search(word, options.suggestions * 4)))
        if ((best.get(h.key)?.score ?? -1) < h.score) best.set(h.key, h);
    }
    hits = [...best.values()].sort((x, y) => y.score - x.score || compareKeys(x.key, y.key));
  }
  return hits.slice(0, options.suggestions).map((h) => suggestionText(graph, h));
}

/**
 * The node a name means. Throws AmbiguousNodeError when several usable nodes match it equally well (a
 * match on a node's own label or title beats a match on an alias), WrongNodeKindError when it only names
 * a node of another kind, UnknownNodeError (with suggestions) when it names nothing.
 */
export function resolveNode(
  graph: AtlasGraph,
  index: SearchIndex,
  name: string,
  options: Partial<ResolveNodeOptions> = {},
): string {
  const resolved: ResolveNodeOptions = { ...DEFAULT_RESOLVE_NODE_OPTIONS, ...options };
  const raw = name.trim();
  const usable = (key: string): boolean => resolved.kinds.includes(graph.getNodeAttribute(key, 'kind'));
  const direct = directKey(graph, raw);
  if (direct && usable(direct)) return direct;

  const q = index.normalise(raw);
  const exact = q ? index.search(raw, EXACT_HIT_LIMIT).filter((h) => index.normalise(h.matched) === q) : [];
  const matches = exact.filter((h) => usable(h.key));
  const primary = matches.filter((h) =>
    primaryNames(graph.getNodeAttributes(h.key)).some((n) => index.normalise(n) === q),
  );
  const best = primary.length > 0 ? primary : matches;
  if (best.length === 0) {
    const byId = conceptById(graph, raw);
    if (byId && usable(byId)) return byId;
  }
  if (best.length === 1) return best[0]!.key;
  if (best.length > 1)
    throw new AmbiguousNodeError(
      raw,
      best.map((h) => nodeCandidate(graph, h.key, h.matched)).sort(byKindThenNumber(graph)),
    );

  const other = direct ?? conceptById(graph, raw) ?? exact[0]?.key;
  if (other) throw new WrongNodeKindError(raw, other, graph.getNodeAttribute(other, 'kind'), resolved.kinds);
  const number = lectureNumberOf(raw);
  if (number !== undefined && resolved.kinds.includes('lecture'))
    throw new UnknownNodeError(raw, [], ...lectureNumbers(graph, number));
  throw new UnknownNodeError(raw, suggestionsFor(graph, index, raw, resolved));
}

/**
 * The range of a library's lecture numbers, as a message says it ("1 to 71"), and the gap that `missing` falls in
 * where it is inside the range ("301 to 350", or "320" alone); nothing with no lecture. A number some lecture has
 * gets the range alone: a gap around it would say that an existing lecture is missing.
 */
function lectureNumbers(graph: AtlasGraph, missing: number): [] | [string] | [string, string] {
  let [low, high] = [Infinity, -Infinity];
  let [below, above] = [-Infinity, Infinity];
  let exists = false;
  graph.forEachNode((_k, a) => {
    if (a.kind !== 'lecture') return;
    low = Math.min(low, a.number);
    high = Math.max(high, a.number);
    if (a.number < missing) below = Math.max(below, a.number);
    if (a.number > missing) above = Math.min(above, a.number);
    if (a.number === missing) exists = true;
  });
  if (low === Infinity) return [];
  const range = `${low} to ${high}`;
  if (missing < low || missing > high || exists) return [range];
  const [from, to] = [below + 1, above - 1];
  return [range, from === to ? `${from}` : `${from} to ${to}`];
}
