/**
 * CLI: the benchmark suite. Builds synthetic catalogs of each size in a separate process (per-stage wall
 * time, lectures/s, MB/s, peak RSS), compares extraction with a raw Aho–Corasick scan of all lexicon
 * aliases, measures query latency at the largest size, and — unless --no-browser — time to first render
 * selection and hover response and frame time while panning in headless Chromium (see
 * src/bench/explorer.ts for how each is measured), plus the gzip size of the explorer bundle.
 *   npm run bench [-- --sizes 1000,10000,100000] [--no-browser] [--only explorer]
 * `--only explorer` skips the catalogs and builds and measures the explorer on graphs built by an earlier
 * run (.tmp/bench/graph-<size>.json).
 * Writes .tmp/bench/results.json (git-ignored) and prints a Markdown table; `--update-results` writes the
 * committed bench/results.json instead, for a run whose figures should be kept.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ExplorerRun } from '../src/bench/explorer.js';
import { exitWithUsage, scriptArgs } from '../src/cli/script-args.js';
import { wholeNumber } from '../src/cli/whole-number.js';

const run = promisify(execFile);
const USAGE = `usage: npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--no-browser] [--only explorer]
                       [--update-results]
  --sizes <n,...>    catalog sizes to generate and build, comma-separated whole numbers (default 1000); each
                     catalog is written once to .tmp/bench/catalog-<n>-seed<s> and reused
  --seed <s>         the synthetic catalogs' seed, a whole number (default 1)
  --no-browser       skip the explorer measurements in headless Chromium (time to first render, selection,
                     hover, panning, bundle size)
  --only explorer    measure only the explorer, on graphs an earlier run built (.tmp/bench/graph-<n>.json)
  --update-results   write the committed bench/results.json instead of .tmp/bench/results.json
  -h, --help         this text
Prints a Markdown table; per-stage wall time, lectures/s, MB/s and peak RSS per size, query latency at the largest.
exit codes: 0 measured; 1 a step failed; 2 usage error`;
// The command line is checked in full before any catalog is generated or built: a slip costs seconds, not minutes.
const { values } = scriptArgs('bench', USAGE, {
  options: {
    sizes: { type: 'string', default: '1000' },
    'no-browser': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'update-results': { type: 'boolean', default: false },
  },
});
if (values.only !== undefined && values.only !== 'explorer')
  exitWithUsage('bench', USAGE, `--only takes "explorer"; got "${values.only}"`);
const explorerOnly = values.only === 'explorer';
const seedNumber = wholeNumber(values.seed);
if (seedNumber === undefined)
  exitWithUsage('bench', USAGE, `--seed must be a whole number; got "${values.seed}"`);
const seed = String(seedNumber);
const sizeTexts = values.sizes.split(',');
const notSizes = sizeTexts.filter((t) => (wholeNumber(t) ?? 0) < 1);
if (notSizes.length)
  exitWithUsage(
    'bench',
    USAGE,
    `--sizes takes whole numbers ≥ 1, comma-separated (1000,10000); ` +
      `not a size: ${notSizes.map((t) => `"${t}"`).join(', ')}`,
  );
const sizes = sizeTexts.map((t) => wholeNumber(t) ?? 0);
const tsx = [process.execPath, '--import', 'tsx'];
const largest = Math.max(...sizes);
const build: Record<string, unknown>[] = [];
for (const n of explorerOnly ? [] : sizes) {
  const dir = `.tmp/bench/catalog-${n}-seed${seed}`;
  if (!existsSync(dir))
    await run(
      tsx[0]!,
      // --seed=<s> joined, so that a negative seed is not read as an option.
      [...tsx.slice(1), 'scripts/gen-catalog.ts', '--lectures', String(n), `--seed=${seed}`, '--out', dir],
      { maxBuffer: 1 << 26 },
    );
  process.stderr.write(`bench: building ${n} lectures…\n`);
  const { stdout } = await run(
    tsx[0]!,
    [
      '--max-old-space-size=8192',
      // As npm run build:graph runs: a larger young generation, since the build allocates much that dies
      // young (the prerequisite stage at 100k: 45 s -> 37-41 s).
      '--max-semi-space-size=64',
      ...tsx.slice(1),
      'scripts/bench-build.ts',
      '--input',
      dir,
      '--out',
      `.tmp/bench/graph-${n}.json`,
      ...(n === largest ? ['--queries'] : []),
    ],
    { maxBuffer: 1 << 26 },
  );
  build.push({ size: n, ...JSON.parse(stdout.trim().split('\n').pop()!) });
}

// Bundle size: the built explorer's JavaScript, gzipped.
await run('npx', ['vite', 'build', '--outDir', '.tmp/bench/dist', '--emptyOutDir', '--logLevel', 'warn'], {
  env: { ...process.env, NODE_ENV: 'production' },
});
const assets = (await readdir('.tmp/bench/dist/assets')).filter((f) => f.endsWith('.js'));
const bundle: Record<string, number> = {};
for (const f of assets)
  bundle[f.replace(/-[\w-]{8}\.js$/, '.js')] =
    Math.round(gzipSync(await readFile(join('.tmp/bench/dist/assets', f))).length / 102.4) / 10;

// Build figures are written before the browser runs, so a browser failure loses nothing.
// Committed figures change only when asked: a plain run (CI's included) leaves the tree clean.
const resultsDir = values['update-results'] ? 'bench' : '.tmp/bench';
const resultsFile = join(resultsDir, explorerOnly ? 'results-explorer.json' : 'results.json');
await mkdir(resultsDir, { recursive: true });
if (!explorerOnly)
  await writeFile(
    resultsFile,
    JSON.stringify({ seed: seedNumber, build, bundleKBgzip: bundle }, null, 2) + '\n',
  );

let browser: ExplorerRun[] | undefined;
if (!values['no-browser']) {
  const { describeGraph, measureExplorer } = await import('../src/bench/explorer.js');
  const files = [
    { name: 'seed graph', file: 'public/graph.json' },
    ...sizes
      .filter((n) => n >= 10_000 && n <= 50_000)
      .map((n) => ({ name: `${n / 1000}k lectures`, file: `.tmp/bench/graph-${n}.json` })),
  ];
  for (const { file } of files)
    if (!existsSync(file)) {
      console.error(
        `bench: ${file} is missing; build it first (npm run build:graph, or a bench run without --only)`,
      );
      process.exit(1);
    }
  const graphs = [];
  for (const f of files) graphs.push(await describeGraph(f.name, f.file));
  browser = await measureExplorer('.tmp/bench/dist', graphs);
}

const results = {
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  seed: seedNumber,
  build,
  bundleKBgzip: bundle,
  browser,
};
await writeFile(resultsFile, JSON.stringify(results, null, 2) + '\n');

const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines: string[] = [];
if (build.length) {
  lines.push(
    '| lectures | ' +
      Object.keys((build[0] as { stages: object }).stages).join(' | ') +
      ' | total s | lectures/s | MB/s | peak RSS MB | extraction / scan |',
  );
  lines.push(lines[0]!.replace(/[^|]+/g, ' --- '));
}
for (const b of build as {
  size: number;
  stages: Record<string, number>;
  totalMs: number;
  inputBytes: number;
  peakRssMB: number;
  scanMs: number;
}[]) {
  lines.push(
    `| ${b.size} | ${Object.values(b.stages)
      .map((ms) => f(ms / 1000) + ' s')
      .join(
        ' | ',
      )} | ${f(b.totalMs / 1000)} | ${f(b.size / (b.totalMs / 1000))} | ${f(b.inputBytes / 1e6 / (b.totalMs / 1000))} | ${f(b.peakRssMB)} | ${f(b.stages.extraction! / b.scanMs)}× |`,
  );
}
if (build.length >= 2) {
  // Growth over a tenfold input (10k → 100k) when both ran, else between the two largest sizes.
  const typed = build as { size: number; stages: Record<string, number>; totalMs: number }[];
  const b = typed[typed.length - 1]!;
  const a = typed.find((x) => x.size * 10 === b.size) ?? typed[typed.length - 2]!;
  const growth = Object.entries(b.stages).map(([k, v]) => `${k} ${(v / a.stages[k]!).toFixed(1)}`);
  lines.push(
    '',
    `Growth ${a.size}→${b.size} (×${b.size / a.size} input): total ${(b.totalMs / a.totalMs).toFixed(1)}; ${growth.join(', ')}`,
  );
}
const q = (
  build.find((b) => (b as { size: number }).size === largest) as
    { queries?: Record<string, { p50: number; p95: number }> } | undefined
)?.queries;
if (q) {
  lines.push('', `| query at ${largest} lectures | p50 ms | p95 ms |`, '| --- | --- | --- |');
  for (const [k, v] of Object.entries(q)) lines.push(`| ${k} | ${v.p50} | ${v.p95} |`);
}
lines.push(
  '',
  `Bundle (gzip KB): ${Object.entries(bundle)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
if (browser) {
  lines.push(
    '',
    '| explorer | nodes | edges | drawn in the overview | first render ms | selection ms (median response / complete; slowest response) | hover ms (p50 / p95) | frame ms panning (p50 / p95) | fps |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const b of browser) {
    if (b.error) lines.push(`| ${b.name} | ${b.nodes} | ${b.edges} | failed: ${b.error} | | | | | |`);
    else {
      lines.push(
        `| ${b.name} | ${b.nodes} | ${b.edges} | ${b.drawnNodes} / ${b.drawnEdges} | ${b.firstRenderMs} | ${b.selectMs} / ${b.selectCompleteMs}; ${b.selectWorstMs} | ${b.hoverP50 ?? '–'} / ${b.hoverP95 ?? '–'} | ${b.frameP50} / ${b.frameP95} | ${(1000 / b.frameP50!).toFixed(0)} |`,
      );
    }
  }
}
console.log(lines.join('\n'));
console.log(`\nwrote ${resultsFile}`);
