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

  it('should read a known given name before a word no dictionary knows as a person', () => {
    const unknown = (w: string): boolean => ['caruana'].includes(w.toLowerCase());
    expect(isPersonName('Rich Caruana')).toBe(false);
    expect(isPersonName('Rich Caruana', unknown)).toBe(true);
    // A given name before a word the dictionaries know is not read as a person.
    expect(isPersonName('Rich Caruana', () => false)).toBe(false);
  });
});
