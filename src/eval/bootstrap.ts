/**
 * How far a reported figure could move had other lectures of the same kind been labelled: a percentile bootstrap
 * over the units a figure is counted on (a set's lectures for concepts, its judged targets for prerequisites).
 * The units are drawn with replacement as many times as there are, the figure is computed again from the drawn
 * units' summed counts, and the middle `level` of those figures is the interval. Seeded, so that the same counts
 * always give the same interval, and `npm run eval` prints the same text twice.
 */
import { seededRandom } from '../analysis/random.js';

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Resamples drawn. */
  draws: number;
  /** Share of the resampled figures the interval holds. */
  level: number;
  /** Seed of the generator that draws the units. */
  seed: number;
}

export const DEFAULT_BOOTSTRAP_OPTIONS: BootstrapOptions = { draws: 2000, level: 0.95, seed: 20261207 };

/** Options that mean nothing: no draws, a level outside (0, 1). The message names them. */
export class BootstrapOptionsError extends Error {
  override name = 'BootstrapOptionsError';
}

/** The defaults with `options` over them, checked. */
export function resolveBootstrapOptions(options: Partial<BootstrapOptions> = {}): BootstrapOptions {
  const o = { ...DEFAULT_BOOTSTRAP_OPTIONS, ...options };
  if (!(Number.isInteger(o.draws) && o.draws >= 1))
    throw new BootstrapOptionsError(`bootstrap: draws must be a whole number of at least 1, got ${o.draws}`);
  if (!(o.level > 0 && o.level < 1))
    throw new BootstrapOptionsError(`bootstrap: level must be between 0 and 1, got ${o.level}`);
  if (!Number.isInteger(o.seed))
    throw new BootstrapOptionsError(`bootstrap: seed must be a whole number, got ${o.seed}`);
  return o;
}

/**
 * The interval of `figure`, a function of counts summed over units (each unit a vector of counts of the same
 * length: a lecture's true positives, false positives and false negatives). Undefined without units.
 */
export function bootstrapInterval(
  units: readonly (readonly number[])[],
  figure: (sums: readonly number[]) => number,
  options: Partial<BootstrapOptions> = {},
): Interval | undefined {
  const { draws, level, seed } = resolveBootstrapOptions(options);
  const n = units.length;
  if (n === 0) return undefined;
  const width = units[0]!.length;
  const random = seededRandom(seed);
  const figures = new Float64Array(draws);
  const sums = new Array<number>(width);
  for (let d = 0; d < draws; d++) {
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const unit = units[Math.floor(random() * n)]!;
      for (let j = 0; j < width; j++) sums[j]! += unit[j]!;
    }
    figures[d] = figure(sums);
  }
  figures.sort();
  const tail = (1 - level) / 2;
  const at = (q: number): number => figures[Math.min(draws - 1, Math.max(0, Math.round(q * (draws - 1))))]!;
  return { low: at(tail), high: at(1 - tail) };
}

/** A share, 1 where nothing was counted (as the reported figures are). */
const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Precision, recall and F1 of [tp, fp, fn] sums. */
export const conceptFigures: Record<'precision' | 'recall' | 'f1', (sums: readonly number[]) => number> = {
  precision: ([tp, fp]: readonly number[]): number => share(tp!, tp! + fp!),
  recall: ([tp, , fn]: readonly number[]): number => share(tp!, tp! + fn!),
  f1: (sums: readonly number[]): number => {
    const [p, r] = [conceptFigures.precision(sums), conceptFigures.recall(sums)];
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  },
};

/** Recall@k and precision at the top of [hits, pairs, acceptable, shown] sums. */
export const judgedFigures = {
  recallAtK: ([hits, pairs]: readonly number[]): number => share(hits!, pairs!),
  precisionAtTop: ([, , acceptable, shown]: readonly number[]): number => share(acceptable!, shown!),
};

/** An interval as the reports write it: "0.712–0.806". */
export const formatInterval = (i: Interval | undefined): string =>
  i ? `${i.low.toFixed(3)}–${i.high.toFixed(3)}` : '–';
