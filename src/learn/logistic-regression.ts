/**
 * Binary logistic regression, fitted by full-batch gradient descent with L2 regularisation: deterministic (no
 * random start, no shuffling, a fixed number of steps), so the same data always gives the same weights. Small
 * enough to read; the models of this project have a dozen or two named features and a few thousand rows.
 */

export interface LogisticOptions {
  /** Gradient steps over the whole data. */
  iterations: number;
  learningRate: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { iterations: 3000, learningRate: 0.5, l2: 0.001 };

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability the model gives one row of features. */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * (x[j] ?? 0);
  return sigmoid(z);
}

/** Fits weights to rows `x` (all of one length) and 0/1 labels `y`. */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: Partial<LogisticOptions> = {},
): LogisticModel {
  const { iterations, learningRate, l2 } = { ...DEFAULT_LOGISTIC_OPTIONS, ...options };
  if (x.length !== y.length) throw new RangeError(`fitLogistic: ${x.length} rows but ${y.length} labels`);
  if (x.length === 0) throw new RangeError('fitLogistic: no rows to fit');
  const d = x[0]!.length;
  if (x.some((row) => row.length !== d)) throw new RangeError('fitLogistic: rows differ in length');
  if (y.some((v) => v !== 0 && v !== 1)) throw new RangeError('fitLogistic: labels must be 0 or 1');
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = x.length;
  const grad = new Array<number>(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * row[j]!;
      const err = sigmoid(z) - y[i]!;
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * row[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= learningRate * (grad[j]! / n + l2 * w[j]!);
    b -= learningRate * (gb / n);
  }
  return { weights: w, bias: b };
}

/** Rounds a model's numbers so that its JSON is short and stable across machines. */
export function roundModel(model: LogisticModel, digits = 6): LogisticModel {
  const r = (v: number): number => Number(v.toFixed(digits));
  return { weights: model.weights.map(r), bias: r(model.bias) };
}
