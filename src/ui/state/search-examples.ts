/**
 * The examples the search box offers in its placeholder, from the loaded library: its best-known concepts
 * (taught in the most lectures, then by name), named in the interface language, short enough that the
 * placeholder fits the box. An English catalog is not offered the Chinese channel's terms.
 */
import type { AtlasGraph } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';
import { nodeName } from './lecture-identity.js';

/** At most this many examples, each at most EXAMPLE_WIDTH wide, all of them at most EXAMPLES_WIDTH. */
export const MAX_EXAMPLES = 3;
const EXAMPLE_WIDTH = 20;
const EXAMPLES_WIDTH = 40;

/** How wide a text is drawn, in Latin letters: a CJK character takes two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

const cache = new WeakMap<AtlasGraph, WeakMap<Messages, string[]>>();

/** The concepts taught in the most lectures, most first (then by name): at most `count` keys. */
export function mostTaughtConcepts(graph: AtlasGraph, count: number): string[] {
  return rankedConcepts(graph)
    .slice(0, count)
    .map((c) => c.key);
}

const ranked = new WeakMap<AtlasGraph, { key: string; lectures: number; label: string }[]>();

function rankedConcepts(graph: AtlasGraph): { key: string; lectures: number; label: string }[] {
  let concepts = ranked.get(graph);
  if (concepts) return concepts;
  concepts = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'concept' && a.lectureCount > 0)
      concepts!.push({ key, lectures: a.lectureCount, label: a.label });
  });
  concepts.sort((x, y) => y.lectures - x.lectures || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  ranked.set(graph, concepts);
  return concepts;
}

export function searchExamples(graph: AtlasGraph, t: Messages): string[] {
  let byLang = cache.get(graph);
  if (!byLang) cache.set(graph, (byLang = new WeakMap()));
  const known = byLang.get(t);
  if (known) return known;
  const concepts = rankedConcepts(graph);
  const out: string[] = [];
  let total = 0;
  for (const c of concepts) {
    if (out.length >= MAX_EXAMPLES) break;
    const name = nodeName(graph, c.key, t);
    const w = width(name);
    if (w > EXAMPLE_WIDTH || total + w > EXAMPLES_WIDTH || out.includes(name)) continue;
    out.push(name);
    total += w;
  }
  byLang.set(t, out);
  return out;
}
