import { describe, it, expect } from 'vitest';
import { highlightedLabelOrder } from '../../src/ui/state/label-priority.js';

describe('highlightedLabelOrder', () => {
  it('should give nothing when nothing is selected, hovered or on a path', () => {
    expect(
      highlightedLabelOrder({ selected: null, hovered: null, pathNodes: null, focus: null }, () => 1),
    ).toEqual([]);
  });

  it('should put the selection and the hovered node first, required, then the path nearest the selection', () => {
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
      { key: 'lecture:212', required: true, layer: 'hovers' },
      { key: 'concept:ctc', required: true, layer: 'hovers' },
      { key: 'lecture:211', required: false, layer: 'hovers' },
      // Beyond the neighbours: the path's end, then the larger node.
      { key: 'lecture:200', required: false, layer: 'hovers' },
      { key: 'lecture:210', required: false, layer: 'hovers' },
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
      { key: 'concept:autoencoder', required: true, layer: 'hovers' },
      { key: 'concept:gpu', required: false, layer: 'labels' },
      { key: 'lecture:36', required: false, layer: 'labels' },
      { key: 'lecture:10', required: false, layer: 'labels' },
    ]);
  });
});
