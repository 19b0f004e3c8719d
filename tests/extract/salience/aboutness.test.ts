import { latinShare } from '../../../src/core/text-script.js';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ABOUTNESS_FEATURES,
  aboutnessFeatures,
  loadAboutnessModel,
  ModelError,
  prominence,
} from '../../../src/extract/salience/aboutness.js';

const signals = {
  rule: true,
  title: 1,
  heading: 0,
  summary: 3,
  defined: false,
  marked: false,
  named: false,
  introduced: false,
  switched: false,
  acronym: false,
  listed: false,
  topicList: 0,
  background: false,
  field: false,
  discovered: false,
  dfShare: 0.04,
  keyphraseness: 0.6,
  hasSummary: true,
  commonness: 0.2,
  words: 2,
  rank: 0,
  candidates: 5,
  latin: 1,
  underTitleTopic: 1,
};

describe('aboutness model', () => {
  it('should refuse a model whose features are not the ones extraction measures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-model-'));
    const file = join(dir, 'm.json');
    writeFileSync(
      file,
      JSON.stringify({ features: ['rule'], weights: [1], bias: 0, threshold: 0.5, fit: {} }),
    );
    expect(() => loadAboutnessModel(file)).toThrow(ModelError);
    expect(() => loadAboutnessModel(file)).toThrow(/npm run train/);
    expect(loadAboutnessModel(join(dir, 'absent.json'))).toBeUndefined();
  });

  it('should describe a candidate with one value in [0, 1] per named feature', () => {
    const x = aboutnessFeatures(signals);
    expect(x).toHaveLength(ABOUTNESS_FEATURES.length);
    expect(x.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(x[ABOUTNESS_FEATURES.indexOf('inTitle')]).toBe(1);
    expect(x[ABOUTNESS_FEATURES.indexOf('summaryOnly')]).toBe(0);
  });

  it('should rank a title mention above any number of body mentions', () => {
    expect(prominence({ title: 1, heading: 0, summary: 0 })).toBeGreaterThan(
      prominence({ title: 0, heading: 1, summary: 6 }),
    );
  });

  it('should load the committed model, trained on the features extraction measures', () => {
    const model = loadAboutnessModel();
    expect(model?.features).toEqual([...ABOUTNESS_FEATURES]);
    expect(model?.fit).toHaveProperty('crossValidated');
  });
});

describe('latinShare (which script a lecture is written in)', () => {
  it('should tell an English description from a Chinese summary, and a mix by its letters', () => {
    expect(latinShare('Lesson 13: Backpropagation & MLP')).toBe(1);
    expect(latinShare('生成式對抗網路')).toBe(0);
    expect(latinShare('GAN 生成')).toBeCloseTo(3 / 5);
    expect(latinShare('2021 — 42')).toBe(0.5);
  });
});
