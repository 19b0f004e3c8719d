/**
 * A legend for the community colouring: each community with its colour (as the layout stage
 * wrote it), its size, and a name taken from its most central concept — the one with the most links
 * inside the community (then the most lectures), skipping names that say nothing about the topic:
 * homework and exam labels, and words every lecture of the library could carry.
 */
import type { AtlasGraph, ConceptNodeAttributes } from './types.js';

export interface CommunityEntry {
  community: number;
  color: string;
  nodes: number;
  /** Label of the community's most central concept; undefined when it has none worth naming it after. */
  name?: string;
  nameZh?: string;
}

/** Labels never used as a community's name: assignment and exam labels. */
export const UNNAMING_PATTERNS: readonly RegExp[] = [
  /^hw\s*\d/i,
  /^homework\b/i,
  /^assignment\b/i,
  /^(mid|final)[\s-]?term\b/i,
  /^exam\b/i,
  /^作業/,
  /^quiz\b/i,
];

/** Generic labels (lower case) that describe the whole library rather than one part of it. */
export const GENERIC_LABELS: ReadonlySet<string> = new Set([
  'machine learning',
  'deep learning',
  'artificial intelligence',
  'ai',
  'neural network',
  'model',
  'method',
  'data',
  'training',
  'introduction',
  'overview',
  'basics',
  'basic structures',
  'example',
  'examples',
  'review',
  'tutorial',
  'lecture',
  'course',
  'question',
  'questions',
  'q&a',
  'demo',
]);

/** Whether a concept label may name a community. */
export function namesACommunity(label: string): boolean {
  const text = label.trim();
  if (text.length < 2 || /^\d+$/.test(text)) return false;
  if (GENERIC_LABELS.has(text.toLowerCase())) return false;
  return !UNNAMING_PATTERNS.some((p) => p.test(text));
}

export function communityLegend(graph: AtlasGraph): CommunityEntry[] {
  const entries = new Map<number, CommunityEntry>();
  const best = new Map<number, { key: string; inner: number; lectures: number; label: string }>();
  graph.forEachNode((key, a) => {
    if (a.community === undefined) return;
    let e = entries.get(a.community);
    if (!e) {
      e = { community: a.community, color: a.color ?? '#999999', nodes: 0 };
      entries.set(a.community, e);
    }
    e.nodes++;
    if (a.kind !== 'concept' || !namesACommunity(a.label)) return;
    let inner = 0;
    graph.forEachNeighbor(key, (_n, b) => {
      if (b.community === a.community) inner++;
    });
    const prev = best.get(a.community);
    const better =
      !prev ||
      inner > prev.inner ||
      (inner === prev.inner &&
        (a.lectureCount > prev.lectures || (a.lectureCount === prev.lectures && a.label < prev.label)));
    if (better) best.set(a.community, { key, inner, lectures: a.lectureCount, label: a.label });
  });
  for (const [community, b] of best) {
    const e = entries.get(community)!;
    const c = graph.getNodeAttributes(b.key) as ConceptNodeAttributes;
    e.name = c.label;
    if (c.labelZh) e.nameZh = c.labelZh;
  }
  return [...entries.values()].sort((x, y) => y.nodes - x.nodes || x.community - y.community);
}
