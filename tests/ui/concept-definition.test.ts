import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/core/search-index.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { markedPieces, shownDefinition } from '../../src/ui/state/concept-definition.js';
import { addConcept } from '../support/atlas-graph.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

function library() {
  const g = createAtlasGraph();
  addConcept(g, 'ppo', 'PPO', {
    definition: {
      en: 'A policy-gradient method that clips the probability ratio between the new and old policy.',
      zh: '以裁剪新舊策略的機率比來限制更新幅度的策略梯度方法。',
    },
  });
  addConcept(g, 'vocoder', 'vocoder');
  return g;
}

describe('concept-definition', () => {
  it('should show nothing for a concept without a definition, or a node not in the graph', () => {
    const g = library();
    expect(shownDefinition(g, 'concept:vocoder', en)).toBeUndefined();
    expect(shownDefinition(g, 'concept:nowhere', en)).toBeUndefined();
  });

  it('should show the reader’s language, unless only the other language holds the query it was found by', () => {
    const g = library();
    const index = new SearchIndex(g);
    expect(shownDefinition(g, 'concept:ppo', zh)?.lang).toBe('zh-Hant');
    expect(shownDefinition(g, 'concept:ppo', en)?.lang).toBe('en');
    // A reader of Chinese who searched in English sees the English sentence the search list quoted, and the other
    // way round; where the reader's own sentence holds the query, that one.
    expect(shownDefinition(g, 'concept:ppo', zh, index.descriptionMatcher('probability ratio'))?.lang).toBe(
      'en',
    );
    expect(shownDefinition(g, 'concept:ppo', en, index.descriptionMatcher('機率比'))?.lang).toBe('zh-Hant');
    expect(shownDefinition(g, 'concept:ppo', zh, index.descriptionMatcher('機率比'))?.lang).toBe('zh-Hant');
  });

  it('should cut a definition at each occurrence of the query, none of the pieces empty', () => {
    const marks = new SearchIndex(library()).descriptionMatcher('policy');
    expect(markedPieces('A policy-gradient method for the old policy.', marks)).toEqual([
      { text: 'A ', marked: false },
      { text: 'policy', marked: true },
      { text: '-gradient method for the old ', marked: false },
      { text: 'policy', marked: true },
      { text: '.', marked: false },
    ]);
    expect(markedPieces('policy', marks)).toEqual([{ text: 'policy', marked: true }]);
    expect(markedPieces('No match here.', marks)).toEqual([{ text: 'No match here.', marked: false }]);
    expect(markedPieces('Unmarked.', undefined)).toEqual([{ text: 'Unmarked.', marked: false }]);
  });
});
