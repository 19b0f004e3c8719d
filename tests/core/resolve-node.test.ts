import { describe, it, expect } from 'vitest';
import {
  AmbiguousNodeError,
  UnknownNodeError,
  WrongNodeKindError,
  type NodeCandidate,
} from '../../src/core/errors.js';
import { nodeCandidate, nodeDetail, nodeName, resolveNode } from '../../src/core/resolve-node.js';
import { SearchIndex } from '../../src/core/search-index.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, LectureRecord } from '../../src/core/types.js';
import { addLecture } from '../support/atlas-graph.js';

/**
 * Lectures shaped like the catalog's: "Network Compression" is the title of lecture 201 (part 5/6, no
 * series) and of lecture 368 (ML 2021, lecture 35, English version, part 1/2), and the label of a concept;
 * "KD" is an alias of two concepts; "attention" is one concept's label and another's alias.
 */
function atlas(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, title: string, extra: Partial<LectureRecord> = {}): void =>
    addLecture(g, n, title, extra);
  const concept = (id: string, label: string, labelZh: string | undefined, aliases: string[]): void => {
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label,
      ...(labelZh ? { labelZh } : {}),
      aliases,
      category: 'method',
      lectureCount: 2,
      origin: 'lexicon',
    });
  };
  lecture(201, 'Network Compression', {
    part: { index: 5, total: 6 },
    rawTitle: 'Network Compression (5/6)',
  });
  lecture(368, 'Network Compression', {
    part: { index: 1, total: 2 },
    series: 'ML 2021',
    seriesKind: 'course',
    date: '2021-06-14',
    courseLecture: '35',
    englishVersion: true,
    rawTitle: '[2021-06-14] [ML 2021 (English version)] Lecture 35: Network Compression (1/2)',
  });
  lecture(275, '向量 (Vector)', { series: 'Linear Algebra', language: 'zh', date: '2016-09-01' });
  lecture(290, 'Attention Tricks', { lecturer: '吳宗翰', lecturerRole: 'TA' });
  concept('network-compression', 'network compression', '網路壓縮', ['model compression']);
  concept('network-pruning', 'network pruning', '網路剪枝', ['pruning', '剪枝']);
  concept('knowledge-distillation', 'knowledge distillation', '知識蒸餾', ['KD']);
  concept('kernel-density', 'kernel density estimation', undefined, ['KD']);
  concept('attention', 'attention', '注意力', []);
  concept('self-attention', 'self-attention', '自注意力', ['attention']);
  g.addNode('note:pruning', {
    kind: 'note',
    label: 'Pruning notes',
    source: { file: 'data/notes/pruning.md', line: 3 },
    excerpt: '',
  });
  return g;
}

/** What `resolveNode` threw. */
function thrown(g: AtlasGraph, name: string, kinds?: ('lecture' | 'concept' | 'note')[]): unknown {
  try {
    resolveNode(g, new SearchIndex(g), name, kinds ? { kinds } : {});
  } catch (e) {
    return e;
  }
  throw new Error(`"${name}" resolved`);
}

