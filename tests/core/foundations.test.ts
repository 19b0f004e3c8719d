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
  it('should begin with the lectures that need nothing and that the most lectures build on, one lecture between at most', () => {
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

  it('should not put a long chain of lectures before a lecture that more lectures build on closely', () => {
    // 20 → 21 → … → 26: six lectures at any distance, two within reach; 30 → 31, 32, 33: three, all near.
    const g = library([
      [20, 21],
      [21, 22],
      [22, 23],
      [23, 24],
      [24, 25],
      [25, 26],
      [30, 31],
      [30, 32],
      [30, 33],
    ]);
    expect(foundations(g)).toEqual(['lecture:30', 'lecture:20']);
  });

  it('should offer one version of a talk given in two languages', () => {
    // 1 and 2 are one talk in two languages, each the start of its own course; 10 comes after both.
    const g = library([
      [1, 3],
      [1, 4],
      [2, 5],
      [2, 6],
      [10, 11],
    ]);
    g.addDirectedEdgeWithKey('t1-2', 'lecture:2', 'lecture:1', { kind: 'twin' });
    expect(foundations(g)).toEqual(['lecture:1', 'lecture:10']);
  });

  it('should offer nothing in a library without prerequisites', () => {
    expect(foundations(library([], [1, 2, 3]))).toEqual([]);
  });
});
