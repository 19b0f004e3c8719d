import { describe, it, expect } from 'vitest';
import { lectureForConcept } from '../../src/cli/lecture-for-concept.js';
import { conceptGuide } from '../../src/core/concept-guide.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { addLecture } from '../support/atlas-graph.js';

/** Concept `span` taught as main topic by lectures 284 and 285 with the weights given; `basis` taught by none. */
function algebra(weights: [number, number], main = true): AtlasGraph {
  const g = createAtlasGraph();
  for (const [n, title] of [
    [284, '在 Span 時耍廢的向量'],
    [285, 'Span 的概念'],
  ] as const)
    addLecture(g, n, title, { language: 'zh', series: 'Linear Algebra' });
  for (const id of ['span', 'basis'])
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label: id,
      aliases: [],
      category: 'math',
      lectureCount: 2,
      origin: 'lexicon',
    });
  weights.forEach((weight, i) =>
    g.addDirectedEdgeWithKey(`m${i}`, `lecture:${284 + i}`, 'concept:span', {
      kind: 'mentions',
      weight,
      main,
    }),
  );
  return g;
}

describe('lectureForConcept', () => {
  it('should find no lecture for a concept nothing teaches', () => {
    expect(lectureForConcept(algebra([0.9, 0.5]), 'concept:basis')).toBeUndefined();
  });

  it("should go to the build's start where the graph has one, and say why", () => {
    const g = algebra([0.927, 0.927]);
    g.mergeNodeAttributes('concept:span', { start: 'lecture:284' });
    // Two lectures on it at one level: the build took the earlier.
    expect(lectureForConcept(g, 'concept:span')).toEqual({
      key: 'lecture:284',
      alternatives: ['lecture:285'],
      startWhy: 'earliest',
    });
  });

  it('should go where a learner meets the concept first, as the concept panel does, and name the others', () => {
    // Equal weights, no prerequisites, no dates: the catalog's order.
    expect(lectureForConcept(algebra([0.927, 0.927]), 'concept:span')).toEqual({
      key: 'lecture:284',
      alternatives: ['lecture:285'],
      startWhy: null,
    });
  });

  it('should start at the lecture with the fewest prerequisites, however much another one weighs', () => {
    const g = algebra([0.9, 0.5]);
    addLecture(g, 280, 'Linear Combination', { language: 'zh', series: 'Linear Algebra' });
    g.addDirectedEdgeWithKey('p', 'lecture:280', 'lecture:284', { kind: 'prerequisite', weight: 0.8 });
    expect(lectureForConcept(g, 'concept:span')).toEqual({
      key: 'lecture:285',
      alternatives: ['lecture:284'],
      startWhy: null,
    });
    expect(conceptGuide(g, 'concept:span').start?.key).toBe('lecture:285');
  });

  it('should start at an introduction rather than a supplement, whatever comes before either', () => {
    const g = algebra([0.9, 0.9]);
    g.mergeNodeAttributes('lecture:284', { level: 'advanced' });
    addLecture(g, 280, 'Linear Combination', { language: 'zh', series: 'Linear Algebra' });
    g.addDirectedEdgeWithKey('p', 'lecture:280', 'lecture:285', { kind: 'prerequisite', weight: 0.8 });
    expect(lectureForConcept(g, 'concept:span')?.key).toBe('lecture:285');
    g.mergeNodeAttributes('lecture:284', { level: 'introductory' });
    g.mergeNodeAttributes('lecture:285', { level: 'overview' });
    expect(lectureForConcept(g, 'concept:span')?.key).toBe('lecture:284');
  });

  it('should not count a prerequisite that only course order puts before a lecture, on nothing it names', () => {
    // "Brief Introduction of Deep Learning" comes after Logistic Regression in its course; a review lecture
    // outside any course has no prerequisite at all. The introduction is where a learner starts.
    const g = algebra([0.9, 0.9]);
    addLecture(g, 280, 'Linear Combination', { language: 'zh', series: 'Linear Algebra' });
    g.addDirectedEdgeWithKey('p', 'lecture:280', 'lecture:284', {
      kind: 'prerequisite',
      weight: 0.8,
      reasonKey: 'previous-in-course',
    });
    g.mergeNodeAttributes('lecture:284', { date: '2016-10-15' });
    expect(lectureForConcept(g, 'concept:span')?.key).toBe('lecture:284');
  });

  it('should list the parts of one talk together, in part order, where the first of them stands', () => {
    const g = algebra([0.9, 0.9]);
    // A three-part talk (281–283) whose later parts are deeper in the prerequisite chain than lecture 285.
    for (const [n, index] of [
      [281, 1],
      [282, 2],
      [283, 3],
    ] as const) {
      addLecture(g, n, 'Span (talk)', { language: 'zh', part: { index, total: 3 } });
      g.addDirectedEdgeWithKey(`m${n}`, `lecture:${n}`, 'concept:span', {
        kind: 'mentions',
        weight: 0.9,
        main: true,
      });
    }
    for (const [a, b] of [
      [281, 282],
      [282, 283],
    ])
      g.addDirectedEdgeWithKey(`s${a}`, `lecture:${a}`, `lecture:${b}`, {
        kind: 'next-in-series',
        reasonKey: 'series-part',
      });
    for (const [a, b] of [
      [284, 282],
      [285, 283],
      [284, 285],
    ])
      g.addDirectedEdgeWithKey(`p${a}-${b}`, `lecture:${a}`, `lecture:${b}`, {
        kind: 'prerequisite',
        weight: 0.8,
      });
    expect(conceptGuide(g, 'concept:span').lectures.map((l) => l.number)).toEqual([281, 282, 283, 284, 285]);
  });

  it('should fall back on any lecture teaching the concept when none has it as main topic', () => {
    expect(lectureForConcept(algebra([0.3, 0.6], false), 'concept:span')).toEqual({
      key: 'lecture:284',
      alternatives: [],
      startWhy: null,
    });
  });
});
