/**
 * Benchmark worker (run by scripts/bench.ts in its own process, so peak RSS is this build's alone):
 * builds the graph for one input folder and prints one JSON line of measurements.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/pipeline/build-graph.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { AhoCorasick } from '../src/bench/aho-corasick.js';
import { measureQueries } from '../src/bench/query-latency.js';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    out: { type: 'string' },
    queries: { type: 'boolean', default: false },
  },
});
const input = values.input!;
let inputBytes = 0;
for (const f of await readdir(input)) inputBytes += (await stat(join(input, f))).size;
const stages: Record<string, number> = {};
const start = performance.now();
const lexicon = loadLexicon();
const result = await buildGraph({ inputs: [input], lexicon, onStage: (name, ms) => (stages[name] = ms) });
const total = performance.now() - start;
if (values.out) await writeFile(values.out, result.json);

// The physical floor: every lexicon alias found by one Aho–Corasick pass over the same text.
const patterns = new Set<string>();
for (const c of lexicon.concepts.values())
  for (const t of [c.label, c.labelZh, ...c.aliases]) if (t) patterns.add(t.toLowerCase());
const ac = new AhoCorasick(patterns);
const text = result.ingest.lectures.map((l) => `${l.title}\n${l.summary ?? ''}`.toLowerCase());
const scanStart = performance.now();
let hits = 0;
for (const t of text) hits += ac.count(t);
const scanMs = performance.now() - scanStart;

const queries = values.queries ? measureQueries(result.graph) : undefined;
console.log(
  JSON.stringify({
    lectures: result.ingest.lectures.length,
    inputBytes,
    textBytes: text.reduce((s, t) => s + Buffer.byteLength(t), 0),
    stages,
    totalMs: total,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    scanMs,
    scanHits: hits,
    graphBytes: Buffer.byteLength(result.json),
    nodes: result.graph.order,
    edges: result.graph.size,
    queries,
  }),
);
void readFile;
