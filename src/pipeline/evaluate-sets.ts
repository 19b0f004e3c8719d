/**
 * The labelled sets `npm run eval` measures, each built from its own catalog: the seed sets (dev and concept
 * holdout, both tuned on), the development corpus (../shared/corpus with the seeds; labels in
 * tests/fixtures/corpus, scored per part of the fixed split: train may be studied, test only scored), and
 * two written catalogs of other lectures of the channel (`tests/fixtures/unseen`, `tests/fixtures/heldout`),
 * spent on tuning and so counted as train. Concept labels come in two shapes: `{ name, evidence }` objects, or
 * concept ids with a `newConcepts` table giving the label of ids the lexicon does not hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AtlasGraph } from '../core/types.js';
import { parseMovedToTrain, partOf, splitOf, type MovedToTrain, type SplitPart } from '../eval/split.js';
import { bootstrapInterval, conceptFigures, judgedFigures, type Interval } from '../eval/bootstrap.js';
import {
  ABLATION,
  heldOutConcepts,
  heldOutResolver,
  withoutConcepts,
  type AblationDraw,
} from '../eval/lexicon-ablation.js';
import { buildGraph } from './build-graph.js';
import { markerWords } from './marker-words.js';
import { extractConcepts } from '../extract/extract-concepts.js';
import { loadLexicon } from '../extract/lexicon.js';
import {
  baselinePairs,
  goldPairs,
  score,
  type ConceptDevSet,
  type LectureCounts,
  type LectureErrors,
  type Scores,
} from '../extract/evaluate.js';
import {
  catalogOrderBaseline,
  scoreJudgedPrerequisites,
  scorePrerequisites,
  type JudgedScores,
  type PrerequisiteDevSet,
  type PrerequisiteJudgements,
  type PrerequisiteScores,
} from '../analysis/evaluate-prerequisites.js';

/** The development corpus: never committed, read from beside the project where it exists. */
export const CORPUS_DIR = '../shared/corpus';
/** Other lecturers' English course lists: same rules as the corpus. */
export const ENGLISH_CATALOG = '../shared/catalogs/english-courses.json';

export interface LabelledSet {
  name: string;
  /** Which figures these are: the seed lectures tuned on, train (may be studied), test (only scored). */
  role: 'seed' | 'train' | 'test';
  /** Catalog files or folders the set's lectures come from (the whole build the labels are scored on). */
  inputs: string[];
  /** Concept label files; their lectures are scored, or only those of `part`. */
  concepts?: string[];
  prerequisites?: string;
  /** Prerequisite judgements (essential / acceptable / negatives per target). */
  judgements?: string;
  /**
   * The catalog whose lecture numbers the set's lectures carry, where no `part` names it ('channel' for the seeds):
   * sets of one catalog share cross-validation fold keys (src/learn/twin-folds.ts).
   */
  catalog?: string;
  /**
   * Score only the lectures of this part of the fixed split (src/eval/split.ts); `asDrawn`, of the part as first
   * drawn, the test lectures since moved to train (looked at, or the same talk as a fitted lecture) included.
   */
  part?: { catalog: string; part: SplitPart; asDrawn?: true };
  /** A path that must exist, else the set is skipped with a message (unlicensed data kept outside the repo). */
  needs?: string;
  /**
   * A second labeller's independent labels of a sample of the set's lectures (concepts, prerequisite judgements),
   * to measure how far two labellers agree (`npm run eval -- --agreement`).
   */
  secondLabels?: { concepts: string; judgements: string };
  /** False for a set that is measured only: `npm run train` does not fit the models to it. */
  fit?: false;
}

const CORPUS_CONCEPTS = ['tests/fixtures/corpus/concepts-a.json', 'tests/fixtures/corpus/concepts-b.json'];
/**
 * The test part as first drawn, moved lectures included: the figure a reader can set beside the test part's, since
 * taking looked-at lectures out of the test part (often the hard ones) flatters it. Scored only, never fitted
 * (its moved lectures are train, and are fitted there).
 */
const asDrawn = (set: LabelledSet): LabelledSet => ({
  ...set,
  name: `${set.name} as drawn`,
  part: { ...set.part!, asDrawn: true },
});

