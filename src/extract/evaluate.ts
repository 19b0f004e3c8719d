/**
 * Measuring extraction: precision, recall and F1 of lecture–concept pairs against a hand-labelled
 * development set, and the same for a plain baseline (compromise nouns alone) so the gain is visible.
 * Gold names are resolved through the same alias index as predictions (any language, any alias).
 */
import nlp from 'compromise';
import { slugify } from './normalise.js';
import { conceptFigures } from '../eval/bootstrap.js';

export interface ConceptDevSet {
  lectures: { number: number; title: string; concepts: { name: string; evidence?: string }[] }[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** One lecture's counts: what its figures are summed from (and resampled by, src/eval/bootstrap.ts). */
export interface LectureCounts {
  lecture: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface LectureErrors {
  lecture: number;
  missed: string[];
  extra: string[];
}

export function score(
  predicted: Map<number, Set<string>>,
  gold: Map<number, Set<string>>,
): Scores & { errors: LectureErrors[]; lectures: LectureCounts[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: LectureErrors[] = [];
  const lectures: LectureCounts[] = [];
  for (const [lecture, goldSet] of [...gold].sort((a, b) => a[0] - b[0])) {
    const pred = predicted.get(lecture) ?? new Set<string>();
    const missed = [...goldSet].filter((g) => !pred.has(g)).sort();
    const extra = [...pred].filter((p) => !goldSet.has(p)).sort();
    const found = goldSet.size - missed.length;
    tp += found;
    fn += missed.length;
    fp += extra.length;
    lectures.push({ lecture, tp: found, fp: extra.length, fn: missed.length });
    if (missed.length || extra.length) errors.push({ lecture, missed, extra });
  }
  // The figures as the bootstrap resamples them (src/eval/bootstrap.ts), from the same sums.
  const sums = [tp, fp, fn];
  const precision = conceptFigures.precision(sums);
  const recall = conceptFigures.recall(sums);
  const f1 = conceptFigures.f1(sums);
  return { precision, recall, f1, tp, fp, fn, errors, lectures };
}

/** Gold labels as concept ids: the name, else the text it was seen as, resolved through the alias index; else the name's slug. */
export function goldPairs(
  dev: ConceptDevSet,
  resolve: (term: string) => string | undefined,
): Map<number, Set<string>> {
  const gold = new Map<number, Set<string>>();
  for (const l of dev.lectures) {
    gold.set(
      l.number,
      new Set(
        l.concepts.map(
          (c) =>
            [c.name, c.evidence, ...nameParts(c.name)]
              .filter((n): n is string => !!n)
              .map(resolve)
              .find((id) => id !== undefined) ?? slugify(c.name),
        ),
      ),
    );
  }
  return gold;
}

/**
 * A label written with a qualifier, "planning (AI agents)": the name outside the brackets; an acronym's
 * expansion, "SELU (scaled exponential linear unit)", names it too.
 */
function nameParts(name: string): string[] {
  const m = /^(.+?)\s*[(（]([^)）]+)[)）]\s*$/.exec(name);
  if (!m) return [];
  return /^[A-Z][A-Z0-9-]+$/.test(m[1]!) ? [m[1]!, m[2]!] : [m[1]!];
}

/** Baseline: every noun phrase compromise finds in the title and summary is a concept. */
export function baselinePairs(
  lectures: readonly { number: number; title: string; summary?: string }[],
  resolve: (term: string) => string | undefined,
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const l of lectures) {
    const text = `${l.title}\n${l.summary ?? ''}`;
    const nouns = nlp(text).nouns().out('array') as string[];
    out.set(
      l.number,
      new Set(
        nouns
          .map((n) => n.replace(/[^\p{L}\p{N}\- ]/gu, ' ').trim())
          .filter(Boolean)
          .map((n) => resolve(n) ?? slugify(n)),
      ),
    );
  }
  return out;
}
