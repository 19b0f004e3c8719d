/**
 * A value worked out once per graph and interface language (the messages object): the explorer asks for the
 * identity lines and label tags of a library on every frame and panel, and they change only with the graph or the
 * language. Held weakly, so a replaced graph's values go with it.
 */
import type { AtlasGraph } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

export function perGraphAndLanguage<T extends object>(
  compute: (graph: AtlasGraph, t: Messages) => T,
): (graph: AtlasGraph, t: Messages) => T {
  const cache = new WeakMap<AtlasGraph, WeakMap<Messages, T>>();
  return (graph, t) => {
    let byLang = cache.get(graph);
    if (!byLang) cache.set(graph, (byLang = new WeakMap()));
    let value = byLang.get(t);
    if (!value) byLang.set(t, (value = compute(graph, t)));
    return value;
  };
}
