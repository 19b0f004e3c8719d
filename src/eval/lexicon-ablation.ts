/**
 * Concepts the lexicon does not hold: how extraction fares on lectures whose concepts the curated lexicon lacks,
 * which is what a catalog the lexicon was never written for looks like. A share of the lexicon concepts a labelled
 * set's gold uses is held out (drawn by a salted SHA-256 of the concept id, so a draw never moves), the set is
 * extracted with the lexicon without them, and a held-out gold concept counts as found when the lecture's concepts
 * include one that any of its names (label, Chinese label, aliases) resolves to: discovery found it under its own
 * name. Train sets only (the labels may be studied); the figures say how much of the lexicon's coverage carries
 * over to concepts nobody wrote down.
 */
import { createHash } from 'node:crypto';
import type { Lexicon } from '../extract/lexicon.js';

/** What `npm run eval -- --unknown-concepts` holds out: the share of used concepts, and the draws averaged. */
export const ABLATION = { share: 0.3, draws: [1, 2, 3] } as const;

const SALT = 'lecture-atlas/lexicon-ablation/v1';

/** The concepts of `used` held out in draw `draw`: each with probability `share`, by its id alone. */
export function heldOutConcepts(used: Iterable<string>, share: number, draw: number): Set<string> {
  const held = new Set<string>();
  for (const id of used) {
    const digest = createHash('sha256').update(`${SALT}:${draw}:${id}`).digest();
    if (digest.readUInt32BE(0) / 2 ** 32 < share) held.add(id);
  }
  return held;
}

/** The lexicon without the `held` concepts: their names, and every relation that points to them, removed. */
export function withoutConcepts(lexicon: Lexicon, held: ReadonlySet<string>): Lexicon {
  const concepts = new Map<string, Lexicon['concepts'] extends Map<string, infer C> ? C : never>();
  for (const [id, c] of lexicon.concepts)
    if (!held.has(id))
      concepts.set(id, {
        ...c,
        broader: c.broader.filter((b) => !held.has(b)),
        requires: c.requires.filter((r) => !held.has(r)),
      });
  const aliasIndex = new Map([...lexicon.aliasIndex].filter(([, id]) => !held.has(id)));
  const keep = (ids: ReadonlySet<string>): Set<string> => new Set([...ids].filter((id) => !held.has(id)));
  return {
    ...lexicon,
    concepts,
    aliasIndex,
    background: keep(lexicon.background),
    bodyBackground: keep(lexicon.bodyBackground),
  };
}

/**
 * Gold names resolved as extraction with the ablated lexicon knows them: a held-out concept through any of its
 * names in the full lexicon (the concept discovery found under one of them), else as a concept nothing found.
 */
export function heldOutResolver(
  full: Lexicon,
  held: ReadonlySet<string>,
  resolve: (term: string) => string | undefined,
): (term: string) => string | undefined {
  return (term) => {
    if (!held.has(term)) return resolve(term);
    const c = full.concepts.get(term)!;
    for (const name of [c.label, c.labelZh, ...c.aliases]) {
      const id = name && resolve(name);
      if (id) return id;
    }
    return `held-out:${term}`;
  };
}
