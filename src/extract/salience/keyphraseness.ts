/**
 * Keyphraseness: of the labelled lectures whose text names a concept, the share that are about it. Some
 * concepts are named mostly where they are the topic (BERT, CTC); others mostly on the way to something else
 * (generator and discriminator in GAN lectures, dimension, optimizer). `npm run train` counts it on the
 * labelled train sets and stores it beside the aboutness model; a concept's own rate is blended with the
 * average rate, so that a concept seen on two lectures says little and one never labelled says nothing.
 */

export interface ConceptPriors {
  /** How many candidates at the average rate a concept's own counts are blended with. */
  strength: number;
  /** Share of all labelled candidates whose lecture is about the concept. */
  base: number;
  /** Concept id → [candidates whose lecture is about it, candidates]. */
  concepts: Record<string, [about: number, named: number]>;
}

/** One labelled candidate: its concept, and whether its lecture is about it. */
export interface LabelledCandidate {
  concept: string;
  y: number;
}

/** Counts the priors of labelled candidates; concepts are written in code-point order (the file is stable). */
export function countPriors(rows: readonly LabelledCandidate[], strength: number): ConceptPriors {
  const counts = new Map<string, [number, number]>();
  let about = 0;
  for (const r of rows) {
    const c = counts.get(r.concept) ?? [0, 0];
    c[0] += r.y;
    c[1]++;
    counts.set(r.concept, c);
    about += r.y;
  }
  const ids = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    strength,
    base: rows.length ? Number((about / rows.length).toFixed(6)) : 0,
    concepts: Object.fromEntries(ids.map((id) => [id, counts.get(id)!])),
  };
}

/**
 * A concept's keyphraseness, in [0, 1]. `leaveOut` is a labelled candidate counted in the priors whose own
 * label must not speak for it (fitting the model on the same rows the priors were counted on).
 */
export function keyphraseness(priors: ConceptPriors, concept: string, leaveOut?: LabelledCandidate): number {
  let [about, named] = priors.concepts[concept] ?? [0, 0];
  if (leaveOut && named > 0) {
    about -= leaveOut.y;
    named--;
  }
  return (about + priors.strength * priors.base) / (named + priors.strength);
}

/** Checks the shape of stored priors; the message says what is wrong. */
export function priorsProblem(priors: unknown): string | undefined {
  if (typeof priors !== 'object' || priors === null) return 'priors are missing';
  const p = priors as Partial<ConceptPriors>;
  if (!(typeof p.strength === 'number' && p.strength > 0)) return 'priors.strength must be a positive number';
  if (!(typeof p.base === 'number' && p.base >= 0 && p.base <= 1)) return 'priors.base must be in [0, 1]';
  if (typeof p.concepts !== 'object' || p.concepts === null) return 'priors.concepts must be an object';
  for (const [id, v] of Object.entries(p.concepts))
    if (!Array.isArray(v) || v.length !== 2 || !(v[0] >= 0 && v[1] >= v[0]))
      return `priors.concepts["${id}"] must be [about, named] with 0 <= about <= named`;
  return undefined;
}
