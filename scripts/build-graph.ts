/**
 * CLI: build the graph JSON from a catalog folder or files.
 *   npm run build:graph -- [--input <path>]... [--out public/graph.json] [--seed 42] [--allow-shrink]
 *                          [--skip-invalid] [--log .tmp/build-graph.log] [--verbose] [--quiet]
 * Never replaces the graph on disk with one that holds no lecture, or (without --allow-shrink) with one that
 * loses more than a tenth of its lectures. Exit codes: 0 written, 1 input errors or refused, 2 usage.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, formatDiagnostic } from '../src/ingest/diagnostics.js';
import { parseArgsMessage } from '../src/cli/parse-args-message.js';
import { catalogInputs } from '../src/cli/default-catalog-inputs.js';
import { wholeNumber } from '../src/cli/whole-number.js';
import { realOrResolved } from '../src/ingest/ingest.js';
import { buildGraph, countDropped } from '../src/pipeline/build-graph.js';
import {
  checkReplacement,
  fromOtherInputs,
  previousGraphOf,
  ShrinkError,
  type ReplacementCheck,
} from '../src/pipeline/output-guard.js';
import { compactGraphPath, compactGraphText } from '../src/pipeline/compact-output.js';
import type { InputFileSummary } from '../src/core/types.js';
import { removeTemporaryFilesOnInterrupt, writeFilesAtomic } from '../src/pipeline/write-atomic.js';

/** What an input file was read as, in words. */
const FORMAT_NAMES: Record<InputFileSummary['format'], string> = {
  catalog: 'a catalog',
  'json-list': 'a JSON lecture list or playlist',
  'csv-list': 'a CSV lecture list',
  'link-list': 'a reading list',
  notes: 'notes',
};

/** "1 catalog entry", "2 catalog entries", "0 warnings". */
const counted = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** The graph's counts named as nouns, in the singular ("1 lecture"); the edge kinds read the same either way. */
const SINGULAR_COUNTS: Record<string, string> = {
  lectures: 'lecture',
  concepts: 'concept',
  notes: 'note',
  edges: 'edge',
  mentions: 'mention',
};

const USAGE =
  'usage: npm run build:graph -- [--input <folder|file>]... [--out <file>] [--seed <n>] [--allow-shrink]\n' +
  '                             [--skip-invalid] [--log <file>] [--verbose] [--quiet]\n' +
  '                             [--max-file-bytes <n>] [--max-input-bytes <n>]';