const corpusSet = (part: SplitPart): LabelledSet => ({
  name: `corpus ${part}`,
  role: part,
  inputs: ['data', CORPUS_DIR],
  concepts: CORPUS_CONCEPTS,
  judgements: 'tests/fixtures/corpus/prerequisites.json',
  part: { catalog: 'channel', part },
  needs: CORPUS_DIR,
  ...(part === 'train'
    ? {
        secondLabels: {
          concepts: 'tests/fixtures/corpus/second-labeller/concepts.json',
          judgements: 'tests/fixtures/corpus/second-labeller/prerequisites.json',
        },
      }
    : {}),
});

const englishSet = (part: SplitPart): LabelledSet => ({
  name: `english ${part}`,
  role: part,
  inputs: [ENGLISH_CATALOG],
  concepts: ['tests/fixtures/english-courses/concepts.json'],
  judgements: 'tests/fixtures/english-courses/prerequisites.json',
  part: { catalog: 'english-courses', part },
  needs: ENGLISH_CATALOG,
  ...(part === 'train'
    ? {
        secondLabels: {
          concepts: 'tests/fixtures/english-courses/second-labeller/concepts.json',
          judgements: 'tests/fixtures/english-courses/second-labeller/prerequisites.json',
        },
      }
    : {}),
});

export const LABELLED_SETS: LabelledSet[] = [
  {
    name: 'seed',
    role: 'seed',
    catalog: 'channel',
    inputs: ['data'],
    concepts: ['tests/fixtures/concepts-dev.json', 'tests/fixtures/concepts-holdout.json'],
    prerequisites: 'tests/fixtures/prerequisites-dev.json',
  },
  corpusSet('train'),
  {
    name: 'unseen (spent)',
    role: 'train',
    inputs: ['tests/fixtures/unseen/catalog.md'],
    concepts: ['tests/fixtures/unseen/concepts.json'],
    prerequisites: 'tests/fixtures/unseen/prerequisites.json',
  },
  {
    name: 'heldout (spent)',
    role: 'train',
    inputs: ['tests/fixtures/heldout/catalog.md'],
    concepts: ['tests/fixtures/heldout/concepts.json'],
    prerequisites: 'tests/fixtures/heldout/prerequisites.json',
  },
  {
    // The 62 seed lectures the first concept labels left out (all title-only), labelled later, with prerequisite
    // judgements over seeds + corpus. Measured, not fitted: fitting on it lowered the cross-validated figures of the
    // other sets (tests/fixtures/README.md).
    name: 'seed rest',
    role: 'train',
    catalog: 'channel',
    inputs: ['data', CORPUS_DIR],
    concepts: ['tests/fixtures/seed-rest/concepts.json'],
    judgements: 'tests/fixtures/seed-rest/prerequisites.json',
    needs: CORPUS_DIR,
    fit: false,
  },
  englishSet('train'),
  corpusSet('test'),
  englishSet('test'),
  asDrawn(corpusSet('test')),
  asDrawn(englishSet('test')),
];

export interface SetResult {
  set: LabelledSet;
  /** Why the set was not measured (its data is absent). */
  skipped?: string;
  concepts?: {
    lectures: number;
    pairs: number;
    ours: Scores & { errors: LectureErrors[] };
    baseline: Scores;
    /** 95% bootstrap intervals of our figures over the set's lectures (src/eval/bootstrap.ts). */
    intervals: Record<'precision' | 'recall' | 'f1', Interval | undefined>;
  };
  prerequisites?: { ours: PrerequisiteScores; baseline: PrerequisiteScores };
  judged?: {
    ours: JudgedScores;
    baseline: JudgedScores;
    /** 95% bootstrap intervals of our figures over the set's judged targets. */
    intervals: Record<'recallAtK' | 'precisionAtTop', Interval | undefined>;
  };
}

