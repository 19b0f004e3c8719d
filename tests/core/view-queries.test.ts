import { describe, it, expect } from 'vitest';
import { communityLegend } from '../../src/core/community-legend.js';
import { buildsOn, lectureConcepts } from '../../src/core/lecture-concepts.js';
import { NO_SERIES, listSeries } from '../../src/core/list-series.js';
import { byReadersName, relatedConcepts, type RelatedConcept } from '../../src/core/related-concepts.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, EdgeKind } from '../../src/core/types.js';
import { DEFAULT_NODE_FILTER, isDefaultFilter, visibleNodes } from '../../src/core/visible-nodes.js';
import { addConcept, addLecture } from '../support/atlas-graph.js';

/** Two courses: GAN 2021 (lectures 1, 2) and Algebra (3); concepts GAN, CycleGAN, vector; one note. */
function library(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, title: string, series?: string, community = 0): void =>
    addLecture(g, n, title, {
      ...(series ? { series } : {}),
      community,
      color: community === 0 ? '#111111' : '#222222',
    });
  const concept = (
    id: string,
    label: string,
    lectureCount: number,
    community: number,
    labelZh?: string,
  ): void => {
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label,
      aliases: [],
      category: 'model',
      lectureCount,
      origin: 'lexicon',
      community,
      color: community === 0 ? '#111111' : '#222222',
      ...(labelZh ? { labelZh } : {}),
    });
  };
  lecture(1, 'GAN basics', 'GAN 2021');
  lecture(2, 'CycleGAN', 'GAN 2021');
  lecture(3, 'Vectors', 'Algebra', 1);
  lecture(4, 'Unfiled talk');
  concept('gan', 'GAN', 2, 0, '生成式對抗網路');
  concept('cyclegan', 'CycleGAN', 1, 0);
  concept('vector', 'vector', 1, 1, '向量');
  g.addNode('note:n1', { kind: 'note', label: 'GAN notes', excerpt: '…', source: { file: 'n', line: 1 } });
  const edge = (kind: EdgeKind, s: string, t: string, extra: object = {}): void => {
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind, ...extra });
  };
  edge('mentions', 'lecture:1', 'concept:gan', {
    weight: 0.9,
    main: true,
    evidence: [{ surface: 'GAN', field: 'title' }],
  });
  edge('mentions', 'lecture:2', 'concept:gan', { weight: 0.5, main: false });
  edge('mentions', 'lecture:2', 'concept:cyclegan', { weight: 0.4, main: true });
  edge('mentions', 'lecture:3', 'concept:vector', { weight: 0.8, main: true });
  edge('broader', 'concept:cyclegan', 'concept:gan');
  edge('related', 'concept:cyclegan', 'concept:gan');
  edge('requires', 'concept:gan', 'concept:vector');
  edge('covers', 'note:n1', 'concept:gan');
  edge('prerequisite', 'lecture:1', 'lecture:2', { score: 0.9, reason: 'introduces GAN' });
  return g;
}

describe('lectureConcepts', () => {
  it('should return nothing for an unknown lecture', () => {
    expect(lectureConcepts(library(), 'lecture:99')).toEqual([]);
  });

  it('should list main topics first, then by weight', () => {
    expect(lectureConcepts(library(), 'lecture:2').map((c) => [c.key, c.main])).toEqual([
      ['concept:cyclegan', true],
      ['concept:gan', false],
    ]);
    expect(lectureConcepts(library(), 'lecture:1')[0]).toEqual({
      key: 'concept:gan',
      label: 'GAN',
      labelZh: '生成式對抗網路',
      weight: 0.9,
      main: true,
      evidence: [{ surface: 'GAN', field: 'title' }],
    });
  });

  it('should keep only evidence of the documented shape from a graph made elsewhere', () => {
    const g = library();
    g.setEdgeAttribute('mentions:lecture:1->concept:gan', 'evidence', [
      { surface: 'GAN', field: 'title' },
      { surface: 7, field: 'title' },
      { surface: 'x', field: '<b>' },
      null,
    ] as never);
    expect(lectureConcepts(g, 'lecture:1')[0]!.evidence).toEqual([{ surface: 'GAN', field: 'title' }]);
    g.setEdgeAttribute('mentions:lecture:1->concept:gan', 'evidence', 'GAN' as never);
    expect(lectureConcepts(g, 'lecture:1')[0]!.evidence).toEqual([]);
  });
});

