/**
 * The WebGL programs the explorer draws with, one per node shape so that lectures and concepts read
 * apart at a glance: lectures as squares (@sigma/node-square); concepts as discs with a thin ring that
 * separates overlapping nodes and notes as wide rings, both with one program (@sigma/node-border)
 * reading the ring's size and colours from the node reducer; directed edges (prerequisites, next part,
 * requires, broader) with an arrow head large enough to see on thin edges. The names match
 * NODE_PROGRAMS in state/reducers.ts. Only these are registered: sigma compiles every registered
 * program for each of its WebGL layers before the first drawing, slowly without a GPU.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import type { Attributes } from 'graphology-types';
import { EdgeRectangleProgram, createEdgeArrowProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { NodeDrawers } from './node-drawing.js';

/** The program nodes without a shape of their own are drawn with. */
export const DEFAULT_NODE_PROGRAM = 'disc';

export function nodePrograms(drawers: NodeDrawers): Record<string, NodeProgramType<Attributes, Attributes>> {
  class LectureSquareProgram extends NodeSquareProgram<Attributes, Attributes> {
    constructor(...args: ConstructorParameters<typeof NodeSquareProgram<Attributes, Attributes>>) {
      super(...args);
      this.drawLabel = drawers.drawLabel as never;
      this.drawHover = drawers.drawHover as never;
    }
  }
  // Sigma draws (and picks) program by program in this order, each program's nodes by zIndex: a lecture is drawn
  // over a concept's disc, whatever their zIndex. Discs first, so that a lecture the layout puts inside a concept's
  // disc (Video Generation by GAN beside GAN) is seen and tapped, not hidden under it.
  return {
    [DEFAULT_NODE_PROGRAM]: createNodeBorderProgram<Attributes, Attributes>({
      borders: [
        { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor' } },
        { size: { fill: true }, color: { attribute: 'fillColor' } },
      ],
      drawLabel: drawers.drawLabel,
      drawHover: drawers.drawHover,
    }),
    square: LectureSquareProgram,
  };
}

export function edgePrograms(): Record<string, EdgeProgramType<Attributes, Attributes>> {
  return {
    line: EdgeRectangleProgram,
    arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 }),
  };
}
