import { describe, it, expect } from 'vitest';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import { DRAWING_THEMES, createNodeDrawers, labelSide } from '../../src/ui/controllers/node-drawing.js';

/** A 2D context that records the text drawn and where; every character is 7 pixels wide. */
function recordingContext(stageWidth: number) {
  const drawn: { text: string; x: number }[] = [];
  const context = {
    canvas: { clientWidth: stageWidth },
    font: '',
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    strokeText: () => undefined,
    fillText: (text: string, x: number) => void drawn.push({ text, x }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

const settings = { labelSize: 13, labelFont: 'sans-serif', labelWeight: 'normal' } as Settings<
  Attributes,
  Attributes
>;

describe('labelSide', () => {
  it('should put a label right of its node on a stage of unknown width, or one too narrow for either side', () => {
    expect(labelSide({ x: 50, y: 10, size: 5 }, 200, 13, Infinity)).toBe('right');
    expect(labelSide({ x: 50, y: 10, size: 5 }, 200, 13, 100)).toBe('right');
  });

  it('should put a label left of its node where the right would run past the stage’s edge', () => {
    expect(labelSide({ x: 10, y: 10, size: 5 }, 100, 13, 300)).toBe('right');
    expect(labelSide({ x: 280, y: 10, size: 5 }, 100, 13, 300)).toBe('left');
  });

  it('should put a label left of its node where the right holds a label already, and nowhere when both do', () => {
    const right = { x1: 150, y1: 0, x2: 250, y2: 20 };
    expect(labelSide({ x: 140, y: 10, size: 5 }, 80, 13, 400, [right])).toBe('left');
    const left = { x1: 20, y1: 0, x2: 130, y2: 20 };
    expect(labelSide({ x: 140, y: 10, size: 5 }, 80, 13, 400, [right, left])).toBeNull();
  });
});

describe('createNodeDrawers', () => {
  it('should draw the label of a node at the stage’s right edge on its left, whole', () => {
    const drawers = createNodeDrawers(
      () => DRAWING_THEMES.light,
      () => null,
    );
    const { context, drawn } = recordingContext(300);
    drawers.beginFrame([], 300);
    const label = 'recommender system';
    drawers.drawLabel(context, { key: 'a', x: 280, y: 40, size: 5, label, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toContain(label);
    const x = drawn.find((d) => d.text === label)!.x;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + label.length * 7).toBeLessThanOrEqual(280);
  });

  it('should leave the selection’s label to the hover layer (one label, not two)', () => {
    const drawers = createNodeDrawers(
      () => DRAWING_THEMES.light,
      (key) => (key === 'selected' ? 'highlighted' : null),
    );
    const { context, drawn } = recordingContext(600);
    drawers.beginFrame([], 600);
    drawers.drawLabel(
      context,
      { key: 'selected', x: 300, y: 40, size: 5, label: 'BERT', color: '#000' },
      settings,
    );
    expect(drawn).toEqual([]);
    drawers.drawHover(
      context,
      { key: 'selected', x: 300, y: 40, size: 5, label: 'BERT', color: '#000' },
      settings,
    );
    expect(drawn.map((d) => d.text)).toEqual(['BERT']);
  });
});
