import { describe, it, expect } from 'vitest';
import { HOP_PHRASES, explainHop, explanatoryPath } from '../../src/core/explanatory-path.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, EdgeKind } from '../../src/core/types.js';
import { addConcept, addLecture } from '../support/atlas-graph.js';

/**
 * Lecture 275 "Network Compression (1/2)" teaches pruning, a kind of network compression; lecture 274
 * is a prerequisite of 275; lecture 900 stands alone.
 */
function course(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, title: string, part?: { index: number; total: number }): void =>
    addLecture(g, n, title, part ? { part } : {});
  const concept = (id: string, label: string): void => addConcept(g, id, label);
  lecture(274, 'Deep Learning Basics');
  lecture(275, 'Network Compression', { index: 1, total: 2 });
  lecture(900, 'Alone');
  concept('pruning', 'pruning');
  concept('network-compression', 'network compression');
  const edge = (kind: EdgeKind, s: string, t: string): void => {
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind });
  };
  edge('mentions', 'lecture:275', 'concept:pruning');
  edge('broader', 'concept:pruning', 'concept:network-compression');
  edge('prerequisite', 'lecture:274', 'lecture:275');
  return g;
}

/** Two nodes joined by one edge of the given kind. */
function pair(kind: EdgeKind): AtlasGraph {
  const g = createAtlasGraph();
  for (const key of ['concept:a', 'concept:b'])
    g.addNode(key, {
      kind: 'concept',
      label: key,
      aliases: [],
      category: 'concept',
      lectureCount: 0,
      origin: 'lexicon',
    });
  g.addDirectedEdgeWithKey('e', 'concept:a', 'concept:b', { kind });
  return g;
}

describe('explanatoryPath', () => {
  it('should say when two nodes are not connected, and give no hops from a node to itself', () => {
    const g = course();
    expect(explanatoryPath(g, 'lecture:900', 'lecture:275')).toBeUndefined();
    expect(explanatoryPath(g, 'lecture:275', 'lecture:275')).toEqual([]);
  });

  it('should word each hop from its first node to its second', () => {
    const g = course();
    const hops = explanatoryPath(g, 'lecture:274', 'concept:network-compression')!;
    expect(hops.map((h) => explainHop(g, h))).toEqual([
      '274 Deep Learning Basics — is a prerequisite of → 275 Network Compression (1/2)',
      '275 Network Compression (1/2) — teaches → pruning',
      'pruning — falls under → network compression',
    ]);
  });

  it('should read an edge backwards when the path runs against it', () => {
    const g = course();
    const hops = explanatoryPath(g, 'concept:network-compression', 'lecture:274')!;
    expect(hops.map((h) => explainHop(g, h))).toEqual([
      'network compression — includes → pruning',
      'pruning — is taught in → 275 Network Compression (1/2)',
      '275 Network Compression (1/2) — has as a prerequisite → 274 Deep Learning Basics',
    ]);
    expect(hops.map((h) => h.kind)).toEqual(['broader', 'mentions', 'prerequisite']);
  });

  it.each([
    ['mentions', 'teaches', 'is taught in'],
    ['covers', 'covers', 'is covered by'],
    ['related', 'is taught with', 'is taught with'],
    ['broader', 'falls under', 'includes'],
    ['requires', 'builds on', 'is needed for'],
    ['similar', 'is similar to', 'is similar to'],
    ['next-in-series', 'is followed by', 'follows'],
    ['prerequisite', 'is a prerequisite of', 'has as a prerequisite'],
    ['twin', 'is the same lecture as', 'is the same lecture as'],
  ] as const)('should read a %s edge as "%s", and backwards as "%s"', (kind, forward, backward) => {
    const g = pair(kind);
    expect(explanatoryPath(g, 'concept:a', 'concept:b')![0]!.relation).toBe(forward);
    expect(explanatoryPath(g, 'concept:b', 'concept:a')![0]!.relation).toBe(backward);
    expect(HOP_PHRASES[kind]).toEqual({ forward, backward });
  });

  it('should have a phrase for every edge kind', () => {
    expect(Object.keys(HOP_PHRASES).sort()).toEqual([
      'broader',
      'covers',
      'mentions',
      'next-in-series',
      'prerequisite',
      'related',
      'requires',
      'similar',
      'twin',
    ]);
  });
});
