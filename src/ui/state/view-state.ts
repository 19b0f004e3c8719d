/**
 * The explorer's UI state: what is selected, how deep the neighbourhood goes, the filters, the
 * path being explained, the colouring, the communities hidden from the legend. Kept outside the graph; the graph is never written to.
 */
import { DEFAULT_NODE_FILTER, type NodeFilter } from '../../core/visible-nodes.js';

export type Depth = 1 | 2 | 3;
export type ColorBy = 'community' | 'series';
export type ViewMode = 'graph' | 'list';
export type Theme = 'light' | 'dark';
/** How the list view orders its rows. */
export type ListSort = 'course' | 'title' | 'date';

export const DEPTHS: readonly Depth[] = [1, 2, 3];
export const COLOR_BY: readonly ColorBy[] = ['community', 'series'];

export interface ViewState {
  /** Selected node key, or null. */
  selected: string | null;
  depth: Depth;
  filter: NodeFilter;
  /** The two ends of the path finder; the path is shown when both are set. */
  pathFrom: string | null;
  pathTo: string | null;
  colorBy: ColorBy;
  mode: ViewMode;
  /** Communities hidden from the legend (their nodes are not drawn nor listed). */
  hiddenGroups: readonly number[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selected: null,
  depth: 1,
  filter: DEFAULT_NODE_FILTER,
  pathFrom: null,
  pathTo: null,
  colorBy: 'community',
  mode: 'graph',
  hiddenGroups: [],
};
