/**
 * CLI: a lecture's concepts with their evidence — surface form, field, weight — for debugging extraction.
 *   npm run concepts -- <lecture-number>... [--input data]
 * Options: --input (repeatable) reads these catalog folders or files instead of data/; -h/--help prints the
 * usage. Exit codes: 0 shown, 1 a lecture is not in the input, 2 usage error.
 */
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';

const USAGE = `usage: npm run concepts -- <lecture-number>... [--input <folder|file>]...
  --input <path>  read the catalog from these folders or files (repeatable; default data)
  -h, --help      this text
exit codes: 0 shown; 1 a lecture is not in the input; 2 usage error`;

const { values, positionals } = scriptArgs('concepts', USAGE, {
  options: { input: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const numbers = positionals.map(Number);
if (numbers.length === 0) exitWithUsage('concepts', USAGE, 'no lecture number given');
const notNumbers = positionals.filter((_, i) => !Number.isInteger(numbers[i]));
if (notNumbers.length)
  exitWithUsage('concepts', USAGE, `not a lecture number: ${notNumbers.map((p) => `"${p}"`).join(', ')}`);
// The pipeline loads once the command line is known to be good, so that --help and a usage error are quick.
const { ingest, assertNoIngestErrors } = await import('../src/ingest/ingest.js');
const { loadLexicon } = await import('../src/extract/lexicon.js');
const { extractConcepts } = await import('../src/extract/extract-concepts.js');
const { markerWords } = await import('../src/pipeline/marker-words.js');
const data = await ingest(values.input ?? ['data']);
assertNoIngestErrors(data);
const result = extractConcepts(data.lectures, loadLexicon(), { markerWords: markerWords() });
let status = 0;
for (const n of numbers) {
  const lecture = data.lectures.find((l) => l.number === n);
  if (!lecture) {
    console.error(`no lecture ${n} in the input`);
    status = 1;
    continue;
  }
  console.log(
    `${n}. ${lecture.title}${lecture.summary ? ` (summary: ${lecture.summary.length} chars)` : ''}`,
  );
  const twin = result.twins.find((t) => t.includes(n));
  if (twin) console.log(`  twin of lecture ${twin[0] === n ? twin[1] : twin[0]}`);
  const mentions = result.mentions
    .filter((m) => m.lecture === n)
    .sort((a, b) => b.weight - a.weight || (a.concept < b.concept ? -1 : 1));
  if (mentions.length === 0) console.log('  (no concepts)');
  for (const m of mentions) {
    const c = result.concepts.get(m.concept)!;
    const evidence = m.evidence.map((e) => `${e.field}:"${e.surface}"`).join(', ');
    console.log(
      `  ${m.main ? '*' : ' '} ${m.weight.toFixed(3)}  ${c.label}${c.labelZh ? ` / ${c.labelZh}` : ''}  [${c.category}, ${c.origin}]  ×${m.count}  ${evidence}`,
    );
  }
}
process.exit(status);
