import { describe, it, expect } from 'vitest';
import {
  COMPACT_GRAPH_FORMAT,
  encodeCompactGraph,
  expandCompactGraph,
  serializeCompactGraph,
} from '../../src/core/compact-graph.js';
import { GraphFormatError } from '../../src/core/errors.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import { createAtlasGraph, serializeGraph } from '../../src/core/serialize.js';
import { SCHEMA_VERSION, type AtlasGraph } from '../../src/core/types.js';
import { compactGraphPath } from '../../src/pipeline/compact-output.js';

/** A small graph with what graph.json holds: nested attributes, Chinese text, repeated reasons. */
function sample(reverse = false): AtlasGraph {
  const g = createAtlasGraph();
  g.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    generator: 'test',
    inputs: [],
    counts: { lectures: 2 },
    diagnostics: [],
    simplifiedChars: { 習: '习' },
  });
  const lectures = [1, 2].map((n) => ({
    key: `lecture:${n}`,
    attributes: {
      kind: 'lecture' as const,
      label: `機器學習 ${n}`,
      title: `機器學習 ${n}`,
      rawTitle: `【機器學習2021】機器學習 ${n}`,
      number: n,
      videoId: `v${n}`,
      url: `https://www.youtube.com/watch?v=v${n}`,
      thumbnail: `https://img.youtube.com/vi/v${n}/maxresdefault.jpg`,
      language: 'zh' as const,
      series: 'ML 2021',
      part: { index: n, total: 2 },
      summary: n === 1 ? '# Heading\n$a<b$' : undefined,
      source: { file: 'data/catalog/ml.md', line: n * 10 },
      x: n * 1.5,
      y: -n / 3,
      size: 3,
      color: '#4e79a7',
      community: 0,
    },
  }));
  const concept = {
    key: 'concept:ml',
    attributes: {
      kind: 'concept' as const,
      label: 'machine learning',
      labelZh: '機器學習',
      aliases: ['ML'],
      category: 'field' as const,
      lectureCount: 2,
      origin: 'lexicon' as const,
      reading: [
        { title: 'A book', url: 'https://example.org', source: { file: 'data/notes/r.md', line: 3 } },
      ],
    },
  };
  const nodes = reverse ? [concept, ...lectures].reverse() : [concept, ...lectures];
  for (const n of nodes) g.addNode(n.key, n.attributes);
  const edges: [string, string, string, Record<string, unknown>][] = [
    [
      'mentions:lecture:1->concept:ml',
      'lecture:1',
      'concept:ml',
      {
        kind: 'mentions',
        weight: 0.8571428571428571,
        main: true,
        evidence: [{ surface: '機器學習', field: 'title' }],
      },
    ],
    [
      'mentions:lecture:2->concept:ml',
      'lecture:2',
      'concept:ml',
      { kind: 'mentions', weight: 0.5, main: false, evidence: [] },
    ],
    [
      'prerequisite:lecture:1->lecture:2',
      'lecture:1',
      'lecture:2',
      { kind: 'prerequisite', score: 1, reason: 'part 2 of ML' },
    ],
    [
      'next-in-series:lecture:1->lecture:2',
      'lecture:1',
      'lecture:2',
      { kind: 'next-in-series', reason: 'part 2 of ML' },
    ],
    ['a hand-made key', 'lecture:2', 'lecture:1', { kind: 'similar', weight: 0.25, reason: 'shares ML' }],
  ];
  for (const [key, s, t, a] of reverse ? [...edges].reverse() : edges)
    g.addDirectedEdgeWithKey(key, s, t, a as never);
  return g;
}

describe('expandCompactGraph', () => {
  it('should refuse what is not a compact graph file, naming the problem', () => {
    expect(() => expandCompactGraph({ nodes: [], edges: [] })).toThrow(GraphFormatError);
    expect(() => expandCompactGraph({ format: COMPACT_GRAPH_FORMAT, version: 99 })).toThrow(
      /version 99, this explorer reads version 1; rebuild it with "npm run build:graph"/,
    );
    const good = encodeCompactGraph(sample());
    expect(() => expandCompactGraph({ ...good, edges: [[0, 0, 99]] })).toThrow(
      /edge #0 points to a missing node/,
    );
    expect(() => expandCompactGraph({ ...good, edges: [[42, 0, 1]] })).toThrow(/edge #0 has an unknown kind/);
    expect(() => expandCompactGraph({ ...good, nodes: [{ key: 'x' }] })).toThrow(
      /node #0 is not \[key, attributes\]/,
    );
  });

  it('should refuse to encode a null attribute, which it uses for absent values', () => {
    const g = sample();
    g.setEdgeAttribute('prerequisite:lecture:1->lecture:2', 'reason', null as never);
    expect(() => encodeCompactGraph(g)).toThrow(/has a null "reason"/);
  });
});

describe('serializeCompactGraph', () => {
  it('should give back graph.json byte for byte once loaded', () => {
    const g = sample();
    const loaded = graphFromJson(serializeCompactGraph(g));
    expect(serializeGraph(loaded)).toBe(serializeGraph(g));
    expect(loaded.getEdgeAttributes('a hand-made key')).toEqual({
      kind: 'similar',
      weight: 0.25,
      reason: 'shares ML',
    });
    expect(loaded.source('a hand-made key')).toBe('lecture:2');
  });

  it('should be deterministic whatever order the graph was built in', () => {
    expect(serializeCompactGraph(sample(true))).toBe(serializeCompactGraph(sample()));
  });

  it('should store edge ends as node indices, derive keys and intern repeated strings', () => {
    const c = encodeCompactGraph(sample());
    expect(c.strings.filter((s) => s === 'part 2 of ML')).toHaveLength(1);
    expect(Object.values(c.keys)).toEqual(['a hand-made key']);
    expect(c.columns.prerequisite).toEqual([
      ['reason', true],
      ['score', false],
    ]);
    for (const row of c.edges) expect(row.slice(0, 3).every((x) => Number.isInteger(x))).toBe(true);
    expect(serializeCompactGraph(sample()).length).toBeLessThan(serializeGraph(sample()).length);
  });
});

describe('graphFromJson', () => {
  it('should say a truncated file is not valid JSON', () => {
    expect(() => graphFromJson('{"format":"lecture-atl')).toThrow(/not valid JSON.*truncated/);
  });

  it('should read graph.json as well as the compact file', () => {
    const g = sample();
    expect(serializeGraph(graphFromJson(serializeGraph(g)))).toBe(serializeGraph(g));
  });
});

describe('compactGraphPath', () => {
  it('should put the compact file beside graph.json', () => {
    expect(compactGraphPath('public/graph.json')).toBe('public/graph.compact.json');
    expect(compactGraphPath('out/lectures')).toBe('out/lectures.compact.json');
  });
});
