import { describe, it, expect } from 'vitest';
import { foundations, readersVersion } from '../../src/core/foundations.js';
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

describe("the reader's version of a talk", () => {
  it('should give a Chinese reader the original and an English reader the English version, where both exist', () => {
    const g = createAtlasGraph();
    addLecture(g, 294, 'Self-supervised Learning (原版)');
    addLecture(g, 296, 'Self-supervised Learning', { englishVersion: true });
    addLecture(g, 300, 'A talk given once', { englishVersion: true });
    g.addDirectedEdgeWithKey('twin:294-296', 'lecture:294', 'lecture:296', { kind: 'twin' });
    expect(readersVersion(g, 'lecture:296', false)).toBe('lecture:294');
    expect(readersVersion(g, 'lecture:294', false)).toBe('lecture:294');
    expect(readersVersion(g, 'lecture:294', true)).toBe('lecture:296');
    // A talk given in one language only is what there is.
    expect(readersVersion(g, 'lecture:300', false)).toBe('lecture:300');
    // A version that needs a lecture before it is no place to begin.
    addLecture(g, 1, 'Introduction');
    g.addDirectedEdgeWithKey('p1-296', 'lecture:1', 'lecture:296', { kind: 'prerequisite', score: 0.8 });
    expect(readersVersion(g, 'lecture:294', true)).toBe('lecture:294');
  });
});
