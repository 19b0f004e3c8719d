import { describe, it, expect } from 'vitest';
import { graphFromJson } from '../../src/core/load-graph.js';
import { SCHEMA_VERSION } from '../../src/core/types.js';

const valid = {
  attributes: { schemaVersion: SCHEMA_VERSION },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'lecture:1', attributes: { kind: 'lecture', label: 'A', title: 'A', number: 1, x: 0, y: 0 } },
    { key: 'concept:gan', attributes: { kind: 'concept', label: 'GAN', aliases: [], x: 1, y: 1 } },
  ],
  edges: [{ key: 'm', source: 'lecture:1', target: 'concept:gan', attributes: { kind: 'mentions' } }],
};

describe('graphFromJson', () => {
  it.each([
    ['{"nodes":[', /not valid JSON.*truncated/],
    ['[]', /not a JSON object/],
    [JSON.stringify({ ...valid, attributes: { schemaVersion: 0 } }), /schema version 0.*npm run build:graph/],
    [JSON.stringify({ ...valid, nodes: 'x' }), /no "nodes" array/],
    [
      JSON.stringify({ ...valid, nodes: [{ key: 'n', attributes: { kind: 'video', label: 'x' } }] }),
      /no valid "kind"/,
    ],
    [
      JSON.stringify({
        ...valid,
        nodes: [{ key: 'n', attributes: { kind: 'lecture', label: 'x', number: '1' } }],
      }),
      /integer "number"/,
    ],
    [
      JSON.stringify({
        ...valid,
        nodes: [{ key: 'n', attributes: { kind: 'concept', label: 'x', x: 'NaN' } }],
      }),
      /non-numeric "x"/,
    ],
    [
      JSON.stringify({
        ...valid,
        edges: [{ source: 'lecture:1', target: 'nowhere', attributes: { kind: 'mentions' } }],
      }),
      /missing node/,
    ],
    // What the explorer and the CLI read without checking: a concept's aliases, a lecture's title, an edge's kind.
    [
      JSON.stringify({
        ...valid,
        nodes: [valid.nodes[0], { key: 'concept:gan', attributes: { kind: 'concept', label: 'GAN' } }],
      }),
      /concept node "concept:gan" has no "aliases" array/,
    ],
    [
      JSON.stringify({
        ...valid,
        nodes: [{ key: 'lecture:1', attributes: { kind: 'lecture', label: 'A', number: 1 } }, valid.nodes[1]],
      }),
      /lecture node "lecture:1" has no string "title"/,
    ],
    [
      JSON.stringify({
        ...valid,
        edges: [{ source: 'lecture:1', target: 'concept:gan', attributes: { kind: 'teaches' } }],
      }),
      /edge #0 \(lecture:1 → concept:gan\) has kind "teaches", not one of mentions/,
    ],
  ])('should refuse %s with a clear message', (text, message) => {
    expect(() => graphFromJson(text)).toThrow(message);
  });

  it.each([
    ['lecture:1', { series: {} }, /node "lecture:1" has a non-text "series" \(an object\)/],
    ['lecture:1', { date: 20240101 }, /non-text "date" \(a number\)/],
    ['lecture:1', { summary: null }, /non-text "summary" \(null\)/],
    ['lecture:1', { source: 'catalog.md' }, /no "source" object/],
    ['concept:gan', { labelZh: 7 }, /non-text "labelZh"/],
    ['concept:gan', { reading: 'https://x.org' }, /"reading" that is not a list of \{ title, url \} links/],
    ['concept:gan', { reading: [null] }, /"reading" that is not a list/],
    [
      'concept:gan',
      { definition: 'A generator and a discriminator.' },
      /"definition" that is not \{ en, zh \} text/,
    ],
    ['concept:gan', { definition: { en: 'A generator and a discriminator.' } }, /"definition" that is not/],
  ])(
    'should refuse a %s whose %j the explorer reads as text or links, naming the field',
    (key, extra, message) => {
      const nodes = valid.nodes.map((n) =>
        n.key === key ? { ...n, attributes: { ...n.attributes, ...extra } } : n,
      );
      expect(() => graphFromJson(JSON.stringify({ ...valid, nodes }))).toThrow(message);
    },
  );

  it('should refuse a note without its excerpt or source, which its panel shows', () => {
    const note = (attributes: Record<string, unknown>) =>
      JSON.stringify({
        ...valid,
        nodes: [...valid.nodes, { key: 'note:n', attributes: { kind: 'note', label: 'N', ...attributes } }],
      });
    expect(() => graphFromJson(note({ excerpt: 'x' }))).toThrow(/note:n" has no "source" object/);
    expect(() => graphFromJson(note({ source: { file: 'n.md', line: 1 }, excerpt: 3 }))).toThrow(
      /non-text "excerpt"/,
    );
    expect(graphFromJson(note({ source: { file: 'n.md', line: 1 }, excerpt: 'x' })).hasNode('note:n')).toBe(
      true,
    );
  });

  it('should import a valid graph', () => {
    const graph = graphFromJson(JSON.stringify(valid));
    expect(graph.order).toBe(2);
    expect(graph.getEdgeAttribute('m', 'kind')).toBe('mentions');
  });
});
