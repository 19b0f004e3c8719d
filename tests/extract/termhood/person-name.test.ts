import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../../src/extract/termhood/person-name.js';

describe('isPersonName', () => {
  it.each([
    ['', false],
    ['ian goodfellow', true],
    ['Yann LeCun', true],
    ['gradient descent', false],
    ['Patch GAN', false],
    ['energy-based models', false],
    ['GPT 4', false],
  ])('should read %j as a person: %s', (label, expected) => {
    expect(isPersonName(label)).toBe(expected);
  });
});
