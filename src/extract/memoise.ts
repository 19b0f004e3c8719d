/**
 * Memoising a pure function of one string, for the names and short runs of text extraction works out again and
 * again across a catalog. The results are kept in a map that is emptied when it holds `limit` of them, so that a
 * long-lived process (tests, eval, several builds) never grows it without end.
 */

/** `fn` with its results remembered by argument; `fn` must be pure, and its results not changed by callers. */
export function memoise<T>(fn: (arg: string) => T, limit = 100_000): (arg: string) => T {
  const results = new Map<string, T>();
  return (arg) => {
    let out = results.get(arg);
    if (out === undefined && !results.has(arg)) {
      out = fn(arg);
      if (results.size >= limit) results.clear();
      results.set(arg, out);
    }
    return out as T;
  };
}
