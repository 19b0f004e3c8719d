import { describe, it, expect } from 'vitest';
import { trailingChineseTerms } from '../../../src/extract/discovery/trailing-chinese-terms.js';

describe('trailingChineseTerms', () => {
  it('should stop the Chinese term at function words', () => {
    expect(trailingChineseTerms('探討網絡剪枝')).toEqual(['剪枝', '網絡剪枝']);
  });

  it('should keep a term whose head is a word that elsewhere opens a clause (分析, 應用)', () => {
    expect(trailingChineseTerms('介紹情感分析')).toContain('情感分析');
    expect(trailingChineseTerms('探討主成分分析')).toContain('主成分分析');
    expect(trailingChineseTerms('探討主成分分析')).not.toContain('探討主成分分析');
  });

  it.each([
    ['效果優於知識蒸餾', '知識蒸餾'],
    ['速度快且語音品質', '語音品質'],
  ])('should not start the Chinese term of %s with a comparison or conjunction', (run, term) => {
    const terms = trailingChineseTerms(run);
    expect(terms[terms.length - 1]).toBe(term);
  });
});
