import { describe, it, expect } from 'vitest';
import { courseNumber } from '../../src/core/course-units.js';
import { bracketedName, computeSeriesOrder, seriesTopic } from '../../src/analysis/series-order.js';
import type { LectureNodeAttributes } from '../../src/core/types.js';
import { graphOf } from '../support/lecture-graph.js';

/** Series order: the next-in-series edges between parts of a talk and lectures of a course. */
describe('computeSeriesOrder', () => {
  it('should chain consecutive parts of one topic, in part order', () => {
    const g = graphOf(
      [
        { number: 12, title: 'Speech Recognition - CTC', series: 'DLHLP 2020', part: { index: 3, total: 7 } },
        {
          number: 9,
          title: 'Speech Recognition - Overview',
          series: 'DLHLP 2020',
          part: { index: 1, total: 7 },
        },
        { number: 11, title: 'Speech Recognition - LAS', series: 'DLHLP 2020', part: { index: 2, total: 7 } },
        {
          number: 20,
          title: 'Voice Conversion - CycleGAN',
          series: 'DLHLP 2020',
          part: { index: 2, total: 2 },
        },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual([
      'lecture:11>lecture:12',
      'lecture:9>lecture:11',
    ]);
    expect(seriesTopic('Speech Recognition - Listen, Attend, Spell')).toBe('speech recognition');
  });

  it("should place a course's lettered sub-lectures between its numbers (2a, 2b before 3)", () => {
    const at = (courseLecture: string) => courseNumber({ courseLecture } as LectureNodeAttributes);
    expect([at('2'), at('2a'), at('2B'), at('3'), at('9-1')]).toEqual([2, 2.01, 2.02, 3, 9.01]);
    expect(at('two')).toBeUndefined();
  });

  it('should keep talks that share a title head apart when each shares its whole title with its parts', () => {
    const g = graphOf(
      [
        { number: 179, title: 'Meta Learning – MAML', part: { index: 2, total: 9 } },
        { number: 180, title: 'Meta Learning – MAML', part: { index: 3, total: 9 } },
        { number: 190, title: 'Meta Learning – Metric-based', part: { index: 1, total: 3 } },
        { number: 191, title: 'Meta Learning - Metric-based', part: { index: 2, total: 3 } },
        { number: 300, title: '類神經網路訓練不起來怎麼辦：局部最小值', part: { index: 1 } },
        { number: 301, title: '類神經網路訓練不起來怎麼辦：批次與動量', part: { index: 2 } },
      ],
      [],
    );
    const edges = computeSeriesOrder(g);
    expect(edges.map((e) => `${e.source}>${e.target}`)).toEqual([
      'lecture:179>lecture:180',
      'lecture:190>lecture:191',
      'lecture:300>lecture:301',
    ]);
    expect(edges[0]!.attributes.reason).toBe('part 2 of Meta Learning – MAML');
  });

  it('should chain the parts of a Mandarin lecture with an English title, not its English version', () => {
    const g = graphOf(
      [
        { number: 27, title: 'Transformer', series: 'ML 2021', part: { index: 1, total: 2 } },
        { number: 28, title: 'Transformer', series: 'ML 2021', part: { index: 2, total: 2 } },
        {
          number: 29,
          title: 'Transformer',
          series: 'ML 2021',
          part: { index: 1, total: 2 },
          englishVersion: true,
        },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual(['lecture:27>lecture:28']);
  });

  it('should follow a course’s lecture numbers, not the catalog’s order, for lectures sharing a titled topic', () => {
    // The catalog lists GAN Lecture 2 before Lecture 1 (same upload date).
    const g = graphOf(
      [
        { number: 81, title: 'GAN - Conditional Generation', series: 'GAN 2018', courseLecture: '2' },
        { number: 82, title: 'GAN - Introduction', series: 'GAN 2018', courseLecture: '1' },
        {
          number: 84,
          title: 'GAN - Unsupervised Conditional Generation',
          series: 'GAN 2018',
          courseLecture: '3',
        },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual([
      'lecture:81>lecture:84',
      'lecture:82>lecture:81',
    ]);
  });

  it('should follow sub-numbers too (9-1 before 9-2), never chaining such lectures the other way by catalog order', () => {
    // The channel lists a course's lectures newest first.
    const g = graphOf(
      [
        { number: 9, title: 'Speech Recognition - CTC', series: 'ML', courseLecture: '9-2' },
        { number: 10, title: 'Speech Recognition - LAS', series: 'ML', courseLecture: '9-1' },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual(['lecture:10>lecture:9']);
  });

  it("should chain a course's lectures in its numbering: lettered and sub-numbered ones, two parts of one number, no gaps", () => {
    const course = { series: 'Deep Learning DIY', seriesKind: 'series' as const };
    const g = graphOf(
      [
        { number: 1, title: 'Introduction', courseLecture: '1', ...course },
        { number: 2, title: 'Tensors', courseLecture: '2a', ...course },
        { number: 3, title: 'Automatic differentiation', courseLecture: '2b', ...course },
        { number: 4, title: 'Losses', courseLecture: '3', ...course },
        {
          number: 5,
          title: 'Deployment & Monitoring - Monitoring',
          courseLecture: '4',
          part: { index: 2, total: 2 },
          ...course,
        },
        {
          number: 6,
          title: 'Deployment & Monitoring - Deployment',
          courseLecture: '4',
          part: { index: 1, total: 2 },
          ...course,
        },
        { number: 7, title: 'Research Directions', courseLecture: '5', ...course },
        { number: 8, title: 'Research Directions', courseLecture: '5', ...course },
        { number: 9, title: 'Tips for Training', courseLecture: '9-1', ...course },
        { number: 10, title: 'Keras Demo', courseLecture: '9-2', ...course },
      ],
      [],
    );
    const edges = computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'lecture:1>lecture:2',
        'lecture:2>lecture:3',
        'lecture:3>lecture:4',
        // Lecture 3 is followed by the first part of lecture 4, whichever the catalog lists first.
        'lecture:4>lecture:6',
        'lecture:6>lecture:5',
        'lecture:5>lecture:7',
        'lecture:9>lecture:10',
      ]),
    );
    expect(edges).not.toContain('lecture:4>lecture:5');
    // A re-upload (same number and title) is not the next lecture, and 6, 7, 8 are missing before 9-1.
    expect(edges).not.toContain('lecture:7>lecture:8');
    expect(edges.filter((e) => e.endsWith('>lecture:9'))).toEqual([]);
  });

  it("should continue the other version's earlier part where the catalog lacks this version's", () => {
    const g = graphOf(
      [
        { number: 25, title: 'Recurrent Neural Network', series: 'ML', part: { index: 2, total: 2 } },
        {
          number: 293,
          title: 'Recurrent Neural Network',
          series: 'ML',
          part: { index: 1, total: 2 },
          englishVersion: true,
        },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual(['lecture:293>lecture:25']);
  });

  it('should find the other version of a talk by the name both titles give, in either language', () => {
    // A part of ML 2021: [number, title, part index, part total], the English recording's when `english`.
    const part = (number: number, title: string, index: number, total?: number, english = false) => ({
      number,
      title,
      series: 'ML 2021',
      part: total === undefined ? { index } : { index, total },
      ...(english ? { englishVersion: true } : {}),
    });
    const order = (lectures: ReturnType<typeof part>[]): string[] =>
      computeSeriesOrder(graphOf(lectures, [])).map((e) => `${e.source}>${e.target}`);
    // The English name in brackets; another topic's English part 1 is not this talk's.
    expect(
      order([
        part(313, '自注意力機制 (Self-attention)', 2, 2),
        part(310, 'Self-attention', 1, 2, true),
        part(343, 'Adversarial Attack', 1, 2, true),
      ]),
    ).toEqual(['lecture:310>lecture:313']);
    // The other way round; an English talk whose two parts share a hyphenated title; an English name that closes
    // with its acronym beside a Chinese one that gives both in brackets.
    expect(
      order([
        part(335, '來自人類的惡意攻擊 (Adversarial Attack) – 基本概念', 1, 2),
        part(343, 'Adversarial Attack', 2, 2, true),
        part(336, '自編碼器 (Auto-encoder) – 領結變聲器與更多應用', 2, 2),
        part(322, 'Generative Adversarial Network (GAN)', 1, 4, true),
        part(324, '生成式對抗網路 (Generative Adversarial Network, GAN) – 生成器效能評估與條件式生成', 3),
        part(339, 'Auto-encoder', 1, 2, true),
        part(340, 'Auto-encoder', 2, 2, true),
      ]),
    ).toEqual([
      'lecture:322>lecture:324',
      'lecture:335>lecture:343',
      'lecture:339>lecture:336',
      'lecture:339>lecture:340',
    ]);
    expect(bracketedName(seriesTopic('機器終身學習 (Life Long Learning, LL) - 災難性遺忘'))).toBe(
      'life long learning',
    );
    expect(bracketedName(seriesTopic('Generative Adversarial Network (GAN)'))).toBeUndefined();
  });

  it('should chain unnumbered parts of one titled topic in a course, in catalog order', () => {
    const g = graphOf(
      [
        { number: 244, title: 'BERT and its family - ELMo, BERT, GPT', series: 'DLHLP 2020' },
        { number: 234, title: 'BERT and its family - Introduction and Fine-tune', series: 'DLHLP 2020' },
        { number: 260, title: 'Multilingual BERT', series: 'DLHLP 2020' },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`)).toEqual(['lecture:234>lecture:244']);
  });

  it("should give a series reason the course's unit for its lectures, not for the parts of a talk", () => {
    const course = { series: 'DIY', seriesKind: 'series' as const, courseUnit: 'module' as const };
    const g = graphOf(
      [
        { number: 1, title: 'Graphs', courseLecture: '4', part: { index: 1, total: 2 }, ...course },
        { number: 2, title: 'Graphs', courseLecture: '4', part: { index: 2, total: 2 }, ...course },
        { number: 3, title: 'Siamese networks', courseLecture: '5', ...course },
      ],
      [],
    );
    expect(computeSeriesOrder(g).map((e) => [e.attributes.reason, e.attributes.reasonParams])).toEqual([
      ['part 1 of Graphs', { series: 'Graphs', number: '1' }],
      ['module 4 of DIY', { series: 'DIY', number: '4', unit: 'module' }],
    ]);
  });

  const links = (g: ReturnType<typeof graphOf>): string[] =>
    computeSeriesOrder(g).map((e) => `${e.source.slice(8)}>${e.target.slice(8)}`);

  it('should lead every copy of a re-uploaded lecture or part to the next one, never one copy to the other', () => {
    const course = { series: 'DL 2021', seriesKind: 'course' as const };
    expect(
      links(
        graphOf(
          [
            { number: 10, title: 'Optimisation', courseLecture: '4', ...course },
            { number: 11, title: 'Convolutional networks', courseLecture: '5', ...course },
            { number: 12, title: 'Convolutional networks', courseLecture: '5', ...course },
            { number: 13, title: 'Transformers', courseLecture: '6', ...course },
          ],
          [],
        ),
      ),
    ).toEqual(['10>11', '11>13', '12>13']);
    const talk = { series: 'DLHLP 2020' };
    expect(
      links(
        graphOf(
          [
            { number: 20, title: 'Question Answering', part: { index: 1, total: 3 }, ...talk },
            { number: 21, title: 'Question Answering', part: { index: 2, total: 3 }, ...talk },
            { number: 22, title: 'Question Answering', part: { index: 2, total: 3 }, ...talk },
            { number: 23, title: 'Question Answering', part: { index: 3, total: 3 }, ...talk },
          ],
          [],
        ),
      ),
    ).toEqual(['20>21', '21>23', '22>23']);
    const robotics = { series: 'Robotics 2020' };
    expect(
      links(
        graphOf(
          [
            { number: 30, title: 'Robotics - Introduction', ...robotics },
            { number: 31, title: 'Robotics - Kinematics', ...robotics },
            { number: 32, title: 'Robotics - Kinematics', ...robotics },
            { number: 33, title: 'Robotics - Control', ...robotics },
          ],
          [],
        ),
      ),
    ).toEqual(['30>31', '31>33', '32>33']);
  });

  it('should keep apart two talks of one title cut into different numbers of parts', () => {
    const talk = (number: number, index: number, total: number) => ({
      number,
      title: 'Network Compression',
      part: { index, total },
    });
    expect(
      links(
        graphOf([talk(100, 1, 6), talk(101, 2, 6), talk(102, 3, 6), talk(300, 1, 2), talk(301, 2, 2)], []),
      ),
    ).toEqual(['100>101', '101>102', '300>301']);
  });

  it('should keep in its talk a run of parts that share a whole title with no other talk under the head', () => {
    const s = { series: 'DLHLP 2020' };
    expect(
      links(
        graphOf(
          [
            { number: 1, title: 'Speech Recognition - Overview', part: { index: 1, total: 4 }, ...s },
            { number: 2, title: 'Speech Recognition - CTC', part: { index: 2, total: 4 }, ...s },
            { number: 3, title: 'Speech Recognition - CTC', part: { index: 3, total: 4 }, ...s },
            {
              number: 4,
              title: 'Speech Recognition - Language Modeling',
              part: { index: 4, total: 4 },
              ...s,
            },
          ],
          [],
        ),
      ),
    ).toEqual(['1>2', '2>3', '3>4']);
  });

  it("should order a course's sub-numbered labs by their numbers", () => {
    const at = (courseLecture: string) =>
      courseNumber({ courseLecture, courseUnit: 'lab' } as LectureNodeAttributes);
    expect(at('2a')).toBeLessThan(at('2b')!);
    expect(at('1-1')).toBeLessThan(at('1-2')!);
    expect(at('2b')).toBeGreaterThan(courseNumber({ courseLecture: '2b' } as LectureNodeAttributes)!);
    expect(at('2b')).toBeLessThan(3);
  });

  it('should chain two offerings a series keeps, each numbered from 1, each on its own', () => {
    const ml = (number: number, courseLecture: string, title: string) => ({
      number,
      title,
      series: 'ML',
      courseLecture,
    });
    const g = graphOf(
      [
        ml(1, '1', 'Regression - Case Study'),
        ml(2, '2', 'Where does the error come from?'),
        ml(3, '3', 'Gradient Descent'),
        ml(4, '1', 'Regression - Demo'),
        ml(50, '1', 'Regression'),
        ml(51, '2', 'Basic Concept'),
        ml(52, '3', 'Gradient Descent'),
      ],
      [],
    );
    const edges = computeSeriesOrder(g).map((e) => `${e.source}>${e.target}`);
    // The demo of lecture 1 uploaded later is lecture 1 of the first offering, not the start of another.
    expect(edges).toEqual([
      'lecture:1>lecture:4',
      'lecture:2>lecture:3',
      'lecture:4>lecture:2',
      'lecture:50>lecture:51',
      'lecture:51>lecture:52',
    ]);
  });
});
