import { describe, it, expect } from 'vitest';
import { isShouting } from '../../../src/extract/normalise.js';
import { findModelNames, findSummaryNames } from '../../../src/extract/discovery/model-names.js';

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
    // Versions with a dot, and names with one capital and a version number.
    ['From GPT-3.5 to GPT-4', ['GPT-3.5', 'GPT-4']],
    ['Fine-tuning Llama-2 and Qwen2 on Phi-3.5 data', ['Llama-2', 'Qwen2', 'Phi-3.5']],
    ['Figure 3 shows version 2.0 of the results', []],
  ])('should find the names in %s', (title, names) => {
    expect(findModelNames(title, isShouting(title))).toEqual(names);
  });
});

describe('findSummaryNames', () => {
  const words = new Set(['source', 'language', 'and', 'target', 'pairs', 'limited', 'pack', 'full']);
  const isWord = (w: string): boolean => words.has(w.toLowerCase());

  it('should find the names a summary writes, line by line, but not the words of a heading in capitals', () => {
    const summary = [
      '- **SOURCE LANGUAGE AND TARGET LANGUAGE PAIRS (SLTPs)**：來源語言和目標語言對',
      '- 使用 FULL LANGUAGE PACK (FLP) 訓練，並與 CLIP 及 CycleGAN 比較',
      '- GAN and BERT GPT-2',
    ].join('\n');
    expect(findSummaryNames(summary, isWord).sort()).toEqual(
      ['BERT', 'CLIP', 'CycleGAN', 'FLP', 'GAN', 'GPT-2', 'SLTPs'].sort(),
    );
  });
});
