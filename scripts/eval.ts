/**
 * CLI: measure extraction and prerequisites against every labelled set (see src/pipeline/evaluate-sets.ts).
 *   npm run eval [-- --only <set name|role>] [--errors] [--no-discovery] [--unknown-concepts] [--agreement]
 * Options: --only measures one set, by name ("corpus train") or role (seed, train, test); --errors lists
 * each set's errors (never a test set's); --no-discovery extracts with the lexicon alone; -h/--help prints
 * the usage; --unknown-concepts measures the seed and train sets' concepts with a share of the lexicon held
 * out (src/eval/lexicon-ablation.ts); --agreement measures two labellers against each other where a train set
 * has a second labeller's labels, beside Lecture Atlas on the same lectures. Exit codes: 0 measured, 2 usage
 * error (unknown option or set).
 * Seed figures are on the lectures the product was tuned on, train figures on labelled lectures that may be
 * studied, test figures on the corpus test part, which is only scored: report those as the product's quality.
 */
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import type { SetResult } from '../src/pipeline/evaluate-sets.js';
import type { Scores } from '../src/extract/evaluate.js';
import type { JudgedScores, PrerequisiteScores } from '../src/analysis/evaluate-prerequisites.js';
import { formatInterval } from '../src/eval/bootstrap.js';

const USAGE = `usage: npm run eval [-- --only <set name|role>] [--errors] [--no-discovery] [--unknown-concepts] [--agreement]
  --only <set|role>  measure one labelled set, by name (e.g. "corpus train") or role (seed, train, test)
  --errors           list each set's errors: missed and extra concepts, missed and inverted prerequisites
                     (not for test sets, which are only scored)
  --no-discovery     extract with the lexicon alone, without discovering new concepts
  --unknown-concepts concept figures of the seed and train sets with 30% of the lexicon concepts their labels
                     use held out (three draws): how extraction fares on concepts the lexicon does not hold
  --agreement        a second labeller's labels of the train sets that have them against the first labeller's,
                     beside Lecture Atlas on the same lectures: how far two careful people agree
  -h, --help         this text
exit codes: 0 measured; 2 usage error (unknown option or set)`;

