import { describe, it, expect } from 'vitest';
import { isShouting } from '../../../src/extract/normalise.js';
import { findModelNames } from '../../../src/extract/discovery/model-names.js';

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
