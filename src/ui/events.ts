/**
 * The explorer's events, declared once: every component fires these bubbling, composed
 * CustomEvents (they cross shadow roots), and `la-app` is the one place that turns them into state.
 */
import type { NodeFilter } from '../core/visible-nodes.js';
import type { Lang } from './i18n/index.js';
import type { CameraAction } from './controllers/sigma-controller.js';
import type { ColorBy, Depth, Theme, ViewMode } from './state/view-state.js';

export interface LaEventDetails {
  /** Open a node (null closes the panel). */
  'la-select': { key: string | null };
  /**
   * A search field picked a suggestion (la-app or the path finder decides what it means); `description` is the
   * query a lecture was found by in its description, or a concept in its definition.
   */
  'la-pick': { key: string; description?: string };
  'la-depth-change': { depth: Depth };
  'la-filter-change': { filter: NodeFilter };
  'la-color-by-change': { colorBy: ColorBy };
  'la-mode-change': { mode: ViewMode };
  /** Either end of the path finder changed (null clears it). */
  'la-path-change': { from: string | null; to: string | null };
  'la-watched-change': { key: string; watched: boolean };
  'la-export': { format: 'json' | 'png'; scope: 'graph' | 'view' };
  'la-language-change': { lang: Lang };
  /** Communities shown or hidden from the legend (the hidden ones, sorted). */
  'la-groups-change': { hidden: number[] };
  /** A camera control was used (zoom in or out, fit, reset). */
  'la-camera': { action: CameraAction };
  /** A toolbar button opened or closed a drawer: the filters, the path finder, or the shortcuts dialog. */
  'la-toggle': { target: 'filters' | 'path' | 'shortcuts'; open: boolean };
  'la-theme-change': { theme: Theme };
}

export type LaEventType = keyof LaEventDetails;
export type LaEvent<K extends LaEventType> = CustomEvent<LaEventDetails[K]>;

/** A bubbling, composed event of the explorer. */
export function laEvent<K extends LaEventType>(type: K, detail: LaEventDetails[K]): LaEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

type LaEventMap = { [K in LaEventType]: LaEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends LaEventMap {}
}
