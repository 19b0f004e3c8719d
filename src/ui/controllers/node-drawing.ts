/**
 * How node labels and hover boxes are drawn on sigma's label canvases, per theme: labels carry a halo
 * of the background colour so they stay readable over edges, a label that would overlap one already
 * drawn in the same frame is left out (sigma's label grid alone lets forced labels pile up), long
 * titles are cut to a readable length
 * (the hover box shows more). A label runs right of its node, or left of it where the right would run
 * past the stage's right edge (or over a label already drawn) and the left has room; one that fits whole on
 * neither side is cut to the room the stage leaves it (placeLabel), so no label, hover box or selection's
 * label runs off the stage. A hover box is drawn only for the node the explorer itself considers
 * hovered, and the selection and the path get a bold label instead of a box — sigma keeps its own idea of the hovered node after a tap or after the
 * pointer leaves the stage, which used to leave a closed selection's label on screen.
 *
 * Sigma draws the hover layer's labels (its `highlightedNodes`, here the selection and the path) one over the
 * other, without the label grid, and the forced labels of the graph's layer (the selection's neighbours) after
 * those the grid picks, in no order of ours. So once per frame, when the first label is drawn (sigma has then
 * placed the nodes for the frame), the labels that must show are placed in the order of priority the explorer
 * gives: the selection's, the hovered node's and the path's always (`required`: cut to the room the labels
 * placed before leave them, however short), each neighbour's only where it overlaps none placed before it (cut
 * or left out, as placeLabel does). The neighbours' markers are reserved first (the hover layer's nodes are
 * drawn over every label), so no label runs over a neighbour whose label must show; a label that must show keeps
 * off the path's steps where that costs it no character; and the room they all take is reserved from the graph's
 * other labels.
 */
import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { LabelTag } from '../state/lecture-label-tags.js';
import type { Theme } from '../state/view-state.js';
import { cutToLength, graphemes, shorten } from '../state/shorten.js';
import { DARK_BACKGROUND } from '../../core/palette.js';

export interface DrawingTheme {
  /** The stage background, also the labels' halo. */
  background: string;
  label: string;
  boxBackground: string;
  boxBorder: string;
}

export const DRAWING_THEMES: Record<Theme, DrawingTheme> = {
  light: { background: '#ffffff', label: '#1d2433', boxBackground: '#ffffff', boxBorder: '#8a93a3' },
  dark: { background: DARK_BACKGROUND, label: '#e8ebf1', boxBackground: '#1d232d', boxBorder: '#8a93a3' },
};

/** Labels on the graph are cut past this many characters; hover boxes past HOVER_LABEL_CHARS. */
export const LABEL_CHARS = 30;
export const HOVER_LABEL_CHARS = 80;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  key?: string;
  /** The reducer's flag: in the neighbourhood the view dims everything else around. */
  active?: boolean;
  /** What tells the node apart from another of the same label (lecture-label-tags.ts). */
  labelTag?: LabelTag;
};

/** Between a label and its tag. */
export const TAG_SEPARATOR = ' · ';

/** The part a lecture's label ends with, " (2/3)" or " (2)" (the node reducer adds it to the title). */
const PART_SUFFIX = / \(\d+(?:\/\d+)?\)$/;

/**
 * A label shortened to `max` characters, cut in its title: the part it ends with stays whole, since it alone tells
 * the parts of one talk apart ("Self-supervised Learning (aka… (2/3)"). Returns the title as cut and the part.
 */
export function shortenLabel(label: string, max: number): { text: string; part: string } {
  const m = PART_SUFFIX.exec(label);
  if (!m) return { text: shorten(label, max), part: '' };
  const part = m[0];
  return { text: shorten(label.slice(0, m.index), Math.max(MIN_LABEL_CHARS, max - part.length)), part };
}

export { shorten };

