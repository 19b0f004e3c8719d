import { describe, it, expect } from 'vitest';
import {
  isShouting,
  singular,
  slugify,
  termKey,
  tokenize,
  stripHeadingNumber,
} from '../../src/extract/normalise.js';

describe('termKey', () => {
  it('should give no key for text without words', () => {
    expect(termKey('')).toBe('');
    expect(termKey(' -- ,, $$ ')).toBe('');
  });

  it.each([
    // case, hyphen and space
    ['Self-Supervised Learning', 'self-supervised learning'],
    ['self supervised  learning', 'Self-supervised learning'],
    // regular plurals
    ['Generative Adversarial Networks', 'generative adversarial network'],
    ['GANs', 'GAN'],
    ['strategies', 'strategy'],
    ['losses', 'loss'],
    ['evaluation metrics', 'evaluation metric'],
    ['approaches', 'approach'],
    ['batches', 'batch'],
    ['studies', 'study'],
    // plurals whose singular the plural alone cannot tell: one key for both
    ['KV caches', 'KV cache'],
    ['movies', 'movie'],
    // the -es plural of a singular in -s
    ['inductive biases', 'inductive bias'],
    ['text corpuses', 'text corpus'],
    // Latin and Greek plurals
    ['Markov matrices', 'Markov matrix'],
    ['graph vertices', 'graph vertex'],
    ['hypotheses', 'hypothesis'],
    ['sensitivity analyses', 'sensitivity analysis'],
    // full-width letters and digits
    ['ＢＥＲＴ', 'BERT'],
    ['ＧＰＴ－３', 'GPT-3'],
    // Traditional and Simplified characters
    ['網路剪枝', '网路剪枝'],
    ['自督導式學習', '自督导式学习'],
    ['強化學習', '强化学习'],
  ])('should give %s and %s the same key', (a, b) => {
    expect(termKey(a)).toBe(termKey(b));
  });

  it.each([
    ['TTS', 'tts'],
    ['bias', 'bias'],
    ['analysis', 'analysis'],
    ['process', 'process'],
  ])('should not singularise %s', (word, key) => {
    expect(termKey(word)).toBe(key);
  });
});

describe('tokenize', () => {
  it('should split Chinese into characters and keep the spans of the original text', () => {
    const text = '探討 CTC（Connectionist Temporal Classification）';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual([
      '探',
      '讨',
      'ctc',
      'connectionist',
      'temporal',
      'classification',
    ]);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('CTC');
    expect(tokens[2]!.caps).toBe(true);
  });

  it('should treat an all-capitals title as ordinary words, not acronyms', () => {
    expect(isShouting('INTERRUPTED AND CASCADED PIT FOR SPEECH SEPARATION')).toBe(true);
    expect(isShouting('SAGAN, BigGAN, SinGAN, GauGAN, GANILLA, NICE-GAN')).toBe(false);
    const tokens = tokenize('DEFENSE AGAINST ADVERSARIAL ATTACKS');
    expect(tokens.map((t) => t.norm)).toEqual(['defense', 'against', 'adversarial', 'attack']);
  });

  it('should keep the plus that closes a name (VQVC+ is not VQVC) but split on one between words', () => {
    expect(termKey('VQVC+')).not.toBe(termKey('VQVC'));
    expect(tokenize('VQVC+: one-shot VC, C++ 程式').map((t) => t.norm)).toEqual(
      expect.arrayContaining(['vqvc+', 'c++']),
    );
    expect(tokenize('CNN+RNN').map((t) => t.norm)).toEqual(['cnn', 'rnn']);
  });
});

describe('singular and slugify', () => {
  it('should leave short words alone', () => {
    expect(singular('gas')).toBe('gas');
    expect(singular('its')).toBe('its');
  });
  it.each([
    ['2. Spectral Gating', 'Spectral Gating'],
    ['3.1 Spectral Gating', 'Spectral Gating'],
    ['3、Spectral Gating', 'Spectral Gating'],
    ['(1) Spectral Gating', 'Spectral Gating'],
    ['b. Weight Agnostic Networks', 'Weight Agnostic Networks'],
    ['3D Gaussian Splatting', '3D Gaussian Splatting'],
    ['Approx. Inference', 'Approx. Inference'],
  ])('should take the numbering off %s', (heading, text) => {
    expect(stripHeadingNumber(heading)).toBe(text);
  });
  it.each([
    ['VQVC+', 'vqvc-plus'],
    ['WG-WaveNet', 'wg-wavenet'],
    ['Lottery Ticket Hypothesis', 'lottery-ticket-hypothesis'],
    ['向量', '向量'],
  ])('should slug %s as %s', (term, slug) => {
    expect(slugify(term)).toBe(slug);
  });
});

describe('tokenize (mixed scripts)', () => {
  it.each([
    ['GNN的方法', ['gnn', '的', '方', '法']],
    ['Adam優化器', ['adam', '优', '化', '器']],
    ['DropEdge技術', ['dropedge', '技', '术']],
  ])('should end an English word at the first Chinese character in %s', (text, norms) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(norms);
  });
});
