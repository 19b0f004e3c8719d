import { describe, it, expect } from 'vitest';
import { lectureForConcept } from '../../src/cli/lecture-for-concept.js';
import { AmbiguousNodeError } from '../../src/core/errors.js';
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

  it('should list the lectures teaching a concept equally instead of picking one', () => {
    let error: unknown;
    try {
      lectureForConcept(algebra([0.927, 0.927]), 'concept:span');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousNodeError);
    expect((error as Error).message).toBe(
      '2 lectures teach "span" as their main topic equally; name one by its number or key, or use a more precise name:\n' +
        '  284  在 Span 時耍廢的向量  [Linear Algebra, in Chinese]\n' +
        '  285  Span 的概念  [Linear Algebra, in Chinese]',
    );
  });

  it('should go to the heaviest main lecture and name the others', () => {
    expect(lectureForConcept(algebra([0.5, 0.9]), 'concept:span')).toEqual({
      key: 'lecture:285',
      alternatives: ['lecture:284'],
    });
  });

  it('should fall back on any lecture teaching the concept when none has it as main topic', () => {
    expect(lectureForConcept(algebra([0.3, 0.6], false), 'concept:span')).toEqual({
      key: 'lecture:285',
      alternatives: [],
    });
  });
});
