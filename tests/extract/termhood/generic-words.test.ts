import { describe, expect, it } from 'vitest';
import { GenericWords, loadGenericWordsData } from '../../../src/extract/termhood/generic-words.js';
import { loadLexicon } from '../../../src/extract/lexicon.js';

const lexicon = loadLexicon();
const generic = new GenericWords(
  loadGenericWordsData(),
  [...lexicon.concepts.values()].flatMap((c) => [c.label, c.labelZh ?? '', ...c.aliases]),
);

describe('GenericWords', () => {
  it('should call an empty term generic: it names nothing', () => {
    expect(generic.isGeneric('  ')).toBe(true);
  });

  it('should take its cut-offs from the lexicon, not from a constant', () => {
    const tiny = new GenericWords({ zh: new Map([['模型', 10]]), en: new Map([['model', 10]]) }, [
      '模型',
      'model',
    ]);
    expect(tiny.zhCut).toBe(10);
    expect(tiny.isGeneric('模型')).toBe(false);
    expect(new GenericWords({ zh: new Map([['模型', 10]]), en: new Map() }, []).isGeneric('模型')).toBe(true);
  });

  it.each([
    ['情況', true],
    ['重要性', false],
    ['第一部分', true],
    ['部分', true],
    ['an', true],
    ['m', true],
    ['part', true],
    ['自督導式學習', false],
    ['注意力', false],
    ['attention', false],
    ['generative adversarial network', false],
    ['GPT-4', false],
    ['HuBERT', false],
  ])('should judge %s generic: %s', (term, expected) => {
    expect(generic.isGeneric(term)).toBe(expected);
  });

  it('should rate a rare technical word less common than an everyday one', () => {
    expect(generic.commonness('backpropagation')).toBeLessThan(generic.commonness('situation'));
    expect(generic.commonness('卷積')).toBeLessThan(generic.commonness('問題'));
  });
});
