/**
 * CLI: measure extraction against the hand-labelled development set.
 *   npm run eval [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest, assertNoIngestErrors } from '../src/ingest/ingest.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { extractConcepts } from '../src/extract/extract-concepts.js';
import { baselinePairs, goldPairs, score, type ConceptDevSet, type Scores } from '../src/extract/evaluate.js';
import { markerWords } from '../src/pipeline/marker-words.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    'no-discovery': { type: 'boolean', default: false },
  },
});
const dev = JSON.parse(readFileSync('tests/fixtures/concepts-dev.json', 'utf8')) as ConceptDevSet;
const data = await ingest(['data']);
assertNoIngestErrors(data);
const result = extractConcepts(data.lectures, loadLexicon(), {
  discovery: !values['no-discovery'],
  markerWords: markerWords(),
});
const gold = goldPairs(dev, result.resolve);
const predicted = new Map<number, Set<string>>();
for (const m of result.mentions) {
  if (!gold.has(m.lecture)) continue;
  const set = predicted.get(m.lecture) ?? new Set<string>();
  set.add(m.concept);
  predicted.set(m.lecture, set);
}
const ours = score(predicted, gold);
const devLectures = data.lectures.filter((l) => gold.has(l.number));
const base = score(baselinePairs(devLectures, result.resolve), gold);
const row = (name: string, s: Scores): string =>
  `| ${name.padEnd(28)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${String(s.tp).padStart(4)} | ${String(s.fp).padStart(4)} | ${String(s.fn).padStart(4)} |`;
console.log(
  `Concept extraction on the dev set (${gold.size} lectures, ${[...gold.values()].reduce((a, s) => a + s.size, 0)} labelled pairs)\n`,
);
console.log('| method                       | precision | recall | F1    |   TP |   FP |   FN |');
console.log('| ---------------------------- | --------- | ------ | ----- | ---- | ---- | ---- |');
console.log(row('Lecture Atlas extraction', ours));
console.log(row('baseline: compromise nouns', base));
if (values.errors) {
  for (const e of ours.errors)
    console.log(`${e.lecture}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
}