describe('buildsOn', () => {
  /** BERT (lecture 1) requires Transformer (taught by lecture 2), MLM (taught by none) and tokenisation (named). */
  function bert(): AtlasGraph {
    const g = createAtlasGraph();
    addLecture(g, 1, 'BERT');
    addLecture(g, 2, 'Transformer');
    for (const [id, label] of [
      ['bert', 'BERT'],
      ['transformer', 'Transformer'],
      ['mlm', 'masked language model'],
      ['tokenization', 'tokenization'],
      ['attention', 'attention'],
    ])
      addConcept(g, id!, label!);
    const edge = (source: string, target: string, kind: EdgeKind, main?: boolean): void => {
      g.addDirectedEdgeWithKey(`${kind}:${source}->${target}`, source, target, {
        kind,
        ...(main === undefined ? {} : { main, weight: 0.8 }),
      });
    };
    edge('lecture:1', 'concept:bert', 'mentions', true);
    edge('lecture:1', 'concept:tokenization', 'mentions', false);
    edge('lecture:2', 'concept:transformer', 'mentions', true);
    edge('lecture:2', 'concept:attention', 'mentions', true);
    edge('lecture:2', 'concept:tokenization', 'mentions', true);
    for (const r of ['transformer', 'mlm', 'tokenization']) edge('concept:bert', `concept:${r}`, 'requires');
    // What Transformer requires is not what BERT's lecture builds on: only its own main topics' requirements.
    edge('concept:transformer', 'concept:attention', 'requires');
    return g;
  }

  it('should name what the main topics require that the lecture does not name and another lecture teaches', () => {
    expect(buildsOn(bert(), 'lecture:1').map((c) => c.key)).toEqual(['concept:transformer']);
    expect(buildsOn(bert(), 'lecture:99')).toEqual([]);
  });

  it('should name nothing a lecture teaches itself', () => {
    // The Transformer lecture names attention as a main topic itself.
    expect(buildsOn(bert(), 'lecture:2')).toEqual([]);
  });
});

describe('relatedConcepts', () => {
  it('should return nothing for an unknown concept', () => {
    expect(relatedConcepts(library(), 'concept:nope')).toEqual([]);
  });

  it('should read relations from the given concept, the more specific one winning', () => {
    expect(relatedConcepts(library(), 'concept:gan').map((r) => [r.key, r.relation])).toEqual([
      ['concept:cyclegan', 'narrower'],
      ['concept:vector', 'requires'],
    ]);
    expect(relatedConcepts(library(), 'concept:cyclegan').map((r) => [r.key, r.relation])).toEqual([
      ['concept:gan', 'broader'],
    ]);
    expect(relatedConcepts(library(), 'concept:vector')[0]?.relation).toBe('required-by');
  });

  it("should list a relation's concepts by the name the reader sees, as the reader's language sorts it", () => {
    const related: RelatedConcept[] = [
      { key: 'concept:attention', label: 'attention', labelZh: '注意力機制', relation: 'related' },
      { key: 'concept:bert', label: 'BERT', relation: 'related' },
      { key: 'concept:autoencoder', label: 'autoencoder', labelZh: '自編碼器', relation: 'related' },
      { key: 'concept:gan', label: 'GAN', labelZh: '生成對抗網路', relation: 'broader' },
    ];
    const english = byReadersName(related, (r) => r.label, 'en').map((r) => r.key);
    expect(english).toEqual(['concept:gan', 'concept:attention', 'concept:autoencoder', 'concept:bert']);
    const chinese = byReadersName(related, (r) => r.labelZh ?? r.label, 'zh-TW').map((r) => r.key);
    // The broader concept first still; then the Chinese names as zh-TW sorts them (by strokes: 自 has six, 注
    // eight), before a Latin one; not by the English labels (attention, autoencoder, BERT).
    expect(chinese).toEqual(['concept:gan', 'concept:autoencoder', 'concept:attention', 'concept:bert']);
  });
});

