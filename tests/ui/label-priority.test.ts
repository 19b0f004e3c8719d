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
      { key: 'lecture:212', required: true },
      { key: 'concept:ctc', required: true },
      { key: 'lecture:211', required: false },
      // Beyond the neighbours: the path's end, then the larger node.
      { key: 'lecture:200', required: false },
      { key: 'lecture:210', required: false },
    ]);
  });
});
