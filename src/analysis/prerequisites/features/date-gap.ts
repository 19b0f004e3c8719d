/**
 * Date gap: how many years later than `after` `before` was published (newer) or earlier (older), a third per
 * year up to three years. A lecture without a date is placed in the year its series names ("DLHLP 2020",
 * "Generative AI 2023"); 0 where neither says.
 */
import type { LectureNodeAttributes } from '../../../core/types.js';
import type { PairFeature } from './types.js';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** The lecture's time in years: its date, else the middle of the year its series names. */
export function yearsOf(a: LectureNodeAttributes): number | undefined {
  if (a.date) {
    const t = Date.parse(a.date);
    if (Number.isFinite(t)) return 1970 + t / YEAR_MS;
  }
  const y = /\b((?:19|20)\d{2})\b/.exec(a.series ?? '')?.[1];
  return y ? Number(y) + 0.5 : undefined;
}

export const dateGap: PairFeature = (_ctx, a, b) => {
  const [ya, yb] = [yearsOf(a.attrs), yearsOf(b.attrs)];
  if (ya === undefined || yb === undefined) return {};
  const years = ya - yb;
  return { newer: Math.min(1, Math.max(0, years) / 3), older: Math.min(1, Math.max(0, -years) / 3) };
};
