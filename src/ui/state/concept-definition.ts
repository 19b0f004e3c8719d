/**
 * A concept's definition in the reader's language (the glossary's Chinese sentence for a reader of Chinese,
 * its English one otherwise), with the language tag to mark it up with; undefined where the graph has none.
 * Shown under the concept panel's title and in the tooltips of a lecture's concept chips. Opened from a search
 * that found the concept by its definition, the sentence that holds the query, in whichever language it is, and
 * where it holds it.
 */
import type { AtlasGraph, ConceptNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

export interface ShownDefinition {
  text: string;
  lang: 'en' | 'zh-Hant';
}

/** A piece of a definition, and whether it is the query the concept was found by. */
export interface DefinitionPiece {
  text: string;
  marked: boolean;
}

/**
 * The definition shown: in the reader's language, or, where `marks` (the query the concept was found by) holds
 * only in the other language's sentence, that sentence, so that the words the search list quoted are there.
 */
export function shownDefinition(
  graph: AtlasGraph,
  key: string,
  t: Messages,
  marks?: RegExp,
): ShownDefinition | undefined {
  if (!graph.hasNode(key)) return undefined;
  const { definition } = graph.getNodeAttributes(key) as Partial<ConceptNodeAttributes>;
  if (!definition) return undefined;
  const zh: ShownDefinition = { text: definition.zh, lang: 'zh-Hant' };
  const en: ShownDefinition = { text: definition.en, lang: 'en' };
  const [mine, other] = t.preferZhLabels ? [zh, en] : [en, zh];
  if (marks && !holds(mine.text, marks) && holds(other.text, marks)) return other;
  return mine;
}

/** Whether `text` holds the pattern: `search` reads no lastIndex and leaves none behind. */
const holds = (text: string, pattern: RegExp): boolean => text.search(pattern) >= 0;

/**
 * A definition cut into pieces, each occurrence of `marks` one piece of its own (none empty). `marks` is global, as
 * the search index's `descriptionMatcher` makes it (matchAll reads a copy of it).
 */
export function markedPieces(text: string, marks: RegExp | undefined): DefinitionPiece[] {
  if (!marks) return [{ text, marked: false }];
  const out: DefinitionPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(marks)) {
    if (m[0] === '') continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), marked: false });
    out.push({ text: m[0], marked: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
