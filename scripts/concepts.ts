/**
 * CLI: a lecture's concepts with their evidence — surface form, field, weight — for debugging extraction.
 *   npm run concepts -- <lecture-number>... [--input <folder|file>]...
 * Options: --input (repeatable) reads these catalog folders or files instead of the default, which is the one
 * build:graph reads (the catalog catalog:update keeps current, else data/); -h/--help prints the usage. A number is
 * written as `query` takes it (234, #234, full-width ２３４). Exit codes: 0 shown, 1 a lecture is not in the input
 * or the input has errors (listed as build:graph lists them), 2 usage error.
 */
import { catalogInputs } from '../src/cli/default-catalog-inputs.js';
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import { lectureNumberOf } from '../src/core/resolve-node.js';

const USAGE = `usage: npm run concepts -- <lecture-number>... [--input <folder|file>]...
  <lecture-number>  a lecture's number: 234, #234 or ２３４
  --input <path>    read the catalog from these folders or files (repeatable; default the catalog
                    catalog:update keeps current, else data, as build:graph reads)
  -h, --help        this text
exit codes: 0 shown; 1 a lecture is not in the input, or the input has errors; 2 usage error`;

const { values, positionals } = scriptArgs('concepts', USAGE, {
  options: { input: { type: 'string', multiple: true } },
  allowPositionals: true,
});
if (positionals.length === 0) exitWithUsage('concepts', USAGE, 'no lecture number given');
const read = positionals.map((text) => ({ text, number: lectureNumberOf(text.trim()) }));
const notNumbers = read.filter((r) => r.number === undefined).map((r) => r.text);
const numbers = read.flatMap((r) => (r.number === undefined ? [] : [r.number]));
if (notNumbers.length)
  exitWithUsage('concepts', USAGE, `not a lecture number: ${notNumbers.map((p) => `"${p}"`).join(', ')}`);
// The pipeline loads once the command line is known to be good, so that --help and a usage error are quick.
const { ingest, assertNoIngestErrors } = await import('../src/ingest/ingest.js');
const { IngestError, formatDiagnostic } = await import('../src/ingest/diagnostics.js');
const { loadLexicon } = await import('../src/extract/lexicon.js');
const { extractConcepts } = await import('../src/extract/extract-concepts.js');
const { markerWords } = await import('../src/pipeline/marker-words.js');
const { inputs, notice } = catalogInputs(values.input, { doing: 'reading', does: 'reads' });
if (notice) console.error(notice);
const data = await ingest(inputs);
try {
  assertNoIngestErrors(data);
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  // As build:graph lists them: each problem with its file and line, then the count.
  for (const d of e.diagnostics) console.error(formatDiagnostic(d));
  console.error(`concepts: ${e.summary}; nothing shown`);
  process.exit(1);
}
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
