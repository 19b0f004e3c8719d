import { describe, it, expect } from 'vitest';
import { composedTerms, type ComposeContext } from '../../src/extract/composed-terms.js';
import { TermMatcher } from '../../src/extract/term-matcher.js';
import { termKey } from '../../src/extract/normalise.js';

// A small vocabulary, as the lexicon would give it.
const vocabulary: Record<string, string> = {
  'supervised learning': 'supervised-learning',
  'unsupervised learning': 'unsupervised-learning',
  'speech recognition': 'speech-recognition',
  'speech synthesis': 'speech-synthesis',
  'reinforcement learning': 'reinforcement-learning',
  RL: 'reinforcement-learning',
  'model-based RL': 'model-based-reinforcement-learning',
  'multi-agent RL': 'multi-agent-reinforcement-learning',
  'meta RL': 'meta-reinforcement-learning',
  AlphaStar: 'alphastar',
  文本生成: 'text-generation',
  影像生成: 'image-generation',
  動態深度: 'dynamic-computation',
  動態寬度: 'dynamic-computation-width',
  學習率: 'learning-rate',
  權重衰減: 'weight-decay',
  學習率衰減: 'learning-rate-decay',
  'AI-generated content': 'ai-generated-content',
  'AI-generated content detection': 'ai-generated-content-detection',
  VAE: 'variational-autoencoder',
  GAN: 'gan',
  'flow model': 'flow-based-model',
  'diffusion model': 'diffusion-model',
  'speech model': 'speech-model',
  tool: 'stop',
};
const models = new Set(['variational-autoencoder', 'gan', 'flow-based-model', 'diffusion-model']);
const keys = new Map(Object.entries(vocabulary).map(([term, id]) => [termKey(term), id]));
const matcher = new TermMatcher();
for (const [term, id] of Object.entries(vocabulary)) if (id !== 'stop') matcher.add(term, id);
const context = (topicLists = false): ComposeContext => ({
  lookup: (term) => keys.get(termKey(term)),
  namesOf: (id) => (id === 'reinforcement-learning' ? ['reinforcement learning', 'RL'] : []),
  isGeneric: (word) => keys.get(termKey(word)) === 'stop',
  topicLists,
  isModel: (id) => models.has(id),
});
const composed = (text: string, topicLists = false): string[] =>
  composedTerms(text, matcher.match(text), context(topicLists)).map((m) => m.id);

describe('composedTerms', () => {
  it('should compose nothing from empty text or text without coordination', () => {
    expect(composedTerms('', [], context())).toEqual([]);
    expect(composed('Speech Recognition')).toEqual([]);
    expect(composed('這一段沒有任何術語')).toEqual([]);
  });

  it('should read modifiers that share a head: "Supervised and Unsupervised Learning"', () => {
    expect(composed('Supervised and Unsupervised Learning')).toEqual(['supervised-learning']);
    expect(composed('Model-based, Multi-agent and Meta RL')).toEqual([
      'model-based-reinforcement-learning',
      'multi-agent-reinforcement-learning',
    ]);
  });

  it('should read heads that share a modifier: "Speech Recognition and Synthesis"', () => {
    expect(composed('TOWARDS UNSUPERVISED SPEECH RECOGNITION AND SYNTHESIS')).toEqual(['speech-synthesis']);
  });

  it('should read the kinds a title lists after its topic, in titles only', () => {
    const title = 'RL - Model-based, Large-scale, Meta, Multi-agent, AlphaStar';
    expect(composed(title, true).sort()).toEqual([
      'meta-reinforcement-learning',
      'model-based-reinforcement-learning',
      'multi-agent-reinforcement-learning',
    ]);
    expect(composed(title, false)).toEqual([]);
  });

  it('should read Chinese coordination sharing a head or a modifier', () => {
    expect(composed('生成策略在文本和影像生成中的應用')).toEqual(['text-generation']);
    expect(composed('**動態深度與寬度調控**：根據任務調整')).toEqual(['dynamic-computation-width']);
  });

  it('should not distribute over a conjunct that names something by itself', () => {
    // 學習率與權重衰減 is "learning rate and weight decay", not "learning rate decay".
    expect(composed('使用適當的學習率與權重衰減')).toEqual([]);
  });

  it('should read "Detection (Tools) for X" as "X detection", holding X', () => {
    const text = '**Detection Tools for AI-Generated Content**：識別';
    const out = composedTerms(text, matcher.match(text), context());
    expect(out.map((m) => m.id)).toEqual(['ai-generated-content-detection']);
    expect(out[0]!.subsumes).toBe(text.indexOf('AI-Generated'));
  });

  it('should read the models a list names without their head: "VAE, Flow, Diffusion, GAN"', () => {
    expect(composed('快速導讀經典影像生成方法 (VAE, Flow, Diffusion, GAN)').sort()).toEqual([
      'diffusion-model',
      'flow-based-model',
    ]);
    expect(composed('GAN、Diffusion 與 Flow 的比較').sort()).toEqual(['diffusion-model', 'flow-based-model']);
  });

  it('should not read a head into a word that is not listed beside a model, or into what is no model', () => {
    expect(composed('Diffusion is slow, GAN is fast')).toEqual([]);
    expect(composed('Speech and Flow and Diffusion')).toEqual([]);
  });
});
