import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { canonicalise, canonicalJson, createAtlasGraph, serializeGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';

function sample(order: 'forward' | 'backward'): AtlasGraph {
  const g = createAtlasGraph();
  const nodes: [string, Record<string, unknown>][] = [
    ['lecture:2', { kind: 'lecture', label: 'B', part: { total: 2, index: 2 }, summary: undefined }],
    ['concept:gan', { label: 'GAN', kind: 'concept', aliases: ['gan', 'GANs'] }],
    ['lecture:1', { kind: 'lecture', label: 'A <b>"quoted"</b>' }],
  ];
  for (const [k, a] of order === 'forward' ? nodes : [...nodes].reverse()) g.addNode(k, a as never);
  g.addDirectedEdgeWithKey('mentions:lecture:1->concept:gan', 'lecture:1', 'concept:gan', {
    weight: 0.5,
    kind: 'mentions',
    evidence: [{ surface: 'GAN', field: 'title' }],
  });
  g.addDirectedEdgeWithKey('next-in-series:lecture:1->lecture:2', 'lecture:1', 'lecture:2', {
    kind: 'next-in-series',
  });
  g.setAttribute('schemaVersion', 1);
  return g;
}

/** The reference: graphology's own export with nodes, edges and object keys sorted. */
function sortedExport(g: AtlasGraph): unknown {
  const data = g.export();
  const byKey = (a: { key?: string }, b: { key?: string }): number =>
    a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0;
  return canonicalise({ ...data, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].sort(byKey) });
}

describe('serializeGraph', () => {
  it('should write the same bytes whatever order the graph was built in', () => {
    expect(serializeGraph(sample('forward'))).toBe(serializeGraph(sample('backward')));
  });

  it('should be graphology JSON that imports back into the same graph', () => {
    const text = serializeGraph(sample('forward'));
    const back = new Graph({ type: 'directed', multi: true });
    back.import(JSON.parse(text) as never);
    expect(back.order).toBe(3);
    expect(back.getEdgeAttribute('mentions:lecture:1->concept:gan', 'evidence')).toEqual([
      { surface: 'GAN', field: 'title' },
    ]);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sortedExport(sample('backward')))));
  });

  it('should sort keys, drop undefined values and put one node or edge per line', () => {
    const lines = serializeGraph(sample('backward')).split('\n');
    expect(lines).toContain(
      '{"attributes":{"kind":"lecture","label":"B","part":{"index":2,"total":2}},"key":"lecture:2"}',
    );
    expect(lines.filter((l) => l.startsWith('{"attributes":'))).toHaveLength(5);
  });

  it('should name an edge added without a key by its ends, not by a run-dependent generated key', () => {
    const make = (): AtlasGraph => {
      const g = sample('forward');
      g.addDirectedEdge('lecture:2', 'concept:gan', { kind: 'mentions' });
      return g;
    };
    const text = serializeGraph(make());
    expect(text).toContain('"key":"lecture:2->concept:gan"');
    expect(text).not.toContain('geid_');
    expect(serializeGraph(make())).toBe(text);
  });

  it('should write an empty graph as empty node and edge lists', () => {
    expect(serializeGraph(createAtlasGraph())).toBe(
      '{\n"attributes":{},\n"options":{"allowSelfLoops":false,"multi":true,"type":"directed"},\n' +
        '"nodes":[\n\n],\n"edges":[\n\n]\n}\n',
    );
  });

  it('should write a graph of many lines (joined in chunks) as one line per node or edge, comma-separated', () => {
    const g = createAtlasGraph();
    const n = 4500;
    for (let i = 0; i < n; i++) g.addNode(`lecture:${i}`, { kind: 'lecture', label: `L${i}` } as never);
    for (let i = 1; i < n; i++)
      g.addDirectedEdgeWithKey(
        `next-in-series:lecture:${i - 1}->lecture:${i}`,
        `lecture:${i - 1}`,
        `lecture:${i}`,
        {
          kind: 'next-in-series',
        },
      );
    const text = serializeGraph(g);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sortedExport(g))));
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('{"attributes":'))).toHaveLength(2 * n - 1);
    expect(lines.filter((l) => l.startsWith('{"attributes":') && !l.endsWith('},'))).toHaveLength(2);
  });
});

describe('canonicalJson', () => {
  it('should reject a non-finite number as canonicalise does', () => {
    expect(() => canonicalJson({ x: 1, y: NaN })).toThrow('cannot serialise non-finite number NaN');
    expect(() => canonicalJson({ list: [{ size: Infinity }] })).toThrow(TypeError);
  });

  it.each<[string, object]>([
    ['flat keys out of order', { weight: 0.5, kind: 'mentions', main: true }],
    ['nested objects and arrays of objects', { b: { z: 1, a: [{ y: 2, x: 1 }, { x: 3 }] }, a: 'A' }],
    ['undefined values, left out; undefined in arrays, null', { b: undefined, a: [undefined, 1], c: null }],
    [
      'keys that are array indices, first in numeric order',
      { b: 1, '10': 2, '9': 3, a: { '2': 0, '01': 1 } },
    ],
    ['keys in other scripts', { 機: '机', a: '"quoted" <b>' }],
    ['an empty object and an empty array', { a: {}, b: [] }],
    ['a date, which only canonicalise writes (as {})', { when: new Date(0), a: 1 }],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { b: 1, a: 2 })],
  ])('should write %s as JSON.stringify(canonicalise(x)) does', (_what, value) => {
    expect(canonicalJson(value)).toBe(JSON.stringify(canonicalise(value)));
  });

  it('should give each set of keys its own order however often it has met other sets', () => {
    const values = [
      { b: 1, a: 2 },
      { c: 1, a: 2 },
      { a: 1, b: 2 },
      { b: 1, a: 2, c: { b: 0, a: 0 } },
    ];
    for (const v of [...values, ...values]) expect(canonicalJson(v)).toBe(JSON.stringify(canonicalise(v)));
  });
});
