import { describe, it, expect } from 'vitest';
import { chineseVariants, variantGroups } from '../../src/extract/zh-variants.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import { termKey } from '../../src/extract/normalise.js';

const groups = variantGroups([
  ['資訊', '信息'],
  ['網路', '網絡'],
  ['辨識', '識別'],
  ['語者', '說話人', '說話者'],
  ['隱藏', '隱'],
]);

describe('chineseVariants', () => {
  it('should give nothing for terms without Chinese or without a variant word', () => {
    expect(chineseVariants('', groups)).toEqual([]);
    expect(chineseVariants('information bottleneck', groups)).toEqual([]);
    expect(chineseVariants('知識蒸餾', groups)).toEqual([]);
  });

  it.each([
    ['資訊瓶頸', '信息瓶颈'],
    ['網路剪枝', '网络剪枝'],
    ['語音辨識', '语音识别'],
    ['說話人嵌入', '语者嵌入'],
    ['說話人嵌入', '说话者嵌入'],
    ['隱藏層', '隐层'],
    ['隱層', '隐藏层'],
  ])('should write %s also as %s', (term, variant) => {
    expect(chineseVariants(term, groups)).toContain(variant);
  });

  it('should rewrite every group a term holds, and never return the term itself', () => {
    const out = chineseVariants('語者辨識網路', groups);
    expect(out).toContain('说话人识别网络');
    expect(out).not.toContain('语者辨识网路');
  });

  it('should keep the longest word of a group whole (隱藏 is not 隱 + 藏)', () => {
    expect(chineseVariants('隱藏狀態', groups)).toEqual(['隐状态']);
  });

  it('should stop at the limit', () => {
    expect(chineseVariants('語者辨識網路資訊', groups, 3).length).toBeLessThanOrEqual(4);
  });
});

describe('the lexicon with regional variants', () => {
  it('should resolve mainland wordings of Taiwan-worded names to the same concept', () => {
    const lexicon = loadLexicon();
    const id = (term: string): string | undefined => lexicon.aliasIndex.get(termKey(term));
    expect(id('說話者嵌入')).toBe('speaker-embedding');
    expect(id('信息瓶頸')).toBe(id('資訊瓶頸'));
    expect(id('網絡剪枝')).toBe('network-pruning');
  });
});
