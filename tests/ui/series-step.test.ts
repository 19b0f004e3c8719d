import { messagesFor } from '../../src/ui/i18n/index.js';
import { describe, it, expect } from 'vitest';
import { computeSeriesOrder } from '../../src/analysis/series-order.js';
import { practicalSessions } from '../../src/analysis/lecture-level.js';
import { nextLectures } from '../../src/core/queries.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { wordReason } from '../../src/core/prerequisite-reasons.js';
import { seriesStep } from '../../src/ui/state/series-step.js';
import { addLecture } from '../support/atlas-graph.js';

describe('seriesStep', () => {
  it('should call a link without a reason, or with one it does not know, a part', () => {
    expect(seriesStep(undefined, undefined)).toBe('part');
    expect(seriesStep(undefined, '')).toBe('part');
    expect(seriesStep(undefined, 'lectures of a course')).toBe('part');
    expect(seriesStep('series-practical', 'lecture 2 of DIY')).toBe('practical');
  });

  it('should call the course’s next lecture by date, where the course numbers none, the next lecture', () => {
    const g = createAtlasGraph();
    addLecture(g, 10, 'Transformer', { series: 'ML 2021', date: '2021-04-09', part: { index: 2, total: 2 } });
    addLecture(g, 11, 'GAN', { series: 'ML 2021', date: '2021-04-16', part: { index: 3 } });
    const [next] = nextLectures(g, 'lecture:10');
    expect(seriesStep(next!.reasonKey, next!.reason, next!.reasonParams)).toBe('lecture');
  });

  it('should call the next lab by date after a lab the next practical session, not the next lecture', () => {
    const g = createAtlasGraph();
    const labs = { series: 'CS 101 Labs', courseUnit: 'lab' as const };
    addLecture(g, 20, 'NumPy', { ...labs, date: '2021-03-01' });
    addLecture(g, 21, 'PyTorch', { ...labs, date: '2021-03-08' });
    const [next] = nextLectures(g, 'lecture:20');
    expect(next?.key).toBe('lecture:21');
    expect(seriesStep(next!.reasonKey, next!.reason, next!.reasonParams)).toBe('next-practical');
  });

  it.each([
    ['lecture 25 of fast.ai Deep Learning Foundations to Stable Diffusion 2022', 'lecture'],
    ['lecture 9a of Deep Learning Do It Yourself', 'lecture'],
    ['lecture 21-1 of ML', 'lecture'],
    ['part 2 of Deep Learning on graphs', 'part'],
    ['earlier part of BERT and its family', 'part'],
  ] as const)(
    'should read "%s", in a graph built before series reasons had keys, as the next %s',
    (reason, step) => {
      expect(seriesStep(undefined, reason)).toBe(step);
    },
  );

  it('should tell a course’s chain from a talk’s parts in the reasons the build writes', () => {
    const g = createAtlasGraph();
    // A course numbered by its titles, and one talk in two parts.
    addLecture(g, 1, 'Pytorch tensors', { series: 'DIY 2024', courseLecture: '1' });
    addLecture(g, 2, 'Automatic differentiation', { series: 'DIY 2024', courseLecture: '2' });
    addLecture(g, 3, 'Graphs', { series: 'Talks', part: { index: 1, total: 2 } });
    addLecture(g, 4, 'Graphs', { series: 'Talks', part: { index: 2, total: 2 } });
    const edges = computeSeriesOrder(g);
    const steps = Object.fromEntries(
      edges.map((e) => [`${e.source}->${e.target}`, seriesStep(e.attributes.reasonKey, e.attributes.reason)]),
    );
    expect(steps).toEqual({ 'lecture:1->lecture:2': 'lecture', 'lecture:3->lecture:4': 'part' });
    // The English text a graph has always carried, and the same reason in the explorer's Chinese.
    const worded = edges.map((e) => [
      e.attributes.reason,
      wordReason(e.attributes.reasonKey as never, e.attributes.reasonParams!, (k) => k, 'zh-TW'),
    ]);
    expect(worded).toEqual([
      ['lecture 1 of DIY 2024', 'DIY 2024 的第 1 講'],
      ['part 1 of Graphs', 'Graphs 的第 1 部分'],
    ]);
  });

  /** What the panel calls each link, by the link's source and target. */
  const stepsOf = (edges: ReturnType<typeof computeSeriesOrder>): Record<string, string> =>
    Object.fromEntries(
      edges.map((e) => [
        `${e.source}->${e.target}`,
        seriesStep(e.attributes.reasonKey, e.attributes.reason, e.attributes.reasonParams),
      ]),
    );

  it('should tell a lecture’s practical session from the course’s next practical session after a lab', () => {
    const g = createAtlasGraph();
    // A made-up course: two lectures, each with its lab.
    addLecture(g, 1, 'Perceptrons', { series: 'Applied DL', courseLecture: '1' });
    addLecture(g, 2, 'A perceptron in code', { series: 'Applied DL', courseLecture: '1', courseUnit: 'lab' });
    addLecture(g, 3, 'Backpropagation', { series: 'Applied DL', courseLecture: '2' });
    addLecture(g, 4, 'An MLP on MNIST', { series: 'Applied DL', courseLecture: '2', courseUnit: 'lab' });
    expect(stepsOf(computeSeriesOrder(g))).toEqual({
      'lecture:1->lecture:2': 'practical',
      'lecture:1->lecture:3': 'lecture',
      'lecture:3->lecture:4': 'practical',
      // Lab 2 after Lab 1: the next practical session, not the next lecture.
      'lecture:2->lecture:4': 'next-practical',
    });
  });

  it('should call the demo after a demo the next practical session, its reason still counting lectures', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Backpropagation', { series: 'ML', courseLecture: '8-1' });
    addLecture(g, 2, 'Keras Demo', { series: 'ML', courseLecture: '8-2' });
    addLecture(g, 3, 'Tips for Training DNN', { series: 'ML', courseLecture: '9-1' });
    addLecture(g, 4, 'Keras Demo 2', { series: 'ML', courseLecture: '9-2' });
    const cues = { introductory: [], advanced: [], supplementary: [], practice: ['demo'] };
    const edges = computeSeriesOrder(g, practicalSessions(cues));
    expect(stepsOf(edges)).toEqual({
      'lecture:1->lecture:2': 'practical',
      'lecture:1->lecture:3': 'lecture',
      'lecture:3->lecture:4': 'practical',
      'lecture:2->lecture:4': 'next-practical',
    });
    expect(edges.find((e) => e.source === 'lecture:2')!.attributes.reason).toBe('lecture 8-2 of ML');
  });
});