/** Our concept figures' intervals, the set's lectures resampled. */
function conceptIntervals(ours: {
  lectures: LectureCounts[];
}): NonNullable<SetResult['concepts']>['intervals'] {
  const units = ours.lectures.map((l) => [l.tp, l.fp, l.fn]);
  return {
    precision: bootstrapInterval(units, conceptFigures.precision),
    recall: bootstrapInterval(units, conceptFigures.recall),
    f1: bootstrapInterval(units, conceptFigures.f1),
  };
}

/** Our judged prerequisite figures' intervals, the set's targets resampled. */
function judgedIntervals(ours: JudgedScores): NonNullable<SetResult['judged']>['intervals'] {
  const units = ours.targets.map((t) => [t.hits, t.pairs, t.acceptable, t.shown]);
  return {
    recallAtK: bootstrapInterval(units, judgedFigures.recallAtK),
    precisionAtTop: bootstrapInterval(units, judgedFigures.precisionAtTop),
  };
}

interface IdLabels {
  newConcepts?: Record<string, string>;
  lectures: { number: number; title?: string; concepts: (string | { name: string; evidence?: string })[] }[];
}

/** Reads either shape of concept labels as a dev set of names, from one file or several. */
export function readConceptLabels(files: string | string[]): ConceptDevSet {
  return { lectures: [files].flat().flatMap((f) => readConceptLabelFile(f).lectures) };
}

function readConceptLabelFile(file: string): ConceptDevSet {
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

/** Test lectures whose failures were looked at: train from then on (tests/fixtures/README.md). */
export const MOVED_TO_TRAIN_FILE = 'tests/fixtures/corpus/moved-to-train.json';
let moved: MovedToTrain | undefined;
const movedToTrain = (): MovedToTrain =>
  (moved ??= existsSync(MOVED_TO_TRAIN_FILE)
    ? parseMovedToTrain(readFileSync(MOVED_TO_TRAIN_FILE, 'utf8'), MOVED_TO_TRAIN_FILE)
    : new Map());

/**
 * Whether lecture `number` is scored with `set`: every lecture, or those of the set's part of the split (a test
 * lecture moved to train is in the train part, except for a set of the part as drawn).
 */
export const inSetPart = (set: LabelledSet, number: number): boolean =>
  !set.part ||
  (set.part.asDrawn
    ? splitOf(set.part.catalog, number)
    : partOf(set.part.catalog, number, movedToTrain())) === set.part.part;

/** Why `set` cannot be measured here: the unlicensed data it needs is absent; undefined when it is there. */
function absentData(set: LabelledSet): string | undefined {
  return set.needs && !existsSync(set.needs)
    ? `${set.needs} is absent (it is never committed); skipped`
    : undefined;
}

const builds = new Map<string, ReturnType<typeof buildGraph>>();

/** The set's build; sets over the same inputs share one build within a run. */
function builtFor(set: LabelledSet): ReturnType<typeof buildGraph> {
  const key = set.inputs.join('\0');
  if (!builds.has(key)) builds.set(key, buildGraph({ inputs: set.inputs }));
  return builds.get(key)!;
}

/** Each gold lecture's extracted concepts. */
function predictedPairs(
  mentions: readonly { lecture: number; concept: string }[],
  gold: ReadonlyMap<number, unknown>,
): Map<number, Set<string>> {
  const predicted = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (!gold.has(m.lecture)) continue;
    predicted.set(m.lecture, (predicted.get(m.lecture) ?? new Set<string>()).add(m.concept));
  }
  return predicted;
}

