import { describe, it, expect } from 'vitest';
import { describes } from '../../../src/extract/discovery/describes.js';

describe('describes', () => {
  it('should judge nothing from no words or one word', () => {
    expect(describes([])).toBe(false);
    expect(describes(['Generator'])).toBe(false);
  });
  it.each([
    // Section labels of English summaries: articles, question words, kinds of, quantifiers in sentence case,
    // sentence case with a function word inside.
    ['The two networks in a GAN', true],
    ['Why the discriminator matters', true],
    ['Two types of Attacks', true],
    ['Three steps', true],
    ['Attention as a soft lookup', true],
    // Names, written in title case even with a function word or a number.
    ['Mixture of Experts', false],
    ['One Pixel Attack', false],
    ['Layer-wise Relevance Propagation', false],
    ['Noise predictor', false],
  ])('should judge whether "%s" describes a section rather than naming a term', (phrase, expected) => {
    expect(describes(phrase.split(' '))).toBe(expected);
  });
});