function font(settings: Settings<Attributes, Attributes>, weight = settings.labelWeight): string {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Which side of its node a label goes. */
export type LabelSide = 'right' | 'left';

/**
 * A label beside its node (right, or left; `width` its text's), with a halo of the background's colour `halo`
 * pixels wide so it reads over edges.
 */
function haloLabel(
  context: CanvasRenderingContext2D,
  text: string,
  data: LabelData,
  size: number,
  halo: number,
  colors: DrawingTheme,
  side: LabelSide = 'right',
  width = 0,
): void {
  const x = side === 'right' ? data.x + data.size + 4 : data.x - data.size - 4 - width;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = halo;
  context.strokeStyle = colors.background;
  context.strokeText(text, x, y);
  context.fillStyle = colors.label;
  context.fillText(text, x, y);
}

export interface NodeDrawers {
  drawLabel: NodeLabelDrawingFunction<Attributes, Attributes>;
  drawHover: NodeHoverDrawingFunction<Attributes, Attributes>;
  /**
   * Starts a frame: forgets the labels placed in the last one. `highlighted` gives the labels that must show:
   * those of the hover layer (the selection, the hovered node, the path) and the neighbours' of the graph's
   * layer, highest priority first, in viewport pixels; it is read when the frame's first label is drawn, once
   * sigma has placed the nodes for it. `stageWidth` is the stage's width in the same pixels.
   */
  beginFrame(highlighted: readonly LabelBox[] | (() => readonly LabelBox[]), stageWidth?: number): void;
  /**
   * Ends a frame: draws the graph layer's labels that sigma's label grid picked, the largest node's first, each
   * where it overlaps none drawn before it. Sigma hands them over cell by cell across the stage, so drawn as they
   * come, a small node's label in an upper cell took the room of a large node's below it.
   */
  endFrame(): void;
}

/** A node as a label sees it: viewport position, drawn radius, label. */
export interface LabelBox {
  x: number;
  y: number;
  size: number;
  label: string;
  labelTag?: LabelTag;
  /** The node's key: the hover layer draws its label where the frame's placement put it. */
  key?: string;
  /**
   * Must show (the selection, the hovered node, the path): cut to the room the labels placed before it leave,
   * however short, never drawn over them (nothing is drawn only where one runs right across its node). Else left
   * out where it would overlap.
   */
  required?: boolean;
  /**
   * The canvas the label is drawn on: the hover layer's, in bold (the selection, the hovered node, the path;
   * the default), or the graph's labels' (a neighbour whose label sigma is made to draw).
   */
  layer?: 'hovers' | 'labels';
  /**
   * A step of the path: the labels that must show keep off its node where that costs them no character (one run
   * over it leaves its own label no room to start).
   */
  step?: boolean;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * How far a label's glyphs reach above and below its node's centre, as shares of the font size: the label
 * font's line box (ascent 0.93, descent 0.24 of the size in Chromium's system-ui, which holds accented
 * capitals, descenders and Han characters) around a baseline a third of the size below the centre
 * (haloLabel). The room used to reach 0.75 above and 0.6 below, which kept two labels a line apart from
 * both finding room.
 */
const LABEL_ABOVE = 0.6;
const LABEL_BELOW = 0.57;

/** Where a label goes: beside the node (right or left), vertically centred on it. */
function labelRect(
  box: { x: number; y: number; size: number },
  width: number,
  size: number,
  side: LabelSide,
): Rect {
  const [x1, x2] =
    side === 'right'
      ? [box.x + box.size + 2, box.x + box.size + 6 + width]
      : [box.x - box.size - 6 - width, box.x - box.size - 2];
  return { x1, y1: box.y - size * LABEL_ABOVE, x2, y2: box.y + size * LABEL_BELOW };
}

/**
 * The room a node's marker keeps from labels: the square inscribed in its disc (the middle of a lecture's
 * square), so a label may graze a node's rim, as its halo would anyway, but never hide the node.
 */
const markerRect = (box: { x: number; y: number; size: number }): Rect => {
  const half = box.size * Math.SQRT1_2;
  return { x1: box.x - half, y1: box.y - half, x2: box.x + half, y2: box.y + half };
};

/** Whether a label's room lies within the stage, left to right. */
const onStage = (r: Rect, stageWidth: number): boolean => r.x1 >= 0 && r.x2 <= stageWidth;

/**
 * The side of its node a label goes: right, unless it would run past the stage's right edge (or onto a label
 * in `placed`) and fits on the left. Null when it fits nowhere without overlapping a placed label.
 */
export function labelSide(
  box: { x: number; y: number; size: number },
  width: number,
  size: number,
  stageWidth: number,
  placed: readonly Rect[] = [],
): LabelSide | null {
  const free = (r: Rect): boolean => !placed.some((p) => overlaps(p, r));
  const right = labelRect(box, width, size, 'right');
  const left = labelRect(box, width, size, 'left');
  if (onStage(right, stageWidth) && free(right)) return 'right';
  if (onStage(left, stageWidth) && free(left)) return 'left';
  // Wider than the stage on either side (or a stage of unknown width): right, as long as it is free.
  return free(right) ? 'right' : null;
}

/** A label placed: the side of its node, the text drawn (cut to fit the stage where needed) and its width. */
export interface PlacedLabel {
  side: LabelSide;
  text: string;
  width: number;
}

/** A label of the graph cut shorter than this many characters is left out rather than drawn. */
export const MIN_LABEL_CHARS = 8;

/**
 * The longest start of `text` (cut with an ellipsis, at least `min` characters before it), between `head` and
 * `tail`, no wider than `room`; null when not even that fits.
 */
function cutToWidth(
  text: string,
  room: number,
  measure: (text: string) => number,
  min: number,
  tail = '',
  head = '',
): { text: string; width: number } | null {
  const chars = graphemes(text);
  const cutAt = (n: number): string => `${head}${chars.slice(0, n).join('').trimEnd()}…${tail}`;
  // Widths grow with the characters kept: the longest that fits, by bisection (labels are drawn every frame).
  let [lo, hi] = [min, chars.length - 1];
  if (hi < lo || measure(cutAt(lo)) > room) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cutAt(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  const cut = cutAt(lo);
  return { text: cut, width: measure(cut) };
}

/**
 * How wide a label's text may be on one side of its node (its room there on the stage being `stageRoom`) without
 * overlapping a `placed` label: up to the nearest one on its line. None when one lies at the node's edge.
 */
function clearRoom(
  box: { x: number; y: number; size: number },
  size: number,
  side: LabelSide,
  stageRoom: number,
  placed: readonly Rect[],
): number {
  // The label's room with no text: the line it takes, from the node's edge.
  const start = labelRect(box, 0, size, side);
  let room = stageRoom;
  for (const p of placed) {
    if (p.y2 <= start.y1 || start.y2 <= p.y1) continue;
    if (side === 'right' && p.x2 > start.x1) room = Math.min(room, p.x1 - start.x2);
    if (side === 'left' && p.x1 < start.x2) room = Math.min(room, start.x1 - p.x2);
  }
  return Math.max(0, room);
}

/**
 * Where a label goes and what of it is drawn, so that it stays on the stage: whole on the side labelSide
 * picks when it fits there; else cut to the room beside its node (the roomier side first) where that room is
 * free of `placed` labels; else nowhere (null) — unless `required` (the selection, the path, the hovered node,
 * whose labels must show): then cut to the room before the nearest placed label beside its node (clearRoom),
 * down to one character, or with not even that room, an empty label (nothing drawn over another). A `part`
 * (" (2/3)") follows the text, never cut; a `tag` (telling the node from another of the same label) follows
 * that; where the text cut to its shortest leaves no room for the tag whole, the tag is cut (never below its
 * `minChars`, which keep it telling the node apart): first after the whole text, then at its shortest after the
 * text cut. A tag with no such cut stays whole, and a label with no room for any of these forms is left out.
 */
export function placeLabel(
  box: { x: number; y: number; size: number },
  text: string,
  measure: (text: string) => number,
  size: number,
  stageWidth: number,
  placed: readonly Rect[] = [],
  required = false,
  tag?: LabelTag,
  part = '',
): PlacedLabel | null {
  const free = (r: Rect): boolean => !placed.some((p) => overlaps(p, r));
  const tail = part + (tag ? `${TAG_SEPARATOR}${tag.text}` : '');
  const width = measure(text + tail);
  const side = labelSide(box, width, size, stageWidth, placed);
  if (side && onStage(labelRect(box, width, size, side), stageWidth))
    return { side, text: text + tail, width };
  // The room labelRect leaves for the text on each side, within the stage.
  const room: Record<LabelSide, number> = {
    right: stageWidth - (box.x + box.size + 6),
    left: box.x - box.size - 6,
  };
  const sides: LabelSide[] = room.right >= room.left ? ['right', 'left'] : ['left', 'right'];
  // The forms of the label from the fullest down, each tried on both sides before the next.
  const forms: ((room: number) => { text: string; width: number } | null)[] = [
    (r) => cutToWidth(text, r, measure, MIN_LABEL_CHARS, tail),
  ];
  const minChars = tag?.minChars;
  if (tag && minChars !== undefined && minChars < graphemes(tag.text).length) {
    const shortTail = `${part}${TAG_SEPARATOR}${cutToLength(tag.text, minChars)}`;
    forms.push(
      (r) => cutToWidth(tag.text, r, measure, minChars, '', `${text}${part}${TAG_SEPARATOR}`),
      (r) => cutToWidth(text, r, measure, MIN_LABEL_CHARS, shortTail),
    );
  }
  for (const form of forms)
    for (const s of sides) {
      const cut = form(room[s]);
      if (cut && free(labelRect(box, cut.width, size, s))) return { side: s, ...cut };
    }
  if (!required) return null;
  // A label that must show: cut to the room the stage and the labels placed beside its node leave it (the
  // roomier side first), however short, rather than left out — or drawn over another, which would leave neither
  // readable. Two steps of a path a few pixels apart both stay named.
  const clear: Record<LabelSide, number> = {
    right: clearRoom(box, size, 'right', room.right, placed),
    left: clearRoom(box, size, 'left', room.left, placed),
  };
  for (const s of clear.right >= clear.left ? (['right', 'left'] as const) : (['left', 'right'] as const)) {
    const cut = cutToWidth(text, clear[s], measure, 1, tail) ?? cutToWidth(text + tail, clear[s], measure, 1);
    if (cut && free(labelRect(box, cut.width, size, s))) return { side: s, ...cut };
  }
  // Not one character's room: a label placed before runs right across the node (or the stage is that narrow).
  return { side: sides[0]!, text: '', width: 0 };
}

/** The width of the canvas a drawer draws on, in the viewport pixels of the data it gets (unknown: no limit). */
function stageWidthOf(context: CanvasRenderingContext2D): number {
  return context.canvas.clientWidth || Infinity;
}

/**
 * Label and hover drawers reading the current theme and asking the explorer whether a node is
 * hovered or highlighted, and whether the view dims nodes outside a neighbourhood, at the time of
 * drawing (a dimmed node has no label).
 */
export function createNodeDrawers(
  theme: () => DrawingTheme,
  activity: (key: string) => 'hovered' | 'highlighted' | null,
  dimming: () => boolean = () => false,
): NodeDrawers {
  /** The labels drawn (or reserved) in the current frame, in viewport pixels. */
  const placed: Rect[] = [];
  let stage = Infinity;
  let pending: (() => readonly LabelBox[]) | null = null;
  /** Where each label that must show is drawn this frame (null: left out), by node key. */
  const plan = new Map<string, PlacedLabel | null>();
  /** The graph layer's other labels of this frame, as sigma handed them over, drawn at its end (endFrame). */
  const queued: {
    context: CanvasRenderingContext2D;
    data: LabelData;
    settings: Settings<Attributes, Attributes>;
  }[] = [];
  const beginFrame = (
    highlighted: readonly LabelBox[] | (() => readonly LabelBox[]),
    stageWidth = Infinity,
  ): void => {
    placed.length = 0;
    plan.clear();
    queued.length = 0;
    stage = stageWidth;
    pending = typeof highlighted === 'function' ? highlighted : () => highlighted;
  };
  /**
   * Places the labels that must show, once per frame, in the font of their layer (bold on the hover layer),
   * clear of their nodes' markers and of each other; reserves all of it from the graph's other labels.
   */
  const planFrame = (context: CanvasRenderingContext2D, settings: Settings<Attributes, Attributes>): void => {
    const boxes = pending?.() ?? [];
    pending = null;
    if (!boxes.length) return;
    const size = settings.labelSize;
    const previous = context.font;
    const measure = (t: string): number => context.measureText(t).width;
    // The hover layer's nodes are drawn over every label (sigma's hoverNodes layer): only the others need room.
    const markers = boxes.filter((box) => box.layer === 'labels').map(markerRect);
    // But a label run over a step of the path leaves that step's own label no room to start.
    const steps = boxes.filter((box) => box.step).map(markerRect);
    const labels: Rect[] = [];
    for (const box of boxes) {
      const hovers = box.layer !== 'labels';
      context.font = font(settings, hovers ? 'bold' : settings.labelWeight);
      const { text, part } = shortenLabel(box.label, hovers ? LABEL_CHARS + 10 : LABEL_CHARS);
      const place = (obstacles: readonly Rect[], required: boolean) =>
        placeLabel(box, text, measure, size, stage, obstacles, required, box.labelTag, part);
      // A label that must show goes clear of the neighbours' nodes where it can, else where it would have
      // gone without them (over a neighbour rather than cut short).
      let label = place([...markers, ...labels], false) ?? (box.required ? place(labels, true) : null);
      // And clear of the path's steps, whose labels must show too and start beside them, where that costs it no
      // character: off the neighbours' nodes as well where it can, else off the steps' only (a step left unnamed
      // loses more than a neighbour's node under a label).
      const overStep = (l: PlacedLabel) =>
        steps.some((m) => overlaps(m, labelRect(box, l.width, size, l.side)));
      if (box.required && label && overStep(label)) {
        const kept = [...label.text].length;
        // Where no placement clear of the steps keeps as much of it, one cut short before the step (still at
        // least MIN_LABEL_CHARS long): a long title run across the next step's node left that step unnamed.
        const cut = place([...steps, ...labels], true);
        label =
          [place([...markers, ...steps, ...labels], false), place([...steps, ...labels], false)].find(
            (c) => c && [...c.text].length >= kept,
          ) ?? (cut && graphemes(cut.text).length > MIN_LABEL_CHARS ? cut : label);
      }
      if (box.key !== undefined) plan.set(box.key, label);
      if (label) labels.push(labelRect(box, label.width, size, label.side));
    }
    placed.push(...markers, ...labels);
    context.font = previous;
  };
  const drawLabel = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: Settings<Attributes, Attributes>,
  ): void => {
    if (pending) planFrame(context, settings);
    if (!data.label || (data.active === false && dimming())) return;
    // The selection, the path and the hovered node are labelled on the hover layer (drawHover).
    if (data.key !== undefined && activity(data.key)) return;
    // A neighbour's label goes where the frame's placement put it (its room is reserved already).
    if (data.key !== undefined && plan.has(data.key)) {
      const planned = plan.get(data.key);
      context.font = font(settings);
      if (planned?.text)
        haloLabel(context, planned.text, data, settings.labelSize, 3, theme(), planned.side, planned.width);
      return;
    }
    queued.push({ context, data, settings });
  };
  const endFrame = (): void => {
    // Largest first; on equal size, in the order sigma handed them over (a stable sort).
    const frame = queued.splice(0).sort((a, b) => b.data.size - a.data.size);
    for (const { context, data, settings } of frame) drawQueued(context, data, settings);
  };
  const drawQueued = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: Settings<Attributes, Attributes>,
  ): void => {
    if (!data.label) return;
    const colors = theme();
    context.font = font(settings);
    const size = settings.labelSize;
    const { text, part } = shortenLabel(data.label, LABEL_CHARS);
    const label = placeLabel(
      data,
      text,
      (t) => context.measureText(t).width,
      size,
      stageWidthOf(context),
      placed,
      false,
      data.labelTag,
      part,
    );
    if (!label) return;
    placed.push(labelRect(data, label.width, size, label.side));
    haloLabel(context, label.text, data, size, 3, colors, label.side, label.width);
  };
  const drawHover = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: Settings<Attributes, Attributes>,
  ): void => {
    const active = data.key === undefined ? 'hovered' : activity(data.key);
    if (!active) return;
    if (pending) planFrame(context, settings);
    const colors = theme();
    const size = settings.labelSize;
    context.font = font(settings, 'bold');
    const half = Math.max(data.size, size / 2 + 3) + 2;
    // A hover box reaches past its text (its padding and the node's half of it): room it needs on the stage.
    const extra = active === 'hovered' ? half + 6 - data.size : 0;
    const measure = (t: string): number => context.measureText(t).width + extra;
    const full = data.label
      ? shortenLabel(data.label, active === 'hovered' ? HOVER_LABEL_CHARS : LABEL_CHARS + 10)
      : null;
    const label = full
      ? placeLabel(data, full.text, measure, size, stageWidthOf(context), [], true, data.labelTag, full.part)!
      : { side: 'right' as const, text: '', width: 0 };
    const { side, text } = label;
    const textWidth = text ? label.width - extra : 0;
    if (active === 'highlighted') {
      // The selection and the path: a bold label with a halo, no box over the neighbours, where the frame's
      // placement put it (none where it would overlap a label of higher priority).
      const planned = data.key !== undefined && plan.has(data.key) ? plan.get(data.key)! : label;
      if (planned?.text) haloLabel(context, planned.text, data, size, 4, colors, planned.side, planned.width);
      return;
    }
    const width = text ? textWidth + 12 : 0;
    context.beginPath();
    context.roundRect(
      side === 'right' ? data.x - half : data.x - half - width,
      data.y - half,
      half * 2 + width,
      half * 2,
      4,
    );
    context.fillStyle = colors.boxBackground;
    context.shadowBlur = 6;
    context.shadowColor = 'rgb(0 0 0 / 25%)';
    context.fill();
    context.shadowBlur = 0;
    context.lineWidth = 1;
    context.strokeStyle = colors.boxBorder;
    context.stroke();
    if (!text) return;
    context.fillStyle = colors.label;
    const x = side === 'right' ? data.x + data.size + 5 : data.x - data.size - 5 - textWidth;
    context.fillText(text, x, data.y + size / 3);
  };
  return { drawLabel, drawHover, beginFrame, endFrame };
}
