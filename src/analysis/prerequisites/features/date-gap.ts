/**
 * Date gap: how many years later than `after` `before` was published (newer) or earlier (older), a third per
 * year up to three years. Where either has no date, the years their series name ("DLHLP 2020", "Generative AI
 * 2023") are compared, whole years only; 0 where neither says.
 */
import type { LectureNodeAttributes } from '../../../core/types.js';
import type { PairFeature } from './types.js';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** A lecture's date in years (undefined where it has none) and its year, by date or else by its series name. */
interface LectureYears {
  dated: number | undefined;
  year: number | undefined;
}

const yearsMemo = new WeakMap<LectureNodeAttributes, LectureYears>();

/** A lecture's years, read once per lecture (one lookup per pair, not one per question). */
function yearsOf(a: LectureNodeAttributes): LectureYears {
  let v = yearsMemo.get(a);
  if (!v) {
    const t = a.date ? Date.parse(a.date) : NaN;
    const dated = Number.isFinite(t) ? 1970 + t / YEAR_MS : undefined;
    const y = dated !== undefined ? Math.floor(dated) : /\b((?:19|20)\d{2})\b/.exec(a.series ?? '')?.[1];
    v = { dated, year: y === undefined ? undefined : Number(y) };
    yearsMemo.set(a, v);
  }
  return v;
}

/** The year a lecture's date or, failing that, its series names. */
export function yearOf(a: LectureNodeAttributes): number | undefined {
  return yearsOf(a).year;
}

export const dateGap: PairFeature = (_ctx, a, b) => {
  const [x, y] = [yearsOf(a.attrs), yearsOf(b.attrs)];
  const [ya, yb] = x.dated !== undefined && y.dated !== undefined ? [x.dated, y.dated] : [x.year, y.year];
  if (ya === undefined || yb === undefined) return {};
  const years = ya - yb;
  return { newer: Math.min(1, Math.max(0, years) / 3), older: Math.min(1, Math.max(0, -years) / 3) };
};
