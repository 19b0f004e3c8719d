import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/edit-distance.js';

describe('editDistance', () => {
  it('should give up with max + 1 when lengths alone exceed the limit', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });

  it('should be zero for equal strings and count an adjacent transposition as one edit', () => {
    expect(editDistance('', '', 2)).toBe(0);
    expect(editDistance('wavenet', 'wavenet', 2)).toBe(0);
    expect(editDistance('wavenet', 'wvaenet', 2)).toBe(1);
    expect(editDistance('transfomer', 'transformer', 2)).toBe(1);
    expect(editDistance('abcd', 'bacd', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('should stop early once every alignment is above the limit', () => {
    expect(editDistance('transformer', 'tacotron', 2)).toBe(3);
  });
});
