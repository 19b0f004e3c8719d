import { describe, expect, it } from 'vitest';
import type { LectureRecord } from '../../src/core/types.js';
import { findTwins, type Mention } from '../../src/extract/extract-concepts.js';

const lecture = (number: number, title: string, extra: Partial<LectureRecord> = {}): LectureRecord => ({
  number,
  title,
  rawTitle: title,
  videoId: 'AAAAAAAAAAA',
  url: 'https://www.youtube.com/watch?v=AAAAAAAAAAA',
  thumbnail: 'https://img.youtube.com/vi/AAAAAAAAAAA/hqdefault.jpg',
  language: 'en',
  source: { file: 'test.md', line: number },
  series: 'ML 2021',
  ...extra,
});

const mention = (lecture: number, concept: string, main = true): Mention => ({
  lecture,
  concept,
  weight: 0.9,
  main,
  count: 1,
  evidence: [],
});

describe('findTwins', () => {
  it('should find nothing without an English version', () => {
    expect(findTwins([lecture(1, 'Transformer')], [mention(1, 'transformer')])).toEqual([]);
  });

  it('should pair a lecture with its English version on the same topic and parts', () => {
    const lectures = [
      lecture(1, 'Transformer (下)', { part: { index: 2, total: 2 } }),
      lecture(2, 'Transformer', { englishVersion: true, part: { index: 2, total: 2 } }),
    ];
    expect(findTwins(lectures, [mention(1, 'transformer'), mention(2, 'transformer')])).toEqual([[1, 2]]);
  });

  it('should not pair two parts of different series that share a part number and a minor concept', () => {
    const lectures = [
      lecture(1, 'Transformer (下)', { part: { index: 2, total: 2 } }),
      lecture(2, 'Reinforcement Learning', { englishVersion: true, part: { index: 2, total: 5 } }),
    ];
    const mentions = [
      mention(1, 'transformer'),
      mention(1, 'attention', false),
      mention(2, 'reinforcement-learning'),
      mention(2, 'attention', false),
    ];
    expect(findTwins(lectures, mentions)).toEqual([]);
  });

  it('should not pair two lectures of one course the course numbers apart', () => {
    const lectures = [
      lecture(1, 'Unsupervised Learning (Part I)', { courseLecture: '17', part: { index: 1 } }),
      lecture(2, 'Unsupervised Learning (Part I)', {
        courseLecture: '21-1',
        englishVersion: true,
        part: { index: 1 },
      }),
    ];
    expect(findTwins(lectures, [mention(1, 'autoencoder'), mention(2, 'autoencoder')])).toEqual([]);
  });
});
