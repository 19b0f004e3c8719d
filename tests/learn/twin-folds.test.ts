import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf, catalogTwins, labelledTwins, twinFoldKey } from '../../src/learn/twin-folds.js';
import type { LabelledSet } from '../../src/pipeline/evaluate-sets.js';

const set = (extra: Partial<LabelledSet> = {}): LabelledSet => ({
  name: 'corpus train',
  role: 'train',
  inputs: [],
  ...extra,
});

describe('twin fold keys', () => {
  it("should give a talk's two language versions one fold key, and other lectures their own", () => {
    const key = twinFoldKey(set(), [
      [12, 7],
      [30, 31],
    ]);
    expect(key(12)).toBe('corpus train:7');
    expect(key(7)).toBe('corpus train:7');
    expect(key(31)).toBe(key(30));
    expect(key(5)).toBe('corpus train:5');
  });

  it('should keep a lecture listed in two pairs in one group with both', () => {
    const key = twinFoldKey(set(), [
      [9, 4],
      [4, 20],
      [21, 9],
    ]);
    expect(new Set([4, 9, 20, 21].map(key))).toEqual(new Set(['corpus train:4']));
  });

  it("should read the twins of both of a set's label files, and reject a malformed list", () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-twins-'));
    const pairs = join(dir, 'pairs.json');
    const judged = join(dir, 'judged.json');
    writeFileSync(pairs, JSON.stringify({ pairs: [], twins: [[1, 2]] }));
    writeFileSync(judged, JSON.stringify({ targets: [], twins: [[3, 4]] }));
    expect(labelledTwins(set({ prerequisites: pairs, judgements: judged }))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(labelledTwins(set({ prerequisites: join(dir, 'absent.json') }))).toEqual([]);
    writeFileSync(judged, JSON.stringify({ twins: { 1: 2 } }));
    expect(() => labelledTwins(set({ judgements: judged }))).toThrow(
      /judged\.json: "twins" should be an array/,
    );
  });
});

describe('twin fold keys across the sets of one catalog', () => {
  it('should put a corpus lecture and its seed twin in one fold, keyed by the catalog', () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-twins-'));
    const corpusLabels = join(dir, 'corpus.json');
    writeFileSync(corpusLabels, JSON.stringify({ targets: [], twins: [[330, 12]] }));
    const seed = set({ name: 'seed', role: 'seed', catalog: 'channel' });
    const corpus = set({ judgements: corpusLabels, part: { catalog: 'channel', part: 'train' } });
    const other = set({ name: 'unseen', judgements: corpusLabels });
    const sets = [seed, corpus, other];
    expect(catalogTwins(seed, sets)).toEqual([[330, 12]]);
    expect(twinFoldKey(corpus, catalogTwins(corpus, sets))(330)).toBe('channel:12');
    expect(twinFoldKey(seed, catalogTwins(seed, sets))(12)).toBe('channel:12');
    // Another catalog numbers its lectures its own way: its lecture 12 is not the seed's.
    expect(catalogOf(other)).toBe('unseen');
  });
});
