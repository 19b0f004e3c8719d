/**
 * Concepts the lexicon does not hold: how extraction fares on lectures whose concepts the curated lexicon lacks,
 * which is what a catalog the lexicon was never written for looks like. A share of the lexicon concepts a labelled
 * set's gold uses is held out (drawn by a salted SHA-256 of the concept id, so a draw never moves), the set is
 * extracted with the lexicon without them, and a held-out gold concept counts as found when the lecture's concepts
 * include a discovered concept that one of its names (label, Chinese label, aliases) resolves to: discovery found
 * it under its own name (a name another lexicon concept took does not count). Seed and train sets only (their labels
 * may be studied); the figures say how much of the lexicon's coverage carries over to concepts nobody wrote down.
 */
import type { Scores } from '../extract/evaluate.js';
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
 * Gold names resolved as extraction with the `ablated` lexicon knows them: a held-out concept through any of its
 * names in the full lexicon to the concept discovery found under it, else as a concept nothing found. A name that
 * resolves to a concept the ablated lexicon still holds ("unsupervised learning" → supervised learning, "RNN" →
 * neural network once their own concepts are held out) is not the held-out concept found.
 */
export function heldOutResolver(
  full: Lexicon,
  ablated: Lexicon,
  held: ReadonlySet<string>,
  resolve: (term: string) => string | undefined,
): (term: string) => string | undefined {
  return (term) => {
    if (!held.has(term)) return resolve(term);
    const c = full.concepts.get(term)!;
    for (const name of [c.label, c.labelZh, ...c.aliases]) {
      const id = name && resolve(name);
      if (id && !ablated.concepts.has(id)) return id;
    }
    return `held-out:${term}`;
  };
}

/** One draw of the ablation: its figures, the concepts held out, their gold pairs and how many of those were found. */
export interface AblationDraw {
  scores: Scores;
  heldConcepts: number;
  heldPairs: number;
  found: number;
}

/** The draws together: mean precision, recall and F1, and the held-out gold pairs found over all draws. */
export function summariseAblation(draws: readonly AblationDraw[]): {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  heldPairs: number;
} {
  const mean = (f: (d: AblationDraw) => number): number =>
    draws.length ? draws.reduce((a, d) => a + f(d), 0) / draws.length : 0;
  return {
    precision: mean((d) => d.scores.precision),
    recall: mean((d) => d.scores.recall),
    f1: mean((d) => d.scores.f1),
    found: draws.reduce((a, d) => a + d.found, 0),
    heldPairs: draws.reduce((a, d) => a + d.heldPairs, 0),
  };
}
