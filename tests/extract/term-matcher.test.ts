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
  m.add('batch', 'batch');
  m.add('BatchNorm', 'batch-normalization');
  m.add('vector quantization', 'vector-quantization');
  m.add('vector', 'vector');
  m.add('Node.js', 'nodejs');
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

  it('should keep the longer term where the words joined spell one: Batch Norm is BatchNorm, not a batch', () => {
    expect(matcher().match('Why Batch Norm helps')).toEqual([
      expect.objectContaining({ id: 'batch-normalization', surface: 'Batch Norm' }),
    ]);
    expect(matcher().match('a batch of data')).toEqual([expect.objectContaining({ id: 'batch' })]);
  });

  it('should not join a preposition to the next word: "in Painting" is no inpainting', () => {
    const m = matcher();
    m.add('inpainting', 'image-inpainting');
    expect(m.match('Diffusion in Painting and Music')).toEqual([]);
    expect(m.match('Image In-painting')).toEqual([expect.objectContaining({ id: 'image-inpainting' })]);
  });

  it('should not match a term across the end of an English sentence, but across a full stop inside a name', () => {
    expect(matcher().match('Each frame becomes a vector. Quantization comes later.')).toEqual([
      expect.objectContaining({ id: 'vector', surface: 'vector' }),
    ]);
    expect(matcher().match('vector quantization in Node.js')).toEqual([
      expect.objectContaining({ id: 'vector-quantization' }),
      expect.objectContaining({ id: 'nodejs', surface: 'Node.js' }),
    ]);
  });
});
