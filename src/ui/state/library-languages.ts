/**
 * The languages a library's lectures are given in ('zh', 'en'), once per graph. A library of one language
 * names no lecture's language, and an English library shows no concept's Chinese name beside its English
 * one (the Chinese channel's habit: its learners search in both).
 */
import type { AtlasGraph } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

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

/**
 * Whether a concept's other-language name goes beside the one in the reader's language: its English name
 * always does for a reader of Chinese; its Chinese name for a reader of English only in a library with
 * Chinese lectures.
 */
export function showsOtherName(graph: AtlasGraph, t: Messages): boolean {
  return t.preferZhLabels || libraryLanguages(graph).has('zh');
}
