import { describe, it, expect } from 'vitest';
import { assignEdges } from '../../src/analysis/relations.js';
import { computeSeriesOrder } from '../../src/analysis/series-order.js';
import { courseOrder } from '../../src/core/course-order.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { addLecture } from '../support/atlas-graph.js';

/** The lecture numbers of a graph in watching order, series by series. */
function watchingOrder(g: AtlasGraph): Record<string, number[]> {
  const order = courseOrder(g);
  const out: Record<string, number[]> = {};
  for (const [key, position] of [...order].sort((x, y) => x[1] - y[1])) {
    const a = g.getNodeAttributes(key);
    if (a.kind !== 'lecture') continue;
    (out[a.series ?? ''] ??= [])[position] = a.number;
  }
  return out;
}

/** Adds the build's next-in-series links. */
function linkSeries(g: AtlasGraph): void {
  assignEdges(g, computeSeriesOrder(g));
}

describe('courseOrder', () => {
  it('should order nothing in a graph without lectures, and lectures without links by catalog number', () => {
    expect(courseOrder(createAtlasGraph()).size).toBe(0);
    const g = createAtlasGraph();
    addLecture(g, 3, 'C', { series: 'S' });
    addLecture(g, 1, 'A', { series: 'S' });
    addLecture(g, 2, 'B');
    expect(watchingOrder(g)).toEqual({ S: [1, 3], '': [2] });
  });

  it('should put a talk’s parts in order, together, where the catalog lists part 2 first', () => {
    const g = createAtlasGraph();
    // As in the seed catalog: part 2 numbered 299, part 1 numbered 300, another lecture between them by number.
    addLecture(g, 298, 'Task strategy', { series: 'ML 2021' });
    addLecture(g, 299, 'Training tips', { series: 'ML 2021', part: { index: 2 } });
    addLecture(g, 300, 'Training tips', { series: 'ML 2021', part: { index: 1 } });
    addLecture(g, 301, 'Classification', { series: 'ML 2021' });
    linkSeries(g);
    expect(watchingOrder(g)).toEqual({ 'ML 2021': [298, 300, 299, 301] });
  });

  it('should follow a course’s numbered lectures and their labs, whatever the catalog order', () => {
    const g = createAtlasGraph();
    // A made-up course whose list gives Lecture 3 before Lecture 2, each lecture with its lab.
    addLecture(g, 1, 'Perceptrons', { series: 'Applied DL', courseLecture: '1' });
    addLecture(g, 2, 'A perceptron in code', { series: 'Applied DL', courseLecture: '1', courseUnit: 'lab' });
    addLecture(g, 3, 'CNNs', { series: 'Applied DL', courseLecture: '3' });
    addLecture(g, 4, 'Backpropagation', { series: 'Applied DL', courseLecture: '2' });
    addLecture(g, 5, 'An MLP on MNIST', { series: 'Applied DL', courseLecture: '2', courseUnit: 'lab' });
    linkSeries(g);
    expect(watchingOrder(g)).toEqual({ 'Applied DL': [1, 2, 4, 5, 3] });
  });

  it('should break a cycle of links (not one the build draws) by catalog order', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'A', { series: 'S' });
    addLecture(g, 2, 'B', { series: 'S' });
    g.addEdgeWithKey('next-in-series:lecture:1->lecture:2', 'lecture:1', 'lecture:2', {
      kind: 'next-in-series',
    });
    g.addEdgeWithKey('next-in-series:lecture:2->lecture:1', 'lecture:2', 'lecture:1', {
      kind: 'next-in-series',
    });
    expect(watchingOrder(g)).toEqual({ S: [1, 2] });
  });

  it('should break a cycle at one of its own lectures, keeping a lecture that waits on the cycle after it', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'After the loop', { series: 'S' });
    addLecture(g, 2, 'Loop A', { series: 'S' });
    addLecture(g, 3, 'Loop B', { series: 'S' });
    const link = (from: number, to: number): void => {
      g.addEdgeWithKey(`next-in-series:lecture:${from}->lecture:${to}`, `lecture:${from}`, `lecture:${to}`, {
        kind: 'next-in-series',
      });
    };
    link(2, 3);
    link(3, 2);
    link(3, 1);
    expect(watchingOrder(g)).toEqual({ S: [2, 3, 1] });
  });
});
