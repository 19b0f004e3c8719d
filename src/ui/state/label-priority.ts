/**
 * The order in which the labels that must show claim room on the stage: the selection's and the hovered node's
 * first; the path's follow (on the hover layer), nearest the selection first (its neighbours before farther
 * steps), a path's two ends before its middle, larger nodes before smaller ones; then the other nodes whose
 * labels are forced (the selection's or the hovered node's neighbours, on the graph's label layer), nearest
 * first, larger before smaller. The selection's, the hovered node's and the path's labels are required: one
 * that would overlap a label placed before it is cut to the room left beside its node, however short, rather
 * than left out (a path read without the name of one of its steps explains nothing). A neighbour's label that
 * would overlap one placed before it is cut or left out (controllers/node-drawing.ts), so on a crowded phone
 * screen the labels that remain are the ones a learner most needs. Labels keep off the nodes of the neighbours
 * where they can, and those that must show off the path's steps where that costs them no character, so none
 * hides a node named beside it, nor takes the room its label starts in.
 */
import type { RenderState } from './reducers.js';

export interface HighlightedLabel {
  key: string;
  /** Must show (the selection, the hovered node, the path): cut to the room it has where another lies. */
  required: boolean;
  /** The hover layer's (the selection, the hovered node, the path) or the graph's labels' (a neighbour). */
  layer: 'hovers' | 'labels';
  /**
   * A step of the path: the labels that must show keep off its node where they can at no cost (one run over it
   * left its label no room to start).
   */
  step: boolean;
}

export function highlightedLabelOrder(
  state: Pick<RenderState, 'selected' | 'hovered' | 'pathNodes' | 'focus'> &
    Partial<Pick<RenderState, 'hoverNodes'>>,
  size: (key: string) => number,
  /** Whether the node's label is forced on the graph's layer (the reducer's forceLabel). */
  forced: (key: string) => boolean = () => false,
): HighlightedLabel[] {
  const out: HighlightedLabel[] = [];
  const seen = new Set<string>();
  for (const key of [state.selected, state.hovered])
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push({ key, required: true, layer: 'hovers', step: state.pathNodes?.has(key) ?? false });
    }
  const path = [...(state.pathNodes ?? [])];
  const ends = new Set([path[0], path[path.length - 1]]);
  const ranked = (keys: readonly string[]) =>
    keys
      .filter((k) => !seen.has(k))
      .map((key, index) => ({
        key,
        index,
        distance: state.focus?.get(key) ?? Infinity,
        end: ends.has(key) ? 0 : 1,
        size: size(key),
      }))
      .sort((a, b) => a.distance - b.distance || a.end - b.end || b.size - a.size || a.index - b.index);
  for (const { key } of ranked(path)) {
    seen.add(key);
    out.push({ key, required: true, layer: 'hovers', step: true });
  }
  const neighbours = new Set([...(state.focus?.keys() ?? []), ...(state.hoverNodes ?? [])]);
  for (const { key } of ranked([...neighbours].filter(forced)))
    out.push({ key, required: false, layer: 'labels', step: false });
  return out;
}
