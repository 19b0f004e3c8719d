/**
 * The categorical palette of the graph, safe for colour-blind readers: Okabe–Ito's colours (without
 * black, and without yellow, which vanishes on white), extended by the darker colours of Paul Tol's
 * muted scheme that stay apart from them. Communities at build time and communities or series in the
 * explorer draw from it in a stable order. (Tol's rose, teal, purple and cyan are left out: they
 * read too close to Okabe–Ito's reddish purple, bluish green and sky blue.) A view never repeats a colour: past the palette's length the
 * remaining categories share OTHER_COLOR, named "other" in the legend.
 */
export const PALETTE: readonly string[] = [
  '#0072b2', // blue (Okabe–Ito)
  '#e69f00', // orange (Okabe–Ito)
  '#009e73', // bluish green (Okabe–Ito)
  '#d55e00', // vermillion (Okabe–Ito)
  '#56b4e9', // sky blue (Okabe–Ito)
  '#cc79a7', // reddish purple (Okabe–Ito)
  '#332288', // indigo (Tol muted)
  '#999933', // olive (Tol muted)
  '#882255', // wine (Tol muted)
  '#117733', // green (Tol muted)
];

/** The colour of every category past the palette (and of nodes without one): a neutral grey. */
export const OTHER_COLOR = '#8c94a3';

/**
 * Colours for categories in priority order (largest first): each of the first PALETTE.length gets its
 * own colour, the rest OTHER_COLOR, so no colour stands for two categories.
 */
export function categoricalColors<K>(ranked: readonly K[]): Map<K, string> {
  const out = new Map<K, string>();
  for (const k of ranked) if (!out.has(k)) out.set(k, PALETTE[out.size] ?? OTHER_COLOR);
  return out;
}
