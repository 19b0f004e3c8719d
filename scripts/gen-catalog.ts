/**
 * CLI: write a deterministic synthetic catalog.
 *   npm run gen:catalog -- --lectures 10000 --seed 1 --out .tmp/synth-10k [--per-file 500] [--format details|json|both]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/extract/lexicon.js';
import { generateCatalog, toDetailsFiles, toJsonList } from '../src/synthetic/generate-catalog.js';

const USAGE =
  'usage: npm run gen:catalog -- --lectures <n> --seed <s> --out <dir> [--per-file 500] [--format details|json|both]';
const { values } = parseArgs({
  options: {
    lectures: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'per-file': { type: 'string', default: '500' },
    format: { type: 'string', default: 'details' },
  },
});
const lectures = Number(values.lectures);
const seed = Number(values.seed);
const perFile = Number(values['per-file']);
if (
  !values.out ||
  !Number.isInteger(lectures) ||
  lectures < 1 ||
  !Number.isInteger(seed) ||
  !Number.isInteger(perFile) ||
  perFile < 1 ||
  !['details', 'json', 'both'].includes(values.format!)
) {
  console.error(USAGE);
  process.exit(2);
}
const catalog = generateCatalog(loadLexicon(), { lectures, seed, perFile });
await rm(values.out, { recursive: true, force: true });
await mkdir(values.out, { recursive: true });
let bytes = 0;
if (values.format !== 'json') {
  for (const [name, content] of toDetailsFiles(catalog, perFile)) {
    await writeFile(join(values.out, name), content);
    bytes += Buffer.byteLength(content);
  }
}
if (values.format !== 'details') {
  const json = toJsonList(catalog);
  await writeFile(join(values.out, 'lectures.json'), json);
  bytes += Buffer.byteLength(json);
}
console.log(
  `wrote ${catalog.length} lectures (${catalog.filter((l) => l.summary).length} with summaries, ${(bytes / 1e6).toFixed(1)} MB) to ${values.out}`,
);