describe('resolveNode', () => {
  it('should refuse a name that matches nothing, suggesting the closest names', () => {
    const error = thrown(atlas(), 'netwrok pruning');
    expect(error).toBeInstanceOf(UnknownNodeError);
    expect((error as UnknownNodeError).suggestions[0]).toBe('network pruning');
    expect((error as UnknownNodeError).message).toContain('did you mean "network pruning"');
  });

  it('should suggest word by word when the whole name finds nothing, lectures by number', () => {
    const error = thrown(atlas(), 'Compresion of everything', ['lecture']) as UnknownNodeError;
    expect(error.suggestions).toEqual(['201 (Network Compression (5/6))', '368 (Network Compression (1/2))']);
  });

  it.each([
    ['a lecture number', '275', 'lecture:275'],
    ['a lecture number with #', '#368', 'lecture:368'],
    ['a lecture number with a full-width ＃', '＃３６８', 'lecture:368'],
    ['a lecture number with leading zeros', '0368', 'lecture:368'],
    ['a lecture number with # and leading zeros', '#0368', 'lecture:368'],
    ['a lecture key with leading zeros', 'lecture:0201', 'lecture:201'],
    ['a lecture key with its kind capitalised', 'Lecture:201', 'lecture:201'],
    ['a concept key with its id in another case', 'concept:Network-Pruning', 'concept:network-pruning'],
    ['a concept key with its kind in capitals', 'CONCEPT:network-pruning', 'concept:network-pruning'],
    ['a note key in another case', 'Note:PRUNING', 'note:pruning'],
    ['a node key', 'lecture:201', 'lecture:201'],
    ['a concept key', 'concept:network-compression', 'concept:network-compression'],
    ['a concept id', 'network-pruning', 'concept:network-pruning'],
    ['a unique label in any case', 'Network Pruning', 'concept:network-pruning'],
    ['a Chinese label', '網路剪枝', 'concept:network-pruning'],
    ['a unique alias', 'model compression', 'concept:network-compression'],
    ['a unique lecture title', 'Attention Tricks', 'lecture:290'],
    ['a raw catalog title', 'Network Compression (5/6)', 'lecture:201'],
    ['a label over another concept’s alias', 'attention', 'concept:attention'],
  ])('should resolve %s directly (%s)', (_what, name, key) => {
    const g = atlas();
    expect(resolveNode(g, new SearchIndex(g), name)).toBe(key);
  });

  it('should list the lectures sharing a title, with what tells them apart, instead of picking one', () => {
    const error = thrown(atlas(), 'Network Compression', ['lecture']);
    expect(error).toBeInstanceOf(AmbiguousNodeError);
    expect((error as AmbiguousNodeError).candidates).toEqual<NodeCandidate[]>([
      {
        key: 'lecture:201',
        kind: 'lecture',
        pick: '201',
        name: 'Network Compression (5/6)',
        detail: 'in English',
      },
      {
        key: 'lecture:368',
        kind: 'lecture',
        pick: '368',
        name: 'Network Compression (1/2)',
        detail: 'ML 2021, lecture 35, English version',
      },
    ]);
    expect((error as Error).message).toBe(
      '"Network Compression" matches 2 nodes equally well; name one by its number or key, or use a more precise name:\n' +
        '  201  Network Compression (5/6)  [in English]\n' +
        '  368  Network Compression (1/2)  [ML 2021, lecture 35, English version]',
    );
  });

  it('should count a concept of the same label among the candidates when any kind will do', () => {
    const error = thrown(atlas(), 'network compression') as AmbiguousNodeError;
    expect(error.candidates.map((c) => c.pick)).toEqual(['201', '368', 'concept:network-compression']);
    expect(error.candidates[2]!.detail).toBe('網路壓縮, method, 2 lectures');
  });

  it('should list a concept named by its id among the lectures titled the same, not pick the concept', () => {
    // "network-compression" is the concept's id and, read as words, the two lectures' title.
    const error = thrown(atlas(), 'network-compression') as AmbiguousNodeError;
    expect(error.candidates.map((c) => c.pick)).toEqual(['201', '368', 'concept:network-compression']);
    const g = atlas();
    expect(resolveNode(g, new SearchIndex(g), 'network-compression', { kinds: ['concept'] })).toBe(
      'concept:network-compression',
    );
  });

  it('should resolve a shared name when only one node of the kinds asked for has it', () => {
    const g = atlas();
    expect(resolveNode(g, new SearchIndex(g), 'Network Compression', { kinds: ['concept'] })).toBe(
      'concept:network-compression',
    );
  });

  it('should list two concepts that share an alias, saying which name matched', () => {
    const error = thrown(atlas(), 'kd') as AmbiguousNodeError;
    expect(error.candidates.map((c) => [c.pick, c.detail])).toEqual([
      ['concept:kernel-density', 'method, 2 lectures, named "KD"'],
      ['concept:knowledge-distillation', '知識蒸餾, method, 2 lectures, named "KD"'],
    ]);
  });

  it('should say when a name only fits another kind of node', () => {
    const error = thrown(atlas(), 'pruning', ['lecture']);
    expect(error).toBeInstanceOf(WrongNodeKindError);
    expect((error as WrongNodeKindError).message).toBe(
      '"pruning" is a concept (concept:network-pruning), not a lecture',
    );
    expect(thrown(atlas(), '275', ['concept'])).toBeInstanceOf(WrongNodeKindError);
    expect((thrown(atlas(), 'Concept:Network-Pruning', ['lecture']) as Error).message).toBe(
      '"Concept:Network-Pruning" is a concept (concept:network-pruning), not a lecture',
    );
  });

  it('should give the range of lecture numbers, and the gap, for a missing number however it is typed', () => {
    for (const name of ['300', '０３００', '＃３００']) {
      const error = thrown(atlas(), name, ['lecture']) as UnknownNodeError;
      expect([error.numbers, error.gap]).toEqual(['201 to 368', '291 to 367']);
    }
  });
});

describe('nodeName and nodeDetail', () => {
  it.each([
    ['lecture:368', '368 Network Compression (1/2)', 'ML 2021, lecture 35, English version'],
    ['lecture:275', '275 向量 (Vector)', 'Linear Algebra, 2016, in Chinese'],
    ['lecture:290', '290 Attention Tricks', '吳宗翰 (TA), in English'],
    ['concept:network-pruning', 'network pruning', '網路剪枝, method, 2 lectures'],
    ['note:pruning', 'Pruning notes', 'note, data/notes/pruning.md:3'],
  ])('should name %s "%s" [%s]', (key, name, detail) => {
    const g = atlas();
    expect(nodeName(g, key)).toBe(name);
    expect(nodeDetail(g, key)).toBe(detail);
  });

  it('should give a candidate the text to type for it', () => {
    const g = atlas();
    expect(nodeCandidate(g, 'lecture:275').pick).toBe('275');
    expect(nodeCandidate(g, 'concept:attention').pick).toBe('concept:attention');
  });
});
