/**
 * Measuring prerequisites against hand-labelled pairs: recall@k of each lecture's ranked
 * prerequisites, precision of all predicted edges into labelled lectures (an edge is right when its
 * source is an ancestor of its target in the labelled pairs), and inversions (an edge that reverses a
 * labelled pair or matches a labelled negative). The baseline ranks earlier lectures by catalog order.
 */
import { judgedFigures } from '../eval/bootstrap.js';

export interface PrerequisiteDevSet {
  pairs: { before: number; after: number; kind: string; reason?: string }[];
  twins?: [number, number][];
  negatives?: { before: number; after: number }[];
}

export interface PrerequisiteScores {
  recallAtK: number;
  precision: number;
  inverted: number;
  hits: number;
  pairs: number;
  judged: number;
  correct: number;
  missed: { before: number; after: number }[];
  invertedPairs: { before: number; after: number }[];
}

/** `ranked`: lecture number → its prerequisites, best first. */
export function scorePrerequisites(
  ranked: Map<number, number[]>,
  dev: PrerequisiteDevSet,
  k = 5,
): PrerequisiteScores {
  const parents = new Map<number, number[]>();
  for (const p of dev.pairs) parents.set(p.after, [...(parents.get(p.after) ?? []), p.before]);
  const ancestors = (n: number): Set<number> => {
    const seen = new Set<number>();
    const stack = [...(parents.get(n) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(parents.get(x) ?? []));
    }
    return seen;
  };
  let hits = 0;
  const missed: { before: number; after: number }[] = [];
  for (const p of dev.pairs) {
    if ((ranked.get(p.after) ?? []).slice(0, k).includes(p.before)) hits++;
    else missed.push({ before: p.before, after: p.after });
  }
  const gold = new Set(dev.pairs.map((p) => `${p.before}>${p.after}`));
  const negatives = new Set((dev.negatives ?? []).map((p) => `${p.before}>${p.after}`));
  let judged = 0;
  let correct = 0;
  const invertedPairs: { before: number; after: number }[] = [];
  for (const [after, list] of ranked) {
    const labelled = parents.has(after);
    const anc = labelled ? ancestors(after) : new Set<number>();
    for (const before of list) {
      if (gold.has(`${after}>${before}`) || negatives.has(`${before}>${after}`))
        invertedPairs.push({ before, after });
      if (!labelled) continue;
      judged++;
      if (anc.has(before)) correct++;
    }
  }
  return {
    recallAtK: dev.pairs.length ? hits / dev.pairs.length : 1,
    precision: judged ? correct / judged : 1,
    inverted: invertedPairs.length,
    hits,
    pairs: dev.pairs.length,
    judged,
    correct,
    missed,
    invertedPairs,
  };
}

/** Baseline: the k lectures with the nearest smaller catalog numbers come first. */
export function catalogOrderBaseline(numbers: readonly number[], k = 5): Map<number, number[]> {
  const sorted = [...numbers].sort((a, b) => a - b);
  const out = new Map<number, number[]>();
  sorted.forEach((n, i) => out.set(n, sorted.slice(Math.max(0, i - k), i).reverse()));
  return out;
}

/**
 * Judged prerequisites: per target lecture, the lectures a learner should watch first (`essential`), those
 * that are acceptable background (`acceptable`), and tempting wrong ones (`negatives`); every other lecture
 * counts as not acceptable.
 */
export interface PrerequisiteJudgements {
  targets: { after: number; essential: number[]; acceptable: number[]; negatives: number[] }[];
  twins?: [number, number][];
}

export interface JudgedScores {
  /** Share of essential pairs found in their target's top `k`. */
  recallAtK: number;
  /** Share of the top `top` prerequisites of judged targets that are essential or acceptable. */
  precisionAtTop: number;
  hits: number;
  pairs: number;
  shown: number;
  acceptable: number;
  /** Predicted pairs that are a judged negative or reverse an essential pair. */
  inverted: number;
  missed: { before: number; after: number }[];
  wrong: { before: number; after: number }[];
  /** Each judged target's counts: what the figures are summed from (and resampled by, src/eval/bootstrap.ts). */
  targets: { after: number; hits: number; pairs: number; acceptable: number; shown: number }[];
}

/** recall@k of essential pairs and precision of each judged target's top `top` prerequisites. */
export function scoreJudgedPrerequisites(
  ranked: Map<number, number[]>,
  judged: PrerequisiteJudgements,
  k = 5,
  top = 3,
): JudgedScores {
  let hits = 0;
  let pairs = 0;
  let shown = 0;
  let acceptable = 0;
  let inverted = 0;
  const missed: { before: number; after: number }[] = [];
  const wrong: { before: number; after: number }[] = [];
  const targets: JudgedScores['targets'] = [];
  const essential = new Set(judged.targets.flatMap((t) => t.essential.map((b) => `${b}>${t.after}`)));
  for (const t of judged.targets) {
    const list = ranked.get(t.after) ?? [];
    const counted = { hits, pairs, acceptable, shown };
    for (const before of t.essential) {
      pairs++;
      if (list.slice(0, k).includes(before)) hits++;
      else missed.push({ before, after: t.after });
    }
    const ok = new Set([...t.essential, ...t.acceptable]);
    for (const before of list.slice(0, top)) {
      shown++;
      if (ok.has(before)) acceptable++;
      else wrong.push({ before, after: t.after });
    }
    for (const before of list)
      if (t.negatives.includes(before) || essential.has(`${t.after}>${before}`)) inverted++;
    targets.push({
      after: t.after,
      hits: hits - counted.hits,
      pairs: pairs - counted.pairs,
      acceptable: acceptable - counted.acceptable,
      shown: shown - counted.shown,
    });
  }
  return {
    // The figures as the bootstrap resamples them (src/eval/bootstrap.ts), from the same sums.
    recallAtK: judgedFigures.recallAtK([hits, pairs]),
    precisionAtTop: judgedFigures.precisionAtTop([hits, pairs, acceptable, shown]),
    hits,
    pairs,
    shown,
    acceptable,
    inverted,
    missed,
    wrong,
    targets,
  };
}
