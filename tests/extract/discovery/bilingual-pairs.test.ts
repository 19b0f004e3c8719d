import { describe, it, expect } from 'vitest';
import { findBilingualPairs } from '../../../src/extract/discovery/bilingual-pairs.js';

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

  it('should read a pair whose Chinese term is bold', () => {
    expect(findBilingualPairs('- **詞向量**（Word Vectors）：')[0]).toMatchObject({
      zh: '詞向量',
      en: 'Word Vectors',
    });
  });

  it('should read an English term from its first letter, not from inside a word spelt beyond ASCII', () => {
    expect(findBilingualPairs('文章提出使用 générative models（生成式模型）來建模。')).toEqual([]);
    expect(findBilingualPairs('使用Generative Models（生成式模型）來建模。')).toEqual([
      { en: 'Generative Models', zh: '生成式模型', zhCandidates: ['生成式模型'], zhDelimited: true },
    ]);
  });

  it('should not take a Chinese aside after a single English word for a translation', () => {
    expect(findBilingualPairs('ChatGPT (可能)是怎麼煉成的')).toEqual([]);
  });

  it('should take the name closing an English sentence before its Chinese gloss, not the sentence', () => {
    for (const text of [
      'Then Gradient Surgery (梯度手術) removes conflicts.',
      'We then apply Gradient Surgery (梯度手術) to remove conflicts.',
      '本講介紹 Gradient Surgery (梯度手術)。',
    ])
      expect(findBilingualPairs(text)).toEqual([
        expect.objectContaining({ en: 'Gradient Surgery', zh: '梯度手術' }),
      ]);
  });

  it('should take a name written in lower case after the verb of its sentence, not the verb', () => {
    for (const text of [
      'We adopt layer freezing (層凍結) to save memory.',
      'This lecture explains layer freezing (層凍結).',
    ])
      expect(findBilingualPairs(text)).toEqual([
        expect.objectContaining({ en: 'layer freezing', zh: '層凍結' }),
      ]);
    expect(findBilingualPairs('It introduces masked language modeling (遮罩語言模型).')).toEqual([
      expect.objectContaining({ en: 'masked language modeling' }),
    ]);
  });

  it('should not read examples or a list of names in parentheses as a translation', () => {
    for (const text of [
      '本講介紹輕量模型（such as KestrelNet）的設計。',
      '本講介紹輕量模型（e.g., KestrelNet）的設計。',
      '本講比較兩種生成模型（VAE, KestrelNet）的優缺點。',
      '本講介紹兩個輕量架構（KestrelNet, WrenNet）的設計。',
    ])
      expect(findBilingualPairs(text), text).toEqual([]);
  });

  it('should read a single word that spells the other name as its abbreviation, in any case and order', () => {
    for (const text of ['視覺轉換器（Vision Transformer, ViT）', '視覺轉換器（ViT, Vision Transformer）'])
      expect(findBilingualPairs(text), text).toEqual([
        expect.objectContaining({ zh: '視覺轉換器', en: 'Vision Transformer', abbr: 'ViT' }),
      ]);
  });
});
