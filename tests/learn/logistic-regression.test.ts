import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, roundModel } from '../../src/learn/logistic-regression.js';

describe('fitLogistic', () => {
  it('should refuse rows and labels that do not fit together', () => {
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(/1 rows but 2 labels/);
    expect(() => fitLogistic([], [])).toThrow(/no rows/);
    expect(() => fitLogistic([[1], [1, 2]], [0, 1])).toThrow(/differ in length/);
    expect(() => fitLogistic([[1]], [2])).toThrow(/0 or 1/);
  });

  it('should learn which feature predicts the label, and its sign', () => {
    // Feature 0 decides the label; feature 1 is noise that agrees half the time.
    const x = [
      [1, 0],
      [1, 1],
      [0, 0],
      [0, 1],
      [1, 0],
      [0, 1],
    ];
    const y = [1, 1, 0, 0, 1, 0];
    const model = fitLogistic(x, y);
    expect(model.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(model.weights[0]! / 2);
    expect(predict(model, [1, 0])).toBeGreaterThan(0.8);
    expect(predict(model, [0, 1])).toBeLessThan(0.2);
  });

  it('should give the same weights on every run (no randomness)', () => {
    const x = [
      [0.2, 1],
      [0.9, 0],
      [0.4, 1],
      [0.7, 0],
    ];
    const y = [0, 1, 0, 1];
    expect(roundModel(fitLogistic(x, y))).toEqual(roundModel(fitLogistic(x, y)));
  });
});
