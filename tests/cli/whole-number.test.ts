import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../src/cli/whole-number.js';

describe('wholeNumber', () => {
  it.each([
    [''],
    [' '],
    [undefined],
    ['0x10'],
    ['1e3'],
    ['1.5'],
    ['abc'],
    ['1,000'],
    ['99999999999999999999'],
  ])('should read %j as no whole number', (text) => {
    expect(wholeNumber(text)).toBeUndefined();
  });

  it.each([
    ['0', 0],
    ['42', 42],
    [' 7 ', 7],
    ['-3', -3],
    ['+5', 5],
    ['007', 7],
  ])('should read %j as %d', (text, n) => {
    expect(wholeNumber(text)).toBe(n);
  });
});
