import { describe, it, expect } from 'vitest';
import { findLongFormAbbreviations } from '../../../src/extract/discovery/long-form-abbreviations.js';

describe('findLongFormAbbreviations', () => {
  it('should pair a long form with the abbreviation its initials spell', () => {
    expect(findLongFormAbbreviations('the Weight Agnostic Networks (WAN) show')).toEqual([
      { en: 'Weight Agnostic Networks', abbr: 'WAN' },
    ]);
    expect(findLongFormAbbreviations('We use Neural Architecture Search (NAS).')).toMatchObject([
      { en: 'Neural Architecture Search', abbr: 'NAS' },
    ]);
  });
  it('should keep the words in front of the long form, up to a link word, as longer readings of the term', () => {
    expect(findLongFormAbbreviations('- Secure Multi-Party Computing (MPC)')).toEqual([
      { en: 'Multi-Party Computing', abbr: 'MPC', enLonger: ['Secure Multi-Party Computing'] },
    ]);
    expect(findLongFormAbbreviations('We use Neural Architecture Search (NAS).')[0]?.enLonger).toEqual([
      'use Neural Architecture Search',
      'We use Neural Architecture Search',
    ]);
  });
  it('should ignore a parenthesis whose letters do not match', () => {
    expect(findLongFormAbbreviations('Deep Learning (Course Overview)')).toEqual([]);
  });
  it.each([
    // lower-case long forms, letters taken from inside words, and the abbreviation first
    ['a long short-term memory (LSTM) layer', { en: 'long short-term memory', abbr: 'LSTM' }],
    [
      '使用 RoBERTa（Robustly optimized BERT approach）',
      { en: 'Robustly optimized BERT approach', abbr: 'RoBERTa' },
    ],
    ['如 GRU（Gated Recurrent Unit）所示', { en: 'Gated Recurrent Unit', abbr: 'GRU' }],
    ['以 LoRA（Low-Rank Adaptation）微調', { en: 'Low-Rank Adaptation', abbr: 'LoRA' }],
    [
      '如 BERT（Bidirectional Encoder Representations from Transformers）',
      { en: 'Bidirectional Encoder Representations from Transformers', abbr: 'BERT' },
    ],
    // Link words the letters skip: from, via, over …
    [
      'Reinforcement Learning from Human Feedback (RLHF)',
      { en: 'Reinforcement Learning from Human Feedback', abbr: 'RLHF' },
    ],
    ['Knowledge Transfer via Distillation (KTD)', { en: 'Knowledge Transfer via Distillation', abbr: 'KTD' }],
    // A longer tail whose initials spell it, not the shortest tail its letters spell.
    ['with Self-Supervised Learning (SSL)', { en: 'Self-Supervised Learning', abbr: 'SSL' }],
    ['Masked Multimodal Modeling (MMM)', { en: 'Masked Multimodal Modeling', abbr: 'MMM' }],
  ])('should read %s', (text, expected) => {
    expect(findLongFormAbbreviations(text)[0]).toEqual(expected);
  });
  it('should not read a long form written in capitals (shouting)', () => {
    expect(findLongFormAbbreviations('使用 FULL LANGUAGE PACK (FLP) 訓練')).toEqual([]);
  });
});