describe('visibleNodes', () => {
  it('should refuse a non-finite minimum degree', () => {
    expect(() => visibleNodes(library(), { ...DEFAULT_NODE_FILTER, minDegree: Number.NaN })).toThrow(
      RangeError,
    );
  });

  it('should keep every node with the default filter', () => {
    const g = library();
    expect(visibleNodes(g).size).toBe(g.order);
    expect(isDefaultFilter(DEFAULT_NODE_FILTER)).toBe(true);
    expect(isDefaultFilter({ ...DEFAULT_NODE_FILTER, minDegree: 2 })).toBe(false);
  });

  it('should filter by kind and minimum degree', () => {
    const g = library();
    expect([...visibleNodes(g, { ...DEFAULT_NODE_FILTER, kinds: ['concept'] })].sort()).toEqual([
      'concept:cyclegan',
      'concept:gan',
      'concept:vector',
    ]);
    expect([...visibleNodes(g, { ...DEFAULT_NODE_FILTER, minDegree: 3 })].sort()).toEqual([
      'concept:cyclegan',
      'concept:gan',
      'lecture:2',
    ]);
  });

  it('should keep a series with the concepts and notes its lectures reach', () => {
    const g = library();
    expect([...visibleNodes(g, { ...DEFAULT_NODE_FILTER, series: ['Algebra'] })].sort()).toEqual([
      'concept:vector',
      'lecture:3',
    ]);
    const gan = visibleNodes(g, { ...DEFAULT_NODE_FILTER, series: ['GAN 2021'] });
    expect(gan.has('lecture:4')).toBe(false);
    expect(gan.has('concept:cyclegan')).toBe(true);
    expect(gan.has('note:n1')).toBe(false);
  });

  it('should keep the lectures without a series as a series of their own', () => {
    const g = library();
    expect([...visibleNodes(g, { ...DEFAULT_NODE_FILTER, series: [NO_SERIES] })]).toEqual(['lecture:4']);
    // Hiding one course from every one keeps the unfiled lecture.
    const allButAlgebra = visibleNodes(g, { ...DEFAULT_NODE_FILTER, series: ['GAN 2021', NO_SERIES] });
    expect(allButAlgebra.has('lecture:4')).toBe(true);
    expect(allButAlgebra.has('lecture:3')).toBe(false);
  });
});

describe('listSeries', () => {
  it('should count lectures per series by name, the lectures without one last', () => {
    expect(listSeries(library())).toEqual([
      { series: 'Algebra', lectures: 1 },
      { series: 'GAN 2021', lectures: 2 },
      { series: NO_SERIES, lectures: 1 },
    ]);
    expect(listSeries(createAtlasGraph())).toEqual([]);
    // With no named series there is nothing to choose among.
    const unfiled = createAtlasGraph();
    addLecture(unfiled, 1, 'A talk');
    expect(listSeries(unfiled)).toEqual([]);
  });

  it('should give the years a series spans where its name gives none', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Regression', { series: 'ML', date: '2016-10-07' });
    addLecture(g, 2, 'Logistic Regression', { series: 'ML', date: '2017-01-29' });
    addLecture(g, 3, 'HW1', { series: 'ML' });
    addLecture(g, 4, 'GAN', { series: 'GAN 2018', date: '2018-05-11' });
    addLecture(g, 5, 'Vectors', { series: 'Algebra' });
    expect(listSeries(g)).toEqual([
      { series: 'Algebra', lectures: 1 },
      { series: 'GAN 2018', lectures: 1 },
      { series: 'ML', lectures: 3, years: [2016, 2017] },
    ]);
  });
});

describe('communityLegend', () => {
  it('should name each community after its most-taught concept, largest first', () => {
    expect(communityLegend(library())).toEqual([
      { community: 0, color: '#111111', nodes: 5, name: 'GAN', nameZh: '生成式對抗網路' },
      { community: 1, color: '#222222', nodes: 2, name: 'vector', nameZh: '向量' },
    ]);
    expect(communityLegend(createAtlasGraph())).toEqual([]);
  });
});
