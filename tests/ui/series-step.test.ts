import { describe, it, expect } from 'vitest';
import { computeSeriesOrder } from '../../src/analysis/relations.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { seriesStep } from '../../src/ui/state/series-step.js';
import { addLecture } from '../support/atlas-graph.js';

describe('seriesStep', () => {
  it('should call a link without a reason, or with one it does not know, a part', () => {
    expect(seriesStep(undefined)).toBe('part');
    expect(seriesStep('')).toBe('part');
    expect(seriesStep('lectures of a course')).toBe('part');
  });

  it.each([
    ['lecture 25 of fast.ai Deep Learning Foundations to Stable Diffusion 2022', 'lecture'],
    ['lecture 9a of Deep Learning Do It Yourself', 'lecture'],
    ['lecture 21-1 of ML', 'lecture'],
    ['part 2 of Deep Learning on graphs', 'part'],
    ['earlier part of BERT and its family', 'part'],
  ] as const)('should read "%s" as the next %s', (reason, step) => {
    expect(seriesStep(reason)).toBe(step);
  });

  it('should tell a course’s chain from a talk’s parts in the reasons the build writes', () => {
    const g = createAtlasGraph();
    // A course numbered by its titles, and one talk in two parts.
    addLecture(g, 1, 'Pytorch tensors', { series: 'DIY 2024', courseLecture: '1' });
    addLecture(g, 2, 'Automatic differentiation', { series: 'DIY 2024', courseLecture: '2' });
    addLecture(g, 3, 'Graphs', { series: 'Talks', part: { index: 1, total: 2 } });
    addLecture(g, 4, 'Graphs', { series: 'Talks', part: { index: 2, total: 2 } });
    const steps = Object.fromEntries(
      computeSeriesOrder(g).map((e) => [`${e.source}->${e.target}`, seriesStep(e.attributes.reason)]),
    );
    expect(steps).toEqual({ 'lecture:1->lecture:2': 'lecture', 'lecture:3->lecture:4': 'part' });
  });
});
