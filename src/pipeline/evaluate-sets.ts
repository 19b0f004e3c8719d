/**
 * The labelled sets `npm run eval` measures, each built from its own catalog: the development sets on the
 * seed data, the concept holdout (seed lectures outside the dev set, labelled blind), and two out-of-sample
 * catalogs of other lectures of the same channel (`tests/fixtures/unseen`, `tests/fixtures/heldout`), each
 * with concept and prerequisite labels. Concept labels come in two shapes: `{ name, evidence }` objects, or
 * concept ids with a `newConcepts` table giving the label of ids the lexicon does not hold.
 */
import { readFileSync } from 'node:fs';
import { buildGraph } from './build-graph.js';
import { markerWords } from './marker-words.js';
import { extractConcepts } from '../extract/extract-concepts.js';
import { loadLexicon } from '../extract/lexicon.js';
import {
  baselinePairs,
  goldPairs,
  score,
  type ConceptDevSet,
  type LectureErrors,
  type Scores,
} from '../extract/evaluate.js';
import {
  catalogOrderBaseline,
  scorePrerequisites,
  type PrerequisiteDevSet,
  type PrerequisiteScores,
} from '../analysis/evaluate-prerequisites.js';

export interface LabelledSet {
  name: string;
  /** Catalog files or folders the set's lectures come from. */
  inputs: string[];
  concepts?: string;
  prerequisites?: string;
}

export const LABELLED_SETS: LabelledSet[] = [
  {
    name: 'dev',
    inputs: ['data'],
    concepts: 'tests/fixtures/concepts-dev.json',
    prerequisites: 'tests/fixtures/prerequisites-dev.json',
  },
  { name: 'holdout', inputs: ['data'], concepts: 'tests/fixtures/concepts-holdout.json' },
  {
    name: 'unseen',
    inputs: ['tests/fixtures/unseen/catalog.md'],
    concepts: 'tests/fixtures/unseen/concepts.json',
    prerequisites: 'tests/fixtures/unseen/prerequisites.json',
  },
  {
    name: 'heldout',
    inputs: ['tests/fixtures/heldout/catalog.md'],
    concepts: 'tests/fixtures/heldout/concepts.json',
    prerequisites: 'tests/fixtures/heldout/prerequisites.json',
  },
];

export interface SetResult {
  set: LabelledSet;
  concepts?: {
    lectures: number;
    pairs: number;
    ours: Scores & { errors: LectureErrors[] };
    baseline: Scores;
  };
  prerequisites?: { ours: PrerequisiteScores; baseline: PrerequisiteScores };
}

interface IdLabels {
  newConcepts?: Record<string, string>;
  lectures: { number: number; title?: string; concepts: (string | { name: string; evidence?: string })[] }[];
}

/** Reads either shape of concept labels as a dev set of names. */
export function readConceptLabels(file: string): ConceptDevSet {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as IdLabels;
  if (!Array.isArray(raw.lectures)) throw new Error(`${file}: expected a "lectures" array`);
  return {
    lectures: raw.lectures.map((l) => ({
      number: l.number,
      title: l.title ?? '',
      concepts: l.concepts.map((c) => (typeof c === 'string' ? { name: raw.newConcepts?.[c] ?? c } : c)),
    })),
  };
}

export async function evaluateSet(
  set: LabelledSet,
  options: { discovery?: boolean } = {},
): Promise<SetResult> {
  const built = await buildGraph({ inputs: set.inputs });
  const lectures = built.ingest.lectures;
  const result: SetResult = { set };
  if (set.concepts) {
    const dev = readConceptLabels(set.concepts);
    const extraction = extractConcepts(lectures, loadLexicon(), {
      discovery: options.discovery ?? true,
      markerWords: markerWords(),
    });
    const gold = goldPairs(dev, extraction.resolve);
    const predicted = new Map<number, Set<string>>();
    for (const m of extraction.mentions) {
      if (!gold.has(m.lecture)) continue;
      predicted.set(m.lecture, (predicted.get(m.lecture) ?? new Set<string>()).add(m.concept));
    }
    result.concepts = {
      lectures: gold.size,
      pairs: [...gold.values()].reduce((a, s) => a + s.size, 0),
      ours: score(predicted, gold),
      baseline: score(
        baselinePairs(
          lectures.filter((l) => gold.has(l.number)),
          extraction.resolve,
        ),
        gold,
      ),
    };
  }
  if (set.prerequisites) {
    const labels = JSON.parse(readFileSync(set.prerequisites, 'utf8')) as PrerequisiteDevSet;
    const ranked = new Map<number, { before: number; score: number }[]>();
    built.graph.forEachEdge((_e, a, s, t) => {
      if (a.kind !== 'prerequisite') return;
      const after = Number(t.slice('lecture:'.length));
      const before = Number(s.slice('lecture:'.length));
      ranked.set(after, [...(ranked.get(after) ?? []), { before, score: a.score ?? 0 }]);
    });
    const numbers = new Map(
      [...ranked].map(([k, v]) => [
        k,
        v.sort((x, y) => y.score - x.score || x.before - y.before).map((x) => x.before),
      ]),
    );
    result.prerequisites = {
      ours: scorePrerequisites(numbers, labels),
      baseline: scorePrerequisites(catalogOrderBaseline(lectures.map((l) => l.number)), labels),
    };
  }
  return result;
}
