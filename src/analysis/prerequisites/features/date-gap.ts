/**
 * Date gap: how many years later than `after` `before` was published (newer) or earlier (older), a third per
 * year up to three years. Where either has no date, the years their series name ("DLHLP 2020", "Generative AI
 * 2023") are compared, whole years only; 0 where neither says.
 */
import type { LectureNodeAttributes } from '../../../core/types.js';
import type { PairFeature } from './types.js';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

const datedMemo = new WeakMap<LectureNodeAttributes, number | undefined>();

/** The lecture's date in years, read once per lecture. */
const dated = (a: LectureNodeAttributes): number | undefined => {
  if (datedMemo.has(a)) return datedMemo.get(a);
  const t = a.date ? Date.parse(a.date) : NaN;
  const v = Number.isFinite(t) ? 1970 + t / YEAR_MS : undefined;
  datedMemo.set(a, v);
  return v;
};

const yearMemo = new WeakMap<LectureNodeAttributes, number | undefined>();

/** The year a lecture's date or, failing that, its series names, read once per lecture. */
export function yearOf(a: LectureNodeAttributes): number | undefined {
  if (yearMemo.has(a)) return yearMemo.get(a);
  const d = dated(a);
  const y = d !== undefined ? Math.floor(d) : /\b((?:19|20)\d{2})\b/.exec(a.series ?? '')?.[1];
  const v = y === undefined ? undefined : Number(y);
  yearMemo.set(a, v);
  return v;
}

export const dateGap: PairFeature = (_ctx, a, b) => {
  const [da, db] = [dated(a.attrs), dated(b.attrs)];
  const [ya, yb] = da !== undefined && db !== undefined ? [da, db] : [yearOf(a.attrs), yearOf(b.attrs)];
  if (ya === undefined || yb === undefined) return {};
  const years = ya - yb;
  return { newer: Math.min(1, Math.max(0, years) / 3), older: Math.min(1, Math.max(0, -years) / 3) };
};
