import { describe, it, expect } from 'vitest';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import {
  DRAWING_THEMES,
  createNodeDrawers,
  labelSide,
  placeLabel,
} from '../../src/ui/controllers/node-drawing.js';

/** A 2D context that records the text and boxes drawn and where; every character is 7 pixels wide. */
function recordingContext(stageWidth: number) {
  const drawn: { text: string; x: number; width: number }[] = [];
  const boxes: { x: number; width: number }[] = [];
  const context = {
    canvas: { clientWidth: stageWidth },
    font: '',
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    fillStyle: '',
    shadowBlur: 0,
    shadowColor: '',
    measureText: (text: string) => ({ width: [...text].length * 7 }),
    strokeText: () => undefined,
    fillText: (text: string, x: number) => void drawn.push({ text, x, width: [...text].length * 7 }),
    beginPath: () => undefined,
    roundRect: (x: number, _y: number, width: number) => void boxes.push({ x, width }),
    fill: () => undefined,
    stroke: () => undefined,
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn, boxes };
}

const settings = { labelSize: 13, labelFont: 'sans-serif', labelWeight: 'normal' } as Settings<
  Attributes,
  Attributes
>;

type Activity = ReturnType<Parameters<typeof createNodeDrawers>[1]>;
type Labelled = Parameters<ReturnType<typeof createNodeDrawers>['beginFrame']>[0];

/**
 * Node drawers in the light theme on a recording stage `width` pixels wide, a frame begun with `labelled`. Each
 * label handed over ends the frame, so it is drawn at once, in the order the test hands them over (the frame's
 * order of priority has a test of its own).
 */
function stage(width: number, activity: (key: string) => Activity = () => null, labelled: Labelled = []) {
  const raw = createNodeDrawers(() => DRAWING_THEMES.light, activity);
  const recording = recordingContext(width);
  raw.beginFrame(labelled, width);
  const drawers: typeof raw = {
    ...raw,
    drawLabel: (...args) => {
      raw.drawLabel(...args);
      raw.endFrame();
    },
  };
  return { drawers, ...recording };
}

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

describe('placeLabel', () => {
  const measure = (text: string) => [...text].length * 7;
  // A node at the stage's left edge; a label placed 126 px right of where its own would start, on its line.
  const box = { x: 20, y: 100, size: 5 };
  const placed = [{ x1: 157, y1: 92, x2: 200, y2: 108 }];
  const label = 'Introduction of Machine Learning';

  it('should leave out a label that is not required where another lies beside its node', () => {
    expect(placeLabel(box, label, measure, 13, 300, placed, false)).toBeNull();
  });

  it('should cut a required label to the room before a label placed beside its node, not run over it', () => {
    expect(placeLabel(box, label, measure, 13, 300, placed, true)).toEqual({
      side: 'right',
      text: 'Introduction of M…',
      width: 126,
    });
  });

  it('should cut a required label to a few characters where that is all the room the labels leave', () => {
    const close = [{ x1: 66, y1: 92, x2: 200, y2: 108 }];
    expect(placeLabel(box, label, measure, 13, 300, close, true)).toEqual({
      side: 'right',
      text: 'Intr…',
      width: 35,
    });
  });
});

