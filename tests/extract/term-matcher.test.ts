import { describe, it, expect } from 'vitest';
import { TermMatcher } from '../../src/extract/term-matcher.js';

const matcher = (): TermMatcher => {
  const m = new TermMatcher();
  m.add('fine-tuning', 'fine-tuning');
  m.add('AlphaStar', 'alphastar');
  m.add('lifelong learning', 'lifelong-learning');
  m.add('PIT', 'pit');
  m.add('VAE-GAN', 'vae-gan');
  m.add('Listen, Attend and Spell', 'las');
  return m;
};

describe('TermMatcher', () => {
  it('should find nothing in empty text or text without terms', () => {
    expect(matcher().match('')).toEqual([]);
    expect(matcher().match('a pit in the garden 沒有術語')).toEqual([]);
  });

  it.each([
    ['Finetuning a model', 'fine-tuning', 'Finetuning'],
    ['fine tuning a model', 'fine-tuning', 'fine tuning'],
    ['the Alpha Star agent', 'alphastar', 'Alpha Star'],
    ['Life Long Learning (LL)', 'lifelong-learning', 'Life Long Learning'],
  ])('should match a term written as a closed or open compound: %s', (text, id, surface) => {
    expect(matcher().match(text)).toEqual([expect.objectContaining({ id, surface })]);
  });

  it('should not join words across Chinese text or punctuation', () => {
    expect(matcher().match('Alpha。Star')).toEqual([]);
    expect(matcher().match('Alpha 與 Star')).toEqual([]);
  });

  it('should not match a term across list or clause punctuation, but across a comma inside a name', () => {
    expect(matcher().match('VAE、GAN 與 VAE-GAN')).toEqual([
      expect.objectContaining({ id: 'vae-gan', surface: 'VAE-GAN' }),
    ]);
    expect(matcher().match('VAE; GAN (VAE) GAN')).toEqual([]);
    expect(matcher().match('Listen, Attend and Spell')).toEqual([expect.objectContaining({ id: 'las' })]);
  });
});
