import { describe, it, expect } from 'vitest';
import { didYouMean, orList, suggestNames } from '../../src/cli/suggest-names.js';

const VERBS = [
  'neighbours',
  'neighbors',
  'lectures',
  'prereqs',
  'next',
  'path-to',
  'path',
  'search',
  'export',
  'help',
];

describe('suggestNames', () => {
  it('should suggest from hundreds of thousands of names without overflowing the stack', () => {
    const names = Array.from({ length: 300_000 }, (_, i) => `n${i % 10}`);
    expect(suggestNames('n1', names)).toEqual(['n1']);
  });

  it('should suggest nothing for an empty or far-off name', () => {
    expect(suggestNames('', VERBS)).toEqual([]);
    expect(suggestNames('zzzzzz', VERBS)).toEqual([]);
  });

  it.each([
    ['pathto', ['path-to']],
    ['path_to', ['path-to']],
    ['PATHTO', ['path-to']],
    ['nxet', ['next']],
    ['prereq', ['prereqs']],
    ['lecture', ['lectures']],
    ['serch', ['search']],
    ['pat', ['path-to', 'path']],
    ['neighbour', ['neighbours']],
  ])('should suggest for "%s": %j', (input, expected) => {
    expect(suggestNames(input, VERBS)).toEqual(expected);
  });
});

describe('didYouMean', () => {
  it('should say nothing without suggestions, and list several with "or"', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['path-to'])).toBe('; did you mean "path-to"?');
    expect(didYouMean(['a', 'b', 'c'])).toBe('; did you mean "a", "b" or "c"?');
    expect(orList(['1', '2', '3'])).toBe('1, 2 or 3');
  });
});
