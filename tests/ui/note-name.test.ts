import { describe, it, expect } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, ConceptNodeAttributes } from '../../src/core/types.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { displayNodeAttributes } from '../../src/ui/state/display-graph.js';
import { fullNodeName } from '../../src/ui/state/lecture-identity.js';
import { noteName, noteTopic } from '../../src/ui/state/note-name.js';
import { EMPTY_RENDER_STATE, nodeAppearance } from '../../src/ui/state/reducers.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

/** A made-up note named after its file, covering concepts (one with no Chinese label). */
function library(noteLabel: string): AtlasGraph {
  const g = createAtlasGraph();
  const concept = (id: string, label: string, aliases: string[], labelZh?: string): void => {
    const a: ConceptNodeAttributes = {
      kind: 'concept',
      label,
      aliases,
      category: 'model',
      lectureCount: 1,
      origin: 'lexicon',
    };
    if (labelZh) a.labelZh = labelZh;
    g.addNode(`concept:${id}`, a);
  };
  concept('recurrent-neural-network', 'recurrent neural network', ['RNN', 'RNNs'], '循環神經網路');
  concept('loss-function', 'loss function', ['loss'], '損失函數');
  concept('ctc', 'CTC', ['connectionist temporal classification']);
  concept('lecture', 'lecture', [], '講座');
  g.addNode('note:n', {
    kind: 'note',
    label: noteLabel,
    source: { file: 'notes/n.md', line: 1 },
    excerpt: '',
  });
  // The note covers its loss function most, the RNN its name gives less.
  const covers = (target: string, weight: number): void => {
    g.addDirectedEdgeWithKey(`covers:note:n->${target}`, 'note:n', target, { kind: 'covers', weight });
  };
  covers('concept:loss-function', 1);
  covers('concept:recurrent-neural-network', 0.6);
  covers('concept:ctc', 0.5);
  return g;
}

describe('noteName', () => {
  it('should keep the name of a note that is not in the graph, or not a note, empty or as it is', () => {
    const g = library('rnn lecture notes');
    expect(noteName(g, 'note:missing', zh)).toBe('');
    expect(noteTopic(g, 'concept:ctc')).toBeUndefined();
  });

  it.each([
    // [note's name, its topic, its name in zh-TW]
    ['rnn lecture notes', 'concept:recurrent-neural-network', '循環神經網路筆記'],
    ['RNN-lecture-notes', 'concept:recurrent-neural-network', '循環神經網路筆記'],
    ['Recurrent Neural Network notes', 'concept:recurrent-neural-network', '循環神經網路筆記'],
    // Two concepts named: the one it covers most.
    ['rnn and loss', 'concept:loss-function', '損失函數筆記'],
    // Its name gives a concept without a Chinese label, or none it covers ('lecture' is not covered).
    ['ctc notes', 'concept:ctc', 'ctc notes'],
    ['my lecture notes', undefined, 'my lecture notes'],
    // A word inside another is not the concept's name.
    ['cornn notes', undefined, 'cornn notes'],
  ])('should name the note “%s” after %s in zh-TW: %s', (label, topic, name) => {
    const g = library(label);
    expect(noteTopic(g, 'note:n')).toBe(topic);
    expect(noteName(g, 'note:n', zh)).toBe(name);
    expect(noteName(g, 'note:n', en)).toBe(label);
  });

  it('should name the note so on the graph, in lists and in the path finder in zh-TW, and keep it in English', () => {
    const g = library('rnn lecture notes');
    const display = displayNodeAttributes(g, 'note:n');
    const state = (lang: 'en' | 'zh-TW') => ({ ...EMPTY_RENDER_STATE, lang });
    expect(nodeAppearance('note:n', display, state('zh-TW')).label).toBe('循環神經網路筆記');
    expect(nodeAppearance('note:n', display, state('en')).label).toBe('rnn lecture notes');
    expect(fullNodeName(g, 'note:n', zh)).toBe('循環神經網路筆記');
    expect(fullNodeName(g, 'note:n', en)).toBe('rnn lecture notes');
  });
});
