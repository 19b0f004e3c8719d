/**
 * How node labels and hover boxes are drawn on sigma's label canvases, per theme: labels carry a halo
 * of the background colour so they stay readable over edges, a label that would overlap one already
 * drawn in the same frame is left out (sigma's label grid alone lets forced labels pile up), long
 * titles are cut to a readable length
 * (the hover box shows more). A hover box is drawn only for the node the explorer itself considers
 * hovered, and the selection and the path get a bold label instead of a box — sigma keeps its own idea of the hovered node after a tap or after the
 * pointer leaves the stage, which used to leave a closed selection's label on screen.
 */
import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Theme } from '../state/view-state.js';

export interface DrawingTheme {
  /** The stage background, also the labels' halo. */
  background: string;
  label: string;
  boxBackground: string;
  boxBorder: string;
}

export const DRAWING_THEMES: Record<Theme, DrawingTheme> = {
  light: { background: '#ffffff', label: '#1d2433', boxBackground: '#ffffff', boxBorder: '#8a93a3' },
  dark: { background: '#12161d', label: '#e8ebf1', boxBackground: '#1d232d', boxBorder: '#8a93a3' },
};

/** Labels on the graph are cut past this many characters; hover boxes past HOVER_LABEL_CHARS. */
export const LABEL_CHARS = 30;
export const HOVER_LABEL_CHARS = 80;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  key?: string;
  /** The reducer's flag: in the neighbourhood the view dims everything else around. */
  active?: boolean;
};

export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function font(settings: Settings<Attributes, Attributes>, weight = settings.labelWeight): string {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** A label right of its node, with a halo of the background's colour `halo` pixels wide so it reads over edges. */
function haloLabel(
  context: CanvasRenderingContext2D,
  text: string,
  data: LabelData,
  size: number,
  halo: number,
  colors: DrawingTheme,
): void {
  const x = data.x + data.size + 4;
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
   * Starts a frame: forgets the labels placed in the last one and reserves the room of labels drawn
   * elsewhere (the selection's, on the hover layer), in viewport pixels.
   */
  beginFrame(reserved: readonly LabelBox[]): void;
}

/** A node as a label sees it: viewport position, drawn radius, label. */
export interface LabelBox {
  x: number;
  y: number;
  size: number;
  label: string;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

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
  const placed: Rect[] = [];
  let measure: CanvasRenderingContext2D | null | undefined;
  /** Where a label goes: right of the node, vertically centred on it. */
  const labelRect = (box: { x: number; y: number; size: number }, width: number, size: number): Rect => ({
    x1: box.x + box.size + 2,
    y1: box.y - size * 0.75,
    x2: box.x + box.size + 6 + width,
    y2: box.y + size * 0.6,
  });
  const beginFrame = (reserved: readonly LabelBox[]): void => {
    placed.length = 0;
    if (!reserved.length) return;
    measure ??= document.createElement('canvas').getContext('2d');
    for (const box of reserved) {
      const size = 14;
      const text = shorten(box.label, LABEL_CHARS + 10);
      let width = text.length * 8;
      if (measure) {
        measure.font = `bold ${size}px sans-serif`;
        width = measure.measureText(text).width;
      }
      placed.push(labelRect(box, width, size));
    }
  };
  const drawLabel = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: Settings<Attributes, Attributes>,
  ): void => {
    if (!data.label || (data.active === false && dimming())) return;
    const colors = theme();
    const text = shorten(data.label, LABEL_CHARS);
    context.font = font(settings);
    const rect = labelRect(data, context.measureText(text).width, settings.labelSize);
    if (placed.some((p) => overlaps(p, rect))) return;
    placed.push(rect);
    haloLabel(context, text, data, settings.labelSize, 3, colors);
  };
  const drawHover = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: Settings<Attributes, Attributes>,
  ): void => {
    const active = data.key === undefined ? 'hovered' : activity(data.key);
    if (!active) return;
    const colors = theme();
    const size = settings.labelSize;
    context.font = font(settings, 'bold');
    const text = data.label
      ? shorten(data.label, active === 'hovered' ? HOVER_LABEL_CHARS : LABEL_CHARS + 10)
      : '';
    if (active === 'highlighted') {
      // The selection and the path: a bold label with a halo, no box over the neighbours.
      if (text) haloLabel(context, text, data, size, 4, colors);
      return;
    }
    const width = text ? context.measureText(text).width + 12 : 0;
    const half = Math.max(data.size, size / 2 + 3) + 2;
    context.beginPath();
    context.roundRect(data.x - half, data.y - half, half * 2 + width, half * 2, 4);
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
    context.fillText(text, data.x + data.size + 5, data.y + size / 3);
  };
  return { drawLabel, drawHover, beginFrame };
}
