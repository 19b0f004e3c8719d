import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAtomic } from '../../src/pipeline/write-atomic.js';

describe('writeFilesAtomic', () => {
  it('should replace a graph and its compact form together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-atomic-'));
    const [graph, compact] = [join(dir, 'graph.json'), join(dir, 'graph.compact.json')];
    writeFileSync(graph, 'old graph');
    writeFileSync(compact, 'old compact');
    await writeFilesAtomic([
      { path: graph, content: 'new graph' },
      { path: compact, content: 'new compact' },
    ]);
    expect([readFileSync(graph, 'utf8'), readFileSync(compact, 'utf8')]).toEqual([
      'new graph',
      'new compact',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['graph.compact.json', 'graph.json']);
  });

  it('should leave both files as they were when the second cannot be replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-atomic-'));
    const graph = join(dir, 'graph.json');
    writeFileSync(graph, 'old graph');
    // A folder where the compact file goes: its rename fails after the graph's succeeded.
    const compact = join(dir, 'graph.compact.json');
    mkdirSync(compact);
    writeFileSync(join(compact, 'keep'), 'x');
    await expect(
      writeFilesAtomic([
        { path: graph, content: 'new graph' },
        { path: compact, content: 'new compact' },
      ]),
    ).rejects.toThrow();
    expect(readFileSync(graph, 'utf8')).toBe('old graph');
    expect(readdirSync(dir).sort()).toEqual(['graph.compact.json', 'graph.json']);
  });

  it('should remove a first file that did not exist before when the set fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-atomic-'));
    const compact = join(dir, 'graph.compact.json');
    mkdirSync(compact);
    writeFileSync(join(compact, 'keep'), 'x');
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'graph.json'), content: 'new graph' },
        { path: compact, content: 'new compact' },
      ]),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['graph.compact.json']);
  });
});
