/** Small helpers shared by the analysis stages: a stable key order and rounding for stored scores. */

/** Code-unit order of keys (locale-independent, so output is the same on every machine). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Scores and coordinates are stored with three decimals, which keeps graph.json stable and small. */
export const round3 = (v: number): number => Math.round(v * 1000) / 1000;