export async function evaluateSet(
  set: LabelledSet,
  options: { discovery?: boolean } = {},
): Promise<SetResult> {
  const skipped = absentData(set);
  if (skipped) return { set, skipped };
  const built = await builtFor(set);
  const inPart = (n: number): boolean => inSetPart(set, n);
  const lectures = built.ingest.lectures;
  const result: SetResult = { set };
  if (set.concepts) {
    const labels = readConceptLabels(set.concepts);
    const dev = { lectures: labels.lectures.filter((l) => inPart(l.number)) };
    const extraction = extractConcepts(lectures, loadLexicon(), {
      discovery: options.discovery ?? true,
      markerWords: markerWords(),
    });
    const gold = goldPairs(dev, extraction.resolve);
    const predicted = predictedPairs(extraction.mentions, gold);
    const ours = score(predicted, gold);
    result.concepts = {
      lectures: gold.size,
      pairs: [...gold.values()].reduce((a, s) => a + s.size, 0),
      ours,
      intervals: conceptIntervals(ours),
      baseline: score(
        baselinePairs(
          lectures.filter((l) => gold.has(l.number)),
          extraction.resolve,
        ),
        gold,
      ),
    };
  }
  const ranked = rankedPrerequisites(built.graph);
  const baseline = catalogOrderBaseline(lectures.map((l) => l.number));
  if (set.prerequisites) {
    const labels = JSON.parse(readFileSync(set.prerequisites, 'utf8')) as PrerequisiteDevSet;
    result.prerequisites = {
      ours: scorePrerequisites(ranked, labels),
      baseline: scorePrerequisites(baseline, labels),
    };
  }
  if (set.judgements && existsSync(set.judgements)) {
    const all = JSON.parse(readFileSync(set.judgements, 'utf8')) as PrerequisiteJudgements;
    const judged = { ...all, targets: all.targets.filter((t) => inPart(t.after)) };
    const ours = scoreJudgedPrerequisites(ranked, judged);
    result.judged = {
      ours,
      baseline: scoreJudgedPrerequisites(baseline, judged),
      intervals: judgedIntervals(ours),
    };
  }
  return result;
}

/** Each lecture's prerequisites in the built graph, best first. */
function rankedPrerequisites(graph: AtlasGraph): Map<number, number[]> {
  const ranked = new Map<number, { before: number; score: number }[]>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind !== 'prerequisite') return;
    const after = Number(t.slice('lecture:'.length));
    const before = Number(s.slice('lecture:'.length));
    ranked.set(after, [...(ranked.get(after) ?? []), { before, score: a.score ?? 0 }]);
  });
  return new Map(
    [...ranked].map(([k, v]) => [
      k,
      v.sort((x, y) => y.score - x.score || x.before - y.before).map((x) => x.before),
    ]),
  );
}

/** One labelled set measured with a share of its gold's lexicon concepts held out (src/eval/lexicon-ablation.ts). */
export interface AblationResult {
  set: LabelledSet;
  skipped?: string;
  /** The set with the whole lexicon, as `evaluateSet` measures it. */
  full?: Scores;
  draws?: AblationDraw[];
}

/**
 * Concept figures of `set` with the whole lexicon and with a share of the lexicon concepts its gold uses held out
 * (ABLATION: the share, and the draws). Seed and train sets only: a test set is refused (its errors are never read).
 */
export async function evaluateAblation(set: LabelledSet): Promise<AblationResult> {
  if (set.role === 'test')
    throw new Error(`${set.name}: lexicon ablation reads the errors of a set; not a test set`);
  if (!set.concepts) return { set, skipped: 'no concept labels' };
  const skipped = absentData(set);
  if (skipped) return { set, skipped };
  const lectures = (await builtFor(set)).ingest.lectures;
  const inPart = (n: number): boolean => inSetPart(set, n);
  const full = loadLexicon();
  const whole = extractConcepts(lectures, full, { markerWords: markerWords() });
  // Gold concepts as the ids the whole lexicon resolves them to (label files name some by their text).
  const named = { lectures: readConceptLabels(set.concepts).lectures.filter((l) => inPart(l.number)) };
  const fullGold = goldPairs(named, whole.resolve);
  const dev: ConceptDevSet = {
    lectures: named.lectures.map((l) => ({
      ...l,
      concepts: [...fullGold.get(l.number)!].map((name) => ({ name })),
    })),
  };
  const used = new Set(
    dev.lectures.flatMap((l) => l.concepts.map((c) => c.name)).filter((id) => full.concepts.has(id)),
  );
  const draws = ABLATION.draws.map((draw) => {
    const held = heldOutConcepts([...used].sort(), ABLATION.share, draw);
    const ablated = withoutConcepts(full, held);
    const extraction = extractConcepts(lectures, ablated, { markerWords: markerWords() });
    const resolve = heldOutResolver(full, ablated, held, extraction.resolve);
    const gold = goldPairs(dev, resolve);
    const predicted = predictedPairs(extraction.mentions, gold);
    let heldPairs = 0;
    let found = 0;
    for (const l of dev.lectures)
      for (const c of l.concepts)
        if (held.has(c.name)) {
          heldPairs++;
          if (predicted.get(l.number)?.has(resolve(c.name)!)) found++;
        }
    return { scores: score(predicted, gold), heldConcepts: held.size, heldPairs, found };
  });
  return { set, full: score(predictedPairs(whole.mentions, fullGold), fullGold), draws };
}

