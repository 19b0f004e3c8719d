/**
 * CLI: build the graph JSON from a catalog folder or files.
 *   npm run build:graph -- [--input <path>]... [--out public/graph.json] [--seed 42]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { IngestError, formatDiagnostic } from '../src/ingest/diagnostics.js';
import { buildGraph } from '../src/pipeline/build-graph.js';
import { compactGraphPath, compactGraphText } from '../src/pipeline/compact-output.js';
import { removeTemporaryFilesOnInterrupt, writeFileAtomic } from '../src/pipeline/write-atomic.js';

const USAGE =
  'usage: npm run build:graph -- [--input <folder|file>]... [--out <file>] [--seed <n>] [--quiet]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', multiple: true, short: 'i' },
        out: { type: 'string', short: 'o', default: 'public/graph.json' },
        seed: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-file-bytes': { type: 'string' },
        'max-input-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = args.seed === undefined ? undefined : Number(args.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
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
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`--${flag} must be a positive whole number of bytes\n${USAGE}`);
      return 2;
    }
    limits[key] = n;
  }
  removeTemporaryFilesOnInterrupt();
  const inputs = args.input?.length ? args.input : ['data'];
  const log = args.quiet ? () => {} : (line: string) => console.log(line);
  try {
    const result = await buildGraph({
      inputs,
      ...limits,
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
    for (const w of result.warnings) console.warn(w);
    for (const line of result.log) log(line);
    const { ingest } = result;
    const catalogs = ingest.files.filter((f) => f.lectures > 0).length;
    log(
      `read ${ingest.lectures.length} lectures from ${catalogs} catalog file${catalogs === 1 ? '' : 's'} ` +
        `(${ingest.blockCount} blocks; ${ingest.files.length} input files in all, ${result.warnings.length} warnings)`,
    );
    const counts = result.graph.getAttribute('counts');
    log(
      `graph: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    const out = resolve(args.out);
    await writeFileAtomic(out, result.json);
    log(`wrote ${args.out} (${(Buffer.byteLength(result.json) / 1024).toFixed(1)} KiB)`);
    // The explorer loads the compact form beside it.
    const compact = compactGraphText(result.graph);
    await writeFileAtomic(compactGraphPath(out), compact);
    log(`wrote ${compactGraphPath(args.out)} (${(Buffer.byteLength(compact) / 1024).toFixed(1)} KiB)`);
    return 0;
  } catch (e) {
    if (e instanceof IngestError) {
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(
        `build failed: ${errors} error${errors === 1 ? '' : 's'} in the input; nothing was written`,
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
