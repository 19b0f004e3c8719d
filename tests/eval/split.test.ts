import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMovedToTrain, partOf, splitOf } from '../../src/eval/split.js';
import { inSetPart, LABELLED_SETS, MOVED_TO_TRAIN_FILE } from '../../src/pipeline/evaluate-sets.js';

/** The first `n` lecture numbers of `catalog` in the test part of the split. */
const testLectures = (catalog: string, n: number): number[] =>
  Array.from({ length: 200 }, (_v, i) => i + 1)
    .filter((k) => splitOf(catalog, k) === 'test')
    .slice(0, n);

describe('the development split', () => {
  it('should score a test lecture whose failure was looked at as train once it is listed as moved', () => {
    const [looked, other] = testLectures('channel', 2) as [number, number];
    const moved = parseMovedToTrain(JSON.stringify({ description: 'x', channel: [looked] }), 'm.json');
    expect(partOf('channel', looked, moved)).toBe('train');
    expect(partOf('channel', other, moved)).toBe('test');
    // Another catalog's lecture of the same number keeps its own part.
    expect(partOf('english-courses', looked, moved)).toBe(splitOf('english-courses', looked));
  });

  it('should refuse a moved list it cannot read rather than leave a looked-at lecture in the test part', () => {
    expect(() => parseMovedToTrain('{"channel": ["212"]}', 'm.json')).toThrow(
      'm.json: "channel" must list lecture numbers',
    );
    expect(() => parseMovedToTrain('[212]', 'm.json')).toThrow('m.json: expected an object');
    expect(() => parseMovedToTrain('{', 'm.json')).toThrow('m.json: not JSON');
  });

  it('should read the committed list of moved lectures: test lectures of the labelled catalogs', () => {
    const moved = parseMovedToTrain(readFileSync(MOVED_TO_TRAIN_FILE, 'utf8'), MOVED_TO_TRAIN_FILE);
    const catalogs = new Set(LABELLED_SETS.flatMap((s) => (s.part ? [s.part.catalog] : [])));
    for (const [catalog, numbers] of moved) {
      expect(catalogs).toContain(catalog);
      for (const n of numbers) expect(splitOf(catalog, n), `${catalog} ${n}`).toBe('test');
    }
    expect([...moved.keys()]).toEqual(['channel', 'english-courses']);
  });

  it('should score the test part as drawn, moved lectures included, beside the test part, and never fit it', () => {
    const moved = parseMovedToTrain(readFileSync(MOVED_TO_TRAIN_FILE, 'utf8'), MOVED_TO_TRAIN_FILE);
    const set = (name: string) => LABELLED_SETS.find((s) => s.name === name)!;
    for (const [catalog, prefix] of [
      ['channel', 'corpus'],
      ['english-courses', 'english'],
    ] as const) {
      const [looked] = [...moved.get(catalog)!];
      const [untouched] = testLectures(catalog, 200).filter((n) => !moved.get(catalog)!.has(n));
      expect(inSetPart(set(`${prefix} test`), looked!)).toBe(false);
      expect(inSetPart(set(`${prefix} test as drawn`), looked!)).toBe(true);
      expect(inSetPart(set(`${prefix} train`), looked!)).toBe(true);
      expect(inSetPart(set(`${prefix} test as drawn`), untouched!)).toBe(true);
      expect(set(`${prefix} test as drawn`).role).toBe('test');
    }
  });
});
