/** Colours for the "colour by series" view: a fixed palette assigned in series-name order. */

export const SERIES_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#1f77b4',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#17becf',
  '#bcbd22',
];

/** Colour of concepts, notes and lectures without a series when colouring by series. */
export const NO_SERIES_COLOR = '#aab1bf';

export function seriesColors(series: readonly string[]): Map<string, string> {
  const sorted = [...new Set(series)].sort((a, b) => a.localeCompare(b, 'en'));
  return new Map(sorted.map((s, i) => [s, SERIES_PALETTE[i % SERIES_PALETTE.length]!]));
}

/** A colour from the data when it is a plain hex colour, else the fallback (never raw text into CSS). */
export function safeColor(value: unknown, fallback = NO_SERIES_COLOR): string {
  return typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : fallback;
}
