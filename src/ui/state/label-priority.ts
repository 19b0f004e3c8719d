/**
 * The order in which the labels of the hover layer (the selection, the hovered node, the path or the learning
 * path of a selected lecture) claim room on the stage: the selection's and the hovered node's labels always
 * show; the path's follow, nearest the selection first (its neighbours before farther steps), a path's two
 * ends before its middle, larger nodes before smaller ones. A label that would overlap one placed before it is
 * cut or left out (controllers/node-drawing.ts), so on a crowded phone screen the labels that remain are the
 * ones a learner most needs.
 */
import type { RenderState } from './reducers.js';

export interface HighlightedLabel {
  key: string;
  /** Shown whatever lies there (the selection, the hovered node). */
  required: boolean;
}

export function highlightedLabelOrder(
  state: Pick<RenderState, 'selected' | 'hovered' | 'pathNodes' | 'focus'>,
  size: (key: string) => number,
): HighlightedLabel[] {
  const out: HighlightedLabel[] = [];
  const seen = new Set<string>();
  for (const key of [state.selected, state.hovered])
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push({ key, required: true });
    }
  const path = [...(state.pathNodes ?? [])];
  const ends = new Set([path[0], path[path.length - 1]]);
  const rest = path
    .filter((k) => !seen.has(k))
    .map((key, index) => ({
      key,
      index,
      distance: state.focus?.get(key) ?? Infinity,
      end: ends.has(key) ? 0 : 1,
      size: size(key),
    }));
  rest.sort((a, b) => a.distance - b.distance || a.end - b.end || b.size - a.size || a.index - b.index);
  for (const { key } of rest) out.push({ key, required: false });
  return out;
}