const OPTIONS = {
  input: { type: 'string', multiple: true, short: 'i' },
  out: { type: 'string', short: 'o', default: 'public/graph.json' },
  seed: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
  log: { type: 'string', default: '.tmp/build-graph.log' },
  'allow-shrink': { type: 'boolean', default: false },
  'skip-invalid': { type: 'boolean', default: false },
  'max-file-bytes': { type: 'string' },
  'max-input-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: OPTIONS, allowPositionals: false }).values;
  } catch (e) {
    const message = parseArgsMessage(e, Object.keys(OPTIONS)) ?? (e as Error).message;
    console.error(`build:graph: ${message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // As every script reads its numbers (an empty --seed= is no seed 0, nor 0x10 sixteen).
  const seed = args.seed === undefined ? undefined : wholeNumber(args.seed);
  if (args.seed !== undefined && seed === undefined) {
    console.error(`--seed must be an integer\n${USAGE}`);
    return 2;
  }
  const limits: { maxFileBytes?: number; maxInputBytes?: number } = {};
  for (const [flag, key] of [
    ['max-file-bytes', 'maxFileBytes'],
    ['max-input-bytes', 'maxInputBytes'],
  ] as const) {
    const raw = args[flag];
    if (raw === undefined) continue;
    const n = wholeNumber(raw);
    if (n === undefined || n < 1) {
      console.error(`--${flag} must be a positive whole number of bytes\n${USAGE}`);
      return 2;
    }
    limits[key] = n;
  }
  // --out names the graph file; a folder there would be found only after the whole build, as a stack trace.
  if (
    args.out.endsWith('/') ||
    (await stat(args.out).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    console.error(
      `--out ${args.out} is a folder; give the graph file's path (e.g. ${join(args.out, 'graph.json')})\n${USAGE}`,
    );
    return 2;
  }
  // An empty --input (`--input=` or an unset variable) would read the whole working folder; an empty --out
  // or --log would be found only when written.
  for (const [flag, values] of [
    ['input', args.input ?? []],
    ['out', [args.out]],
    ['log', [args.log]],
  ] as const)
    if (values.some((p) => p.trim() === '')) {
      console.error(
        `--${flag} needs a ${flag === 'input' ? 'folder or a file' : 'file'}; got an empty path\n${USAGE}`,
      );
      return 2;
    }
  // A file where the graph's folder should be would also be found only after the whole build.
  for (let dir = dirname(resolve(args.out)); dir !== dirname(dir); dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) break;
    console.error(
      `--out ${args.out}: ${relative(process.cwd(), dir) || dir} is a file, not a folder\n${USAGE}`,
    );
    return 2;
  }
  // An input file named as an output would be overwritten: refused before building, --skip-invalid or not (inside
  // an input folder, the outputs are passed over).
  const outputs = [args.out, compactGraphPath(args.out), args.log];
  const written = new Set(await Promise.all(outputs.map((o) => realOrResolved(resolve(o)))));
  for (const input of args.input ?? []) {
    const real = await realOrResolved(resolve(input));
    if (written.has(real)) {
      console.error(
        `--input ${input} is where the build writes its output (--out or --log); write it elsewhere\n${USAGE}`,
      );
      return 2;
    }
  }
  removeTemporaryFilesOnInterrupt();
  const log = args.quiet ? () => {} : (line: string) => console.log(line);
  // Without --input: the catalog `npm run catalog:update` keeps current, where there is one, else the
  // snapshot.
  const { inputs, notice } = catalogInputs(args.input, { doing: 'building from', does: 'builds' });
  if (notice) log(notice);
  try {
    const result = await buildGraph({
      inputs,
      // Never read back as input (an --out inside an input folder), never overwritten when named as one.
      outputs,
      ...limits,
      skipInvalid: args['skip-invalid'],
      ...(seed === undefined ? {} : { seed }),
      onStageStart: (stage, index, total) => {
        if (args.quiet) return;
        // A bar on a terminal, a plain line in logs.
        if (process.stderr.isTTY) {
          const bar = '#'.repeat(index - 1).padEnd(total, '-');
          process.stderr.write(`\r  [${bar}] ${index}/${total} ${stage.padEnd(14)}`);
        } else console.error(`  … ${stage} (${index}/${total})`);
      },
      onStage: (stage, ms) => {
        if (process.stderr.isTTY && !args.quiet) process.stderr.write('\r\x1b[K');
        log(`  ${stage.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms`);
      },
    });
    const { ingest, dropped, warnings } = result;
    // Skipped with --skip-invalid: each malformed entry is shown as an error would be, then counted as
    // dropped.
    const skippedEntries = dropped.filter((d) => d.what === 'catalog entry');
    const skippedFiles = dropped.filter((d) => d.what === 'input file');
    for (const d of [...skippedFiles, ...skippedEntries]) console.error(d.detail);
    const out = resolve(args.out);
    const previous = await readFile(out, 'utf8').then(previousGraphOf, () => undefined);
    // Another catalog's graph (built from none of these inputs) is replaced, and the log says so.
    const otherCatalog = fromOtherInputs(
      previous,
      ingest.files.map((f) => f.path),
    );
    const compared = otherCatalog ? undefined : previous?.numbers;
    // No lecture at all: say what each input file was read as, so that the one meant as a catalog shows.
    if (ingest.lectures.length === 0)
      for (const f of ingest.files)
        console.error(`  ${f.path}: read as ${FORMAT_NAMES[f.format]}, ${counted(f.lectures, 'lecture')}`);
    // A refused build still shows and logs its warnings: they say why its inputs held no lecture, or fewer.
    let check: ReplacementCheck = { lost: [], previous: 0, next: 0 };
    let refused: ShrinkError | undefined;
    try {
      check = checkReplacement(compared, new Set(ingest.lectures.map((l) => l.number)), args.out, {
        allowShrink: args['allow-shrink'],
      });
    } catch (e) {
      if (!(e instanceof ShrinkError)) throw e;
      refused = e;
    }
    // Every warning and dropped item goes to the log file; the summary counts them.
    const details = [
      // Each reads "file:line: warning: …" already.
      ...warnings,
      ...dropped.map((d) => `dropped ${d.what}: ${d.detail}`),
      ...check.lost.map((n) => `lost lecture ${n}: in the previous ${args.out}, not in these inputs`),
    ];
    await mkdir(dirname(resolve(args.log)), { recursive: true });
    await writeFile(args.log, details.join('\n') + (details.length ? '\n' : ''));
    const shownWarnings = args.verbose ? [] : warnings.slice(0, 10);
    for (const w of shownWarnings) console.warn(w);
    if (warnings.length > shownWarnings.length && !args.verbose)
      console.warn(`… ${warnings.length - shownWarnings.length} more warnings in ${args.log}`);
    if (args.verbose) for (const line of details) console.log(line);
    const catalogs = ingest.files.filter((f) => f.lectures > 0).length;
    // Files dropped whole (an empty one) were input files too.
    const files = ingest.files.length + skippedFiles.length;
    // Entries read but not lectures (a private or deleted video in a playlist) are skipped with a warning
    // each.
    const skipped = Math.max(0, ingest.blockCount - ingest.lectures.length - skippedEntries.length);
    log(
      `read ${counted(ingest.lectures.length, 'lecture')} from ${counted(catalogs, 'catalog file')} ` +
        `(${counted(ingest.blockCount, 'block')}${skipped > 0 ? `, ${skipped} skipped with a warning` : ''}; ` +
        `${counted(files, 'input file')} in all)`,
    );
    const droppedCounts = [...countDropped(dropped)].map(([what, n]) => counted(n, what));
    log(
      `${counted(warnings.length, 'warning')}; dropped: ${droppedCounts.join(', ') || 'nothing'}` +
        (check.lost.length
          ? `; ${check.lost.length} lectures of the previous graph are gone (--allow-shrink)`
          : '') +
        (details.length ? `; details in ${args.log}${args.verbose ? '' : ' (--verbose prints them)'}` : ''),
    );
    if (refused) {
      console.error(`build refused: ${refused.message}`);
      return 1;
    }
    const counts = result.graph.getAttribute('counts');
    log(
      `graph: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${v === 1 ? (SINGULAR_COUNTS[k] ?? k) : k}`)
        .join(', ')}`,
    );
    if (otherCatalog)
      log(
        `replacing ${args.out}, a graph of other inputs (${previous!.inputs.length} file` +
          `${previous!.inputs.length === 1 ? '' : 's'}: ${previous!.inputs[0]}${previous!.inputs.length > 1 ? ', …' : ''})`,
      );
    // The explorer loads the compact form beside it: the two are replaced together.
    const compact = compactGraphText(result.graph);
    await writeFilesAtomic([
      { path: out, content: result.json },
      { path: compactGraphPath(out), content: compact },
    ]);
    log(`wrote ${args.out} (${(Buffer.byteLength(result.json) / 1024).toFixed(1)} KiB)`);
    log(`wrote ${compactGraphPath(args.out)} (${(Buffer.byteLength(compact) / 1024).toFixed(1)} KiB)`);
    return 0;
  } catch (e) {
    if (e instanceof IngestError) {
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      console.error(
        `build failed: ${e.summary}; nothing was written ` +
          '(--skip-invalid builds the well-formed lectures and lists the rest as dropped)',
      );
      return 1;
    }
    throw e;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
