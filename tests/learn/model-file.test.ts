import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelError, readModelFile } from '../../src/learn/model-file.js';

const write = (model: object): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'la-model-')), 'm.json');
  writeFileSync(file, JSON.stringify(model));
  return file;
};
const base = { description: '', features: ['a'], weights: [1], bias: 0, threshold: 0.3, fit: {} };

describe('readModelFile', () => {
  it('should read a model with a floor at or below its threshold', () => {
    expect(readModelFile(write({ ...base, floor: 0.05 }), ['a'])?.floor).toBe(0.05);
    expect(readModelFile(write(base), ['a'])?.floor).toBeUndefined();
  });

  it('should refuse a floor above the threshold or below 0, saying which', () => {
    expect(() => readModelFile(write({ ...base, floor: 0.5 }), ['a'])).toThrow(ModelError);
    expect(() => readModelFile(write({ ...base, floor: -0.1 }), ['a'])).toThrow(
      /floor must be in \[0, threshold\]/,
    );
  });
});
