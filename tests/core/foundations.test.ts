import { describe, it, expect } from 'vitest';
import { foundations } from '../../src/core/foundations.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { addLecture } from '../support/atlas-graph.js';

/** Prerequisite edges between numbered lectures, `[before, after]`. */
function library(edges: [number, number][], lone: number[] = []): AtlasGraph {
  const g = createAtlasGraph();
  for (const n of new Set([...edges.flat(), ...lone])) addLecture(g, n, `Lecture ${n}`);
  for (const [a, b] of edges)
    g.addDirectedEdgeWithKey(`p${a}-${b}`, `lecture:${a}`, `lecture:${b}`, {
      kind: 'prerequisite',
      score: 0.8,
    });
  return g;
}

describe('foundations', () => {
  it('should begin with the lectures that need nothing and that the most lectures build on, at any distance', () => {
    // 1 → 2 → 3 → 4 → 5 (a course), 10 → 11 and 10 → 12 (two direct dependents, fewer in all), 7 needs 1.
    const g = library([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [1, 7],
      [10, 11],
      [10, 12],
    ]);
    expect(foundations(g)).toEqual(['lecture:1', 'lecture:10']);
    expect(foundations(g, 1)).toEqual(['lecture:1']);
  });

  it('should offer nothing in a library without prerequisites', () => {
    expect(foundations(library([], [1, 2, 3]))).toEqual([]);
  });
});
