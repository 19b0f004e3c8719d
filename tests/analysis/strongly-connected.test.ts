import { describe, expect, it } from 'vitest';
import { cyclicComponents } from '../../src/analysis/strongly-connected.js';

const graph = (edges: [string, string][]) => {
  const succ = new Map<string, string[]>();
  for (const [a, b] of edges) {
    succ.set(a, [...(succ.get(a) ?? []), b]);
    if (!succ.has(b)) succ.set(b, []);
  }
  return { nodes: [...succ.keys()], next: (n: string) => succ.get(n) ?? [] };
};

describe('cyclicComponents', () => {
  it('should find nothing in an empty graph or a DAG', () => {
    expect(cyclicComponents([], () => [])).toEqual([]);
    const g = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ]);
    expect(cyclicComponents(g.nodes, g.next)).toEqual([]);
  });

  it('should find each cycle once, with all its members', () => {
    const g = graph([
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'c'],
    ]);
    const found = cyclicComponents(g.nodes, g.next).map((c) => [...c].sort());
    expect(found.sort()).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });

  it('should not overflow the stack on a chain of 200,000 lectures closed into one cycle', () => {
    const n = 200_000;
    const next = (k: string): string[] => [String((Number(k) + 1) % n)];
    const nodes = Array.from({ length: n }, (_, i) => String(i));
    const found = cyclicComponents(nodes, next);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(n);
  });
});
