/**
 * How much of a graph the explorer draws: the thresholds of the level-of-detail view, as an options
 * triad (type, defaults, resolve-and-validate). The numbers come from measurements in headless
 * Chromium with software WebGL (see README, Performance): there, every node or edge handed to the GPU
 * costs vertex work on every frame, drawn or hidden, so what is not worth drawing stays out of sigma.
 */

export interface DisplayOptions {
  /** Graphs with more nodes open on the overview: concepts and notes, lectures on demand (selection, filters). */
  overviewAboveNodes: number;
  /** In the overview, at most this many lectures are drawn at once (nearest the selection first). */
  revealedLectures: number;
  /** Graphs with at most this many edges draw them all; larger ones draw the concept skeleton plus the edges
   * of the selection, the path and the hovered node. */
  allEdgesUpTo: number;
  /** At most this many edges of a selection's neighbourhood are drawn (those nearest the selection first). */
  focusEdges: number;
  /** At most this many edges of a hovered node are drawn when the overview does not already draw them. */
  hoverEdges: number;
  /** Above this many nodes, nodes are drawn as points (one vertex each) and edges as one-pixel lines. */
  lightProgramsAboveNodes: number;
  /** With the shape programs, a hover dims the rest of the drawing only while at most this many nodes are drawn
   * (it restyles all of them); the light programs dim on the GPU at any size. */
  hoverDimUpTo: number;
  /** At the default zoom, at least this many of the largest nodes are drawn big enough to get a label (where there
   * is room): a small library labels every node, a large one its hubs, and zooming in reveals the rest. */
  labelledNodes: number;
  /** When at most this many nodes are shown (a small library, or what the filters leave of a large one), every one
   * of them may get a label, the largest first, where it overlaps no label drawn before it. Past it, sigma's label
   * grid keeps the labels to a few per cell of the stage. */
  labelAllUpTo: number;
}

export const DEFAULT_DISPLAY_OPTIONS: Readonly<DisplayOptions> = {
  overviewAboveNodes: 12_000,
  revealedLectures: 5_000,
  allEdgesUpTo: 20_000,
  focusEdges: 4_000,
  hoverEdges: 300,
  lightProgramsAboveNodes: 2_000,
  hoverDimUpTo: 5_000,
  labelledNodes: 40,
  labelAllUpTo: 100,
};

/** An option that cannot be used, with where it came from. */
export class DisplayOptionsError extends Error {
  override name = 'DisplayOptionsError';
}

/** Defaults overridden by `partial`; throws DisplayOptionsError naming the option and its origin. */
export function resolveDisplayOptions(
  partial: Partial<DisplayOptions> = {},
  origin = 'display options',
): DisplayOptions {
  const out = { ...DEFAULT_DISPLAY_OPTIONS, ...partial };
  for (const [name, value] of Object.entries(out)) {
    if (!Number.isInteger(value) || value < 0)
      throw new DisplayOptionsError(
        `${origin}: "${name}" must be a whole number ≥ 0, got ${JSON.stringify(value)}`,
      );
  }
  return out;
}
