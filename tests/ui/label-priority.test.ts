import { describe, it, expect } from 'vitest';
import { highlightedLabelOrder } from '../../src/ui/state/label-priority.js';

describe('highlightedLabelOrder', () => {
  it('should give nothing when nothing is selected, hovered or on a path', () => {
    expect(
      highlightedLabelOrder({ selected: null, hovered: null, pathNodes: null, focus: null }, () => 1),
    ).toEqual([]);
  });

  it('should put the selection and the hovered node first, then the path nearest the selection, all required', () => {
    const order = highlightedLabelOrder(
      {
        selected: 'lecture:212',
        hovered: 'concept:ctc',
        // A learning path: foundations first, the selected lecture last.
        pathNodes: new Set(['lecture:200', 'lecture:210', 'lecture:211', 'lecture:212']),
        focus: new Map([
          ['lecture:212', 0],
          ['lecture:211', 1],
          ['concept:ctc', 1],
        ]),
      },
      (k) => (k === 'lecture:210' ? 9 : 3),
    );
    expect(order).toEqual([
      // The selection is a step of the path (its last).
      { key: 'lecture:212', required: true, layer: 'hovers', step: true },
      { key: 'concept:ctc', required: true, layer: 'hovers', step: false },
      { key: 'lecture:211', required: true, layer: 'hovers', step: true },
      // Beyond the neighbours: the path's end, then the larger node.
      { key: 'lecture:200', required: true, layer: 'hovers', step: true },
      { key: 'lecture:210', required: true, layer: 'hovers', step: true },
    ]);
  });

  it('should put the neighbours whose labels are forced after the path, nearest first, then larger first', () => {
    const order = highlightedLabelOrder(
      {
        selected: 'concept:autoencoder',
        hovered: null,
        pathNodes: null,
        focus: new Map([
          ['concept:autoencoder', 0],
          ['lecture:36', 1],
          ['lecture:10', 1],
          ['concept:gpu', 1],
          ['concept:deep-learning', 2],
        ]),
      },
      (k) => ({ 'lecture:36': 11, 'lecture:10': 10, 'concept:gpu': 12, 'concept:deep-learning': 20 })[k] ?? 3,
      // The reducer forces the labels of the nearest neighbours only.
      (k) => k !== 'concept:deep-learning',
    );
    expect(order).toEqual([
      { key: 'concept:autoencoder', required: true, layer: 'hovers', step: false },
      { key: 'concept:gpu', required: false, layer: 'labels', step: false },
      { key: 'lecture:36', required: false, layer: 'labels', step: false },
      { key: 'lecture:10', required: false, layer: 'labels', step: false },
    ]);
  });

  it('should require every label of a path the path finder shows, nothing selected: ends first, then larger', () => {
    // "regression" to "BERT" on the real library: a lecture in the middle lost its label to a collision.
    const order = highlightedLabelOrder(
      {
        selected: null,
        hovered: null,
        pathNodes: new Set([
          'concept:regression',
          'lecture:50',
          'lecture:377',
          'lecture:383',
          'concept:bert',
        ]),
        focus: null,
      },
      (k) => (k.startsWith('concept:') ? 8 : k === 'lecture:377' ? 4 : 3),
    );
    expect(order).toEqual(
      ['concept:regression', 'concept:bert', 'lecture:377', 'lecture:50', 'lecture:383'].map((key) => ({
        key,
        required: true,
        layer: 'hovers',
        step: true,
      })),
    );
  });
});
