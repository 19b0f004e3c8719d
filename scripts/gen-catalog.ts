/**
 * CLI: write a deterministic synthetic catalog.
 *   npm run gen:catalog -- --lectures 10000 --seed 1 --out .tmp/synth-10k [--per-file 500] [--format details|json|both]
 * Options: --lectures how many lectures (required); --seed the generator's seed (default 1); --out the
 * folder, new, empty or written by gen:catalog before, whose catalog files from then are deleted first (required;
 * a folder holding anything else is refused); --per-file lectures per details file (default 500); --format
 * details files, a JSON list, or both, each in its own subfolder (details/, json/) so that each builds (default
 * details); -h/--help prints the usage. Exit codes: 0 written, 1 --out holds other files, 2 usage error.
 */
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import { orList } from '../src/cli/suggest-names.js';
import { wholeNumber } from '../src/cli/whole-number.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { generateCatalog } from '../src/synthetic/generate-catalog.js';
import { OutputFolderError } from '../src/synthetic/output-folder.js';
import {
  SYNTHETIC_FORMATS,
  writeSyntheticCatalog,
  type SyntheticFormat,
  type WrittenCatalog,
} from '../src/synthetic/write-synthetic-catalog.js';

const USAGE = `usage: npm run gen:catalog -- --lectures <n> --out <dir> [--seed 1] [--per-file 500]
                               [--format details|json|both]
  --lectures <n>     how many lectures to generate (required, at least 1)
  --seed <s>         the generator's seed, a whole number (default 1)
  --out <dir>        the folder to write (required): a new or empty one, or one gen:catalog wrote before,
                     whose catalog files are deleted first; a folder holding anything else is refused,
                     nothing deleted
  --per-file <n>     lectures per details file (default 500)
  --format <format>  details (Markdown details files), json (one lectures.json) or both: the same lectures
                     in each format, in <dir>/details and <dir>/json, each a catalog to build on its own
                     (default details)
  -h, --help         this text
exit codes: 0 written; 1 --out holds files gen:catalog did not write; 2 usage error`;

const { values } = scriptArgs('gen:catalog', USAGE, {
  options: {
    lectures: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'per-file': { type: 'string', default: '500' },
    format: { type: 'string', default: 'details' },
  },
});
function usageError(message: string): never {
  return exitWithUsage('gen:catalog', USAGE, message);
}
const isFormat = (f: string | undefined): f is SyntheticFormat => SYNTHETIC_FORMATS.some((s) => s === f);
if (values.lectures === undefined) usageError('--lectures <n> is required');
const lectures = wholeNumber(values.lectures) ?? 0;
if (lectures < 1) usageError(`--lectures must be a whole number ≥ 1; got "${values.lectures}"`);
const seed = wholeNumber(values.seed);
if (seed === undefined) usageError(`--seed must be a whole number; got "${values.seed}"`);
const out = values.out;
if (!out) usageError('--out <dir> is required');
const perFile = wholeNumber(values['per-file']) ?? 0;
if (perFile < 1) usageError(`--per-file must be a whole number ≥ 1; got "${values['per-file']}"`);
const format = values.format;
if (!isFormat(format)) usageError(`--format must be ${orList(SYNTHETIC_FORMATS)}; got "${values.format}"`);

const catalog = generateCatalog(loadLexicon(), { lectures, seed, perFile });
let written: WrittenCatalog;
try {
  written = await writeSyntheticCatalog(out, catalog, { format, perFile });
} catch (e) {
  if (!(e instanceof OutputFolderError)) throw e;
  console.error(`gen:catalog: ${e.message}`);
  process.exit(1);
}
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const summarised = catalog.filter((l) => l.summary).length;
const where =
  format === 'both'
    ? `as details files to ${written.details} and as a JSON list to ${written.json} (build one of them: the ` +
      'same lectures are in both)'
    : `to ${out}`;
console.log(
  `wrote ${count(catalog.length, 'lecture', 'lectures')} (${summarised} with a summary, ` +
    `${(written.bytes / 1e6).toFixed(1)} MB) ${where}`,
);
