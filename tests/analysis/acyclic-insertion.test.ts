import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { hasCycle } from 'graphology-dag';
import { AcyclicInserter } from '../../src/analysis/acyclic-insertion.js';
import { seededRandom } from '../../src/analysis/random.js';

describe('AcyclicInserter', () => {
  it('should refuse a self loop and an edge closing a cycle', () => {
    const dag = new AcyclicInserter(['a', 'b', 'c']);
    expect(dag.insert('a', 'a')).toBe(false);
    expect(dag.insert('a', 'b')).toBe(true);
    expect(dag.insert('b', 'c')).toBe(true);
    expect(dag.insert('c', 'a')).toBe(false);
  });

  it('should accept edges against the initial order when they close no cycle', () => {
    const dag = new AcyclicInserter(['a', 'b', 'c', 'd']);
    expect(dag.insert('d', 'a')).toBe(true);
    expect(dag.insert('c', 'd')).toBe(true);
    expect(dag.insert('a', 'c')).toBe(false);
    expect(dag.insert('b', 'c')).toBe(true);
  });

  it('should keep random edge streams acyclic, agreeing with a from-scratch cycle check', () => {
    const rng = seededRandom(11);
    for (let round = 0; round < 20; round++) {
      const nodes = Array.from({ length: 30 }, (_, i) => `n${i}`);
      const dag = new AcyclicInserter(nodes);
      const reference = new Graph({ type: 'directed' });
      nodes.forEach((n) => reference.addNode(n));
      for (let k = 0; k < 120; k++) {
        const u = nodes[Math.floor(rng() * 30)]!;
        const v = nodes[Math.floor(rng() * 30)]!;
        if (u === v || reference.hasEdge(u, v)) continue;
        reference.addEdge(u, v);
        const closes = hasCycle(reference);
        if (closes) reference.dropEdge(u, v);
        expect(dag.insert(u, v)).toBe(!closes);
      }
    }
  });
});
