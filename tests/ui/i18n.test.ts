import { describe, it, expect } from 'vitest';
import { aroundName, LANGS, messagesFor } from '../../src/ui/i18n/index.js';
import { formatDate } from '../../src/ui/i18n/format-date.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

describe('formatDate', () => {
  it('should show what is not a YYYY-MM-DD date as it is', () => {
    expect(formatDate('', 'en-GB')).toBe('');
    expect(formatDate('2021', 'zh-TW')).toBe('2021');
    expect(formatDate('2021-13-45', 'en-GB')).toBe('2021-13-45');
  });

  it('should write a lecture’s date as each interface language does, on the day the catalog gives', () => {
    expect(en.longDate('2021-04-09')).toBe('9 April 2021');
    expect(zh.longDate('2021-04-09')).toBe('2021年4月9日');
    expect(zh.longDate('2020-01-01')).toBe('2020年1月1日');
  });
});

describe('names inside Traditional Chinese phrases', () => {
  it('should write a Chinese name without spaces, and space a Latin one off', () => {
    expect(zh.communityName(0, '自注意力機制')).toBe('自注意力機制群組');
    expect(zh.communityName(0, 'GAN')).toBe('GAN 群組');
    expect(zh.communityName(2)).toBe('群組 3');
    expect(zh.onNarrower('自注意力')).toBe('關於較細的概念自注意力');
    expect(zh.onNarrower('BERT')).toBe('關於較細的概念 BERT');
    expect(zh.listAround('自注意力機制')).toBe('自注意力機制的鄰近節點');
    expect(zh.listAround('Transformer (ML 2021 · 第 3 講)')).toBe(
      'Transformer (ML 2021 · 第 3 講) 的鄰近節點',
    );
    expect(zh.noteOn('循環神經網路')).toBe('循環神經網路筆記');
    expect(zh.noteOn('GAN')).toBe('GAN 筆記');
    // A path step's reason says which later step it is for, as the English "for X: " does.
    expect(zh.reasonFor('Deep Reinforcement Learning')).toBe('為了 Deep Reinforcement Learning：');
    expect(zh.reasonFor('卷積神經網路')).toBe('為了卷積神經網路：');
  });

  it('should put the related concept where Chinese puts it: taught with it, not teaching it', () => {
    const [before, after] = aroundName(zh.relation.related!);
    expect(`${before}BERT${after}`).toBe('常與BERT一起教');
    const [hopBefore, hopAfter] = aroundName(zh.hopRelation['is taught with']!);
    expect(`${hopBefore}GPT${hopAfter}`).toBe('常與GPT一起教');
  });
});

describe('counts in every interface language', () => {
  it('should say one of a thing in the singular', () => {
    expect(en.focusInfo(1, 1)).toBe('1 node within 1 step of the selection');
    expect(en.suggestionCount(1)).toBe('1 suggestion');
    expect(en.suggestionCount(8, 9)).toBe('8 of 9 suggestions');
    expect(en.learningPathMore(1)).toBe('1 more lecture on the whole path');
  });

  it('should group the digits of large counts', () => {
    for (const lang of LANGS) {
      const t = messagesFor(lang);
      expect(t.showMoreRows(500, 12345), lang).toContain('12,345');
      expect(t.suggestionCount(8, 1234), lang).toContain('1,234');
      expect(t.moreMatches(1226), lang).toContain('1,226');
      expect(t.showAll(2500), lang).toContain('2,500');
      expect(t.focusInfo(1234, 2), lang).toContain('1,234');
      expect(t.learningPathMore(1500), lang).toContain('1,500');
    }
    expect(en.showMoreRows(500, 12345)).toBe('Showing 500 of 12,345 · show more');
    expect(zh.showMoreRows(500, 12345)).toBe('已顯示 500 / 12,345 列 · 顯示更多');
  });
});
