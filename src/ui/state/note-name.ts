/**
 * A note's name in the reader's language. A note is named after its file ("rnn lecture notes"), in whatever
 * language its author wrote the file name; the Chinese interface names it after the concept that name gives —
 * one of the concepts the note covers, named in it by its label or an alias ("rnn" → recurrent neural network)
 * — in the concept's Chinese label: 循環神經網路筆記. A note whose name gives none of its concepts, or one
 * without a Chinese label, keeps its name: the concept it covers most is not always what it is about.
 */
import type { AtlasGraph, ConceptNodeAttributes } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

/** The words of a name, lower-cased (letters and digits of any script; everything else parts words). */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The concept a note's name gives: of the concepts it covers, one whose label or alias is a run of the
 * name's words (the most covered of them, then the longest name); undefined when there is none.
 */
export function noteTopic(graph: AtlasGraph, key: string): string | undefined {
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  if (a.kind !== 'note') return undefined;
  const name = ` ${words(a.label).join(' ')} `;
  let best: { key: string; weight: number; length: number } | undefined;
  graph.forEachOutEdge(key, (_e, edge, _s, target) => {
    if (edge.kind !== 'covers') return;
    const c = graph.getNodeAttributes(target);
    if (c.kind !== 'concept') return;
    const weight = typeof edge.weight === 'number' ? edge.weight : 0;
    for (const n of [c.label, ...(Array.isArray(c.aliases) ? c.aliases : [])]) {
      if (typeof n !== 'string') continue;
      const run = words(n).join(' ');
      if (!run || !name.includes(` ${run} `)) continue;
      if (!best || weight > best.weight || (weight === best.weight && run.length > best.length))
        best = { key: target, weight, length: run.length };
    }
  });
  return best?.key;
}

/** A note's name in the interface's language: after its concept's Chinese label in zh-TW, else its own. */
export function noteName(graph: AtlasGraph, key: string, t: Messages): string {
  if (!graph.hasNode(key)) return '';
  const label = graph.getNodeAttributes(key).label;
  if (!t.preferZhLabels) return label;
  const topic = noteTopic(graph, key);
  const zh = topic ? (graph.getNodeAttributes(topic) as ConceptNodeAttributes).labelZh : undefined;
  return zh ? t.noteOn(zh) : label;
}
