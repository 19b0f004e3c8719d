/**
 * What the topic signals ask of a lecture's set of main topics: whether a lecture teaches one of them, whether a
 * concept depends on one of them, and work memoised per set (many lectures share one: it is done once per build).
 */
import type { PrerequisiteContext } from '../context.js';

/** Whether a lecture's main topics include any of `topics`. */
export function teachesAny(main: ReadonlySet<string>, topics: Iterable<string>): boolean {
  for (const m of topics) if (main.has(m)) return true;
  return false;
}

/** Whether concept `p` requires, or is a kind of, one of `topics` other than itself (lexicon closure). */
export function dependsOnAny(ctx: PrerequisiteContext, p: string, topics: Iterable<string>): boolean {
  const closure = ctx.closureOf(p);
  for (const m of topics) if (m !== p && closure.has(m)) return true;
  return false;
}

/**
 * The value `make` gives for a set of main topics, made once per build and set (`memo` holds them, per build):
 * the set's key is its sorted members, so lectures that share the topics share the value.
 */
export function perTopicSet<T>(
  memo: WeakMap<PrerequisiteContext, Map<string, T>>,
  ctx: PrerequisiteContext,
  main: ReadonlySet<string>,
  make: () => T,
): T {
  let bySet = memo.get(ctx);
  if (!bySet) memo.set(ctx, (bySet = new Map()));
  const key = [...main].sort().join('\u0000');
  let v = bySet.get(key);
  if (v === undefined) bySet.set(key, (v = make()));
  return v;
}
