import { describe, it, expect } from 'vitest';
import { findCoordinatedNames } from '../../../src/extract/discovery/coordinated-names.js';

describe('findCoordinatedNames', () => {
  it('should find nothing in a title without coordinated capitalised names', () => {
    expect(findCoordinatedNames('')).toEqual([]);
    expect(findCoordinatedNames('speech recognition and synthesis')).toEqual([]);
  });
  it('should pair the capitalised names a title coordinates, in both orders', () => {
    expect(findCoordinatedNames('Denoising with Spectral Gating and Wiener Filtering')).toEqual([
      ['Spectral Gating', 'Wiener Filtering'],
      ['Wiener Filtering', 'Spectral Gating'],
    ]);
  });
  it('should pair every item of a list of three, the last one too', () => {
    for (const title of [
      'Spectral Gating, Knowledge Distillation and Wiener Filtering',
      'Spectral Gating, Knowledge Distillation, and Wiener Filtering',
    ])
      expect(findCoordinatedNames(title)).toContainEqual(['Knowledge Distillation', 'Wiener Filtering']);
  });
});
