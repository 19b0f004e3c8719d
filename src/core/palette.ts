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

/** The canvas of the explorer's dark theme (the graph's background there; la-app.styles.ts --la-canvas). */
export const DARK_BACKGROUND = '#12161d';
/** What a mark needs against the background it is drawn on to be told apart from it (WCAG 2.1, 1.4.11). */
export const MARK_CONTRAST = 3;

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG's contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const onDark = new Map<string, string>();

/**
 * A categorical colour as the dark theme draws it: mixed towards white, in steps of a twentieth, until it stands
 * 3:1 against the dark canvas (Tol's indigo and wine were 1.5:1 and 2.1:1 there), so that its hue stays its own;
 * a colour that already does, or is no `#rrggbb`, as it is.
 */
export function onDarkBackground(color: string): string {
  let out = onDark.get(color);
  if (out !== undefined) return out;
  out = color;
  if (/^#[0-9a-f]{6}$/i.test(color)) {
    const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    for (let step = 1; step <= 20 && contrastRatio(out, DARK_BACKGROUND) < MARK_CONTRAST; step++)
      out = `#${rgb
        .map((c) =>
          Math.round(c + ((255 - c) * step) / 20)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`;
  }
  onDark.set(color, out);
  return out;
}

/** A categorical colour as a theme draws it (the graph and its legend alike): lightened on the dark canvas. */
export const inTheme = (color: string, theme: 'light' | 'dark' | undefined): string =>
  theme === 'dark' ? onDarkBackground(color) : color;
