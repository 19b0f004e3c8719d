/**
 * CLI: fit the learned parts of the pipeline to the labelled train sets and write them to data/models/ with
 * the figures of the fit. Deterministic: a second run writes the same bytes.
 *   npm run train [-- --check]
 * Options: --check fails (exit 1) if the committed models differ from a fresh fit, writing nothing;
 * -h/--help prints the usage. Exit codes: 0 written (or up to date), 1 stale models, 2 usage error.
 */
import { readFile } from 'node:fs/promises';
import { scriptArgs } from '../src/cli/script-args.js';
import { writeFileAtomic } from '../src/pipeline/write-atomic.js';

const USAGE = `usage: npm run train [-- --check]
  --check     fail (exit 1) if the committed models differ from a fresh fit; write nothing
  -h, --help  this text
exit codes: 0 written or up to date; 1 a committed model is stale (--check); 2 usage error`;

const { values } = scriptArgs('train', USAGE, { options: { check: { type: 'boolean', default: false } } });
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
