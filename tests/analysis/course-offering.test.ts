import { describe, expect, it } from 'vitest';
import { courseOfferings, titleTemplate } from '../../src/analysis/course-offering.js';
import type { LectureNodeAttributes } from '../../src/core/types.js';

describe('titleTemplate', () => {
  it.each([
    ['Linear Algebra Lecture 35: General Vectors (Part II)', 'linear algebra lecture'],
    ['[線性代數] 向量 (Vector)', '線性代數'],
    ['[2021-03-26] 【機器學習2021】自注意力機制 (Self-attention) (下)', '機器學習'],
    ['[2016-10-07] ML Lecture 9-1: Tips for Training DNN', 'ml lecture'],
    ['Module 2a - Pytorch tensors', 'module'],
    ['Module - Deep Learning on graphs (1)', 'module'],
    ['GAN Lecture 4 (2018): Basic Theory', 'gan lecture'],
    ['Bonus: Data ethics', 'bonus'],
    ['Augmented Language Models', ''],
  ])('should write %j as %j', (title, template) => {
    expect(titleTemplate(title)).toBe(template);
  });
});

const lecture = (
  number: number,
  title: string,
  more: Partial<LectureNodeAttributes> = {},
): LectureNodeAttributes => ({
  kind: 'lecture',
  number,
  title,
  rawTitle: title,
  label: title,
  videoId: 'AAAAAAAAAAA',
  url: 'u',
  thumbnail: 't',
  language: 'en',
  source: { file: 'f', line: number },
  ...more,
});

describe('courseOfferings', () => {
  const la = { series: 'Linear Algebra', seriesKind: 'course' as const };

  it("should give a series' unnumbered talks of their own template their own offering", () => {
    const lectures = [
      lecture(1, 'Linear Algebra Lecture 1: What are we going to learn?', { ...la, courseLecture: '1' }),
      lecture(2, 'Linear Algebra Lecture 35: General Vectors', { ...la, courseLecture: '35' }),
      lecture(3, '[線性代數] 這門課在學什麼？', { ...la, courseOverview: true }),
      lecture(4, '[線性代數] 向量 (Vector)', la),
      lecture(5, '[線性代數] 矩陣 (Matrix)', la),
    ];
    const offering = courseOfferings(lectures);
    const [a, b, c, d, e] = lectures.map(offering);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(d).toBe(e);
    expect(c).not.toBe(a);
  });

  it('should keep unnumbered lectures written like the numbered ones, or alone in their template, in the course', () => {
    const dl = { series: 'Deep Learning DIY', seriesKind: 'series' as const };
    const fast = { series: 'Practical Deep Learning', seriesKind: 'series' as const };
    const lectures = [
      lecture(1, 'Module 1 - Introduction', { ...dl, courseLecture: '1' }),
      lecture(2, 'Module 2a - Pytorch tensors', { ...dl, courseLecture: '2a' }),
      lecture(3, 'Module - Deep Learning on graphs (1)', dl),
      lecture(4, 'Module - Privacy Preserving Machine Learning', dl),
      lecture(5, 'Lesson 1: Getting started', { ...fast, courseLecture: '1' }),
      lecture(6, 'Lesson 2: Deployment', { ...fast, courseLecture: '2' }),
      lecture(7, 'Bonus: Data ethics', fast),
    ];
    const offering = courseOfferings(lectures);
    const keys = lectures.map(offering);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(new Set(keys.slice(4)).size).toBe(1);
  });

  it('should keep a series no lecture of which is numbered one offering, and an English version apart', () => {
    const ml = { series: 'ML 2021', seriesKind: 'course' as const };
    const lectures = [
      lecture(1, '【機器學習2021】Transformer (上)', ml),
      lecture(2, '【機器學習2021】Transformer (下)', ml),
      lecture(3, '[ML 2021 (English version)] Lecture 12: Transformer', {
        ...ml,
        englishVersion: true,
        courseLecture: '12',
      }),
      lecture(4, 'A talk without a series'),
    ];
    const offering = courseOfferings(lectures);
    expect(offering(lectures[0]!)).toBe(offering(lectures[1]!));
    expect(offering(lectures[2]!)).not.toBe(offering(lectures[0]!));
    expect(offering(lectures[3]!)).toBeUndefined();
  });

  it('should give a course listed twice in one series, numbered or not, an offering per time round', () => {
    const ml = { series: 'Machine Learning', seriesKind: 'series' as const };
    const titles = ['Course Introduction', 'Self-attention', 'Transformer'];
    const unnumbered = [...titles, ...titles].map((t, i) => lecture(i + 1, t, ml));
    const offering = courseOfferings(unnumbered);
    const [a, b, c, d, e, f] = unnumbered.map(offering);
    expect([b, c]).toEqual([a, a]);
    expect([e, f]).toEqual([d, d]);
    expect(d).not.toBe(a);
    // One title again (a re-upload) is the same offering.
    const again = [...titles, 'Transformer', 'GAN'].map((t, i) => lecture(i + 1, t, ml));
    expect(new Set(again.map(courseOfferings(again))).size).toBe(1);
  });
});
