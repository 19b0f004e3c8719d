import { describe, it, expect } from 'vitest';
import { findInlineNames } from '../../../src/extract/discovery/inline-names.js';

describe('findInlineNames', () => {
  it('should find nothing in English prose or Chinese prose without capitalised phrases', () => {
    expect(findInlineNames('We use Gradient Boosting Trees here.')).toEqual([]);
    expect(findInlineNames('這裡使用 gradient boosting 方法')).toEqual([]);
  });
  it.each([
    ['模型採用 Gradient Boosting Trees，效果很好', ['Gradient Boosting Trees']],
    ['（如Layer-wise Relevance Propagation）', ['Layer-wise Relevance Propagation']],
    // one word, all capitals, a function word or too long: not a name
    ['使用 Transformer 與 SOURCE TARGET PAIRS', []],
    ['**Definition of Clear Requirements**: 明確', []],
    ['論文 Rethinking The Value Of Network Pruning 指出', []],
  ])('should read %s', (text, names) => {
    expect(findInlineNames(text)).toEqual(names);
  });
});
