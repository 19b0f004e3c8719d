import { describe, it, expect } from 'vitest';
import { abbreviates } from '../../../src/extract/discovery/abbreviates.js';

describe('abbreviates', () => {
  it.each([
    ['GAT', 'Graph Attention Networks', true],
    ['CNN', 'Convolutional Neural Network', true],
    ['CNN', 'Recurrent Neural Network', false],
    ['ML', 'Deep Learning', false],
  ])('should tell whether %s abbreviates %s', (abbr, long, expected) => {
    expect(abbreviates(abbr, long)).toBe(expected);
  });
});
