/** The first `n` characters (code points) of `text`, its end trimmed, and an ellipsis. */
export function cutToLength(text: string, n: number): string {
  return `${[...text].slice(0, n).join('').trimEnd()}…`;
}

/** Text cut to fit a label: at most `max` characters (code points), the last an ellipsis where anything was cut. */
export function shorten(text: string, max: number): string {
  return [...text].length <= max ? text : cutToLength(text, max - 1);
}
