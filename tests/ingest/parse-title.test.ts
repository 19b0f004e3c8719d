import { describe, it, expect } from 'vitest';
import { parseTitle, type ParsedTitle } from '../../src/ingest/parse-title.js';
import { loadTitleMarkers } from '../../src/ingest/title/markers.js';

const markers = loadTitleMarkers();

// Real titles from the seed catalog (item number in the comment) and what a reader should see.
const TABLE: [string, Partial<ParsedTitle>][] = [
  // A talk's byline and a demo's presenter (made-up names in the shape of the channel's talk titles).
  ['Neural Codecs Ahead - Minsoo Pak (KAIST)', { title: 'Neural Codecs Ahead', lecturer: 'Minsoo Pak' }],
  // The dash touching the name, as one of the channel's talk titles writes it.
  ['Audio Tokens Ahead -Minsoo Pak (KAIST)', { title: 'Audio Tokens Ahead', lecturer: 'Minsoo Pak' }],
  ['Gradient Descent (Demo by XYZ)', { title: 'Gradient Descent', lecturer: 'XYZ' }],
  // A talk named by its speaker (made-up talks of well-known people): a name the name lexicon knows opens or
  // closes the title; after a bar or "by", a name the word lists do not hold.
  ['Yann LeCun: Energy-Based Models', { title: 'Energy-Based Models', lecturer: 'Yann LeCun' }],
  ['Geoffrey Hinton - Capsules Revisited', { title: 'Capsules Revisited', lecturer: 'Geoffrey Hinton' }],
  ['Software Stacks | Andrej Karpathy', { title: 'Software Stacks', lecturer: 'Andrej Karpathy' }],
  // Opening an English title, a name compromise does not know whose words no English word list or the lexicon holds.
  [
    'Yoshua Bengio: Towards Conscious Machines',
    { title: 'Towards Conscious Machines', lecturer: 'Yoshua Bengio' },
  ],
  // Closing a title after a bar or "by", a known given name before a surname no word list holds; parts cut first.
  [
    'Deep Learning by Josh Tobin (1/2)',
    { title: 'Deep Learning', lecturer: 'Josh Tobin', lecturerRole: 'speaker', part: { index: 1, total: 2 } },
  ],
  [
    'Energy Models | Yann LeCun (Part 1)',
    { title: 'Energy Models', lecturer: 'Yann LeCun', part: { index: 1 } },
  ],
  ['GAN - Energy Based (EBGAN)', { title: 'GAN - Energy Based (EBGAN)' }],
  // A part with its total, in brackets or not, and a Roman numeral past ten: nothing of it left in the title.
  ['Transformer (Part 1/2)', { title: 'Transformer', part: { index: 1, total: 2 } }],
  ['Transformer (Part 1 of 3)', { title: 'Transformer', part: { index: 1, total: 3 } }],
  ['Topic Models Part XI', { title: 'Topic Models', part: { index: 11 } }],
  ['Part-of-speech Tagging', { title: 'Part-of-speech Tagging' }],
  // A Chinese overview marker as a word, not across two (打開 + 學習 hold 開學, "term starts").
  ['開學囉~ 又要週更了~', { courseOverview: true }],
  ['如何打開學習模型的黑盒子', { title: '如何打開學習模型的黑盒子', language: 'zh' }],
  // A numbered topic series (made-up titles in the shape of the channel's older lectures).
  [
    'Learning Theory Basics 2-3: Does Depth Help?',
    {
      title: 'Learning Theory Basics 2-3: Does Depth Help?',
      series: 'Learning Theory Basics',
      courseLecture: '2-3',
    },
  ],
  ['Sequence Models 4: Labeling', { series: 'Sequence Models', courseLecture: '4' }],
  // A course's units in a lecture list (made-up titles in the shape of English course lists): the number is the
  // course's, the series is the list's.
  ['Lesson 3: Neural Net Basics', { title: 'Neural Net Basics', courseLecture: '3', courseUnit: 'lesson' }],
  ['Module 2a - Tensors', { title: 'Tensors', courseLecture: '2a', courseUnit: 'module' }],
  ['Lecture 2B: Image Models', { title: 'Image Models', courseLecture: '2B' }],
  // Without a number the unit word is still the list's wording; a title joining two units keeps both topics.
  ['Module - Graph Learning (2)', { title: 'Graph Learning', part: { index: 2 } }],
  ['Ten Tips (10) for Training', { title: 'Ten Tips (10) for Training' }],
  [
    'Module 7 - Data Loading / Module 8a - Embeddings',
    { title: 'Data Loading / Embeddings', courseLecture: '7', courseUnit: 'module' },
  ],
  ['Week 12 - Review', { title: 'Review', courseLecture: '12', courseUnit: 'week' }],
  // Numbers as other lists write them: a sub-number after a dot, a number sign, a short form of "Lecture", a
  // lecture of a week (made-up titles in the shape of university course lists).
  ['Lecture 12.2 - Attention', { title: 'Attention', courseLecture: '12.2' }],
  ['Lecture #6: Sequence Models', { title: 'Sequence Models', courseLecture: '6' }],
  ['Lec 5: Convolutional Networks', { title: 'Convolutional Networks', courseLecture: '5' }],
  ['Week 3 - Lecture 2: Backpropagation', { title: 'Backpropagation', courseLecture: '3-2' }],
  ['Lecture 2 -- Linear Algebra Review', { title: 'Linear Algebra Review', courseLecture: '2' }],
  ['[Lecture 5] Backpropagation', { title: 'Backpropagation', courseLecture: '5' }],
  ['1. Introduction and Scope', { title: 'Introduction and Scope', courseLecture: '1' }],
  // A course's name before the number: closed by a colon, or with the number in brackets.
  [
    'XY123 Winter 2016: Lecture 5: Neural Networks Part 2',
    { title: 'Neural Networks', courseLecture: '5', series: 'XY123 Winter 2016', part: { index: 2 } },
  ],
  [
    'Neural Nets for NLP 2021 (5): Recurrent Networks',
    { title: 'Recurrent Networks', courseLecture: '5', series: 'Neural Nets for NLP 2021' },
  ],
  ['EE 123 Lecture 3 | Linear Models', { title: 'Linear Models', courseLecture: '3', series: 'EE 123' }],
  // A playlist's video titles in bars: the numbered segment gives the number (and the topic, where it names one),
  // the term dates the offering, and the rest names the course, or is the title where nothing else is.
  [
    'Example U. CS123: Deep Learning | Winter 2021 | Lecture 5 - Recurrent Networks',
    { title: 'Recurrent Networks', courseLecture: '5', series: 'Example U. CS123: Deep Learning 2021' },
  ],
  [
    'Linear Regression and Gradient Descent | Lecture 2 (Autumn 2018)',
    { title: 'Linear Regression and Gradient Descent', courseLecture: '2' },
  ],
  [
    'Lec 1 | Introduction to Programming, Fall 2008',
    { title: 'Introduction to Programming, Fall 2008', courseLecture: '1' },
  ],
  // Segments on both sides of the number: the course's name before it, the topic after it; "3/12" numbers it too.
  [
    'Example Course | Lecture 3 | Attention',
    { title: 'Attention', courseLecture: '3', series: 'Example Course' },
  ],
  [
    'Example Lab x Example U | Deep Learning Lectures | 3/12 | Convolutional Networks',
    {
      title: 'Convolutional Networks',
      courseLecture: '3',
      series: 'Example Lab x Example U | Deep Learning Lectures',
    },
  ],
  // Not a lecture's number: more than its total, or the title's last segment.
  ['Attention | 13/12 | Memory', { title: 'Attention | 13/12 | Memory' }],
  // A lecture's number closing the title after a dash.
  ['Deep Learning for Robots - Lecture 2', { title: 'Deep Learning for Robots', courseLecture: '2' }],
  // A course named by its code before a colon, with its institution and year: the series.
  [
    'Example U 6.S123 (2023): Recurrent Neural Networks and Attention',
    { title: 'Recurrent Neural Networks and Attention', series: 'Example U 6.S123 2023' },
  ],
  ['XY231n: Convolutional Networks', { title: 'Convolutional Networks', series: 'XY231n' }],
  // Not a course's code: a year after the letters, a model's version.
  ['ML2021: Self-attention', { title: 'ML2021: Self-attention' }],
  ['BERT 101: An Introduction', { title: 'BERT 101: An Introduction' }],
  // A course's practical sessions, numbered like its lectures.
  [
    'Lab 2: CNNs and Synthetic Data',
    { title: 'CNNs and Synthetic Data', courseLecture: '2', courseUnit: 'lab' },
  ],
  ['Tutorial 5 - Backpropagation', { title: 'Backpropagation', courseLecture: '5', courseUnit: 'tutorial' }],
  // A model name with a version is no series: one capitalised word before the number.
  ['GPT 3: Language Models are Few-shot Learners', { title: 'GPT 3: Language Models are Few-shot Learners' }],
  // 209
  [
    '[DLHLP 2020] Speech Recognition (1/7) - Overview',
    {
      title: 'Speech Recognition - Overview',
      series: 'DLHLP 2020',
      seriesKind: 'course',
      part: { index: 1, total: 7 },
      language: 'en',
    },
  ],
  // 218
  [
    '[2020-03-26] [TA 補充課] Graph Neural Network (1/2) (由助教姜成翰同學講授)',
    {
      title: 'Graph Neural Network',
      date: '2020-03-26',
      series: 'TA supplementary',
      lecturer: '姜成翰',
      lecturerRole: 'TA',
      part: { index: 1, total: 2 },
      language: 'en',
    },
  ],
  // 264: two TAs
  [
    '[DLHLP 2020] Audio BERT (2/2) (由助教紀伯翰同學和助教楊書文同學講授)',
    { title: 'Audio BERT', lecturer: '紀伯翰, 楊書文', part: { index: 2, total: 2 } },
  ],
  // 235: venue, upper-case title, speaker
  [
    '[2020-05-03] [ICASSP 2020] TOWARDS UNSUPERVISED SPEECH RECOGNITION AND SYNTHESIS (Speaker: Tao Tu)',
    {
      title: 'TOWARDS UNSUPERVISED SPEECH RECOGNITION AND SYNTHESIS',
      series: 'ICASSP 2020',
      seriesKind: 'venue',
      lecturer: 'Tao Tu',
      lecturerRole: 'speaker',
    },
  ],
  // 287
  [
    '[2020-11-03] [INTERSPEECH 2020] WG-WaveNet: Real-Time High-Fidelity Speech Synthesis without GPU',
    {
      series: 'INTERSPEECH 2020',
      date: '2020-11-03',
      title: 'WG-WaveNet: Real-Time High-Fidelity Speech Synthesis without GPU',
    },
  ],
  // 294: 【】 course tag, (上)
  [
    '【機器學習2021】預測本頻道觀看人數 (上) - 機器學習基本概念簡介',
    {
      title: '預測本頻道觀看人數 - 機器學習基本概念簡介',
      series: 'ML 2021',
      part: { index: 1, total: 2 },
      language: 'zh',
    },
  ],
  // 299: Chinese numeral part inside the title
  [
    '【機器學習2021】類神經網路訓練不起來怎麼辦 (二)： 批次 (batch) 與動量 (momentum)',
    { title: '類神經網路訓練不起來怎麼辦： 批次 (batch) 與動量 (momentum)', part: { index: 2 } },
  ],
  // 296: English version of a Chinese course
  [
    '[ML 2021 (English version)] Lecture 1: Predicting the views of this channel - ML Introduction (1/2)',
    {
      title: 'Predicting the views of this channel - ML Introduction',
      series: 'ML 2021',
      courseLecture: '1',
      language: 'en',
      part: { index: 1, total: 2 },
    },
  ],
  // 293: course prefix and Part I, English version at the end
  [
    'ML Lecture 21-1: Recurrent Neural Network (Part I) English version',
    {
      title: 'Recurrent Neural Network',
      series: 'ML',
      courseLecture: '21-1',
      part: { index: 1 },
      language: 'en',
    },
  ],
  // 208
  ['Machine Learning (2020): Course Introduction', { title: 'Course Introduction', series: 'ML 2020' }],
  // A topic series numbered by lecture: the topic names the series and stays in the title.
  [
    'GAN Lecture 4 (2018): Basic Theory',
    { title: 'GAN - Basic Theory', series: 'GAN 2018', seriesKind: 'series', courseLecture: '4' },
  ],
  // A lecture number in Chinese after the series tag.
  [
    '【生成式AI導論 2024】第6講：大型語言模型修練史 — 第一階段: 自我學習，累積實力',
    {
      title: '大型語言模型修練史 — 第一階段: 自我學習，累積實力',
      series: '生成式AI導論 2024',
      courseLecture: '6',
    },
  ],
  ['【某課程】第十二講 注意力', { title: '注意力', series: '某課程', courseLecture: '12' }],
  // 213: optional marker
  [
    '[DLHLP 2020] Speech Recognition (4/7) - HMM (optional)',
    { title: 'Speech Recognition - HMM', optional: true },
  ],
  // 379: "- Part 1" after a lecturer marker
  [
    '【機器學習2022】自然語言處理上的對抗式攻擊 (由姜成翰助教講授) - Part 1',
    { title: '自然語言處理上的對抗式攻擊', lecturer: '姜成翰', lecturerRole: 'TA', part: { index: 1 } },
  ],
  // 385: supplement parenthetical names the course
  [
    'AlphaTensor: 用增強式學習 (Reinforcement Learning) 找出更有效率的矩陣相乘演算法 (線性代數 2022 課程補充)',
    {
      title: 'AlphaTensor: 用增強式學習 (Reinforcement Learning) 找出更有效率的矩陣相乘演算法',
      series: 'Linear Algebra 2022',
    },
  ],
  // 262: re-upload marker
  [
    '[DLHLP 2020] Deep Learning for Question Answering (1/2) (重新上傳)',
    { title: 'Deep Learning for Question Answering', part: { index: 1, total: 2 } },
  ],
  // 370: date only, zh
  [
    '[2021-10-10] SUPERB: 語音上的自督導式學習模型居然十項全能？',
    { title: 'SUPERB: 語音上的自督導式學習模型居然十項全能？', date: '2021-10-10', language: 'zh' },
  ],
  // 203: a parenthetical that is not a marker stays
  ['GAN (Quick Review)', { title: 'GAN (Quick Review)', language: 'en' }],
];

