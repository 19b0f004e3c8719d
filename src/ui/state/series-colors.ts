/**
 * Colours for the "colour by series" view: the palette given to the series with the most lectures
 * first (ties by name), so the largest courses get their own colour and no colour means two series;
 * the rest share the "other" grey.
 */
import { OTHER_COLOR, categoricalColors } from '../../core/palette.js';
import { NO_SERIES, type SeriesCount } from '../../core/list-series.js';

/** Colour of concepts, notes, lectures without a series, and the series past the palette. */
export const NO_SERIES_COLOR = OTHER_COLOR;

export function seriesColors(series: readonly SeriesCount[]): Map<string, string> {
  const ranked = series
    .filter((s) => s.series !== NO_SERIES)
    .sort((a, b) => b.lectures - a.lectures || a.series.localeCompare(b.series, 'en'));
  return categoricalColors(ranked.map((s) => s.series));
}

/** A colour from the data when it is a plain hex colour, else the fallback (never raw text into CSS). */
export function safeColor(value: unknown, fallback = NO_SERIES_COLOR): string {
  return typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : fallback;
}
