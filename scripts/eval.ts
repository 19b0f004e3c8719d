/**
 * CLI: measure extraction and prerequisites against the hand-labelled development sets.
 *   npm run eval [-- --errors] [-- --no-discovery] [-- --set <concept labels.json>]
 * --set replaces the concept dev set (e.g. tests/fixtures/concepts-holdout.json, labelled blind, never tuned on).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/pipeline/build-graph.js';
import { baselinePairs, goldPairs, score, type ConceptDevSet, type Scores } from '../src/extract/evaluate.js';
import {
  catalogOrderBaseline,
  scorePrerequisites,
  type PrerequisiteDevSet,
  type PrerequisiteScores,
} from '../src/analysis/evaluate-prerequisites.js';
import { extractConcepts } from '../src/extract/extract-concepts.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { markerWords } from '../src/pipeline/marker-words.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    'no-discovery': { type: 'boolean', default: false },
    set: { type: 'string', default: 'tests/fixtures/concepts-dev.json' },
  },
});

const built = await buildGraph({ inputs: ['data'] });
const lectures = built.ingest.lectures;

// --- Concepts
const conceptSet = values.set!;
const dev = JSON.parse(readFileSync(conceptSet, 'utf8')) as ConceptDevSet;
const extraction = extractConcepts(lectures, loadLexicon(), {
  discovery: !values['no-discovery'],
  markerWords: markerWords(),
});
const gold = goldPairs(dev, extraction.resolve);
const predicted = new Map<number, Set<string>>();
for (const m of extraction.mentions) {
  if (!gold.has(m.lecture)) continue;
  predicted.set(m.lecture, (predicted.get(m.lecture) ?? new Set<string>()).add(m.concept));
}
const ours = score(predicted, gold);
const base = score(
  baselinePairs(
    lectures.filter((l) => gold.has(l.number)),
    extraction.resolve,
  ),
  gold,
);
const row = (name: string, s: Scores): string =>
  `| ${name.padEnd(28)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} |`;
console.log(
  `Concept extraction, ${conceptSet}: ${gold.size} lectures, ${[...gold.values()].reduce((a, s) => a + s.size, 0)} labelled pairs\n`,
);
console.log(
  '| method | precision | recall | F1 | TP | FP | FN |\n| --- | --- | --- | --- | --- | --- | --- |',
);
console.log(row('Lecture Atlas extraction', ours));
console.log(row('baseline: compromise nouns', base));
if (values.errors)
  for (const e of ours.errors)
    console.log(`  ${e.lecture}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);

// --- Prerequisites
const prereqDev = JSON.parse(
  readFileSync('tests/fixtures/prerequisites-dev.json', 'utf8'),
) as PrerequisiteDevSet;
const ranked = new Map<number, { before: number; score: number }[]>();
built.graph.forEachEdge((_e, a, s, t) => {
  if (a.kind !== 'prerequisite') return;
  const after = Number(t.slice('lecture:'.length));
  const before = Number(s.slice('lecture:'.length));
  ranked.set(after, [...(ranked.get(after) ?? []), { before, score: a.score ?? 0 }]);
});
const rankedNumbers = new Map(
  [...ranked].map(([k, v]) => [k, v.sort((x, y) => y.score - x.score).map((x) => x.before)]),
);
const p = scorePrerequisites(rankedNumbers, prereqDev);
const pb = scorePrerequisites(catalogOrderBaseline(lectures.map((l) => l.number)), prereqDev);
const prow = (name: string, s: PrerequisiteScores): string =>
  `| ${name.padEnd(28)} | ${s.recallAtK.toFixed(3)} (${s.hits}/${s.pairs}) | ${s.precision.toFixed(3)} (${s.correct}/${s.judged}) | ${s.inverted} |`;
console.log(`\nPrerequisites, dev set: ${prereqDev.pairs.length} labelled pairs\n`);
console.log('| method | recall@5 | precision | inverted |\n| --- | --- | --- | --- |');
console.log(prow('Lecture Atlas prerequisites', p));
console.log(prow('baseline: catalog order', pb));
if (values.errors) {
  console.log(`  missed: ${p.missed.map((m) => `${m.before}→${m.after}`).join(' ')}`);
  console.log(`  inverted: ${p.invertedPairs.map((m) => `${m.before}→${m.after}`).join(' ')}`);
}
