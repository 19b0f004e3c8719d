/**
 * CLI: write a deterministic synthetic catalog.
 *   npm run gen:catalog -- --lectures 10000 --seed 1 --out .tmp/synth-10k [--per-file 500] [--format details|json|both]
 * Options: --lectures how many lectures (required); --seed the generator's seed (default 1); --out the
 * folder, new, empty or written by gen:catalog before, which is emptied first (required; any other folder is
 * refused); --per-file lectures per details file (default 500); --format details files, a JSON list or both
 * (default details); -h/--help prints the usage. Exit codes: 0 written, 1 --out holds other files, 2 usage
 * error.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import { orList } from '../src/cli/suggest-names.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { generateCatalog, toDetailsFiles, toJsonList } from '../src/synthetic/generate-catalog.js';
import { OutputFolderError, prepareSyntheticFolder } from '../src/synthetic/output-folder.js';

const USAGE = `usage: npm run gen:catalog -- --lectures <n> --out <dir> [--seed 1] [--per-file 500]
                               [--format details|json|both]
  --lectures <n>     how many lectures to generate (required, at least 1)
  --seed <s>         the generator's seed, a whole number (default 1)
  --out <dir>        the folder to write (required): a new or empty one, or one gen:catalog wrote before,
                     which is emptied first; a folder holding other files is refused, nothing deleted
  --per-file <n>     lectures per details file (default 500)
  --format <format>  details (Markdown details files), json (one lectures.json) or both (default details)
  -h, --help         this text
exit codes: 0 written; 1 --out holds files gen:catalog did not write; 2 usage error`;
const FORMATS = ['details', 'json', 'both'];

const { values } = scriptArgs('gen:catalog', USAGE, {
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
function usageError(message: string): never {
  return exitWithUsage('gen:catalog', USAGE, message);
}
if (values.lectures === undefined) usageError('--lectures <n> is required');
if (!Number.isInteger(lectures) || lectures < 1)
  usageError(`--lectures must be a whole number ≥ 1; got "${values.lectures}"`);
if (!Number.isInteger(seed)) usageError(`--seed must be a whole number; got "${values.seed}"`);
if (!values.out) usageError('--out <dir> is required');
if (!Number.isInteger(perFile) || perFile < 1)
  usageError(`--per-file must be a whole number ≥ 1; got "${values['per-file']}"`);
if (!FORMATS.includes(values.format!))
  usageError(`--format must be ${orList(FORMATS)}; got "${values.format}"`);
const catalog = generateCatalog(loadLexicon(), { lectures, seed, perFile });
try {
  await prepareSyntheticFolder(values.out);
} catch (e) {
  if (!(e instanceof OutputFolderError)) throw e;
  console.error(`gen:catalog: ${e.message}`);
  process.exit(1);
}
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
