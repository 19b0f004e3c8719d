/**
 * CLI: measure extraction and prerequisites against every labelled set (see src/pipeline/evaluate-sets.ts).
 *   npm run eval [-- --errors] [-- --only dev|holdout|unseen|heldout] [-- --no-discovery]
 */
import { parseArgs } from 'node:util';
import { evaluateSet, LABELLED_SETS, type SetResult } from '../src/pipeline/evaluate-sets.js';
import type { Scores } from '../src/extract/evaluate.js';
import type { PrerequisiteScores } from '../src/analysis/evaluate-prerequisites.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-discovery': { type: 'boolean', default: false },
  },
});
const sets = LABELLED_SETS.filter((s) => !values.only || s.name === values.only);
if (sets.length === 0) {
  console.error(`unknown set "${values.only}"; sets: ${LABELLED_SETS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const results: SetResult[] = [];
for (const set of sets) results.push(await evaluateSet(set, { discovery: !values['no-discovery'] }));

const crow = (set: string, method: string, s: Scores): string =>
  `| ${set} | ${method} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} |`;
console.log('Concept extraction (lecture–concept pairs)\n');
console.log(
  '| set | method | precision | recall | F1 | TP | FP | FN |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of results) {
  if (!r.concepts) continue;
  const name = `${r.set.name} (${r.concepts.lectures} lectures, ${r.concepts.pairs} pairs)`;
  console.log(crow(name, 'Lecture Atlas', r.concepts.ours));
  console.log(crow(name, 'baseline: compromise nouns', r.concepts.baseline));
}

const prow = (set: string, method: string, s: PrerequisiteScores): string =>
  `| ${set} | ${method} | ${s.recallAtK.toFixed(3)} (${s.hits}/${s.pairs}) | ${s.precision.toFixed(3)} (${s.correct}/${s.judged}) | ${s.inverted} |`;
console.log('\nPrerequisites (labelled pairs; recall of each lecture’s top 5)\n');
console.log('| set | method | recall@5 | precision | inverted |\n| --- | --- | --- | --- | --- |');
for (const r of results) {
  if (!r.prerequisites) continue;
  console.log(prow(r.set.name, 'Lecture Atlas', r.prerequisites.ours));
  console.log(prow(r.set.name, 'baseline: catalog order', r.prerequisites.baseline));
}

if (values.errors) {
  for (const r of results) {
    console.log(`\nErrors, ${r.set.name}:`);
    for (const e of r.concepts?.ours.errors ?? [])
      console.log(`  ${e.lecture}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
    const p = r.prerequisites?.ours;
    if (p) {
      console.log(`  missed: ${p.missed.map((m) => `${m.before}→${m.after}`).join(' ')}`);
      console.log(`  inverted: ${p.invertedPairs.map((m) => `${m.before}→${m.after}`).join(' ')}`);
    }
  }
}
