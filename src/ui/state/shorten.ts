/** The characters a reader sees (grapheme clusters): a flag, an emoji sequence or a letter with its marks is one. */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Labels are drawn every frame: each text is segmented once (a bounded cache, emptied when full). */
const segmented = new Map<string, readonly string[]>();
const MAX_CACHED = 20_000;

/** The graphemes of `text`, in order. */
export function graphemes(text: string): readonly string[] {
  let out = segmented.get(text);
  if (!out) {
    if (segmented.size >= MAX_CACHED) segmented.clear();
    out = Array.from(GRAPHEMES.segment(text), (s) => s.segment);
    segmented.set(text, out);
  }
  return out;
}

/** The first `n` characters (graphemes) of `text`, its end trimmed, and an ellipsis. */
export function cutToLength(text: string, n: number): string {
  return `${graphemes(text).slice(0, n).join('').trimEnd()}…`;
}

/** Text cut to fit a label: at most `max` characters (graphemes), the last an ellipsis where anything was cut. */
export function shorten(text: string, max: number): string {
  // A text no longer in UTF-16 units than `max` has no more graphemes either.
  if (text.length <= max) return text;
  return graphemes(text).length <= max ? text : cutToLength(text, max - 1);
}
