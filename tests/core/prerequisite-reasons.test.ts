import { describe, it, expect } from 'vitest';
import { isReasonKey, REASON_KEYS, wordReason, type ReasonKey } from '../../src/core/prerequisite-reasons.js';
import type { PrerequisiteReasonParams } from '../../src/core/types.js';

const KEYS = REASON_KEYS;

/** Parameters a reason may come with, each of them missing in turn (a graph built elsewhere, a fallback reason). */
const PARAMS: PrerequisiteReasonParams[] = [
  {},
  { concept: 'c' },
  { builds: 'b' },
  { series: 'ML 2021' },
  { number: '2' },
  { series: 'ML 2021', number: '9a', unit: 'module' },
  { series: 'ML 2021', number: '2', unit: 'lab' },
  { series: 'ML 2021', number: '3', unit: 'lesson' },
  { number: '2', unit: 'lab' },
  { series: '機器學習 2021', concept: 'c', builds: 'b' },
];

const names = [(k: string) => (k === 'c' ? 'GAN' : 'BERT'), (k: string) => (k === 'c' ? '自注意力' : '問答')];

/** What a reason worded with a parameter missing showed: an empty slot where the name was to go. */
const BROKEN = {
  en: /^\s|\s$|\s{2}|\s[,.)]/,
  'zh-TW': /^\s|\s$|\s{2}|第\s*(?:講|課|單元|部分|次|堂|週|章)|介紹，|對的|關於較|學從|講的是，|講的一/,
} as const;

describe('wordReason', () => {
  it('should know its own keys and no other', () => {
    expect(isReasonKey(undefined)).toBe(false);
    expect(isReasonKey('toString')).toBe(false);
    for (const key of KEYS) expect(isReasonKey(key)).toBe(true);
  });

  it('should read whole in either language whatever parameter is missing', () => {
    for (const language of ['en', 'zh-TW'] as const)
      for (const key of KEYS)
        for (const params of PARAMS)
          for (const label of names) {
            const text = wordReason(key, params, label, language);
            expect(text, `${language} ${key} ${JSON.stringify(params)}`).not.toMatch(BROKEN[language]);
          }
  });

  it.each([
    ['used-here', {}, 'en', 'is about what this lecture uses'],
    ['used-here', {}, 'zh-TW', '講的是這堂課會用到的內容'],
    ['introduces-required', { builds: 'b' }, 'zh-TW', '介紹問答的基礎'],
    ['earlier-same-topic', { series: 'ML 2021' }, 'en', 'an earlier lecture on the same topic in ML 2021'],
    ['earlier-same-topic', { series: 'ML 2021' }, 'zh-TW', 'ML 2021 中較早講同一主題的一堂課'],
    ['continued-course', {}, 'zh-TW', '這門課所接續的課程的最後一堂課'],
    ['series-lecture', { number: '9a', unit: 'module' }, 'en', 'module 9a of the same course'],
    ['series-lecture', { number: '9a', unit: 'module' }, 'zh-TW', '同一門課的第 9a 單元'],
    ['series-lecture', { series: 'DIY', unit: 'lab' }, 'zh-TW', 'DIY 的一次實作'],
    ['series-part', { number: '2' }, 'zh-TW', '同一系列的第 2 部分'],
    ['series-earlier-part', {}, 'zh-TW', '同一系列較早的一部分'],
    [
      'previous-in-course',
      { series: 'ML 2021', concept: 'c' },
      'en',
      'the previous lecture of ML 2021, also on 自注意力',
    ],
    [
      'previous-in-course',
      { series: 'Linear Algebra', concept: 'c', builds: 'b' },
      'en',
      'the previous lecture of Linear Algebra, on 自注意力, a topic close to 問答',
    ],
    [
      'previous-in-course',
      { series: 'Linear Algebra', concept: 'c', builds: 'b' },
      'zh-TW',
      'Linear Algebra 的前一堂課，講與問答相近的自注意力',
    ],
  ] as const)('should word %s with %j in %s as "%s"', (key, params, language, expected) => {
    expect(wordReason(key, params, names[1]!, language)).toBe(expected);
  });

  it('should word a reason with every parameter as before', () => {
    const zh = (key: ReasonKey, params: PrerequisiteReasonParams) =>
      wordReason(key, params, names[1]!, 'zh-TW');
    expect(zh('series-lecture', { series: 'DIY', number: '9a', unit: 'module' })).toBe('DIY 的第 9a 單元');
    expect(zh('series-practical', { series: 'DIY', number: '2', unit: 'lab' })).toBe('DIY 的第 2 次實作');
    expect(zh('series-lecture', { series: '機器學習', number: '3', unit: 'lesson' })).toBe(
      '機器學習的第 3 課',
    );
    expect(zh('earlier-same-topic', { concept: 'c', series: 'ML' })).toBe('ML 中較早講自注意力的一堂課');
    expect(wordReason('series-part', { series: 'Graphs', number: '1' }, (k) => k)).toBe('part 1 of Graphs');
    expect(wordReason('continued-course', { series: 'ML 2021' }, (k) => k)).toBe(
      'the last lecture of ML 2021, which this course continues',
    );
  });
});
