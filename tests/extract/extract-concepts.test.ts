import { describe, it, expect, beforeAll } from 'vitest';
import type { LectureRecord } from '../../src/core/types.js';
import { extractConcepts, namedSurface, type ExtractionResult } from '../../src/extract/extract-concepts.js';
import { loadLexicon, type Lexicon } from '../../src/extract/lexicon.js';
import { ingest } from '../../src/ingest/ingest.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

/**
 * These specs describe the hand-written inclusion rules, which the trained aboutness model reads as its
 * `rule` feature: they run without the model, so that a rule's behaviour is checked on its own.
 */
const extractByRules = (
  lectures: readonly LectureRecord[],
  lex: Parameters<typeof extractConcepts>[1],
  options: Parameters<typeof extractConcepts>[2] = {},
): ExtractionResult => extractConcepts(lectures, lex, { aboutness: null, ...options });

const lecture = (number: number, title: string, extra: Partial<LectureRecord> = {}): LectureRecord => ({
  number,
  title,
  rawTitle: title,
  videoId: 'AAAAAAAAAAA',
  url: 'https://www.youtube.com/watch?v=AAAAAAAAAAA',
  thumbnail: 'https://img.youtube.com/vi/AAAAAAAAAAA/hqdefault.jpg',
  language: /\p{Script=Han}/u.test(title) ? 'zh' : 'en',
  source: { file: 'test.md', line: 1 },
  ...extra,
});

const conceptsOf = (r: ExtractionResult, n: number): string[] =>
  r.mentions
    .filter((m) => m.lecture === n)
    .map((m) => m.concept)
    .sort();

describe('discovery of names summaries write', () => {
  const summary = (names: string): Partial<LectureRecord> => ({
    summary: `本講比較 ${names} 的做法與效果。`,
  });

  it('should make a concept of a name two summaries write, and not of one written once or twice in one text', () => {
    const r = extractByRules(
      [
        lecture(1, 'Image Models', summary('ZyloNet 與 QXRT')),
        lecture(2, 'Vision Models', summary('ZyloNet 與 PLUMB')),
        // A re-upload with the same summary writes PLUMB twice, in one text.
        lecture(3, 'Vision Models (re-upload)', summary('ZyloNet 與 PLUMB')),
      ],
      lexicon,
    );
    expect(r.resolve('ZyloNet')).toBe('zylonet');
    expect(r.resolve('QXRT')).toBeUndefined();
    expect(r.resolve('PLUMB')).toBeUndefined();
  });

  it('should not make a concept of a word in capitals in a heading that shouts', () => {
    const heading = (topic: string): Partial<LectureRecord> => ({
      summary: `- **SOURCE LANGUAGE AND TARGET LANGUAGE PAIRS**：${topic}`,
    });
    const r = extractByRules(
      [lecture(1, 'Speech Translation', heading('語音翻譯')), lecture(2, 'Speech Data', heading('資料收集'))],
      lexicon,
    );
    expect(r.resolve('LANGUAGE')).not.toBe('language');
    expect([...r.concepts.values()].filter((c) => c.origin === 'discovered').map((c) => c.label)).toEqual([]);
  });
});

