import { describe, it, expect } from 'vitest';
import { findNounPhrases } from '../../../src/extract/discovery/noun-phrases.js';

describe('findNounPhrases', () => {
  it('should find the noun phrases of an English title, without function words', () => {
    expect(findNounPhrases('Deep Learning for Coreference Resolution')).toEqual([
      'deep learning',
      'coreference resolution',
    ]);
    expect(findNounPhrases('BERT and its family - Introduction and Fine-tune')).not.toContain('family -');
  });
  it('should not take a title verb and its object for a term', () => {
    expect(findNounPhrases('GAN - Improving Sequence Generation by GAN')).toEqual([]);
  });
  it('should not take a phrase that starts or ends inside a hyphenated word', () => {
    expect(findNounPhrases('Score-based Frobnication Pipelines')).toEqual([]);
    expect(findNounPhrases('Hung-yi Lee Office Hours')).not.toContain('yi lee office hours');
  });
});
