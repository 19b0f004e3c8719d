import { describe, it, expect } from 'vitest';
import { summaryBody } from '../../src/ui/state/summary-body.js';

describe('summaryBody', () => {
  const lecture = {
    title: 'Where does the error come from?',
    rawTitle: '[2016-10-07] ML Lecture 2: Where does the error come from?',
  };

  it('should leave out a first heading that repeats the lecture’s title', () => {
    expect(
      summaryBody('# ML Lecture 2: Where does the error come from?\n\n- Bias\n- Variance', lecture),
    ).toBe('- Bias\n- Variance');
    expect(
      summaryBody('## 【機器學習2021】自編碼器 (Auto-encoder) (下)\nText', {
        title: '自編碼器 (Auto-encoder)',
        rawTitle: '[2021-04-30] 【機器學習2021】自編碼器 (Auto-encoder) (下)',
      }),
    ).toBe('Text');
  });

  it('should keep any other first heading, and a summary without one, as written', () => {
    for (const summary of [
      '# 文章重點整理\n- Bias',
      '### Bias\nText',
      'Error comes from bias and variance.',
      '',
    ])
      expect(summaryBody(summary, lecture)).toBe(summary);
    // A heading that is only a word of the title is a section's, not the title.
    expect(summaryBody('# Error\nText', lecture)).toBe('# Error\nText');
  });
});
