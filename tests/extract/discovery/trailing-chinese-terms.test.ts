import { describe, it, expect } from 'vitest';
import { trailingChineseTerms } from '../../../src/extract/discovery/trailing-chinese-terms.js';

describe('trailingChineseTerms', () => {
  it('should stop the Chinese term at function words', () => {
    expect(trailingChineseTerms('探討網絡剪枝')).toEqual(['剪枝', '網絡剪枝']);
  });

  it.each([
    ['效果優於知識蒸餾', '知識蒸餾'],
    ['速度快且語音品質', '語音品質'],
  ])('should not start the Chinese term of %s with a comparison or conjunction', (run, term) => {
    const terms = trailingChineseTerms(run);
    expect(terms[terms.length - 1]).toBe(term);
  });

  it('should not start the Chinese term with a number and its measure word', () => {
    expect(trailingChineseTerms('本講介紹三種頻譜閘控')).toEqual(['閘控', '頻譜閘控']);
    expect(trailingChineseTerms('比較兩個輕量架構').at(-1)).toBe('輕量架構');
  });
});