describe('wordReason in Traditional Chinese', () => {
  it('should write a Chinese name without spaces, and space a Latin one off', () => {
    const zh = (concept: string) =>
      wordReason(
        'introduces-required',
        { concept: 'c', builds: 'b' },
        (k) => (k === 'c' ? concept : '問答'),
        'zh-TW',
      );
    expect(zh('向量')).toBe('介紹向量，問答以它為基礎');
    expect(zh('GAN')).toBe('介紹 GAN，問答以它為基礎');
    // A Latin name of the lecture that builds on it is spaced off the Chinese after it too.
    const latin = (k: string) => (k === 'c' ? 'Transformer' : 'BERT');
    expect(wordReason('introduces-required', { concept: 'c', builds: 'b' }, latin, 'zh-TW')).toBe(
      '介紹 Transformer，BERT 以它為基礎',
    );
    expect(wordReason('introduces-broader', { concept: 'c', builds: 'b' }, latin, 'zh-TW')).toBe(
      '介紹 Transformer，BERT 所屬的更廣主題',
    );
    expect(wordReason('shallower-same-topic', { concept: 'c' }, () => '問答系統', 'zh-TW')).toBe(
      '關於問答系統較基礎的一堂課',
    );
    expect(wordReason('previous-in-course', { series: 'ML 2021' }, (k) => k, 'zh-TW')).toBe(
      'ML 2021 的前一堂課',
    );
    // The lecture before, on a topic the two share, names it, in either language.
    const onTopic = { series: 'ML 2021', concept: 'c' };
    expect(wordReason('previous-in-course', onTopic, () => '自注意力機制', 'zh-TW')).toBe(
      'ML 2021 的前一堂課，同樣講自注意力機制',
    );
    expect(wordReason('previous-in-course', onTopic, () => 'self-attention')).toBe(
      'the previous lecture of ML 2021, also on self-attention',
    );
  });
});

describe('counts in the status line', () => {
  it('should say one lecture, not one lectures, and group the digits of large counts', () => {
    const en = messagesFor('en');
    expect(en.counts(1, 1, 1)).toBe('1 lecture · 1 concept · 1 link');
    expect(en.counts(12345, 2000, 1234567)).toBe('12,345 lectures · 2,000 concepts · 1,234,567 links');
    expect(en.overviewInfo(1, 1)).toContain('1 lecture not drawn');
    expect(messagesFor('zh-TW').counts(12345, 2, 3)).toBe('12,345 堂課 · 2 個概念 · 3 條連結');
  });
});
