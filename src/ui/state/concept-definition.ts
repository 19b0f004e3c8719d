/**
 * A concept's definition in the reader's language (the glossary's Chinese sentence for a reader of Chinese,
 * its English one otherwise), with the language tag to mark it up with; undefined where the graph has none.
 * Shown under the concept panel's title and in the tooltips of a lecture's concept chips.
 */
import type { AtlasGraph, ConceptNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

export interface ShownDefinition {
  text: string;
  lang: 'en' | 'zh-Hant';
}

export function shownDefinition(graph: AtlasGraph, key: string, t: Messages): ShownDefinition | undefined {
  if (!graph.hasNode(key)) return undefined;
  const { definition } = graph.getNodeAttributes(key) as Partial<ConceptNodeAttributes>;
  if (!definition) return undefined;
  return t.preferZhLabels ? { text: definition.zh, lang: 'zh-Hant' } : { text: definition.en, lang: 'en' };
}
