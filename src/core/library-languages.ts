/**
 * The languages a library's lectures are given in ('zh', 'en'), once per graph: a library of one language
 * names no lecture's language, and an English library shows no concept's Chinese name beside its English one
 * (the Chinese channel's habit: its learners search in both), in the explorer and on the command line.
 */
import type { AtlasGraph } from './types.js';

const cache = new WeakMap<AtlasGraph, ReadonlySet<string>>();

export function libraryLanguages(graph: AtlasGraph): ReadonlySet<string> {
  let languages = cache.get(graph);
  if (!languages) {
    const found = new Set<string>();
    graph.forEachNode((_k, a) => {
      if (a.kind === 'lecture') found.add(a.language);
    });
    cache.set(graph, (languages = found));
  }
  return languages;
}
