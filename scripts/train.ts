/**
 * CLI: fit the learned parts of the pipeline to the labelled train sets and write them to data/models/ with
 * the figures of the fit. Deterministic: a second run writes the same bytes.
 *   npm run train [-- --check | --splits <n>]
 * Options: --check fails (exit 1) if the committed models differ from a fresh fit, writing nothing; --splits
 * prints the cross-validated figures on n fold splits with their mean and range, writing nothing (to tell a
 * change that helps from one that suits the folds; src/learn/fold-splits.ts); -h/--help prints the usage.
 * Exit codes: 0 written (or up to date, or measured), 1 stale models, 2 usage error.
 */
import { readFile } from 'node:fs/promises';
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import { writeFileAtomic } from '../src/pipeline/write-atomic.js';

const USAGE = `usage: npm run train [-- --check | --splits <n>]
  --check       fail (exit 1) if the committed models differ from a fresh fit; write nothing
  --splits <n>  cross-validate on n fold splits (1 to 20; split 1 is the committed models'), print each
                split's figures and their mean and range; write nothing
  -h, --help    this text
exit codes: 0 written, up to date or measured; 1 a committed model is stale (--check); 2 usage error`;

const { values } = scriptArgs('train', USAGE, {
  options: { check: { type: 'boolean', default: false }, splits: { type: 'string' } },
});
if (values.splits !== undefined) {
  const n = Number(values.splits);
  if (!/^\d+$/.test(values.splits) || n < 1 || n > 20)
    exitWithUsage('train', USAGE, `--splits takes a whole number from 1 to 20, not "${values.splits}"`);
  if (values.check)
    exitWithUsage('train', USAGE, '--splits measures and writes nothing: it takes no --check');
  const { figuresOnSplits, spread } = await import('../src/learn/fold-splits.js');
  const { LABELLED_SETS } = await import('../src/pipeline/evaluate-sets.js');
  const figures = await figuresOnSplits(
    LABELLED_SETS.filter((s) => s.role !== 'test'),
    n,
  );
  const f3 = (v: number): string => v.toFixed(3);
  console.log(
    '| fold split | aboutness P / R / F1 | prerequisites R@5 / P@3 / harmonic mean |\n| --- | --- | --- |',
  );
  for (const { split, aboutness: a, prerequisites: p } of figures)
    console.log(
      `| ${split}${split === 1 ? ' (committed)' : ''} | ${f3(a.precision)} / ${f3(a.recall)} / ${f3(a.f1)} | ` +
        `${f3(p.recallAt5)} / ${f3(p.precisionAt3)} / ${f3(p.harmonic)} |`,
    );
  const range = (values: number[]): string => {
    const s = spread(values);
    return `${f3(s.mean)} (${f3(s.min)}–${f3(s.max)})`;
  };
  console.log(
    `| mean (range) | F1 ${range(figures.map((f) => f.aboutness.f1))} | harmonic mean ` +
      `${range(figures.map((f) => f.prerequisites.harmonic))} |`,
  );
  process.exit(0);
}
// The pipeline loads once the command line is known to be good, so that --help and a usage error are quick.
const { ABOUTNESS_MODEL_FILE } = await import('../src/extract/salience/aboutness.js');
const { trainAboutness } = await import('../src/learn/train-aboutness.js');
const { PREREQUISITE_MODEL_FILE } = await import('../src/analysis/prerequisites/model.js');
const { trainPrerequisites } = await import('../src/learn/train-prerequisites.js');
const { LABELLED_SETS } = await import('../src/pipeline/evaluate-sets.js');

const trainSets = LABELLED_SETS.filter((s) => s.role !== 'test');
// In order: prerequisites are learned on graphs whose concepts the aboutness model has decided.
const models: [string, () => Promise<unknown>][] = [
  [ABOUTNESS_MODEL_FILE, () => trainAboutness(trainSets)],
  [PREREQUISITE_MODEL_FILE, () => trainPrerequisites(trainSets)],
];
let stale = 0;
for (const [file, train] of models) {
  const model = await train();
  const text = JSON.stringify(model, null, 2) + '\n';
  const fit = (model as { fit: Record<string, unknown> }).fit;
  console.log(`${file}:\n${JSON.stringify(fit, null, 2)}`);
  if (values.check) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${file} differs from a fresh fit: run "npm run train" and commit it`);
      stale++;
    } else console.log(`${file}: the committed model is this fit, byte for byte`);
  } else {
    await writeFileAtomic(file, text);
    console.log(`wrote ${file}`);
  }
}
if (values.check && !stale) console.log('train --check: every committed model matches a fresh fit');
process.exit(stale ? 1 : 0);