/** How far two labellers agree on a set, and how Lecture Atlas fares on the same lectures against each. */
export interface AgreementResult {
  set: LabelledSet;
  skipped?: string;
  concepts?: {
    lectures: number;
    /** The second labeller's concepts scored against the first's. */
    second: Scores;
    /** Lecture Atlas against the first labels, then against the second, on the lectures labelled twice. */
    ours: Scores;
    oursAgainstSecond: Scores;
    /**
     * The same two against the first labels, counting only concepts the lexicon holds: two labellers coin different
     * ids for one new concept, so pairs of coined concepts say little of agreement.
     */
    secondInLexicon: Scores;
    oursInLexicon: Scores;
  };
  judged?: {
    targets: number;
    /** The second labeller's essential prerequisites, as a ranking, scored against the first's judgements. */
    second: JudgedScores;
    ours: JudgedScores;
    oursAgainstSecond: JudgedScores;
  };
}

/**
 * Inter-labeller agreement on the lectures a second labeller labelled too: the figures a careful human reaches
 * against the first labels, beside Lecture Atlas's on the same lectures (train sets only; a test set is refused).
 */
export async function evaluateAgreement(set: LabelledSet): Promise<AgreementResult> {
  if (set.role === 'test') throw new Error(`${set.name}: agreement reads a set's labels; not a test set`);
  if (!set.secondLabels || !set.concepts || !set.judgements) return { set, skipped: 'no second labels' };
  const skipped = absentData(set);
  if (skipped) return { set, skipped };
  const built = await builtFor(set);
  const lexicon = loadLexicon();
  const extraction = extractConcepts(built.ingest.lectures, lexicon, { markerWords: markerWords() });
  const second = readConceptLabels(set.secondLabels.concepts);
  const twice = new Set(second.lectures.map((l) => l.number));
  const first = { lectures: readConceptLabels(set.concepts).lectures.filter((l) => twice.has(l.number)) };
  const [goldA, goldB] = [goldPairs(first, extraction.resolve), goldPairs(second, extraction.resolve)];
  const predicted = predictedPairs(extraction.mentions, goldA);
  const inLexicon = (pairs: Map<number, Set<string>>): Map<number, Set<string>> =>
    new Map([...pairs].map(([n, ids]) => [n, new Set([...ids].filter((id) => lexicon.concepts.has(id)))]));
  const judgedA = JSON.parse(readFileSync(set.judgements, 'utf8')) as PrerequisiteJudgements;
  const judgedB = JSON.parse(readFileSync(set.secondLabels.judgements, 'utf8')) as PrerequisiteJudgements;
  const targets = new Set(judgedB.targets.map((t) => t.after));
  const againstA = { ...judgedA, targets: judgedA.targets.filter((t) => targets.has(t.after)) };
  const ranked = rankedPrerequisites(built.graph);
  const secondRanked = new Map(judgedB.targets.map((t) => [t.after, t.essential]));
  return {
    set,
    concepts: {
      lectures: twice.size,
      second: score(goldB, goldA),
      ours: score(predicted, goldA),
      oursAgainstSecond: score(predicted, goldB),
      secondInLexicon: score(inLexicon(goldB), inLexicon(goldA)),
      oursInLexicon: score(inLexicon(predicted), inLexicon(goldA)),
    },
    judged: {
      targets: targets.size,
      second: scoreJudgedPrerequisites(secondRanked, againstA),
      ours: scoreJudgedPrerequisites(ranked, againstA),
      oursAgainstSecond: scoreJudgedPrerequisites(ranked, judgedB),
    },
  };
}
