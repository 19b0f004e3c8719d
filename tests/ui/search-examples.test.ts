import { describe, it, expect } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { searchExamples } from '../../src/ui/state/search-examples.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

/** Concepts as [label, Chinese label, lectures teaching it]. */
function library(concepts: [string, string | undefined, number][]): AtlasGraph {
  const g = createAtlasGraph();
  for (const [label, labelZh, lectureCount] of concepts)
    g.addNode(`concept:${label.replace(/\W+/g, '-')}`, {
      kind: 'concept',
      label,
      ...(labelZh ? { labelZh } : {}),
      aliases: [],
      category: 'concept',
      lectureCount,
      origin: 'lexicon',
    });
  return g;
}

describe('searchExamples', () => {
  it('should offer no example from a library without taught concepts, and a placeholder without any', () => {
    expect(searchExamples(createAtlasGraph(), en)).toEqual([]);
    expect(searchExamples(library([['unused', undefined, 0]]), en)).toEqual([]);
    expect(en.searchPlaceholder([])).toBe('Search lectures and concepts…');
  });

  it('should offer the library’s best-known concepts, ties by name, in the reader’s language', () => {
    const g = library([
      ['PyTorch', undefined, 18],
      ['diffusion model', '擴散模型', 6],
      ['backpropagation', '反向傳播', 5],
      ['attention', '注意力機制', 6],
      ['dropout', undefined, 1],
    ]);
    expect(searchExamples(g, en)).toEqual(['PyTorch', 'attention', 'diffusion model']);
    expect(en.searchPlaceholder(searchExamples(g, en))).toBe('Search: PyTorch, attention, diffusion model…');
    expect(searchExamples(g, zh)).toEqual(['PyTorch', '注意力機制', '擴散模型']);
    expect(zh.searchPlaceholder(searchExamples(g, zh))).toBe('搜尋：PyTorch、注意力機制、擴散模型…');
  });

  it('should leave out names too long for the box', () => {
    const g = library([
      ['convolutional neural network', undefined, 9],
      ['speech recognition', undefined, 8],
      ['self-supervised learning', undefined, 7],
      ['BERT', undefined, 6],
      ['large language model', undefined, 5],
      ['GAN', undefined, 1],
    ]);
    // Each at most 20 letters, all of them at most 40.
    expect(searchExamples(g, en)).toEqual(['speech recognition', 'BERT', 'GAN']);
  });
});
