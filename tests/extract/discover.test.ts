import { describe, it, expect } from 'vitest';
import { isShouting } from '../../src/extract/normalise.js';
import {
  abbreviates,
  describes,
  findBilingualPairs,
  findCoordinatedNames,
  findInlineNames,
  findLongFormAbbreviations,
  findMarkedTerms,
  findModelNames,
  findNounPhrases,
  findTemplateHeadings,
  sameName,
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

  it('should read a pair whose Chinese term is bold', () => {
    expect(findBilingualPairs('- **詞向量**（Word Vectors）：')[0]).toMatchObject({
      zh: '詞向量',
      en: 'Word Vectors',
    });
  });

  it('should not take a Chinese aside after a single English word for a translation', () => {
    expect(findBilingualPairs('ChatGPT (可能)是怎麼煉成的')).toEqual([]);
  });

  it('should stop the Chinese term at function words', () => {
    expect(trailingChineseTerms('探討網絡剪枝')).toEqual(['剪枝', '網絡剪枝']);
  });

  it.each([
    ['效果優於知識蒸餾', '知識蒸餾'],
    ['速度快且語音品質', '語音品質'],
  ])('should not start the Chinese term of %s with a comparison or conjunction', (run, term) => {
    const terms = trailingChineseTerms(run);
    expect(terms[terms.length - 1]).toBe(term);
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
  it.each([
    // lower-case long forms, letters taken from inside words, and the abbreviation first
    ['a long short-term memory (LSTM) layer', { en: 'long short-term memory', abbr: 'LSTM' }],
    [
      '使用 RoBERTa（Robustly optimized BERT approach）',
      { en: 'Robustly optimized BERT approach', abbr: 'RoBERTa' },
    ],
    ['如 GRU（Gated Recurrent Unit）所示', { en: 'Gated Recurrent Unit', abbr: 'GRU' }],
    ['以 LoRA（Low-Rank Adaptation）微調', { en: 'Low-Rank Adaptation', abbr: 'LoRA' }],
    ['如 BERT（Bidirectional Encoder Representations from Transformers）', undefined],
  ])('should read %s', (text, expected) => {
    expect(findLongFormAbbreviations(text)[0]).toEqual(expected);
  });
  it('should not read a long form written in capitals (shouting)', () => {
    expect(findLongFormAbbreviations('使用 FULL LANGUAGE PACK (FLP) 訓練')).toEqual([]);
  });
  it.each([
    ['GAT', 'Graph Attention Networks', true],
    ['CNN', 'Convolutional Neural Network', true],
    ['CNN', 'Recurrent Neural Network', false],
    ['ML', 'Deep Learning', false],
  ])('should tell whether %s abbreviates %s', (abbr, long, expected) => {
    expect(abbreviates(abbr, long)).toBe(expected);
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
  it('should not take a title verb and its object for a term', () => {
    expect(findNounPhrases('GAN - Improving Sequence Generation by GAN')).toEqual([]);
  });
});

describe('findMarkedTerms', () => {
  it('should take short English bold spans and headings as key terms', () => {
    const md =
      '#### 2. 主要觀念\n##### b. Weight Agnostic Networks (WAN)\n- **One Pixel Attack**：只改一個像素\n- **這是中文**';
    expect(findMarkedTerms(md)).toEqual(['One Pixel Attack']);
  });
  it('should not take the section labels of an English summary for key terms', () => {
    const md =
      '#### Main ideas\n1. **A set of feature maps as output**: each filter gives one map.\n' +
      '2. **Two kinds of pooling**: max and average.\n3. **Why depth helps**: reuse.\n4. **Receptive Field**: the area.';
    expect(findMarkedTerms(md)).toEqual(['Receptive Field', 'Main ideas']);
  });
  it('should take the English name that opens a bold span continued in Chinese', () => {
    expect(findMarkedTerms('- **BatchNorm技術**：\n- **ResNet 的創新**\n- **中文 English**')).toEqual([
      'BatchNorm',
      'ResNet',
    ]);
  });
});

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

describe('findTemplateHeadings', () => {
  it('should find nothing without summaries or headings', () => {
    expect(findTemplateHeadings([])).toEqual(new Set());
    expect(findTemplateHeadings(['no heading here', '- **Bold** only'])).toEqual(new Set());
  });
  it('should find the headings two or more summaries share, numbered or bold alike', () => {
    const a = '### Key points\n#### Core topic\nGANs.\n#### 1. Main ideas\n- x\n#### WGAN\n- y';
    const b = '### **Key points**\n#### Core topic:\nVAEs.\n#### Main ideas\n- z\n#### Reparameterization';
    expect([...findTemplateHeadings([a, b])].sort()).toEqual(['core topic', 'key point', 'main idea']);
  });
});

describe('findCoordinatedNames', () => {
  it('should find nothing in a title without coordinated capitalised names', () => {
    expect(findCoordinatedNames('')).toEqual([]);
    expect(findCoordinatedNames('speech recognition and synthesis')).toEqual([]);
  });
  it('should pair the capitalised names a title coordinates, in both orders', () => {
    expect(findCoordinatedNames('Denoising with Spectral Gating and Wiener Filtering')).toEqual([
      ['Spectral Gating', 'Wiener Filtering'],
      ['Wiener Filtering', 'Spectral Gating'],
    ]);
  });
});

describe('findInlineNames', () => {
  it('should find nothing in English prose or Chinese prose without capitalised phrases', () => {
    expect(findInlineNames('We use Gradient Boosting Trees here.')).toEqual([]);
    expect(findInlineNames('這裡使用 gradient boosting 方法')).toEqual([]);
  });
  it.each([
    ['模型採用 Gradient Boosting Trees，效果很好', ['Gradient Boosting Trees']],
    ['（如Layer-wise Relevance Propagation）', ['Layer-wise Relevance Propagation']],
    // one word, all capitals, a function word or too long: not a name
    ['使用 Transformer 與 SOURCE TARGET PAIRS', []],
    ['**Definition of Clear Requirements**: 明確', []],
    ['論文 Rethinking The Value Of Network Pruning 指出', []],
  ])('should read %s', (text, names) => {
    expect(findInlineNames(text)).toEqual(names);
  });
});

describe('sameName', () => {
  it.each([
    // A generated summary's spellings of the model its title names.
    ['WGWebNet', 'WG-WaveNet', true],
    ['Tacotrom', 'Tacotron', true],
    ['Mockinjay', 'Mockingjay', true],
    // Different models, versions, or too short to judge.
    ['SpeechT5', 'SpeechLM', false],
    ['Tacotron2', 'Tacotron', false],
    ['WaveRNN', 'WaveNet', false],
    ['BERT', 'BART', false],
    ['WG-WaveNet', 'WG-WaveNet', false],
  ])('should judge whether %s misspells %s', (written, name, expected) => {
    expect(sameName(written, name)).toBe(expected);
  });
});
