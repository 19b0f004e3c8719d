/**
 * CLI: a lecture's concepts with their evidence — surface form, field, weight — for debugging extraction.
 *   npm run concepts -- <lecture-number>... [--input data]
 */
import { parseArgs } from 'node:util';
import { ingest, assertNoIngestErrors } from '../src/ingest/ingest.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { extractConcepts } from '../src/extract/extract-concepts.js';
import { markerWords } from '../src/pipeline/marker-words.js';

const { values, positionals } = parseArgs({
  options: { input: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const numbers = positionals.map(Number);
if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n))) {
  console.error('usage: npm run concepts -- <lecture-number>... [--input <path>]');
  process.exit(2);
}
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
