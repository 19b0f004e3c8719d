/** Colours for the "colour by series" view: a fixed palette assigned in series-name order. */
import { PALETTE } from '../../core/palette.js';

/** Series colours: the graph's palette minus grey and pink, which are hard to tell from the no-series colour. */
export const SERIES_PALETTE: readonly string[] = PALETTE.filter((c) => c !== '#bab0ac' && c !== '#e377c2');

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
