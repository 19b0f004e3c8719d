/**
 * The order in which the labels that must show claim room on the stage: the selection's and the hovered node's
 * always show; the path's follow (on the hover layer), nearest the selection first (its neighbours before
 * farther steps), a path's two ends before its middle, larger nodes before smaller ones; then the other nodes
 * whose labels are forced (the selection's or the hovered node's neighbours, on the graph's label layer),
 * nearest first, larger before smaller. A label that would overlap one placed before it, or a neighbour's
 * node, is cut or left out (controllers/node-drawing.ts), so on a crowded phone screen the labels that remain
 * are the ones a learner most needs, and none hides a neighbour named beside it.
 */
import type { RenderState } from './reducers.js';

export interface HighlightedLabel {
  key: string;
  /** Shown whatever lies there (the selection, the hovered node). */
  required: boolean;
  /** The hover layer's (the selection, the hovered node, the path) or the graph's labels' (a neighbour). */
  layer: 'hovers' | 'labels';
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
      out.push({ key, required: true, layer: 'hovers' });
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
    out.push({ key, required: false, layer: 'hovers' });
  }
  const neighbours = new Set([...(state.focus?.keys() ?? []), ...(state.hoverNodes ?? [])]);
  for (const { key } of ranked([...neighbours].filter(forced)))
    out.push({ key, required: false, layer: 'labels' });
  return out;
}