const { values } = scriptArgs('eval', USAGE, {
  options: {
    errors: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-discovery': { type: 'boolean', default: false },
    'unknown-concepts': { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
  },
});
// The pipeline loads once the command line is known to be good, so that --help and a usage error are quick.
const { evaluateSet, LABELLED_SETS } = await import('../src/pipeline/evaluate-sets.js');
const sets = LABELLED_SETS.filter((s) => !values.only || s.name === values.only || s.role === values.only);
if (sets.length === 0)
  exitWithUsage(
    'eval',
    USAGE,
    `unknown set "${values.only}"; sets: ${LABELLED_SETS.map((s) => s.name).join(', ')}`,
  );
if (values['unknown-concepts']) {
  const studied = sets.filter((s) => s.role !== 'test' && s.concepts);
  if (studied.length === 0 || values.errors || values['no-discovery'])
    exitWithUsage(
      'eval',
      USAGE,
      '--unknown-concepts measures seed and train sets with discovery on, and lists no errors',
    );
  const { evaluateAblation } = await import('../src/pipeline/evaluate-sets.js');
  const { ABLATION, summariseAblation } = await import('../src/eval/lexicon-ablation.js');
  console.log(
    `Concepts the lexicon does not hold (${ABLATION.share * 100}% of the lexicon concepts each set's labels use held out; mean of ${ABLATION.draws.length} draws)\n`,
  );
  const f3 = (s: { precision: number; recall: number; f1: number }): string =>
    `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)}`;
  const rows: string[] = [];
  for (const set of studied) {
    const r = await evaluateAblation(set);
    if (!r.full || !r.draws) {
      console.log(`${set.name}: ${r.skipped}`);
      continue;
    }
    const m = summariseAblation(r.draws);
    const share = m.heldPairs ? (m.found / m.heldPairs).toFixed(3) : '–';
    rows.push(
      `| ${set.role}: ${set.name} | ${f3(r.full)} | ${f3(m)} | ${share} (${m.found}/${m.heldPairs}) |`,
    );
  }
  console.log(
    '| set | whole lexicon P / R / F1 | held out P / R / F1 | held-out pairs found |\n| --- | --- | --- | --- |',
  );
  for (const row of rows) console.log(row);
  process.exit(0);
}
if (values.agreement) {
  const studied = sets.filter((s) => s.role !== 'test' && s.secondLabels);
  if (studied.length === 0 || values.errors || values['no-discovery'] || values['unknown-concepts'])
    exitWithUsage(
      'eval',
      USAGE,
      '--agreement measures the train sets with second labels, alone, and lists no errors',
    );
  const { evaluateAgreement } = await import('../src/pipeline/evaluate-sets.js');
  const f3 = (s: { precision: number; recall: number; f1: number }): string =>
    `${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)}`;
  const j3 = (s: JudgedScores): string =>
    `${s.recallAtK.toFixed(3)} (${s.hits}/${s.pairs}) | ${s.precisionAtTop.toFixed(3)} (${s.acceptable}/${s.shown})`;
  for (const set of studied) {
    const r = await evaluateAgreement(set);
    if (!r.concepts || !r.judged) {
      console.log(`${set.name}: ${r.skipped}`);
      continue;
    }
    console.log(`Agreement, ${set.name}: concepts of ${r.concepts.lectures} lectures labelled twice\n`);
    console.log('| scored | against | precision | recall | F1 |\n| --- | --- | --- | --- | --- |');
    console.log(`| second labeller | first labels | ${f3(r.concepts.second)} |`);
    console.log(`| Lecture Atlas | first labels | ${f3(r.concepts.ours)} |`);
    console.log(`| Lecture Atlas | second labels | ${f3(r.concepts.oursAgainstSecond)} |`);
    console.log(
      `| second labeller, lexicon concepts only | first labels | ${f3(r.concepts.secondInLexicon)} |`,
    );
    console.log(`| Lecture Atlas, lexicon concepts only | first labels | ${f3(r.concepts.oursInLexicon)} |`);
    console.log(
      `\nPrerequisites of ${r.judged.targets} targets judged twice (the second labeller's essential ones as its ranking)\n`,
    );
    console.log('| scored | against | recall@5 | precision@3 |\n| --- | --- | --- | --- |');
    console.log(`| second labeller | first judgements | ${j3(r.judged.second)} |`);
    console.log(`| Lecture Atlas | first judgements | ${j3(r.judged.ours)} |`);
    console.log(`| Lecture Atlas | second judgements | ${j3(r.judged.oursAgainstSecond)} |\n`);
  }
  process.exit(0);
}
const results: SetResult[] = [];
for (const set of sets) {
  const r = await evaluateSet(set, { discovery: !values['no-discovery'] });
  if (r.skipped) console.log(`${set.name}: ${r.skipped}`);
  results.push(r);
}
const label = (r: SetResult): string =>
  `${r.set.role}: ${r.set.name}${r.set.fit === false ? ' (measured, not fitted)' : ''}`;

const crow = (set: string, method: string, s: Scores, intervals = '– | – | –'): string =>
  `| ${set} | ${method} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${intervals} | ${s.tp} | ${s.fp} | ${s.fn} |`;
console.log(
  'Concept extraction (lecture–concept pairs; 95% intervals: bootstrap over the set’s lectures, src/eval/bootstrap.ts)\n',
);
console.log(
  '| set | method | precision | recall | F1 | precision 95% | recall 95% | F1 95% | TP | FP | FN |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of results) {
  if (!r.concepts) continue;
  const name = `${label(r)} (${r.concepts.lectures} lectures, ${r.concepts.pairs} pairs)`;
  const { precision, recall, f1 } = r.concepts.intervals;
  const intervals = [precision, recall, f1].map(formatInterval).join(' | ');
  console.log(crow(name, 'Lecture Atlas', r.concepts.ours, intervals));
  console.log(crow(name, 'baseline: compromise nouns', r.concepts.baseline));
}

const prow = (set: string, method: string, s: PrerequisiteScores): string =>
  `| ${set} | ${method} | ${s.recallAtK.toFixed(3)} (${s.hits}/${s.pairs}) | ${s.precision.toFixed(3)} (${s.correct}/${s.judged}) | ${s.inverted} |`;
if (results.some((r) => r.prerequisites)) {
  console.log('\nPrerequisites (labelled pairs; recall of each lecture’s top 5)\n');
  console.log('| set | method | recall@5 | precision | inverted |\n| --- | --- | --- | --- | --- |');
  for (const r of results) {
    if (!r.prerequisites) continue;
    console.log(prow(label(r), 'Lecture Atlas', r.prerequisites.ours));
    console.log(prow(label(r), 'baseline: catalog order', r.prerequisites.baseline));
  }
}

const jrow = (set: string, method: string, s: JudgedScores, intervals = '– | –'): string =>
  `| ${set} | ${method} | ${s.recallAtK.toFixed(3)} (${s.hits}/${s.pairs}) | ${s.precisionAtTop.toFixed(3)} (${s.acceptable}/${s.shown}) | ${intervals} | ${s.inverted} |`;
if (results.some((r) => r.judged)) {
  console.log(
    '\nPrerequisites (judged targets; recall@5 of essential pairs, precision@3 of what is shown; 95% intervals: bootstrap over the set’s targets)\n',
  );
  console.log(
    '| set | method | recall@5 | precision@3 | recall@5 95% | precision@3 95% | inverted |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results) {
    if (!r.judged) continue;
    const { recallAtK, precisionAtTop } = r.judged.intervals;
    console.log(
      jrow(
        label(r),
        'Lecture Atlas',
        r.judged.ours,
        `${formatInterval(recallAtK)} | ${formatInterval(precisionAtTop)}`,
      ),
    );
    console.log(jrow(label(r), 'baseline: catalog order', r.judged.baseline));
  }
}

if (values.errors) {
  for (const r of results) {
    console.log(`\nErrors, ${r.set.name}:`);
    // Test sets are only scored: their errors are not printed, so that nobody tunes on them by accident.
    if (r.set.role === 'test') {
      console.log('  (test part: errors not shown)');
      continue;
    }
    for (const e of r.concepts?.ours.errors ?? [])
      console.log(`  ${e.lecture}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
    for (const w of r.judged?.ours.wrong ?? []) console.log(`  wrong in top 3: ${w.before}→${w.after}`);
    const p = r.prerequisites?.ours;
    if (p) {
      console.log(`  missed: ${p.missed.map((m) => `${m.before}→${m.after}`).join(' ')}`);
      console.log(`  inverted: ${p.invertedPairs.map((m) => `${m.before}→${m.after}`).join(' ')}`);
    }
  }
}
