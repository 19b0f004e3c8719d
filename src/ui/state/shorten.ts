/** Text cut to fit a label: at most `max` characters (code points), the last an ellipsis where anything was cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