describe('extractConcepts', () => {
  it('should survive empty titles, marker-only titles, LaTeX and HTML summaries and a 1 MB summary', () => {
    const lectures = [
      lecture(1, ''),
      lecture(2, '[DLHLP 2020] (1/2)'),
      lecture(3, 'Math', {
        summary: '$$\\frac{a<b}{c}$$ <img src=x onerror=alert(1)> \\(x\\) <script>alert(1)</script>',
      }),
      lecture(4, 'Long', { summary: '注意力機制 attention mechanism '.repeat(70_000) }),
      lecture(5, '混合 scripts 🙂 ‮RTL‬ \u0000'),
    ];
    const r = extractByRules(lectures, lexicon);
    expect(conceptsOf(r, 1)).toEqual([]);
    expect(conceptsOf(r, 3)).toEqual([]);
    expect(conceptsOf(r, 4)).toEqual(['attention-mechanism']);
  });

  it('should map English, Chinese and abbreviated surface forms to one concept', () => {
    const r = extractByRules(
      [
        lecture(1, '自督導式學習'),
        lecture(2, 'Self-supervised Learning'),
        lecture(3, '自监督学习'),
        lecture(4, '增強式學習'),
        lecture(5, '强化学习'),
      ],
      lexicon,
    );
    expect([1, 2, 3].map((n) => conceptsOf(r, n))).toEqual([
      ['self-supervised-learning'],
      ['self-supervised-learning'],
      ['self-supervised-learning'],
    ]);
    expect(conceptsOf(r, 4)).toEqual(conceptsOf(r, 5));
  });

  it('should name model families that stand alone in a compound, not inside any word', () => {
    const r = extractByRules(
      [
        lecture(1, 'SAGAN, BigGAN, NICE-GAN'),
        lecture(2, 'ChatGPT 原理剖析'),
        lecture(3, 'CTC, RNN-T and more'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(expect.arrayContaining(['gan', 'nice-gan', 'sagan', 'biggan']));
    expect(conceptsOf(r, 2)).toEqual(['chatgpt']);
    expect(conceptsOf(r, 3)).toEqual(['ctc', 'rnn-t']);
  });

  it('should file a model under its family in the plural too, whatever other lectures the catalog holds', () => {
    // Read alone, or after or before a lecture that writes the family's plural (a form reading added to its names).
    for (const lectures of [
      [lecture(2, 'Vision Transformers')],
      [lecture(1, 'Transformers'), lecture(2, 'Vision Transformers')],
      [lecture(2, 'Vision Transformers'), lecture(3, 'Transformers')],
    ])
      expect(conceptsOf(extractByRules(lectures, lexicon), 2)).toEqual(['transformer', 'vision-transformer']);
  });

  it('should not tag a broad field a title only uses as a tool', () => {
    const r = extractByRules(
      [lecture(1, 'Deep Learning for Coreference Resolution'), lecture(2, '魚與熊掌可以兼得的深度學習')],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['coreference-resolution']);
    expect(conceptsOf(r, 2)).toEqual(['deep-learning']);
  });

  it('should learn a concept a summary defines in both languages', () => {
    const r = extractByRules(
      [
        lecture(1, 'Paper talk', {
          summary: '### 核心主題\n- 提出梯度蒸發器（Gradient Vaporizer, GV）來加速訓練。\n- GV 很有效。',
        }),
        lecture(2, '梯度蒸發器'),
      ],
      lexicon,
    );
    expect(r.concepts.get('gradient-vaporizer')).toMatchObject({
      label: 'gradient vaporizer',
      labelZh: '梯度蒸發器',
      origin: 'discovered',
    });
    expect(conceptsOf(r, 2)).toEqual(['gradient-vaporizer']);
  });

  it('should mark title concepts as main and weight the title above the summary body', () => {
    const r = extractByRules(
      [
        lecture(1, 'Knowledge Distillation', {
          summary: 'pruning 與 pruning 與 pruning，還有 knowledge distillation',
        }),
      ],
      lexicon,
    );
    const kd = r.mentions.find((m) => m.concept === 'knowledge-distillation')!;
    const pruning = r.mentions.find((m) => m.concept === 'network-pruning')!;
    expect(kd.main).toBe(true);
    expect(pruning.main).toBe(false);
    expect(kd.weight).toBeGreaterThan(pruning.weight);
  });

  it('should pair the seed twins and give both sides the same main topics', async () => {
    const data = await ingest(['data']);
    const r = extractByRules(data.lectures, lexicon);
    expect(r.twins).toEqual(
      expect.arrayContaining([
        [294, 296],
        [353, 362],
        [370, 371],
      ]),
    );
    const mainOf = (n: number): string[] =>
      r.mentions
        .filter((m) => m.lecture === n && m.main)
        .map((m) => m.concept)
        .sort();
    expect(mainOf(370)).toEqual(mainOf(371));
    // Deterministic: a second run gives the same mentions.
    expect(extractByRules(data.lectures, lexicon).mentions).toEqual(r.mentions);
  });

  it('should tag a background concept from a summary body only when the summary defines it', () => {
    const r = extractByRules(
      [
        lecture(1, 'Knowledge Distillation', { summary: '調整梯度。梯度很大，梯度很小，梯度消失前的梯度。' }),
        lecture(2, 'Knowledge Distillation', { summary: '- 計算梯度（Gradient）的方法' }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['knowledge-distillation']);
    expect(conceptsOf(r, 2)).toEqual(['gradient', 'knowledge-distillation']);
  });

  it('should not tag a background concept a title names beside something more specific', () => {
    const r = extractByRules(
      [
        lecture(1, '類神經網路的知識蒸餾'),
        lecture(2, '類神經網路'),
        lecture(3, '批次 (batch) 與動量 (momentum)'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['knowledge-distillation']);
    expect(conceptsOf(r, 2)).toEqual(['neural-network']);
    expect(conceptsOf(r, 3)).toEqual(['batch', 'momentum']);
  });

  it('should tag a concept a Chinese summary writes once as an English name', () => {
    const r = extractByRules(
      [
        lecture(1, 'Paper talk', {
          summary:
            '- 比較了多種方法，如Knowledge Distillation。\n- 也提到知識蒸餾的缺點。\n- 另有 Shadow Lantern Merging 技巧。',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['knowledge-distillation', 'shadow-lantern-merging']);
  });

  it.each([
    ['Knowledge Distillation', true],
    ['In-context Learning', true],
    ['Actor-Critic', true],
    ['BitFit', true],
    ['GPT-3', true],
    ['Encoder-Decoder架構', true],
    ['knowledge distillation', false],
    ['GAN', false],
    ['知識蒸餾', false],
  ])('should judge whether %s is written as a name', (surface, expected) => {
    expect(namedSurface(surface)).toBe(expected);
  });

  it('should not tag what a title does without', () => {
    const r = extractByRules(
      [lecture(1, 'Speech Synthesis without GPU'), lecture(2, '不需要GPU的語音合成')],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['speech-synthesis']);
    expect(conceptsOf(r, 2)).toEqual(['speech-synthesis']);
  });

  it('should read a known term with an inner word left out as that term', () => {
    const r = extractByRules(
      [lecture(1, 'Paper talk', { summary: '### 主要觀念\n- **Lottery Hypothesis**：大網路裡的小網路' })],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['lottery-ticket-hypothesis']);
  });

  it('should tag the broader task a title names as the head of a longer one', () => {
    const r = extractByRules(
      [lecture(1, 'Spoken Question Answering'), lecture(2, 'Convolutional Neural Network')],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['question-answering', 'spoken-question-answering']);
    expect(conceptsOf(r, 2)).toEqual(['convolutional-neural-network']);
  });

  it("should give a twin the other side's topics, not the details only its summary names", () => {
    const twin = { series: 'ML 2021', part: { index: 2, total: 2 } };
    const lectures = [
      lecture(1, '網路壓縮 (二) - 從各種面向來壓縮神經網路', twin),
      lecture(2, 'Network Compression', {
        ...twin,
        language: 'en',
        englishVersion: true,
        summary:
          '### 主要觀念\n- **知識蒸餾（Knowledge Distillation）**：用大模型教小模型。\n- **參數量化（Parameter Quantization）**。',
      }),
      lecture(3, '深度學習入門', { series: 'ML 2022', part: { index: 1, total: 2 } }),
      lecture(4, 'Introduction to ML', {
        series: 'ML 2022',
        part: { index: 1, total: 2 },
        language: 'en',
        englishVersion: true,
      }),
    ];
    const r = extractByRules(lectures, lexicon);
    expect(r.twins).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(conceptsOf(r, 2)).toEqual([
      'knowledge-distillation',
      'network-compression',
      'parameter-quantization',
    ]);
    expect(conceptsOf(r, 1)).toEqual(['network-compression']);
    // The more specific side keeps its topic alone: deep learning, not also the twin's machine learning.
    expect(conceptsOf(r, 3)).toEqual(['deep-learning']);
    expect(conceptsOf(r, 4)).toEqual(['deep-learning', 'machine-learning']);
    // Sharing every concept is an option.
    const all = extractByRules(lectures, lexicon, { twinSharing: 'all' });
    expect(conceptsOf(all, 1)).toEqual(conceptsOf(all, 2));
  });

  it('should tag the subject a course overview names in its raw title, and every field it names', () => {
    const r = extractByRules(
      [
        lecture(1, 'Course Introduction', {
          rawTitle: 'Machine Learning (2023): Course Introduction',
          courseOverview: true,
        }),
        lecture(2, 'Course Introduction', {
          rawTitle: '[ML 2023] Course Introduction',
          courseOverview: true,
        }),
        lecture(3, 'Deep Learning for Speech and Language Processing (Course Overview)', {
          courseOverview: true,
        }),
        lecture(4, 'Deep Learning for Speaker Diarization'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['machine-learning']);
    expect(conceptsOf(r, 2)).toEqual([]);
    expect(conceptsOf(r, 3)).toEqual(['deep-learning', 'speech-processing']);
    expect(conceptsOf(r, 4)).toEqual(['speaker-diarization']);
  });

  it('should read a known term with a word inserted as that term', () => {
    const r = extractByRules([lecture(1, 'Semi-supervised Sequence Learning')], lexicon);
    expect(conceptsOf(r, 1)).toEqual(['semi-supervised-learning']);
  });

  it('should file a discovered name under the model family that closes it in capitals', () => {
    const r = extractByRules(
      [lecture(1, 'PhoBERT: Pre-trained language models for Vietnamese'), lecture(2, 'ChatGPT 原理剖析')],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(expect.arrayContaining(['bert', 'phobert']));
    expect(conceptsOf(r, 2)).toEqual(['chatgpt']);
  });

  it("should read a summary's misspelling of its title's model name as that name", () => {
    const r = extractByRules(
      [
        lecture(1, 'FastPitch: Parallel Text-to-speech with Pitch Prediction', {
          summary: '### 主要觀念\n- **FastPich** 是非自迴歸的語音合成模型。\n- FastPich 預測每個音素的音高。',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toContain('fastpitch');
    expect(conceptsOf(r, 1)).not.toContain('fastpich');
    expect(r.concepts.get('fastpitch')!.aliases).toContain('FastPich');
  });

  it('should not learn a concept from a phrase that says how deep a lecture goes, nor from a person', () => {
    const r = extractByRules(
      [
        lecture(1, 'Review: Basic Structures for Deep Learning Models (Part I)'),
        lecture(2, 'Review: Basic Structures for Deep Learning Models (Part II)'),
        lecture(3, 'Why Deep?', {
          summary: '### 主要觀念\n1. **Rich Caruana的研究**：淺層網路模仿深層網路。',
        }),
      ],
      lexicon,
    );
    const discovered = [...r.concepts.values()].filter((c) => c.origin === 'discovered').map((c) => c.label);
    expect(discovered).not.toContain('basic structures');
    expect(discovered.map((l) => l.toLowerCase())).not.toContain('rich caruana');
  });

  it('should not take an adjective such as end-to-end for a concept of its own', () => {
    const r = extractByRules([lecture(1, 'End-to-end Low-resource Speech Recognition')], lexicon);
    expect(conceptsOf(r, 1)).toEqual(['speech-recognition']);
  });

  it('should not learn a parenthesised gloss that does not translate a known Chinese name', () => {
    const r = extractByRules(
      [lecture(1, 'Paper talk', { summary: '- 模型在測試集上表現不佳（generalization gap），需要正則化。' })],
      lexicon,
    );
    const generalization = r.concepts.get('generalization')!;
    expect([...generalization.aliases]).not.toContain('表現不佳');
    expect(generalization.labelZh).toBe('泛化');
  });

  it('should learn no Chinese name for a curated concept the lexicon keeps in English from a summary’s gloss', () => {
    // A generated summary glosses a dataset's name with what it is used as ("multimodal dataset"): the learner
    // must not see that as LibriSpeech's Chinese name. The curated lexicon decides its concepts' display names.
    const r = extractByRules(
      [lecture(1, 'Speech Data', { summary: '2. **多模態數據集（LibriSpeech）**：提供豐富的訓練數據。' })],
      lexicon,
    );
    const libri = r.concepts.get('librispeech')!;
    expect(libri.origin).toBe('lexicon');
    expect(libri.labelZh).toBeUndefined();
    // Nor is the gloss learned as another name of it: it would find LibriSpeech wherever a summary says 多模態數據集.
    expect([...libri.aliases]).not.toContain('多模態數據集');
    expect(r.resolve('多模態數據集')).toBeUndefined();
  });

  it('should not learn an English word glossing a known Chinese name as that concept’s alias when it names something else', () => {
    const r = extractByRules(
      [
        lecture(1, 'Deep Reinforcement Learning', {
          summary: '- 訓練一個智能體（actor）與環境互動，Actor 根據獎勵更新策略。',
        }),
        lecture(2, 'Knowledge Distillation', { summary: '- 知識蒸餾（distillation）把大模型壓縮成小模型。' }),
      ],
      lexicon,
    );
    const agent = r.concepts.get('ai-agent')!;
    expect([...agent.aliases].map((a) => a.toLowerCase())).not.toContain('actor');
    expect([...r.concepts.get('knowledge-distillation')!.aliases]).toContain('distillation');
  });

  it('should not learn an English gloss of several words as a name of a concept it shares no word with, or a kind of it', () => {
    const r = extractByRules(
      [
        lecture(1, 'Voice Conversion', {
          summary: '- 生成器（Phonetic Encoder）只保留內容資訊，鑑別器（Speaker Classifier）判斷語者。',
        }),
        lecture(2, 'Lottery Ticket', { summary: '- 彩票假說（Lottery Hypothesis）說明小網路可以訓練得好。' }),
        lecture(3, 'StyleGAN', { summary: '- 引入風格向量（style vector），控制生成圖像的風格。' }),
      ],
      lexicon,
    );
    // Words in front of one of its names make a kind of the concept, not another name for it.
    expect([...r.concepts.get('vector')!.aliases]).not.toContain('style vector');
    expect([...r.concepts.get('generator')!.aliases]).not.toContain('Phonetic Encoder');
    expect([...r.concepts.get('discriminator')!.aliases]).not.toContain('Speaker Classifier');
    // A gloss that shares a word with the concept's names still names it.
    expect([...r.concepts.get('lottery-ticket-hypothesis')!.aliases]).toContain('Lottery Hypothesis');
  });

  it('should tag the terms a coordination composes without taking its span for a name of either', () => {
    const r = extractByRules(
      [lecture(1, 'Speech Recognition and Synthesis', { summary: '- 介紹語音識別和合成的基本架構。' })],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(expect.arrayContaining(['speech-recognition', 'speech-synthesis']));
    const names = [...r.concepts.get('speech-synthesis')!.aliases];
    expect(names).not.toContain('Speech Recognition and Synthesis');
    expect(names).not.toContain('語音識別和合成');
  });

  it('should learn a Chinese name only as the term itself, not with the words of the sentence before it', () => {
    const r = extractByRules(
      [
        lecture(1, 'RL', { summary: '文章圍繞強化學習（Reinforcement Learning）的三個步驟展開。' }),
        lecture(2, 'GAN', { summary: '- 通過設計對抗網絡（GANs）來縮小兩個分布的差異。' }),
        lecture(3, 'ASR', { summary: '- 語音恢復（Speech Recognition）把聲音轉成文字。' }),
        lecture(4, 'Compression', { summary: '- 神經網路壓縮（Network Compression）讓模型變小。' }),
        lecture(5, 'Speaker', { summary: '- 說話者嵌入（Speaker Embedding）表示一個人的聲音。' }),
        lecture(6, 'Attacks', { summary: '- 模仿攻擊 (Imitation Attack) 以及後門攻擊 (Backdoor Attack)。' }),
      ],
      lexicon,
    );
    const zh = (id: string): string[] =>
      [...r.concepts.get(id)!.aliases].filter((a) => /\p{Script=Han}/u.test(a));
    expect(zh('reinforcement-learning')).not.toContain('文章圍繞強化學習');
    expect(zh('gan')).not.toContain('設計對抗網絡');
    expect(zh('speech-recognition')).not.toContain('語音恢復');
    // The word before the parenthesis is 後門 ("back door"): its tail is no name of the attack.
    expect(zh('backdoor-attack')).not.toContain('門攻擊');
    // Modifiers in front of a known name, or another word for its modifier before the same head, are kept.
    expect(zh('network-compression')).toContain('神經網路壓縮');
    expect(zh('speaker-embedding')).toContain('說話者嵌入');
  });
});

// Rules for lectures the extraction was not developed on: every input below is written for the test, in the
// style of the channel's catalogs (English and Chinese summaries, paper-talk titles, course titles).
describe('discovered concepts in the lexicon structure', () => {
  it('should read an abbreviation after a known term as that term, not its spelt-out tail as a new concept', () => {
    const r = extractByRules(
      [
        lecture(1, 'Privacy Preserving Machine Learning', {
          summary: '- Homomorphic Encryption (HE)\n- Secure Multi-Party Computing (MPC)\n- Conclusion',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toContain('secure-multi-party-computation');
    const labels = [...r.concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('multi-party computing');
    // MPC is model predictive control elsewhere; here the lecture spells it out as the privacy method.
    expect(conceptsOf(r, 1)).not.toContain('model-predictive-control');
  });

  it("should read a title's unknown acronym as the known concept its text writes out, not as a new concept", () => {
    const r = extractByRules(
      [
        lecture(1, 'DL Fundamentals', {
          summary: 'Foundations of deep learning: neural networks, backpropagation and training.',
        }),
        lecture(2, 'QZX Pipelines', { summary: 'Serving models behind a queue.' }),
      ],
      lexicon,
    );
    expect([...r.concepts.get('deep-learning')!.aliases]).toContain('DL');
    expect(r.concepts.has('dl')).toBe(false);
    expect(conceptsOf(r, 1)).toContain('deep-learning');
    expect([...r.concepts.values()].some((c) => c.label === 'QZX')).toBe(true);
  });

  it('should read an acronym the text spells out as another term as that term, not as the known one', () => {
    const r = extractByRules(
      [
        lecture(1, 'Graph models', {
          summary:
            'We study GAN (Graph Attention Network) layers. Each GAN layer weighs the neighbours of a node.',
        }),
        lecture(2, 'Graph models, again', {
          summary: 'GAN (Graph Awesome Networks) stack GAN blocks for node classification.',
        }),
        // Another wording of the known long form, and a loose gloss, leave the acronym its meaning; another term
        // with the same initials does not.
        lecture(3, 'Image models', { summary: 'CNN (Convolution Neural Nets) stack filters.' }),
        lecture(4, 'Convolutions (CNNs)', { summary: 'Kernels and pooling.' }),
        lecture(5, 'Generative models', {
          summary: 'A GAN (Generative Adversarial Network) has two players.',
        }),
        lecture(6, 'Robots', { summary: 'RL (Robot Learning) puts RL on real arms.' }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toContain('graph-attention-network');
    expect(conceptsOf(r, 1)).not.toContain('gan');
    expect(conceptsOf(r, 2)).not.toContain('gan');
    expect(conceptsOf(r, 2)).toContain('graph-awesome-networks');
    // The known GAN keeps its own names: the other expansions are not its aliases.
    expect([...r.concepts.get('gan')!.aliases].map((a) => a.toLowerCase())).not.toContain(
      'graph awesome networks',
    );
    expect(conceptsOf(r, 3)).toContain('convolutional-neural-network');
    expect(r.concepts.has('convolution-neural-nets')).toBe(false);
    expect(conceptsOf(r, 6)).not.toContain('reinforcement-learning');
    expect(conceptsOf(r, 6)).toContain('robot-learning');
    expect([...r.concepts.get('reinforcement-learning')!.aliases].map((a) => a.toLowerCase())).not.toContain(
      'robot learning',
    );
    expect(conceptsOf(r, 4)).toContain('convolutional-neural-network');
    expect(conceptsOf(r, 5)).toContain('gan');
  });

  it('should put a discovered name under the known term that closes it', () => {
    const r = extractByRules(
      [lecture(1, 'SPIRAL-GAN for Images'), lecture(2, 'FLOWY-ZORP for Audio')],
      lexicon,
    );
    const discovered = [...r.concepts.values()].filter((c) => c.origin === 'discovered');
    expect(discovered.find((c) => c.label === 'SPIRAL-GAN')?.broader).toEqual(['gan']);
    // A name with no known head stays on its own.
    expect(discovered.find((c) => c.label === 'FLOWY-ZORP')?.broader).toEqual([]);
  });
});

describe('extractConcepts on unseen catalogs', () => {
  const englishSummary = (topic: string, labels: string[]): string =>
    `### Key points\n\n#### Core topic\n${topic}\n\n#### Main ideas\n` +
    labels.map((l, i) => `${i + 1}. **${l}**: explained here.`).join('\n') +
    '\n\n#### Why it matters\n- It scales.';

  it('should learn no concept from an English summary template or its section labels', () => {
    const r = extractByRules(
      [
        lecture(1, 'Variational Autoencoder', {
          summary: englishSummary('How a VAE learns a latent space.', [
            'The encoder as a distribution',
            'Two terms of the loss',
            'Why the decoder blurs',
          ]),
        }),
        lecture(2, 'Flow-based Generative Model', {
          summary: englishSummary('Invertible networks.', ['Computing the Jacobian', 'Coupling Layer']),
        }),
      ],
      lexicon,
    );
    const discovered = [...r.concepts.values()].filter((c) => c.origin === 'discovered').map((c) => c.id);
    expect(discovered).toEqual(['coupling-layer']);
    expect(conceptsOf(r, 1)).toEqual(['variational-autoencoder']);
    // A sentence-case label that holds a known term is that term at work: the Jacobian is read, not learnt.
    expect(conceptsOf(r, 2)).toEqual([
      'coupling-layer',
      'flow-based-model',
      'generative-model',
      'jacobian-matrix',
    ]);
  });

  it('should learn no concept from a bare hyphenated adjective or a one-word lower-case gloss', () => {
    const r = extractByRules(
      [
        lecture(1, 'Speech Separation', {
          summary:
            '#### 主要觀念\n1. **Masking-based 方法**：估計遮罩。\n2. 模型架構 (architecture) 採用 encoder。',
        }),
      ],
      lexicon,
    );
    expect(r.concepts.has('masking-based')).toBe(false);
    expect(r.concepts.has('architecture')).toBe(false);
    expect(conceptsOf(r, 1)).toEqual(['speech-separation']);
  });

  it('should learn no concept from a homework number or a course unit glued to its number', () => {
    const titles = [
      'HW3-1: Image Classification with CNN',
      'HW 3: Image Classification with CNN',
      'Homework Three Grading Policy',
      'Lab2: Kaggle Competition Walkthrough',
      'Week3: Convolutional Networks',
      'Part2: Speech Recognition',
      'Quiz1: Linear Algebra Review',
    ];
    const r = extractByRules(
      titles.map((t, i) => lecture(i + 1, t)),
      lexicon,
    );
    for (const id of ['hw3-1', 'hw', 'lab2', 'week3', 'part2', 'quiz1'])
      expect(r.concepts.has(id)).toBe(false);
  });

  it('should learn no concept from an adjective an acronym heads, but keep a model’s size name', () => {
    const r = extractByRules(
      [
        lecture(1, 'LLM-powered Agents for Data Analysis'),
        lecture(2, 'GPU-accelerated Training Tricks'),
        lecture(3, 'CTC-trained Acoustic Models'),
        lecture(4, 'Fine-tuning BERT-base on Small Data'),
      ],
      lexicon,
    );
    for (const id of ['llm-powered', 'gpu-accelerated', 'ctc-trained'])
      expect(r.concepts.has(id)).toBe(false);
    expect(r.resolve('BERT-base')).toBeDefined();
  });

  it('should read an abbreviation as the long form its initials spell, not a known shorter tail', () => {
    const r = extractByRules(
      [
        lecture(1, 'Speech Representation', {
          summary: 'We pretrain with Self-Supervised Learning (SSL) on unlabeled audio; SSL needs no labels.',
        }),
      ],
      lexicon,
    );
    expect(r.resolve('SSL')).toBe('self-supervised-learning');
    expect(conceptsOf(r, 1)).not.toContain('supervised-learning');
  });

  it('should join an abbreviation to the English name it spells when the Chinese side names a narrower concept', () => {
    const r = extractByRules(
      [
        lecture(1, 'SUPERB: 語音上的自督導式學習模型居然十項全能？', {
          summary:
            '## 核心主題\n本文圍繞語音自監督學習（Self-Supervised Learning, SSL）展開討論，評估不同SSL模型的性能。\n- SSL模型在語音處理領域表現很好。',
        }),
        lecture(3, 'Speech foundation models', { summary: '- 比較了多種 SSL 模型在語音任務上的表現。' }),
      ],
      lexicon,
    );
    expect(r.resolve('SSL')).toBe('self-supervised-learning');
    expect(r.concepts.has('ssl')).toBe(false);
  });

  it('should not read 如 closing another word (不如 "worse than", 假如 "if") as "such as"', () => {
    const base =
      '## 核心主題\n本講介紹 ELMo 的架構，ELMo 使用雙向 LSTM 學習上下文表示，ELMo 的每一層都有用。\n';
    const worse = extractByRules(
      [lecture(1, 'ELMo', { summary: base + '- 不過 ELMo 在多數任務上的效果不如BERT。' })],
      lexicon,
      { discovery: false },
    );
    expect(conceptsOf(worse, 1)).not.toContain('bert');
    const example = extractByRules(
      [lecture(1, 'ELMo', { summary: base + '- 其他模型，例如BERT，也用上下文。' })],
      lexicon,
      { discovery: false },
    );
    expect(conceptsOf(example, 1)).toContain('bert');
  });

  it('should discover a name typed in full-width Latin letters as its half-width form is', () => {
    const r = extractByRules(
      [
        lecture(1, '輕量模型', {
          summary:
            '- **漸進式凍結**（Ｐｒｏｇｒｅｓｓｉｖｅ Ｌａｙｅｒ Ｆｒｅｅｚｉｎｇ, ＰＬＦ）：逐層凍結參數。',
        }),
      ],
      lexicon,
    );
    expect(r.resolve('Progressive Layer Freezing')).toBe('progressive-layer-freezing');
    expect(r.resolve('PLF')).toBe('progressive-layer-freezing');
  });

  it.each([
    ['word2vec', true],
    ['seq2seq', true],
    ['wav2vec', true],
    ['v2', false],
  ])('should judge whether %s is a name spelt with a digit between letters', (surface, expected) => {
    expect(namedSurface(surface)).toBe(expected);
  });

  it('should keep what a summary lists beside a term it defines, but not across a clause', () => {
    const r = extractByRules(
      [
        lecture(1, 'Recurrent Neural Network', {
          summary: '- 常見的變形有長短期記憶 (LSTM) 和 GRU，可以處理長距離依賴。',
        }),
        lecture(2, 'Recurrent Neural Network', {
          summary: '- 長短期記憶 (LSTM) 可以記住資訊，GRU 的參數比較少。',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['gru', 'lstm', 'recurrent-neural-network']);
    expect(conceptsOf(r, 2)).toEqual(['lstm', 'recurrent-neural-network']);
  });

  it('should tag what a summary introduces as an example, but not an example in parentheses', () => {
    const r = extractByRules(
      [
        lecture(1, 'Sequence-to-sequence', { summary: '- 可用於許多任務，例如機器翻譯。' }),
        lecture(2, 'Sequence-to-sequence', { summary: '- 可用於許多任務（如機器翻譯）。' }),
        lecture(3, 'Self-attention', { summary: '- One output per token, i.e. sequence labeling.' }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['machine-translation', 'sequence-to-sequence']);
    expect(conceptsOf(r, 2)).toEqual(['sequence-to-sequence']);
    expect(conceptsOf(r, 3)).toEqual(['self-attention', 'sequence-labeling']);
  });

  it('should tag a compound English term kept untranslated in Chinese prose, not a single English word', () => {
    const r = extractByRules(
      [
        lecture(1, 'Convolutional Neural Network', {
          summary:
            '- 最後接上 fully connected layer 輸出類別。\n- 用 auto-encoder 的 decoder 還原。\n- 每個 token 一個向量。',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual([
      'autoencoder',
      'convolutional-neural-network',
      'fully-connected-layer',
    ]);
  });

  it('should read a glossed head as the known term the lecture is about', () => {
    const summary = '- 本講的重點是對齊 (Alignment)：讓輸出與目標一致。';
    const r = extractByRules(
      [
        lecture(1, '大型語言模型的後訓練', { summary }),
        lecture(2, 'Speech Recognition - HMM', { summary }),
        lecture(3, 'Paper talk', { summary }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toContain('ai-alignment');
    expect(conceptsOf(r, 2)).toContain('forced-alignment');
    // Without a topic to tell the two apart, nothing is read and no concept "alignment" is learnt.
    expect(conceptsOf(r, 3)).toEqual([]);
    expect(r.concepts.has('alignment')).toBe(false);
  });

  it('should not tag a field a title only likens its topic to', () => {
    const r = extractByRules(
      [
        lecture(1, '元學習跟機器學習一樣也是三個步驟'),
        lecture(2, 'Meta learning, like machine learning, has three steps'),
        lecture(3, '寶可夢分類器 — 淺談機器學習原理'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['meta-learning']);
    expect(conceptsOf(r, 2)).toEqual(['meta-learning']);
    expect(conceptsOf(r, 3)).toEqual(['classification', 'machine-learning']);
  });

  it('should not tag a field named only in the series name that opens a title or in a note in brackets', () => {
    const r = extractByRules(
      [
        lecture(1, 'Deep Learning Theory 2-5: Geometry of Loss Surfaces', { series: 'Deep Learning Theory' }),
        lecture(2, 'Deep Learning Theory 3-1: Generalization of Deep Learning', {
          series: 'Deep Learning Theory',
        }),
        lecture(3, '大型語言模型修練史 (熟悉機器學習的同學從 15:00 開始看起即可)'),
        lecture(4, '模型的可解釋性 (Explainable ML)'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).not.toContain('deep-learning');
    expect(conceptsOf(r, 2)).toContain('deep-learning');
    expect(conceptsOf(r, 3)).toEqual(['large-language-model']);
    expect(conceptsOf(r, 4)).toContain('explainable-ai');
  });

  it('should tag the family a bold term of the summary names as its head', () => {
    const r = extractByRules(
      [
        lecture(1, 'BERT', { summary: '- **口語問答 (Spoken Question Answering)**：先辨識再回答。' }),
        lecture(2, 'BERT', {
          summary: '- 也可以做 spoken question answering 與 spoken question answering。',
        }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['bert', 'question-answering', 'spoken-question-answering']);
    expect(conceptsOf(r, 2)).toEqual(['bert', 'spoken-question-answering']);
  });

  it('should learn a name a title lists beside a known term', () => {
    const r = extractByRules(
      [
        lecture(1, 'Speaker Verification with Margin Scaling and Data Augmentation'),
        lecture(2, 'Supervised and Unsupervised Learning and Active Learning'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['data-augmentation', 'margin-scaling', 'speaker-verification']);
    expect(r.concepts.get('margin-scaling')).toMatchObject({
      origin: 'discovered',
      label: 'margin scaling',
    });
  });

  it('should need fewer repetitions in a summary written in one language', () => {
    const english =
      '- The saliency map is one local explanation.\n- Another local explanation perturbs the input.';
    const chinese = '- 顯著圖是一種局部解釋。\n- 另一種局部解釋會擾動輸入。';
    const r = extractByRules(
      [
        lecture(1, 'Explainable ML', { summary: english }),
        lecture(2, 'Explainable ML', { summary: chinese }),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toContain('local-explanation');
    expect(conceptsOf(r, 2)).not.toContain('local-explanation');
  });

  it('should tag a basic term such as vector from a title, not from a summary repeating it', () => {
    const r = extractByRules(
      [
        lecture(1, 'Word Embedding', { summary: '- 每個詞一個向量，向量之間的距離，向量的內積。' }),
        lecture(2, '向量'),
      ],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['word-embedding']);
    expect(conceptsOf(r, 2)).toEqual(['vector']);
  });

  it('should file a discovered name under the longest known model closing it', () => {
    const r = extractByRules([lecture(1, 'TinyHuBERT: Smaller Speech Models')], lexicon);
    expect(conceptsOf(r, 1)).toEqual(expect.arrayContaining(['hubert', 'tinyhubert']));
    expect(conceptsOf(r, 1)).not.toContain('bert');
  });

  it('should read the course titles of a linear algebra and a GAN course', () => {
    const r = extractByRules(
      [lecture(1, 'Linear Dependent and Independent'), lecture(2, 'GAN - VAE-GAN, BiGAN and LSGAN')],
      lexicon,
    );
    expect(conceptsOf(r, 1)).toEqual(['linear-independence']);
    expect(conceptsOf(r, 2)).toEqual(['bigan', 'gan', 'lsgan', 'vae-gan']);
  });
});

describe('discovery of noun phrases in titles', () => {
  it('should make no concept of a phrase only one title holds, however long, and keep one that titles share', () => {
    // A playlist of vlogs: each title a four-word phrase of its own.
    const vlogs = ['apple river stone vlog', 'maple canyon copper vlog', 'harbor violet cloud vlog'].map(
      (t, i) => lecture(i + 1, t),
    );
    const discovered = (r: ExtractionResult): string[] =>
      [...r.concepts.values()].filter((c) => c.origin === 'discovered').map((c) => c.label);
    expect(discovered(extractConcepts(vlogs, lexicon))).toEqual([]);
    // The same phrase in two titles recurs: a term of the catalog.
    const series = [
      lecture(1, 'Quantum walk sampling: the basics'),
      lecture(2, 'Quantum walk sampling in practice'),
    ];
    expect(discovered(extractConcepts(series, lexicon)).some((l) => /^quantum walk/i.test(l))).toBe(true);
  });
});
