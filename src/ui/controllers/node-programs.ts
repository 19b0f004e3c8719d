/**
 * The WebGL programs the explorer draws with, one per node kind so that lectures and concepts read
 * apart at a glance: lectures as squares (@sigma/node-square), concepts as discs with a thin ring
 * that separates overlapping nodes, notes as rings (@sigma/node-border); directed edges (prerequisites,
 * next part, requires, broader) with an arrow head large enough to see on thin edges. The names match
 * NODE_PROGRAMS in state/reducers.ts.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import type { Attributes } from 'graphology-types';
import { EdgeRectangleProgram, NodeCircleProgram, createEdgeArrowProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { NodeDrawers } from './node-drawing.js';

/** The ring around a concept's disc and the width of a note's ring, as a share of the radius. */
const DISC_RING = 0.16;
const NOTE_RING = 0.4;

export function nodePrograms(drawers: NodeDrawers): Record<string, NodeProgramType<Attributes, Attributes>> {
  class LectureSquareProgram extends NodeSquareProgram<Attributes, Attributes> {
    constructor(...args: ConstructorParameters<typeof NodeSquareProgram<Attributes, Attributes>>) {
      super(...args);
      this.drawLabel = drawers.drawLabel as never;
      this.drawHover = drawers.drawHover as never;
    }
  }
  return {
    circle: NodeCircleProgram,
    square: LectureSquareProgram,
    disc: createNodeBorderProgram<Attributes, Attributes>({
      borders: [
        { size: { value: DISC_RING }, color: { attribute: 'borderColor' } },
        { size: { fill: true }, color: { attribute: 'color' } },
      ],
      drawLabel: drawers.drawLabel,
      drawHover: drawers.drawHover,
    }),
    ring: createNodeBorderProgram<Attributes, Attributes>({
      borders: [
        { size: { value: NOTE_RING }, color: { attribute: 'color' } },
        { size: { fill: true }, color: { attribute: 'borderColor' } },
      ],
      drawLabel: drawers.drawLabel,
      drawHover: drawers.drawHover,
    }),
  };
}

export function edgePrograms(): Record<string, EdgeProgramType<Attributes, Attributes>> {
  return {
    line: EdgeRectangleProgram,
    arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 }),
  };
}
