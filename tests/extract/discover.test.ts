import { describe, it, expect } from 'vitest';
import { isShouting } from '../../src/extract/normalise.js';
import {
  findBilingualPairs,
  findLongFormAbbreviations,
  findMarkedTerms,
  findModelNames,
  findNounPhrases,
  trailingChineseTerms,
} from '../../src/extract/discover.js';

describe('findBilingualPairs', () => {
  it('should find nothing in text without a parenthesised translation', () => {
    expect(findBilingualPairs('')).toEqual([]);
    expect(findBilingualPairs('這是一段沒有括號的文字 and some English')).toEqual([]);
  });

  it.each([
    // Real summary and title text from the seed catalog.
    [
      '圖神經網路（Graph Neural Networks, GNNs）',
      { zh: '圖神經網路', en: 'Graph Neural Networks', abbr: 'GNNs' },
    ],
    [
      '【機器學習2021】概述增強式學習 (Reinforcement Learning, RL)',
      { zh: '增強式學習', en: 'Reinforcement Learning', abbr: 'RL' },
    ],
    ['類神經網路剪枝 (Pruning) 與大樂透假說', { zh: '類神經網路剪枝', en: 'Pruning' }],
    ['2. **知識蒸餾（Knowledge Distillation）**：利用', { zh: '知識蒸餾', en: 'Knowledge Distillation' }],
    ['- 探討網絡剪枝（Network Pruning）的效果', { zh: '網絡剪枝', en: 'Network Pruning' }],
  ])('should read %s', (text, expected) => {
    expect(findBilingualPairs(text)[0]).toMatchObject(expected);
  });

  it('should not take a Chinese aside after a single English word for a translation', () => {
    expect(findBilingualPairs('ChatGPT (可能)是怎麼煉成的')).toEqual([]);
  });

  it('should stop the Chinese term at function words', () => {
    expect(trailingChineseTerms('探討網絡剪枝')).toEqual(['剪枝', '網絡剪枝']);
  });
});

describe('findLongFormAbbreviations', () => {
  it('should pair a long form with the abbreviation its initials spell', () => {
    expect(findLongFormAbbreviations('the Weight Agnostic Networks (WAN) show')).toEqual([
      { en: 'Weight Agnostic Networks', abbr: 'WAN' },
    ]);
    expect(findLongFormAbbreviations('We use Neural Architecture Search (NAS).')).toEqual([
      { en: 'Neural Architecture Search', abbr: 'NAS' },
    ]);
  });
  it('should ignore a parenthesis whose letters do not match', () => {
    expect(findLongFormAbbreviations('Deep Learning (Course Overview)')).toEqual([]);
  });
});

describe('findModelNames', () => {
  it.each([
    ['VQVC+: One-Shot Voice Conversion by Vector Quantization and U-Net architecture', ['VQVC+']],
    ['WG-WaveNet: Real-Time High-Fidelity Speech Synthesis without GPU', ['WG-WaveNet', 'GPU']],
    [
      'SAGAN, BigGAN, SinGAN, GauGAN, GANILLA, NICE-GAN',
      ['SAGAN', 'BigGAN', 'SinGAN', 'GauGAN', 'GANILLA', 'NICE-GAN'],
    ],
    ['來自獵人暗黑大陸的模型 GPT-3', ['GPT-3']],
    // An all-capitals title only gives its "NAME:" prefix; hyphenated adjectives are not names.
    ['MOCKINGJAY: UNSUPERVISED SPEECH REPRESENTATION LEARNING', ['MOCKINGJAY']],
    ['Data-Efficient & Parameter-Efficient Tuning', []],
  ])('should find the names in %s', (title, names) => {
    expect(findModelNames(title, isShouting(title))).toEqual(names);
  });
});

describe('findNounPhrases', () => {
  it('should find the noun phrases of an English title, without function words', () => {
    expect(findNounPhrases('Deep Learning for Coreference Resolution')).toEqual([
      'deep learning',
      'coreference resolution',
    ]);
    expect(findNounPhrases('BERT and its family - Introduction and Fine-tune')).not.toContain('family -');
  });
});

describe('findMarkedTerms', () => {
  it('should take short English bold spans and headings as key terms', () => {
    const md =
      '#### 2. 主要觀念\n##### b. Weight Agnostic Networks (WAN)\n- **One Pixel Attack**：只改一個像素\n- **這是中文**';
    expect(findMarkedTerms(md)).toEqual(['One Pixel Attack']);
  });
});