describe('createNodeDrawers', () => {
  it('should draw the label of a node at the stage’s right edge on its left, whole', () => {
    const { drawers, context, drawn } = stage(300);
    const label = 'recommender system';
    drawers.drawLabel(context, { key: 'a', x: 280, y: 40, size: 5, label, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toContain(label);
    const x = drawn.find((d) => d.text === label)!.x;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + label.length * 7).toBeLessThanOrEqual(280);
  });

  it('should keep a label too long for either side of its node on a narrow stage inside it, cut to fit', () => {
    // A phone's stage: the node in the middle, a title of 210 pixels that fits neither half.
    const { drawers, context, drawn } = stage(300);
    const label = 'Introduction to Neural Networks';
    drawers.drawLabel(context, { key: 'a', x: 150, y: 40, size: 5, label, color: '#000' }, settings);
    expect(drawn).toHaveLength(1);
    const [{ text, x, width }] = drawn as [(typeof drawn)[number]];
    expect(text).toMatch(/^Introduction to N.*…$/);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(300);
  });

  it('should cut a long lecture title before the part it ends with, so that the parts of one talk read apart', () => {
    const { drawers, context, drawn } = stage(1000);
    for (const [key, y, part] of [
      ['a', 40, '1/3'],
      ['b', 80, '2/3'],
    ] as const)
      drawers.drawLabel(
        context,
        {
          key,
          x: 100,
          y,
          size: 5,
          label: `Self-supervised Learning (aka Foundation Model) (${part})`,
          color: '#000',
        },
        settings,
      );
    expect(drawn.map((d) => d.text)).toEqual([
      expect.stringMatching(/^Self-supervised Learnin.*… \(1\/3\)$/),
      expect.stringMatching(/^Self-supervised Learnin.*… \(2\/3\)$/),
    ]);
    // Cut to the room beside its node too: the title gives way, the part stays.
    const narrow = stage(300);
    narrow.drawers.drawLabel(
      narrow.context,
      { key: 'c', x: 150, y: 40, size: 5, label: 'Self-supervised Learning (3/3)', color: '#000' },
      settings,
    );
    expect(narrow.drawn.map((d) => d.text)).toEqual([expect.stringMatching(/… \(3\/3\)$/)]);
  });

  it('should leave out a label with no room for a readable part of it beside its node', () => {
    const { drawers, context, drawn } = stage(60);
    const label = 'Backpropagation and Optimization';
    drawers.drawLabel(context, { key: 'a', x: 30, y: 40, size: 5, label, color: '#000' }, settings);
    expect(drawn).toEqual([]);
  });

  it('should cut a label at the stage’s left edge where the right of its node holds a label (as at the right edge)', () => {
    const { drawers, context, drawn } = stage(300);
    // A label right of a node at x = 100 holds the room right of the next node, whose left is too narrow whole.
    const node = (key: string, x: number, label: string) => ({
      key,
      x,
      y: 40,
      size: 5,
      label,
      color: '#000',
    });
    drawers.drawLabel(context, node('a', 100, 'speech recognition'), settings);
    drawers.drawLabel(context, node('b', 90, 'speech separation'), settings);
    expect(drawn.map((d) => d.text)).toEqual(['speech recognition', 'speech sep…']);
    expect(drawn[1]!.x).toBeGreaterThanOrEqual(0);
  });

  it("should give a large node's label the room a smaller node's label, handed over before it, would take", () => {
    // Sigma hands labels over cell by cell down the stage: a lecture's above a large concept's, whose label it
    // would cover. Drawn at the frame's end, the larger node's first, the concept is named and the lecture,
    // which has no room left on either side, is not.
    const drawers = createNodeDrawers(
      () => DRAWING_THEMES.light,
      () => null,
    );
    const { context, drawn } = recordingContext(600);
    drawers.beginFrame([], 600);
    const lecture = { key: 'l', x: 300, y: 95, size: 4, label: 'Speech Recognition - Language Modeling' };
    const concept = { key: 'c', x: 380, y: 100, size: 9, label: 'GAN' };
    drawers.drawLabel(context, { ...lecture, color: '#000' }, settings);
    drawers.drawLabel(context, { ...concept, color: '#000' }, settings);
    expect(drawn).toEqual([]);
    drawers.endFrame();
    expect(drawn.map((d) => d.text)[0]).toBe('GAN');
    // A new frame starts afresh: nothing of the last one is drawn again.
    const count = drawn.length;
    drawers.beginFrame([], 600);
    drawers.endFrame();
    expect(drawn).toHaveLength(count);
  });

  it('should draw the labels of two nodes a line of text apart one above the other', () => {
    const { drawers, context, drawn } = stage(300);
    // At the stage's left edge (no room on the left): 16 px between the nodes, a 13 px font's line being 15.
    const node = (key: string, y: number, label: string) => ({
      key,
      x: 10,
      y,
      size: 5,
      label,
      color: '#000',
    });
    drawers.drawLabel(context, node('a', 40, 'speech recognition'), settings);
    drawers.drawLabel(context, node('b', 56, 'speech separation'), settings);
    expect(drawn.map((d) => d.text)).toEqual(['speech recognition', 'speech separation']);
  });

  it('should keep a label off the node of a neighbour whose label must show, and draw both', () => {
    // Two lectures of one title 70 px apart: the first one's label (119 px) would run right over the second.
    const a = { key: 'a', x: 160, y: 100, size: 5, label: 'Dropout', labelTag: { text: 'DL 2020' } };
    const b = { key: 'b', x: 230, y: 100, size: 5, label: 'Dropout', labelTag: { text: 'ML 2021' } };
    const { drawers, context, drawn } = stage(
      390,
      () => null,
      [a, b].map((n) => ({ ...n, layer: 'labels' as const })),
    );
    // Sigma draws them in its own order, the first one first.
    for (const n of [a, b]) drawers.drawLabel(context, { ...n, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toEqual(['Dropout · DL 2020', 'Dropout · ML 2021']);
    // The first one's label on its left, clear of the second node; the second one's on its right.
    expect(drawn[0]!.x + drawn[0]!.width).toBeLessThan(a.x);
    expect(drawn[1]!.x).toBeGreaterThan(b.x);
  });

  it('should keep the graph’s other labels off the nodes of the neighbours', () => {
    const neighbour = { key: 'n', x: 230, y: 100, size: 5, label: 'Dropout' };
    const { drawers, context, drawn } = stage(390, () => null, [{ ...neighbour, layer: 'labels' }]);
    // A label the grid picks, drawn before the neighbour's: its right would cover the neighbour.
    const other = { key: 'o', x: 200, y: 100, size: 5, label: 'weight decay', color: '#000' };
    drawers.drawLabel(context, other, settings);
    drawers.drawLabel(context, { ...neighbour, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toEqual(['weight decay', 'Dropout']);
    expect(drawn[0]!.x + drawn[0]!.width).toBeLessThan(other.x);
  });

  it.each([
    ['selection’s label', 'highlighted', 150],
    ['selection’s label', 'highlighted', 280],
    ['hovered node’s box', 'hovered', 150],
    ['hovered node’s box', 'hovered', 280],
  ] as const)('should keep the %s on a narrow stage (%s, node at x = %i)', (_n, activity, nodeX) => {
    const { drawers, context, drawn, boxes } = stage(300, () => activity);
    const label = 'Backpropagation and Optimization in Deep Networks';
    drawers.drawHover(context, { key: 'a', x: nodeX, y: 40, size: 5, label, color: '#000' }, settings);
    expect(drawn).toHaveLength(1);
    const [{ text, x, width }] = drawn as [(typeof drawn)[number]];
    expect(text).toMatch(/^Backpropagation.*…$/);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(300);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(300);
    }
  });

  it('should leave the selection’s label to the hover layer (one label, not two)', () => {
    const { drawers, context, drawn } = stage(600, (key) => (key === 'selected' ? 'highlighted' : null));
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

  it('should name every step of a path, a step whose room a label took cut short rather than left out', () => {
    // "regression" to "BERT": an end placed first, a step on its line left of it whose title would run over it.
    const end = { key: 'end', x: 150, y: 100, size: 5, label: 'BERT' };
    const step = { key: 'step', x: 20, y: 100, size: 5, label: 'Introduction of Machine Learning' };
    const { drawers, context, drawn } = stage(
      300,
      () => 'highlighted',
      [end, step].map((n) => ({ ...n, required: true, step: true })),
    );
    for (const n of [step, end]) drawers.drawHover(context, { ...n, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toEqual(['Introduction of…', 'BERT']);
    // The step's label ends before the end's node (so before its label too).
    expect(drawn[0]!.x + drawn[0]!.width).toBeLessThan(drawn[1]!.x);
  });

  it('should keep a step’s label off the node of another step where the other side has room', () => {
    // The first step's label, right of it, would run over the second step's node and take the room its label
    // starts in; on the left it fits whole.
    const first = { key: 'first', x: 200, y: 100, size: 5, label: 'BERT' };
    const second = { key: 'second', x: 220, y: 100, size: 5, label: 'Fine-tuning' };
    const { drawers, context, drawn } = stage(
      400,
      () => 'highlighted',
      [first, second].map((n) => ({ ...n, required: true, step: true })),
    );
    for (const n of [first, second]) drawers.drawHover(context, { ...n, color: '#000' }, settings);
    expect(drawn.map((d) => d.text)).toEqual(['BERT', 'Fine-tuning']);
    expect(drawn[0]!.x + drawn[0]!.width).toBeLessThan(first.x);
    expect(drawn[1]!.x).toBeGreaterThan(second.x);
  });

  it('should cut a step’s long title short of the next step’s node rather than leave that step unnamed', () => {
    // A path's step placed first, whose long title runs right across the next step's node on its line; its
    // left side is as short of room. Cut before the next step, both are named.
    const first = {
      key: 'first',
      x: 120,
      y: 100,
      size: 5,
      label: 'Pokémon and Digimon classifiers: principles of ML',
    };
    const next = {
      key: 'next',
      x: 360,
      y: 100,
      size: 5,
      label: 'Data-efficient tuning of self-supervised models',
    };
    const { drawers, context, drawn } = stage(
      520,
      () => 'highlighted',
      [first, next].map((n) => ({ ...n, required: true, step: true })),
    );
    for (const n of [first, next]) drawers.drawHover(context, { ...n, color: '#000' }, settings);
    expect(drawn).toHaveLength(2);
    const [a, b] = drawn;
    expect(a!.text.startsWith('Pokémon and')).toBe(true);
    expect(b!.text.startsWith('Data-effic')).toBe(true);
    // Neither label runs over the other step's node.
    const over = (d: { x: number; width: number }, n: { x: number }) =>
      d.x < n.x + 5 && n.x - 5 < d.x + d.width;
    expect(over(a!, next)).toBe(false);
    expect(over(b!, first)).toBe(false);
  });
});
