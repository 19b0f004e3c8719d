/**
 * How much smaller nodes are drawn where the graph is drawn small. The build lays the graph out so that no two
 * nodes overlap at their sizes in layout units (noverlap); sigma then fits the layout into the stage but draws
 * each node at its size in pixels. Where a layout unit gets less than a pixel — a phone's stage, a large library —
 * the nodes outgrow the gaps between them: at 375 px a third of the seed graph's nodes had their centre under
 * another node, where no tap reaches them, and on seeds + corpus a seventh did on a desktop. So drawn sizes follow
 * the pixels a layout unit gets, below the density at which the seed graph is drawn on a desktop (where none
 * overlap), down to a floor that keeps the smallest node a visible dot. Zooming in separates what stays close.
 */
import type { DisplayPlan } from './display-graph.js';

/** Pixels per layout unit from which nodes are drawn at full size (the seed graph on a desktop: 0.60). */
export const FULL_NODE_SIZE_AT = 0.6;

/** The smallest share of its size a node is drawn at. */
export const MIN_NODE_SCALE = 0.25;

/**
 * The smallest size (radius, in pixels) a scaled node is drawn at: smaller, it is no longer a visible dot, nor
 * one sigma can pick under a finger or the pointer.
 */
export const MIN_SCALED_SIZE = 2;

/** A node's drawn size at `scale`: its size times the scale, not below MIN_SCALED_SIZE unless it was smaller. */
export function scaledSize(size: number, scale: number): number {
  return scale >= 1 ? size : Math.max(size * scale, Math.min(size, MIN_SCALED_SIZE));
}

/** Sigma's default margin around the fitted graph, in pixels. */
const STAGE_PADDING = 30;

/** Pixels per layout unit when sigma fits `bbox` into a stage of `width` × `height` (its default camera). */
export function pixelsPerUnit(bbox: DisplayPlan['bbox'], width: number, height: number): number {
  const spanX = bbox.x[1] - bbox.x[0];
  const spanY = bbox.y[1] - bbox.y[0];
  const fits = [
    spanX > 0 ? (width - 2 * STAGE_PADDING) / spanX : Infinity,
    spanY > 0 ? (height - 2 * STAGE_PADDING) / spanY : Infinity,
  ];
  return Math.min(...fits);
}

/** The share of their size nodes are drawn at, for a stage that gives a layout unit `pixels` pixels. */
export function nodeScale(pixels: number): number {
  if (!(pixels > 0) || pixels === Infinity) return 1;
  return Math.min(1, Math.max(MIN_NODE_SCALE, pixels / FULL_NODE_SIZE_AT));
}
