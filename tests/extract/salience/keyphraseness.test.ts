import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countPriors, keyphraseness } from '../../../src/extract/salience/keyphraseness.js';
import {
  ABOUTNESS_MODEL_FILE,
  loadAboutnessModel,
  ModelError,
} from '../../../src/extract/salience/aboutness.js';

// Four GAN lectures name "generator" on the way; two of them, and two others, are about BERT.
const rows = [
  ...[0, 0, 0, 0].map((y) => ({ concept: 'generator', y })),
  ...[1, 1, 1, 0].map((y) => ({ concept: 'bert', y })),
];

describe('keyphraseness priors', () => {
  it('should rank a concept lectures are about above one they only mention', () => {
    const priors = countPriors(rows, 2);
    expect(priors.base).toBe(0.375);
    expect(keyphraseness(priors, 'bert')).toBeGreaterThan(priors.base);
    expect(keyphraseness(priors, 'generator')).toBeLessThan(priors.base);
  });

  it('should say the average rate of a concept no labelled lecture names', () => {
    const priors = countPriors(rows, 2);
    expect(keyphraseness(priors, 'ctc')).toBeCloseTo(priors.base);
  });

  it("should leave a labelled candidate's own label out of its figure", () => {
    const priors = countPriors(rows, 1);
    // BERT without the one lecture that is not about it: 3 of 3, blended with one candidate at the base rate.
    expect(keyphraseness(priors, 'bert', { concept: 'bert', y: 0 })).toBeCloseTo((3 + 0.375) / 4);
    expect(keyphraseness(priors, 'bert', { concept: 'bert', y: 1 })).toBeCloseTo((2 + 0.375) / 4);
  });

  it('should refuse a stored model whose priors are missing or malformed', () => {
    const model = JSON.parse(readFileSync(ABOUTNESS_MODEL_FILE, 'utf8')) as Record<string, unknown>;
    const dir = mkdtempSync(join(tmpdir(), 'la-priors-'));
    const file = join(dir, 'm.json');
    writeFileSync(file, JSON.stringify({ ...model, priors: undefined }));
    expect(() => loadAboutnessModel(file)).toThrow(ModelError);
    writeFileSync(
      file,
      JSON.stringify({ ...model, priors: { strength: 1, base: 0.5, concepts: { x: [3, 1] } } }),
    );
    expect(() => loadAboutnessModel(file)).toThrow(/priors\.concepts\["x"\]/);
  });
});
