/**
 * CLI: ask the graph a question.
 *   npm run query -- <verb> <args> [--json] [--graph public/graph.json]
 *   npm run query -- help [<verb>]          (or <verb> --help): the verbs, or one verb's arguments, options, example
 * Verbs: neighbours, lectures, prereqs, next, path-to, path, search, export, help (src/cli/query-verbs.ts).
 * A name several nodes share is not guessed: the candidates are listed, with what tells them apart.
 * Exit codes: 0 found/done; 1 nothing to show (unknown or ambiguous name, no path, no search hit, graph file
 * unreadable) or an output file that cannot be written; 2 usage error (unknown verb or option, missing or extra
 * arguments, bad option value, a node of the wrong kind). Anything unexpected prints its stack and exits 1.
 * Output piped to a reader that leaves early (`| head -1`) stops quietly.
 * Thin: src/cli/run-query.ts does the work; this file gives it the process's streams and files.
 */
import { readFile } from 'node:fs/promises';
import { linesUntilReaderLeaves } from '../src/cli/broken-pipe.js';
import { runQuery } from '../src/cli/run-query.js';
import { writeFileAtomic } from '../src/pipeline/write-atomic.js';

const out = linesUntilReaderLeaves(process.stdout);
const err = linesUntilReaderLeaves(process.stderr);

runQuery(process.argv.slice(2), {
  out,
  err,
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: writeFileAtomic,
}).then(
  // exitCode rather than exit(): a long answer piped to another program is written out in full.
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  },
);
