/**
 * CLI: fit the learned parts of the pipeline to the labelled train sets and write them to data/models/ with
 * the figures of the fit. Deterministic: a second run writes the same bytes.
 *   npm run train [-- --check]   (--check: fail if the committed models differ from a fresh fit)
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ABOUTNESS_MODEL_FILE } from '../src/extract/salience/aboutness.js';
import { trainAboutness } from '../src/learn/train-aboutness.js';
import { PREREQUISITE_MODEL_FILE } from '../src/analysis/prerequisites/model.js';
import { trainPrerequisites } from '../src/learn/train-prerequisites.js';
import { LABELLED_SETS } from '../src/pipeline/evaluate-sets.js';
import { writeFileAtomic } from '../src/pipeline/write-atomic.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
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
    }
  } else await writeFileAtomic(file, text);
}
process.exit(stale ? 1 : 0);
