import { describe, it, expect } from 'vitest';
import {
  FULL_NODE_SIZE_AT,
  MIN_NODE_SCALE,
  nodeScale,
  pixelsPerUnit,
} from '../../src/ui/state/node-scale.js';
import { EMPTY_RENDER_STATE, nodeAppearance } from '../../src/ui/state/reducers.js';

describe('pixelsPerUnit', () => {
  it('should fit the layout into the stage inside its padding, by the tighter side', () => {
    const bbox = { x: [0, 1000] as [number, number], y: [0, 1200] as [number, number] };
    expect(pixelsPerUnit(bbox, 800, 780)).toBeCloseTo(720 / 1200, 5);
    expect(pixelsPerUnit(bbox, 375, 520)).toBeCloseTo(315 / 1000, 5);
    // A single node (no span) is drawn at full size.
    expect(nodeScale(pixelsPerUnit({ x: [5, 5], y: [5, 5] }, 375, 520))).toBe(1);
  });
});

describe('nodeScale', () => {
  it('should draw nodes at full size where a layout unit gets enough pixels, smaller down to a floor', () => {
    expect(nodeScale(FULL_NODE_SIZE_AT)).toBe(1);
    expect(nodeScale(2)).toBe(1);
    expect(nodeScale(FULL_NODE_SIZE_AT / 2)).toBeCloseTo(0.5, 5);
    expect(nodeScale(0.01)).toBe(MIN_NODE_SCALE);
    expect(nodeScale(0)).toBe(1);
  });

  it('should scale the size the node reducer draws, selection included', () => {
    const data = { kind: 'concept', label: 'GAN', x: 0, y: 0, size: 10 } as Parameters<
      typeof nodeAppearance
    >[1];
    expect(nodeAppearance('concept:gan', data, { ...EMPTY_RENDER_STATE }).size).toBe(10);
    expect(nodeAppearance('concept:gan', data, { ...EMPTY_RENDER_STATE, nodeScale: 0.5 }).size).toBe(5);
    const selected = { ...EMPTY_RENDER_STATE, nodeScale: 0.5, selected: 'concept:gan' };
    // Grown by half, up to two units: from the scaled size.
    expect(nodeAppearance('concept:gan', data, selected).size).toBe(7);
  });
});
