/**
 * Fold keys that keep a talk's two language versions together. A twin (the Chinese and the English version of
 * one talk) carries nearly the same text and labels as its other half, so a fold that holds one half while the
 * model is fitted on the other measures recall of a talk already seen. The labelled twins of a catalog (the `twins`
 * of the prerequisite labels of every set over it: a corpus lecture's twin may be a seed lecture) share the fold
 * key of the lowest-numbered lecture of their group; every other lecture keeps its own. Keys name the catalog, not
 * the set, so that twins labelled in two sets land in one fold.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LabelledSet } from '../pipeline/evaluate-sets.js';

/** The labelled twin pairs of `set`'s prerequisite files (none where the files are absent or list none). */
export function labelledTwins(set: LabelledSet): [number, number][] {
  const pairs: [number, number][] = [];
  for (const file of [set.prerequisites, set.judgements]) {
    if (!file || !existsSync(file)) continue;
    const { twins } = JSON.parse(readFileSync(file, 'utf8')) as { twins?: [number, number][] };
    if (twins !== undefined && !Array.isArray(twins))
      throw new Error(`${file}: "twins" should be an array of pairs`);
    pairs.push(...(twins ?? []));
  }
  return pairs;
}

/** The catalog whose lecture numbers a set's lectures carry: its `catalog`, its part's, else its own name. */
export const catalogOf = (set: LabelledSet): string => set.catalog ?? set.part?.catalog ?? set.name;

/** The labelled twin pairs of every seed or train set of `sets` over `set`'s catalog (test sets are not read). */
export function catalogTwins(set: LabelledSet, sets: readonly LabelledSet[]): [number, number][] {
  return sets
    .filter((s) => s.role !== 'test' && catalogOf(s) === catalogOf(set))
    .flatMap((s) => labelledTwins(s));
}

/** The fold key of lecture `number` of `set`: `catalog:n`, with n the lowest number of its twin group. */
export function twinFoldKey(
  set: LabelledSet,
  pairs: readonly (readonly [number, number])[],
): (n: number) => string {
  const parent = new Map<number, number>();
  const root = (n: number): number => {
    let r = n;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  return (n) => `${catalogOf(set)}:${root(n)}`;
}