describe('parseTitle', () => {
  it('should keep a title made only of markers as it is and flag it', () => {
    const parsed = parseTitle('[DLHLP 2020] (1/2)', markers);
    expect(parsed.onlyMarkers).toBe(true);
    expect(parsed.title).toBe('[DLHLP 2020] (1/2)');
  });

  it('should not read a Chinese overview marker across two words', () => {
    expect(parseTitle('如何打開學習模型的黑盒子', markers)).not.toHaveProperty('courseOverview');
  });

  it('should ignore an impossible date and an impossible part', () => {
    const parsed = parseTitle('[2020-02-31] Vocoder (3/2)', markers);
    expect(parsed.date).toBeUndefined();
    expect(parsed.part).toBeUndefined();
  });

  it('should not read a model name with a version as a numbered series', () => {
    const parsed = parseTitle('GPT 3: Language Models are Few-shot Learners', markers);
    expect(parsed.series).toBeUndefined();
    expect(parsed.courseLecture).toBeUndefined();
  });

  it('should keep the unit a course list numbers (Module, Lesson), and none for a lecture', () => {
    expect(parseTitle('Module 9a - Autoencoders', markers).courseUnit).toBe('module');
    expect(parseTitle('Lecture 2B: Image Models', markers).courseUnit).toBeUndefined();
  });

  it.each([
    'Deep Learning: An Overview',
    'Diffusion Models | Stable Diffusion',
    'Learning by Gradient Descent',
    'Keras Basics | Tensorflow Tutorial',
    'Getting Started | Pytorch Lightning',
    'Segmentation by Mask Rcnn',
    'Chat Gpt | Prompt Engineering',
    'Monte Carlo Methods: Sampling',
    'Monte Carlo: Tree Search in Games',
    'Kullback Leibler: A Divergence',
    'Jupyter Notebooks: A Tour',
    // Two words the lexicon holds, neither opening a term of it: tools, not a name.
    'Keras Tensorflow: A Tour',
    // A topic in another language is not a name because English word lists lack its words.
    'Aprendizaje Profundo: Redes Convolucionales',
    'Maschinelles Lernen: Einführung',
    'Reti Neurali - Lezione Introduttiva',
    'Lecture notes - Jupyter Colab',
  ])('should not read the capitalised topic of "%s" as a speaker', (raw) => {
    const parsed = parseTitle(raw, markers);
    expect(parsed.title).toBe(raw);
    expect(parsed.lecturer).toBeUndefined();
  });

  it("should tell a term's start from a name by the build's lexicon, not a fixed one", () => {
    const none = { ...markers, terms: () => ({ starts: new Set<string>(), words: new Set<string>() }) };
    // compromise reads Monte as a given name: only the lexicon knows Monte Carlo opens a term.
    expect(parseTitle('Monte Carlo: Tree Search in Games', none).lecturer).toBe('Monte Carlo');
    expect(parseTitle('Monte Carlo: Tree Search in Games', markers).lecturer).toBeUndefined();
  });

  it.each(TABLE)('should read %s', (raw, expected) => {
    expect(parseTitle(raw, markers)).toMatchObject(expected);
  });

  // A fraction above its total, or closing the title, numbers nothing; letters and a year, or a model's version
  // number, are no course's code.
  it.each([
    'Attention | 13/12 | Memory',
    'Attention | Memory | 3/12',
    'ML2021: Self-attention',
    'BERT 101: An Introduction',
  ])('should read no course number or series in %s', (raw) => {
    const p = parseTitle(raw, markers);
    expect([p.courseLecture, p.series]).toEqual([undefined, undefined]);
  });
});
